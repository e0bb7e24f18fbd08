"""Quotes: who speaks, in whose words, through which verb.

Rule-based quote extraction and attribution for news text, with no model download:

1. *Marks*: straight ``"``, curly ``“ ”``, single ``‘ ’`` / ``'`` where they are quotes and not
   apostrophes (``’s``, ``’90s``, ``rock ’n’ roll``, ``Joneses’``), guillemets, and ``''`` used as a
   double mark. Marks pair within a paragraph; a nested quote stays inside its outer quote; a
   paragraph that ends inside a quote and is followed by a paragraph reopening with a mark of the
   same family (double or single) continues the quote (only the last paragraph closes it); any other
   unclosed mark ends at its paragraph.
2. *Cues*: reporting verbs (``geolib/data/reporting_verbs.csv``, grouped by stance) next to the
   quote (``"…," X said`` / ``said X`` / ``X said: "…"`` / ``X: "…"``), anywhere earlier in the
   quote's sentence (``X called on Y to "…"``, ``X criticized Y as "…"``, ``X, describing Y as
   "…"``), ``according to X``; a quote without a cue that opens its sentence continues the speaker
   of the previous attribution in the same or the previous paragraph.
3. *Speakers*: the subject of the cue found by light rules (capitalised names, titles and speaker
   nouns from ``geolib/data/speaker_words.csv``, the grammar words of ``quote_words.csv``,
   appositions, ``who`` clauses, coordinated verbs);
   pronouns and descriptions (``he``, ``they``, ``the statement``, ``the leaders``) resolve to the
   latest earlier speaker that fits; names expand to the fullest form in the article.
4. *Actors*: ``speaker_actor`` comes from :func:`geolib.actors.actors` when that module is
   available (a person's affiliation, an organisation or country itself), otherwise it is null.

Every word list the rules read is a file in ``geolib/data/`` (see :func:`load_quote_words`); a
user table adds or removes words for one call: ``quotes(text, words=load_quote_words(user=...))``.

Example:
    >>> import geolib
    >>> from geolib.quotes import quotes
    >>> doc = geolib.load('"We will win," Sen. Ann Lee said. "No doubt."', doc_id="d")
    >>> quotes(doc)[["text", "kind", "speaker", "cue"]].values.tolist()
    [['We will win,', 'direct', 'Ann Lee', 'said'], ['No doubt.', 'direct', 'Ann Lee', None]]
"""

from __future__ import annotations

import bisect
import os
import re
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress, count
from operator import add, itemgetter, ne, not_, or_
from typing import Any, Callable, Iterable

import pandas as pd

from .decoding import GeolibWarning
from .lexicons import (ANY, DATE_KINDS, WORD_COLUMNS, Table, Values, date_words, merge_words, read_table,
                       read_word_table, words_by_kind)
from .resources import data_path, table_digest
from .text import token_spans, with_names

__all__ = ["quotes", "quote_spans", "load_quote_words", "voice_share", "plot_voice_share", "reporting_verbs",
           "verb_groups", "plot_verb_groups", "QUOTE_COLUMNS", "QUOTE_WORD_KINDS"]

QUOTE_COLUMNS = [
    "doc_id", "start", "end", "text", "kind", "speaker", "speaker_start", "speaker_end", "speaker_actor",
    "cue", "cue_start", "cue_end", "cue_group", "sentence", "paragraph",
]

# ------------------------------------------------------------------------------------------------
# lexicons
# ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Cue:
    words: tuple[str, ...]
    lemma: str
    group: str
    pos: str


@lru_cache(maxsize=None)
def _verb_table() -> Table:
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
    t = _verb_table()
    for lemma, forms, group, pos in zip(t.column("lemma"), t.column("forms"), t.column("group"),
                                        t.column("pos")):
        for form in forms.split("|"):
            form = form.strip().lower()
            if form:
                rows.append((form, lemma, group, pos))
    return pd.DataFrame(rows, columns=["form", "lemma", "group", "pos"]).drop_duplicates("form")


@lru_cache(maxsize=None)
def _cue_index() -> dict[str, list[_Cue]]:
    idx: dict[str, list[_Cue]] = {}
    for form, lemma, group, pos in reporting_verbs().itertuples(index=False):
        if pos == "noun":
            continue
        words = tuple(form.split())
        idx.setdefault(words[0], []).append(_Cue(words, lemma, group, pos))
    for k in idx:
        idx[k].sort(key=lambda c: -len(c.words))
    return idx


# The word lists: geolib/data/quote_words.csv (its header says what each kind does),
# speaker_words.csv, gender_words.csv, the invertible and headline columns of
# reporting_verbs.csv and dates.csv, read into one table (load_quote_words) and turned into
# the sets the rules read (_Words) once per table; a user's table travels with the call.
_OWN_KINDS: dict[str, Values] = {
    k: None for k in (
        "pronoun", "determiner", "np_preposition", "preposition", "skip", "ly_noun", "cap_stop",
        "boundary", "opener", "main_opener", "as_skip", "phrase_noun", "speech_noun",
        "agent_participle", "passive_aux", "progressive_aux", "irregular_plural", "small_word",
        "work_noun", "org_word", "name_particle", "spokesperson")}
_OWN_KINDS.update({"plural": ANY, "doc_class": ANY, "possessive": ANY})
_SPEAKER_KINDS: dict[str, Values] = {k: None for k in ("title", "person", "group", "organisation", "document")}
_GENDER_KINDS: dict[str, Values] = {k: ("m", "f") for k in ("first_name", "gendered_title", "gendered_noun",
                                                             "gendered_pronoun")}
_VERB_KINDS: dict[str, Values] = {"invertible": None, "headline_cue": None}
#: the kinds of a quote word table (:func:`load_quote_words`) and what their value may be
QUOTE_WORD_KINDS: dict[str, Values] = {**_OWN_KINDS, **_SPEAKER_KINDS, **_GENDER_KINDS, **_VERB_KINDS,
                                       **DATE_KINDS}
_HEAD_KINDS = ("person", "group", "organisation", "document")  # speaker nouns, the first kind wins
# punctuation that does what words of a kind do (the words are in quote_words.csv)
_MAIN_OPENER_MARKS = frozenset({",", ";", "—", "–", "―", "-", "--", ":", "(", "“", '"'})
_AS_SKIP_MARKS = frozenset({","})


def load_quote_words(path_or_df: str | os.PathLike | pd.DataFrame | None = None, *,
                     user: str | os.PathLike | pd.DataFrame | None = None) -> pd.DataFrame:
    """The word lists :func:`quotes` reads, as one table kind, word, value, source (the file and
    line, or row, each word comes from); the kinds are those of :data:`QUOTE_WORD_KINDS`, each
    described in the header of its file: ``geolib/data/quote_words.csv`` (grammar words, speech
    and work nouns ...), ``speaker_words.csv`` (titles, speaker nouns), ``gender_words.csv``
    (value: m or f), ``reporting_verbs.csv`` (kinds ``invertible``: a lemma that may come before
    its subject, "said Lee"; ``headline_cue``: a form that is a cue in a headline) and
    ``dates.csv`` (weekdays, months).

    Args:
        path_or_df: a CSV file or DataFrame (kind, word[, value]) to use instead of the shipped
            lists.
        user: a CSV file or DataFrame (kind, word[, value]) on top: each row adds a word (or gives
            it a new value); a word written with a leading ``-`` removes it (``skip,-also``).

    Pass the result to ``quotes(..., words=...)``. Raises ``ValueError`` naming the file and line
    (or row) of an unknown kind, an empty word or a missing or wrong value.

    Example:
        >>> w = load_quote_words(user=pd.DataFrame({"kind": ["invertible", "title"],
        ...                                         "word": ["gloat", "-sen"]}))
        >>> "gloat" in set(w[w.kind == "invertible"].word), "sen" in set(w[w.kind == "title"].word)
        (True, False)
    """
    if path_or_df is None:
        base = _shipped_words().copy()
    else:
        base = read_word_table(path_or_df, kind="quote words", kinds=QUOTE_WORD_KINDS)
    if user is None:
        return base
    extra = read_word_table(user, kind="quote words", kinds=QUOTE_WORD_KINDS, user=True,
                            name="(user) DataFrame")
    return merge_words(base, extra)


@lru_cache(maxsize=1)
def _shipped_words() -> pd.DataFrame:
    return pd.concat([
        read_word_table(data_path("quote_words.csv"), kind="quote words", kinds=_OWN_KINDS),
        read_word_table(data_path("speaker_words.csv"), kind="speaker words", kinds=_SPEAKER_KINDS),
        read_word_table(data_path("gender_words.csv"), kind="gender words", kinds=_GENDER_KINDS,
                        value="gender"),
        _verb_words(),
        date_words(),
    ], ignore_index=True)


def _verb_words() -> pd.DataFrame:
    """The invertible lemmas and headline forms of ``reporting_verbs.csv`` as a word table."""
    t = _verb_table()
    rows = []
    for i, (lemma, forms, inv, head) in enumerate(zip(t.column("lemma"), t.column("forms"),
                                                      t.column("invertible"), t.column("headline"))):
        if inv not in ("", "0", "1"):
            raise t.error(i, f"invertible must be 0 or 1, not {inv!r}")
        if inv == "1":
            rows.append(("invertible", lemma.lower(), "", t.label(i)))
        own = {f.strip().lower() for f in forms.split("|")}
        for form in filter(None, (f.strip().lower() for f in head.split("|"))):
            if form not in own:
                raise t.error(i, f"headline form {form!r} is not one of the forms of {lemma!r}")
            rows.append(("headline_cue", form, "", t.label(i)))
    return pd.DataFrame(rows, columns=WORD_COLUMNS).drop_duplicates(["kind", "word"])


