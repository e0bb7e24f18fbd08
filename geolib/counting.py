"""Counting helpers for any term: keyword in context, frequencies, collocations, keyness.

All of them read ``doc.tokens`` (the story body by default; ``roles=None`` for the whole text).

What counts as a *word* here: a word token (``kind == "word"``) with at least one letter; clitics
(``’s``, ``n’t``) and numbers are not words. Frequencies per 1,000 words divide by the number of
words so defined, stopwords included. N-grams are runs of consecutive words inside one sentence,
with no punctuation, quotation mark or number between them. Terms are lower case with straight
apostrophes (``doc.tokens.norm``); a multi-word name is one term (``hong kong``) when words are
counted (``n=1``; ``names=`` of :func:`frequencies` and :func:`keyness`, see
:mod:`geolib.terms`), and the per-1,000 rates still divide by words. The ``display`` column gives
each term as the texts write it when they always capitalise it (``Hong Kong``, ``CentOS``), else
the term.
"""

from __future__ import annotations

import bisect
import fnmatch
import html
import math
import re
import unicodedata
import warnings
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from .decoding import GeolibWarning
from .document import Document, iter_documents
from .segments import is_word, keep_roles, segments
from .terms import NameTerms, join_names, name_terms
from .text import fold, normalize, stopwords as _stopwords

__all__ = ["kwic", "kwic_html", "KwicHTML", "frequencies", "collocations", "keyness", "plot_keyness",
           "ENGLISH_REFERENCE_SIZE", "KEYNESS_COLUMNS"]

#: Size (in tokens) assumed for the general-English reference behind ``wordfreq``: its frequencies
#: are multiplied by this number to get reference counts.
ENGLISH_REFERENCE_SIZE = 1e9
#: Columns of :func:`keyness`: the effect size (log ratio) first, then the counts and the test.
KEYNESS_COLUMNS = ["term", "log_ratio", "count_target", "count_reference", "g2", "p_value",
                   "per_1000_target", "per_1000_reference", "display"]

KWIC_COLUMNS = ["doc_id", "start", "end", "text", "pre", "keyword", "post", "sentence", "paragraph"]
_GLOB = re.compile(r"[*?\[]")


# ------------------------------------------------------------------ kwic

def _compile_pattern(pattern: str, case: bool) -> list[Any]:
    if not isinstance(pattern, str) or not pattern.strip():
        raise ValueError("kwic(): the pattern must be a non-empty word, phrase or glob such as 'fuel*'")
    elems = []
    for word in pattern.split():
        word = fold(word)
        if not case:
            word = word.lower()
        for part in (p for p in re.split(r"-", word) if p):
            if _GLOB.search(part):
                elems.append(re.compile(fnmatch.translate(part)))
            else:
                elems.append(part)
    if not elems:
        raise ValueError(f"kwic(): the pattern {pattern!r} has no words")
    return elems


def _elem_match(elem: Any, s: str) -> bool:
    return elem == s if isinstance(elem, str) else elem.match(s) is not None


def kwic(doc_or_corpus: Any, pattern: str, *, window: int = 5, case: bool = False,
         roles: Sequence[str] | None = ("body",)) -> pd.DataFrame:
    """Keyword in context: every match of a word, phrase or glob, with the words around it.

    Args:
        doc_or_corpus: text, path, Document, Corpus or anything ``geolib.iter_documents`` reads.
        pattern: a word (``"sanctions"``), a phrase (``"cold war"``) or globs (``"fuel*"``,
            ``"peace*"``). Words are whole tokens; a hyphen and a space are the same
            (``"dual use"`` finds ``dual-use``).
        window: words of context on each side (punctuation is shown but not counted); the context
            stays inside the paragraph.
        case: match case exactly (default: ignore case).
        roles: paragraph roles to search (``None``: all).

    Returns:
        DataFrame doc_id, start, end, text, pre, keyword, post, sentence, paragraph; ``text`` is
        ``doc.text[start:end]``, ``keyword`` the same with white space collapsed.

    Example:
        >>> k = kwic("NATO fears a new Cold War. China rejects the Cold War mentality.", "cold war", window=2)
        >>> k[["pre", "keyword", "post"]].values.tolist()
        [['a new', 'Cold War', '. China rejects'], ['rejects the', 'Cold War', 'mentality.']]
    """
    if window < 0:
        raise ValueError("kwic(): window must be >= 0")
    elems = _compile_pattern(pattern, case)
    rows = []
    for doc in iter_documents(doc_or_corpus):
        text = doc.text
        starts = None
        for seg in segments(doc, roles):
            if case:
                vals = [fold(text[p.start:p.end]) for p in seg]
            else:
                vals = [p.norm for p in seg]
            n, m = len(seg), len(elems)
            i = 0
            while i <= n - m:
                if seg[i].first and _elem_match(elems[0], vals[i]) and seg[i + m - 1].last and all(
                        _elem_match(elems[k], vals[i + k]) for k in range(1, m)):
                    if starts is None:
                        starts = _paragraph_words(doc)
                    s, e = seg[i].start, seg[i + m - 1].end
                    ti = seg[i].token
                    si = doc.token_spans[ti][3]
                    para = doc.sentence_spans[si][2]
                    pre, post = _context(doc, para, s, e, window, starts)
                    kw = text[s:e]
                    rows.append((doc.doc_id, s, e, kw, pre, " ".join(kw.split()), post, si, para))
                    i += m
                else:
                    i += 1
    df = pd.DataFrame(rows, columns=KWIC_COLUMNS)
    return df.astype({"start": "int64", "end": "int64", "sentence": "int64", "paragraph": "int64"})


