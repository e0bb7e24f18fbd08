"""Actors: which states, organisations, groups and people a story brings in, under every name.

The shipped lexicon ``geolib/data/actors.csv`` has one row per alias::

    actor,type,code,affiliation,alias,kind,case_sensitive
    China,state,CHN,,Beijing,metonym,1
    Xi Jinping,person,CHNGOV,China,Xi,person,1

* ``type``: ``state``, ``organisation``, ``group`` (armed and political groups), ``person`` or
  ``place`` (regions, seas, territories: they are matched so that their names do not leak into an
  actor -- "South China Sea" is not China -- and are left out of :func:`actors` unless
  ``places=True``).
* ``code``: ISO 3166-1 alpha-3 for states (``XKX`` for Kosovo), so results join with GDELT-style
  data; CAMEO-style codes elsewhere: ``IGO`` + a tag for intergovernmental bodies (``IGONAT``
  NATO, ``IGOEEC`` European Union, ``IGOUNO`` United Nations, ``IGOUNOSEC`` its Security
  Council), ``NGO`` + tag for non-governmental organisations, ``NSA`` + tag for non-state armed
  groups (``NSAHMS`` Hamas); people get the code of the actor they speak for plus a role
  (``CHNGOV`` government, ``CHNMIL`` military, ``CHNOPP`` opposition, ``USALEG`` legislature).
* ``affiliation``: for people (and bodies of an organisation) the actor they speak for.
* ``kind`` of alias: ``name``, ``official``, ``abbreviation``, ``metonym`` (capitals and seats:
  Beijing, Brussels), ``demonym`` (Chinese), ``institution`` (the Kremlin, the State Department;
  rows with actor ``*`` are generic institutions -- "Foreign Ministry", "embassy" -- that count
  only right after an actor: "China's Foreign Ministry", "the Chinese embassy", "Ministry of
  Defence of Russia"), ``person`` (full names and surnames that are unambiguous alone),
  ``short`` (a surname that counts only after the full name: "Wang" after "Wang Yi"),
  ``description`` ("the alliance": counts only when its actor is named in the same text; ``<n>``
  stands for any number, as in "the <n>-nation alliance").
* ``case_sensitive``: 1 = capitalised words must match exactly ("US" is not "us"; lower-case
  words of the alias, like "the", still match in any case), 0 = any case.

The words around names that decide how a name is used (titles, articles, the words that make a
capital a place, weekdays and months) are in ``geolib/data/actor_words.csv`` and ``dates.csv``;
:func:`load_actor_words` reads them, with a user's additions, for ``actors(..., words=...)``.

Example:
    >>> df = actors("China’s Foreign Ministry condemned NATO. Beijing said the alliance lies.")
    >>> df[["text", "actor", "kind"]].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
    [['China’s Foreign Ministry', 'China', 'institution'], ['NATO', 'NATO', 'abbreviation'],
     ['Beijing', 'China', 'metonym'], ['alliance', 'NATO', 'description']]
"""

from __future__ import annotations

import bisect
import os
import re
import warnings
from collections import Counter, defaultdict, namedtuple
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from .build_actors import sector as _sector
from .decoding import GeolibWarning
from .document import Document, iter_documents
from .grouping import doc_rows, rows_by_doc
from .lexicons import (DATE_KINDS, Table, date_words, BuiltWords, load_words, read_table, read_word_table,
                       words_by_kind)
from .matching import PhraseMatcher
from .resources import data_path, table_digest
from .roles import resolve_roles
from .segments import keep_roles
from .text import fold, stopwords, token_spans

__all__ = ["load_actor_lexicon", "load_actor_words", "actors", "candidate_actors", "candidate_lexicon",
           "write_candidate_lexicon", "office_of", "actor_counts",
           "cooccurrence", "cooccurrence_matrix", "first_mentions", "plot_actor_ranking",
           "plot_cooccurrence", "LEXICON_COLUMNS", "MENTION_COLUMNS", "ACTOR_WORD_KINDS"]

LEXICON_COLUMNS = ["actor", "type", "code", "affiliation", "alias", "kind", "case_sensitive",
                   "agency"]
MENTION_COLUMNS = ["doc_id", "start", "end", "text", "actor", "type", "code", "affiliation", "kind",
                   "sentence", "paragraph", "role", "agency", "parent", "level", "office", "title",
                   "person"]
#: values of the mention column ``level``: how specific the actor named is
LEVELS = ("state", "organisation", "group", "agency", "person", "place")
TYPES = ("state", "organisation", "group", "person", "place")
KINDS = ("name", "official", "abbreviation", "metonym", "demonym", "institution", "person", "short",
         "description")
GENERIC = "*"  # actor of generic institution rows ("Foreign Ministry")
_REQUIRED = ("actor", "type", "alias")
_TRUE = {"1", "true", "yes", "y", "t"}
_FALSE = {"0", "false", "no", "n", "f", ""}

# Grammar, not lexicon: the words around names that decide how a name is used are in
# geolib/data/actor_words.csv and dates.csv (see _Words); punctuation stays here.
_POSSESSIVE = frozenset({"'s", "’s", "'", "’", "'S", "’S"})
# After these a capital says nothing either: "((WN)) Well ...", "Update: Officials ..."
_OPENING_PUNCT = frozenset({")", "]", ":", "—", "–", "-", "--", "...", "…", ";", "•", "*"})
_SHAPE = re.compile(r"^\d+-([^\W\d_]+)$")
_NUM_WILDCARD = "<n>"


# ====================================================================== lexicon

def _read_table(src: Any, name: str = "DataFrame") -> Table:
    """A raw actor lexicon (all strings), each row with its line (file) or row (DataFrame)."""
    return read_table(src, kind="actor lexicon", required=_REQUIRED, columns=LEXICON_COLUMNS,
                      entry=("alias", "aliases"), name=name)


_Row = namedtuple("_Row", LEXICON_COLUMNS)


def _validate(table: Table) -> pd.DataFrame:
    where, unit, lines = table.source, table.unit, table.lines
    defaults = {"kind": "name"}
    cols = [table.column(c, defaults.get(c, "")) for c in LEXICON_COLUMNS]
    seen: dict[str, tuple[str, str, int]] = {}
    alias_at: dict[tuple[str, int], tuple[str, int]] = {}  # alias key -> (actor, line) of a direct alias
    cs_out = []
    for i, row in enumerate(map(_Row._make, zip(*cols))):  # plain lists: many times faster than itertuples
        at = lines[i]
        pos = f"{unit} {at}"
        actor, typ, alias, kind = row.actor, row.type.lower(), row.alias, (row.kind or "name").lower()
        if not actor:
            raise ValueError(f"actor lexicon {where}, {pos}: empty actor (alias {alias!r})")
        if not alias:
            raise ValueError(f"actor lexicon {where}, {pos}: empty alias for actor {actor!r}")
        if not any(c.isalnum() for c in alias):
            raise ValueError(f"actor lexicon {where}, {pos}: alias {alias!r} for actor {actor!r} has "
                             f"no letter or digit (it would match punctuation)")
        if kind not in KINDS:
            raise ValueError(f"actor lexicon {where}, {pos}: unknown kind {row.kind!r} "
                             f"(one of {', '.join(KINDS)})")
        if actor == GENERIC:
            if kind != "institution":
                raise ValueError(f"actor lexicon {where}, {pos}: actor '*' is only for generic "
                                 f"institutions (kind institution), not {kind!r}")
        elif typ not in TYPES:
            raise ValueError(f"actor lexicon {where}, {pos}: unknown type {row.type!r} for "
                             f"{actor!r} (one of {', '.join(TYPES)})")
        cs = str(row.case_sensitive).strip().lower()
        if cs not in _TRUE | _FALSE:
            raise ValueError(f"actor lexicon {where}, {pos}: case_sensitive must be 0 or 1, "
                             f"not {row.case_sensitive!r}")
        cs_out.append(1 if cs in _TRUE or (cs == "" and _default_cs(alias, kind)) else 0)
        if _stopwords_only(alias) and not _acronym_or_short(alias, kind, cs_out[-1]):
            raise ValueError(f"actor lexicon {where}, {pos}: alias {alias!r} for actor {actor!r} is "
                             f"only stop words (it would match every {alias.lower()!r}); use a "
                             "longer alias, or an acronym in capitals with case_sensitive 1")
        # One alias for two actors is ambiguous, except a short form ("Kim") or a description
        # ("the bloc"): those are resolved by the actor named most recently before them.
        if actor != GENERIC and kind not in ("short", "description"):
            key = (fold(alias) if cs_out[-1] else _alias_key(alias), cs_out[-1])
            other = alias_at.get(key)
            if other is not None and other[0] != actor:
                raise ValueError(f"actor lexicon {where}, {pos}: alias {alias!r} of {actor!r} is "
                                 f"already an alias of {other[0]!r} at {unit} {other[1]} (one alias "
                                 f"for two actors; use kind 'short' or 'description' if context "
                                 f"should decide)")
            alias_at.setdefault(key, (actor, at))
        if actor != GENERIC:
            prev = seen.get(actor)
            if prev is None:
                seen[actor] = (typ, row.code, at)
            elif (prev[0], prev[1]) != (typ, row.code):
                raise ValueError(f"actor lexicon {where}, {pos}: conflicting type/code for "
                                 f"{actor!r}: {typ}/{row.code or '-'} here, {prev[0]}/{prev[1] or '-'} "
                                 f"at {unit} {prev[2]}")
    df = pd.DataFrame(dict(zip(LEXICON_COLUMNS, cols)), dtype=str)
    df["type"] = df["type"].str.lower()
    df["kind"] = df["kind"].replace("", "name").str.lower()
    df["case_sensitive"] = cs_out
    return df