@dataclass(frozen=True)
class _Words:
    """The word lists of one :func:`quotes` call as the sets and maps the rules read, built once
    per word table (see :func:`_word_sets`) and handed to each document's :class:`_Doc`; the rules
    that have no ``_Doc`` get it as their first argument ``wl``."""

    pronouns: frozenset[str]
    pronoun_forms: frozenset[str]  # as written: he, He, I ...
    dets: frozenset[str]
    np_preps: frozenset[str]
    preps: frozenset[str]  # np_preps included
    skip: frozenset[str]
    ly_nouns: frozenset[str]
    weekdays: frozenset[str]
    months: frozenset[str]  # abbreviations included
    cap_stop: frozenset[str]  # weekdays included
    boundary: frozenset[str]
    invertible: frozenset[str]
    headline_cues: frozenset[str]
    passive_aux: frozenset[str]
    progressive_aux: frozenset[str]
    irregular_plurals: frozenset[str]
    openers: frozenset[str]
    main_openers: frozenset[str]  # punctuation included
    as_skip: frozenset[str]  # the comma included
    phrase_nouns: frozenset[str]
    speech_nouns: frozenset[str]
    agent_participles: frozenset[str]
    small_words: frozenset[str]
    work_nouns: frozenset[str]
    org_words: frozenset[str]  # organisation and document nouns included
    name_particles: frozenset[str]
    spokes: frozenset[str]
    plural: dict[str, str]  # plural -> singular
    doc_class: dict[str, str]
    possessive: dict[str, str]  # his -> he
    titles: frozenset[str]
    heads: dict[str, str]  # speaker noun -> person | group | organisation | document
    document_nouns: frozenset[str]
    first_names: dict[str, str]  # -> m | f
    gender_titles: dict[str, str]
    gender_nouns: dict[str, str]
    pronoun_gender: dict[str, str]
    cue_index: dict[str, list[_Cue]]
    cue_words: frozenset[str]
    # memoised per word table (lru_cache, in C: the rules ask for the same names again and again)
    strip_titles: Callable[[tuple[str, ...]], tuple[str, ...]] = field(init=False, repr=False, compare=False)
    has_org_word: Callable[[tuple[str, ...]], bool] = field(init=False, repr=False, compare=False)
    head_matches: Callable[[str], frozenset[str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "strip_titles", lru_cache(maxsize=65536)(self._strip_titles))
        object.__setattr__(self, "has_org_word", lru_cache(maxsize=65536)(self._has_org_word))
        object.__setattr__(self, "head_matches", lru_cache(maxsize=4096)(self._head_matches))

    @classmethod
    def of(cls, table: pd.DataFrame) -> _Words:
        by = words_by_kind(table)

        def kind(*names: str) -> frozenset[str]:
            return frozenset(w for n in names for w in by.get(n, ()))

        heads: dict[str, str] = {}
        for k in _HEAD_KINDS:
            for w in by.get(k, ()):
                heads.setdefault(w, k)
        pronouns = kind("pronoun")
        weekdays = kind("weekday")
        headline_cues = kind("headline_cue")
        cue_index = _cue_index()
        return cls(
            pronouns=pronouns,
            pronoun_forms=frozenset({"I"} | pronouns | {w.capitalize() for w in pronouns}),
            dets=kind("determiner"), np_preps=kind("np_preposition"),
            preps=kind("np_preposition", "preposition"), skip=kind("skip"), ly_nouns=kind("ly_noun"),
            weekdays=weekdays, months=kind("month", "month_abbreviation"),
            cap_stop=kind("cap_stop") | weekdays, boundary=kind("boundary"),
            invertible=kind("invertible"), headline_cues=headline_cues,
            passive_aux=kind("passive_aux"), progressive_aux=kind("progressive_aux"),
            irregular_plurals=kind("irregular_plural"), openers=kind("opener"),
            main_openers=kind("main_opener") | _MAIN_OPENER_MARKS,
            as_skip=kind("as_skip") | _AS_SKIP_MARKS, phrase_nouns=kind("phrase_noun"),
            speech_nouns=kind("speech_noun"), agent_participles=kind("agent_participle"),
            small_words=kind("small_word"), work_nouns=kind("work_noun"),
            org_words=kind("organisation", "document", "org_word"),
            name_particles=kind("name_particle"), spokes=kind("spokesperson"),
            plural=dict(by.get("plural", {})), doc_class=dict(by.get("doc_class", {})),
            possessive=dict(by.get("possessive", {})), titles=kind("title"), heads=heads,
            document_nouns=frozenset(w for w, k in heads.items() if k == "document"),
            first_names=dict(by.get("first_name", {})),
            gender_titles=dict(by.get("gendered_title", {})),
            gender_nouns=dict(by.get("gendered_noun", {})),
            pronoun_gender=dict(by.get("gendered_pronoun", {})),
            cue_index=cue_index,
            # cues by themselves in a headline or a name run: the headline cues and every
            # one-word cue form ending in s ("says", "claims")
            cue_words=headline_cues | {w for w, cues in cue_index.items()
                                       if w.endswith("s") and any(c.words == (w,) for c in cues)},
        )

    def sing(self, w: str) -> str:
        """The singular of a plural speaker noun the lists know (officials -> official)."""
        return self.plural.get(w, w)

    def same_head(self, h1: str, h2: str) -> bool:
        """Whether two speaker nouns refer to the same kind of speaker (statement, declaration)."""
        h1, h2 = self.sing(h1), self.sing(h2)
        if h1 == h2:
            return True
        doc_class = self.doc_class
        if doc_class.get(h1) and doc_class.get(h1) == doc_class.get(h2):
            return True
        return h1 in self.spokes and h2 in self.spokes

    def _head_matches(self, head: str) -> frozenset[str]:
        """(``head_matches``) Every word w with ``same_head(head, w)``: besides head's singular,
        only the plurals, the document classes and the spokes- nouns can match, so test just
        those (one set lookup per token instead of a call)."""
        cands = {self.sing(head)} | set(self.plural) | self.spokes | set(self.doc_class)
        return frozenset(w for w in cands if self.same_head(head, w))

    def _strip_titles(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """(``strip_titles``) A name without the titles before it (and a possessive after it)."""
        titles = self.titles
        last = -1
        for i, w in enumerate(words):
            low = w.lower()
            if low.rstrip(".") in titles or low in titles:
                last = i
        out = list(words[last + 1:])
        while out and out[-1] in ("’s", "'s", "’", "'"):
            out.pop()
        return tuple(out)

    def _has_org_word(self, words: tuple[str, ...]) -> bool:
        """(``has_org_word``) A name with an organisation word in it (Times, Ministry, Union ...)."""
        org = self.org_words
        return any(w.lower() in org for w in words)


_WORDS: dict[tuple[int, str], _Words] = {}  # by content: the same table, the same object


def _word_sets(words: pd.DataFrame | str | os.PathLike | None) -> _Words:
    """The :class:`_Words` of a table from :func:`load_quote_words` (or a CSV path); default:
    the shipped lists."""
    if words is None:
        return _shipped_word_sets()
    table = load_quote_words(words)
    key = table_digest(table[["kind", "word", "value"]])
    got = _WORDS.get(key)
    if got is None:
        if len(_WORDS) >= 8:
            _WORDS.pop(next(iter(_WORDS)))
        got = _WORDS[key] = _Words.of(table)
    return got


@lru_cache(maxsize=1)
def _shipped_word_sets() -> _Words:
    return _Words.of(_shipped_words())


# ------------------------------------------------------------------------------------------------
# quote marks
# ------------------------------------------------------------------------------------------------


def _w(ch: str) -> bool:
    """A word character (what the regex ``\\w`` matches: a letter, a digit or _); False for ""."""
    return ch.isalnum() or ch == "_"


@dataclass
class _Span:
    open_start: int        # offset of the opening mark
    start: int             # content start
    end: int               # content end
    close_end: int         # offset after the closing mark (== end when unclosed)
    closed: bool
    family: str            # 'd' double, 's' single


_MARK_CHARS = re.compile(r"[\"'`“”„«»‘’]")


def _marks(p: str, base: int) -> list[tuple[int, int, str, str]]:
    """Classify the marks of one paragraph: (offset, width, family, action) with action in
    open / close / toggle."""
    out = []
    n = len(p)
    i = 0
    single_open = False
    search = _MARK_CHARS.search
    while i < n:
        hit = search(p, i)  # jump to the next character that can be a mark
        if hit is None:
            break
        i = hit.start()
        ch = p[i]
        prev = p[i - 1] if i else ""
        if ch == "'" and i + 1 < n and p[i + 1] == "'":
            out.append((base + i, 2, "d", "toggle"))
            i += 2
            continue
        if ch == "`" and i + 1 < n and p[i + 1] == "`":
            out.append((base + i, 2, "d", "open"))
            i += 2
            continue
        nxt = p[i + 1] if i + 1 < n else ""
        if ch in "“„«":
            out.append((base + i, 1, "d", "open"))
        elif ch in "”»":
            out.append((base + i, 1, "d", "close"))
        elif ch == '"':
            can_open = (not prev or prev.isspace() or prev in "([{—–-/") and nxt and not nxt.isspace()
            can_close = prev and not prev.isspace() and (not nxt or not _w(nxt))
            act = "open" if can_open and not can_close else "close" if can_close and not can_open else "toggle"
            out.append((base + i, 1, "d", act))
        elif ch in "‘’'":
            rest = p[i:i + 4]
            # apostrophes: it’s, ’90s, rock ’n’ roll
            if _w(prev) and _w(nxt):
                pass
            elif re.match(r"[‘’']\d\d?s?\b", rest) and not (single_open and ch != "‘"):
                pass
            elif re.match(r"[‘’']n[’']\s", rest) or re.match(r"[’']", rest) and p[max(0, i - 2):i + 1] in ("’n’", "'n'", "‘n’"):
                pass
            else:
                can_open = (not prev or not _w(prev) and prev not in ".,;:!?") and nxt and not nxt.isspace() \
                    and ch in "‘'" and (ch == "‘" or prev in ("", " ", "(", "“", '"', "—", "-", "[", "\n", "\t"))
                can_close = prev and not prev.isspace() and not _w(nxt)
                if can_close and single_open:
                    out.append((base + i, 1, "s", "close"))
                    single_open = False
                elif can_open:
                    out.append((base + i, 1, "s", "open"))
                    single_open = True
                # else: an apostrophe (Joneses’, leaders’)
        i += 1
    return out


def _pair_paragraph(p: str, base: int, inner: list[tuple[int, int]] | None = None
                    ) -> tuple[list[_Span], tuple[int, int, str] | None]:
    """Top-level quote spans of one paragraph, and the still-open outer mark (if any).
    ``inner`` receives the (start, end) of the quotes nested in them."""
    spans: list[_Span] = []
    stack: list[tuple[str, int, int]] = []  # family, mark offset, content start
    # open marks per family on the stack: "is one of this family open?" without a scan of the
    # stack (that scan made a paragraph of nested unmatched marks quadratic)
    depth = {"d": 0, "s": 0}
    for off, width, fam, act in _marks(p, base):
        open_same = depth[fam] > 0
        if act == "toggle":
            act = "close" if open_same else "open"
        if act == "open":
            if fam == "d" and stack and stack[-1][0] == "d" and len(stack) == 1:
                # a second double opener while one is open: nesting of doubles is rare in news,
                # an unclosed quote followed by a new one is more likely -> end the first here.
                f0, o0, s0 = stack.pop()
                depth[f0] -= 1
                e0 = off
                while e0 > s0 and p[e0 - 1 - base].isspace():
                    e0 -= 1
                if e0 > s0:
                    spans.append(_Span(o0, s0, e0, e0, False, f0))
            stack.append((fam, off, off + width))
            depth[fam] += 1
        elif act == "close":
            if not open_same:
                continue  # stray closer
            while stack and stack[-1][0] != fam:
                depth[stack.pop()[0]] -= 1
            f0, o0, s0 = stack.pop()
            depth[f0] -= 1
            if not stack and off > s0:
                spans.append(_Span(o0, s0, off, off + width, True, f0))
            elif inner is not None and off > s0:
                inner.append((s0, off))
    still_open = None
    if stack:
        f0, o0, s0 = stack[0]
        still_open = (o0, s0, f0)
    return spans, still_open


def quote_spans(text: str, paragraphs: Iterable[tuple[int, int]] | None = None, *,
                nested: bool = False) -> list[tuple[int, int]]:
    """Top-level quote spans ``(start, end)`` of ``text`` (content without its marks): the quotes
    of :func:`quotes`, and those that :mod:`geolib.frames` reads (its fallback and its scare quotes).

    ``paragraphs`` are ``(start, end)`` spans; by default every line is a paragraph.
    ``nested=True`` adds the quotes inside them (a quotation within a quotation), in order of
    their start.

    Example:
        >>> t = 'He said “it’s the ’90s” and the Joneses’ dog ‘barked’.'
        >>> [t[s:e] for s, e in quote_spans(t)]
        ['it’s the ’90s', 'barked']
        >>> t = '“They call it a ‘special operation’,” he said.'
        >>> [t[s:e] for s, e in quote_spans(t, nested=True)]
        ['They call it a ‘special operation’,', 'special operation']
    """
    paras = _para_list(text, paragraphs)
    spans = [(s.start, s.end) for s in _find_spans(text, paras)]
    if not nested:
        return spans
    inner: list[tuple[int, int]] = []
    for ps, pe in paras:
        _pair_paragraph(text[ps:pe], ps, inner)
    return sorted(spans + [(a, b) for a, b in inner if text[a:b].strip()])


def _para_list(text: str, paragraphs: Iterable[tuple[int, int]] | None) -> list[tuple[int, int]]:
    if paragraphs is not None:
        return [(int(a), int(b)) for a, b in paragraphs]
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _find_spans(text: str, paras: list[tuple[int, int]]) -> list[_Span]:
    spans: list[_Span] = []
    carry: tuple[int, int, str, int] | None = None  # mark, content start, family, end of its para
    for ps, pe in paras:
        p = text[ps:pe]
        para_spans, still_open = _pair_paragraph(p, ps)
        lead = ps + len(p) - len(p.lstrip())
        if carry is not None:
            # news convention: a quote running over paragraphs reopens each one with the SAME
            # family of mark; a paragraph opening with another kind (‘ after “) starts a new quote
            if para_spans and para_spans[0].open_start == lead and para_spans[0].family == carry[2]:
                # the quote of the previous paragraph runs on and closes here
                first = para_spans.pop(0)
                spans.append(_Span(carry[0], carry[1], first.end, first.close_end, first.closed, carry[2]))
                carry = None
            elif still_open is not None and still_open[0] == lead and still_open[2] == carry[2]:
                # reopened and still open: the quote runs on to a later paragraph
                spans.extend(para_spans)
                carry = (carry[0], carry[1], carry[2], pe)
                continue
            else:
                # never closed: it ends at its own paragraph
                spans.append(_unclosed(text, carry, carry[3]))
                carry = None
        spans.extend(para_spans)
        if still_open is not None:
            carry = (still_open[0], still_open[1], still_open[2], pe)
    if carry is not None:
        spans.append(_unclosed(text, carry, carry[3]))
    spans = _split_transcripts(text, paras, spans)
    spans.sort(key=lambda s: s.start)
    out: list[_Span] = []
    for s in spans:
        if s.end <= s.start or not text[s.start:s.end].strip():
            continue
        if out and s.start < out[-1].end:
            continue  # nested inside a merged multi-paragraph quote
        out.append(s)
    return out


def _split_transcripts(text: str, paras: list[tuple[int, int]], spans: list[_Span]) -> list[_Span]:
    """A quote running over paragraphs is split where a paragraph opens a new transcript turn
    ('“WALLACE: …'): each turn has its own speaker."""
    out = []
    starts = [ps for ps, _ in paras]
    ordered = all(a <= b for a, b in zip(starts, starts[1:]))
    ends = sorted(pe for _, pe in paras)
    for sp in spans:
        if ordered:  # bisect rather than scan every paragraph for every quote
            inner = paras[bisect.bisect_right(starts, sp.start):bisect.bisect_left(starts, sp.end)]
        else:
            inner = [(ps, pe) for ps, pe in paras if sp.start < ps < sp.end]
        cut = sp
        for ps, pe in inner:
            m = re.match(r"\s*[\"“„«]", text[ps:pe])
            if m is None or _TRANSCRIPT.match(text, ps + m.end(), pe) is None:
                continue
            k = bisect.bisect_right(ends, ps)
            prev_end = ends[k - 1] if k else max(e for s0, e in paras if e <= ps)
            e0 = prev_end
            while e0 > cut.start and text[e0 - 1].isspace():
                e0 -= 1
            if text[e0 - 1:e0] in "”\"":
                e0 -= 1
            out.append(_Span(cut.open_start, cut.start, e0, e0, False, cut.family))
            cut = _Span(ps + m.start(), ps + m.end(), sp.end, sp.close_end, sp.closed, sp.family)
        out.append(cut)
    return out


def _unclosed(text: str, carry: tuple[int, int, str, int], para_end: int) -> _Span:
    o, s, fam = carry[0], carry[1], carry[2]
    e = para_end
    while e > s and text[e - 1].isspace():
        e -= 1
    return _Span(o, s, e, e, False, fam)


# ------------------------------------------------------------------------------------------------
# tokens (quotes are single tokens) and sentences
# ------------------------------------------------------------------------------------------------


# The tokens and sentences are geolib.text's: a document's own (Document.token_spans and
# sentence_spans, found once and read by the actor search too), with names read as names
# (geolib.text.with_names: "J. Smith", "Casey Jr.", "Znak.com"). Quote attribution reads each
# token as a record, each quote (marks included) as one token, and joins sentences where a quote
# runs over a sentence break or where its rules see no sentence end (see _sentences).
#
# A record is a plain tuple (start, end, text, kind, low, cap, qi), its fields read with the
# indexes below: kind is w a word or a number, p punctuation (a mark, a symbol), q a quote; low
# the lower-case text; cap a capitalised word (or a number with a period); qi the quote's index for
# a quote token, else -1. Tuples are built in bulk in C (zip) and the garbage collector stops
# tracking them, where an object per token (some 200,000 per MB) cost about as much as all the
# speaker rules. Reading t[LOW] is as fast as a slot.
START, END, TEXT, KIND, LOW, CAP, QI = range(7)
_Tok = tuple  # for the annotations: tuple[int, int, str, str, str, bool, int]
TokInfo = tuple[str, str, bool, int]  # (kind, low, cap, qi): the fields its text decides


def _where(toks: list[_Tok], field: int, test: Any, lo: int, hi: int, kind: str | None = None) -> list[int]:
    """Indexes k in [lo, hi) where ``test(toks[k][field])`` is true (or, with ``kind``, where the
    token is of that kind), in order; the loop runs in C (itemgetter, map, compress)."""
    part = toks[lo:hi] if lo or hi < len(toks) else toks
    flags = map(test, map(_FIELD[field], part))
    if kind is not None:
        flags = map(or_, flags, map(kind.__eq__, map(_FIELD[KIND], part)))
    return list(compress(count(lo), flags))


_FIELD = [itemgetter(f) for f in range(7)]  # _FIELD[LOW](tok) is tok[LOW]
# the kind and the sentence index of a geolib.text token (start, end, kind, sentence)
_SPAN_KIND, _SENTENCE = itemgetter(2), itemgetter(3)

# geolib.text's token kinds as the speaker rules read them
_KIND_CODE = {"word": "w", "number": "w", "punct": "p", "symbol": "p", "quote": "p"}
# an apostrophe right after an s: the plural possessive of leaders’, read as a word
_PLURAL_POSS_RE = re.compile(r"[’'](?<=[sS][’'])")


def _records(text: str, tokens: list[tuple], memo: dict[str, TokInfo]) -> list[_Tok]:
    """The records of geolib.text tokens ``(start, end, kind, ...)``, built column by column.
    ``memo``: token text -> (kind, low, cap, qi), shared by the documents of one call."""
    starts = list(map(_FIELD[START], tokens))
    ends = list(map(_FIELD[END], tokens))
    texts = list(map(text.__getitem__, map(slice, starts, ends)))
    kinds = list(map(_SPAN_KIND, tokens))
    # the first token of each text not seen before (compress reads memo as it goes: once a text)
    for i in compress(count(), map(not_, map(memo.__contains__, texts))):
        w = texts[i]
        kind = _KIND_CODE[kinds[i]]
        memo[w] = (kind, w.lower(), kind == "w" and (w[:1].isupper() or (w[:1].isdigit() and "." in w)), -1)
    recs = list(map(add, zip(starts, ends, texts), map(memo.__getitem__, texts)))
    for hit in _PLURAL_POSS_RE.finditer(text, starts[0], ends[-1]) if recs else ():
        x = hit.start()
        k = bisect.bisect_left(starts, x)
        if 0 < k < len(recs) and starts[k] == x and ends[k] == x + 1 and recs[k][KIND] == "p" \
                and ends[k - 1] == x and recs[k - 1][KIND] == "w":
            recs[k] = recs[k][:KIND] + ("w",) + recs[k][KIND + 1:]
    return recs


class _SpanLookup:
    """Quotes (marks included) overlapping a range, found by bisection instead of a scan of all
    quotes for every paragraph (that scan made long documents quadratic)."""

    def __init__(self, quotes: list[_Span]) -> None:
        order = sorted(range(len(quotes)), key=lambda i: quotes[i].open_start)
        self.items = [(i, quotes[i]) for i in order]
        self.opens = [q.open_start for _, q in self.items]
        self.max_close: list[int] = []  # running maximum of close_end, to stop the backward walk
        top = -1
        for _, q in self.items:
            top = max(top, q.close_end)
            self.max_close.append(top)

    def overlapping(self, start: int, end: int) -> list[tuple[int, _Span]]:
        """(index, quote) with open_start < end and close_end > start, in the quotes' order."""
        k = bisect.bisect_left(self.opens, end) - 1
        hit = []
        while k >= 0 and self.max_close[k] > start:
            if self.items[k][1].close_end > start:
                hit.append(self.items[k])
            k -= 1
        hit.sort(key=lambda iq: iq[0])
        return hit


class _Paragraphs:
    """The records of a document's paragraphs, each quote one token, and their sentences:
    ``toks[pi]``, ``quotes[pi]`` (the indexes of the quote tokens) and ``sents[pi]`` (token ranges
    [i, j), see :func:`_sentences`) for each paragraph ``(start, end)``."""

    def __init__(self, doc: Any, paras: list[tuple[int, int]], spans: list[_Span],
                 memo: dict[str, TokInfo]) -> None:
        text = doc.text
        self.text, self.spans, self.memo = text, spans, memo
        tokens = with_names(text, doc.token_spans)
        self.sent_starts = [s for s, _, _ in doc.sentence_spans]
        recs = _records(text, tokens, memo)
        starts = list(map(_FIELD[START], recs))
        sids = list(map(_SENTENCE, tokens))
        lookup = _SpanLookup(spans)
        self.toks: list[list[_Tok]] = []
        self.quotes: list[list[int]] = []
        self.sents: list[list[tuple[int, int]]] = []
        for ps, pe in paras:
            lo, hi = bisect.bisect_left(starts, ps), bisect.bisect_left(starts, pe)
            qspans = lookup.overlapping(ps, pe)
            if not qspans:  # most paragraphs: the records as they are
                toks, qidx = recs[lo:hi], []
                first = last = sids[lo:hi]
            else:
                toks, first, last, qidx = self._with_quotes(recs, starts, sids, lo, hi, ps, pe, qspans)
            self.toks.append(toks)
            self.quotes.append(qidx)
            self.sents.append(_sentences(text, spans, toks, first, last))

    def _with_quotes(self, recs: list[_Tok], starts: list[int], sids: list[int], lo: int, hi: int,
                     ps: int, pe: int, qspans: list[tuple[int, _Span]]
                     ) -> tuple[list[_Tok], list[int], list[int], list[int]]:
        """Records [lo, hi) with each quote overlapping the paragraph as one token in place of the
        tokens it covers; the sentence of each token's first and of its last character; the
        indexes of the quote tokens. A quote's first sentence is that of its first word (Punkt may
        leave an opening mark at the end of the sentence before)."""
        cuts = sorted((max(q.open_start, ps), min(max(q.close_end, q.end), pe), i) for i, q in qspans)
        # where each quote starts and ends in the records: tokens [k, j) before it, [j, k') inside
        bounds = []
        k = lo
        for a, b, _ in cuts:
            j = bisect.bisect_left(starts, a, k, hi)
            k2 = max(j, bisect.bisect_left(starts, b, j, hi))
            if j > lo and recs[j - 1][END] > a or k2 > j and recs[k2 - 1][END] > b:
                # a token runs over a quote mark (a web address with quotes in it): the text
                # between the quotes is read anew (rare)
                return self._with_quotes_read_anew(ps, pe, cuts)
            bounds.append((j, k2))
            k = k2
        toks: list[_Tok] = []
        first: list[int] = []
        qidx: list[int] = []
        qlast: list[int] = []
        k = lo
        for (a, b, i), (j, k2) in zip(cuts, bounds):
            toks += recs[k:j]
            first += sids[k:j]
            qidx.append(len(toks))
            toks.append(self._quote_token(a, b, i))
            first.append(self._quote_sentence(a, b, i))
            qlast.append(self._sentence_at(b - 1))
            k = k2
        toks += recs[k:hi]
        first += sids[k:hi]
        last = first.copy()
        for x, sid in zip(qidx, qlast):
            last[x] = sid
        return toks, first, last, qidx

    def _with_quotes_read_anew(self, ps: int, pe: int, cuts: list[tuple[int, int, int]]
                               ) -> tuple[list[_Tok], list[int], list[int], list[int]]:
        """:meth:`_with_quotes` with the text between the quotes tokenized again, part by part."""
        text = self.text
        toks: list[_Tok] = []
        first: list[int] = []
        last: list[int] = []
        qidx: list[int] = []
        pos = ps
        for a, b, i in cuts:
            if a > pos:
                part = _records(text, with_names(text, token_spans(text, pos, a)), self.memo)
                toks += part
                first += [self._sentence_at(t[START]) for t in part]
                last += first[len(last):]
            qidx.append(len(toks))
            toks.append(self._quote_token(a, b, i))
            first.append(self._quote_sentence(a, b, i))
            last.append(self._sentence_at(b - 1))
            pos = max(pos, b)
        if pos < pe:
            part = _records(text, with_names(text, token_spans(text, pos, pe)), self.memo)
            toks += part
            first += [self._sentence_at(t[START]) for t in part]
            last += first[len(last):]
        return toks, first, last, qidx

    def _quote_token(self, a: int, b: int, i: int) -> _Tok:
        qtext = self.text[a:b]
        return (a, b, qtext, "q", qtext.lower(), False, i)

    def _quote_sentence(self, a: int, b: int, i: int) -> int:
        """The sentence of the quote's first word in text[a:b]."""
        word = self.spans[i].start
        while word < b - 1 and self.text[word].isspace():
            word += 1
        return self._sentence_at(max(a, min(word, b - 1)))

    def _sentence_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, offset) - 1)