def _paragraph_words(doc: Document) -> dict[int, tuple[list[int], list[tuple[int, int]]]]:
    """Start offsets and spans of word and number tokens, by paragraph (built once per document)."""
    out: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}
    text = doc.text
    sent_para = [p for _, _, p in doc.sentence_spans]
    for s, e, k, si in doc.token_spans:
        if k == "number" or is_word(text[s:e], k):
            para = sent_para[si]
            if para not in out:
                out[para] = ([], [])
            out[para][0].append(s)
            out[para][1].append((s, e))
    return out


def _context(doc: Document, para: int, s: int, e: int, window: int,
             words: dict[int, tuple[list[int], list[tuple[int, int]]]]) -> tuple[str, str]:
    if window == 0:
        return "", ""
    ps, pe, _ = doc.paragraph_spans[para]
    starts, spans = words.get(para, ([], []))
    i = bisect.bisect_left(starts, s)              # words before the match: spans[:i]
    j = bisect.bisect_left(starts, e)              # words after the match: spans[j:]
    pre_start = spans[i - window][0] if i - window >= 0 else ps
    post_end = spans[j + window - 1][1] if j + window - 1 < len(spans) else pe
    text = doc.text
    return " ".join(text[pre_start:s].split()), " ".join(text[e:post_end].split())


class KwicHTML(str):
    """An HTML string that Jupyter renders as HTML (``_repr_html_``)."""

    def _repr_html_(self) -> str:
        return str(self)


def kwic_html(kwic_df: pd.DataFrame, *, max_rows: int | None = 500) -> KwicHTML:
    """Render a :func:`kwic` table as an HTML concordance with the keyword highlighted.

    Returns:
        A :class:`KwicHTML` string: write it to a file, or show it in Jupyter.

    Example:
        >>> h = kwic_html(kwic("China rejects the Cold War mentality.", "cold war"))
        >>> "<mark" in h and "Cold War</mark>" in h
        True
    """
    missing = [c for c in ("pre", "keyword", "post") if c not in kwic_df.columns]
    if missing:
        raise ValueError(f"kwic_html() needs a kwic() table; missing columns {missing}")
    df = kwic_df if max_rows is None else kwic_df.head(max_rows)
    out = ['<table class="geolib-kwic" style="border-collapse:collapse;font-family:monospace">',
           "<thead><tr><th>doc_id</th><th style='text-align:right'>pre</th><th>keyword</th>"
           "<th style='text-align:left'>post</th></tr></thead><tbody>"]
    for r in df.itertuples(index=False):
        out.append(
            f"<tr><td style='color:#888;padding-right:1em'>{html.escape(str(getattr(r, 'doc_id', '')))}</td>"
            f"<td style='text-align:right;white-space:nowrap'>{html.escape(str(r.pre))}</td>"
            f"<td style='text-align:center;white-space:nowrap'>"
            f"<mark style='background:#ffe08a;font-weight:bold'>{html.escape(str(r.keyword))}</mark></td>"
            f"<td style='text-align:left;white-space:nowrap'>{html.escape(str(r.post))}</td></tr>")
    out.append("</tbody></table>")
    if max_rows is not None and len(kwic_df) > max_rows:
        out.append(f"<p>{len(kwic_df) - max_rows} more rows not shown</p>")
    return KwicHTML("".join(out))