def _stopwords_only(alias: str) -> bool:
    """Whether every word of an alias is a stop word ("the", "of the"); punctuation is ignored.

    Example:
        >>> _stopwords_only("the"), _stopwords_only("The Hague"), _stopwords_only("No 10")
        (True, False, False)
    """
    words = [fold(alias[s:e]).lower() for s, e, kind in token_spans(alias) if kind != "punct"]
    return bool(words) and all(w in _stopword_set() for w in words)


def _acronym_or_short(alias: str, kind: str, cs: int) -> bool:
    """A case-sensitive alias of stop words that still names someone: an acronym in capitals
    ("US", "WHO") or a short form, which counts only after the full name ("He" of He Lifeng)."""
    return bool(cs) and (kind == "short" or any(len(w) > 1 and w.isupper() for w in alias.split()))


@lru_cache(maxsize=1)
def _stopword_set() -> frozenset[str]:
    return stopwords()


def _default_cs(alias: str, kind: str) -> bool:
    if kind == "description" or alias == alias.lower():
        return False
    return kind == "abbreviation" or len(alias.split()) == 1


def load_actor_lexicon(path_or_df: str | os.PathLike | pd.DataFrame | None = None, *,
                       user: str | os.PathLike | pd.DataFrame | None = None) -> pd.DataFrame:
    """The actor lexicon as a validated DataFrame (columns :data:`LEXICON_COLUMNS`).

    Args:
        path_or_df: a CSV file or DataFrame to use instead of the shipped lexicon.
        user: a CSV file or DataFrame added on top: its aliases replace the same aliases of the
            base lexicon, and its type/code/affiliation for an actor win.

    Raises ``ValueError`` naming the line (file) or row (DataFrame) of a malformed entry:
    missing columns, an empty file, empty alias or actor, an alias without letters or digits,
    unknown type or kind, one actor with two types/codes, one alias (same case-sensitivity) for
    two actors unless both are of kind ``short`` or ``description`` (context decides those).
    A ``user`` alias that is also in the base lexicon is no error: the user's wins.

    Example:
        >>> lex = load_actor_lexicon(user=pd.DataFrame({"actor": ["Acme Corp"],
        ...     "type": ["organisation"], "alias": ["Acme"]}))
        >>> lex[lex.alias == "Acme"][["actor", "kind", "case_sensitive"]].values.tolist()
        [['Acme Corp', 'name', 1]]
    """
    base = _shipped_lexicon().copy() if path_or_df is None else _validate(_read_table(path_or_df))
    if user is None:
        return base
    extra = _validate(_read_table(user, "(user) DataFrame"))
    replaced = {_alias_key(a) for a in extra["alias"].tolist()}
    base = base[[_alias_key(a) not in replaced for a in base["alias"].tolist()]].copy()
    # the user's type/code/affiliation (of an actor's first user row) win for base actors too;
    # one vectorised pass: a per-actor loop over the base costs minutes for a big user lexicon
    first = extra[extra.actor != GENERIC].drop_duplicates("actor").set_index("actor")
    users = set(first.index.tolist())
    mask = pd.Series([a in users for a in base["actor"].tolist()], index=base.index, dtype=bool)
    if mask.any():
        who = base.loc[mask, "actor"]
        base.loc[mask, "type"] = who.map(first["type"]).to_numpy()
        base.loc[mask, "code"] = who.map(first["code"]).to_numpy()
        aff = who.map(first["affiliation"])
        aff = aff[aff != ""]
        base.loc[aff.index, "affiliation"] = aff.to_numpy()
    return pd.concat([base, extra], ignore_index=True)


@lru_cache(maxsize=1)
def _shipped_lexicon() -> pd.DataFrame:
    """``actors.csv`` with the Phoenix conversion (``phoenix_actors.csv``) beneath it: an alias
    of both is the hand-made one's (an institution row there takes the Phoenix row's agency
    when both name the same actor), and a person of both keeps the hand-made type, code and
    affiliation."""
    base = _validate(_read_table(data_path("actors.csv")))
    path = data_path("phoenix_actors.csv")
    if not path.is_file():
        return base
    return _under(base, _validate(_read_table(path)))


def _under(base: pd.DataFrame, extra: pd.DataFrame) -> pd.DataFrame:
    """``extra``'s rows beneath ``base`` (see :func:`_shipped_lexicon`)."""
    keys = [_alias_key(a) for a in base["alias"].tolist()]
    at = dict(zip(keys, range(len(keys))))
    b_actor, b_kind = base["actor"].tolist(), base["kind"].tolist()
    agency = base["agency"].tolist()
    keep = []
    for i, (a, act, ag) in enumerate(zip(extra["alias"].tolist(), extra["actor"].tolist(),
                                         extra["agency"].tolist())):
        j = at.get(_alias_key(a))
        if j is None:
            keep.append(i)
        elif ag and not agency[j] and b_actor[j] == act and b_kind[j] == "institution":
            agency[j] = ag
    base = base.assign(agency=agency)
    extra = extra.iloc[keep]
    first = base[base.actor != GENERIC].drop_duplicates("actor").set_index("actor")
    mine = extra["actor"].isin(first.index)
    if mine.any():
        extra = extra.copy()
        who = extra.loc[mine, "actor"]
        for col in ("type", "code", "affiliation"):
            extra.loc[mine, col] = who.map(first[col]).to_numpy()
    return pd.concat([base, extra], ignore_index=True)


@lru_cache(maxsize=1)
def _terms() -> dict[str, tuple[tuple[str, str, str, str], ...]]:
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
def _agencies() -> dict[str, tuple[str, str, str]]:
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


@lru_cache(maxsize=1)
def _genders() -> tuple[dict[str, str], dict[str, str]]:
    """First names and gendered titles (``gender_words.csv``) -> 'm' or 'f'."""
    t = read_table(data_path("gender_words.csv"), kind="gender words", required=("word", "gender", "kind"))
    first, titles = {}, {}
    for w, g, k in zip(t.column("word"), t.column("gender"), t.column("kind")):
        if k == "first_name":
            first[w] = g
        elif k == "gendered_title":
            titles[w.rstrip(".")] = g
    return first, titles