_STOPS = frozenset((".", "!", "?", "..."))
_STARTS_AFTER_STOP = frozenset("(“\"‘")


def _sentences(text: str, quotes: list[_Span], toks: list[_Tok], first: list[int], last: list[int]
               ) -> list[tuple[int, int]]:
    """Sentence ranges [i, j) over a paragraph's tokens: geolib.text's sentences (``first`` and
    ``last``: the sentence of each token's first and last character), joined where a quote runs
    over a break (a quote never splits) and where the text before the break does not end a
    sentence for quote attribution: only . ! ? or ... followed by a capitalised word, a quote or
    an opening mark or bracket ends one, and a quote ending in . ! ? or … followed by another
    quote, or ending in . followed by a capitalised word ('“Why?” he asked', '“Why?” Vitter
    asked', 'the U.S. He': one sentence)."""
    out = []
    i0 = 0
    for i in compress(count(1), map(ne, first[1:], last)):  # a break of geolib.text before token i
        t, nxt = toks[i - 1], toks[i]
        if t[KIND] == "p":
            end_here = t[TEXT] in _STOPS and (nxt[CAP] or nxt[KIND] == "q" or nxt[TEXT] in _STARTS_AFTER_STOP)
        elif t[KIND] == "q":
            inner = text[quotes[t[QI]].start:quotes[t[QI]].end].rstrip()
            end_here = inner[-1:] in ".!?…" and (nxt[KIND] == "q" or (inner[-1:] == "." and nxt[CAP]))
        else:
            end_here = False
        if end_here:
            out.append((i0, i))
            i0 = i
    if i0 < len(toks):
        out.append((i0, len(toks)))
    return out


def _cue_at(wl: _Words, toks: list[_Tok], j: int, hi: int | None = None) -> tuple[_Cue, int] | None:
    """Reporting cue starting at token j: (cue, index after it)."""
    t = toks[j]
    cands = wl.cue_index.get(t[LOW])
    if not cands or t[KIND] != "w":  # most tokens: no cue starts with this word
        return None
    if t[TEXT] != t[LOW] and not (j > 0 and toks[j - 1][CAP] and (t[LOW] in wl.headline_cues or t[LOW].endswith("s")))\
            and t[LOW] not in ("according", "in"):
        return None
    hi = len(toks) if hi is None else hi
    for c in cands:
        k = j + len(c.words)
        if k <= hi and all(toks[j + m][KIND] == "w" and toks[j + m][LOW] == c.words[m] for m in range(len(c.words))):
            return c, k
    return None


# ------------------------------------------------------------------------------------------------
# speaker noun phrases
# ------------------------------------------------------------------------------------------------


def _is_poss(t: _Tok) -> bool:
    return t[KIND] == "w" and t[LOW] in ("’s", "'s", "’", "'")


def _is_clitic(low: str) -> bool:
    """A clitic that geolib.text splits off its word ("they’re" -> "they" "’re"): an auxiliary
    (’re ’ll ’ve ’d ’m ’s), skipped like the word it stands for."""
    return low[:1] in "'’" and low[1:].isalpha()


def _skippable(wl: _Words, toks: list[_Tok], j: int) -> bool:
    t = toks[j]
    if t[KIND] != "w":
        return False
    low = t[LOW]
    if low in wl.weekdays or low in wl.months:
        return True
    if (low in wl.skip or _is_clitic(low)) and not (low == "he"):
        if low in ("’s", "'s"):
            # contraction (He’s claiming) only when followed by an -ing / -ed word
            return j + 1 < len(toks) and toks[j + 1][LOW].endswith(("ing", "ed"))
        return True
    if t[TEXT] == low and low.endswith("ly") and len(low) > 4 and low not in wl.heads \
            and low not in wl.ly_nouns and not (j > 0 and (toks[j - 1][LOW] in wl.dets or _is_poss(toks[j - 1]))):
        return True
    if low.isdigit():
        return True
    return False


def _head_kind(wl: _Words, t: _Tok) -> str | None:
    if t[KIND] != "w":
        return None
    if t[LOW] in wl.pronouns and t[TEXT] in wl.pronoun_forms:
        return "pronoun"
    if t[CAP] and t[LOW] not in wl.cap_stop:
        return "name"
    k = wl.heads.get(t[LOW])
    return k


def _np_left(wl: _Words, toks: list[_Tok], j: int, lo: int, *, skip: bool = True) -> tuple[int, int] | None:
    """Noun phrase ending at or before token j (scanning leftwards, not below lo): (a, b) inclusive."""
    if skip:
        while j >= lo and _skippable(wl, toks, j):
            j -= 1
        # "on Thursday" / "late Thursday": the preposition before a skipped time word
        while j >= lo and toks[j][LOW] in ("on", "late", "early", "last", "this", "in") and toks[j][KIND] == "w" \
                and j + 1 < len(toks) and (toks[j + 1][LOW] in wl.weekdays or toks[j + 1][LOW] in wl.skip
                                           or toks[j + 1][LOW] in wl.months or toks[j + 1][TEXT].isdigit()):
            j -= 1
        while j >= lo and _skippable(wl, toks, j):
            j -= 1
    if j < lo:
        return None
    t = toks[j]
    if t[KIND] == "w" and t[LOW] in wl.pronouns \
            and (t[TEXT] == t[LOW] or t[TEXT] == t[LOW].capitalize() or t[TEXT] == "I"):
        return (j, j)
    if t[KIND] == "w" and t[LOW] in ("who", "which") and j - 1 >= lo and toks[j - 1][TEXT] == ",":
        return _np_left(wl, toks, j - 2, lo, skip=False)
    if t[KIND] == "p" and t[TEXT] in _DASHES:
        # dash apposition: "Ann Lee -- the head of the agency, which ... -- told reporters"
        j2 = j - 1 if j - 1 >= lo and toks[j - 1][TEXT] == t[TEXT] == "-" else j
        for k in range(j2 - 1, max(lo - 1, j2 - 60), -1):
            tk = toks[k]
            if tk[KIND] == "q" or tk[KIND] == "p" and tk[TEXT] in ".;:!?":
                return None
            if tk[KIND] == "p" and tk[TEXT] == t[TEXT]:
                k0 = k - 1 if k - 1 >= lo and toks[k - 1][TEXT] == tk[TEXT] == "-" else k
                if k0 - 1 < lo or (j2 - k) < 2:
                    return None
                np = _np_core(wl, toks, k0 - 1, lo)
                if np is not None and _head_kind(wl, toks[np[1]]) in ("name", "person", "group", "organisation"):
                    return np
                return None
        return None
    if t[KIND] == "p" and t[TEXT] == ",":
        # apposition: "Smith, a spokesman for X, said"
        for k in range(j - 1, max(lo - 1, j - 40), -1):
            tk = toks[k]
            if tk[KIND] == "q" or (tk[KIND] == "p" and tk[TEXT] in ".;:!?"):
                return None
            if tk[KIND] == "p" and tk[TEXT] == ",":
                np = _np_core(wl, toks, k - 1, lo)
                if np is None:
                    return None
                inner = toks[k + 1:j]
                if 0 < len(inner) <= 4 and all(t[CAP] and t[LOW] not in wl.cap_stop for t in inner) \
                        and not toks[np[1]][CAP]:
                    return (np[0], j - 1)  # "a spokesman for the ministry, Li Wei, said": the name
                return np
        return None
    return _np_core(wl, toks, j, lo)


_DASHES = {"—", "–", "-", "―", "--"}


def _np_core(wl: _Words, toks: list[_Tok], j: int, lo: int) -> tuple[int, int] | None:
    if j < lo:
        return None
    b = j
    t = toks[j]
    if t[KIND] == "p" and t[TEXT] == ")":
        # "Sen. Bernie Sanders (Vt.)": step over the parenthesis
        k = j - 1
        while k >= lo and toks[k][TEXT] != "(":
            k -= 1
        if k < lo or j - k > 8:
            return None
        j = k - 1
        if j < lo:
            return None
        t = toks[j]
    kind = _head_kind(wl, t)
    if kind is None and _generic_head(wl, toks, j, lo):
        kind = "person"
    if kind is None or kind == "pronoun":
        return None
    heads = wl.heads
    a = j
    lower_mods = 0
    k = j - 1
    while k >= lo:
        tk = toks[k]
        if tk[KIND] != "w":
            if tk[TEXT] in ("&", "-", "–") and k - 1 >= lo and toks[k - 1][CAP]:
                k -= 1
                continue
            break
        low = tk[LOW]
        if _is_poss(tk):
            if k - 1 >= lo and toks[k - 1][KIND] == "w" and (toks[k - 1][CAP] or toks[k - 1][LOW] in heads):
                a = k
                k -= 1
                continue
            break
        if low in wl.dets:
            a = k
            # "the head of the committee": go on through a preposition after a speaker noun
            if k - 2 >= lo and toks[k - 1][KIND] == "w" and toks[k - 1][LOW] in wl.np_preps and (
                    toks[k - 2][LOW] in heads and toks[k - 2][TEXT] == toks[k - 2][LOW]
                    or toks[k - 2][CAP] and toks[k - 2][LOW] not in wl.cap_stop):
                a = k - 2
                k -= 3
                continue
            break
        if tk[CAP] and low not in wl.cap_stop:
            a = k
            k -= 1
            continue
        if low == "and" and k - 1 >= lo and toks[k - 1][CAP] and toks[k - 1][LOW] not in wl.cap_stop and toks[a][CAP]:
            a = k
            k -= 1
            continue
        if low in wl.np_preps and k - 1 >= lo and toks[k - 1][KIND] == "w" and (
                toks[k - 1][LOW] in heads and toks[k - 1][TEXT] == toks[k - 1][LOW]
                or toks[k - 1][CAP] and low == "of" and toks[k - 1][LOW] not in wl.cap_stop):
            a = k - 1
            k -= 2
            continue
        if low in heads and tk[TEXT] == low:
            a = k
            k -= 1
            continue
        if tk[TEXT] == low and low not in wl.boundary and low not in wl.skip and low not in wl.np_preps \
                and _cue_at(wl, toks, k) is None and lower_mods < 3 \
                and (k - 1 < lo or toks[k - 1][LOW] in wl.dets or _is_poss(toks[k - 1]) or toks[k - 1][CAP]
                     or toks[k - 1][KIND] == "q" or toks[k - 1][TEXT] == ",") \
                and (toks[a][LOW] in heads or toks[a][CAP]):
            # an adjective between a determiner and the head: "the former spokesman"
            lower_mods += 1
            a = k
            k -= 1
            continue
        break
    # trim leading prepositions / conjunctions
    while a < b and (toks[a][LOW] in wl.np_preps or toks[a][LOW] == "and"):
        a += 1
    if toks[a][LOW] in wl.cap_stop and toks[a][LOW] not in wl.dets and a < b:
        a += 1
    return (a, b)


