"""Organisations named by a role: capitalised names the text shows to be organisations only by
the role a person holds there, with no organisation word in them ("Nucor", "Muslim Advocates",
"Publishers Weekly"), for :mod:`geolib.actors.orgs_from_text` (which then ties the person to them
and finds their later mentions).

Four shapes, with the role nouns and verbs of ``geolib/data/org_words.csv`` and the nouns of
organisations of ``geolib/data/org_references.csv``:

* ``names_org`` after an apposition or a determiner, then of/at/for/with: "Jane Roe, chief
  executive of Nucor", "a spokesman for Acme", "Jane Roe, the reviews director at Publishers
  Weekly";
* ``names_org_before`` between the name and a person's name: "Nucor spokesman John Doe";
* a noun of organisations before the name: "the advocacy group Progress Freedonia", "the
  blood-testing company Nucor" (a place may end such a name);
* ``names_outlet`` before "in": "writes Jane Roe in the Daily Courier", "Jane Roe, writing in the
  Daily Courier".

The name is never one the lexicon knows (a mention over it), a person's (a first name, a name
the text gives with a first name), a place's, a date, a common word alone ("director of
Research"), or one holding a state body's word.

Example:
    >>> from geolib.actors.orgs_from_text import org_words
    >>> text = "Jane Roe, chief executive of Nucor, said so."
    >>> [text[a:b] for a, b, _ in role_named_orgs(text, [], [], org_words())]
    ['Nucor']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from ..lexicons import read_table
from ..resources import data_path
from ..roles import trie_pattern
from ..text import stopwords
from .words import common_words

__all__ = ["role_named_orgs", "may_name_orgs", "outlet_writer", "org_references", "not_groups", "surname_before"]

_CONNECT = ("of", "for", "and", "&", "de")
# a capitalised word of a name: initials, "&", "U.S."; a sentence-final period is cut later
_CAPW = re.compile(r"[A-Z][\w'’&.-]*|&")
_SPACE = re.compile(r"[ \t]+")
#: an acronym of three or more capitals before a full stop ("IMGE."): the stop ends the sentence
_ACRONYM_STOP = re.compile(r"[A-Z]{3,}\.")
#: what may follow the name: punctuation or a word that opens a clause
_NEXT_WORDS = frozenset({"said", "says", "told", "who", "which", "and", "in", "wrote", "writes", "added",
                         "explained", "noted", "argued", "warned", "stated", "since", "until", "that"})
#: words before a role that end the apposition or description search (never inside one)
_BEFORE_DETS = frozenset({"a", "an", "the", "its", "their"})
_PAST = frozenset({"former", "ex", "then", "late", "retired", "onetime", "one-time", "erstwhile"})


def _starts_word(text: str, i: int) -> bool:
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_'’-")


# The patterns open with a trie of their words and no look-behind; the word before is checked on
# the few matches. They are tried only where :func:`_openings` finds one of their words.
@lru_cache(maxsize=4)
def _after_pattern(roles: frozenset[str]) -> re.Pattern[str]:
    return re.compile("(" + trie_pattern(sorted(roles)) + r")[ \t]+(?:of|at|for|with)[ \t]+(?:the[ \t]+)?(?=[A-Z])")


def _before_forms(roles: frozenset[str]) -> frozenset[str]:
    """The role words of "Nucor spokesman John Doe" as written: lower or upper case ("CEO")."""
    return roles | {r.upper() for r in roles}


@lru_cache(maxsize=4)
def _before_pattern(roles: frozenset[str]) -> re.Pattern[str]:
    return re.compile("(" + trie_pattern(sorted(_before_forms(roles))) + r")[ \t]+(?=[A-Z])")


@lru_cache(maxsize=4)
def _outlet_pattern(verbs: frozenset[str]) -> re.Pattern[str]:
    return re.compile(trie_pattern(sorted(verbs)) + r"[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){0,3}in[ \t]+(?:the[ \t]+)?(?=[A-Z])")


@lru_cache(maxsize=4)
def _descriptor_pattern(nouns: frozenset[str]) -> re.Pattern[str]:
    return re.compile(trie_pattern(sorted(nouns)) + r"[ \t]+(?=[A-Z])")


@lru_cache(maxsize=1)
def _reference_nouns() -> frozenset[str]:
    """The nouns of organisations of ``org_references.csv`` ("group", "company")."""
    return frozenset(org_references())


_SHAPES = ("after", "before", "descriptor", "outlet")


class _Shapes(NamedTuple):
    """The four shapes' patterns, the shapes each opening word starts, and one scan for them all."""

    patterns: dict[str, re.Pattern[str]]  # shape -> its pattern
    by_word: dict[str, tuple[str, ...]]  # opening word -> the shapes it may open
    scan: re.Pattern[str]  # a character no word goes on over, then an opening word and a space
    first: re.Pattern[str]  # an opening word and a space (at the text's start)


