"""Names the lexicon does not know: capitalised names that matched nothing
(:func:`candidate_actors`), turned into a user lexicon to edit (:func:`candidate_lexicon`,
:func:`write_candidate_lexicon`).

Example:
    >>> candidate_lexicon(candidate_actors("Officials in Ruritania said Ruritania would talk."))[
    ...     ["actor", "type", "count"]].values.tolist()
    [['Ruritania', 'group', 2]]
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

import pandas as pd

from ..segments import keep_roles
from ..text import fold, stopwords
from .compiled import CompiledLexicon, compiled_lexicon
from .find import doc_mentions
from .lexicon import LEXICON_COLUMNS, genders
from .table import documents_of
from .tokens import is_cap, pseudo_tokens
from .orgs_from_text import TEXT_KIND
from .words import POSSESSIVE, common_words, shipped_words, word_sets

# After these a capital says nothing either: "((WN)) Well ...", "Update: Officials ..."
_OPENING_PUNCT = frozenset({")", "]", ":", "—", "–", "-", "--", "...", "…", ";", "•", "*"})


class _Tok:
    __slots__ = ("start", "end", "text", "sent", "kind")

    def __init__(self, start: int, end: int, text: str, sent: int, kind: str) -> None:
        self.start, self.end, self.text, self.sent, self.kind = start, end, text, sent, kind


def _is_cap_word(t: _Tok) -> bool:
    return is_cap(t.kind, t.text)


def candidate_actors(doc_or_corpus: Any, *, lexicon: CompiledLexicon | pd.DataFrame | str | os.PathLike | None = None,
                     roles: Iterable[str] | str | None = ("body",), top: int | None = None,
                     words: pd.DataFrame | str | os.PathLike | None = None) -> pd.DataFrame:
    """Capitalised names that matched nothing in the lexicon, most frequent first.

    Sentence-initial common words ("Officials", "The"), titles ("President"), months and
    weekdays are skipped, so what is left are names a user may want to add to the lexicon.
    ``words``: word lists from :func:`load_actor_words` (titles, months ...); default: shipped.

    Returns:
        DataFrame with columns name, count, n_docs, example (a sentence it occurs in).

    Example:
        >>> candidate_actors("Officials in Ruritania said Ruritania would talk to China.")[
        ...     ["name", "count"]].values.tolist()
        [['Ruritania', 2]]
    """
    comp = compiled_lexicon(lexicon)
    wl = word_sets(words)
    keep = keep_roles(roles)
    common = common_words() | stopwords()
    counts: Counter[str] = Counter()
    docs_of: dict[str, set[str]] = defaultdict(set)
    example: dict[str, str] = {}
    lower_seen: set[str] = set()
    found_runs: list[tuple[str, str, str, bool]] = []  # name, doc_id, sentence text, initial-common
    for doc in documents_of(doc_or_corpus):
        try:
            mentions, known = doc_mentions(doc, comp, wl)
        except Exception:  # pragma: no cover - defensive
            continue
        pt = pseudo_tokens(doc, comp)
        toks = [_Tok(s, e, x, si, kind) for (s, e, kind, si), x in zip(pt.spans, pt.texts)]
        taken = [False] * len(toks)
        spans = sorted([*known, *((o.start, o.end) for o in mentions if not o.person and o.kind != TEXT_KIND)])
        si = 0
        for k, t in enumerate(toks):
            while si < len(spans) and spans[si][1] <= t.start:
                si += 1
            if si < len(spans) and spans[si][0] < t.end and t.start < spans[si][1]:
                taken[k] = True
        sents = doc.sentence_spans
        roles_ = doc.paragraph_spans
        k = 0
        n = len(toks)
        opening = [False] * n  # a word whose capital may come from its place, not its name
        seen_word: set[int] = set()
        for idx, t in enumerate(toks):
            if t.kind in ("word", "number"):
                prev = toks[idx - 1] if idx else None
                opening[idx] = t.sent not in seen_word or (
                    prev is not None and (prev.kind == "quote" or prev.text in _OPENING_PUNCT))
                seen_word.add(t.sent)
            if t.kind == "word" and t.text.islower():
                lower_seen.add(t.text)
        while k < n:
            t = toks[k]
            role = roles_[sents[t.sent][2]][2] if roles_ else "body"
            if keep is not None and role not in keep or role in ("title", "heading") or \
                    not _is_cap_word(t) or taken[k]:
                k += 1
                continue
            j = k
            run = []
            while j < n and toks[j].sent == t.sent and not taken[j]:
                tj = toks[j]
                low = fold(tj.text).lower()
                if _is_cap_word(tj) and low not in wl.months_days:
                    run.append(j)
                    j += 1
                elif (low in wl.connectors or tj.text in POSSESSIVE or tj.kind == "hyphen") and run \
                        and j + 1 < n and toks[j + 1].sent == t.sent and _is_cap_word(toks[j + 1]) \
                        and not taken[j + 1]:
                    j += 1
                else:
                    break
            if not run:
                k += 1
                continue
            s_idx, e_idx = run[0], run[-1]
            # drop leading titles, articles and a sentence-initial common word; that word may
            # also be a first name ("Robert Mugabe was born"): the name with it is kept aside
            # and chosen at the end if the word is never seen in lower case
            initial = opening[s_idx]
            with_first: tuple[str, str] | None = None  # (name with the initial word, the word)
            while s_idx <= e_idx:
                low0 = fold(toks[s_idx].text).lower()
                title = low0 in wl.titles or low0 in wl.articles
                opener = initial and low0 in common and s_idx < e_idx
                if not (title or opener or low0 in wl.months_days):
                    break
                # the initial word, kept aside only if nothing is dropped after it ("Police
                # Chief Tom Brady" is Tom Brady)
                with_first = (doc.text[toks[s_idx].start:toks[e_idx].end], low0) \
                    if opener and not title else None
                s_idx = next((r for r in run if r > s_idx), e_idx + 1)
                initial = False
            if s_idx <= e_idx:
                name = doc.text[toks[s_idx].start:toks[e_idx].end]
                low = fold(name).lower()
                if low not in stopwords() and not name.isdigit():
                    ss, se, _ = sents[t.sent]
                    found_runs.append((name, doc.doc_id, doc.text[ss:se], initial, with_first))
            k = j if j > k else k + 1
    # a sentence-initial common word before a name is a first name if the corpus never writes it
    # in lower case ("Robert", "John") and is not a function word ("After", "Many")
    stop = stopwords()
    found_runs = [((w[0] if w is not None and w[1] not in lower_seen and w[1] not in stop else name),
                   doc_id, sent, initial) for name, doc_id, sent, initial, w in found_runs]
    # a surname after the full name in the same document counts for the full name (a person's
    # name: not one with "of" or a possessive, whose last word is a place or a thing of its own:
    # "Gagay of Yekaterinburg", "Marine Traffic's AIS"; name particles such as "bin" are fine)
    full_name: dict[tuple[str, str], str] = {}
    possessive = tuple(POSSESSIVE)
    for name, doc_id, _, _ in found_runs:
        parts = name.split()
        if len(parts) > 1 and not any(p == "of" or p.endswith(possessive) for p in parts):
            full_name.setdefault((doc_id, parts[-1]), name)
    for name, doc_id, sent, initial in found_runs:
        single = " " not in name
        low = name.lower()
        if single and (len(name) < 2 or (doc_id, name) in full_name):
            name = full_name.get((doc_id, name), "")
            if not name:
                continue
        # a single common word seen in lower case too ("Well", "House") is no name, nor a word
        # that opens a sentence and is written in lower case elsewhere ("Reportedly")
        elif single and (low in common and (initial or low in lower_seen) or initial and low in lower_seen):
            continue
        counts[name] += 1
        docs_of[name].add(doc_id)
        example.setdefault(name, sent.strip()[:200])
    rows = [(nm, c, len(docs_of[nm]), example[nm]) for nm, c in counts.items()]
    df = pd.DataFrame(rows, columns=["name", "count", "n_docs", "example"])
    df = df.sort_values(["count", "n_docs", "name"], ascending=[False, False, True],
                        kind="stable").reset_index(drop=True)
    return df.head(top) if top else df


def candidate_lexicon(candidates: pd.DataFrame) -> pd.DataFrame:
    """The names of :func:`candidate_actors` as a user actor lexicon (the columns of
    :data:`LEXICON_COLUMNS` but agency, plus count and example) to edit and pass back with
    ``load_actor_lexicon(user=...)``: a name whose first word is a known first name is a
    ``person``, one with a word like "Ministry" or "Party" an ``organisation``, else a
    ``group`` -- guesses to check, with code and affiliation left for the user.

    Example:
        >>> c = pd.DataFrame({"name": ["Jane Zorvath", "Ruritanian Party"], "count": [2, 1],
        ...                   "n_docs": [1, 1], "example": ["...", "..."]})
        >>> candidate_lexicon(c)[["actor", "type", "kind"]].values.tolist()
        [['Jane Zorvath', 'person', 'person'], ['Ruritanian Party', 'organisation', 'name']]
    """
    first_names, _ = genders()
    shipped = shipped_words()
    org_words = frozenset(shipped.loc[shipped["kind"] == "org_word", "word"])
    rows = []
    for name, count, example in zip(candidates["name"], candidates["count"], candidates["example"]):
        words = str(name).split()
        low = {w.lower() for w in words}
        if low & org_words:
            typ = "organisation"
        elif len(words) > 1 and words[0].lower() in first_names:
            typ = "person"
        else:
            typ = "group"
        rows.append({"actor": name, "type": typ, "code": "", "affiliation": "", "alias": name,
                     "kind": "person" if typ == "person" else "name", "case_sensitive": "",
                     "count": int(count), "example": example})
    cols = LEXICON_COLUMNS[:-1] + ["count", "example"]
    return pd.DataFrame(rows, columns=cols)


def write_candidate_lexicon(candidates: pd.DataFrame, path: str | os.PathLike) -> int:
    """Write :func:`candidate_lexicon` of ``candidates`` to a CSV file in the user-lexicon
    format, each row under a comment with its count and an example sentence; returns the
    number of names written. Edit the file (delete wrong rows, fill code and affiliation) and
    pass it back: ``load_actor_lexicon(user=path)``, or ``geolib actors --lexicon path``."""
    import csv

    lex = candidate_lexicon(candidates)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("# Names the actor lexicon does not know (geolib candidates). Check each guess:\n"
                 "# type is one of state, organisation, group, person, place; fill code (CAMEO-style,\n"
                 "# e.g. GBRGOV) and affiliation (the actor a person speaks for); delete what is no actor.\n")
        w = csv.writer(fh, lineterminator="\n")
        cols = LEXICON_COLUMNS[:-1]
        w.writerow(cols)
        for rec in lex.to_dict("records"):
            example = " ".join(str(rec["example"]).split())[:150]
            fh.write(f"# {rec['count']}x: {example}\n")
            w.writerow([rec[c] for c in cols])
    return len(lex)
