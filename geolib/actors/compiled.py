"""The lexicon compiled for matching: a phrase matcher over token keys plus per-row arrays
(:class:`CompiledLexicon`), remembered by content (:func:`compiled_lexicon`).

Example:
    >>> comp = compiled_lexicon(None)
    >>> [comp.actor[r] for r in comp.matcher.match_at([comp.keys("Beijing")], 0)[1]]
    ['China']
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from ..matching import PhraseMatcher
from ..resources import table_digest
from ..text import fold, token_spans
from .affiliations import agencies, person_parties
from .lexicon import GENERIC, LEXICON_COLUMNS, load_actor_lexicon, shipped_lexicon

_SHAPE = re.compile(r"^\d+-([^\W\d_]+)$")
_NUM_WILDCARD = "<n>"


class CompiledLexicon:
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
        self.key_memo: dict[str, tuple[tuple[str, str], ...]] = {}
        #: this lexicon's key in ``Document._memo`` (a fresh object: never equal to another's)
        self.memo_key = ("actors", object())
        self._rows_info: dict[tuple[int, ...], AliasRows] = {}

    def rows_info(self, rows: tuple[int, ...]) -> AliasRows:
        """What the rows of one alias (a matcher value) say, worked out once per alias."""
        got = self._rows_info.get(rows)
        if got is None:
            got = self._rows_info[rows] = AliasRows.of(self, rows)
        return got

    def keys(self, tok: str) -> tuple[tuple[str, str], ...]:
        """The keys of a token that occur in some pattern (memoised per token text), so that
        matching a document costs the same whatever the size of the lexicon: the big lexicon
        tables are consulted once per distinct word, not once per token. The keys of a token
        that starts some pattern come as a :class:`StartKeys`, so that finding where matches
        may start is one type check per token."""
        got = self.key_memo.get(tok)
        if got is None:
            got = tuple(k for k in _token_keys(tok) if k in self.token_keys)
            if got and not self.matcher.first_keys.isdisjoint(got):
                got = StartKeys(got)
            if len(self.key_memo) >= _KEYS_MEMO:
                self.key_memo.clear()
            self.key_memo[tok] = got
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


class StartKeys(tuple):
    """The keys of a token (see :meth:`CompiledLexicon.keys`) of which one starts some pattern."""

    __slots__ = ()


class AliasRows(NamedTuple):
    """The lexicon rows of one alias, sorted out for :func:`_find_mentions`."""

    weak: bool  # every row a description or short form: the alias names nobody outright
    generic: bool  # every row a generic institution ("Foreign Ministry")
    named: tuple[tuple[str, bool], ...]  # (actor, is a person) of each row naming its actor
    direct: dict[str, int]  # actor -> first row, of the rows naming their actor (row order)
    shorts: dict[str, int]  # the same for short forms ("Wang" after "Wang Yi")
    descs: dict[str, int]  # the same for descriptions ("the alliance")

    @classmethod
    def of(cls, comp: CompiledLexicon, rows: tuple[int, ...]) -> AliasRows:
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
_COMPILED: dict[tuple[int, str], CompiledLexicon] = {}  # memo by content hash: same rows, same matcher


def compiled_lexicon(lexicon: CompiledLexicon | pd.DataFrame | str | os.PathLike | None) -> CompiledLexicon:
    """The :class:`CompiledLexicon` of a lexicon table (or CSV path; None: the shipped one),
    remembered by the table's content (a few at a time); a CompiledLexicon is returned as it is.

    Finding a table's compiled form again costs a digest of its content (about 0.1 s per
    million rows); :func:`compile_actor_lexicon` compiles once for callers that pass a very
    large lexicon to many calls.
    """
    if lexicon is None:
        return _compiled_shipped()
    if isinstance(lexicon, CompiledLexicon):
        return lexicon
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
        comp = CompiledLexicon(lexicon)
        if len(_COMPILED) >= 8:
            _COMPILED.pop(next(iter(_COMPILED)))
        _COMPILED[key] = comp
    return comp


@lru_cache(maxsize=1)
def _compiled_shipped() -> CompiledLexicon:
    person_parties(), agencies()  # the terms, read with the lexicon, not in the middle of a corpus run
    return CompiledLexicon(shipped_lexicon())


def compile_actor_lexicon(lexicon: pd.DataFrame | str | os.PathLike | None = None) -> CompiledLexicon:
    """An actor lexicon compiled once, to pass as ``lexicon=`` to :func:`~geolib.actors.actors`,
    :func:`~geolib.actors.candidate_actors` and the like (as ``re.compile`` is to a pattern):
    calls then skip finding the compiled form by the table's content, which for a lexicon of
    millions of rows costs a few tenths of a second per call. The table is read at compile
    time; editing it afterwards does not change the compiled lexicon.

    Example:
        >>> from geolib.actors import actors, compile_actor_lexicon, load_actor_lexicon
        >>> lex = compile_actor_lexicon(load_actor_lexicon())
        >>> actors("Beijing replied.", lexicon=lex)["actor"].tolist()
        ['China']
    """
    return compiled_lexicon(lexicon)