def _generic_head(wl: _Words, toks: list[_Tok], j: int, lo: int) -> bool:
    """A lowercase noun right after a determiner can head a speaker description ("the clip")."""
    t = toks[j]
    low = t[LOW]
    if t[KIND] != "w" or t[TEXT] != low or not low.isalpha() or len(low) < 3 or low in wl.boundary \
            or low in wl.preps or low in wl.skip or low in wl.dets or low in wl.pronouns \
            or _cue_at(wl, toks, j) is not None:
        return False
    if j - 1 >= lo and (toks[j - 1][LOW] in wl.dets or _is_poss(toks[j - 1])):
        return True
    return j - 2 >= lo and toks[j - 2][LOW] in wl.dets and toks[j - 1][TEXT] == toks[j - 1][LOW] \
        and toks[j - 1][LOW].isalpha() and toks[j - 1][LOW] not in wl.boundary and toks[j - 1][LOW] not in wl.preps


def _np_right(wl: _Words, toks: list[_Tok], j: int, hi: int) -> tuple[int, int] | None:
    """Noun phrase starting at token j (scanning rightwards, below hi)."""
    if j >= hi:
        return None
    t = toks[j]
    if t[KIND] != "w":
        return None
    if t[LOW] in wl.pronouns and t[TEXT] in (t[LOW], t[LOW].capitalize(), "I"):
        return (j, j)
    heads = wl.heads
    a = j
    k = j
    b = None
    while k < hi:
        tk = toks[k]
        low = tk[LOW]
        if tk[KIND] == "p" and tk[TEXT] in ("(",):
            m = k
            while m < hi and toks[m][TEXT] != ")":
                m += 1
            if m < hi and m - k <= 8 and b is not None:
                b = m
                k = m + 1
                continue
            break
        if tk[KIND] != "w":
            if tk[TEXT] in ("&",) and b is not None:
                k += 1
                continue
            break
        if low in wl.dets and b is None:
            k += 1
            continue
        if _is_poss(tk) and b is not None:
            k += 1
            continue
        if tk[CAP] and low not in wl.cap_stop:
            b = k
            k += 1
            continue
        if low in heads and tk[TEXT] == low:
            b = k
            k += 1
            continue
        if low in ("of", "for", "at", "in") and b is not None and k + 1 < hi and (
                toks[k + 1][CAP] or toks[k + 1][LOW] in wl.dets):
            # "a spokesman for the ministry", "director of debate at the University"
            m = k + 1
            while m < hi and toks[m][LOW] in wl.dets:
                m += 1
            if m < hi and (toks[m][CAP] or toks[m][LOW] in heads) and toks[m][LOW] not in wl.cap_stop:
                k = m
                continue
            break
        if low == "and" and b is not None and k + 1 < hi and toks[k + 1][CAP] and toks[b][CAP]:
            k += 1
            continue
        if tk[TEXT] == low and b is None and low not in wl.boundary and low not in wl.preps \
                and _cue_at(wl, toks, k) is None and k - j < 4 and not low.endswith("ed"):
            k += 1  # an adjective before the head
            continue
        break
    if b is None:
        return None
    if _head_kind(wl, toks[b]) is None and toks[b][TEXT] != ")":
        return None
    return (a, b)


# ------------------------------------------------------------------------------------------------
# attribution
# ------------------------------------------------------------------------------------------------


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    kind: str                    # pronoun | name | person | group | organisation | document
    speaker: str
    anchors: list[tuple[int, int]] = field(default_factory=list)
    heads: set[str] = field(default_factory=set)
    para: int = 0
    person: bool | None = None   # True person, False group/organisation, None unknown
    gender: str | None = None    # 'm' / 'f' when a title, first name or gendered noun says so
    # the mention this one was resolved through ("he" -> "Sen. Lee"): its anchors come before
    # ``anchors`` (a chain, not a copy: "a spokesman" resolved 10,000 times in one paragraph
    # copied ever longer anchor lists, n² in time and memory)
    base: _Mention | None = field(default=None, repr=False, compare=False)


@dataclass
class _Found:
    mention: _Mention | None
    cue: tuple[int, int, str, str] | None  # start, end, text, group
    how: str


class _Doc:
    """Per-document state: tokens, sentences, name index, attribution history."""

    def __init__(self, wl: _Words, doc: Any, paras: list[tuple[int, int]], spans: list[_Span],
                 memo: dict[str, TokInfo] | None = None) -> None:
        self.wl = wl  # the word lists of this call
        self.text = doc.text
        self.paras = paras
        self.spans = spans
        found = _Paragraphs(doc, paras, spans, {} if memo is None else memo)
        self.ptoks: list[list[_Tok]] = found.toks
        self.psents: list[list[tuple[int, int]]] = found.sents
        self.pquotes: list[list[int]] = found.quotes  # indexes of the quote tokens of each paragraph
        self.events: list[_Mention] = []
        self.qpos: dict[int, tuple[int, int, int]] = {}
        self.names: list[tuple[int, list[str], int, int]] = []  # (para, tokens, start, end)
        stripped = []  # each name without its titles
        text_of = _FIELD[TEXT]
        for pi, toks in enumerate(self.ptoks):
            for a, b in self._name_runs(toks, 0, len(toks)):
                words = [toks[a][TEXT]] if a == b else list(map(text_of, toks[a:b + 1]))
                self.names.append((pi, words, toks[a][START], toks[b][END]))
                stripped.append(wl.strip_titles(tuple(words)))
        self.surnames = {n[1][-1] for n, cand in zip(self.names, stripped) if len(cand) >= 2}
        self._gender_cache: dict[tuple[str, ...], str | None] = {}
        self._tgenders: dict[str, set[str]] | None = None
        self._pcues: list[list[int] | None] = [None] * len(paras)  # cue-word indexes per paragraph
        # facts of a sentence, or of a paragraph, that every quote in it asks for, computed once
        # (a sentence of n quotes rescanned for each of them cost n² on runs of unmatched marks)
        self._sents: dict[tuple[int, int, int], _Sentence] = {}
        self._as_back: dict[int, list[int]] = {}
        self._described: dict[tuple[int, frozenset[str], bool], tuple[list[int], list[tuple[int, int, int]]]] = {}
        self._content: dict[int, tuple[int, int]] = {}
        self._parens: dict[int, list[int]] = {}
        self._positions: dict[tuple[int, str], list[int]] = {}
        self._subjects: dict[tuple[int, int, int, int, int], tuple[tuple[int, int] | None, bool]] = {}
        self._name_starts = [n[2] for n in self.names]
        if any(a > b for a, b in zip(self._name_starts, self._name_starts[1:])):
            self._name_starts = []  # paragraphs out of order: scan the names (see _resolve_pronoun)
        # names as candidates for fullest(): (stripped words, their lowercase forms, start)
        # grouped by last word, then by the name's words, with the (ascending) starts of its
        # mentions, so that fullest() bisects instead of scanning every mention (a surname
        # repeated on every line made that quadratic)
        self._full_cands: dict[str, dict[tuple[str, ...], tuple[frozenset[str], list[int]]]] = {}
        for (_, words, s, _e), cand in zip(self.names, stripped):
            if not cand or wl.has_org_word(cand):
                continue
            group = self._full_cands.setdefault(cand[-1].lower(), {})
            if cand not in group:
                group[cand] = (frozenset(w.lower() for w in cand), [])
            group[cand][1].append(s)

    # -- names -----------------------------------------------------------------------------
    def _name_runs(self, toks: list[_Tok], lo: int, hi: int) -> list[tuple[int, int]]:
        wl = self.wl
        runs = []
        done = lo - 1  # last token of the previous run
        for k in _where(toks, CAP, bool, lo, hi):  # only a capitalised word starts a run
            if k <= done:
                continue
            t = toks[k]
            if t[LOW] not in wl.cap_stop and t[LOW] not in wl.dets and t[LOW] not in wl.weekdays \
                    and t[LOW] not in wl.months and t[LOW] not in wl.cue_words:
                a = k
                while k + 1 < hi and (toks[k + 1][CAP] and toks[k + 1][LOW] not in wl.cap_stop
                                      and toks[k + 1][LOW] not in wl.cue_words
                                      or toks[k + 1][LOW] in wl.name_particles
                                      and k + 2 < hi and toks[k + 2][CAP]):
                    k += 1
                runs.append((a, k))
                done = k
        return runs

    def fullest(self, words: list[str], at: int) -> str:
        """Fullest form of a name in the article, nearest earlier mention first."""
        core = self.wl.strip_titles(tuple(words))
        if not core:
            return " ".join(words)
        low = [w.lower() for w in core]
        best = None
        best_key = None
        for cand, (cl, starts) in self._full_cands.get(low[-1], {}).items():
            if len(cand) <= len(core):
                continue
            if not all(w in cl for w in low):
                continue
            # the nearest mention of this name: the last one at or before ``at``, else the first after
            i = bisect.bisect_right(starts, at)
            s = starts[i - 1] if i else starts[0]
            key = (0 if s <= at else 1, abs(at - s))
            if best_key is None or key < best_key:
                best, best_key = cand, key
        return " ".join(best or core)

    def gender(self, words: list[str] | str) -> str | None:
        """'m' / 'f' for a person's name: a gendered title (Mr., Mrs., Ms.) before the name
        anywhere in the article, or a first name from the shipped list; None when unknown."""
        wl = self.wl
        if isinstance(words, str):
            words = words.split()
        key = tuple(words)
        cache = self._gender_cache
        if key in cache:
            return cache[key]
        titles, firsts = wl.gender_titles, wl.first_names
        g = None
        for w in words:
            g = g or titles.get(w.lower()) or titles.get(w.lower().rstrip("."))
        core = wl.strip_titles(key)
        if g is None and core:
            found = self._title_genders().get(core[-1].lower(), set())
            if len(found) == 1:
                g = next(iter(found))
        if g is None and core:
            full = self.fullest(list(core), 0).split()
            if len(full) >= 2:
                g = firsts.get(full[0].lower())
        cache[key] = g
        return g

    def cue_starts(self, pi: int, lo: int, hi: int) -> list[int]:
        """:func:`_cue_starts` of paragraph pi's tokens in [lo, hi), from one pass per paragraph."""
        idx = self._pcues[pi]
        if idx is None:
            idx = self._pcues[pi] = _cue_starts(self.wl, self.ptoks[pi], 0, len(self.ptoks[pi]))
        return idx[bisect.bisect_left(idx, lo):bisect.bisect_left(idx, hi)]

    def sentence(self, pi: int, lo: int, hi: int) -> _Sentence:
        """The :class:`_Sentence` of tokens [lo, hi) of paragraph pi (built once)."""
        key = (pi, lo, hi)
        found = self._sents.get(key)
        if found is None:
            found = self._sents[key] = _Sentence(self, pi, lo, hi)
        return found

    def as_back(self, pi: int, j: int) -> int:
        """The last token at or before j of paragraph pi that is not a quote, an article, 'and',
        'or' or a comma (-1 if none): where :func:`_as_quote` looks for 'as'."""
        back = self._as_back.get(pi)
        if back is None:
            skip = self.wl.as_skip
            back, last = [], -1
            for k, t in enumerate(self.ptoks[pi]):
                if not (t[LOW] in skip or t[KIND] == "q"):
                    last = k
                back.append(last)
            self._as_back[pi] = back
        return back[j] if j >= 0 else -1

    def positions(self, pi: int, low: str) -> list[int]:
        """Indexes of the tokens of paragraph pi whose lower-case text is ``low``."""
        key = (pi, low)
        found = self._positions.get(key)
        if found is None:
            found = self._positions[key] = _where(self.ptoks[pi], LOW, low.__eq__, 0, len(self.ptoks[pi]))
        return found

    def parens(self, pi: int, a: int, b: int) -> bool:
        """Whether tokens [a, b) of paragraph pi hold an opening parenthesis."""
        counts = self._parens.get(pi)
        if counts is None:
            counts = self._parens[pi] = list(accumulate((t[TEXT] == "(" for t in self.ptoks[pi]), initial=0))
        return b > a and counts[b] > counts[a]

    def has_content(self, pi: int, a: int, b: int) -> bool:
        """Whether paragraph pi has a character other than a space, a tab or a quote mark before
        offset a or at or after offset b (text outside a quote)."""
        first_last = self._content.get(pi)
        if first_last is None:
            ps, pe = self.paras[pi]
            seg = self.text[ps:pe]
            core = seg.strip(_NOT_CONTENT)
            first = ps + len(seg) - len(seg.lstrip(_NOT_CONTENT))
            first_last = self._content[pi] = (first, first + len(core)) if core else (pe, ps)
        first, last = first_last
        return first < a or last > b

    def described(self, pj: int, same: frozenset[str], doc_class: bool) -> tuple[list[int], list[tuple[int, int, int]]]:
        """Earlier mentions of a speaker noun (one of ``same``) with a capitalised owner in paragraph
        pj, as (starts, [(noun index, NP start, owner end)]), for :func:`_resolve_description`."""
        wl = self.wl
        key = (pj, same, doc_class)
        found = self._described.get(key)
        if found is not None:
            return found
        ptoks = self.ptoks[pj]
        starts, hits = [], []
        for i in _where(ptoks, LOW, same.__contains__, 0, len(ptoks)):
            if ptoks[i][KIND] != "w":
                continue
            j = i - 1
            if j >= 0 and ptoks[j][CAP] or j >= 0 and _is_poss(ptoks[j]):
                np = _np_core(wl, ptoks, i, 0)
                if np is not None and np[0] < i:
                    b0 = i - 1
                    while b0 >= np[0] and (_is_poss(ptoks[b0]) or ptoks[b0][LOW] in wl.dets):
                        b0 -= 1
                    if b0 >= np[0]:
                        starts.append(ptoks[i][START])
                        hits.append((i, np[0], b0 if doc_class else i))
        found = self._described[key] = (starts, hits)
        return found

    def _title_genders(self) -> dict[str, set[str]]:
        """Last word of a name (lower case) -> genders of the titles written before it anywhere
        in the article (Mr. Lee, Mrs. Lee), collected once per document."""
        if self._tgenders is None:
            wl = self.wl
            titles = wl.gender_titles
            self._tgenders = {}
            for _, toks, _s, _e in self.names:
                cand = wl.strip_titles(tuple(toks))
                if not cand or len(toks) == len(cand):
                    continue
                found = self._tgenders.setdefault(cand[-1].lower(), set())
                for w in toks[:len(toks) - len(cand)]:
                    t = titles.get(w.lower()) or titles.get(w.lower().rstrip("."))
                    if t:
                        found.add(t)
        return self._tgenders

    def is_person_name(self, words: list[str]) -> bool | None:
        wl = self.wl
        core = wl.strip_titles(tuple(words))
        if not core:
            return None
        if any(w.lower() in wl.org_words for w in core):
            return False
        if len(words) > len(core):
            return True  # had a title: Sen. Graham
        if len(core) >= 2:
            return None if any(w.isupper() and len(w) > 1 for w in core) else True
        return True if core[-1] in self.surnames else None


_NOT_CONTENT = " \t'\"“”‘’"


