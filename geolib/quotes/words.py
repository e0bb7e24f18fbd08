"""The word lists of quote attribution: one table of kind, word, value, source
(:func:`load_quote_words`) and the sets and maps the rules read (:class:`Words`, built once per
table by :func:`word_sets`).

Example:
    >>> from geolib.quotes.words import word_sets
    >>> "spokesman" in word_sets(None).heads
    True
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

import pandas as pd

from ..lexicons import ANY, DATE_KINDS, Values, WORD_COLUMNS, date_words, BuiltWords, load_words, read_word_table, words_by_kind
from ..resources import data_path
from .verbs import Cue, cues_by_first_word, verb_table


# The word lists: geolib/data/quote_words.csv (its header says what each kind does),
# speaker_words.csv, gender_words.csv, the invertible and headline columns of
# reporting_verbs.csv and dates.csv, read into one table (load_quote_words) and turned into
# the sets the rules read (Words) once per table; a user's table travels with the call.
_OWN_KINDS: dict[str, Values] = {
    k: None for k in (
        "pronoun", "determiner", "np_preposition", "preposition", "skip", "ly_noun", "cap_stop",
        "boundary", "opener", "main_opener", "subordinator", "as_skip", "phrase_noun", "speech_noun",
        "agent_participle", "passive_aux", "progressive_aux", "irregular_plural", "small_word",
        "work_noun", "org_word", "name_particle", "spokesperson", "finite_verb", "label_word", "not_subject", "place_preposition",
        "name_before_cue", "to_noun", "lone_determiner", "modal_aux")}
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
    return load_words(path_or_df, user, kind="quote words", kinds=QUOTE_WORD_KINDS, shipped=_shipped_words)


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
    t = verb_table()
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
class Words:
    """The word lists of one :func:`quotes` call as the sets and maps the rules read, built once
    per word table (see :func:`word_sets`) and handed to each document's :class:`Doc`; the rules
    that have no ``Doc`` get it as their first argument ``wl``."""

    pronouns: frozenset[str]
    pronoun_forms: frozenset[str]  # as written: he, He, I ...
    dets: frozenset[str]
    np_preps: frozenset[str]
    to_nouns: frozenset[str]  # "ambassador to Germany": the noun takes 'to' inside its phrase
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
    subordinators: frozenset[str]
    as_skip: frozenset[str]  # the comma included
    phrase_nouns: frozenset[str]
    speech_nouns: frozenset[str]
    agent_participles: frozenset[str]
    small_words: frozenset[str]
    work_nouns: frozenset[str]
    finite_verbs: frozenset[str]
    label_words: frozenset[str]
    not_subjects: frozenset[str]
    place_preps: frozenset[str]
    name_before_cue: frozenset[str]  # "United" of "the United States": the cue form after it is a name
    lone_dets: frozenset[str]  # "Another said": a determiner standing alone as a speaker
    modal_aux: frozenset[str]  # "did (not) want": an auxiliary a base-form verb follows
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
    cue_index: dict[str, list[Cue]]
    cue_words: frozenset[str]
    # memoised per word table (lru_cache, in C: the rules ask for the same names again and again)
    strip_titles: Callable[[tuple[str, ...]], tuple[str, ...]] = field(init=False, repr=False, compare=False)
    has_org_word: Callable[[tuple[str, ...]], bool] = field(init=False, repr=False, compare=False)
    head_matches: Callable[[str], frozenset[str]] = field(init=False, repr=False, compare=False)
    # the words no name starts with (cap_stop, dets, weekdays, months, cue_words), and the words
    # no name goes on with (cap_stop, cue_words): one set lookup per capitalised word
    name_start_stop: frozenset[str] = field(init=False, repr=False, compare=False)
    name_stop: frozenset[str] = field(init=False, repr=False, compare=False)
    # one-word past-tense cues that may come before their subject ("Stated Lee: …", "Added Jane
    # Roe: …"): no name's first word
    opening_cues: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "name_stop", self.cap_stop | self.cue_words)
        object.__setattr__(self, "opening_cues", frozenset(
            w for w, cues in self.cue_index.items() if w.endswith("ed")
            and any(c.words == (w,) and c.pos == "verb" and c.lemma in self.invertible for c in cues)))
        object.__setattr__(self, "name_start_stop",
                           self.name_stop | self.dets | self.weekdays | self.months)
        object.__setattr__(self, "strip_titles", lru_cache(maxsize=65536)(self._strip_titles))
        object.__setattr__(self, "has_org_word", lru_cache(maxsize=65536)(self._has_org_word))
        object.__setattr__(self, "head_matches", lru_cache(maxsize=4096)(self._head_matches))

    @classmethod
    def of(cls, table: pd.DataFrame) -> Words:
        by = words_by_kind(table)

        def kind(*names: str) -> frozenset[str]:
            return frozenset(w for n in names for w in by.get(n, ()))

        heads: dict[str, str] = {}
        for k in _HEAD_KINDS:
            for w in by.get(k, ()):
                heads.setdefault(w, k)
        for n in range(5, 111):  # "said the 46-year-old": an age stands for a person
            heads.setdefault(f"{n}-year-old", "person")
            heads.setdefault(f"{n}-year-olds", "group")
        pronouns = kind("pronoun")
        weekdays = kind("weekday")
        headline_cues = kind("headline_cue")
        cue_index = cues_by_first_word()
        return cls(
            pronouns=pronouns,
            pronoun_forms=frozenset({"I"} | pronouns | {w.capitalize() for w in pronouns}),
            dets=kind("determiner"), np_preps=kind("np_preposition"), to_nouns=kind("to_noun"),
            preps=kind("np_preposition", "preposition"), skip=kind("skip"), ly_nouns=kind("ly_noun"),
            weekdays=weekdays, months=kind("month", "month_abbreviation"),
            cap_stop=kind("cap_stop") | weekdays, boundary=kind("boundary"),
            invertible=kind("invertible"), headline_cues=headline_cues,
            passive_aux=kind("passive_aux"), progressive_aux=kind("progressive_aux"),
            irregular_plurals=kind("irregular_plural"), openers=kind("opener"),
            main_openers=kind("main_opener") | _MAIN_OPENER_MARKS, subordinators=kind("subordinator"),
            as_skip=kind("as_skip") | _AS_SKIP_MARKS, phrase_nouns=kind("phrase_noun"),
            speech_nouns=kind("speech_noun"), agent_participles=kind("agent_participle"),
            small_words=kind("small_word"), work_nouns=kind("work_noun"),
            finite_verbs=kind("finite_verb"), label_words=kind("label_word"), not_subjects=kind("not_subject"),
            place_preps=kind("place_preposition"), name_before_cue=kind("name_before_cue"),
            lone_dets=kind("lone_determiner"), modal_aux=kind("modal_aux"),
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
        """(``strip_titles``) A name without the titles before it (and a possessive after it).
        A title word after a middle initial or last after a first name is a surname: "Rep. Peter
        T. King" is Peter T. King, "Peter King" stays whole."""
        titles = self.titles
        last = -1
        for i, w in enumerate(words):
            low = w.lower()
            if low.startswith(("then-", "ex-")):
                low = low.split("-", 1)[1]  # "then-Secretary Ann Lee"
            if (low.rstrip(".") in titles or low in titles) and not self._title_surname(words, i):
                last = i
        out = list(words[last + 1:])
        while out and out[-1] in ("’s", "'s", "’", "'"):
            out.pop()
        return tuple(out)

    def _title_surname(self, words: tuple[str, ...], i: int) -> bool:
        """Whether title-like word i of a name is its surname: after a middle initial ("Peter T.
        King") or, last, after a first name ("Peter King"; "Lady Jane King" as well)."""
        if i == 0 or words[i].endswith("."):
            return False
        prev = words[i - 1]
        if len(prev) == 2 and prev[0].isupper() and prev[1] == ".":
            return True
        return i == len(words) - 1 and prev.lower() in self.first_names

    def _has_org_word(self, words: tuple[str, ...]) -> bool:
        """(``has_org_word``) A name with an organisation word in it (Times, Ministry, Union ...)."""
        org = self.org_words
        return any(w.lower() in org for w in words)


_BUILT = BuiltWords(Words.of, columns=["kind", "word", "value"])  # user tables, by content


def word_sets(words: pd.DataFrame | str | os.PathLike | None) -> Words:
    """The :class:`Words` of a table from :func:`load_quote_words` (or a CSV path); default:
    the shipped lists."""
    if words is None:
        return _shipped_word_sets()
    return _BUILT.of(load_quote_words(words))


@lru_cache(maxsize=1)
def _shipped_word_sets() -> Words:
    return Words.of(_shipped_words())
