"""One-pass phrase matching over tokens: a token trie, leftmost-longest, no overlaps.

Both the actor and the framing lexicons are matched with :class:`PhraseMatcher` (frames through a
subclass that remembers what it learns per token text). Each text position is looked up in a
dictionary, so the cost of a match grows with the length of the text and of the longest phrase,
not with the number of phrases in the lexicon. :func:`step` and :func:`entry_of` are the walk
through the trie one token at a time, for callers that walk it themselves.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

__all__ = ["PhraseMatcher", "step", "entry_of", "END"]

_END = object()  # key under which a trie node stores its pattern's value
END = _END  #: what :func:`entry_of` returns when no node ends a pattern
_FIRST_MEMO = 200_000  # distinct first-token keys remembered per matcher (see PhraseMatcher.match_at)


def step(frontier: list[dict], keys: Sequence[Hashable]) -> list[dict]:
    """The trie nodes reached from ``frontier`` by one token with these keys, in order, once each.

    Example:
        >>> m = PhraseMatcher(); m.add(("cold", "war"), "CW")
        >>> entry_of(step(step([m.root], ("cold",)), ("war", "wars")))
        'CW'
    """
    nxt: list[dict] = []
    for node in frontier:
        for key in keys:
            child = node.get(key)
            if child is not None and child not in nxt:
                nxt.append(child)
    return nxt


def entry_of(nodes: list[dict]) -> Any:
    """The value of the first node that ends a pattern (at equal length it wins), or :data:`END`."""
    for node in nodes:
        if _END in node:
            return node[_END]
    return _END


class PhraseMatcher:
    """A trie of token sequences.

    Example:
        >>> m = PhraseMatcher()
        >>> m.add(("cold", "war"), "COLD_WAR")
        >>> m.add(("cold", "war", "mentality"), "MENTALITY")
        >>> m.find([("a",), ("cold",), ("war",), ("mentality",)])
        [(1, 4, 'MENTALITY')]
    """

    def __init__(self) -> None:
        self._root: dict[Any, Any] = {}
        # keys of a first token -> (whether a pattern is that token alone, the keys a second
        # token may have): see match_at
        self._first: dict[tuple, tuple[bool, frozenset]] = {}
        self._size = 0

    def __len__(self) -> int:
        return self._size

    def add(self, pattern: Sequence[Hashable], value: Any) -> None:
        """Add a pattern (a non-empty sequence of token keys); a second add of it replaces the value."""
        if not pattern:
            raise ValueError("a pattern needs at least one token")
        self._first.clear()
        node = self._root
        for key in pattern:
            node = node.setdefault(key, {})
        if _END not in node:
            self._size += 1
        node[_END] = value

    def __contains__(self, pattern: Sequence[Hashable]) -> bool:
        node = self._root
        for key in pattern:
            node = node.get(key)
            if node is None:
                return False
        return _END in node

    @property
    def root(self) -> dict[Any, Any]:
        """The trie's root node (nested dicts keyed by token keys), for :func:`step`."""
        return self._root

    @property
    def first_keys(self) -> Any:
        """The keys that start some pattern, as a read-only set-like view: a token none of whose
        keys is in it starts no match (``first_keys.isdisjoint(token_keys)``)."""
        return self._root.keys()

    def match_at(self, keys: Sequence[Sequence[Hashable]], i: int, stop: int | None = None
                 ) -> tuple[int, Any] | None:
        """The longest match starting at token ``i`` and ending at or before token ``stop``
        (default: the end of ``keys``), as ``(end_token_exclusive, value)``, or ``None``.

        :meth:`find` is this at every position; a caller that knows which tokens may start a
        match (see :attr:`first_keys`) and where sentences end can call it at those tokens only.
        """
        n = len(keys) if stop is None else stop
        if i >= n:
            return None
        # Most tries at a possible start ("the", "to", "I") end at the next token: answered from
        # what the first token's keys lead to (worked out once per distinct keys), without the walk.
        first = keys[i]
        if isinstance(first, tuple):
            quick = self._first.get(first)
            if quick is None:
                quick = self._first_step(first)
            if not quick[0] and (i + 1 >= n or quick[1].isdisjoint(keys[i + 1])):
                return None
        best: tuple[int, Any] | None = None
        frontier = [self._root]
        j = i
        # step() and entry_of() written out: this loop runs at every possible start of a match
        while j < n:
            nxt: list[dict] = []
            for node in frontier:
                for key in keys[j]:
                    child = node.get(key)
                    if child is not None and child not in nxt:
                        nxt.append(child)
            if not nxt:
                break
            frontier = nxt
            j += 1
            for node in frontier:
                if _END in node:
                    best = (j, node[_END])
                    break
        return best

    def _first_step(self, first: tuple) -> tuple[bool, frozenset]:
        """(whether some pattern is one token with keys ``first``, the keys a second token must
        have to go on), remembered (a bounded memo, emptied by :meth:`add`)."""
        kids = [c for c in map(self._root.get, first) if c is not None]
        quick = (any(_END in c for c in kids), frozenset(k for c in kids for k in c if k is not _END))
        if len(self._first) >= _FIRST_MEMO:
            self._first.clear()
        self._first[first] = quick
        return quick

    def find(self, keys: Sequence[Sequence[Hashable]], *, overlapping: bool = False
             ) -> list[tuple[int, int, Any]]:
        """Matches as ``(first_token, end_token_exclusive, value)``.

        ``keys`` holds, for each token, the keys it may match as (e.g. its text and its lower
        case). Leftmost-longest and non-overlapping, unless ``overlapping`` is true, in which case
        the longest match starting at every token is returned.
        """
        out: list[tuple[int, int, Any]] = []
        n = len(keys)
        starts_nothing = self._root.keys().isdisjoint  # most tokens start no pattern: one C call
        match_at = self.match_at
        i = 0
        while i < n:
            if starts_nothing(keys[i]):
                i += 1
                continue
            best = match_at(keys, i, n)
            if best is not None:
                out.append((i, best[0], best[1]))
                i = i + 1 if overlapping else best[0]
            else:
                i += 1
        return out