def _iso_date(value: Any) -> str:
    """A document date as ``YYYY-MM-DD`` ('' when there is none or it cannot be read).

    Example:
        >>> _iso_date("2004-05-17T10:00"), _iso_date("17 May 2004"), _iso_date(None)
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


def _term_at(terms: tuple[tuple[str, str, str, str], ...], date: str
             ) -> tuple[str, str, str, str] | None:
    """The term covering ``date`` (the latest-starting one if several), or None."""
    best = None
    for t in terms:
        if (not t[2] or t[2] <= date) and (not t[3] or date <= t[3]):
            if best is None or t[2] > best[2]:
                best = t
    return best


def _alias_key(alias: str) -> str:
    return fold(alias).lower()


# ====================================================================== word lists

#: kinds of ``geolib/data/actor_words.csv`` (its header says what each does); the weekdays and
#: months of ``dates.csv`` (:data:`geolib.lexicons.DATE_KINDS`) are read with them
ACTOR_WORD_KINDS: dict[str, None] = {"article": None, "place_before": None, "place_verb": None,
                                     "title_word": None, "before_state": None, "title": None,
                                     "connector": None, "org_word": None}
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
    return load_words(path_or_df, user, kind="actor words", kinds=_WORD_KINDS, shipped=_shipped_words)


@lru_cache(maxsize=1)
def _shipped_words() -> pd.DataFrame:
    own = read_word_table(data_path("actor_words.csv"), kind="actor words", kinds=ACTOR_WORD_KINDS)
    return pd.concat([own, date_words()], ignore_index=True)


@dataclass(frozen=True)
class _Words:
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
    #: this word table's part of a key in ``Document._memo`` (never equal to another's)
    memo_key: object = field(default_factory=object, compare=False)

    @classmethod
    def of(cls, table: pd.DataFrame) -> _Words:
        by = words_by_kind(table)

        def kind(*names: str) -> frozenset[str]:
            return frozenset(w for n in names for w in by.get(n, ()))

        dates = kind("weekday", "month", "month_abbreviation")
        title_words, titles = kind("title_word") | dates, kind("title")
        return cls(articles=kind("article"), place_before=kind("place_before"),
                   place_verbs=kind("place_verb"), title_words=title_words,
                   before_state=kind("before_state"), titles=titles,
                   title_words_or_titles=title_words | titles, connectors=kind("connector"),
                   months_days=kind("weekday", "month"))


_BUILT = BuiltWords(_Words.of, columns=["kind", "word"])  # user tables, by content


def _word_sets(words: pd.DataFrame | str | os.PathLike | None) -> _Words:
    """The :class:`_Words` of a word table from :func:`load_actor_words` (or a CSV path);
    default: the shipped lists."""
    if words is None:
        return _shipped_word_sets()
    return _BUILT.of(load_actor_words(words))


@lru_cache(maxsize=1)
def _shipped_word_sets() -> _Words:
    return _Words.of(_shipped_words())




# ====================================================================== compiling

class _Compiled:
    """The lexicon as a phrase matcher plus per-row arrays."""

    def __init__(self, lex: pd.DataFrame) -> None:
        self.rows = lex.reset_index(drop=True)
        self.actor = self.rows["actor"].tolist()
        self.type = self.rows["type"].tolist()
        self.code = self.rows["code"].tolist()
        self.aff = self.rows["affiliation"].tolist()
        self.kind = self.rows["kind"].tolist()
        self.agency = self.rows["agency"].tolist() if "agency" in self.rows else [""] * len(self.rows)
        self.matcher = PhraseMatcher()
        self.token_keys: set[tuple[str, str]] = set()
        patterns: dict[tuple, list[int]] = defaultdict(list)
        for i, (alias, cs) in enumerate(zip(self.rows["alias"], self.rows["case_sensitive"])):
            pat = self._pattern(alias, bool(cs))
            if pat:
                patterns[pat].append(i)
        for pat, idx in patterns.items():
            self.matcher.add(pat, tuple(idx))
            self.token_keys.update(pat)
        self.actor_info: dict[str, tuple[str, str, str]] = {}
        for a, t, c, f in zip(self.actor, self.type, self.code, self.aff):
            if a != GENERIC:
                self.actor_info.setdefault(a, (t, c, f))
        self._keys: dict[str, tuple[tuple[str, str], ...]] = {}
        #: this lexicon's key in ``Document._memo`` (a fresh object: never equal to another's)
        self.memo_key = ("actors", object())
        self._rows_info: dict[tuple[int, ...], _Rows] = {}

    def rows_info(self, rows: tuple[int, ...]) -> _Rows:
        """What the rows of one alias (a matcher value) say, worked out once per alias."""
        got = self._rows_info.get(rows)
        if got is None:
            got = self._rows_info[rows] = _Rows.of(self, rows)
        return got

    def keys(self, tok: str) -> tuple[tuple[str, str], ...]:
        """The keys of a token that occur in some pattern (memoised per token text), so that
        matching a document costs the same whatever the size of the lexicon: the big lexicon
        tables are consulted once per distinct word, not once per token. The keys of a token
        that starts some pattern come as a :class:`_StartKeys`, so that finding where matches
        may start is one type check per token."""
        got = self._keys.get(tok)
        if got is None:
            got = tuple(k for k in _token_keys(tok) if k in self.token_keys)
            if got and not self.matcher.first_keys.isdisjoint(got):
                got = _StartKeys(got)
            if len(self._keys) >= _KEYS_MEMO:
                self._keys.clear()
            self._keys[tok] = got
        return got

    @staticmethod
    def _pattern(alias: str, cs: bool) -> tuple:
        text = alias.replace(_NUM_WILDCARD, "0")
        keys = []
        for s, e, kind in token_spans(text):
            tok = text[s:e]
            m = _SHAPE.match(tok)
            if m and kind == "word" and alias.count(_NUM_WILDCARD):
                keys.append(("n", m.group(1).lower()))
            elif cs and any(ch.isupper() for ch in tok):
                keys.append(("c", fold(tok)))
            else:
                keys.append(("i", fold(tok).lower()))
        return tuple(keys)


class _StartKeys(tuple):
    """The keys of a token (see :meth:`_Compiled.keys`) of which one starts some pattern."""

    __slots__ = ()


class _Rows(NamedTuple):
    """The lexicon rows of one alias, sorted out for :func:`_find_mentions`."""

    weak: bool  # every row a description or short form: the alias names nobody outright
    generic: bool  # every row a generic institution ("Foreign Ministry")
    named: tuple[tuple[str, bool], ...]  # (actor, is a person) of each row naming its actor
    direct: dict[str, int]  # actor -> first row, of the rows naming their actor (row order)
    shorts: dict[str, int]  # the same for short forms ("Wang" after "Wang Yi")
    descs: dict[str, int]  # the same for descriptions ("the alliance")

    @classmethod
    def of(cls, comp: _Compiled, rows: tuple[int, ...]) -> _Rows:
        kinds, actor = comp.kind, comp.actor
        direct = [r for r in rows if kinds[r] not in ("description", "short")
                  and actor[r] != GENERIC]

        def first_rows(sel: list[int]) -> dict[str, int]:
            out: dict[str, int] = {}
            for r in sel:
                out.setdefault(actor[r], r)
            return out

        return cls(weak=all(kinds[r] in ("description", "short") for r in rows),
                   generic=all(actor[r] == GENERIC for r in rows),
                   named=tuple((actor[r], comp.type[r] == "person") for r in direct),
                   direct=first_rows(direct),
                   shorts=first_rows([r for r in rows if kinds[r] == "short"]),
                   descs=first_rows([r for r in rows if kinds[r] == "description"]))


def _token_keys(tok: str) -> tuple[tuple[str, str], ...]:
    st = fold(tok)
    keys = [("c", st), ("i", st.lower())]
    if len(st) >= 4 and st.isupper() and st.isalpha():  # CHINA in a shouting headline
        keys.append(("c", st.title()))
    m = _SHAPE.match(st)
    if m:
        keys.append(("n", m.group(1).lower()))
    return tuple(keys)


_KEYS_MEMO = 200_000  # distinct token texts remembered per compiled lexicon
_COMPILED: dict[tuple[int, str], _Compiled] = {}  # memo by content hash: same rows, same matcher


def _compiled(lexicon: pd.DataFrame | str | os.PathLike | None) -> _Compiled:
    if lexicon is None:
        return _compiled_shipped()
    if not isinstance(lexicon, pd.DataFrame):
        lexicon = load_actor_lexicon(lexicon)
    if list(lexicon.columns[:len(LEXICON_COLUMNS) - 1]) != LEXICON_COLUMNS[:-1] or \
            not pd.api.types.is_integer_dtype(lexicon["case_sensitive"]):
        lexicon = load_actor_lexicon(lexicon)
    if "agency" not in lexicon.columns:
        lexicon = lexicon.assign(agency="")
    lexicon = lexicon[LEXICON_COLUMNS]
    key = table_digest(lexicon)
    comp = _COMPILED.get(key)
    if comp is None:
        comp = _Compiled(lexicon)
        if len(_COMPILED) >= 8:
            _COMPILED.pop(next(iter(_COMPILED)))
        _COMPILED[key] = comp
    return comp


@lru_cache(maxsize=1)
def _compiled_shipped() -> _Compiled:
    _terms(), _agencies()  # read with the lexicon, not in the middle of a corpus run
    return _Compiled(_shipped_lexicon())


# ====================================================================== recognition

_HYPHENS = "-‐‑"
_HYPHEN_PARTS = re.compile(r"([-‐‑])")
_START = itemgetter(0)  # of a token span (start, end, kind, sentence)
_SENT = itemgetter(3)
_WORDISH = ("word", "number")


class _Tok:
    __slots__ = ("start", "end", "text", "sent", "kind")

    def __init__(self, start: int, end: int, text: str, sent: int, kind: str) -> None:
        self.start, self.end, self.text, self.sent, self.kind = start, end, text, sent, kind


class _Toks(NamedTuple):
    """The tokens actors are matched on, as parallel lists (no object per token).

    ``spans`` holds ``(start, end, kind, sentence)`` per token -- the document's own
    ``token_spans`` list when no word was split, so it must never be changed -- ``texts`` their
    texts and ``hyphens`` the indices of the hyphens split off words (kind ``hyphen``).
    """

    spans: list[tuple[int, int, str, int]]
    texts: list[str]
    hyphens: list[int]


def _pseudo_tokens(doc: Document, comp: _Compiled) -> _Toks:
    """Document tokens, with hyphenated words split when only their parts are names
    ("China-Russia" -> China, Russia; "Indo-Pacific" stays whole)."""
    text = doc.text
    spans = doc.token_spans
    texts = [text[s:e] for s, e, _, _ in spans]
    split = _words_to_split(text, spans, texts, comp)
    if not split:
        return _Toks(spans, texts, [])
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
    return _Toks(out_spans, out_texts, hyphens)


def _words_to_split(text: str, spans: list[tuple[int, int, str, int]], texts: list[str],
                    comp: _Compiled) -> list[int]:
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


def _is_cap(kind: str, text: str) -> bool:
    """A word with a capital first letter (and some letter)."""
    return kind == "word" and text[:1].isupper() and any(c.isalpha() for c in text)


def _is_cap_word(t: _Tok) -> bool:
    return _is_cap(t.kind, t.text)


class _Mention(NamedTuple):
    """One actor mention of a document: the columns of :func:`actors` but the doc_id."""

    start: int
    end: int
    text: str
    actor: str
    type: str
    code: str
    affiliation: str
    kind: str
    sentence: int
    paragraph: int
    role: str
    agency: str = ""
    parent: str = ""
    level: str = ""
    office: str = ""
    title: str = ""  # the role the text gives a person ("foreign secretary"; see geolib.roles)
    person: str = ""  # the name of the person of a role mention ('' when the text gives none)


def _doc_mentions(doc: Document, comp: _Compiled, wl: _Words, date: Any = None
                  ) -> tuple[tuple[_Mention, ...], tuple[tuple[int, int], ...]]:
    """All mentions of one document (every role, places included), and the spans the lexicon
    knows (for :func:`candidate_actors`).

    The result is memoised in ``doc._memo`` under the lexicon's and the word lists' ``memo_key`` (the pipeline's
    quotes stage asks again for every role after the actors stage asked for the body); it is
    made of tuples, so no caller can change what the next one gets.
    """
    memo = getattr(doc, "_memo", None)
    day = _iso_date(date if date is not None else doc.meta.get("date"))
    key = (comp.memo_key, wl.memo_key, day)
    if memo is not None:
        hit = memo.get(key)
        if hit is not None and hit[0] is doc.text:  # the text object it was found in
            return hit[1], hit[2]
    found, known = _find_mentions(doc, comp, wl, day)
    found = resolve_roles(doc, found, _Mention)  # titles and roles: geolib.roles
    if memo is not None:
        memo[key] = (doc.text, found, known)
    return found, known


def _match(toks: _Toks, comp: _Compiled) -> list[tuple[int, int, tuple[int, ...]]]:
    """Lexicon matches ``(first_token, end_token, rows)``: leftmost-longest, non-overlapping,
    within sentences (what ``comp.matcher.find`` gives sentence by sentence), tried only at the
    tokens whose keys start some alias."""
    spans = toks.spans
    memo, keys_of = comp._keys, comp.keys
    keys = [k if (k := memo.get(x)) is not None else keys_of(x) for x in toks.texts]
    for k in toks.hyphens:
        keys[k] = ()
    start_keys = _StartKeys
    match_at = comp.matcher.match_at
    raw: list[tuple[int, int, tuple[int, ...]]] = []
    free = 0  # first token not inside the last match
    for i in [i for i, k in enumerate(keys) if type(k) is start_keys]:
        if i < free:
            continue
        hit = match_at(keys, i)
        # The longest match overall is the longest in the sentence when it ends inside it, so
        # the sentence's end is looked up only for a match that runs on into the next sentence.
        if hit is not None and spans[hit[0] - 1][3] != spans[i][3]:
            hit = match_at(keys, i, bisect.bisect_right(spans, spans[i][3], lo=i, key=_SENT))
        if hit is not None:
            raw.append((i, hit[0], hit[1]))
            free = hit[0]
    return raw


def _find_mentions(doc: Document, comp: _Compiled, wl: _Words, day: str = ""
                   ) -> tuple[tuple[_Mention, ...], tuple[tuple[int, int], ...]]:
    """:func:`_doc_mentions`, without the memo."""
    articles = wl.articles
    toks = _pseudo_tokens(doc, comp)
    spans, texts = toks.spans, toks.texts
    n = len(spans)
    info = comp.rows_info
    raw = [(a, b, info(rows)) for a, b, rows in _match(toks, comp)]
    kinds = comp.kind
    covered = [False] * n  # tokens inside a name the lexicon knows (not a mere description)
    for a, b, rows in raw:
        if rows.weak:
            continue
        for k in range(a, b):
            covered[k] = True

    def sentence_first(k: int) -> bool:
        """Whether token k is the first word or number of its sentence (its capital says
        nothing)."""
        si = spans[k][3]
        j = bisect.bisect_left(spans, si, hi=k, key=_SENT)
        while spans[j][2] not in _WORDISH:
            j += 1
        return j == k

    roles = doc.paragraph_spans
    sent_para = [p for _, _, p in doc.sentence_spans]

    def role_of(k: int) -> str:
        return roles[sent_para[spans[k][3]]][2] if roles else "body"

    def same_sentence(j: int, k: int) -> bool:
        return 0 <= j < n and spans[j][3] == spans[k][3]

    ment: list[dict[str, Any]] = []
    for a, b, rows in raw:
        a0 = a
        while a < b - 1 and texts[a].lower() in articles:
            a += 1
        ment.append({"a": a, "b": b, "a0": a0, "rows": rows, "start": spans[a][0],
                     "end": spans[b - 1][1]})

    # 1. which actors are named outright (not by a description, short form or generic word)
    named_at: dict[str, list[int]] = defaultdict(list)
    full_person_at: dict[str, list[int]] = defaultdict(list)
    full_name_at: dict[str, list[tuple[int, int]]] = defaultdict(list)  # (start, sentence) of full names
    for m in ment:
        for actor, person in m["rows"].named:
            named_at[actor].append(m["start"])
            if person:
                full_person_at[actor].append(m["start"])
                if m["b"] - m["a"] > 1:
                    full_name_at[actor].append((m["start"], spans[m["a"]][3]))
    first_names, gtitles = _genders()
    # people of a surname the lexicon does not know ("Melania" of "Melania Trump"), by surname:
    # (start, sentence, first name), in text order
    bearers: dict[str, list[tuple[int, int, str]]] = defaultdict(list)

    capitalised: dict[int, bool] = {}

    def headline(si: int) -> bool:
        """Whether most words of sentence ``si`` are capitalised words the lexicon does not know
        (a headline in title case)."""
        got = capitalised.get(si)
        if got is None:
            lo = bisect.bisect_left(spans, si, key=_SENT)
            hi = bisect.bisect_right(spans, si, lo=lo, key=_SENT)
            words = [k for k in range(lo, hi) if spans[k][2] == "word"]
            caps = sum(1 for k in words if texts[k][:1].isupper() and not covered[k])
            got = capitalised[si] = len(words) >= 4 and caps > 0.5 * len(words)
        return got

    def gender(actor: str) -> str | None:
        return first_names.get(actor.split()[0].lower()) if actor else None

    def word_before(k: int) -> str:
        j = k - 1
        if j >= 0 and texts[j] == "." and same_sentence(j, k):
            j -= 1
        return fold(texts[j]).lower().rstrip(".") if same_sentence(j, k) else ""

    def last_full(cand: str | tuple[int, int, str], before: int) -> tuple[int, int]:
        if isinstance(cand, tuple):
            return cand[0], cand[1]
        pos = full_name_at.get(cand, ())
        i = bisect.bisect_left(pos, (before, -1))
        return pos[i - 1] if i else (-1, -1)

    def surname(idx: int, m: dict[str, Any], rows: _Rows) -> tuple[int | None, str]:
        """A one-word name of a person: (row, '') when the context names one person, (None,
        'other') for someone else of that surname ("Melania" Trump), (None, 'ambiguous') when
        several people of the article share it and nothing decides, (None, '') for nobody."""
        a = m["a"]
        persons = [act for act, person in rows.named if person]
        cands: list[Any] = [p for p in persons]
        cands += [p for p in rows.shorts if p not in cands and last_full(p, m["start"])[0] >= 0]
        sur = texts[a]
        j = a - 1
        if j >= 0 and same_sentence(j, a) and _is_cap(spans[j][2], texts[j]) and not covered[j]:
            low = fold(texts[j]).lower()
            if low not in wl.titles and low not in wl.title_words_or_titles and \
                    low not in articles and low.rstrip(".") not in gtitles and \
                    role_of(a) not in ("title", "heading") and not headline(spans[a][3]) and \
                    (low in first_names or low not in _common_words() and not sentence_first(j)):
                bearers[sur].append((m["start"], spans[a][3], low))
                return None, "other"
        others = bearers.get(sur, [])
        title = word_before(a)
        g = gtitles.get(title)
        if g:
            cands = [p for p in cands if gender(p) in (g, None)]
            others = [o for o in others if first_names.get(o[2]) in (g, None)]
        pool = cands + [o for o in others if o[2] not in {gender_key(p) for p in cands}]
        if not pool:
            return None, "ambiguous" if g and (persons or rows.shorts) else ""
        if len(pool) > 1 and title in wl.titles and cands:  # "President Trump": the official
            pool = cands if len(cands) == 1 else pool
        if len(pool) > 1:
            # the one fully named in this sentence or the one before, when the others were last
            # named fully three sentences or more before
            sent = spans[a][3]
            last = [last_full(p, m["start"]) for p in pool]
            near = [p for p, (pos, si) in zip(pool, last) if pos >= 0 and si >= sent - 1]
            far = all(pos >= 0 and si <= sent - 3 or pos < 0 for p, (pos, si) in zip(pool, last)
                      if p not in near)
            pool = near if len(near) == 1 and far else pool
        if len(pool) > 1:
            return None, "ambiguous"
        pick = pool[0]
        if isinstance(pick, tuple):
            return None, "other"
        return (rows.direct.get(pick, rows.shorts.get(pick)), "")

    def gender_key(actor: str) -> str:
        return actor.split()[0].lower() if actor else ""

    def latest(cands: Iterable[str], before: int, table: dict[str, list[int]],
               anywhere: bool) -> str | None:
        best, best_pos = None, -1
        for c in cands:
            pos = table.get(c, ())
            i = bisect.bisect_left(pos, before)  # the lists are in text order: no scan of them all
            if i and pos[i - 1] > best_pos:
                best, best_pos = c, pos[i - 1]
        if best is None and anywhere:
            for c in cands:
                if table.get(c):
                    return c
        return best

    out: list[dict[str, Any]] = []
    unknown_names: set[int] = set()  # mentions that are part of a longer name the lexicon lacks
    used: set[int] = set()  # mentions reported (a short form or description that names nobody is not)
    for idx, m in enumerate(ment):
        rows = m["rows"]
        a, b = m["a"], m["b"]
        row = None
        if rows.generic:
            continue  # generic institutions are resolved below, with the mention before them
        if b - a == 1 and (rows.shorts or any(p for _, p in rows.named)) and \
                (rows.shorts or len(rows.direct) == 1):
            row, why = surname(idx, m, rows)
            if why == "other":
                unknown_names.add(idx)
                continue
            if why == "ambiguous":
                out.append({"start": m["start"], "end": m["end"], "actor": "", "type": "person",
                            "code": "", "affiliation": "", "kind": "ambiguous", "agency": "",
                            "a": a, "b": b, "a0": m["a0"]})
                used.add(idx)
                continue
            if row is None and rows.descs:
                pick = latest(rows.descs, m["start"], named_at, True)
                row = rows.descs[pick] if pick is not None else None
            if row is None:
                continue
        elif rows.direct:
            actors_ = list(rows.direct)
            pick = actors_[0] if len(actors_) == 1 else (
                latest(actors_, m["start"], named_at, False) or actors_[0])
            row = rows.direct[pick]
        else:
            if rows.shorts:
                pick = latest(rows.shorts, m["start"], full_person_at, False)
                if pick is not None:
                    row = rows.shorts[pick]
            if row is None and rows.descs:
                pick = latest(rows.descs, m["start"], named_at, True)
                if pick is not None:
                    row = rows.descs[pick]
            if row is None:
                continue
        kind = kinds[row]
        actor, typ, code, aff = comp.actor[row], comp.type[row], comp.code[row], comp.aff[row]
        # the tokens around the mention, in its sentence (-1: none)
        prev = a - 1 if same_sentence(a - 1, a) else -1
        prev2 = a - 2 if same_sentence(a - 2, a) else -1
        nxt = b if same_sentence(b, b - 1) else -1
        role = role_of(a)
        # a state's one-word name inside a longer unknown name: "Washington Post", "New Mexico"
        if (typ == "state" or kind == "demonym") and b - a == 1 and \
                role not in ("title", "heading"):
            if nxt >= 0 and _is_cap(spans[nxt][2], texts[nxt]) and not covered[b] and \
                    fold(texts[nxt]).lower() not in wl.title_words:
                unknown_names.add(idx)
                continue
            if prev >= 0 and _is_cap(spans[prev][2], texts[prev]) and not covered[a - 1] and \
                    not sentence_first(prev) and \
                    fold(texts[prev]).lower() not in wl.before_state:
                unknown_names.add(idx)
                continue
            # "Bank of China", "Observatoire de Paris": the state ends an unknown name
            if kind in ("name", "metonym") and prev >= 0 and prev2 >= 0 and \
                    texts[prev] in ("of", "de", "du", "des") and \
                    _is_cap(spans[prev2][2], texts[prev2]) and \
                    not covered[a - 2] and not sentence_first(prev2) and \
                    fold(texts[prev2]).lower() not in wl.title_words_or_titles:
                unknown_names.add(idx)
                continue
            # "US$6 million": a currency
            if nxt >= 0 and spans[nxt][0] == m["end"] and texts[nxt][:1] == "$":
                continue
        # "US-based", "Moscow-based": a place
        based = b - a == 1 and nxt >= 0 and spans[nxt][2] == "hyphen" and b + 1 < n and \
            texts[b + 1].lower() == "based"
        # a capital city used as a place: "a summit in Washington", "visited Beijing"
        if typ == "state" and (based or kind == "metonym" and not (
                nxt >= 0 and texts[nxt] in _POSSESSIVE)):
            p1 = texts[prev].lower() if prev >= 0 else ""
            p2 = f"{texts[prev2].lower()} {p1}" if prev2 >= 0 else ""
            if p1 in wl.place_before or p2 in wl.place_before or p1 in wl.place_verbs or based:
                actor, typ, kind, aff = doc.text[m["start"]:m["end"]], "place", "place", actor
        out.append({"start": m["start"], "end": m["end"], "actor": actor, "type": typ,
                    "code": code, "affiliation": aff, "kind": kind, "agency": comp.agency[row],
                    "a": a, "b": b, "a0": m["a0"]})
        used.add(idx)

    # 2. generic institutions: "China's Foreign Ministry", "the Chinese embassy",
    #    "the Ministry of Defence of Russia" -> one institution mention of that actor
    by_end = {o["b"]: o for o in out}
    by_start = {o["a0"]: o for o in out}
    by_start.update({o["a"]: o for o in out})
    drop: set[int] = set()
    for m in ment:
        if not m["rows"].generic:
            continue
        a, b = m["a"], m["b"]
        owner = None
        j = m["a0"]
        if j > 0 and texts[j - 1] in _POSSESSIVE:
            j -= 1
        cand = by_end.get(j)
        if cand is not None and cand["type"] in ("state", "organisation", "group") and \
                spans[cand["a"]][3] == spans[a][3] and cand["kind"] != "institution":
            owner = cand
            start = cand["start"]
            end = m["end"]
        elif b + 1 < n and texts[b].lower() == "of":
            cand = by_start.get(b + 1)
            if cand is not None and cand["type"] in ("state", "organisation", "group") and \
                    spans[cand["a"]][3] == spans[a][3] and cand["kind"] != "institution":
                owner = cand
                start = m["start"]
                end = cand["end"]
        if owner is None:
            continue
        drop.add(id(owner))
        out.append({"start": start, "end": end, "actor": owner["actor"], "type": owner["type"],
                    "code": owner["code"], "affiliation": owner["affiliation"],
                    "kind": "institution", "agency": "",
                    "a": min(a, owner["a"]), "b": max(b, owner["b"])})
    out = [o for o in out if id(o) not in drop]
    out.sort(key=lambda o: o["start"])
    text = doc.text
    found = tuple(_Mention(o["start"], o["end"], text[o["start"]:o["end"]], o["actor"], o["type"],
                           *_specifics(o, day), o["kind"], spans[o["a"]][3],
                           sent_para[spans[o["a"]][3]], role_of(o["a"]), *_levels(o))
                  for o in out)
    known = tuple((spans[m["a0"]][0], m["end"]) for i, m in enumerate(ment)
                  if i not in unknown_names and (i in used or not m["rows"].weak))
    return found, known


def _specifics(o: dict[str, Any], day: str) -> tuple[str, str]:
    """The code and affiliation of a mention: a person's on the document's date (the one the
    lexicon gives without a date), an agency's own CAMEO-style code ("USACOP" for the FBI)."""
    if o["type"] == "person" and day and o["actor"]:
        terms = _terms().get(o["actor"])
        if terms:
            t = _term_at(terms, day)
            if t is not None:
                o["code"], o["affiliation"] = t[0], t[1]
    elif o["agency"]:
        info = _agencies().get(o["agency"])
        if info is not None and info[1] == o["actor"]:
            o["code"] = info[0]
    return o["code"], o["affiliation"]


