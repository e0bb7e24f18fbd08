"""Where the terms of a lexicon are in a document: the trie walked over the document's tokens,
leftmost-longest, only from the tokens that may start a term (:func:`find_terms`), and the plain
way over the word runs of :func:`geolib.segments.segments` (:func:`find_terms_plain`), which gives
the same hits.

Example:
    >>> from geolib.document import load
    >>> from geolib.frames.trie import matcher_for
    >>> doc = load("A new cold war began.")
    >>> [(doc.text[s:e], entry.frame) for s, e, _, entry in find_terms(doc, matcher_for(None), None)]
    [('new cold war', 'cold war / bloc confrontation')]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..document import Document
from ..matching import END as _END
from ..matching import entry_of, step
from ..segments import BLANK_LINE, HYPHEN_CHARS, LINE_END_HYPHEN, Part, keep_roles, segments
from .keys import word_keys
from .trie import TermEntry, TermTrie

__all__ = ["find_terms", "find_terms_plain"]


def _select(matches: list[tuple[int, int, Any]], seg: list[Part]) -> list[tuple[int, int, Any]]:
    """Leftmost-longest, non-overlapping matches among those that start at a word's start."""
    out = []
    last = -1
    for i, j, v in sorted(matches, key=lambda m: (m[0], -m[1])):
        if i < last or not seg[i].first:
            continue
        out.append((i, j, v))
        last = j
    return out


def _walk_on(matcher: TermTrie, frontier: list[dict], best: tuple[int, Any] | None, text: str,
             spans: list[tuple[int, int, str, int]], i: int, last: int, kept: list[bool] | None
             ) -> tuple[int, Any] | None:
    """Go on with a walk of the trie (``frontier``: its open nodes) into token ``i`` and on, up to
    where :func:`segments` ends the run: a token of another role, a blank line or the end of the
    text (a hyphen at a line break is skipped, as there). ``last``: end of the last part so far.
    Returns the longest term as ``(end, entry)``, or ``best`` (the longest found before)."""
    prev_end = spans[i - 1][1]
    for i in range(i, len(spans)):
        s, e, kind, si = spans[i]
        if kept is not None and not kept[si]:
            break
        if s - prev_end > 1 and BLANK_LINE.search(text, prev_end, s):
            break                     # (a blank line takes two characters at least)
        tok = text[s:e]
        if kind == "punct" and tok in HYPHEN_CHARS and last == s and LINE_END_HYPHEN.match(text, e):
            prev_end = e
            continue
        for _, pe, keys in matcher.parts(tok, kind):
            frontier = step(frontier, keys)
            if not frontier:
                return best
            entry = entry_of(frontier)
            if entry is not _END:
                best = (s + pe, entry)
            last = s + pe
        prev_end = e
    return best


def find_terms(doc: Document, matcher: TermTrie, roles: Sequence[str] | None
                ) -> list[tuple[int, int, int, TermEntry]]:
    """``(start, end, token, entry)`` of the terms in a document, leftmost-longest: the result of
    :func:`find_terms_plain`, but walked only from the tokens that may start a term."""
    text = doc.text
    spans = doc.token_spans
    cands = matcher.candidates(text, spans, doc.token_texts)
    if matcher.hyphen_starts:
        return find_terms_plain(doc, matcher, roles)
    if not cands:
        return []
    kept = None
    if roles is not None:
        keep = keep_roles(roles)
        para_kept = [r in keep for _, _, r in doc.paragraph_spans]
        kept = [para_kept[p] for _, _, p in doc.sentence_spans]
    found = []
    last_end = -1
    for t in cands:
        s, e, kind, si = spans[t]
        if kept is not None and not kept[si]:
            continue
        first, best, frontier, last, follow = matcher.start(text[s:e], kind)
        if s + first < last_end:
            continue                  # inside the term found before
        if best is not None:
            best = (s + best[0], best[1])
        if frontier is not None and t + 1 < len(spans):
            ns, ne, nkind, _ = spans[t + 1]
            nxt = text[ns:ne]
            # most walks end at the next token: its first part's keys do not go on (a hyphen may
            # be skipped at a line break, so then look further)
            if nxt in HYPHEN_CHARS or not follow.isdisjoint(matcher.parts(nxt, nkind)[0][2]):
                best = _walk_on(matcher, frontier, best, text, spans, t + 1, s + last, kept)
        if best is not None:
            found.append((s + first, best[0], t, best[1]))
            last_end = best[0]
    return found


def find_terms_plain(doc: Document, matcher: TermTrie, roles: Sequence[str] | None
                      ) -> list[tuple[int, int, int, TermEntry]]:
    """:func:`find_terms` the plain way: every token's keys, a match tried at every part."""
    found = []
    for seg in segments(doc, roles):
        keys = [word_keys(p.norm) for p in seg]
        for i, j, entry in _select(matcher.find(keys, overlapping=True), seg):
            found.append((seg[i].start, seg[j - 1].end, seg[i].token, entry))
    return found
