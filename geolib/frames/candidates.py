"""Phrases that may be framing terms the lexicon lacks: scare-quoted phrases and key n-grams
(:func:`candidate_frames`)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import pandas as pd

from ..counting import keyness_table, ngram_table
from ..document import iter_documents
from ..quotes.spans import quote_spans
from ..text import normalize, token_spans
from .keys import word_keys
from .lexicon import LexiconSource, term_words
from .trie import matcher_for

__all__ = ["candidate_frames"]


# A scare quote: a quote (geolib.quotes.quote_spans, nested ones too) of at most this many
# characters whose content starts and ends with a letter or digit.
_SCARE_CHARS = 80


def candidate_frames(doc_or_corpus: Any, *, reference: Any = "english", lexicon: LexiconSource = None,
                     n: Sequence[int] = (2, 3), max_words: int = 4, min_count: int = 2, top: int = 30,
                     roles: Sequence[str] | None = ("body",), reference_size: float = 1e9) -> pd.DataFrame:
    """Phrases that may be framing terms the lexicon lacks: scare-quoted phrases and key n-grams.

    * scare quotes: 1 to ``max_words`` words between quotation marks (``“decisive supporter”``),
      kept whatever their count, except names and titles (every word capitalised);
    * key n-grams: n-grams (see :func:`geolib.counting.frequencies`) seen at least ``min_count``
      times and over-represented against ``reference`` (see :func:`geolib.counting.keyness`;
      ``"english"``: general English from wordfreq), leaving out n-grams that are always
      capitalised (names) or contain a number.

    Phrases the lexicon already matches in full are dropped; at most ``top`` of each kind are kept.

    Returns:
        DataFrame doc_id, start, end, text (the first occurrence), phrase, kind ("scare_quote" or
        "key_ngram"), count, n_docs, g2, log_ratio; scare quotes first, then by g2.

    Example:
        >>> t = "Officials called it a “special operation”. Critics saw a “war”. Border talks failed."
        >>> candidate_frames(t, min_count=5)["phrase"].tolist()
        ['special operation']
    """

    matcher = matcher_for(lexicon)

    def covered(phrase: str) -> bool:
        seg_keys = [word_keys(p) for w in term_words(phrase) for p in w]
        if not seg_keys:
            return True
        hit = matcher.longest((j + 1, k) for j, k in enumerate(seg_keys))
        return hit is not None and hit[0] == len(seg_keys)

    docs = list(iter_documents(doc_or_corpus))
    scare: dict[str, dict[str, Any]] = {}
    keep = None if roles is None else set([roles] if isinstance(roles, str) else roles)
    for doc in docs:
        paras = [(s, e) for s, e, role in doc.paragraph_spans if keep is None or role in keep]
        for a, b in quote_spans(doc.text, paras, nested=True):
            if b - a > _SCARE_CHARS:
                continue               # a quotation, not a scare quote
            while b > a and doc.text[b - 1] in ",;:":
                b -= 1                     # “...,” : the comma belongs to the sentence
            inner = doc.text[a:b]
            if not inner or not inner[0].isalnum() or not inner[-1].isalnum():
                continue
            words = [inner[x:y] for x, y, kind in token_spans(inner) if kind in ("word", "number")]
            if not words or len(words) > max_words or not any(c.isalpha() for c in inner):
                continue
            if len(words) > 1 and all(w[:1].isupper() for w in words):
                continue                   # a name or a title, not a framing phrase
            phrase = " ".join(normalize(w) for w in words)
            if all(normalize(w) in _stopword_set() for w in words) or covered(phrase):
                continue
            rec = scare.setdefault(phrase, {"doc_id": doc.doc_id, "start": a, "end": b, "text": inner,
                                            "phrase": phrase, "kind": "scare_quote", "count": 0,
                                            "docs": set()})
            rec["count"] += 1
            rec["docs"].add(doc.doc_id)
    rows = []
    for rec in scare.values():
        rec["n_docs"] = len(rec.pop("docs"))
        rec["g2"] = float("nan")
        rec["log_ratio"] = float("nan")
        rows.append(rec)
    ngram_rows = []
    for k in n:
        tab, _ = ngram_table(docs, k, False, roles)
        tab = tab[(tab["count"] >= min_count) & ~tab["term"].str.contains(r"\d")
                  & ~tab["always_capitalised"]]
        if tab.empty:
            continue
        key = keyness_table(tab, docs, reference, n=k, roles=roles, reference_size=reference_size)
        key = key[(key["g2"] > 0) & ~key["term"].isin(scare)]
        for _, r in key.iterrows():
            if covered(r["term"]):
                continue
            ngram_rows.append({"doc_id": r["first_doc"], "start": r["first_start"], "end": r["first_end"],
                               "text": r["first_text"], "phrase": r["term"], "kind": "key_ngram",
                               "count": int(r["count_target"]), "n_docs": int(r["n_docs"]),
                               "g2": float(r["g2"]), "log_ratio": float(r["log_ratio"])})
    ngram_rows.sort(key=lambda r: -r["g2"])
    cols = ["doc_id", "start", "end", "text", "phrase", "kind", "count", "n_docs", "g2", "log_ratio"]
    rows = sorted(rows, key=lambda r: (-r["count"], r["phrase"]))[:top] + ngram_rows[:top]
    return pd.DataFrame(rows, columns=cols)


@lru_cache(maxsize=1)
def _stopword_set() -> frozenset[str]:
    from ..text import stopwords
    return stopwords()