def _levels(o: dict[str, Any]) -> tuple[str, str, str, str]:
    """agency, parent, level and office of a mention (see :data:`MENTION_COLUMNS`)."""
    if o["agency"]:
        info = _agencies().get(o["agency"])
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


_INT_COLUMNS = {"start": "int64", "end": "int64", "sentence": "int64", "paragraph": "int64"}


def _mention_frame(doc_ids: list[str], found: list[_Mention]) -> pd.DataFrame:
    """The table of :func:`actors`, built once from column lists (integer columns as int64
    arrays, text columns as pandas' "str"; with no rows, "object" text columns as always)."""
    if not found:
        return pd.DataFrame([], columns=MENTION_COLUMNS).astype(_INT_COLUMNS)
    cols = dict(zip(MENTION_COLUMNS, [doc_ids, *map(list, zip(*found))]))
    for c in _INT_COLUMNS:
        cols[c] = np.array(cols[c], dtype="int64")
    return pd.DataFrame(cols)


def actors(doc_or_corpus: Any, *, lexicon: pd.DataFrame | str | os.PathLike | None = None,
           roles: Iterable[str] | str | None = ("body",), places: bool = False,
           words: pd.DataFrame | str | os.PathLike | None = None, date: Any = None,
           unresolved: bool = False) -> pd.DataFrame:
    """One row per actor mention: doc_id, start, end, text, actor, type, code, affiliation,
    kind, sentence, paragraph, role, agency, parent, level, office.

    ``agency`` names the sub-state body a mention names ("Federal Bureau of Investigation"; its
    ``actor`` stays the state, its ``code`` is the body's CAMEO-style code, ``USACOP``);
    ``parent`` is what the mention rolls up to (an agency's state, a person's affiliation);
    ``level`` is ``agency``, ``person`` or the actor's type; ``office`` a person's sector from
    the code (``government``, ``legislature``, ``military`` ...) or an agency's.

    Args:
        doc_or_corpus: text, a path, a Document, a Corpus, or an iterable of them.
        lexicon: a lexicon from :func:`load_actor_lexicon` (or a CSV path); default: shipped.
        roles: parts of the article to report (``None``: all, captions and notes included).
        places: also report regions and places ("South China Sea", "Washington" as a place).
        words: word lists from :func:`load_actor_words` (articles, titles, the words that make a
            capital a place); default: the shipped ones.
        date: the date the texts speak of (``"2004-05-17"``), which picks the affiliation of a
            person who held several; default: each document's ``date`` metadata, and without
            one the best-supported affiliation.
        unresolved: also report bare surnames that several people of the article share and
            nothing in the context decides (kind ``ambiguous``, actor empty).

    The table's ``attrs["words"]`` holds the number of words in those parts per document, which
    :func:`actor_counts` uses for rates; ``attrs["chars"]`` holds each document's length.

    A Document remembers its mentions (all parts, places included) per lexicon, so asking again
    with other ``roles`` or ``places`` costs only the filtering and the table.

    Example:
        >>> actors("Putin met Xi Jinping in Moscow. Xi said China and Russia agree.")[
        ...     ["text", "actor", "affiliation"]].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
        [['Putin', 'Vladimir Putin', 'Russia'], ['Xi Jinping', 'Xi Jinping', 'China'],
         ['Xi', 'Xi Jinping', 'China'], ['China', 'China', ''], ['Russia', 'Russia', '']]
    """
    comp = _compiled(lexicon)
    wl = _word_sets(words)
    keep = keep_roles(roles)
    doc_ids: list[str] = []
    rows: list[_Mention] = []
    words: dict[str, int] = {}
    chars: dict[str, int] = {}
    for doc in _documents(doc_or_corpus):
        try:
            found, _ = _doc_mentions(doc, comp, wl, date)
        except Exception as err:  # never crash a corpus run on one odd text
            warnings.warn(f"actors: skipped document {doc.doc_id!r}: {err}", GeolibWarning,
                          stacklevel=2)
            found = ()
        words[doc.doc_id] = doc.words(roles=None if keep is None else tuple(keep))
        chars[doc.doc_id] = len(doc.text)
        kept = _select(found, keep, places, unresolved)
        rows += kept
        doc_ids += [doc.doc_id] * len(kept)
    df = _mention_frame(doc_ids, rows)
    df.attrs["words"] = words
    df.attrs["chars"] = chars
    return df


