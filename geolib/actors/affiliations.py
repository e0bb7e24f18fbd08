"""What a mention's code and affiliation are: a person's term of office on the document's date
(``terms.csv``, hand-made, on top of ``phoenix_terms.csv``), with the party of that term, an
agency's own code and parent (``phoenix_agencies.csv``, ``agencies.csv``), and the office (sector)
a CAMEO-style code names.

Example:
    >>> term_at((Term("USAGOV", "United States", "2009-01-20", "2017-01-20", "Democratic Party"),),
    ...         iso_date("2010-03-01")).party
    'Democratic Party'
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, NamedTuple

import pandas as pd

from ..build_actors import sector as _sector
from ..lexicons import Table, read_table
from ..resources import data_path
from ..roles import load_roles
from ..text import fold, token_spans

#: sectors of the bodies a bare generic word ("the Senate", "Supreme Court") may name with no
#: state beside it: a state has one of each, where a bare "police" or "ministry" is as often a
#: city's or another state's
BARE_SECTORS = frozenset({"legislature", "judiciary"})

#: a CAMEO-style code: capital letters, three of the actor, then the office's ("USAGOVLEG", "IGOUNHCR")
CODE_PATTERN = re.compile(r"^[A-Z]{3}[A-Z]*$")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TERM_COLUMNS = ("person", "code", "affiliation", "party", "start", "end", "note", "agency")


class Term(NamedTuple):
    """One affiliation a person held: CAMEO-style code, the state (or organisation) it is of,
    ISO start and end ('' = open), the party of the person then ('' = none known) and ``rank``
    (1: the hand-made ``terms.csv``, which wins over the Phoenix conversion's 0 where both cover
    a date) and ``agency``, the state body of the office ('' = the state itself: a head of state
    or government, a legislator; a ministry for a minister: "Department for Transport")."""

    code: str
    affiliation: str
    start: str
    end: str
    party: str = ""
    rank: int = 0
    agency: str = ""


def _valid_day(text: str) -> bool:
    if not _ISO.match(text):
        return False
    try:
        pd.Timestamp(text)
    except (ValueError, TypeError):
        return False
    return True


def read_terms(source: Any, *, rank: int = 1) -> list[tuple[str, Term]]:
    """``(person, Term)`` of each row of a terms file (columns :data:`TERM_COLUMNS`; ``party``,
    ``note`` and ``agency`` may be missing), checked: a ``ValueError`` names the file and line of
    an empty person, a malformed code, a date that is not ISO ``YYYY-MM-DD``, a start after the
    end or an agency that is no body of the term's affiliation (``agencies.csv``).

    Example:
        >>> import io
        >>> read_terms(io.StringIO("person,code,affiliation,party,start,end\\n"
        ...                        "Jane Roe,USAELI,United States,Republican Party,2015-06-16,\\n"))[0][1].code
        'USAELI'
    """
    t: Table = read_table(source, kind="actor terms", required=("person", "code", "affiliation", "start", "end"),
                          columns=TERM_COLUMNS, entry=("term", "terms"))
    cols = [t.column(k) for k in ("person", "code", "affiliation", "start", "end", "party")]
    bodies = t.column("agency")
    if rank:  # the converted file is checked by its build; the hand-made one here
        known = agencies() if any(bodies) else {}
        for i, (p, c, a, s, e, party) in enumerate(zip(*cols)):
            if bodies[i] and (bodies[i] not in known or known[bodies[i]][1] != a):
                raise t.error(i, f"agency {bodies[i]!r} of {p!r} is no body of {a!r} (agencies.csv)")
            if not p:
                raise t.error(i, "empty person")
            if not CODE_PATTERN.match(c):
                raise t.error(i, f"code {c!r} of {p!r} is not CAMEO-style (capital letters, three "
                                 "of the actor, then the office's: USAGOV, USAGOVLEG)")
            for what, day in (("start", s), ("end", e)):
                if day and not _valid_day(day):
                    raise t.error(i, f"{what} {day!r} of {p!r} is not a date YYYY-MM-DD ('' = open)")
            if s and e and s > e:
                raise t.error(i, f"start {s} of {p!r} is after its end {e}")
    terms = map(Term._make, zip(*cols[1:], [rank] * len(t), bodies))  # tuple.__new__: no per-row Python call
    out = list(zip(cols[0], terms))
    return out


@lru_cache(maxsize=1)
def person_terms() -> dict[str, tuple[Term, ...]]:
    """Person -> each :class:`Term` they held (``phoenix_terms.csv`` and the hand-made
    ``terms.csv`` on top; ISO dates, '' = open), so a document's date picks one."""
    out: dict[str, list[Term]] = defaultdict(list)
    for name, rank in (("phoenix_terms.csv", 0), ("terms.csv", 1)):
        path = data_path(name)
        if path.is_file():
            for p, term in read_terms(path, rank=rank):
                out[p].append(term)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def person_parties() -> dict[str, str]:
    """Person -> the party of their latest term that names one: a person's party when the
    document has no date."""
    out: dict[str, str] = {}
    for p, terms in person_terms().items():
        best = max((t for t in terms if t.party), key=lambda t: (t.start, t.end or "9999"), default=None)
        if best is not None:
            out[p] = best.party
    return out


