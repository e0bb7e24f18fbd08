"""The words around names that decide how a name is used: the word lists of
``actor_words.csv`` and ``dates.csv`` (:func:`load_actor_words`), as the sets the rules read
(:class:`WordSets`), the possessive marks, and the common English words.

Example:
    >>> "president" in word_sets(None).titles, "’s" in POSSESSIVE
    (True, True)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from ..lexicons import DATE_KINDS, BuiltWords, date_words, load_words, read_word_table, words_by_kind
from ..resources import data_path

# Grammar, not lexicon: the words around names that decide how a name is used are in
# geolib/data/actor_words.csv and dates.csv (see WordSets); punctuation stays here.
#: the possessive marks ("China's", "the Joneses'") as tokens
POSSESSIVE = frozenset({"'s", "’s", "'", "’", "'S", "’S"})

#: kinds of ``geolib/data/actor_words.csv`` (its header says what each does); the weekdays and
#: months of ``dates.csv`` (:data:`geolib.lexicons.DATE_KINDS`) are read with them
ACTOR_WORD_KINDS: dict[str, None] = {"article": None, "place_before": None, "place_verb": None,
                                     "title_word": None, "before_state": None, "title": None,
                                     "connector": None, "org_word": None, "sub_national": None,
                                     "person_title": None, "local_title": None}
_WORD_KINDS = {**ACTOR_WORD_KINDS, **DATE_KINDS}


def load_actor_words(path_or_df: str | os.PathLike | pd.DataFrame | None = None, *,
                     user: str | os.PathLike | pd.DataFrame | None = None) -> pd.DataFrame:
    """The word lists :func:`actors` and :func:`candidate_actors` read around names (articles,
    titles, words that make a capital a place, weekdays and months), as a table kind, word,
    value, source (``source``: the file and line, or row, each word comes from).

    Args:
        path_or_df: a CSV file or DataFrame (columns kind, word) to use instead of the shipped
            lists (``geolib/data/actor_words.csv`` and ``dates.csv``).
        user: a CSV file or DataFrame (kind, word) on top: each row adds a word to its kind, a
            word written with a leading ``-`` removes it (``title,-former``).

    Pass the result to ``actors(..., words=...)`` or ``candidate_actors(..., words=...)``.
    Raises ``ValueError`` naming the file and line (or row) of an unknown kind or an empty word.

    Example:
        >>> extra = pd.DataFrame({"kind": ["title", "title"], "word": ["archduke", "-former"]})
        >>> w = load_actor_words(user=extra)
        >>> titles = set(w[w.kind == "title"].word)
        >>> "archduke" in titles, "former" in titles, "president" in titles
        (True, False, True)
    """
    return load_words(path_or_df, user, kind="actor words", kinds=_WORD_KINDS, shipped=shipped_words)


@lru_cache(maxsize=1)
def shipped_words() -> pd.DataFrame:
    """The shipped word lists (``actor_words.csv`` and ``dates.csv``) as one table."""
    own = read_word_table(data_path("actor_words.csv"), kind="actor words", kinds=ACTOR_WORD_KINDS)
    return pd.concat([own, date_words()], ignore_index=True)


@dataclass(frozen=True)
class WordSets:
    """The word lists of one call, as the sets the rules read (built once per word table; a
    user's lists travel with the call, never through module state)."""

    articles: frozenset[str]  # "the", "a", "an"
    place_before: frozenset[str]  # one or two words: "in", "visit to"
    place_verbs: frozenset[str]
    title_words: frozenset[str]  # title words and dates: may follow a state's name
    before_state: frozenset[str]
    titles: frozenset[str]
    title_words_or_titles: frozenset[str]
    connectors: frozenset[str]
    months_days: frozenset[str]  # weekdays and months, full names
    sub_national: frozenset[str]  # "state", "county": a generic body after them is not the state's
    person_titles: frozenset[str]  # "president", "sen": before a one-word organisation name, a surname
    local_titles: frozenset[str]  # "alderman", "councillor": a local office no national official holds
    #: this word table's part of a key in ``Document._memo`` (never equal to another's)
    memo_key: object = field(default_factory=object, compare=False)

    @classmethod
    def of(cls, table: pd.DataFrame) -> WordSets:
        by = words_by_kind(table)

        def kind(*names: str) -> frozenset[str]:
            return frozenset(w for n in names for w in by.get(n, ()))

        dates = kind("weekday", "month", "month_abbreviation")
        title_words, titles = kind("title_word") | dates, kind("title")
        return cls(articles=kind("article"), place_before=kind("place_before"),
                   place_verbs=kind("place_verb"), title_words=title_words,
                   before_state=kind("before_state"), titles=titles,
                   title_words_or_titles=title_words | titles, connectors=kind("connector"),
                   months_days=kind("weekday", "month"), sub_national=kind("sub_national"),
                   person_titles=kind("person_title"), local_titles=kind("local_title"))


_BUILT = BuiltWords(WordSets.of, columns=["kind", "word"])  # user tables, by content


def word_sets(words: pd.DataFrame | str | os.PathLike | None) -> WordSets:
    """The :class:`WordSets` of a word table from :func:`load_actor_words` (or a CSV path);
    default: the shipped lists."""
    if words is None:
        return _shipped_word_sets()
    return _BUILT.of(load_actor_words(words))


@lru_cache(maxsize=1)
def _shipped_word_sets() -> WordSets:
    return WordSets.of(shipped_words())

def common_words() -> frozenset[str]:
    """The 5,000 most frequent English words (wordfreq): a capital on one of them says little."""
    try:
        return _wordfreq_top()
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return frozenset()


@lru_cache(maxsize=1)
def _wordfreq_top() -> frozenset[str]:
    from wordfreq import top_n_list

    return frozenset(top_n_list("en", 5000))