class _Sentence:
    """What the quotes of one sentence (tokens [lo, hi) of paragraph pi) ask about it, found once:
    each rule used to rescan the sentence from every quote, and a sentence of n quotes (a run of
    unmatched marks, ``said "`` repeated) cost n² steps per rule."""

    def __init__(self, d: _Doc, pi: int, lo: int, hi: int) -> None:
        self.d, self.pi, self.lo, self.hi = d, pi, lo, hi
        self.toks = d.ptoks[pi]
        self._lead: int | None = None
        self._word: int | None = None
        self._cues: tuple[list[int], list[tuple[_Cue, int]]] | None = None
        self._phrases: tuple[list[int], list[tuple[int, _Cue, int, tuple[int, int]]]] | None = None
        self._nouns: set[str] | None = None
        self._headline: bool | None = None
        # cues folded, best so far, last quote asked for, and whether a folded cue depends on
        # that quote ('according to X (' : _np_right reads up to the quote)
        self._left: list[Any] = [0, None, -1, False]

    def lead_end(self) -> int:
        """The first token that is not a quote, a punctuation mark or an opener (and, but ...):
        a quote before it opens the sentence."""
        if self._lead is None:
            k, toks, openers = self.lo, self.toks, self.d.wl.openers
            while k < self.hi and (toks[k][KIND] in ("q", "p") or toks[k][LOW] in openers):
                k += 1
            self._lead = k
        return self._lead

    def first_word(self) -> int:
        """The first word token (``hi`` if none)."""
        if self._word is None:
            k, toks = self.lo, self.toks
            while k < self.hi and toks[k][KIND] != "w":
                k += 1
            self._word = k
        return self._word

    def cues(self) -> tuple[list[int], list[tuple[_Cue, int]]]:
        """The reporting cues of the sentence: (token indexes, [(cue, index after it)])."""
        if self._cues is None:
            wl = self.d.wl
            pos, found = [], []
            for v in self.d.cue_starts(self.pi, self.lo, self.hi):
                c = _cue_at(wl, self.toks, v, self.hi) if self.toks[v][KIND] == "w" else None
                if c is not None:
                    pos.append(v)
                    found.append(c)
            self._cues = (pos, found)
        return self._cues

    def next_cue(self, i: int) -> tuple[int, tuple[_Cue, int]] | None:
        """The first cue after token i."""
        pos, found = self.cues()
        k = bisect.bisect_right(pos, i)
        return (pos[k], found[k]) if k < len(pos) else None

    def next_phrase(self, i: int) -> tuple[int, _Cue, int, tuple[int, int]] | None:
        """The first 'according to X' (a phrase cue with its noun phrase) after token i."""
        if self._phrases is None:
            wl = self.d.wl
            pos, found = [], []
            for v, (cue, end) in zip(*self.cues()):
                if cue.pos == "phrase":
                    np = _np_right(wl, self.toks, end, self.hi)
                    if np is not None:
                        pos.append(v)
                        found.append((v, cue, end, np))
            self._phrases = (pos, found)
        pos, found = self._phrases
        k = bisect.bisect_right(pos, i)
        return found[k] if k < len(found) else None

    def headline(self) -> bool:
        """:func:`_headline` of the sentence."""
        if self._headline is None:
            self._headline = _headline(self.d.wl, self.toks, self.lo, self.hi)
        return self._headline

    def doc_nouns(self) -> set[str]:
        """:func:`_doc_nouns` of the sentence (do not change the set)."""
        if self._nouns is None:
            self._nouns = _doc_nouns(self.d.wl, self.toks, self.lo, self.hi)
        return self._nouns

    def left_cue(self, i: int) -> tuple[tuple[int, int], int, int, _Cue] | None:
        """The main-clause cue before the quote at token i, see :func:`_left_any`. The cues are
        folded once, from left to right, for all the quotes of the sentence (asked for in order)."""
        wl = self.d.wl
        done, best, last, fragile = self._left
        if i < last or fragile and i != last:
            done, best, fragile = 0, None, False  # fold again from the start, as the rule reads
        pos, found = self.cues()
        toks, s_lo = self.toks, self.lo
        while done < len(pos) and pos[done] < i:
            v, (cue, v_end) = pos[done], found[done]
            done += 1
            if _nounish(wl, toks, v, s_lo):
                continue
            if cue.pos == "phrase":  # according to X / in the words of X
                np = _np_right(wl, toks, v_end, i)
                fragile = fragile or self.d.parens(self.pi, v_end, i)
                explicit = True
                first = v
            else:
                np, explicit = _subject_ex(self.d, toks, v, s_lo, self.pi, self.hi)
                first = np[0] if np is not None else v
            if np is None:
                continue
            prev = toks[first - 1] if first - 1 >= s_lo else None
            main = prev is None or prev[KIND] == "q" or prev[TEXT] in wl.main_openers or prev[LOW] in wl.main_openers
            if best is None or main and explicit:
                best = (np, v, v_end, cue)
            elif np == best[0]:
                best = (np, v, v_end, cue)  # same subject, nearer verb: "X criticized … and called it “…”"
        self._left = [done, best, i, fragile]
        return best


def _mk_mention(d: _Doc, toks: list[_Tok], np: tuple[int, int], pi: int, s_lo: int, s_hi: int) -> _Mention:
    """Build and resolve a mention from an NP (a, b) in paragraph pi."""
    wl = d.wl
    a, b = np
    text = d.text
    start, end = toks[a][START], toks[b][END]
    mtext = text[start:end]
    head_i = b
    if toks[b][TEXT] == ")":
        head_i = max(i for i in range(a, b) if toks[i][TEXT] == "(") - 1
    preps = [i for i in range(a + 1, head_i) if toks[i][KIND] == "w" and toks[i][LOW] in wl.np_preps
             and not (toks[i][LOW] == "of" and toks[i - 1][CAP] and toks[i + 1][CAP])]
    if any(t[TEXT] == "," for t in toks[a:b]):
        preps = []  # "a spokesman for the ministry, Li Wei": the name after the comma is the head
    anchor_end = end
    if preps:
        head_i = preps[0] - 1  # "the EU delegation in China": delegation
        anchor_end = toks[head_i][END]
    head = toks[head_i]
    heads = wl.heads
    low = head[LOW]
    if head[KIND] == "w" and low in wl.pronouns and a == b:
        m = _Mention(start, end, mtext, "pronoun", mtext, [(start, end)], set(), pi)
        subj = _sentence_subject(wl, toks, s_lo, a) if low in ("he", "she", "they", "it") else None
        if low in ("they", "it"):
            # "The campaign is seeking ... what they call …": a group or organisation subject
            # of the same sentence
            hk = wl.heads.get(toks[subj[1]][LOW]) if subj is not None else None
            plural = subj is not None and toks[subj[1]][LOW].endswith("s") and not toks[subj[1]][LOW].endswith("ss")
            if subj is not None and subj[1] < a and hk in ("group", "organisation") \
                    and toks[subj[1]][TEXT] == toks[subj[1]][LOW] \
                    and not any(t[LOW] in wl.pronouns for t in toks[subj[0]:subj[1] + 1]) \
                    and (low == "it" and not plural and hk == "organisation" or low == "they"):
                inner = _mk_mention(d, toks, subj, pi, s_lo, s_hi)
                if inner.speaker:
                    m.speaker = inner.speaker
                    m.anchors, m.base = [(start, end)], inner
                    m.person = False
                    m.heads = set(inner.heads)
                    return m
            subj = None
        if subj is not None and toks[subj[1]][TEXT] == ")" and "(" in [t[TEXT] for t in toks[subj[0]:subj[1]]]:
            subj = (subj[0], max(x for x in range(subj[0], subj[1]) if toks[x][TEXT] == "(") - 1)
        if subj is not None and subj[0] <= subj[1] < a and toks[subj[1]][CAP] \
                and _head_kind(wl, toks[subj[1]]) == "name":
            words = [t[TEXT] for t in toks[subj[0]:subj[1] + 1] if t[CAP] and not _is_poss(t)]
            if words and d.is_person_name(words) and d.gender(words) in (None, wl.pronoun_gender.get(low)):
                m.speaker = d.fullest(words, toks[subj[0]][START])
                m.anchors = [(toks[subj[0]][START], toks[subj[1]][END]), (start, end)]
                m.person = True
                m.gender = wl.pronoun_gender.get(low)
                return m
        _resolve_pronoun(d, m, low)
        return m
    if head[CAP] and low not in heads or head[CAP] and head_i > a and toks[head_i - 1][CAP]:
        # a name, maybe after a description: "campaign manager Robby Mook"
        r0 = head_i
        while r0 - 1 >= a and toks[r0 - 1][CAP] and not _is_poss(toks[r0 - 1]) and toks[r0 - 1][LOW] not in wl.dets:
            r0 -= 1
        words = [t[TEXT] for t in toks[r0:head_i + 1]]
        core = wl.strip_titles(tuple(words))
        role_words = {t[LOW] for t in toks[a:head_i + 1] if t[LOW] in heads}
        person = d.is_person_name(words)
        if role_words and any(heads.get(w) == "person" for w in role_words):
            person = True if person is None else person
        if core and person is not True and any(_is_poss(t) for t in toks[a:r0]):
            speaker = _clean_join(wl, text, toks, a, head_i)  # "China’s Foreign Ministry"
        elif core:
            speaker = d.fullest(words, start)
        else:
            speaker = " ".join(t[TEXT] for t in toks[a:b + 1] if t[LOW] not in wl.dets)
        kind = "name" if person is not False else "organisation"
        m = _Mention(start, end, mtext, kind, speaker, [(start, anchor_end)], role_words | {w.lower() for w in core}, pi,
                     person)
        if person is not False:
            nouns = wl.gender_nouns
            m.gender = next((nouns[t[LOW]] for t in toks[a:head_i + 1] if t[LOW] in nouns), None) \
                or d.gender(words)
        return m
    # a description headed by a speaker noun
    hkind = heads.get(low, "person")
    body = [t for t in toks[a:head_i] if t[LOW] not in wl.dets]
    owner = [t for t in body if t[CAP] or _is_poss(t)]
    m = _Mention(start, end, mtext, hkind, "", [(start, anchor_end)], {wl.sing(low)}, pi,
                 hkind == "person", wl.gender_nouns.get(low))
    if owner:
        # "The NATO leaders’ statement", "China’s Foreign Ministry", "a Homeland Security official"
        poss = [i for i in range(a, head_i) if _is_poss(toks[i])]
        if poss and hkind == "document":
            o = [t for t in toks[a:poss[-1]] if t[LOW] not in wl.dets]
            m.speaker = " ".join(t[TEXT] for t in o) if o else mtext
            m.person = None
        else:
            m.speaker = _clean_join(wl, text, toks, a, b)
        return m
    # bare description: "the statement", "the spokesman", "officials", "a spokesman"
    _resolve_description(d, m, wl.sing(low), toks, a, pi, s_lo, s_hi)
    return m


def _clean_join(wl: _Words, text: str, toks: list[_Tok], a: int, b: int) -> str:
    if toks[a][LOW] in wl.dets:
        a += 1
    return text[toks[a][START]:toks[b][END]] if a <= b else text[toks[b][START]:toks[b][END]]


def _resolve_pronoun(d: _Doc, m: _Mention, low: str) -> None:
    wl = d.wl
    want_person = low in ("he", "she", "i")
    want_gender = wl.pronoun_gender.get(low)
    m.gender = want_gender
    for ev in reversed(d.events):
        if m.para - ev.para > 3:
            break
        if want_person and ev.person is False:
            continue
        if want_gender and ev.gender and ev.gender != want_gender:
            continue  # "she" is not Mr. Smith
        if not want_person and low == "they" and ev.person is True and ev.kind == "name":
            continue
        if low == "it" and ev.person is True:
            continue
        m.speaker = ev.speaker
        m.anchors, m.base = [(m.start, m.end)], ev
        m.person = ev.person
        m.heads = set(ev.heads)
        m.gender = want_gender or ev.gender
        return
    if want_person:
        # the names before the mention, nearest first (bisect: not a walk over the later ones)
        names = d.names
        upto = bisect.bisect_left(d._name_starts, m.start) if d._name_starts else len(names)
        for n in range(upto - 1, -1, -1):
            pi, words, s, _e = names[n]
            if s >= m.start:
                continue
            if m.para - pi > 3:
                break
            if d.is_person_name(words) and (want_gender is None or d.gender(words) in (None, want_gender)):
                m.speaker = d.fullest(words, s)
                m.anchors = [(s, _e), (m.start, m.end)]
                m.person = True
                return
    m.speaker = m.text


def _resolve_description(d: _Doc, m: _Mention, head: str, toks: list[_Tok], a: int, pi: int,
                         s_lo: int, s_hi: int) -> None:
    wl = d.wl
    definite = toks[a][LOW] in ("the", "this", "that", "these", "those", "its", "their", "his", "her")
    same = wl.head_matches(head)  # the nouns that refer back to this one
    # 1. an earlier speaker referred to by the same noun (the statement -> NATO leaders' statement)
    for ev in reversed(d.events):
        if pi - ev.para > 6:
            break
        if not same.isdisjoint(ev.heads):
            m.speaker = ev.speaker
            m.anchors, m.base = [(m.start, m.end)], ev
            m.person = ev.person
            m.heads |= ev.heads
            return
    # 2. an indefinite person noun ("with a spokesman describing ...") speaks for the
    #    organisation that is the subject of its sentence, or for the latest organisation speaker
    if m.kind == "person" and not definite:
        subj = _sentence_subject(wl, toks, s_lo, a)
        if subj is not None and subj[1] < a:
            owner = _clean_join(wl, d.text, toks, subj[0], subj[1])
            m.speaker = f"{owner} {m.text.split()[-1]}"
            m.anchors = [(toks[subj[0]][START], toks[subj[1]][END]), (m.start, m.end)]
            return
    # 3. the nearest earlier mention of the noun with a capitalised owner ("Foreign Ministry")
    for pj in range(pi, max(-1, pi - 6), -1):
        ptoks = d.ptoks[pj]
        starts, hits = d.described(pj, same, bool(wl.doc_class.get(head)))
        k = bisect.bisect_left(starts, m.start)  # the nearest one before the mention
        if k:
            i, a0, b0 = hits[k - 1]
            m.speaker = _clean_join(wl, d.text, ptoks, a0, b0)
            m.anchors = [(ptoks[a0][START], ptoks[i][END]), (m.start, m.end)]
            return
    words = m.text.split(None, 1)
    m.speaker = words[-1] if toks[a][LOW] in wl.dets and len(words) > 1 else m.text