def party_on(person: str, day: str) -> str:
    """The party of ``person`` on ``day`` (ISO; '': their latest party), '' when none is known.

    Example:
        >>> party_on("Donald Trump", "2016-06-01"), party_on("Nobody Known", "")
        ('Republican Party', '')
    """
    if not day:
        return person_parties().get(person, "")
    terms = person_terms().get(person)
    if not terms:
        return ""
    t = term_at(terms, day)
    return t.party if t is not None else ""


def body_on(person: str, day: str) -> str:
    """The state body (``agency`` of ``terms.csv``: a minister's ministry) of ``person``'s term on
    ``day`` (ISO), '' when none is given -- and with no date (a portfolio changes too often to
    guess one: the text's title decides then, see :func:`with_role_bodies`).

    Example:
        >>> body_on("Grant Shapps", "2020-06-01"), body_on("Grant Shapps", "")
        ('Department for Transport', '')
    """
    terms = person_terms().get(person)
    if not terms or not day:
        return ""
    t = term_at(terms, day)
    return t.agency if t is not None else ""


def with_term_parties(found: Iterable[Any], day: str) -> tuple[Any, ...]:
    """Person mentions (``type`` person, no ``agency`` yet: a party or body the text gives wins)
    with the body of their term on ``day`` (a minister's ministry) as their ``agency``, else the
    party of that term, the way a party tie of the text is."""
    parties = person_parties()
    terms = person_terms()
    out = []
    for m in found:
        if m.type == "person" and not m.agency and m.actor in terms:
            agency = body_on(m.actor, day) or (party_on(m.actor, day) if m.actor in parties else "")
            if agency:
                m = m._replace(agency=agency)
        out.append(m)
    return tuple(out)


@lru_cache(maxsize=1)
def role_bodies() -> dict[str, str]:
    """Role phrase -> the generic word key of the body it belongs to (``roles.csv``'s ``body``:
    "transport secretary" -> "transport ministry")."""
    return {r: body_key(role.body) for r, role in load_roles().items() if role.body}


def with_role_bodies(found: Iterable[Any], text: str = "") -> tuple[Any, ...]:
    """The mentions of one document with the ministry a role names: a role mention a state owns
    ("Britain's transport secretary") and a known person the text gives such a role ("Transport
    Secretary Grant Shapps", of the state of their term) get as ``agency`` the state's body for the
    role's ``body`` in ``agencies.csv`` (:func:`body_agencies`); every mention of that person
    then has it too. A role of no state office on the date (a former minister) gets none, nor a
    title after an unknown capitalised name ("California Attorney General Jane Roe": the state
    of California's, not the United States Department of Justice).

    Example:
        >>> from geolib.actors import document_mentions
        >>> from geolib.document import Document
        >>> [(m.actor, m.agency) for m in document_mentions(Document(
        ...     "Britain's transport secretary Jane Roe spoke."))]
        [('United Kingdom', 'Department for Transport')]
    """
    found = tuple(found)
    keys = role_bodies()
    if not any(m.title in keys for m in found):
        return found
    bodies = body_agencies()
    people: dict[str, str] = {}
    out = []
    for m in found:
        key = keys.get(m.title)
        if key is not None and not m.agency:
            if m.kind == "role" and m.type == "state":
                agency = bodies.get((m.actor, key), "")
                if agency:
                    m = m._replace(agency=agency)
            elif m.type == "person" and m.affiliation and m.code[3:6] in STATE_LETTERS and \
                    not _sub_national(text, m.start, m.title, found):
                agency = bodies.get((m.affiliation, key), "")
                if agency:
                    m = m._replace(agency=agency)
                    people.setdefault(m.actor, agency)
        out.append(m)
    if people:
        out = [m._replace(agency=people[m.actor]) if m.type == "person" and not m.agency and
               m.actor in people else m for m in out]
    return tuple(out)


_WORD_BEFORE = re.compile(r"([A-Z][\w.'’-]*)\s+$")


def _sub_national(text: str, start: int, title: str, found: tuple[Any, ...]) -> bool:
    """Whether the title written before a person's name at ``start`` follows a capitalised word no
    mention but a place's covers ("California Attorney General"): a sub-national office."""
    if not text:
        return False
    before = text[max(0, start - 60 - len(title)):start]
    k = before.lower().rfind(title)
    if k <= 0:
        return False
    w = _WORD_BEFORE.search(before, 0, k)
    if w is None or w.group(1) in ("The", "A", "An"):
        return False
    at = start - len(before) + w.start(1)
    return not any(m.start <= at < m.end and m.type != "place" for m in found)