@lru_cache(maxsize=4)
def _shapes(names_org: frozenset[str], names_org_before: frozenset[str], names_outlet: frozenset[str],
            nouns: frozenset[str]) -> _Shapes:
    """The shapes of the role nouns ``names_org`` and ``names_org_before``, the verbs
    ``names_outlet`` and the nouns of organisations ``nouns``, compiled once."""
    words = {"after": names_org, "before": _before_forms(names_org_before), "descriptor": nouns,
             "outlet": names_outlet}
    patterns = {"after": _after_pattern(names_org), "before": _before_pattern(names_org_before),
                "descriptor": _descriptor_pattern(nouns), "outlet": _outlet_pattern(names_outlet)}
    by_word: dict[str, tuple[str, ...]] = {}
    for shape in _SHAPES:
        for x in words[shape]:
            by_word[x] = by_word.get(x, ()) + (shape,)
    trie = trie_pattern(sorted(by_word))
    # every character before which :func:`_starts_word` holds (and a few more: letters outside
    # ASCII, checked again); one scan with a class first is several times faster than four tries
    scan = re.compile(r"[^a-zA-Z0-9_'’-](" + trie + r")(?=[ \t])")
    return _Shapes(patterns, by_word, scan, re.compile("(" + trie + r")(?=[ \t])"))


def _openings(text: str, sh: _Shapes) -> Iterator[tuple[int, str]]:
    """(position, word) of each opening word of a shape at a word's start, in text order."""
    m = sh.first.match(text)
    if m is not None:
        yield 0, m.group(1)
    for m in sh.scan.finditer(text):
        if _starts_word(text, m.start(1)):
            yield m.start(1), m.group(1)


def _shape_matches(text: str, w: Any) -> dict[str, list[re.Match[str]]]:
    """shape -> the matches of its pattern at a word's start, in text order: what four
    ``finditer`` scans filtered by :func:`_starts_word` give (no shape's match holds the start of
    a word of its own shape: they end in spaces, connectors, "the", "in" or capitalised words),
    from one scan."""
    sh = _shapes(w.names_org, w.names_org_before, w.names_outlet, _reference_nouns())
    out: dict[str, list[re.Match[str]]] = {shape: [] for shape in _SHAPES}
    for pos, word in _openings(text, sh):
        for shape in sh.by_word[word]:
            m = sh.patterns[shape].match(text, pos)
            if m is not None:
                out[shape].append(m)
    return out


# a determiner, or "of" ("Jane Roe of digital consulting firm Nucor"), before the noun of organisations
_DET_BEFORE = re.compile(r"(?<![\w'’-])(?:[Tt]he|an?|[Ii]ts|of)[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}$")
_BEFORE_ROLE = re.compile(r"[\w.&][ \t]+(?:chief[ \t]+)?$")