# ------------------------------------------------------------------ words and n-grams

def _runs(doc: Document, roles: Sequence[str] | None) -> list[list[tuple[int, int, str, bool]]]:
    """Runs of consecutive words (start, end, norm, capitalised) that n-grams may span."""
    keep = keep_roles(roles)
    para_roles = [r for _, _, r in doc.paragraph_spans]
    sent_para = [p for _, _, p in doc.sentence_spans]
    text = doc.text
    runs: list[list[tuple[int, int, str, bool]]] = []
    cur: list[tuple[int, int, str, bool]] = []
    prev_i, prev_si = -2, -1
    for i, (s, e, k, si) in enumerate(doc.token_spans):
        if keep is not None and para_roles[sent_para[si]] not in keep:
            continue
        t = text[s:e]
        word = is_word(t, k)
        if not word or i != prev_i + 1 or si != prev_si:
            if cur:
                runs.append(cur)
            cur = []
        if word:
            cur.append((s, e, normalize(t), t[:1].isupper()))
        prev_i, prev_si = i, si
    if cur:
        runs.append(cur)
    return runs


def _sentence_words(doc: Document, roles: Sequence[str] | None) -> list[tuple[int, int, str, bool, int]]:
    """Words (start, end, norm, capitalised, sentence) in the given roles."""
    keep = keep_roles(roles)
    para_roles = [r for _, _, r in doc.paragraph_spans]
    sent_para = [p for _, _, p in doc.sentence_spans]
    text = doc.text
    return [(s, e, normalize(text[s:e]), text[s:s + 1].isupper(), si) for s, e, k, si in doc.token_spans
            if (keep is None or para_roles[sent_para[si]] in keep) and is_word(text[s:e], k)]


def _stopset(stopwords: bool | Iterable[str]) -> frozenset[str]:
    if stopwords is True:
        return frozenset()
    if stopwords is False or stopwords is None:
        return _stopwords()
    return frozenset(normalize(w) for w in stopwords)


def ngram_table(docs: list[Document], n: int, stopwords: bool | Iterable[str],
                roles: Sequence[str] | None, names: NameTerms | None = None, *,
                runs: list[list[list[tuple[int, int, str, bool]]]] | None = None
                ) -> tuple[pd.DataFrame, int]:
    """Counts of n-grams, with their first occurrence, and the number of words.

    With ``names`` (:func:`geolib.terms.name_terms`), the words of each name are one item of the
    n-grams (``hong kong`` is a unigram); the number of words still counts every word.
    ``first_start``/``first_end`` are the offsets of the first occurrence in ``first_doc``
    (``text[first_start:first_end] == first_text``); ``display`` is ``first_text`` with its white
    space made single spaces when the term is always capitalised, else the term. ``runs``: each
    document's word runs in ``roles``, when the caller has them already.
    """
    if not isinstance(n, int) or n < 1:
        raise ValueError("n must be a positive integer")
    stops = _stopset(stopwords)
    count: Counter = Counter()
    ndocs: Counter = Counter()
    first: dict[str, tuple[str, int, int, str]] = {}
    caps: dict[str, bool] = {}
    total = 0
    for doc, doc_runs in zip(docs, runs if runs is not None else (_runs(d, roles) for d in docs)):
        seen = set()
        for run in doc_runs:
            total += len(run)
            if names:
                run = join_names(run, names)
            for i in range(len(run) - n + 1):
                gram = run[i:i + n]
                if gram[0][2] in stops or gram[-1][2] in stops:
                    continue
                term = " ".join(g[2] for g in gram)
                count[term] += 1
                seen.add(term)
                if term not in first:
                    s, e = gram[0][0], gram[-1][1]
                    first[term] = (doc.doc_id, s, e, doc.text[s:e])
                caps[term] = caps.get(term, True) and all(g[3] for g in gram)
        ndocs.update(seen)
    terms = sorted(count, key=lambda t: (-count[t], t))
    df = pd.DataFrame({
        "term": terms,
        "count": [count[t] for t in terms],
        "n_docs": [ndocs[t] for t in terms],
        "first_doc": [first[t][0] for t in terms],
        "first_start": [first[t][1] for t in terms],
        "first_end": [first[t][2] for t in terms],
        "first_text": [first[t][3] for t in terms],
        "always_capitalised": [caps[t] for t in terms],
        "display": [" ".join(first[t][3].split()) if caps[t] else t for t in terms],
    })
    # typed even when empty (a text without words): string columns stay object, not float64
    types = {"count": "int64", "n_docs": "int64", "always_capitalised": "bool"}
    if not terms:
        types.update({"term": str, "first_doc": str, "first_start": "int64", "first_end": "int64",
                      "first_text": str, "display": str})
    return df.astype(types), total