def _select(found: Iterable[_Mention], keep: set[str] | None, places: bool,
            unresolved: bool = False) -> list[_Mention]:
    """The mentions in the roles kept, places only if asked for, surnames that several people
    share (kind ``ambiguous``, no actor) only if asked for."""
    return [o for o in found if (keep is None or o.role in keep) and (places or o.type != "place")
            and (unresolved or o.kind != "ambiguous")]


def mentions_by_doc(doc_or_corpus: Any, mentions: pd.DataFrame | None = None, *,
                    roles: Iterable[str] | str | None = ("body",)) -> Iterator[tuple[Document, pd.DataFrame]]:
    """Each document with its actor mentions: the rows of ``mentions`` for it (a table made
    before, grouped once), or :func:`actors` of the document when ``mentions`` is None.

    Example:
        >>> [(d.doc_id, m.actor.tolist()) for d, m in mentions_by_doc(["China met NATO."])]
        [('0', ['China', 'NATO'])]
    """
    by_doc = rows_by_doc(mentions) if mentions is not None and "doc_id" in mentions.columns else None
    for doc in iter_documents(doc_or_corpus):
        yield doc, (actors(doc, roles=roles) if mentions is None else doc_rows(mentions, doc.doc_id, by_doc))


def document_mentions(doc: Document, *, lexicon: pd.DataFrame | str | os.PathLike | None = None,
                      roles: Iterable[str] | str | None = ("body",), places: bool = False,
                      words: pd.DataFrame | str | os.PathLike | None = None,
                      date: Any = None) -> list[_Mention]:
    """The rows :func:`actors` gives for one Document, as named tuples (fields: the columns but
    doc_id), without building a table -- for stages that only read the mentions (the speakers'
    actors of :mod:`geolib.quotes`): after :func:`actors` on the same Document and lexicon
    this costs only the filtering. Errors are raised (:func:`actors` warns and skips instead).

    Example:
        >>> [(m.text, m.actor) for m in document_mentions(Document("Beijing and NATO met."))]
        [('Beijing', 'China'), ('NATO', 'NATO')]
    """
    found, _ = _doc_mentions(doc, _compiled(lexicon), _word_sets(words), date)
    return _select(found, keep_roles(roles), places)


