"""The tokens actors are matched on: a document's tokens, with hyphenated words split when only
their parts are names ("China-Russia" -> China, -, Russia; "Indo-Pacific" stays whole).

Example:
    >>> from geolib.document import Document
    >>> from geolib.actors.compiled import compiled_lexicon
    >>> pseudo_tokens(Document("China-Russia talks."), compiled_lexicon(None)).texts
    ['China', '-', 'Russia', 'talks', '.']
"""

from __future__ import annotations

import bisect
import re
from operator import itemgetter
from typing import NamedTuple

from ..document import Document
from .compiled import CompiledLexicon

_HYPHENS = "-‐‑"
_HYPHEN_PARTS = re.compile(r"([-‐‑])")
_START = itemgetter(0)  # of a token span (start, end, kind, sentence)


class PseudoTokens(NamedTuple):
    """The tokens actors are matched on, as parallel lists (no object per token).

    ``spans`` holds ``(start, end, kind, sentence)`` per token -- the document's own
    ``token_spans`` list when no word was split, so it must never be changed -- ``texts`` their
    texts and ``hyphens`` the indices of the hyphens split off words (kind ``hyphen``).
    """

    spans: list[tuple[int, int, str, int]]
    texts: list[str]
    hyphens: list[int]


def pseudo_tokens(doc: Document, comp: CompiledLexicon) -> PseudoTokens:
    """Document tokens, with hyphenated words split when only their parts are names
    ("China-Russia" -> China, Russia; "Indo-Pacific" stays whole)."""
    text = doc.text
    spans = doc.token_spans
    texts = doc.token_texts
    split = _words_to_split(text, spans, texts, comp)
    if not split:
        return PseudoTokens(spans, texts, [])
    out_spans: list[tuple[int, int, str, int]] = []
    out_texts: list[str] = []
    hyphens: list[int] = []
    done = 0
    for k in split:
        out_spans += spans[done:k]
        out_texts += texts[done:k]
        pos, _, _, si = spans[k]
        for part in _HYPHEN_PARTS.split(texts[k]):
            if part:
                kind = "word" if part not in "-‐‑" else "hyphen"
                if kind == "hyphen":
                    hyphens.append(len(out_spans))
                out_spans.append((pos, pos + len(part), kind, si))
                out_texts.append(part)
            pos += len(part)
        done = k + 1
    out_spans += spans[done:]
    out_texts += texts[done:]
    return PseudoTokens(out_spans, out_texts, hyphens)


def _words_to_split(text: str, spans: list[tuple[int, int, str, int]], texts: list[str],
                    comp: CompiledLexicon) -> list[int]:
    """Indices (in order) of the word tokens holding a hyphen that no alias spells whole: the
    hyphens are found in the text by ``str.find``, their tokens by bisection (tokens are in text
    order), so the words without a hyphen cost nothing."""
    out: list[int] = []
    last = -1
    for pos in _hyphen_positions(text):
        k = bisect.bisect_right(spans, pos, key=_START) - 1
        if k <= last or pos >= spans[k][1] or spans[k][2] != "word":
            continue
        last = k
        if not comp.keys(texts[k]):
            out.append(k)
    return out


def _hyphen_positions(text: str) -> list[int]:
    """Offsets of the hyphens (-, U+2010, U+2011) in ``text``, in order (``str.find`` runs
    many times faster than a regex character class with non-ASCII characters)."""
    out: list[int] = []
    for ch in _HYPHENS:
        pos = text.find(ch)
        while pos >= 0:
            out.append(pos)
            pos = text.find(ch, pos + 1)
    out.sort()
    return out


def is_cap(kind: str, text: str) -> bool:
    """A word with a capital first letter (and some letter)."""
    return kind == "word" and text[:1].isupper() and any(c.isalpha() for c in text)