class _Hits(NamedTuple):
    """The matches of the four shapes in a text, in text order (see :func:`_hits`)."""

    after: list[re.Match[str]]  # "chief executive of "
    before: list[tuple[int, re.Match[str]]]  # (start of the space before the role, "spokesman ")
    descriptor: list[re.Match[str]]  # "the advocacy group "
    outlet: list[re.Match[str]]  # "writes Jane Roe in the "

    def any(self) -> bool:
        return bool(self.after or self.outlet or self.descriptor or self.before)


def _hits(text: str, w: Any) -> _Hits:
    """The shapes of this module in ``text``: the role of "Nucor spokesman " after a word
    (and "chief"), the noun of "the advocacy group " after a determiner."""
    found = _shape_matches(text, w)
    before = []
    for m in found["before"]:
        b = _BEFORE_ROLE.search(text, max(0, m.start() - 12), m.start())
        if b is not None:
            before.append((b.start() + 1, m))
    descriptor = [m for m in found["descriptor"] if _DET_BEFORE.search(text, max(0, m.start() - 60), m.start())]
    return _Hits(found["after"], before, descriptor, found["outlet"])


def may_name_orgs(text: str, w: Any) -> bool:
    """Whether the text may hold a shape of this module (a fast test before the search)."""
    return _hits(text, w).any()


def _name_after(text: str, pos: int, w: Any) -> tuple[int, list[str]]:
    """The capitalised words from ``pos`` (connectors inside: "Friends of the Earth") and the end."""
    words: list[str] = []
    end = pos
    k = pos
    while True:
        m = _CAPW.match(text, k)
        if m is None:
            break
        word = m.group()
        low = word.lower().rstrip(".")
        if low in w.roles or low in stopwords() or low in w.dates:
            break
        words.append(word)
        end = m.end()
        if word.endswith(".") and len(word) > 2 and (word[-2:-1].islower() or _ACRONYM_STOP.fullmatch(word)) and \
                word.lower() not in w.full:
            break  # a sentence's full stop ("Nucor.", "IMGE.")
        sp = _SPACE.match(text, end)
        if sp is None:
            break
        k = sp.end()
        nxt = re.match(r"(of|for|and|&|de)[ \t]+(?:the[ \t]+)?(?=[A-Z])", text[k:k + 12])
        if nxt is not None and nxt.group(1) != "&" and not re.match(r"[A-Z]", text[k:k + 1]):
            k += nxt.end()  # a connector then a capitalised word: the name goes on
        elif nxt is not None and nxt.group(1) == "&":
            k += nxt.end()
        elif not re.match(r"[A-Z]", text[k:k + 1]):
            break
    if words and words[-1].endswith(".") and words[-1].lower() not in w.full and \
            (words[-1][-2:-1].islower() or _ACRONYM_STOP.fullmatch(words[-1])):
        words[-1] = words[-1][:-1]
        end -= 1
    return end, words


def _name_before(text: str, pos: int, w: Any) -> tuple[int, list[str]]:
    """The capitalised words right before ``pos`` (at most four), and their start."""
    words: list[str] = []
    start = pos
    while len(words) < 4:
        m = re.search(r"(?<![\w'’&.-])([A-Z][\w'’&.-]*|&)[ \t]+$", text[max(0, start - 40):start])
        if m is None:
            break
        word = m.group(1)
        low = word.lower().rstrip(".")
        if low in stopwords() or low in w.roles or low in w.dates or word.endswith(("'s", "’s")) or \
                word.endswith(".") and len(word) > 2 and "." not in word[:-1]:
            break
        words.insert(0, word)
        start -= len(m.group(0))
    while words and words[0] in ("&",):
        start += len(words.pop(0)) + 1
    return start, words


def _after_space(text: str, word: str, end: int) -> bool:
    """Whether ``word`` follows a space or a tab somewhere in ``text[:end]``: a quick test before
    a search for it after a name (a new pattern per word).

    Example:
        >>> _after_space("Jane Roe spoke.", "Roe", 15), _after_space("Jane Roe spoke.", "Roe", 7)
        (True, False)
    """
    return text.find(" " + word, 0, end) >= 0 or text.find("\t" + word, 0, end) >= 0


