"""Word runs of a document: the tokens of the kept paragraph roles, cut where no phrase may cross.

Counting (``kwic``, n-grams, dispersion) and the framing lexicon both search phrases in the same
token streams: a document's tokens in the paragraph roles asked for, hyphenated words split into
their parts (``zero-sum`` is ``zero`` + ``sum``), and cut into *segments* at a gap left by a
paragraph of another role or at a blank line. This module makes those streams once for both;
it imports nothing from the modules that use it.

Example:
    >>> from geolib.document import Document
    >>> doc = Document("A zero-sum game.\\n\\nNew paragraph.")
    >>> [[p.norm for p in seg] for seg in segments(doc, None)]
    [['a', 'zero', 'sum', 'game', '.'], ['new', 'paragraph', '.']]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .document import Document
from .text import normalize

__all__ = ["Part", "keep_roles", "segments", "token_parts", "is_word", "word_starts",
           "BLANK_LINE", "HYPHENS", "HYPHEN_CHARS", "LINE_END_HYPHEN"]

#: A blank line: no phrase match crosses it.
BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
#: The parts of a hyphenated word (runs of non-hyphens).
HYPHENS = re.compile(r"[^-‐‑]+")
#: The hyphens that join the parts of a word.
HYPHEN_CHARS = ("-", "‐", "‑")
#: After a hyphen token: a line break and the next word ("zero-\\nsum" is one word).
LINE_END_HYPHEN = re.compile(r"[ \t]*\r?\n\s*\w")


def keep_roles(roles: Iterable[str] | str | None) -> set[str] | None:
    """The paragraph roles to keep as a set (``None``: every role).

    Example:
        >>> keep_roles("body"), keep_roles(["body", "caption"]) == {"body", "caption"}, keep_roles(None)
        ({'body'}, True, None)
    """
    if roles is None:
        return None
    return {roles} if isinstance(roles, str) else set(roles)


@dataclass
class Part:
    """One part of a token in a segment: its offsets, normalised text and token row."""

    start: int
    end: int
    norm: str
    token: int        # row position in the doc's token table
    first: bool       # first part of its token
    last: bool        # last part of its token


def token_parts(tok: str, kind: str, s: int) -> list[tuple[int, int, str]]:
    """``(start, end, norm)`` of the parts of one token at offset ``s``: a hyphenated word's
    parts, else the token itself.

    Example:
        >>> token_parts("Zero-sum", "word", 10)
        [(10, 14, 'zero'), (15, 18, 'sum')]
    """
    if kind == "word" and ("-" in tok or "‐" in tok or "‑" in tok) and HYPHENS.fullmatch(tok) is None:
        parts = [(s + m.start(), s + m.end(), normalize(m.group())) for m in HYPHENS.finditer(tok)]
        if parts:
            return parts
    return [(s, s + len(tok), normalize(tok))]


def segments(doc: Document, roles: Iterable[str] | str | None) -> list[list[Part]]:
    """The doc's tokens in the given roles, hyphenated words split into parts, cut into runs that
    no match may cross (a gap left by another role, or a blank line)."""
    text = doc.text
    keep = keep_roles(roles)
    para_roles = [r for _, _, r in doc.paragraph_spans]
    sent_para = [p for _, _, p in doc.sentence_spans]
    segs: list[list[Part]] = []
    cur: list[Part] = []
    prev_i, prev_end = -2, None
    for i, (s, e, kind, si) in enumerate(doc.token_spans):
        if keep is not None and para_roles[sent_para[si]] not in keep:
            continue
        if cur and (i != prev_i + 1 or BLANK_LINE.search(text, prev_end, s)):
            segs.append(cur)
            cur = []
        tok = text[s:e]
        if kind == "punct" and tok in HYPHEN_CHARS and cur and cur[-1].end == s \
                and LINE_END_HYPHEN.match(text, e):
            prev_i, prev_end = i, e      # "zero-\nsum": a hyphen at a line break joins the parts
            continue
        parts = token_parts(tok, kind, s)
        last = len(parts) - 1
        cur.extend(Part(ps, pe, norm, i, k == 0, k == last) for k, (ps, pe, norm) in enumerate(parts))
        prev_i, prev_end = i, e
    if cur:
        segs.append(cur)
    return segs


def is_word(text: str, kind: str) -> bool:
    """A word token with a letter that is not a clitic (``'s``, ``’re``).

    Example:
        >>> is_word("NATO", "word"), is_word("'s", "word"), is_word("2024", "number")
        (True, False, False)
    """
    return kind == "word" and text[:1] not in ("'", "’") and any(c.isalpha() for c in text)


def word_starts(doc: Document, roles: Iterable[str] | str | None) -> list[int]:
    """Start offsets of the doc's words in the given roles (for word-offset axes).

    Example:
        >>> word_starts(Document("NATO met China's envoy."), None)
        [0, 5, 9, 17]
    """
    keep = keep_roles(roles)
    para_roles = [r for _, _, r in doc.paragraph_spans]
    sent_para = [p for _, _, p in doc.sentence_spans]
    text = doc.text
    return [s for s, e, k, si in doc.token_spans
            if (keep is None or para_roles[sent_para[si]] in keep) and is_word(text[s:e], k)]
