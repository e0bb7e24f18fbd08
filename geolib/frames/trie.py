"""The framing lexicon compiled into a token trie keyed by term keys, remembering what it learns
about token texts; compiled once per lexicon content (:func:`matcher_for`).

Example:
    >>> m = matcher_for(None)
    >>> m.may_start("war"), m.may_start("the")
    (True, False)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count
from operator import not_
from typing import Any

import pandas as pd

from ..matching import END as _END
from ..matching import PhraseMatcher, entry_of, step
from ..resources import table_digest
from ..segments import HYPHEN_CHARS, HYPHENS, token_parts
from ..text import normalize
from .keys import word_keys
from .lexicon import LexiconSource, load_frame_lexicon, shipped_lexicon, term_patterns

__all__ = ["TermEntry", "TermTrie", "compile_lexicon", "matcher_for"]


@dataclass(frozen=True)
class TermEntry:
    term: str
    frame: str
    dimension: str
    layer: str = "framing"


_MEMO_SIZE = 200_000  # distinct token texts a compiled lexicon remembers (then it starts afresh)

_Parts = tuple[tuple[int, int, tuple[str, str]], ...]


class TermTrie(PhraseMatcher):
    """The framing lexicon as a :class:`~geolib.matching.PhraseMatcher` keyed by term keys (see
    :func:`word_keys`), which :func:`frames` walks only from the tokens whose first key is in the root,
    reusing the walk through a token's own parts (see :meth:`start`). What it learns about a token
    text is remembered (up to ``_MEMO_SIZE`` texts): the cost per token does not grow with the
    lexicon.
    """

    def __init__(self) -> None:
        super().__init__()
        self._dull: set[str] = set()        # token texts that start no term
        self._starters: set[str] = set()    # token texts that may start a term
        self._parts: dict[tuple[str, bool], _Parts] = {}
        self._starts: dict[tuple[str, bool], tuple] = {}
        self._changed = True
        self.hyphen_starts = False

    def add(self, pattern: Sequence[str], value: Any) -> None:
        """Add a key sequence; a second add of it replaces the value."""
        super().add(pattern, value)
        self._changed = True

    def forget(self) -> None:
        """Drop what was remembered about token texts (after a change, or when it grew big)."""
        self._dull, self._starters = set(), set()
        self._parts, self._starts = {}, {}
        self._changed = False
        # Whether a lone hyphen could start a term (never with real lexicons: term words are cut
        # at hyphens); frames() then takes the plain path, see find_terms().
        self.hyphen_starts = any(k in self.root for h in HYPHEN_CHARS for k in word_keys(normalize(h)))

    def longest(self, parts: Iterable[tuple[int, Sequence[str]]]) -> tuple[int, Any] | None:
        """The longest term read from the start of ``parts`` (``(end, keys)`` of each part, the
        keys a part may match as) as ``(end of its last part, entry)``, or None.

        Several nodes may be open at once (a part matches as its stem or its exact key); at equal
        length the first node in that order wins, as in ``PhraseMatcher.find``.
        """
        best = None
        frontier = [self.root]
        for end, keys in parts:
            frontier = step(frontier, keys)
            if not frontier:
                break
            entry = entry_of(frontier)
            if entry is not _END:
                best = (end, entry)
        return best

    # -- what frames() asks about token texts (remembered) -----------------------------------

    def candidates(self, text: str, spans: list[tuple[int, int, str, int]],
                   texts: Sequence[str] | None = None) -> list[int]:
        """Positions of the tokens that may start a term (see :meth:`may_start`); a token text is
        asked about once, then remembered. ``texts``: the tokens' texts when known (a document's
        own, :attr:`Document.token_texts`), else they are cut from ``text``."""
        if self._changed or len(self._dull) + len(self._starters) > _MEMO_SIZE:
            self.forget()
        dull, starters = self._dull, self._starters
        if texts is None:
            texts = [text[s:e] for s, e, _, _ in spans]
        out = []
        # one set test per token, in C: known starters and texts not seen before are looked at again
        for i in compress(count(), map(not_, map(dull.__contains__, texts))):
            t = texts[i]
            if t in starters:
                out.append(i)
            elif self.may_start(t):
                starters.add(t)
                out.append(i)
            else:
                dull.add(t)
        return out

    def may_start(self, token: str) -> bool:
        """Whether a token (its text) may start a term: its first part's key is in the root.

        Checks both the whole token and its first hyphen part, whatever the token's kind, so it
        never says no where :func:`segments` would start a match."""
        root = self.root
        stem, exact = word_keys(normalize(token))
        if stem in root or exact in root:
            return True
        if "-" in token or "‐" in token or "‑" in token:
            m = HYPHENS.search(token)
            if m is not None:
                stem, exact = word_keys(normalize(m.group()))
                return stem in root or exact in root
        return False

    def parts(self, tok: str, kind: str) -> _Parts:
        """``(start, end, keys)`` of a token's parts, offsets relative to the token (see
        :func:`token_parts`)."""
        key = (tok, kind == "word")
        out = self._parts.get(key)
        if out is None:
            out = tuple((s, e, word_keys(norm)) for s, e, norm in token_parts(tok, kind, 0))
            if len(self._parts) >= _MEMO_SIZE:
                self._parts.clear()
            self._parts[key] = out
        return out

    def start(self, tok: str, kind: str
              ) -> tuple[int, tuple[int, Any] | None, list[dict] | None, int, frozenset[str]]:
        """The walk from the root through a token's own parts: ``(start of its first part, the
        longest term within the token as (end, entry) or None, the open nodes when the walk may go
        on into the next token or None, end of its last part, the keys that go on)``, offsets
        relative to the token."""
        key = (tok, kind == "word")
        out = self._starts.get(key)
        if out is None:
            parts = self.parts(tok, kind)
            best = None
            frontier: list[dict] | None = [self.root]
            for _, e, keys in parts:
                frontier = step(frontier, keys)
                if not frontier:
                    frontier = None
                    break
                entry = entry_of(frontier)
                if entry is not _END:
                    best = (e, entry)
            follow = frozenset(k for n in frontier or () for k in n if k is not _END)
            if not follow:
                frontier = None             # only ends of terms: nothing to go on with
            out = (parts[0][0], best, frontier, parts[-1][1], follow)
            if len(self._starts) >= _MEMO_SIZE:
                self._starts.clear()
            self._starts[key] = out
        return out


def compile_lexicon(lexicon: pd.DataFrame) -> TermTrie:
    m = TermTrie()
    # closed-compound variants first, so that a term listed in its own right wins
    later = []
    layers = lexicon["layer"].tolist() if "layer" in lexicon.columns else ["framing"] * len(lexicon)
    for term, frame, dim, match, layer in zip(*(lexicon[c].tolist() for c in ("term", "frame", "dimension",
                                                                                "match")), layers):
        entry = TermEntry(term, frame, dim, layer)
        pats = term_patterns(term, match == "exact")
        for p in pats[1:]:
            if p not in m:
                m.add(p, entry)
        later.append((pats[0], entry))
    for p, entry in later:
        m.add(p, entry)
    return m


@lru_cache(maxsize=1)
def _shipped_matcher() -> TermTrie:
    return compile_lexicon(shipped_lexicon())


_MATCH_COLUMNS = ["term", "frame", "dimension", "match", "layer"]
_COMPILED: dict[tuple[int, str], TermTrie] = {}  # memo by content digest: same rows, same trie
_COMPILED_MAX = 4


def matcher_for(lexicon: LexiconSource) -> TermTrie:
    """The compiled trie of a lexicon; compiled once per content (the pipeline calls frames() once
    per batch with the same lexicon), however it is given."""
    if lexicon is None:
        return _shipped_matcher()
    if not (isinstance(lexicon, pd.DataFrame) and set(_MATCH_COLUMNS) <= set(lexicon.columns)
            and "source" in lexicon.columns):
        lexicon = load_frame_lexicon(lexicon)   # (else already loaded and checked)
    key = table_digest(lexicon[_MATCH_COLUMNS])
    trie = _COMPILED.get(key)
    if trie is None:
        trie = compile_lexicon(lexicon)
        if len(_COMPILED) >= _COMPILED_MAX:
            _COMPILED.pop(next(iter(_COMPILED)))
        _COMPILED[key] = trie
    return trie