# ====================================================================== unknown names

def _common_words() -> frozenset[str]:
    try:
        return _wordfreq_top()
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return frozenset()


@lru_cache(maxsize=1)
def _wordfreq_top() -> frozenset[str]:
    from wordfreq import top_n_list

    return frozenset(top_n_list("en", 5000))


def candidate_actors(doc_or_corpus: Any, *, lexicon: pd.DataFrame | str | os.PathLike | None = None,
                     roles: Iterable[str] | str | None = ("body",), top: int | None = None,
                     words: pd.DataFrame | str | os.PathLike | None = None) -> pd.DataFrame:
    """Capitalised names that matched nothing in the lexicon, most frequent first.

    Sentence-initial common words ("Officials", "The"), titles ("President"), months and
    weekdays are skipped, so what is left are names a user may want to add to the lexicon.
    ``words``: word lists from :func:`load_actor_words` (titles, months ...); default: shipped.

    Returns:
        DataFrame with columns name, count, n_docs, example (a sentence it occurs in).

    Example:
        >>> candidate_actors("Officials in Ruritania said Ruritania would talk to China.")[
        ...     ["name", "count"]].values.tolist()
        [['Ruritania', 2]]
    """
    comp = _compiled(lexicon)
    wl = _word_sets(words)
    keep = keep_roles(roles)
    common = _common_words() | stopwords()
    counts: Counter[str] = Counter()
    docs_of: dict[str, set[str]] = defaultdict(set)
    example: dict[str, str] = {}
    lower_seen: set[str] = set()
    found_runs: list[tuple[str, str, str, bool]] = []  # name, doc_id, sentence text, initial-common
    for doc in _documents(doc_or_corpus):
        try:
            mentions, known = _doc_mentions(doc, comp, wl)
        except Exception:  # pragma: no cover - defensive
            continue
        pt = _pseudo_tokens(doc, comp)
        toks = [_Tok(s, e, x, si, kind) for (s, e, kind, si), x in zip(pt.spans, pt.texts)]
        taken = [False] * len(toks)
        spans = sorted([*known, *((o.start, o.end) for o in mentions if not o.person)])
        si = 0
        for k, t in enumerate(toks):
            while si < len(spans) and spans[si][1] <= t.start:
                si += 1
            if si < len(spans) and spans[si][0] < t.end and t.start < spans[si][1]:
                taken[k] = True
        sents = doc.sentence_spans
        roles_ = doc.paragraph_spans
        k = 0
        n = len(toks)
        opening = [False] * n  # a word whose capital may come from its place, not its name
        seen_word: set[int] = set()
        for idx, t in enumerate(toks):
            if t.kind in ("word", "number"):
                prev = toks[idx - 1] if idx else None
                opening[idx] = t.sent not in seen_word or (
                    prev is not None and (prev.kind == "quote" or prev.text in _OPENING_PUNCT))
                seen_word.add(t.sent)
            if t.kind == "word" and t.text.islower():
                lower_seen.add(t.text)
        while k < n:
            t = toks[k]
            role = roles_[sents[t.sent][2]][2] if roles_ else "body"
            if keep is not None and role not in keep or role in ("title", "heading") or \
                    not _is_cap_word(t) or taken[k]:
                k += 1
                continue
            j = k
            run = []
            while j < n and toks[j].sent == t.sent and not taken[j]:
                tj = toks[j]
                low = fold(tj.text).lower()
                if _is_cap_word(tj) and low not in wl.months_days:
                    run.append(j)
                    j += 1
                elif (low in wl.connectors or tj.text in _POSSESSIVE or tj.kind == "hyphen") and run \
                        and j + 1 < n and toks[j + 1].sent == t.sent and _is_cap_word(toks[j + 1]) \
                        and not taken[j + 1]:
                    j += 1
                else:
                    break
            if not run:
                k += 1
                continue
            s_idx, e_idx = run[0], run[-1]
            # drop leading titles, articles and a sentence-initial common word; that word may
            # also be a first name ("Robert Mugabe was born"): the name with it is kept aside
            # and chosen at the end if the word is never seen in lower case
            initial = opening[s_idx]
            with_first: tuple[str, str] | None = None  # (name with the initial word, the word)
            while s_idx <= e_idx:
                low0 = fold(toks[s_idx].text).lower()
                title = low0 in wl.titles or low0 in wl.articles
                opener = initial and low0 in common and s_idx < e_idx
                if not (title or opener or low0 in wl.months_days):
                    break
                # the initial word, kept aside only if nothing is dropped after it ("Police
                # Chief Tom Brady" is Tom Brady)
                with_first = (doc.text[toks[s_idx].start:toks[e_idx].end], low0) \
                    if opener and not title else None
                s_idx = next((r for r in run if r > s_idx), e_idx + 1)
                initial = False
            if s_idx <= e_idx:
                name = doc.text[toks[s_idx].start:toks[e_idx].end]
                low = fold(name).lower()
                if low not in stopwords() and not name.isdigit():
                    ss, se, _ = sents[t.sent]
                    found_runs.append((name, doc.doc_id, doc.text[ss:se], initial, with_first))
            k = j if j > k else k + 1
    # a sentence-initial common word before a name is a first name if the corpus never writes it
    # in lower case ("Robert", "John") and is not a function word ("After", "Many")
    stop = stopwords()
    found_runs = [((w[0] if w is not None and w[1] not in lower_seen and w[1] not in stop else name),
                   doc_id, sent, initial) for name, doc_id, sent, initial, w in found_runs]
    # a surname after the full name in the same document counts for the full name (a person's
    # name: not one with "of" or a possessive, whose last word is a place or a thing of its own:
    # "Gagay of Yekaterinburg", "Marine Traffic's AIS"; name particles such as "bin" are fine)
    full_name: dict[tuple[str, str], str] = {}
    possessive = tuple(_POSSESSIVE)
    for name, doc_id, _, _ in found_runs:
        parts = name.split()
        if len(parts) > 1 and not any(p == "of" or p.endswith(possessive) for p in parts):
            full_name.setdefault((doc_id, parts[-1]), name)
    for name, doc_id, sent, initial in found_runs:
        single = " " not in name
        low = name.lower()
        if single and (len(name) < 2 or (doc_id, name) in full_name):
            name = full_name.get((doc_id, name), "")
            if not name:
                continue
        # a single common word seen in lower case too ("Well", "House") is no name, nor a word
        # that opens a sentence and is written in lower case elsewhere ("Reportedly")
        elif single and (low in common and (initial or low in lower_seen) or initial and low in lower_seen):
            continue
        counts[name] += 1
        docs_of[name].add(doc_id)
        example.setdefault(name, sent.strip()[:200])
    rows = [(nm, c, len(docs_of[nm]), example[nm]) for nm, c in counts.items()]
    df = pd.DataFrame(rows, columns=["name", "count", "n_docs", "example"])
    df = df.sort_values(["count", "n_docs", "name"], ascending=[False, False, True],
                        kind="stable").reset_index(drop=True)
    return df.head(top) if top else df


