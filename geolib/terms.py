"""Multi-word names as one term: "Hong Kong" is counted as ``hong kong``, not ``hong`` + ``kong``.

Counting (:func:`geolib.frequencies`, :func:`geolib.keyness`) reads *runs*: consecutive words of
one sentence, each ``(start, end, norm, capitalised)``. :func:`join_names` merges the words of a
name in a run into one item whose offsets span the whole name (``text[start:end]`` is
``"Hong Kong"``) and whose norm is the name's words joined by a space.

The names (:func:`name_terms`) come from two places:

* the actor lexicon (``geolib/data/actors.csv``): every alias of two words or more, without a
  leading lower-case article ("the United States" gives ``united states``), whose capitalised
  words must be capitalised in the text ("United Kingdom of Great Britain": the lower-case "of"
  matches as written);
* the texts counted: a run of 2 to 4 capitalised words that occurs at least ``min_count`` times
  and is *always* capitalised where its words stand together ("Red Hat", "Dorsa Derakhshani";
  not "Prime Minister", which the texts also write in lower case), that does not begin or end
  with a stopword ("In Hong Kong" at the start of a sentence) and does not begin with a title
  (``kind == "title"`` in ``geolib/data/speaker_words.csv``: "President Trump" stays two terms).

Matching is greedy from left to right, the longest name first.

Example:
    >>> runs = [[(0, 4, "hong", True), (5, 9, "kong", True), (10, 16, "police", False)]]
    >>> names = NameTerms({("hong", "kong"): (True, True)})
    >>> join_names(runs[0], names)
    [(0, 9, 'hong kong', True), (10, 16, 'police', False)]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .lexicons import read_table
from .resources import data_path
from .text import normalize, stopwords

__all__ = ["NameTerms", "name_terms", "lexicon_names", "join_names", "NAME_MAX_WORDS"]

#: The longest name, in words, found in the texts (lexicon aliases may be longer).
NAME_MAX_WORDS = 4

Run = Sequence[tuple[int, int, str, bool]]


class NameTerms(dict):
    """Names to join: ``{words (norms): capitalised words required (a bool per word)}``, with
    ``longest`` (words of the longest name) and ``firsts`` (the first words of the names)."""

    def __init__(self, names: dict[tuple[str, ...], tuple[bool, ...]] | None = None) -> None:
        super().__init__(names or {})
        self.longest = max(map(len, self), default=0)
        self.firsts = frozenset(k[0] for k in self)

    def merged(self, other: dict[tuple[str, ...], tuple[bool, ...]]) -> NameTerms:
        """These names and ``other``'s (``other`` wins where both have a name)."""
        return NameTerms({**self, **other})


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """The titles of ``speaker_words.csv`` ("President", "Sen."): a run they open is no name."""
    table = read_table(data_path("speaker_words.csv"), kind="speaker words", required=("kind", "word"))
    return frozenset(normalize(w).rstrip(".") for k, w in zip(table.column("kind"), table.column("word"))
                     if k == "title")


def lexicon_names(lexicon=None) -> NameTerms:  # noqa: ANN001 - a DataFrame or a path
    """The multi-word aliases of an actor lexicon (the shipped one by default) as names.

    Example:
        >>> names = lexicon_names()
        >>> names[("united", "states")], ("kingdom", "of", "saudi", "arabia") in names
        ((True, True), True)
    """
    if lexicon is None:
        return _shipped_lexicon_names()
    return _lexicon_names(lexicon)


@lru_cache(maxsize=1)
def _shipped_lexicon_names() -> NameTerms:
    return _lexicon_names(None)


def _lexicon_names(lexicon) -> NameTerms:  # noqa: ANN001
    from .actors import load_actor_lexicon

    lex = load_actor_lexicon(lexicon) if lexicon is not None else load_actor_lexicon()
    out: dict[tuple[str, ...], tuple[bool, ...]] = {}
    for alias in lex["alias"].tolist():
        words = str(alias).split()
        while words and not words[0][:1].isupper():  # "the United States"
            words = words[1:]
        if len(words) < 2 or any("'" in w or "’" in w or "<" in w for w in words):
            continue  # (a clitic is a token of its own; "<n>" stands for a number)
        caps = tuple(w[:1].isupper() for w in words)
        if caps[0] and caps[-1]:
            out[tuple(normalize(w) for w in words)] = caps
    return NameTerms(out)


def name_terms(runs: Iterable[Run], *, min_count: int = 2, lexicon: bool = True) -> NameTerms:
    """The names to join in ``runs``: the actor lexicon's multi-word aliases (``lexicon=True``)
    and the runs of capitalised words that the texts always capitalise (see the module's
    docstring).

    Example:
        >>> runs = [[(0, 3, "red", True), (4, 7, "hat", True), (8, 12, "said", False)],
        ...         [(20, 23, "red", True), (24, 27, "hat", True)], [(30, 33, "red", False)]]
        >>> sorted(name_terms(runs, lexicon=False))
        [('red', 'hat')]
    """
    runs = list(runs)
    stops, titles = stopwords(), _titles()
    capped: Counter[tuple[str, ...]] = Counter()
    for run in runs:
        i, n = 0, len(run)
        while i < n:
            if not run[i][3]:
                i += 1
                continue
            j = i
            while j < n and run[j][3]:
                j += 1
            if j - i >= 2:  # a stretch of capitalised words: its n-grams
                norms = [w[2] for w in run[i:j]]
                for a in range(len(norms) - 1):
                    for b in range(a + 2, min(a + NAME_MAX_WORDS, len(norms)) + 1):
                        capped[tuple(norms[a:b])] += 1
            i = j
    cands = {g for g, c in capped.items() if c >= min_count and g[0] not in stops and g[-1] not in stops
             and g[0].rstrip(".") not in titles}
    if cands:  # always capitalised: never seen with a word in lower case
        firsts = {g[0] for g in cands}
        for run in runs:
            n = len(run)
            for i, w in enumerate(run):
                if w[2] not in firsts:
                    continue
                for b in range(i + 2, min(i + NAME_MAX_WORDS, n) + 1):
                    g = tuple(x[2] for x in run[i:b])
                    if g in cands and not all(x[3] for x in run[i:b]):
                        cands.discard(g)
    found = NameTerms({g: (True,) * len(g) for g in cands})
    return lexicon_names().merged(found) if lexicon else found


def join_names(run: Run, names: NameTerms) -> list[tuple[int, int, str, bool]]:
    """``run`` with the words of each name merged into one item ``(start of its first word, end
    of its last, norms joined by a space, True)``; greedy, longest name first."""
    if not names:
        return list(run)
    out = []
    i, n = 0, len(run)
    longest, firsts = names.longest, names.firsts
    while i < n:
        w = run[i]
        if w[3] and w[2] in firsts:
            for b in range(min(i + longest, n), i + 1, -1):
                g = tuple(x[2] for x in run[i:b])
                caps = names.get(g)
                if caps is not None and all(x[3] or not c for x, c in zip(run[i:b], caps)):
                    out.append((w[0], run[b - 1][1], " ".join(g), True))
                    i = b
                    break
            else:
                out.append(w)
                i += 1
        else:
            out.append(w)
            i += 1
    return out
