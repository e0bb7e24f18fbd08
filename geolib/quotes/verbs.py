"""The reporting-verb lexicon (``geolib/data/reporting_verbs.csv``): one row per form, and the
cues indexed by their first word.

Example:
    >>> from geolib.quotes.verbs import reporting_verbs
    >>> reporting_verbs().loc[lambda d: d["form"] == "said", "lemma"].item()
    'say'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from ..lexicons import Table, read_table
from ..resources import data_path


@dataclass(frozen=True)
class Cue:
    words: tuple[str, ...]
    lemma: str
    group: str
    pos: str


@lru_cache(maxsize=None)
def verb_table() -> Table:
    """``geolib/data/reporting_verbs.csv`` as read."""
    return read_table(data_path("reporting_verbs.csv"), kind="reporting verbs",
                      required=("lemma", "forms", "group", "pos"),
                      columns=("lemma", "forms", "group", "pos", "invertible", "headline"),
                      entry=("verb", "verbs"))


@lru_cache(maxsize=None)
def reporting_verbs() -> pd.DataFrame:
    """The shipped reporting-verb lexicon, one row per form: form, lemma, group, pos.

    Example:
        >>> rv = reporting_verbs()
        >>> rv.loc[rv["form"] == "denied", "group"].item()
        'critical'
    """
    rows = []
    t = verb_table()
    for lemma, forms, group, pos in zip(t.column("lemma"), t.column("forms"), t.column("group"),
                                        t.column("pos")):
        for form in forms.split("|"):
            form = form.strip().lower()
            if form:
                rows.append((form, lemma, group, pos))
    return pd.DataFrame(rows, columns=["form", "lemma", "group", "pos"]).drop_duplicates("form")


@lru_cache(maxsize=None)
def cues_by_first_word() -> dict[str, list[Cue]]:
    idx: dict[str, list[Cue]] = {}
    for form, lemma, group, pos in reporting_verbs().itertuples(index=False):
        if pos == "noun":
            continue
        words = tuple(form.split())
        idx.setdefault(words[0], []).append(Cue(words, lemma, group, pos))
    for k in idx:
        idx[k].sort(key=lambda c: -len(c.words))
    return idx