def _sentence_subject(wl: _Words, toks: list[_Tok], s_lo: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase that opens a sentence (after an introductory phrase ending in a comma)."""
    k = s_lo
    while k < limit and toks[k][KIND] == "q":
        k += 1
    # an all-caps kicker before a dash: "CONGRESS STEPS IN — The senator said …"
    c = k
    while c < limit and toks[c][KIND] == "w" and toks[c][TEXT].isupper() and (len(toks[c][TEXT]) > 1 or toks[c][TEXT] in "AI"):
        c += 1
    if c - k >= 2 and c < limit and toks[c][TEXT] in _DASHES:
        k = c + 1
        while k < limit and toks[k][TEXT] in _DASHES:
            k += 1
    # introductory phrase: "In a statement on Thursday, " / "Late Thursday, "
    for c in range(k, min(limit, k + 10)):
        if toks[c][TEXT] == ",":
            if toks[k][LOW] in wl.cap_stop or toks[k][LOW] in ("late", "early") or _skippable(wl, toks, k):
                k = c + 1
            break
    if k >= limit:
        return None
    np = _np_right(wl, toks, k, limit)
    return np


def _passive(wl: _Words, toks: list[_Tok], v: int, lo: int) -> bool:
    form = toks[v][LOW]
    k = v - 1
    while k >= lo and _skippable(wl, toks, k):
        if toks[k][LOW] in wl.passive_aux and form.endswith(("ed", "en", "told", "said")):
            return True
        k -= 1
    return False


def _nounish(wl: _Words, toks: list[_Tok], v: int, lo: int) -> bool:
    """A cue form used as a noun: "a controversial comment", "his remarks", "the report"."""
    if v - 1 < lo:
        return False
    p = toks[v - 1]
    if p[LOW] in ("’s", "'s") and toks[v][LOW].endswith(("ing", "ed")):
        return False  # contraction: He’s claiming
    if p[LOW] in wl.dets or _is_poss(p):
        return True
    c = _cue_at(wl, toks, v)
    if c is None or toks[v][LOW] != c[0].lemma.split()[0] or len(c[0].words) > 1:
        return False
    # a base form after a singular common noun is a noun compound ("a court order", "cost estimate");
    # after a plural, a pronoun or a modal it is a verb ("voters say", "they say", "would say")
    return p[KIND] == "w" and p[TEXT] == p[LOW] and p[LOW].isalpha() and not p[LOW].endswith("s") \
        and p[LOW] not in wl.pronouns and p[LOW] not in wl.skip and p[LOW] not in wl.preps \
        and p[LOW] not in wl.boundary and p[LOW] not in wl.irregular_plurals \
        and p[LOW] not in ("to", "i", "you", "we", "who", "which")


def _subject(d: _Doc, toks: list[_Tok], v: int, s_lo: int, pi: int, s_hi: int,
             depth: int = 0) -> tuple[int, int] | None:
    """Subject NP of the cue at token v."""
    return _subject_ex(d, toks, v, s_lo, pi, s_hi, depth)[0]


def _subject_ex(d: _Doc, toks: list[_Tok], v: int, s_lo: int, pi: int, s_hi: int,
                depth: int = 0) -> tuple[tuple[int, int] | None, bool]:
    """(subject NP of the cue at token v, whether it stands right before the verb). Kept per
    document: the coordinated-verb search asks it again for each earlier cue, three levels deep
    ('saying, "a" adding, ' repeated took seconds per kilobyte)."""
    key = (pi, v, s_lo, s_hi, depth)
    memo = d._subjects if toks is d.ptoks[pi] else None
    if memo is not None and key in memo:
        return memo[key]
    found = _subject_search(d, toks, v, s_lo, pi, s_hi, depth)
    if memo is not None:
        memo[key] = found
    return found


def _subject_search(d: _Doc, toks: list[_Tok], v: int, s_lo: int, pi: int, s_hi: int,
                    depth: int = 0) -> tuple[tuple[int, int] | None, bool]:
    """:func:`_subject_ex` without its memo."""
    wl = d.wl
    form = toks[v][LOW]
    j = v - 1
    if _passive(wl, toks, v, s_lo):
        return None, False
    participle = form.endswith("ing")
    if participle and j >= s_lo and toks[j][LOW] in wl.progressive_aux:
        participle = False  # "He’s claiming", "Clinton is describing"
    if participle and j >= s_lo and toks[j][TEXT] == ",":
        np = None  # "X attacked Y, saying": the clause subject, below
    else:
        np = _np_left(wl, toks, j, s_lo)
    if np is not None and (not participle or np[0] - 1 >= s_lo and toks[np[0] - 1][LOW] == "with"
                           or _head_kind(wl, toks[np[1]]) in ("name", "pronoun")):
        return np, True
    if depth > 2:
        return None, False
    # coordinated, infinitive or participial verb: "X criticized Y and called it", "X said, adding"
    k = j
    while k >= s_lo and _skippable(wl, toks, k):
        k -= 1
    if k >= s_lo and (toks[k][LOW] in ("and", "but", "then", "while", "to") or toks[k][TEXT] == ","
                      or participle) or k < s_lo and participle:
        for w in range(k, s_lo - 1, -1):
            if toks[w][KIND] == "w" and w != v and _cue_at(wl, toks, w) is not None and not _nounish(wl, toks, w, s_lo):
                np2 = _subject(d, toks, w, s_lo, pi, s_hi, depth + 1)
                if np2 is not None:
                    return np2, False
        np2 = _sentence_subject(wl, toks, s_lo, v)
        if np2 is not None and np2[1] < v:
            return np2, False
    return None, False


def _doc_nouns(wl: _Words, toks: list[_Tok], s_lo: int, s_hi: int) -> set[str]:
    """Document nouns the speaker of this clause owns: "in a statement", "said in the declaration"."""
    out = set()
    for k in _where(toks, LOW, wl.document_nouns.__contains__, s_lo, s_hi):
        t = toks[k]
        if t[KIND] == "w" and k - 1 >= s_lo:
            prev = toks[k - 1][LOW]
            if prev in ("a", "an") or prev in ("the", "its", "their", "his", "her") and k - 2 >= s_lo \
                    and toks[k - 2][LOW] in ("in", "on", "via", "through"):
                out.add(wl.sing(t[LOW]))
    return out


def _found(d: _Doc, toks: list[_Tok], np: tuple[int, int], v: int | None, v_end: int | None, cue: _Cue | None,
           pi: int, s_lo: int, s_hi: int, how: str) -> _Found:
    wl = d.wl
    m = _mk_mention(d, toks, np, pi, s_lo, s_hi)
    m.heads |= d.sentence(pi, s_lo, s_hi).doc_nouns() if toks is d.ptoks[pi] else _doc_nouns(wl, toks, s_lo, s_hi)
    c = None
    if v is not None and v_end is not None:
        c = (toks[v][START], toks[v_end - 1][END], d.text[toks[v][START]:toks[v_end - 1][END]],
             cue.group if cue is not None else "neutral")
    return _Found(m, c, how)


def _dash_signature(d: _Doc, toks: list[_Tok], i: int, pi: int, s_lo: int, s_hi: int) -> _Found | None:
    """'“…” ― Jacklyn Ashley': a quote signed with a dash and a name that ends the sentence."""
    wl = d.wl
    k = i + 1
    if k >= s_hi or toks[k][TEXT] not in ("―", "—", "–", "-"):
        return None
    np = _np_right(wl, toks, k + 1, s_hi)
    if np is None:
        return None
    rest = np[1] + 1  # what follows the name: nothing, a comma, or only . , ; (read up to the first other)
    if rest < s_hi and toks[rest][TEXT] != "," \
            and any(toks[x][KIND] != "p" or toks[x][TEXT] not in ".,;" for x in range(rest, s_hi)):
        return None
    if _head_kind(wl, toks[np[1]]) not in ("name", "person", "group", "organisation"):
        return None
    f = _found(d, toks, np, None, None, None, pi, s_lo, s_hi, "quote ― X")
    f.cue = (toks[k][START], toks[k][END], toks[k][TEXT], "neutral")
    return f


def _right_adjacent(d: _Doc, toks: list[_Tok], i: int, pi: int, s_lo: int, s_hi: int) -> _Found | None:
    wl = d.wl
    sig = _dash_signature(d, toks, i, pi, s_lo, s_hi)
    if sig is not None:
        return sig
    k = i + 1
    if k < s_hi and toks[k][TEXT] in (",", "—", "–", "-", "--"):
        k += 1
    if k >= s_hi:
        return None
    if toks[k][LOW] == "as":
        # "…,” as a Homeland Security memo put it / as the mayor noted
        np = _np_right(wl, toks, k + 1, s_hi)
        if np is not None and np[1] + 1 < s_hi:
            v = np[1] + 1
            c = _cue_at(wl, toks, v, s_hi)
            if c is not None:
                return _found(d, toks, np, v, c[1], c[0], pi, s_lo, s_hi, "as X put it")
            if toks[v][LOW] == "put" and v + 1 < s_hi and toks[v + 1][LOW] == "it":
                f = _found(d, toks, np, v, v + 2, None, pi, s_lo, s_hi, "as X put it")
                return f
    c = _cue_at(wl, toks, k, s_hi)
    if c is not None and c[0].lemma in wl.invertible:
        np = _np_right(wl, toks, c[1], s_hi)
        if np is None and c[1] < s_hi and _skippable(wl, toks, c[1]):
            np = _np_right(wl, toks, c[1] + 1, s_hi)
        if np is not None:
            return _found(d, toks, np, k, c[1], c[0], pi, s_lo, s_hi, "said X")
    content = d.text[d.spans[toks[i][QI]].start:d.spans[toks[i][QI]].end].rstrip()
    if k == i + 1 and content[-1:] not in ",.?!…—-" and d.sentence(pi, s_lo, s_hi).first_word() < i:
        return None  # a partial quote inside the sentence: what follows is not its attribution
    for v in range(k + 1, min(s_hi, k + 45)):
        t = toks[v]
        if t[KIND] == "q" or t[KIND] == "p" and t[TEXT] in ".;:!?":
            break
        c = _cue_at(wl, toks, v, s_hi)
        if c is not None:
            np = _np_left(wl, toks, v - 1, k) if not _passive(wl, toks, v, k) else None
            if np is not None and np[0] == k:
                return _found(d, toks, np, v, c[1], c[0], pi, s_lo, s_hi, "X said")
            break
    return None


def _left_any(d: _Doc, toks: list[_Tok], i: int, pi: int, s_lo: int, s_hi: int) -> _Found | None:
    """The cue of the main clause before the quote: the first cue with a subject, unless a later
    cue opens a new main clause with its own subject ("…, and Jones called it “…”"); cues in
    subordinate clauses ("Flynn said Trump was right when he said “…”") do not take over.
    (A cue ending before the quote token reads the same up to the quote or up to the end of the
    sentence, so the sentence folds its cues once: :meth:`_Sentence.left_cue`.)"""
    best = d.sentence(pi, s_lo, s_hi).left_cue(i)
    if best is None:
        return None
    np, v, v_end, cue = best
    how = "according to X" if cue.pos == "phrase" else "X said ... quote"
    return _found(d, toks, np, v, v_end, cue, pi, s_lo, s_hi, how)


def _colon(d: _Doc, toks: list[_Tok], i: int, pi: int, s_lo: int, s_hi: int) -> _Found | None:
    wl = d.wl
    if i - 2 < s_lo or toks[i - 1][TEXT] != ":":
        return None
    np = _np_left(wl, toks, i - 2, s_lo, skip=False)
    if np is None or np[0] != s_lo:
        return None
    f = _found(d, toks, np, None, None, None, pi, s_lo, s_hi, "X: quote")
    f.cue = (toks[i - 1][START], toks[i - 1][END], ":", "neutral")
    return f


def _according_right(d: _Doc, toks: list[_Tok], i: int, pi: int, s_lo: int, s_hi: int) -> _Found | None:
    """'“…”, according to X': the first phrase cue with its noun phrase after the quote."""
    hit = d.sentence(pi, s_lo, s_hi).next_phrase(i)
    if hit is None:
        return None
    v, cue, v_end, np = hit
    return _found(d, toks, np, v, v_end, cue, pi, s_lo, s_hi, "according to X")


def _right_any(d: _Doc, toks: list[_Tok], i: int, pi: int, s_lo: int, s_hi: int) -> _Found | None:
    """'“…” the minister later said': the subject of the first cue after the quote."""
    hit = d.sentence(pi, s_lo, s_hi).next_cue(i)
    if hit is not None:
        v, c = hit
        lo = i + 1
        np = _subject(d, toks, v, lo, pi, s_hi)
        if np is not None:
            return _found(d, toks, np, v, c[1], c[0], pi, s_lo, s_hi, "quote ... X said")
        return None
    return None


def _cue_starts(wl: _Words, toks: list[_Tok], lo: int, hi: int) -> list[int]:
    """Indexes in [lo, hi) of the tokens a reporting cue may start with (a cheap first filter
    before :func:`_cue_at`)."""
    return _where(toks, LOW, wl.cue_index.__contains__, lo, hi)


def _clause_speaker(d: _Doc, toks: list[_Tok], pi: int, s_lo: int, s_hi: int) -> _Mention | None:
    wl = d.wl
    for v in d.cue_starts(pi, s_lo, s_hi):
        if toks[v][KIND] != "w":
            continue
        c = _cue_at(wl, toks, v, s_hi)
        if c is None:
            continue
        if c[0].pos == "phrase":
            np = _np_right(wl, toks, c[1], s_hi)
        else:
            np = _subject(d, toks, v, s_lo, pi, s_hi)
        if np is not None:
            return _found(d, toks, np, v, c[1], c[0], pi, s_lo, s_hi, "clause").mention
    return None


_TRANSCRIPT = re.compile(r"\s*([A-Z][A-Z.'’\- ]{1,40}[A-Z.])\s*:\s")


def _transcript(d: _Doc, qi: int, pi: int) -> _Found | None:
    """'WALLACE: Let’s start…' -- a transcript line inside quote marks names its speaker."""
    span = d.spans[qi]
    m = _TRANSCRIPT.match(d.text, span.start, span.end)
    if m is None or len(m.group(1).split()) > 4:
        return None
    a, b = m.span(1)
    words = [w.capitalize() for w in m.group(1).split()]
    speaker = d.fullest(words, a)
    colon = d.text.index(":", b)
    mention = _Mention(a, b, d.text[a:b], "name", speaker, [(a, b)], {w.lower() for w in words}, pi, True)
    return _Found(mention, (colon, colon + 1, ":", "neutral"), "transcript")


def _colon_any(d: _Doc, toks: list[_Tok], i: int, pi: int, s_lo: int, s_hi: int) -> _Found | None:
    """'Obama on Climate Change: The Trends Are ‘Terrifying.’' -- a sentence that opens with a
    speaker and a colon gives that speaker to its quotes."""
    wl = d.wl
    colon = next((c for c in range(s_lo, min(i, s_lo + 10)) if toks[c][TEXT] == ":"), None)
    if colon is None or any(toks[c][KIND] == "q" for c in range(s_lo, colon)):
        return None
    if any(_cue_at(wl, toks, c) is not None for c in range(s_lo, colon)):
        return None
    np = _np_right(wl, toks, s_lo, colon)
    if np is None or _head_kind(wl, toks[np[1]]) not in ("name", "pronoun", "person", "group", "organisation"):
        return None
    if sum(1 for t in toks[np[0]:np[1] + 1] if t[CAP]) >= 4:
        return None  # "Veto Power Impedes Peace Efforts: …" -- a heading, not a speaker
    f = _found(d, toks, np, None, None, None, pi, s_lo, s_hi, "X: ... quote")
    f.cue = (toks[colon][START], toks[colon][END], ":", "neutral")
    return f


def _final_clause(d: _Doc, toks: list[_Tok], i: int, pi: int, s_lo: int, s_hi: int) -> _Found | None:
    """'A cashier who “steals…” is held accountable, Warren said.' -- a clause-final attribution
    after a comma covers the quotes before it."""
    wl = d.wl
    # The first cue after the quote with ", X" before it decides; only a cue with at most 10
    # tokens after it can give a speaker. So look at those cues first: if none of them has its
    # ", X", no speaker (without reading each cue of a long sentence for each of its quotes).
    pos, found = d.sentence(pi, s_lo, s_hi).cues()
    k0 = bisect.bisect_right(pos, i)
    tail_from = k0
    while tail_from < len(pos) and found[tail_from][1] < s_hi - 10:
        tail_from += 1
    if not any(_comma_subject(wl, toks, v, i) is not None for v in pos[tail_from:]):
        return None
    for v, c in zip(pos[k0:], found[k0:]):
        np = _comma_subject(wl, toks, v, i)
        if np is None:
            continue
        tail = toks[c[1]:s_hi]
        if len(tail) > 10 or any(t[KIND] == "q" for t in tail):
            return None
        return _found(d, toks, np, v, c[1], c[0], pi, s_lo, s_hi, "..., X said.")
    return None


def _comma_subject(wl: _Words, toks: list[_Tok], v: int, i: int) -> tuple[int, int] | None:
    """The noun phrase before the cue at token v, after a comma and after token i: ', Warren said'."""
    np = _np_left(wl, toks, v - 1, i + 1)
    if np is None or np[0] - 1 <= i or toks[np[0] - 1][TEXT] != ",":
        return None
    return np


def _np_head(toks: list[_Tok], np: tuple[int, int]) -> int:
    """Head token of an NP, stepping back over a closing parenthesis ("Harry Reid (D-Nev.)")."""
    a, b = np
    if toks[b][TEXT] == ")":
        opens = [x for x in range(a, b) if toks[x][TEXT] == "("]
        if opens and opens[-1] - 1 >= a:
            return opens[-1] - 1
    return b


def _as_quote(d: _Doc, toks: list[_Tok], i: int, pi: int, s_lo: int, s_hi: int) -> _Found | None:
    """'Reid has gone after Trump as a “con artist”' -- X ... Y as "…" is X's characterization;
    so is 'X has used the phrase “…”' (the phrase, term, word, slogan, nickname)."""
    wl = d.wl
    k = d.as_back(pi, i - 1)  # step back over quotes, articles, and / or, commas
    if k < s_lo:
        return None
    phrase = toks[k][LOW] in wl.phrase_nouns and k - 1 >= s_lo \
        and toks[k - 1][LOW] in ("the", "a", "this", "that", "his", "her", "their", "its")
    if toks[k][LOW] != "as" and not phrase:
        return None
    np = _sentence_subject(wl, toks, s_lo, k)
    if np is None or np[1] >= k or _head_kind(wl, toks[_np_head(toks, np)]) not in (
            "name", "pronoun", "person", "group", "organisation"):
        return None
    if phrase and not any(toks[x][KIND] == "w" and toks[x][TEXT] == toks[x][LOW] and toks[x][LOW] not in wl.skip
                          for x in range(np[1] + 1, k - 1)):
        return None  # "the phrase" needs a verb of the subject before it ("X used the phrase")
    # "Y has been described by X as “…”": the agent of the passive characterizes
    by = d.positions(pi, "by")  # the 'by' tokens between the subject and 'as', not every token
    for x in by[bisect.bisect_left(by, np[1] + 2):bisect.bisect_left(by, k)]:
        if toks[x - 1][LOW].endswith(("ed", "en")) and _passive(wl, toks, x - 1, np[1] + 1):
            agent = _np_right(wl, toks, x + 1, k)
            if agent is not None and _head_kind(wl, toks[_np_head(toks, agent)]) in ("name", "person", "group",
                                                                                      "organisation"):
                return _found(d, toks, agent, x - 1, x, None, pi, s_lo, s_hi, "described by X as quote")
            break
    return _found(d, toks, np, None, None, None, pi, s_lo, s_hi, "X ... as quote")


def _speech_owner(d: _Doc, toks: list[_Tok], i: int, pi: int, s_lo: int, s_hi: int) -> _Found | None:
    """'Trump’s claim that there were “…”', 'his promise to “…”': the owner of a speech noun
    (a possessive right before it) owns the quote that follows it in the same clause."""
    wl = d.wl
    for k in range(i - 1, max(s_lo - 1, i - 14), -1):
        t = toks[k]
        if t[KIND] == "q" or t[KIND] == "p" and t[TEXT] in ".;:!?()":
            return None
        if t[KIND] == "w" and t[LOW] in wl.speech_nouns and t[TEXT] == t[LOW] and k - 1 >= s_lo:
            if k + 1 >= i or toks[k + 1][LOW] not in ("that", "to"):
                return None  # only the content of the claim: "X’s claim that …", "his pledge to …"
            p = toks[k - 1]
            if p[LOW] in wl.possessive and p[KIND] == "w":
                m = _Mention(p[START], p[END], p[TEXT], "pronoun", p[TEXT], [(p[START], p[END])], set(), pi)
                _resolve_pronoun(d, m, wl.possessive[p[LOW]])
                if m.speaker == m.text:
                    return None
                return _Found(m, None, "X’s claim … quote")
            if _is_poss(p) and k - 2 >= s_lo:
                np = _np_core(wl, toks, k - 2, s_lo)
                if np is None or _head_kind(wl, toks[_np_head(toks, np)]) not in ("name", "person", "group",
                                                                                   "organisation"):
                    return None
                return _found(d, toks, np, None, None, None, pi, s_lo, s_hi, "X’s claim … quote")
            return None
    return None


def _dash_enclosed(d: _Doc, toks: list[_Tok], i: int, pi: int, s_lo: int, s_hi: int) -> _Found | None:
    """'… including Mitt Romney -- “…” -- and …': a quote set off by dashes belongs to the person
    named right before it, else to the subject of its sentence."""
    wl = d.wl
    if i - 1 < s_lo or toks[i - 1][TEXT] not in _DASHES or i + 1 >= s_hi or toks[i + 1][TEXT] not in _DASHES:
        return None
    j = i - 1
    while j - 1 >= s_lo and toks[j - 1][TEXT] in _DASHES:
        j -= 1
    np = _np_left(wl, toks, j - 1, s_lo, skip=False) if j - 1 >= s_lo else None
    if np is not None and _head_kind(wl, toks[_np_head(toks, np)]) in ("name", "person"):
        return _found(d, toks, np, None, None, None, pi, s_lo, s_hi, "X -- quote --")
    np = _sentence_subject(wl, toks, s_lo, j)
    if np is not None and np[1] < j and _head_kind(wl, toks[_np_head(toks, np)]) in ("name", "person", "pronoun"):
        return _found(d, toks, np, None, None, None, pi, s_lo, s_hi, "X -- quote --")
    return None


def _passive_by(d: _Doc, toks: list[_Tok], i: int, pi: int, s_lo: int, s_hi: int) -> _Found | None:
    """'“…” was written by Ann Lee', '“…,” a line coined by X': a passive with its agent after the quote."""
    wl = d.wl
    aux = False
    for v in range(i + 1, min(s_hi, i + 12)):
        t = toks[v]
        if t[KIND] == "q" or t[KIND] == "p" and t[TEXT] in ".;:!?":
            return None
        if t[LOW] in wl.passive_aux:
            aux = True
        if t[LOW] == "by" and v - 1 > i:
            part = toks[v - 1][LOW]
            if not (part in wl.agent_participles or aux and part.endswith(("ed", "en"))):
                return None
            if not aux and part not in wl.agent_participles:
                return None
            np = _np_right(wl, toks, v + 1, s_hi)
            if np is None or _head_kind(wl, toks[_np_head(toks, np)]) not in ("name", "person", "group",
                                                                              "organisation"):
                return None
            f = _found(d, toks, np, v - 1, v, None, pi, s_lo, s_hi, "quote was said by X")
            return f
    return None


def _title_like(d: _Doc, qi: int) -> bool:
    """A short quote with every word capitalised reads as a title or a name, not a quotation."""
    wl = d.wl
    sp = d.spans[qi]
    words = re.findall(r"[^\W_][\w’'\-.]*", d.text[sp.start:sp.end])
    if not words or len(words) > 8:
        return False
    content = [w for w in words if w.lower() not in wl.small_words]
    if len(content) < 2:
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in content) and any(w[0].isupper() for w in content) \
        and not all(w.isupper() for w in content)


def _headline(wl: _Words, toks: list[_Tok], s_lo: int, s_hi: int) -> bool:
    """A title-case sentence (a headline), where capitalised quotes are ordinary quotes."""
    words = [t for t in toks[s_lo:s_hi] if t[KIND] == "w" and t[LOW] not in wl.small_words and t[LOW].isalpha()]
    return len(words) >= 3 and sum(t[TEXT][0].isupper() for t in words) >= 0.8 * len(words)


def _introduced(wl: _Words, toks: list[_Tok], i: int, s_lo: int) -> bool:
    """The quote directly follows a cue, 'as', a colon or a comma: quoted words, even if capitalised
    ('called him “Little Marco” and “Lyin’ Ted”': the second quote too). Not after the name of a
    work ('his book, “…”', 'a film titled “…”') or 'known as'."""
    k = i - 1
    while True:
        while k >= s_lo and toks[k][LOW] in ("a", "an", "the", "him", "her", "them", "it", "himself", "herself"):
            k -= 1
        if k - 1 >= s_lo and toks[k][LOW] in ("and", "or") and toks[k - 1][KIND] == "q":
            k -= 2  # coordinated quotes share their introduction
            continue
        break
    if k < s_lo:
        return False
    t = toks[k]
    prev = toks[k - 1][LOW] if k - 1 >= s_lo else ""
    if t[LOW] in wl.work_nouns or t[TEXT] == "," and prev in wl.work_nouns \
            or t[LOW] == "as" and prev in ("known", "billed"):
        return False
    if t[TEXT] in (":", ",") or t[LOW] == "as" or _cue_at(wl, toks, k) is not None:
        return True
    # a characterizing verb and its object: "called her rivals “Lazy Bob”", "dubbed the plan “…”"
    for x in range(k - 1, max(s_lo - 1, k - 5), -1):
        if toks[x][KIND] != "w":
            return False
        c = _cue_at(wl, toks, x)
        if c is not None:
            return c[0].group == "characterizing" and not c[0].lemma.startswith(("refer", "compare"))
    return False


def _attribute(d: _Doc) -> dict[int, _Found]:
    wl = d.wl
    results: dict[int, _Found] = {}
    initial: dict[int, tuple[bool, int]] = {}
    if not d.spans:
        return results
    last_open = max(sp.open_start for sp in d.spans)
    for pi, toks in enumerate(d.ptoks):
        pq = d.pquotes[pi]  # in token order: a sentence's quotes by bisection, not a scan of all
        for s_lo, s_hi in d.psents[pi]:
            qidx = pq[bisect.bisect_left(pq, s_lo):bisect.bisect_left(pq, s_hi)]
            if not qidx:
                if toks[s_lo][START] > last_open:
                    continue  # no quote follows: a speaker found here would never be used
                ev = _clause_speaker(d, toks, pi, s_lo, s_hi)
                if ev is not None:
                    d.events.append(ev)
                continue
            for i in qidx:
                qi = toks[i][QI]
                if qi in results:
                    continue
                span = d.spans[qi]
                is_first = toks[i][START] <= span.open_start
                is_last = toks[i][END] >= max(span.close_end, span.end)
                if is_first:
                    d.qpos[qi] = (pi, i, s_lo)
                    starts = d.sentence(pi, s_lo, s_hi).lead_end() >= i  # only quotes, marks, openers before
                    initial[qi] = (starts, pi)
                f = _transcript(d, qi, pi) if is_first else None
                if f is None and is_last:
                    f = _right_adjacent(d, toks, i, pi, s_lo, s_hi)
                if f is None and is_first:
                    f = _left_any(d, toks, i, pi, s_lo, s_hi) or _colon(d, toks, i, pi, s_lo, s_hi)
                if f is None and is_last:
                    f = _according_right(d, toks, i, pi, s_lo, s_hi)
                if f is None and is_last:
                    f = _passive_by(d, toks, i, pi, s_lo, s_hi)
                if f is None and is_last and initial.get(qi, (False, 0))[0]:
                    f = _right_any(d, toks, i, pi, s_lo, s_hi)
                if f is None and is_last:
                    f = _final_clause(d, toks, i, pi, s_lo, s_hi)
                if f is None and is_first:
                    f = _colon_any(d, toks, i, pi, s_lo, s_hi) or _as_quote(d, toks, i, pi, s_lo, s_hi) \
                        or _speech_owner(d, toks, i, pi, s_lo, s_hi) or _dash_enclosed(d, toks, i, pi, s_lo, s_hi)
                # a sentence-opening quote that ends like a sentence, in a paragraph with more text
                # than the quote (not a headline), is a direct quote even if every word is capitalised
                opens = initial.get(qi, (False, 0))[0] and d.text[span.start:span.end].rstrip()[-1:] in ".!?" \
                    and d.has_content(pi, span.open_start, span.close_end)
                # the quote's opening may be in an earlier paragraph: read its introduction there
                # (indexing this paragraph's tokens with it was an IndexError on runs of unclosed marks)
                p0, i0, s0 = d.qpos.get(qi, (pi, i, s_lo))
                if (f is not None and f.how not in ("transcript", "quote ― X", "quote was said by X") or f is None and is_last) \
                        and not opens and _title_like(d, qi) and not _introduced(wl, d.ptoks[p0], i0, s0) \
                        and not d.sentence(pi, s_lo, s_hi).headline():
                    # “Fox and Friends”, ''Make Your Kid a Millionaire'': a title, nobody's words
                    results[qi] = _Found(None, None, "title")
                    continue
                if f is not None:
                    results[qi] = f
                    d.events.append(f.mention)
                    continue
                if is_last:
                    starts, p0 = initial.get(qi, (False, pi))
                    if starts and d.events and d.events[-1].para >= p0 - 1:
                        results[qi] = _Found(d.events[-1], None, "continuation")
                    else:
                        results[qi] = _Found(None, None, "none")
    return results


# ------------------------------------------------------------------------------------------------
# public API
# ------------------------------------------------------------------------------------------------


def _kind(d: _Doc, qi: int, found: _Found | None) -> str:
    wl = d.wl
    span = d.spans[qi]
    content = d.text[span.start:span.end].strip()
    first_alpha = next((ch for ch in content if ch.isalpha()), "")
    if not first_alpha or not first_alpha.isupper() and not content.startswith(("…", "...", "[")):
        return "partial"
    words = len(content.split())
    if re.search(r"[.!?…][”’\"']?\s+[A-Z“‘\"]", content):
        return "direct"
    pos = d.qpos.get(qi)
    if pos is None:
        return "direct" if words >= 4 else "partial"
    pi, i, s_lo = pos
    toks = d.ptoks[pi]
    if _lead_end(d, pi, s_lo, i) >= i:  # nothing but quotes, marks and openers before the quote
        return "direct" if words >= 2 or found is not None and found.mention is not None else "partial"
    last = toks[i - 1]
    if last[KIND] == "p" and last[TEXT] in (":", ",", "—", "–"):
        return "direct"
    if last[KIND] == "w" and _cue_at(wl, toks, i - 1) is not None:
        return "direct"
    return "partial"


def _lead_end(d: _Doc, pi: int, s_lo: int, i: int) -> int:
    """:meth:`_Sentence.lead_end` of the sentence of paragraph pi that starts at s_lo and holds
    token i."""
    wl = d.wl
    sents = d.psents[pi]
    k = bisect.bisect_left(sents, (s_lo, -1))
    if k < len(sents) and sents[k][0] == s_lo and sents[k][1] > i:
        return d.sentence(pi, s_lo, sents[k][1]).lead_end()
    toks = d.ptoks[pi]
    k = s_lo
    while k < i and (toks[k][KIND] in ("q", "p") or toks[k][LOW] in wl.openers):
        k += 1
    return k


def _mention_records(doc: Any) -> list[dict] | None:
    """Actor mentions in every part of ``doc`` (a speaker may be named outside the body) as plain
    dicts, without building a table; the pipeline's actors stage has already found them (they are
    kept per document, see :func:`geolib.actors.document_mentions`)."""
    from .actors import document_mentions  # imported here: geolib.actors imports nothing from quotes

    try:
        found = document_mentions(doc, roles=None)
    except Exception as exc:  # noqa: BLE001 - speaker_actor is left empty, the quotes still count
        warnings.warn(f"actors() failed, speaker_actor left empty: {exc}", GeolibWarning, stacklevel=3)
        return None
    return [{"start": m.start, "end": m.end, "type": m.type, "affiliation": m.affiliation,
             "actor": m.actor} for m in found] or None


def _actor_records(actors_df: pd.DataFrame | None) -> list[dict] | None:
    """Actor rows as plain dicts (start, end, type, affiliation, actor), read once per document."""
    if actors_df is None:
        return None
    cols = [c for c in ("start", "end", "type", "affiliation", "actor") if c in actors_df.columns]
    data = [actors_df[c].tolist() for c in cols]
    return [dict(zip(cols, vals)) for vals in zip(*data)]


class _ActorIndex:
    """Actor records sorted by start, for finding those overlapping a span without a full scan."""

    def __init__(self, recs: list[dict]) -> None:
        self.recs = sorted(recs, key=lambda r: r["start"])  # stable: ties keep the table's order
        self.starts = [r["start"] for r in self.recs]
        self.max_end: list[Any] = []  # running maximum of the ends, for stopping the backward walk
        top = None
        for r in self.recs:
            top = r["end"] if top is None or r["end"] > top else top
            self.max_end.append(top)

    def overlapping(self, a: int, b: int) -> list[dict]:
        """Records with start < b and end > a, in the order of the sorted table."""
        k = bisect.bisect_left(self.starts, b) - 1
        hit = []
        while k >= 0 and self.max_end[k] > a:
            if self.recs[k]["end"] > a:
                hit.append(self.recs[k])
            k -= 1
        hit.reverse()
        return hit


def _speaker_actor(recs: _ActorIndex | None, m: _Mention | None,
                   memo: dict[int, str | None] | None = None) -> str | None:
    """Country or organisation a speaker speaks for: a person's affiliation, or the organisation
    / country named in the speaker's mention (rightmost first, the head of the phrase), else in
    the mention it was resolved through, and so on. ``memo`` (id of a mention -> its answer, for
    one document) spares walking a long chain of mentions again for each quote."""
    if recs is None or m is None:
        return None
    memo = {} if memo is None else memo
    chain, node, found = [], m, None
    while node is not None:
        if id(node) in memo:
            found = memo[id(node)]
            break
        chain.append(node)
        found = _anchor_actor(recs, node.anchors)
        if found is not None:
            break
        node = node.base
    for n in chain:
        memo[id(n)] = found
    return found


def _anchor_actor(recs: _ActorIndex, anchors: list[tuple[int, int]]) -> str | None:
    """:func:`_speaker_actor` of one mention's own anchors, the last one first."""
    for a, b in reversed(anchors):
        hit = recs.overlapping(a, b)
        if not hit:
            continue
        hit.sort(key=lambda r: r["start"], reverse=True)
        for r in hit:
            typ = str(r.get("type") or "").lower()
            aff = r.get("affiliation")
            if typ == "person":
                if isinstance(aff, str) and aff:
                    return aff
                continue
            if isinstance(aff, str) and aff and typ not in ("country", "state", "alliance", "organisation",
                                                            "organization", "igo", "io"):
                return aff
            act = r.get("actor")
            if isinstance(act, str) and act:
                return act
    return None