def _is_person_name(text: str, words: list[str], w: Any, person_words: set[str]) -> bool:
    """Whether a name is a person's: a first name first, a surname of a person of the document,
    or given elsewhere after a first name ("Carly Fiorina" ... "a spokeswoman for Fiorina")."""
    if words[0].lower() in w.first_names or any(x in person_words for x in words):
        return True
    if len(words) == 1:
        for m in re.finditer(r"([A-Z][a-z]+)[ \t]+" + re.escape(words[0]) + r"\b", text):
            if m.group(1).lower() in w.first_names:
                return True
    return False


def _ok_name(text: str, a: int, b: int, words: list[str], mentions: list[Any], w: Any,
             person_words: set[str], places_inside: bool = False) -> bool:
    if not words or not (1 <= len([x for x in words if x[:1].isupper()]) <= 6):
        return False
    lows = [x.lower().rstrip(".") for x in words]
    if lows[0] in stopwords() or lows[0] in _CONNECT or any(x in w.state or x in w.heads or x in w.dates for x in lows):
        return False  # a state body's name, or one of orgs_from_text's own (an organisation word)
    if len(words) == 1 and (lows[0] in common_words() or len(words[0]) < 3 and not words[0].isupper()):
        return False  # "director of Research", "head of Operations"
    if text[b:b + 2] in ("'s", "’s"):
        return False  # "a spokesman for Acme's board": the name is the board's owner
    if any(m.start < b and m.end > a and not (places_inside and m.type == "place" and m.start > a)
           for m in mentions):
        return False  # the lexicon (or a place) knows it or a part of it (after a noun of
        # organisations a place may end the name: "the advocacy group Progress Freedonia")
    if _names_work(text, " ".join(words), w.works):
        return False  # "the film Black Panther" somewhere: "the director of Black Panther" is a film's
    return not _is_person_name(text, words, w, person_words)


def _work_before(works: frozenset[str]) -> str:
    """A noun of works and the space after it ("film "), for :func:`_names_work`'s search."""
    return r"\b(?:" + "|".join(map(re.escape, sorted(works))) + r")[ \t]+"


#: the characters that match "i" or "s" in any case (``re.IGNORECASE``) but whose ``lower()`` is
#: neither (U+0130 also lowers to two characters): with none of them in a text, an ASCII character
#: of a pattern matches a character of the text in any case exactly where it equals the text's
#: ``lower()`` there, and ``lower()`` keeps the offsets and what is a word character (both checked
#: over all of Unicode)
_FOLD_APART = ("\u0130", "\u0131", "\u017f")


def _lowered(text: str, words: Iterable[str]) -> str | None:
    """``text.lower()`` when an ASCII pattern of ``words`` may search it case-sensitively instead of
    ``text`` with ``re.IGNORECASE`` (several times faster: no case folding at each position); None
    when a character of the text or a word forbids it."""
    if any(c in text for c in _FOLD_APART) or not all(x.isascii() for x in words):
        return None
    return text.lower()


def _names_work(text: str, name: str, works: frozenset[str]) -> bool:
    """Whether ``name`` follows a noun of works anywhere in ``text``, in any case ("the film
    Black Panther").

    Example:
        >>> _names_work("He saw The Film BLACK PANTHER.", "Black Panther", frozenset({"film"}))
        True
    """
    if not works:
        return False
    low = _lowered(text, [*works, name])
    if low is None:
        return re.search(_work_before(works) + r"(?:the[ \t]+)?" + re.escape(name) + r"\b", text,
                         re.IGNORECASE) is not None
    if not any(x.lower() + " " in low or x.lower() + "\t" in low for x in works):
        return False  # no noun of works: no search
    return re.search(_work_before(frozenset(x.lower() for x in works)) + r"(?:the[ \t]+)?" +
                     re.escape(name.lower()) + r"\b", low) is not None