def frequencies(doc_or_corpus: Any, *, n: int = 1, stopwords: bool | Iterable[str] = False,
                roles: Sequence[str] | None = ("body",), names: bool | None = None) -> pd.DataFrame:
    """Term (n=1) or n-gram frequencies: absolute, per 1,000 words, and in how many documents.

    Args:
        doc_or_corpus: text, path, Document, Corpus ...
        n: 1 for words, 2 for bigrams, ...
        stopwords: ``False`` (default) leaves out stopwords (for n-grams: those that begin or end
            with one); ``True`` keeps them; a collection of words leaves out those words.
        roles: paragraph roles to count (``None``: all).
        names: count a multi-word name as one term ("Hong Kong" is ``hong kong``, see
            :mod:`geolib.terms`); ``None`` (default): for words (``n=1``), not for n-grams, whose
            items stay single words.

    Returns:
        DataFrame term, count, per_1000, n_docs, display, most frequent first. ``per_1000``
        divides by the number of words (stopwords included, every word of a name) for every n.
        ``display``: the term as the texts write it when they always capitalise it.

    Example:
        >>> f = frequencies("War in Hong Kong. The war ended in Hong Kong.")
        >>> f[["term", "count", "per_1000", "display"]].values.tolist()
        [['hong kong', 2, 200.0, 'Hong Kong'], ['war', 2, 200.0, 'war'], ['ended', 1, 100.0, 'ended']]
    """
    docs = list(iter_documents(doc_or_corpus))
    runs = [_runs(doc, roles) for doc in docs]
    found = name_terms(run for doc_runs in runs for run in doc_runs) if (
        (n == 1) if names is None else names) else None
    tab, total = ngram_table(docs, n, stopwords, roles, found, runs=runs)
    out = tab[["term", "count", "n_docs", "display"]].copy()
    out.insert(2, "per_1000", out["count"] * 1000.0 / total if total else 0.0)
    return out.reset_index(drop=True)


# ------------------------------------------------------------------ collocations