def candidate_lexicon(candidates: pd.DataFrame) -> pd.DataFrame:
    """The names of :func:`candidate_actors` as a user actor lexicon (the columns of
    :data:`LEXICON_COLUMNS` but agency, plus count and example) to edit and pass back with
    ``load_actor_lexicon(user=...)``: a name whose first word is a known first name is a
    ``person``, one with a word like "Ministry" or "Party" an ``organisation``, else a
    ``group`` -- guesses to check, with code and affiliation left for the user.

    Example:
        >>> c = pd.DataFrame({"name": ["Jane Zorvath", "Ruritanian Party"], "count": [2, 1],
        ...                   "n_docs": [1, 1], "example": ["...", "..."]})
        >>> candidate_lexicon(c)[["actor", "type", "kind"]].values.tolist()
        [['Jane Zorvath', 'person', 'person'], ['Ruritanian Party', 'organisation', 'name']]
    """
    first_names, _ = _genders()
    shipped = _shipped_words()
    org_words = frozenset(shipped.loc[shipped["kind"] == "org_word", "word"])
    rows = []
    for name, count, example in zip(candidates["name"], candidates["count"], candidates["example"]):
        words = str(name).split()
        low = {w.lower() for w in words}
        if low & org_words:
            typ = "organisation"
        elif len(words) > 1 and words[0].lower() in first_names:
            typ = "person"
        else:
            typ = "group"
        rows.append({"actor": name, "type": typ, "code": "", "affiliation": "", "alias": name,
                     "kind": "person" if typ == "person" else "name", "case_sensitive": "",
                     "count": int(count), "example": example})
    cols = LEXICON_COLUMNS[:-1] + ["count", "example"]
    return pd.DataFrame(rows, columns=cols)


def write_candidate_lexicon(candidates: pd.DataFrame, path: str | os.PathLike) -> int:
    """Write :func:`candidate_lexicon` of ``candidates`` to a CSV file in the user-lexicon
    format, each row under a comment with its count and an example sentence; returns the
    number of names written. Edit the file (delete wrong rows, fill code and affiliation) and
    pass it back: ``load_actor_lexicon(user=path)``, or ``geolib actors --lexicon path``."""
    import csv

    lex = candidate_lexicon(candidates)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("# Names the actor lexicon does not know (geolib candidates). Check each guess:\n"
                 "# type is one of state, organisation, group, person, place; fill code (CAMEO-style,\n"
                 "# e.g. GBRGOV) and affiliation (the actor a person speaks for); delete what is no actor.\n")
        w = csv.writer(fh, lineterminator="\n")
        cols = LEXICON_COLUMNS[:-1]
        w.writerow(cols)
        for rec in lex.to_dict("records"):
            example = " ".join(str(rec["example"]).split())[:150]
            fh.write(f"# {rec['count']}x: {example}\n")
            w.writerow([rec[c] for c in cols])
    return len(lex)


# ====================================================================== counting

def _documents(source: Any) -> Any:
    """Documents of any source; blank text is one empty document, not a path."""
    if isinstance(source, str) and not source.strip():
        return [Document(source, doc_id="text")]
    return iter_documents(source)


def _group_col(mentions: pd.DataFrame, by: str) -> pd.Series:
    if by == "actor":
        return mentions["actor"]
    if by == "affiliation":
        aff = mentions["affiliation"].fillna("")
        return aff.where(aff != "", mentions["actor"])
    raise ValueError(f"by must be 'actor' or 'affiliation', not {by!r}")


def actor_counts(mentions: pd.DataFrame, *, per: int = 1000, words: int | dict | None = None,
                 by: str = "actor", level: str = "state") -> pd.DataFrame:
    """Mentions per actor, absolute and per ``per`` words (default: per 1,000 words).

    Args:
        mentions: the table from :func:`actors`.
        words: the number of words the mentions come from (an int, or a dict doc_id -> words);
            by default ``mentions.attrs["words"]``, which :func:`actors` fills in.
        by: ``"actor"``, or ``"affiliation"`` to count people and bodies with the actor they
            speak for (Xi Jinping with China).
        level: ``"state"`` (default): a government agency, ministry, military or party counts
            for its state (the FBI for the United States); ``"agency"``: it counts on its own
            (type ``agency``), so a study of one country's politics sees its bodies.

    Returns:
        DataFrame actor, type, count, n_docs, per_1000 (the rate column is named after ``per``),
        most mentioned first.

    Example:
        >>> m = actors("China and Russia met. China spoke.")
        >>> actor_counts(m)[["actor", "count", "per_1000"]].round(1).values.tolist()
        [['China', 2, 333.3], ['Russia', 1, 166.7]]
    """
    rate = f"per_{per}" if per != 1000 else "per_1000"
    cols = ["actor", "type", "count", "n_docs", rate]
    if mentions is None or len(mentions) == 0:
        return pd.DataFrame(columns=cols)
    if words is None:
        words = mentions.attrs.get("words")
    if isinstance(words, dict):
        ids = set(mentions["doc_id"])
        total = sum(v for k, v in words.items() if k in ids) if ids else 0
        total = sum(words.values()) if not ids.issubset(words) else total
    else:
        total = words
    if total is None:
        warnings.warn("actor_counts: no word count (pass words=...); rates left empty",
                      GeolibWarning, stacklevel=2)
    if level not in ("state", "agency"):
        raise ValueError(f"level must be 'state' or 'agency', not {level!r}")
    df = mentions.assign(_key=_group_col(mentions, by))
    if level == "agency" and "agency" in mentions.columns:
        ag = mentions["agency"].fillna("").astype(str)
        has = (ag != "").to_numpy()
        if has.any():
            df.loc[has, "_key"] = ag[has]
            df.loc[has, "type"] = "agency"
            mentions = df
    if by == "affiliation":
        info = mentions.drop_duplicates("actor").set_index("actor")["type"]
        df["_type"] = [info.get(k, t) if k != a else t
                       for k, a, t in zip(df["_key"], df["actor"], df["type"])]
    else:
        df["_type"] = df["type"]
    g = df.groupby("_key", sort=False)
    out = pd.DataFrame({"actor": list(g.groups.keys())})
    out["type"] = g["_type"].agg(lambda s: s.mode().iloc[0]).values
    out["count"] = g.size().values
    out["n_docs"] = g["doc_id"].nunique().values
    out[rate] = out["count"] / total * per if total else float("nan")
    first = df.groupby("_key", sort=False)["start"].min()
    out["_first"] = out["actor"].map(first)
    out = out.sort_values(["count", "_first"], ascending=[False, True], kind="stable")
    return out.drop(columns="_first").reset_index(drop=True)[cols]