#: the first agent letters of a code of a state office (a candidate, a former minister -- ``USAELI``
#: -- holds none)
STATE_LETTERS = frozenset({"GOV", "MIL", "JUD", "COP", "SPY", "LEG"})


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


def term_at(terms: tuple[tuple[str, ...], ...], date: str) -> tuple[str, ...] | None:
    """The term covering ``date``: a hand-made one before a converted one (:attr:`Term.rank`),
    then the latest-starting; None when none covers it."""
    best, key = None, None
    for t in terms:
        if (not t[2] or t[2] <= date) and (not t[3] or date <= t[3]):
            k = (t[5] if len(t) > 5 else 0, t[2])
            if best is None or k > key:
                best, key = t, k
    return best


def between_terms(terms: tuple[tuple[str, ...], ...], date: str) -> tuple[str, str] | None:
    """``(code, affiliation)`` of a person on a date that no term covers but that comes after the
    end of one of their hand-made terms (``terms.csv``: rank 1): no office then (the letters
    ``ELI`` after the state's: a candidate between two offices, a former office holder), of the
    state of the last such term; None otherwise (before the first hand-made term, the person
    may have held an office ``terms.csv`` does not list; a converted term's end may be only
    where its source stops).

    Example:
        >>> t = (Term("USAELI", "United States", "2015-05-04", "2016-03-04", "", 1),
        ...      Term("USAGOV", "United States", "2017-03-02", "2021-01-20", "", 1))
        >>> between_terms(t, "2016-07-18"), between_terms(t, "2014-05-01")
        (('USAELI', 'United States'), None)
    """
    ended = [t for t in terms if len(t) > 5 and t[5] and t[3] and t[3] < date]
    if not ended or term_at(terms, date) is not None:
        return None
    last = max(ended, key=lambda t: t[3])
    return last[0][:3] + "ELI", last[1]


def before_terms(terms: tuple[tuple[str, ...], ...], date: str) -> tuple[str, str] | None:
    """``(code, affiliation)`` of a person on a date before every term the dictionaries give them
    (hand-made or converted, each with a start): no office from the dictionary then (the letters
    ``ELI`` after the state's: a candidate, an aide, a private person who took office later), of
    the state of the first term; None when a term covers the date or starts on or before it
    (see :func:`between_terms` for a date after a term). A state office's title the text writes
    before the name still says they held one then (:mod:`geolib.actors.office_dates`).

    Example:
        >>> t = (Term("USAGOV", "United States", "2017-01-20", "2017-07-21", "", 1),)
        >>> before_terms(t, "2016-05-05"), before_terms(t, "2017-03-01")
        (('USAELI', 'United States'), None)
    """
    if not terms or any(not t[2] or t[2] <= date for t in terms):
        return None
    first = min(terms, key=lambda t: t[2])
    return first[0][:3] + "ELI", first[1]


def after_terms(terms: tuple[tuple[str, ...], ...], date: str) -> tuple[str, str] | None:
    """``(code, affiliation)`` of a person on a date after the end of every term they held,
    converted ones too (a Phoenix term that ended when an administration did: a White House chief
    of staff of 2001 in a story of 2016), when the record is a career -- it gives the years
    before the first office too (an ``ELI`` term), so its last end is not just where a list of
    office holders stops: no office then (the state's ``ELI``), of the state of the last term;
    None otherwise, or when a term is open or ends on or after the date. A title the text writes
    does not bring the office back (a "President" of the past is written so in a story of today).

    Example:
        >>> t = (Term("USAELI", "United States", "1967-01-01", "1998-10-30"),
        ...      Term("USAGOV", "United States", "1998-10-30", "2001-01-20"))
        >>> after_terms(t, "2016-07-18"), after_terms(t[1:], "2016-07-18"), after_terms(t, "2000-05-01")
        (('USAELI', 'United States'), None, None)
    """
    if not terms or any(not t[3] or t[3] >= date for t in terms) or \
            not any(t[0][3:6] == "ELI" for t in terms):
        return None
    last = max(terms, key=lambda t: t[3])
    return last[0][:3] + "ELI", last[1]


def mention_specifics(o: dict[str, Any], day: str) -> tuple[str, str]:
    """The code and affiliation of a mention: a person's on the document's date (the one the
    lexicon gives without a date), an agency's own CAMEO-style code ("USACOP" for the FBI)."""
    if o["type"] == "person" and day and o["actor"]:
        terms = person_terms().get(o["actor"])
        if terms:
            t = term_at(terms, day)
            if t is None:
                t = between_terms(terms, day) or before_terms(terms, day) or after_terms(terms, day)
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