def collocations(doc_or_corpus: Any, term: str, *, window: int = 5, min_count: int = 2,
                 stopwords: bool | Iterable[str] = False, case: bool = False,
                 roles: Sequence[str] | None = ("body",)) -> pd.DataFrame:
    """Collocates of a term within ``window`` words on either side, with association scores.

    The node is found as :func:`kwic` finds ``term`` (a word, phrase or glob). Around each
    occurrence, the ``window`` words to its left and right in the same sentence (not the node's own
    words) form its window. Counts, with N the number of words in the corpus:

    ====================  ==================================  =========================
    .                     collocate c                          other words
    ====================  ==================================  =========================
    in node windows       O11 = times c is in a window          R1 - O11
    elsewhere             C1 - O11                              N - R1 - C1 + O11
    ====================  ==================================  =========================

    R1 = window slots over all occurrences (a word in two overlapping windows counts twice),
    C1 = frequency of c. Expected = R1 * C1 / N. With these cells, the scores are those of
    ``nltk.metrics.association.BigramAssocMeasures(O11, (R1, C1), N)``: ``g2`` = log-likelihood
    (``likelihood_ratio``, natural log, unsigned), ``pmi`` = log2(O11 / expected), ``t_score`` =
    (O11 - expected) / sqrt(O11) (``student_t``). ``log_dice`` = 14 + log2(2 * O11 / (f_node + C1))
    (Rychlý 2008), f_node = number of node occurrences.

    Args:
        term: the node; window: words each side; min_count: least O11 to report;
        stopwords: ``False`` drops stopword collocates from the table (they still count in N).

    Returns:
        DataFrame collocate, observed, expected, collocate_count, g2, pmi, t_score, log_dice, by g2.

    Example:
        >>> t = "cold war fears. cold war talk. hot war. cold feet. war games."
        >>> collocations(t, "war", window=1, min_count=2, stopwords=True)[["collocate", "observed"]].values.tolist()
        [['cold', 2]]
    """
    if window < 1:
        raise ValueError("collocations(): window must be >= 1")
    stops = _stopset(stopwords)
    docs = list(iter_documents(doc_or_corpus))
    freq: Counter = Counter()
    obs: Counter = Counter()
    n_words = 0
    slots = 0
    f_node = 0
    nodes_all = kwic(docs, term, window=0, case=case, roles=roles)
    by_doc = {d: g for d, g in nodes_all.groupby("doc_id", sort=False)} if len(nodes_all) else {}
    for doc in docs:
        words = _sentence_words(doc, roles)
        n_words += len(words)
        freq.update(w[2] for w in words)
        hits = by_doc.get(doc.doc_id)
        if hits is None:
            continue
        starts = [w[0] for w in words]
        spans = []
        node_pos = set()
        for s, e in zip(hits["start"], hits["end"]):
            i, j = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
            if j > i:
                spans.append((i, j))
                node_pos.update(range(i, j))
        f_node += len(spans)
        for i, j in spans:
            sent_i, sent_j = words[i][4], words[j - 1][4]
            for p in list(range(max(0, i - window), i)) + list(range(j, min(len(words), j + window))):
                if p in node_pos or words[p][4] not in (sent_i, sent_j):
                    continue
                slots += 1
                obs[words[p][2]] += 1
    cols = ["collocate", "observed", "expected", "collocate_count", "g2", "pmi", "t_score", "log_dice"]
    items = [(c, o) for c, o in obs.items() if o >= min_count and c not in stops]
    if not items or n_words == 0:
        return pd.DataFrame(columns=cols)
    coll = [c for c, _ in items]
    o11 = np.array([o for _, o in items], dtype=float)
    c1 = np.array([freq[c] for c in coll], dtype=float)
    stats = _assoc(o11, float(slots), c1, float(n_words))
    df = pd.DataFrame({"collocate": coll, "observed": o11.astype("int64"), "expected": stats["expected"],
                       "collocate_count": c1.astype("int64"), "g2": stats["g2"], "pmi": stats["pmi"],
                       "t_score": stats["t_score"],
                       "log_dice": 14 + np.log2(2 * o11 / (f_node + c1))})
    return df.sort_values(["g2", "collocate"], ascending=[False, True], kind="stable").reset_index(drop=True)


