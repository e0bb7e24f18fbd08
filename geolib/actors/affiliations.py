"""What a mention's code and affiliation are: a person's term of office on the document's date
(``phoenix_terms.csv``), an agency's own code and parent (``phoenix_agencies.csv``,
``agencies.csv``), and the office (sector) a CAMEO-style code names.

Example:
    >>> term_at((("USAGOV", "United States", "2009-01-20", "2017-01-20"),), iso_date("2010-03-01"))
    ('USAGOV', 'United States', '2009-01-20', '2017-01-20')
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Any

import pandas as pd

from ..build_actors import sector as _sector
from ..lexicons import read_table
from ..resources import data_path
from ..text import fold, token_spans

#: sectors of the bodies a bare generic word ("the Senate", "Supreme Court") may name with no
#: state beside it: a state has one of each, where a bare "police" or "ministry" is as often a
#: city's or another state's
BARE_SECTORS = frozenset({"legislature", "judiciary"})

@lru_cache(maxsize=1)
def person_terms() -> dict[str, tuple[tuple[str, str, str, str], ...]]:
    """Person -> the (code, affiliation, start, end) of each affiliation they held
    (``phoenix_terms.csv``; ISO dates, '' = open), so a document's date picks one."""
    path = data_path("phoenix_terms.csv")
    if not path.is_file():
        return {}
    t = read_table(path, kind="actor terms", required=("person", "code", "affiliation", "start", "end"))
    out: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for p, c, a, s, e in zip(*(t.column(k) for k in ("person", "code", "affiliation", "start", "end"))):
        out[p].append((c, a, s, e))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def agencies() -> dict[str, tuple[str, str, str]]:
    """Agency -> (CAMEO-style code, parent, sector), from ``phoenix_agencies.csv`` and the
    agencies of ``agencies.csv`` (hand-made, on top)."""
    out: dict[str, tuple[str, str, str]] = {}
    for name in ("phoenix_agencies.csv", "agencies.csv"):
        path = data_path(name)
        if path.is_file():
            t = read_table(path, kind="agency list", required=("agency", "code", "parent"))
            for a, c, p, s in zip(*(t.column(k) for k in ("agency", "code", "parent", "sector"))):
                out[a] = (c, p, s)
    return out


def body_key(text: str) -> str:
    """The key of a generic body word: its words folded and lower-cased, a leading "the" dropped.

    Example:
        >>> body_key("the  House"), body_key("Foreign Ministry")
        ('house', 'foreign ministry')
    """
    words = [fold(text[s:e]).lower() for s, e, kind in token_spans(text) if kind != "punct"]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def read_bodies(path: Any) -> tuple[dict[tuple[str, str], str], dict[str, bool]]:
    """An agency list's generic words (its ``generic`` column): (parent, word key) -> agency,
    and word key -> whether it needs "the" before it to name a body with no state beside it
    (the word written with "the": "the House", not "House prices"), for the words of bodies of a
    :data:`BARE_SECTORS` sector. Two agencies of one parent for one word are a ``ValueError``
    naming the file and line.

    Example:
        >>> import io
        >>> bodies, bare = read_bodies(io.StringIO("agency,code,parent,sector,generic\\n"
        ...     "Senate of Ruritania,RURGOVLEG,Ruritania,legislature,Senate|the Upper House\\n"))
        >>> bodies[("Ruritania", "upper house")], bare
        ('Senate of Ruritania', {'senate': False, 'upper house': True})
    """
    t = read_table(path, kind="agency list", required=("agency", "code", "parent"))
    out: dict[tuple[str, str], str] = {}
    at: dict[tuple[str, str], int] = {}
    bare: dict[str, bool] = {}
    sectors = t.column("sector")
    for line, a, p, g, sec in zip(t.lines, t.column("agency"), t.column("parent"),
                                  t.column("generic"), sectors):
        for word in filter(None, (w.strip() for w in g.split("|"))):
            key = body_key(word)
            k = (p, key)
            if k in out and out[k] != a:
                raise ValueError(f"agency list {t.source}, line {line}: generic word {word!r} of "
                                 f"{p!r} already names {out[k]!r} (line {at[k]})")
            out[k] = a
            at.setdefault(k, line)
            if sec in BARE_SECTORS:
                article = key != " ".join(fold(word).lower().split())
                bare[key] = bare.get(key, True) and article
    return out, bare