def _doc_quotes(doc: Any, roles: tuple[str, ...] | None, wl: _Words,
                given: dict[str, list[dict]] | None = None, memo: dict[str, TokInfo] | None = None
                ) -> list[dict]:
    text = doc.text
    pspans = list(doc.paragraph_spans)
    paras = [(s, e) for s, e, _ in pspans]
    spans = _find_spans(text, paras)
    if not spans:
        return []  # no quote: nothing to attribute
    d = _Doc(wl, doc, paras, spans, memo)
    found = _attribute(d)
    keep = None if roles is None else set(roles)
    actors_df = None
    actor_memo: dict[int, str | None] = {}
    rows = []
    for qi, sp in enumerate(spans):
        role = doc.role_at(sp.start)
        if keep is not None and role not in keep:
            continue
        f = found.get(qi)
        m = f.mention if f is not None else None
        if m is not None and actors_df is None:
            recs = given.get(str(doc.doc_id), []) if given is not None else _mention_records(doc)
            actors_df = _ActorIndex(recs) if recs is not None else False  # type: ignore[assignment]
        cue = f.cue if f is not None else None
        rows.append({
            "doc_id": doc.doc_id,
            "start": sp.start,
            "end": sp.end,
            "text": text[sp.start:sp.end],
            "kind": _kind(d, qi, f),
            "speaker": m.speaker if m is not None else None,
            "speaker_start": m.start if m is not None else None,
            "speaker_end": m.end if m is not None else None,
            "speaker_actor": _speaker_actor(actors_df if actors_df is not False else None, m, actor_memo),
            "cue": cue[2] if cue else None,
            "cue_start": cue[0] if cue else None,
            "cue_end": cue[1] if cue else None,
            "cue_group": cue[3] if cue else None,
            "sentence": doc.sentence_at(sp.start),
            "paragraph": doc.paragraph_at(sp.start),
        })
    return rows