def _xlogy(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(x > 0, x * np.log(np.where(x > 0, x, 1) / np.where(y > 0, y, 1)), 0.0)


def _assoc(o11: np.ndarray, r1: float, c1: np.ndarray, n: float) -> dict[str, np.ndarray]:
    """Association scores from the 2x2 table (O11, row total R1, column totals C1, N)."""
    o12 = r1 - o11
    o21 = c1 - o11
    o22 = n - r1 - c1 + o11
    r2 = n - r1
    c2 = n - c1
    e11, e12, e21, e22 = r1 * c1 / n, r1 * c2 / n, r2 * c1 / n, r2 * c2 / n
    g2 = 2 * (_xlogy(o11, e11) + _xlogy(o12, e12) + _xlogy(o21, e21) + _xlogy(np.maximum(o22, 0), e22))
    with np.errstate(divide="ignore"):
        pmi = np.log2(o11 / e11)
    t = (o11 - e11) / np.sqrt(o11)
    return {"expected": e11, "g2": g2, "pmi": pmi, "t_score": t}


# ------------------------------------------------------------------ keyness

def _english_counts(terms: Sequence[str], size: float) -> np.ndarray:
    try:
        from wordfreq import word_frequency
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("keyness against general English needs the 'wordfreq' package "
                          "(pip install wordfreq), or pass reference= a document or corpus") from None
    return np.array([word_frequency(t, "en") * size for t in terms], dtype=float)


def _latin(term: str) -> bool:
    """True when every letter of ``term`` is in the Latin script (comparable with English)."""
    return all(_latin_letter(c) for c in term if c.isalpha())


@lru_cache(maxsize=4096)
def _latin_letter(c: str) -> bool:
    return c.isascii() or "LATIN" in unicodedata.name(c, "")


def _keyness_stats(a: np.ndarray, b: np.ndarray, c: float, d: float) -> dict[str, np.ndarray]:
    """Signed G2 (full 2x2 table), log ratio (0.5 for a zero count) and p-value."""
    tot = a + b
    e1 = c * tot / (c + d)
    e2 = d * tot / (c + d)
    g2 = 2 * (_xlogy(a, e1) + _xlogy(b, e2) + _xlogy(c - a, c - e1) + _xlogy(d - b, d - e2))
    g2 = np.maximum(g2, 0.0)
    a5, b5 = np.where(a > 0, a, 0.5), np.where(b > 0, b, 0.5)
    lr = np.log2((a5 / c) / (b5 / d))
    sign = np.where(a / c >= b / d, 1.0, -1.0)
    p = np.array([math.erfc(math.sqrt(x / 2)) for x in g2])
    return {"g2": sign * g2, "log_ratio": lr, "p_value": p}


def keyness_table(tab: pd.DataFrame, docs: list[Document], reference: Any, *, n: int,
                  roles: Sequence[str] | None, reference_size: float,
                  stopwords: bool | Iterable[str] = False, min_count: int = 1,
                  reference_roles: Sequence[str] | None = ("body",),
                  names: NameTerms | None = None, runs: list | None = None,
                  reference_runs: list | None = None, filtered: pd.DataFrame | None = None,
                  min_docs: int = 1) -> pd.DataFrame:
    """Keyness rows for a target n-gram table ``tab`` (from ``ngram_table``) against a reference
    (counted with the same ``names`` as the target); ``runs`` and ``reference_runs``: the
    documents' word runs (see ``ngram_table``), when the caller has them; ``filtered``: the target
    rows left out of ``tab`` (by min_count or min_docs), so that a term the reference brings back
    keeps its true target count rather than 0; ``min_docs``: a term over-represented in a corpus
    reference must occur in that many of its documents."""
    if runs is None:
        runs = [_runs(d, roles) for d in docs]
    n_target = sum(len(run) for doc_runs in runs for run in doc_runs)
    tab = tab.copy()
    if isinstance(reference, str) and reference.lower() in ("english", "en"):
        tab = tab[np.array([_latin(t) for t in tab["term"]], dtype=bool)]  # (a list [] picks no columns)
        b = _english_counts(tab["term"].tolist(), reference_size)
        n_ref = float(reference_size)
        ref_tab = None
    else:
        ref_docs = list(iter_documents(reference))
        ref_tab, n_ref = ngram_table(ref_docs, n, stopwords, reference_roles, names, runs=reference_runs)
        ref_counts = dict(zip(ref_tab["term"], ref_tab["count"]))
        only_ref = ref_tab[~ref_tab["term"].isin(set(tab["term"])) & (ref_tab["count"] >= min_count)
                           & (ref_tab["n_docs"] >= min_docs)]
        if len(only_ref):
            seen = pd.DataFrame() if filtered is None else filtered[filtered["term"].isin(set(only_ref["term"]))]
            absent = only_ref[~only_ref["term"].isin(set(seen["term"]) if len(seen) else set())]
            extra = absent[["term", "display"]].assign(count=0, n_docs=0, first_doc=None, first_start=-1,
                                                       first_end=-1, first_text=None,
                                                       always_capitalised=False)
            tab = pd.concat([t for t in (tab, seen, extra) if len(t)] or [tab], ignore_index=True)
        b = np.array([ref_counts.get(t, 0) for t in tab["term"]], dtype=float)
    if n_target == 0 or n_ref == 0:
        warnings.warn(f"keyness(): the {'target' if n_target == 0 else 'reference'} has no words; "
                      "the table is empty", GeolibWarning, stacklevel=3)
        tab = tab.iloc[0:0]
        n_target, n_ref, b = max(n_target, 1), max(float(n_ref), 1.0), np.zeros(0)
    a = tab["count"].to_numpy(dtype=float)
    st = _keyness_stats(a, b, float(n_target), float(n_ref))
    tab["count_target"] = tab["count"].astype("int64")
    # the statistics use the reference counts as they are (for general English, an expected count,
    # frequency x size); the table shows them as the whole counts they stand for
    tab["count_reference"] = np.rint(b).astype("int64")
    tab["g2"] = st["g2"]
    tab["log_ratio"] = st["log_ratio"]
    tab["p_value"] = st["p_value"]
    tab["per_1000_target"] = a * 1000 / n_target
    tab["per_1000_reference"] = b * 1000 / n_ref
    if ref_tab is not None and min_docs > 1 and len(tab):
        # the reference's side too: a term over-represented in the reference because of one
        # story there is left out, as the target's are
        ref_docs = tab["term"].map(dict(zip(ref_tab["term"], ref_tab["n_docs"]))).fillna(0)
        tab = tab[~((tab["g2"] < 0) & (ref_docs < min_docs)).to_numpy()]
    english = isinstance(reference, str) and reference.lower() in ("english", "en")
    tab.attrs = {"reference": "general English (wordfreq)" if english else "reference corpus",
                 "reference_words": int(n_ref), "target_words": int(n_target)}
    return tab


def keyness(target: Any, reference: Any = "english", *, n: int = 1, stopwords: bool | Iterable[str] = False,
            min_count: int = 1, min_docs: int = 1, roles: Sequence[str] | None = ("body",),
            reference_roles: Sequence[str] | None = ("body",),
            reference_size: float = ENGLISH_REFERENCE_SIZE, names: bool | None = None,
            reference_min_docs: int = 1) -> pd.DataFrame:
    """Keyness of a document or corpus against a reference corpus or against general English.

    For each term, with a = its count in the target, b = in the reference, c and d = the number of
    words in target and reference, E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d):

    * ``g2``: log-likelihood G² over the full 2x2 table (cells a, b, c-a, d-b), natural log, no
      continuity correction: quanteda's ``textstat_keyness(measure="lr", correction="none")`` and
      AntConc's 4-term log-likelihood. Signed: negative when the term is relatively rarer in the
      target than in the reference.
    * ``log_ratio``: log2((a/c) / (b/d)) (Hardie 2014), a zero count replaced by 0.5.
    * ``p_value``: chi-squared with 1 degree of freedom, P(X >= |G²|).

    Against general English (``reference="english"``, the default) b = ``wordfreq.word_frequency(
    term, "en") * reference_size`` and d = ``reference_size`` = 1e9 tokens by assumption: wordfreq
    gives relative frequencies (a blend of Wikipedia, subtitles, news, books, web and social media
    text) and no corpus size, so the counts are scaled to a billion-token corpus; G² and p-values
    depend on that choice, ``log_ratio`` does not. Words wordfreq does not know get b = 0 (then
    0.5 in the log ratio); words with letters outside the Latin script are left out, as general
    English says nothing about them. wordfreq estimates multi-word terms from their words, generously, so
    n-gram keyness against English is conservative.

    Args:
        target: text, Document, Corpus ...; reference: ``"english"`` or another text/corpus.
        n: 1 for words, 2 for bigrams ...; stopwords: ``False`` drops stopwords (see
        :func:`frequencies`); min_count: least count in target (or, for corpus references, in
        either corpus) to report; min_docs: least number of target documents a term must occur
        in (keeps one interview's names from topping a corpus list); reference_min_docs: the same
        for the terms over-represented in a corpus reference (give both when two groups of a
        corpus are compared, so that neither list is topped by one story); names: count a multi-word
        name as one term ("Hong Kong" is ``hong kong``: names of the actor lexicon, and runs of
        capitalised words that target and reference together always capitalise; see
        :mod:`geolib.terms`); ``None`` (default): for words (``n=1``), not for n-grams.

    Returns:
        DataFrame :data:`KEYNESS_COLUMNS` (term, log_ratio, count_target, count_reference, g2,
        p_value, per_1000_target, per_1000_reference, display), sorted by g2, most
        over-represented first; counts are whole numbers (against general English,
        ``count_reference`` is the rounded expected count); ``display`` is the term as the texts
        write it when they always capitalise it (``Hong Kong``, ``CentOS``), for labels.
        ``attrs`` names the reference (``"reference"``) and its size in words
        (``"reference_words"``), and the target's (``"target_words"``).

    Example:
        >>> k = keyness("war war war peace", "war peace peace peace", stopwords=True)
        >>> k[["term", "count_target", "count_reference"]].values.tolist()
        [['war', 3, 1], ['peace', 1, 3]]
        >>> k.attrs["reference_words"], k.attrs["target_words"]
        (4, 4)
        >>> round(float(k["log_ratio"][0]), 3)  # log2((3/4) / (1/4))
        1.585
    """
    docs = list(iter_documents(target))
    english = isinstance(reference, str) and reference.lower() in ("english", "en")
    if not english:
        reference = list(iter_documents(reference))  # (read once: the names look at it too)
    runs = [_runs(doc, roles) for doc in docs]  # (made once for the names and every count)
    ref_runs = None if english else [_runs(doc, reference_roles) for doc in reference]
    found = None
    if (n == 1) if names is None else names:  # the same names on both sides, found in both
        found = name_terms(run for doc_runs in (*runs, *(ref_runs or ())) for run in doc_runs)
    full, _ = ngram_table(docs, n, stopwords, roles, found, runs=runs)
    passed = (full["count"] >= min_count) & (full["n_docs"] >= min_docs)
    tab = full[passed]
    out = keyness_table(tab, docs, reference, n=n, roles=roles, reference_size=reference_size,
                         stopwords=stopwords, min_count=min_count, reference_roles=reference_roles,
                         names=found, runs=runs, reference_runs=ref_runs, filtered=full[~passed],
                         min_docs=reference_min_docs)
    sizes = dict(out.attrs)
    # a term the reference brought back (frequent there) but that failed the target's thresholds
    # is reported for the reference's side only: not as over-represented in the target
    failed = out["term"].isin(set(full.loc[~passed, "term"])) & (out["g2"] > 0)
    out = out[~failed.to_numpy()]
    out = out[KEYNESS_COLUMNS].sort_values(["g2", "term"], ascending=[False, True], kind="stable")
    out = out.reset_index(drop=True)
    out.attrs.update(sizes)
    return out


def plot_keyness(key: pd.DataFrame, *, n: int = 15, measure: str = "g2",
                 labels: tuple[str, str] = ("target", "reference"), ax: Any = None,
                 title: str | None = None, counts: bool = False) -> Any:
    """Bars of the ``n`` most over- and ``n`` most under-represented terms of a :func:`keyness`
    table, as quanteda's ``textplot_keyness``: target's terms in orange (right), reference's
    in blue (left), each labelled with its ``display`` form ("Hong Kong") when the table has one.

    Args:
        key: output of :func:`keyness`.
        n: terms per side (fewer if fewer have that sign).
        measure: ``"g2"`` or ``"log_ratio"``.
        labels: names of the target and the reference, for the axis label.
        ax: matplotlib Axes to draw on (a new figure when None).
        counts: write each term's counts at the end of its bar, ``target / reference`` (a
            large log ratio from 5 against 0 is five uses).

    Returns:
        The matplotlib Axes.

    Example:
        >>> ax = plot_keyness(keyness(docs_2020, docs_2019), labels=("2020", "2019"))  # doctest: +SKIP
    """
    import matplotlib.pyplot as plt

    if measure not in ("g2", "log_ratio"):
        raise ValueError("measure must be 'g2' or 'log_ratio'")
    missing = {"term", measure} - set(key.columns)
    if missing:
        raise ValueError(f"plot_keyness needs a keyness() table; missing columns: {sorted(missing)}")
    ranked = key.sort_values(measure, ascending=False, kind="stable")
    over = ranked[ranked[measure] > 0].head(n)
    under = ranked[ranked[measure] < 0].tail(n)
    both = pd.concat([over, under]).iloc[::-1]  # largest at the top of the chart
    if ax is None:
        _, ax = plt.subplots(figsize=(6.5, 0.22 * max(len(both), 4) + 1))
    # label each bar with the term as the texts write it ("Hong Kong"), where the table has it
    shown = both["display"] if "display" in both.columns else both["term"]
    ax.barh(range(len(both)), both[measure],
            color=["#dd8452" if v > 0 else "#4c72b0" for v in both[measure]])
    ax.set_yticks(range(len(both)), shown.astype(str).tolist())
    if counts and {"count_target", "count_reference"} <= set(both.columns):
        for y, (v, a, b) in enumerate(zip(both[measure], both["count_target"], both["count_reference"])):
            ax.annotate(f"{int(a)} / {int(b)}", (v, y), xytext=(3 if v > 0 else -3, 0),
                        textcoords="offset points", ha="left" if v > 0 else "right", va="center",
                        fontsize=7, color="#555555")
        ax.margins(x=0.18)
    ax.axvline(0, color="black", linewidth=0.8)
    name = "keyness G²" if measure == "g2" else "log ratio"
    ax.set_xlabel(f"{name} (> 0: more in {labels[0]}; < 0: more in {labels[1]})")
    ax.set_title(title or f"Key terms of {labels[0]} against {labels[1]}")
    ax.spines[["top", "right"]].set_visible(False)
    return ax