@lru_cache(maxsize=1)
def _shipped_bodies() -> tuple[dict[tuple[str, str], str], dict[str, bool]]:
    path = data_path("agencies.csv")
    return read_bodies(path) if path.is_file() else ({}, {})


def body_agencies() -> dict[tuple[str, str], str]:
    """(parent, generic word key) -> the agency a generic word of ``actors.csv`` names when the
    context gives the parent (``agencies.csv``, see :func:`read_bodies`): ("China", "foreign
    ministry") -> "Ministry of Foreign Affairs of China"."""
    return _shipped_bodies()[0]


def bare_bodies() -> dict[str, bool]:
    """The generic word keys that may name a legislature or top court with no state beside it
    -> whether they need "the" before them (``agencies.csv``, see :func:`read_bodies`)."""
    return _shipped_bodies()[1]


def iso_date(value: Any) -> str:
    """A document date as ``YYYY-MM-DD`` ('' when there is none or it cannot be read).

    Example:
        >>> iso_date("2004-05-17T10:00"), iso_date("17 May 2004"), iso_date(None)
        ('2004-05-17', '2004-05-17', '')
    """
    if value is None or value == "" or (isinstance(value, float) and value != value):
        return ""
    text = str(value).strip()
    if re.match(r"^\d{4}-\d{2}-\d{2}", text):
        return text[:10]
    try:
        return pd.Timestamp(value).strftime("%Y-%m-%d")
    except (ValueError, TypeError, OverflowError):
        return ""


def term_at(terms: tuple[tuple[str, str, str, str], ...], date: str
             ) -> tuple[str, str, str, str] | None:
    """The term covering ``date`` (the latest-starting one if several), or None."""
    best = None
    for t in terms:
        if (not t[2] or t[2] <= date) and (not t[3] or date <= t[3]):
            if best is None or t[2] > best[2]:
                best = t
    return best


def mention_specifics(o: dict[str, Any], day: str) -> tuple[str, str]:
    """The code and affiliation of a mention: a person's on the document's date (the one the
    lexicon gives without a date), an agency's own CAMEO-style code ("USACOP" for the FBI)."""
    if o["type"] == "person" and day and o["actor"]:
        terms = person_terms().get(o["actor"])
        if terms:
            t = term_at(terms, day)
            if t is not None:
                o["code"], o["affiliation"] = t[0], t[1]
    elif o["agency"]:
        info = agencies().get(o["agency"])
        if info is not None and info[1] == o["actor"]:
            o["code"] = info[0]
    return o["code"], o["affiliation"]


def mention_levels(o: dict[str, Any]) -> tuple[str, str, str, str]:
    """agency, parent, level and office of a mention (see :data:`MENTION_COLUMNS`)."""
    if o["agency"]:
        info = agencies().get(o["agency"])
        return o["agency"], o["actor"], "agency", info[2] if info is not None else ""
    if o["type"] == "person":
        return "", o["affiliation"], "person", office_of(o["code"], o["affiliation"])
    return "", "", o["type"], ""


@lru_cache(maxsize=4096)
def office_of(code: str, affiliation: str = "") -> str:
    """The sector a CAMEO-style code names after its actor's letters: 'government', 'military',
    'legislature' ... ('' when it names none).

    Example:
        >>> office_of("GBRGOVJUD"), office_of("USALEG"), office_of("CHN")
        ('judiciary', 'legislature', '')
    """
    rest = code[3:] if len(code) > 3 and not code.startswith(("IGO", "NGO", "NSA")) else ""
    return _sector(rest)