def _ends_phrase(text: str, b: int) -> bool:
    m = re.match(r"[ \t]*([\w'’]+|[^\w\s])?", text[b:b + 30])
    nxt = m.group(1) if m is not None else None
    if nxt == "and" and re.match(r"[ \t]*and[ \t]+(?:the[ \t]+)?[A-Z]", text[b:b + 30]):
        return False  # "director of the Mommy and Me program": the name goes on
    return nxt is None or not nxt[:1].isalnum() or nxt.lower() in _NEXT_WORDS


def _role_context(text: str, pos: int, w: Any) -> bool:
    """Whether the words before a role at ``pos`` are an apposition or a description: a comma
    or a determiner, then at most four lower-case words ("senior", "acting political"), no past."""
    m = re.search(r"(?:(,)|\b(a|an|the|its|their))[ \t]+((?:[a-z][\w-]*[ \t]+){0,4})$", text[max(0, pos - 80):pos])
    if m is None:
        return False
    words = m.group(3).split()
    if any(x in _PAST or x.startswith("ex-") or x in w.not_member for x in words):
        return False
    if words and words[0] in _BEFORE_DETS:
        words = words[1:]  # ", the reviews director at X"
    return not any(x in stopwords() and x not in ("of", "and") for x in words)


def role_named_orgs(text: str, mentions: list[Any], headline: list[tuple[int, int]], w: Any
                    ) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of each naming of an organisation by a role (see the module), in
    text order; ``mentions`` are the document's mentions so far (places included), ``headline``
    the spans where title case says nothing, ``w`` the :class:`~geolib.actors.orgs_from_text.OrgWords`."""
    person_words = {x for m in mentions if m.type == "person" and m.actor for x in m.actor.split()[-1:]}
    out: list[tuple[int, int, list[str]]] = []

    def in_headline(pos: int) -> bool:
        return any(s <= pos < e for s, e in headline)

    hits = _hits(text, w)
    for m in hits.after:
        role = m.group(1).lower()
        if role == "executive" and not text[max(0, m.start() - 6):m.start()].lower().endswith("chief "):
            continue  # "chief executive of X"; "an executive of X" names no body's head
        if in_headline(m.start()) or not _role_context(text, m.start(), w):
            continue
        b, words = _name_after(text, m.end(), w)
        if words and _ends_phrase(text, b) and _ok_name(text, m.end(), b, words, mentions, w, person_words):
            out.append((m.end(), b, words))
    for at, m in hits.before:
        if in_headline(m.start()):
            continue
        a, words = _name_before(text, at, w)
        after = re.match(r"([A-Z][a-z]+)[ \t]+[A-Z]", text[m.end():m.end() + 40])
        if after is None or after.group(1).lower() not in w.first_names:
            continue  # a person's name after the role: "Nucor spokesman John Doe"
        if len(words) == 1 and (a == 0 or text[max(0, a - 2):a].strip() in ("", ".", '"', "“", "”")):
            continue  # one word that opens a sentence: its capital says nothing
        if words and _ok_name(text, a, at, words, mentions, w, person_words):
            out.append((a, at, words))
    for m in hits.descriptor:
        # "the advocacy group Progress Freedonia", "the blood-testing company Nucor"
        if in_headline(m.start()):
            continue
        b, words = _name_after(text, m.end(), w)
        if words and _ends_phrase(text, b) and \
                _ok_name(text, m.end(), b, words, mentions, w, person_words, places_inside=True):
            out.append((m.end(), b, words))
    for m in hits.outlet:
        if in_headline(m.start()):
            continue
        b, words = _name_after(text, m.end(), w)
        if words and _ends_phrase(text, b) and _ok_name(text, m.end(), b, words, mentions, w, person_words):
            out.append((m.end(), b, words))
    out.sort()
    return out


_OUTLET_BEFORE = re.compile(r"\b(?:writes|wrote|writing)[ \t]+$")


@lru_cache(maxsize=4)
def _writer_before(verbs: frozenset[str]) -> re.Pattern[str]:
    """A verb of writing, at most three capitalised words (the writer) and "in [the]" at the end
    of a text: the pattern of :func:`outlet_writer`."""
    return re.compile(r"\b(" + "|".join(map(re.escape, sorted(verbs))) +
                      r")[ \t]+((?:[A-Z][\w'’.-]*[ \t]+){0,3}?)in[ \t]+(?:the[ \t]+)?$")


def outlet_writer(text: str, start: int, w: Any) -> tuple[str, int] | None:
    """The writer tied to the outlet named at ``start``: "writes Jane Roe in [the] X" ->
    ("Jane Roe", position of the name) for a name after the verb, ("", position of the verb) for
    "Jane Roe wrote in [the] X" / "Jane Roe, writing in [the] X" (the name before it); None when
    the outlet follows no such verb ("told the Daily Courier": a speaker talks TO the outlet).

    Example:
        >>> from geolib.actors.orgs_from_text import org_words
        >>> t = "writes Jane Roe in the Daily Courier"
        >>> outlet_writer(t, t.index("Daily"), org_words())
        ('Jane Roe', 7)
    """
    before = text[max(0, start - 80):start]
    m = _writer_before(w.names_outlet).search(before)
    if m is None:
        return None
    if m.group(2).strip():
        return m.group(2).strip(), start - len(before) + m.start(2)
    return "", start - len(before) + m.start()


@lru_cache(maxsize=1)
def org_references() -> dict[str, str]:
    """noun -> what it may refer to (any, name, company), from ``org_references.csv``."""
    return _table()[0]


@lru_cache(maxsize=1)
def not_groups() -> frozenset[str]:
    """Last words of the names that "the group" never means (``group`` = no: a school, a bank)."""
    return _table()[1]


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], frozenset[str]]:
    t = read_table(data_path("org_references.csv"), kind="organisation references",
                   required=("word", "matches", "group"))
    out, no = {}, set()
    for i, (w, k, g) in enumerate(zip(t.column("word"), t.column("matches"), t.column("group"))):
        if k not in ("any", "name", "company", "outlet") or g not in ("yes", "no"):
            raise t.error(i, f"matches is any, name, company or outlet ({k!r}); group yes or no ({g!r})")
        out[w.strip().lower()] = k
        if g == "no":
            no.add(w.strip().lower())
    return out, frozenset(no)


def surname_before(text: str, pos: int, people: Sequence[str], w: Any) -> tuple[str, int] | None:
    """The one person a surname alone right before ``pos`` stands for ("Roe, chief executive of
    Acme" after "Jane Roe"): of the people ``people`` the document names, else of the full names
    (a first name, then the surname) written before it; None when none or two or more.

    Example:
        >>> from geolib.actors.orgs_from_text import org_words
        >>> t = "Jane Roe spoke. Roe, chief executive of Acme, left."
        >>> surname_before(t, t.index(", chief"), [], org_words())
        ('Jane Roe', 16)
    """
    m = re.search(r"(?<![\w'’.-])([A-Z][a-z'’-]+)$", text[max(0, pos - 30):pos])
    if m is None:
        return None
    sur = m.group(1)
    low = sur.lower()
    if low in stopwords() or low in w.roles or low in w.first_names or low in w.dates:
        return None
    start = pos - len(sur)
    found = {p for p in people if p.split()[-1] == sur}
    if not found and _after_space(text, sur, start):
        for f in re.finditer(r"\b([A-Z][a-z]+)((?:[ \t]+[A-Z]\.)?)[ \t]+" + re.escape(sur) + r"\b", text[:start]):
            if f.group(1).lower() in w.first_names:
                found.add(f"{f.group(1)}{f.group(2)} {sur}".replace("  ", " "))
    return (next(iter(found)), start) if len(found) == 1 else None