def cooccurrence(mentions: pd.DataFrame, *, by: str = "sentence", group: str = "actor"
                 ) -> pd.DataFrame:
    """Pairs of actors named in the same sentence (or paragraph), as a tidy table.

    ``count`` is the number of sentences (paragraphs) in which both are named.

    Example:
        >>> cooccurrence(actors("China and Russia met. China spoke to NATO and Russia."))
          actor_a actor_b  count
        0   China  Russia      2
        1   China    NATO      1
        2    NATO  Russia      1
    """
    if by not in ("sentence", "paragraph"):
        raise ValueError(f"by must be 'sentence' or 'paragraph', not {by!r}")
    cols = ["actor_a", "actor_b", "count"]
    if mentions is None or len(mentions) == 0:
        return pd.DataFrame(columns=cols)
    keys = _group_col(mentions, "affiliation" if group == "affiliation" else "actor")
    units = defaultdict(set)
    for d, u, k in zip(mentions["doc_id"], mentions[by], keys):
        units[(d, u)].add(k)
    pairs: Counter[tuple[str, str]] = Counter()
    for acts in units.values():
        acts_ = sorted(acts)
        for i in range(len(acts_)):
            for j in range(i + 1, len(acts_)):
                pairs[(acts_[i], acts_[j])] += 1
    out = pd.DataFrame([(a, b, c) for (a, b), c in pairs.items()], columns=cols)
    return out.sort_values(["count", "actor_a", "actor_b"], ascending=[False, True, True],
                           kind="stable").reset_index(drop=True)


def cooccurrence_matrix(mentions: pd.DataFrame, *, by: str = "sentence", top: int | None = None,
                        diagonal: bool = False) -> pd.DataFrame:
    """The co-occurrence counts as a square, symmetric actor x actor DataFrame.

    Args:
        top: keep the ``top`` most mentioned actors only.
        diagonal: put on the diagonal the number of sentences (paragraphs) naming each actor
            (default 0).

    Example:
        >>> cooccurrence_matrix(actors("China and Russia met. China spoke."))
                China  Russia
        China       0       1
        Russia      1       0
    """
    if mentions is None or len(mentions) == 0:
        return pd.DataFrame()
    order = mentions["actor"].value_counts(sort=True)
    first = mentions.groupby("actor")["start"].min()
    names = sorted(order.index, key=lambda a: (-order[a], first[a]))
    if top:
        names = names[:top]
    mat = pd.DataFrame(0, index=names, columns=names, dtype="int64")
    tidy = cooccurrence(mentions, by=by)
    for a, b, c in tidy.itertuples(index=False):
        if a in mat.index and b in mat.index:
            mat.loc[a, b] = c
            mat.loc[b, a] = c
    if diagonal:
        units = mentions.drop_duplicates(["doc_id", by, "actor"])["actor"].value_counts()
        for a in names:
            mat.loc[a, a] = int(units.get(a, 0))
    return mat


def first_mentions(mentions: pd.DataFrame, *, chars: dict[str, int] | None = None) -> pd.DataFrame:
    """Where each actor is first named in each document.

    Returns doc_id, actor, start, sentence, paragraph, position (start / document length:
    0 = top of the story, 1 = its end), most prominent first.

    Example:
        >>> first_mentions(actors("China spoke. Russia replied."))[["actor", "sentence"]].values.tolist()
        [['China', 0], ['Russia', 1]]
    """
    cols = ["doc_id", "actor", "start", "sentence", "paragraph", "position"]
    if mentions is None or len(mentions) == 0:
        return pd.DataFrame(columns=cols)
    chars = chars if chars is not None else mentions.attrs.get("chars", {})
    first = mentions.sort_values(["doc_id", "start"], kind="stable").drop_duplicates(
        ["doc_id", "actor"]).copy()
    first["position"] = [s / chars[d] if chars.get(d) else float("nan")
                         for d, s in zip(first["doc_id"], first["start"])]
    return first[cols].reset_index(drop=True)


# ====================================================================== plots

def plot_actor_ranking(counts_or_mentions: pd.DataFrame, *, top: int = 15, ax: Any = None,
                       rate: bool = False, title: str | None = None) -> Any:
    """Horizontal bar chart of the most mentioned actors; returns the matplotlib Axes.

    Takes the table of :func:`actor_counts` or the mentions of :func:`actors`.

    Example:
        >>> import matplotlib; matplotlib.use("Agg")
        >>> ax = plot_actor_ranking(actors("China and Russia met. China spoke."))
        >>> [t.get_text() for t in ax.get_yticklabels()]
        ['Russia', 'China']
        >>> [t.get_text() for t in ax.get_legend().get_texts()]  # bar colours: the actor's type
        ['state']
    """
    import matplotlib.pyplot as plt

    df = counts_or_mentions
    if "count" not in df.columns:
        df = actor_counts(df)
    col = "count"
    if rate:
        col = next((c for c in df.columns if c.startswith("per_")), "count")
    df = df.head(top).iloc[::-1]
    if ax is None:
        _, ax = plt.subplots(figsize=(6, max(2.0, 0.35 * len(df) + 1)))
    colours = {"state": "#4c72b0", "organisation": "#dd8452", "person": "#55a868",
               "group": "#c44e52", "place": "#8c8c8c"}
    from matplotlib.patches import Patch
    from matplotlib.ticker import MaxNLocator

    ax.barh(df["actor"].astype(str), df[col], color=[colours.get(t, "#8172b3") for t in df["type"]])
    ax.set_xlabel("mentions per 1,000 words" if col.startswith("per_") else "mentions")
    if not col.startswith("per_"):
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts are whole numbers
    shown = [t for t in colours if t in set(df["type"])] + sorted(set(df["type"]) - set(colours))
    ax.legend(handles=[Patch(color=colours.get(t, "#8172b3"), label=t) for t in shown],
              title="type", loc="lower right", frameon=False, fontsize="small")
    ax.set_title(title or "Most mentioned actors")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return ax


def plot_cooccurrence(matrix: pd.DataFrame, *, ax: Any = None, cmap: str = "Blues",
                      annotate: bool = True, title: str | None = None) -> Any:
    """Heatmap of a :func:`cooccurrence_matrix` (or of mentions); returns the matplotlib Axes.

    Example:
        >>> import matplotlib; matplotlib.use("Agg")
        >>> ax = plot_cooccurrence(cooccurrence_matrix(actors("China and Russia met.")))
        >>> ax.get_title()
        'Actors named in the same sentence'
    """
    import matplotlib.pyplot as plt

    if "actor" in matrix.columns and "doc_id" in matrix.columns:
        matrix = cooccurrence_matrix(matrix, top=15)
    if ax is None:
        size = max(3.0, 0.45 * len(matrix) + 1.5)
        _, ax = plt.subplots(figsize=(size + 1, size))
    vals = matrix.to_numpy() if len(matrix) else [[0]]
    im = ax.imshow(vals, cmap=cmap)
    ax.set_xticks(range(len(matrix.columns)), [str(c) for c in matrix.columns], rotation=45,
                  ha="right")
    ax.set_yticks(range(len(matrix.index)), [str(c) for c in matrix.index])
    if annotate and len(matrix):
        hi = max(1, matrix.to_numpy().max())
        for i in range(len(matrix.index)):
            for j in range(len(matrix.columns)):
                v = int(matrix.iat[i, j])
                if v:
                    ax.text(j, i, str(v), ha="center", va="center", fontsize=8,
                            color="white" if v > hi / 2 else "black")
    ax.figure.colorbar(im, ax=ax, shrink=0.7)
    ax.set_title(title or "Actors named in the same sentence")
    return ax
