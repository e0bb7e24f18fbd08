"""Cue finding: the reporting verbs (and phrases such as "according to") that start at a token.

Example:
    >>> from geolib.quotes.cues import cue_at
    >>> from geolib.quotes.words import word_sets
    >>> toks = [(0, 2, "He", "w", "he", True, -1), (3, 7, "said", "w", "said", False, -1)]
    >>> cue, end = cue_at(word_sets(None), toks, 1)
    >>> cue.lemma, end
    ('say', 2)
"""

from __future__ import annotations

from .tokens import CAP, KIND, LOW, TEXT, Tok, where
from .verbs import Cue
from .words import Words


def cue_at(wl: Words, toks: list[Tok], j: int, hi: int | None = None) -> tuple[Cue, int] | None:
    """Reporting cue starting at token j: (cue, index after it)."""
    t = toks[j]
    cands = wl.cue_index.get(t[LOW])
    if not cands or t[KIND] != "w":  # most tokens: no cue starts with this word
        return None
    if t[TEXT] != t[LOW] and not (j > 0 and toks[j - 1][CAP] and (t[LOW] in wl.headline_cues or t[LOW].endswith("s"))
                                  and toks[j - 1][LOW] not in wl.name_before_cue)\
            and t[LOW] not in ("according", "in"):
        return None
    hi = len(toks) if hi is None else hi
    if t[LOW] == "read" and j + 2 < len(toks) and toks[j + 1][LOW] in ("out", "aloud") \
            and toks[j + 2][LOW] in ("on", "at", "during"):
        return None  # "her message to the council read out on Monday": a participle, not a cue
    for c in cands:
        k = j + len(c.words)
        if k <= hi and all(toks[j + m][KIND] == "w" and toks[j + m][LOW] == c.words[m] for m in range(len(c.words))):
            return c, k
    return None


def cue_starts(wl: Words, toks: list[Tok], lo: int, hi: int) -> list[int]:
    """Indexes in [lo, hi) of the tokens a reporting cue may start with (a cheap first filter
    before :func:`cue_at`)."""
    return where(toks, LOW, wl.cue_index.__contains__, lo, hi)