def _frame(rows: list[dict]) -> pd.DataFrame:
    """The quotes table from row dicts, with its column types, built column by column."""
    cols: dict[str, Any] = {}
    for c in QUOTE_COLUMNS:
        vals = [r[c] for r in rows]
        if c in ("speaker_start", "speaker_end", "cue_start", "cue_end"):
            cols[c] = pd.array(vals, dtype="Int64")
        elif c in ("speaker", "speaker_actor", "cue", "cue_group"):
            cols[c] = pd.Series(vals, dtype=object)
        else:
            cols[c] = vals
    if not rows:
        return _typed(pd.DataFrame(columns=QUOTE_COLUMNS))
    return pd.DataFrame(cols, columns=QUOTE_COLUMNS)


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    for col in ("speaker_start", "speaker_end", "cue_start", "cue_end"):
        df[col] = df[col].astype("Int64")
    for col in ("speaker", "speaker_actor", "cue", "cue_group"):
        df[col] = df[col].astype(object).where(df[col].notna(), None)
    return df


def quotes(source: Any, *, roles: Iterable[str] | None = ("body",),
           actors: pd.DataFrame | None = None,
           words: pd.DataFrame | str | os.PathLike | None = None) -> pd.DataFrame:
    """Quotes with their speaker, cue and reporting-verb group, one row per quote.

    Args:
        source: text, path, :class:`geolib.Document`, :class:`geolib.Corpus` or an iterable of them.
        roles: paragraph roles to report quotes from (``None`` = all). Attribution always reads
            the whole document.
        actors: an actors table already computed for these documents (output of
            :func:`geolib.actors.actors`, ideally with ``roles=None``); its rows are matched by
            doc_id and the actor search is not run again. Default: run it per document.
        words: the word lists, from :func:`load_quote_words` (titles, speaker nouns, the verbs
            that may come before their subject ...); default: the shipped ones.

    Returns:
        DataFrame with columns doc_id, start, end (the quote's content without its marks), text,
        kind (direct|partial), speaker (fullest name in the article), speaker_start/speaker_end
        (the mention the cue links to, may be "he"), speaker_actor, cue, cue_start, cue_end,
        cue_group, sentence, paragraph. Unknown values are null; a quote that continues the
        previous speaker without a cue of its own has a speaker but no cue.

    Example:
        >>> import geolib
        >>> q = quotes(geolib.load('China called the plan “provocative”.', doc_id="x"))
        >>> q[["text", "kind", "speaker", "cue", "cue_group"]].values.tolist()
        [['provocative', 'partial', 'China', 'called', 'characterizing']]
    """
    from .document import iter_documents

    keep = None if roles is None else tuple(roles)
    wl = _word_sets(words)
    given = None
    if actors is not None:
        if not isinstance(actors, pd.DataFrame) or not {"doc_id", "start", "end"} <= set(actors.columns):
            raise ValueError("quotes: actors= must be a DataFrame from geolib.actors.actors() "
                             "(doc_id, start, end, actor, type, affiliation)")
        given = {str(k): _actor_records(g) or [] for k, g in actors.groupby("doc_id", sort=False)}
    rows: list[dict] = []
    memo: dict[str, TokInfo] = {}  # token text -> kind, low, cap: words repeat across documents
    for doc in iter_documents(source):
        if len(memo) > 200_000:
            memo.clear()
        try:
            rows.extend(_doc_quotes(doc, keep, wl, given, memo))
        except Exception as exc:  # noqa: BLE001 - never crash a corpus run on one odd text
            warnings.warn(f"quotes: skipped {doc.doc_id}: {type(exc).__name__}: {exc}", GeolibWarning,
                          stacklevel=2)
    return _frame(rows)


# ------------------------------------------------------------------------------------------------
# voice share
# ------------------------------------------------------------------------------------------------


def voice_share(quotes_df: pd.DataFrame, *, by: str | Iterable[str] = ("speaker", "speaker_actor"),
                dropna: bool = True) -> pd.DataFrame:
    """Who gets to speak: quotes and quoted words per speaker and per speaker_actor.

    Args:
        quotes_df: output of :func:`quotes`.
        by: column(s) to group by, each reported separately (``level`` names the column).
        dropna: leave out quotes without a value in the grouping column.

    Returns:
        Tidy DataFrame: level, value, n_quotes, n_words, n_direct, n_partial, words_direct,
        words_partial, share_quotes, share_words (shares within the level), sorted by words.

    Example:
        >>> q = pd.DataFrame({"speaker": ["A", "A", "B"], "speaker_actor": ["X", "X", None],
        ...                   "text": ["one two", "three", "four five six"],
        ...                   "kind": ["direct", "partial", "direct"]})
        >>> voice_share(q, by="speaker")[["value", "n_quotes", "n_words"]].values.tolist()
        [['A', 2, 3], ['B', 1, 3]]
    """
    cols = ["level", "value", "n_quotes", "n_words", "n_direct", "n_partial", "words_direct",
            "words_partial", "share_quotes", "share_words"]
    if isinstance(by, str):
        by = (by,)
    missing = [c for c in list(by) + ["text", "kind"] if c not in quotes_df.columns]
    if missing:
        raise ValueError(f"voice_share: missing column(s) {missing}; pass the output of quotes()")
    if not len(quotes_df):
        return pd.DataFrame(columns=cols)
    df = quotes_df.copy()
    df["_words"] = df["text"].fillna("").astype(str).str.split().str.len()
    df["_direct"] = (df["kind"] == "direct").astype(int)
    frames = []
    for level in by:
        sub = df if not dropna else df[df[level].notna() & (df[level].astype(str).str.strip() != "")]
        if not len(sub):
            continue
        sub = sub.assign(_value=sub[level].astype(object).where(sub[level].notna(), "(unknown)"))
        g = sub.groupby("_value", sort=False)
        out = pd.DataFrame({
            "n_quotes": g.size(),
            "n_words": g["_words"].sum(),
            "n_direct": g["_direct"].sum(),
            "words_direct": g.apply(lambda x: int(x.loc[x["_direct"] == 1, "_words"].sum()), include_groups=False),
        })
        out["n_partial"] = out["n_quotes"] - out["n_direct"]
        out["words_partial"] = out["n_words"] - out["words_direct"]
        out["share_quotes"] = out["n_quotes"] / out["n_quotes"].sum()
        tot = out["n_words"].sum()
        out["share_words"] = out["n_words"] / tot if tot else 0.0
        out = out.reset_index().rename(columns={"_value": "value"})
        out.insert(0, "level", level)
        frames.append(out.sort_values(["n_words", "n_quotes"], ascending=False))
    if not frames:
        return pd.DataFrame(columns=cols)
    res = pd.concat(frames, ignore_index=True)[cols]
    for c in ("n_quotes", "n_words", "n_direct", "n_partial", "words_direct", "words_partial"):
        res[c] = res[c].astype(int)
    return res


def plot_voice_share(data: pd.DataFrame, *, level: str = "speaker_actor", top: int = 10, measure: str = "words",
                     ax: Any = None, title: str | None = None) -> Any:
    """Horizontal stacked bars of quoted words (or quotes), direct vs partial, per speaker or actor.

    Args:
        data: output of :func:`quotes` or of :func:`voice_share`.
        level: ``"speaker"`` or ``"speaker_actor"``.
        top: how many speakers to show (largest first).
        measure: ``"words"`` or ``"quotes"``.
        ax: matplotlib Axes to draw on (a new figure when None).

    Returns:
        The matplotlib Axes.

    Example:
        >>> ax = plot_voice_share(voice_share(q), level="speaker")   # doctest: +SKIP
    """
    import matplotlib.pyplot as plt

    if measure not in ("words", "quotes"):
        raise ValueError("measure must be 'words' or 'quotes'")
    vs = data if "level" in data.columns else voice_share(data, by=level)
    vs = vs[vs["level"] == level].head(top).iloc[::-1]
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 0.4 * max(len(vs), 3) + 1))
    d_col, p_col = ("words_direct", "words_partial") if measure == "words" else ("n_direct", "n_partial")
    labels = vs["value"].astype(str).tolist()
    ax.barh(labels, vs[d_col], label="direct", color="#4c72b0")
    ax.barh(labels, vs[p_col], left=vs[d_col], label="partial", color="#dd8452")
    ax.set_xlabel(f"quoted {measure}")
    ax.set_title(title or f"Voice share by {level.replace('_', ' ')}")
    if len(vs):
        ax.legend(loc="lower right", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


#: Colours of the reporting-verb groups (geolib/data/reporting_verbs.csv) in plot_verb_groups;
#: ``no cue``: quotes without a cue the lexicon knows. Other groups are drawn grey.
VERB_GROUP_COLOURS = {"neutral": "#c8c8c8", "assertive": "#4c72b0", "critical": "#c44e52",
                      "characterizing": "#dd8452", "directive": "#8172b3", "supportive": "#55a868",
                      "tentative": "#937860", "emotive": "#da8bc3", "interrogative": "#64b5cd",
                      "no cue": "#f0f0f0"}


def verb_groups(quotes_df: pd.DataFrame, *, by: str = "speaker_actor") -> pd.DataFrame:
    """Quotes per reporting-verb group (columns) for each speaker actor or speaker (rows).

    Quotes without a speaker count under "no speaker found", those without a known cue under
    "no cue"; rows are ordered by their number of quotes, most first.

    Example:
        >>> q = quotes('China "rejects" it, Beijing said. NATO warned: "Stop."')
        >>> verb_groups(q).to_dict("index")
        {'China': {'neutral': 1, 'assertive': 0}, 'NATO': {'neutral': 0, 'assertive': 1}}
    """
    if by not in ("speaker_actor", "speaker"):
        raise ValueError("by must be 'speaker_actor' or 'speaker'")
    missing = {by, "cue_group"} - set(quotes_df.columns)
    if missing:
        raise ValueError(f"verb_groups needs a quotes() table; missing columns: {sorted(missing)}")
    if not len(quotes_df):
        return pd.DataFrame(index=pd.Index([], name=by)).rename_axis(columns="cue_group")
    table = pd.crosstab(quotes_df[by].fillna("no speaker found"), quotes_df["cue_group"].fillna("no cue"))
    order = [g for g in VERB_GROUP_COLOURS if g in table.columns]
    table = table[order + sorted(c for c in table.columns if c not in order)]
    table = table.loc[table.sum(axis=1).sort_values(ascending=False, kind="stable").index]
    return table.rename_axis(index=by, columns="cue_group")


def plot_verb_groups(data: pd.DataFrame, *, by: str = "speaker_actor", ax: Any = None,
                     title: str | None = None) -> Any:
    """Stacked horizontal bars: each speaker actor's quotes by reporting-verb group.

    Args:
        data: output of :func:`quotes` or of :func:`verb_groups`.
        by: ``"speaker_actor"`` or ``"speaker"`` (when ``data`` is a quotes table).
        ax: matplotlib Axes to draw on (a new figure when None).

    Returns:
        The matplotlib Axes.

    Example:
        >>> ax = plot_verb_groups(quotes(doc))  # doctest: +SKIP
    """
    import matplotlib.pyplot as plt

    table = data if data.columns.name == "cue_group" else verb_groups(data, by=by)
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 0.45 * max(len(table), 3) + 1))
    left = pd.Series(0, index=table.index)
    labels = table.index.astype(str)
    for group in table.columns:
        ax.barh(labels, table[group], left=left, height=0.7, label=group, edgecolor="white",
                color=VERB_GROUP_COLOURS.get(group, "#999999"))
        left = left + table[group]
    ax.invert_yaxis()  # most quotes at the top
    ax.set_xlabel("quotes")
    ax.set_title(title or f"Reporting-verb groups by {table.index.name or by}".replace("_", " "))
    if len(table.columns):
        ax.legend(title="cue group", bbox_to_anchor=(1.02, 1), loc="upper left", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return ax
