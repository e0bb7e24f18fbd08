"""The actor lexicon: the shipped ``actors.csv`` (with the Phoenix conversion beneath it) and a
user's, read and validated (:func:`load_actor_lexicon`), and the gendered first names and titles
that resolve surnames.

Example:
    >>> lex = load_actor_lexicon()
    >>> lex[lex.alias == "Beijing"][["actor", "kind"]].values.tolist()
    [['China', 'metonym']]
"""

from __future__ import annotations

import os
from collections import namedtuple
from functools import lru_cache
from typing import Any

import pandas as pd

from ..lexicons import Table, read_table
from ..resources import data_path
from ..text import fold, stopwords, token_spans

LEXICON_COLUMNS = ["actor", "type", "code", "affiliation", "alias", "kind", "case_sensitive",
                   "agency"]
TYPES = ("state", "organisation", "group", "person", "place")
KINDS = ("name", "official", "abbreviation", "metonym", "demonym", "institution", "person", "short",
         "description")
GENERIC = "*"  # actor of generic institution rows ("Foreign Ministry")
_REQUIRED = ("actor", "type", "alias")
_TRUE = {"1", "true", "yes", "y", "t"}
_FALSE = {"0", "false", "no", "n", "f", ""}

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
    base = shipped_lexicon().copy() if path_or_df is None else _validate(_read_table(path_or_df))
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
def shipped_lexicon() -> pd.DataFrame:
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
    """``extra``'s rows beneath ``base`` (see :func:`shipped_lexicon`)."""
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
def genders() -> tuple[dict[str, str], dict[str, str]]:
    """First names and gendered titles (``gender_words.csv``) -> 'm' or 'f'."""
    t = read_table(data_path("gender_words.csv"), kind="gender words", required=("word", "gender", "kind"))
    first, titles = {}, {}
    for w, g, k in zip(t.column("word"), t.column("gender"), t.column("kind")):
        if k == "first_name":
            first[w] = g
        elif k == "gendered_title":
            titles[w.rstrip(".")] = g
    return first, titles


def _alias_key(alias: str) -> str:
    return fold(alias).lower()
