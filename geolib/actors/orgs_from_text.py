"""Organisations from the text: the organisations a document names that no lexicon knows, and the
organisation the text gives a person, for every mention of that person.

Run per document after roles (:mod:`geolib.roles`) and party ties (:mod:`geolib.actors.parties`):

1. **Unknown organisations.** A capitalised name holding an organisation word of
   ``geolib/data/org_words.csv`` ("Freedonia Women's League", "Clinton Foundation", "Acme Motor
   Co.", "University of Freedonia") or defined with an acronym ("the Acme Conservative Union
   (ACU)") is an organisation: every later "ACU" and, for a company, its first word alone ("Acme
   said") name it too. Each occurrence becomes a mention of type ``organisation`` (``actor`` = the
   name as first written, "Co." written "Company"), so that a speaker who is such an organisation
   speaks as itself (``kind`` ``text``: :func:`geolib.actors.candidate_actors` still proposes the
   name for the lexicon). A person's name inside it ("Clinton" of "the Clinton Foundation") is the
   organisation's, never the person's. A name holding a state body's word ("Ministry",
   "Department") is left to the lexicon: a state stays the state level.
2. **A person's organisation.** The text ties a person to a non-state organisation (one of 1., or
   an organisation of the lexicon) by a role (:mod:`geolib.roles`: "Acme spokesperson Jane Roe",
   "Jane Roe, a professor at X") or by these shapes, with nothing but role words between:
   "Jane Roe, [a|the] chief economist at|of|for|with X" (capitalised role words when a role noun
   ends them, a capitalised topic after "of"/"on": "an expert on Russia at X"), "[anchor] Jane Roe
   of X", "Jane Roe (X)", "X['s] CEO Jane Roe" (capitalised: "X Senior Correspondent Jane Roe"),
   "Jane Roe, [a] X's CEO,", "Jane Roe, who heads|runs|leads X", a byline "[Jane Roe, X]", and an
   outlet's possessive before a name ("CNN's Jane Roe"; any organisation's before a person the
   lexicon knows). The tie holds for the whole document: every
   mention of the person (the full name, the surname alone when no one else of the document bears
   it) gets the organisation as ``agency`` -- a person the lexicon does not know gets mentions of
   their own (``actor`` = the name). A person the lexicon ties to a state office or the text to a
   party keeps that (known ties win). Mere nearness ties nobody: "Jane Roe told CNN", "Jane Roe,
   who sued Acme", "a critic of Acme" (``not_member`` words), a former role.

Example:
    >>> from geolib.actors import document_mentions
    >>> from geolib.document import Document
    >>> [(m.text, m.actor, m.type, m.agency) for m in document_mentions(Document(
    ...     "Mary Major, president of the Freedonia Women's League, spoke. Major left."))][-1]
    ('Major', 'Mary Major', 'person', "Freedonia Women's League")
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from ..lexicons import date_words, read_table
from ..resources import data_path
from ..build_actors import sector
from ..roles import ORG_OWNER_SECTORS, load_roles, owner_sector, owner_words, role_lookup, trie_pattern
from ..text import stopwords
from .org_heads import head_ties
from .orgs_by_role import may_name_orgs, org_references, outlet_writer, role_named_orgs, surname_before
from .parties import name_mentions  # the mentions of people the lexicon does not know
from .words import common_words

__all__ = ["tie_organisations", "org_words", "OrgWords", "TEXT_KIND"]

#: the ``kind`` of the mentions of an organisation found in the text (the lexicon does not know it:
#: :func:`geolib.actors.candidate_actors` still lists its name)
TEXT_KIND = "text"

#: types of lexicon mentions an organisation of the text may be (a state or place never is one)
_ORG_TYPES = frozenset({"organisation", "group"})
#: ``office`` of a lexicon person who holds no office of a state (their text organisation applies)
_NO_STATE_OFFICE = frozenset({"elite", "business", "media", "education", "civilians", "labour"})
_TITLES = frozenset({"dr", "dr.", "prof", "prof.", "professor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
                     "rev", "rev.", "sir", "dame", "lord", "lady"})
_PAST = frozenset({"former", "ex", "then", "late", "retired", "onetime", "one-time", "erstwhile"})
_CONNECT = frozenset({"of", "for", "on", "de", "the", "&"})
_LINKS = frozenset({"of", "at", "for", "with"})
_POSS = ("'s", "’s")
_WORD = re.compile(r"[A-Z][\w'’&.-]*|&")
# a capitalised word (initials and "U.S." allowed; no sentence-final period)
_CAP = r"(?:[A-Z][\w'’&-]*(?:\.(?=[\w-]))?[\w'’&-]*\.?)"
_CAP_WORD = re.compile(r"[A-Z][\w'’&.-]*")
_ACR_CONNECT = frozenset({"of", "for", "on", "and", "the", "de", "&"})
_LEFT_WORD = re.compile(r"(?<![\w'’&.-])([A-Z][\w'’&.-]*)[ \t]+$")
_RIGHT_WORD = re.compile(r"[ \t]+((?:of|for|on|de|and)[ \t]+(?:the[ \t]+)?)?([A-Z][\w'’&-]*(?:\.(?=[\w-])[\w'’&-]*)*\.?)")
_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z&]{1,9})\s*\)")
_MAX_LEFT = 5
#: heads whose name may go on with a campus: "University of California, San Diego"
_CAMPUS_HEADS = frozenset({"university"})
_CAMPUS = re.compile(r",[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})(?=[,.;:)]|['’]s\b)")
_MAX_RIGHT = 5
_MAX_ROLE_WORDS = 8
#: function words a role may hold: "associate professor of political science at X", "chairman of the
#: department at X"
_GAP_WORDS = frozenset({"and", "of", "the", "on", "for", "in"})  # "a professor in X policy at Y"
# an unknown person's name: two to four capitalised words, initials allowed
_NW = r"[A-Z][a-z]*['’]?[A-Z]?[a-z'’-]+"  # "Roe", "McDonald", "O'Brien"
_NAME = re.compile(_NW + r"(?:\s+[A-Z]\.)?(?:\s+(?:" + _NW + r"|[A-Z]\.)){0,2}\s+" + _NW)
_NAME_BEFORE = re.compile(r"(?<![\w'’.-])(" + _NAME.pattern + r")$")
# the shapes of _person_ties, read backwards from an organisation's name or forwards from its end
_APPOSED_ROLE = re.compile(r",[ \t]+(?:(?:a|an|the)[ \t]+)?((?:[\w.-]+[ \t]+){0,8}?)(of|at|for|with)[ \t]+"
                           r"(?:the[ \t]+)?(?:[A-Z][\w-]+(?:'s|’s)[ \t]+)?$")
_APPOSED_BEFORE = re.compile(r",[ \t]+(?:(?:a|an|the)[ \t]+)?((?:[a-z][\w-]*[ \t]+){0,3})$")
_OF_BEFORE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?$")
_PAREN_BEFORE = re.compile(r"[ \t]*\([ \t]*$")
_ROLE_AFTER = tuple(re.compile(r"(?:'s|’s)?((?:[ \t]+[\w.-]+){%d})[ \t]+(?=[A-Z])" % k) for k in range(1, 5))
_ROLE_AFTER_END = re.compile(r"(?:'s|’s)?((?:[ \t]+[\w.-]+){1,4}?)[ \t]*[,.;]")
_COMMA_BEFORE = re.compile(r"(?:^|[^,]),[ \t]+(?:(?:the|a|an)[ \t]+)?$")
_SENTENCE_END = re.compile(r"(?<![\w.])[a-z]{3,}[.!?](?=[ \t])")
_POSS_NAME = re.compile(r"(?:'s|’s|'|’)[ \t]+(?=[A-Z])")


class OrgWords(NamedTuple):
    """The word lists of ``org_words.csv``, lower case."""

    heads: frozenset[str]  # head and company words
    company: frozenset[str]
    state: frozenset[str]
    roles: frozenset[str]  # role nouns (these and the last words of roles.csv and phoenix_roles.csv)
    not_member: frozenset[str]
    full: dict[str, str]  # "co." -> "Company"
    first_names: frozenset[str]
    head_pattern: re.Pattern[str]
    dates: frozenset[str]  # months and weekdays (dates.csv): never in an organisation's name
    topic_before: frozenset[str]  # "of", "on": a capitalised word after them in a role is its topic
    who_heads: re.Pattern[str]  # ", who heads [the] ", ", who teaches at [the] " at the end of a text
    names_org: frozenset[str] = frozenset()  # role nouns naming an organisation after of/at/for
    names_org_before: frozenset[str] = frozenset()  # ... and before a person's name
    names_outlet: frozenset[str] = frozenset()  # verbs of writing: "writes Jane Roe in X"
    works: frozenset[str] = frozenset()  # "the film X": X is a work, no organisation


@lru_cache(maxsize=1)
def org_words() -> OrgWords:
    """The word lists of ``geolib/data/org_words.csv`` (and the role nouns of :mod:`geolib.roles`).

    Example:
        >>> w = org_words()
        >>> "foundation" in w.heads, w.full["co."], "anchor" in w.roles
        (True, 'Company', True)
    """
    t = read_table(data_path("org_words.csv"), kind="organisation words", required=("word", "kind"))
    kinds = ("head", "company", "state", "role", "not_member", "lead_verb", "works_verb", "topic_before",
             "names_org", "names_org_before", "names_outlet", "work")
    by: dict[str, set[str]] = {k: set() for k in kinds}
    full: dict[str, str] = {}
    for i, (w, k, f) in enumerate(zip(t.column("word"), t.column("kind"), t.column("full"))):
        if k not in by:
            raise t.error(i, f"unknown kind {k!r} (one of {', '.join(kinds)})")
        if not w or " " in w.strip():
            raise t.error(i, "one word per line")
        by[k].add(w.lower())
        if f:
            full[w.lower()] = f
    roles = {r for r in load_roles() if " " not in r} | by["role"]
    g = read_table(data_path("gender_words.csv"), kind="gender words", required=("word", "kind"))
    first = frozenset(w.lower() for w, k in zip(g.column("word"), g.column("kind")) if k == "first_name")
    heads = by["head"] | by["company"]
    # capitalised forms of the heads ("Foundation", "Co.", "LLC"), as whole words
    forms = sorted({v for h in heads for v in (h[:1].upper() + h[1:], h.upper())})
    # no lookbehind before the trie: the regular expression engine then skips to the possible first
    # letters (3 to 5 times faster); the word before is checked on the few matches
    pattern = re.compile(trie_pattern(forms) + r"(?![\w'’-])")
    verbs = "|".join(re.escape(v) for v in sorted(by["lead_verb"]))
    works = "|".join(re.escape(v) for v in sorted(by["works_verb"]))
    who_heads = re.compile(r",[ \t]+who[ \t]+(?:now[ \t]+)?(?:(?:" + verbs + r")|(?:" + works
                           + r")[ \t]+(?:at|for))[ \t]+(?:the[ \t]+)?$")
    return OrgWords(frozenset(heads), frozenset(by["company"]), frozenset(by["state"]), frozenset(roles),
                    frozenset(by["not_member"]), full, first, pattern, frozenset(date_words()["word"]),
                    frozenset(by["topic_before"]), who_heads, frozenset(by["names_org"]),
                    frozenset(by["names_org_before"]), frozenset(by["names_outlet"]), frozenset(by["work"]))


class _Org(NamedTuple):
    name: str  # the actor: as first written, without "the", abbreviations written out
    forms: tuple[str, ...]  # what names it in the text: the name as written, acronym, short form


_LEFT_AND = re.compile(r"(?<![\w'’&.-])[Tt]he[ \t]+((?:[A-Z][\w'’&-]*[ \t]+){1,3})and[ \t]+$")


def _left_and(text: str, pos: int, w: OrgWords) -> tuple[int, list[str]] | None:
    """The capitalised words and "and" of a name before ``pos`` after "the": "the Legal Defense
    and " before "Educational Fund" -> (start of "Legal", ["Legal", "Defense", "and"]); None when
    a word is a stop word, a role, a title, a first name or a date (never "the Roe and").

    Example:
        >>> t = "head of the Legal Defense and Educational Fund"
        >>> _left_and(t, t.index("Educational"), org_words())
        (12, ['Legal', 'Defense', 'and'])
    """
    m = _LEFT_AND.search(text, max(0, pos - 80), pos)
    if m is None:
        return None
    words = m.group(1).split()
    if any(x.lower() in stopwords() or x.lower() in w.roles or x.lower() in _TITLES or
           x.lower() in w.first_names or x.lower() in w.dates or x.lower() in _PAST for x in words):
        return None
    return m.start(1), [*words, "and"]


def _low(w: str) -> str:
    return w.lower().rstrip(".") if not w.endswith(".") or w.lower() not in org_words().full else w.lower()


def _canonical(words: list[str]) -> str:
    """An organisation's name from its words, abbreviations written out ("Co." -> "Company")."""
    full = org_words().full
    return " ".join(full.get(w.lower(), w) for w in words).replace(" ,", ",")


def tie_organisations(doc: Any, found: Sequence[Any], make: Callable[..., Any]) -> tuple[Any, ...]:
    """The mentions ``found`` of one document (in text order) with the organisations of its text and
    the people it ties to them (see the module). ``make`` builds a mention from its fields.

    Example:
        >>> from geolib.actors import document_mentions
        >>> from geolib.document import Document
        >>> [(m.text, m.actor, m.kind) for m in document_mentions(Document(
        ...     'The Acme Conservative Union (ACU) objected. "No," the ACU said.'))]
        [('Acme Conservative Union', 'Acme Conservative Union', 'text'), ('ACU', 'Acme Conservative Union', 'text'), ('ACU', 'Acme Conservative Union', 'text')]
    """
    text = doc.text
    w = org_words()
    heads = [h for h in w.head_pattern.finditer(text)
             if not h.start() or not (text[h.start() - 1].isalnum() or text[h.start() - 1] in "_'’-")]
    roles_owned = [m for m in found if m.kind == "role" and m.person and m.type in _ORG_TYPES]
    if not heads and "(" not in text and not roles_owned and not any(m.type in _ORG_TYPES for m in found) \
            and not may_name_orgs(text, w):
        return tuple(found)
    mentions = list(found)
    headline = _headline_spans(doc)
    orgs, spans_of, absorbed = _find_orgs(text, heads, mentions, headline)
    if absorbed:
        mentions = [m for i, m in enumerate(mentions) if i not in absorbed]
    new = _org_mentions(doc, text, orgs, spans_of, mentions, make)
    all_m = sorted(mentions + new, key=lambda m: m.start)
    generic = _generic_owners(doc, all_m, make) if any(m.type in _ORG_TYPES for m in all_m) else all_m
    changed = generic != all_m
    all_m = generic
    ties = _person_ties(text, all_m, roles_owned, headline)
    for person, org in head_ties(text, all_m, w).items():  # "Society President Jane Roe"
        ties.setdefault(person, org)
    if not ties:
        if not new and not absorbed and not changed:
            return tuple(found)
        return tuple(all_m)
    out = []
    known: set[str] = set()
    for m in all_m:
        if m.type == "person" and m.actor:
            known.add(m.actor)
            org = ties.get(m.actor)
            if org and not m.agency and (not m.affiliation or m.office in _NO_STATE_OFFICE):
                m = m._replace(agency=org)
        out.append(m)
    unknown = {n: o for n, o in ties.items() if n not in known}
    out += name_mentions(doc, out, unknown, {}, make)
    out.sort(key=lambda m: m.start)
    return tuple(out)


@lru_cache(maxsize=1)
def _owner_noun() -> re.Pattern[str]:
    """ "the company's", "a university": an owner word of ``roles.csv`` of an organisation's sector."""
    return re.compile(r"\b(?:[Tt]he|[Aa]n?)[ \t]+(" + "|".join(map(re.escape, _owner_nouns())) +
                      r")(?:'s|’s)?[ \t]+(?=[a-z])")


@lru_cache(maxsize=1)
def _owner_nouns() -> tuple[str, ...]:
    """The owner words of :func:`_owner_noun` ("company", "firm", "university"): a text holding
    none of them as written has no match (a test with ``in``, far faster than the pattern's scan
    of every position)."""
    return tuple(sorted(n for n, c in owner_words().items() if c in ORG_OWNER_SECTORS))
_STATE_ONLY = ("GOV", "MIL", "LEG", "JUD", "COP", "SPY")


def _para_of(doc: Any, pos: int) -> int:
    sents = doc.sentence_spans
    if not sents:
        return 0
    return sents[max(bisect.bisect_right([x for x, _, _ in sents], pos) - 1, 0)][2]


def _text_org_sector(m: Any, w: OrgWords) -> str:
    """The owner sector of a mention (:func:`geolib.roles.owner_sector`), an organisation of the
    text by its last word: a company's (BUS), a university's or college's (EDU), else an NGO's."""
    got = owner_sector(m)
    if got or m.kind != TEXT_KIND:
        return got
    last = m.actor.split()[-1].lower() if m.actor.split() else ""
    return "BUS" if last in w.company else "EDU" if last in ("university", "college") else "NGO"


def _generic_owners(doc: Any, mentions: list[Any], make: Callable[..., Any]) -> list[Any]:
    """"the company's chief executive", "a university spokesman" once the organisations of the
    text are known: the one organisation of that kind (the owner words of ``roles.csv``: company,
    firm, university) the document named before, in this paragraph or the one before, speaks
    through the role; with two or more, or named only further back, nobody (a role
    :mod:`geolib.roles` gave the one organisation of the lexicon is taken back)."""
    text, w = doc.text, org_words()
    if not any(map(text.__contains__, _owner_nouns())):
        return list(mentions)  # no owner word: nothing to find (what the loop below gives then)
    owners, roles = owner_words(), role_lookup()
    drop: set[int] = set()
    out = list(mentions)
    starts = [m.start for m in mentions]
    sents, paras = doc.sentence_spans, doc.paragraph_spans
    sent_starts = [x for x, _, _ in sents]
    for hit in _owner_noun().finditer(text):
        letters = owners.get(hit.group(1).lower(), "")
        if letters not in ORG_OWNER_SECTORS:
            continue
        words = re.findall(r"[a-z]+\.?", text[hit.end():hit.end() + 60])[:3]
        role = next((roles[" ".join(words[:k])] for k in (3, 2, 1) if len(words) >= k and
                     " ".join(words[:k]) in roles), None)
        if role is None or role.code[:3] in _STATE_ONLY:
            continue
        end = text.index(role.role.split()[-1], hit.end()) + len(role.role.split()[-1])
        a, b = hit.start(), end
        k = bisect.bisect_left(starts, a)
        cands = {m.actor: m for m in mentions[:k] if m.end <= a and _text_org_sector(m, w) == letters}
        if len(cands) == 1 and next(iter(cands.values())).paragraph < _para_of(doc, a) - 1:
            cands = {}  # named only far before: the company the role means may be one not found
        inside = [i for i, m in enumerate(mentions) if m.start < b and m.end > a]
        if inside:
            if all(mentions[i].kind == "role" and mentions[i].type in _ORG_TYPES for i in inside) and \
                    (len(cands) != 1 or any(mentions[i].actor not in cands for i in inside)):
                drop.update(inside)  # the one company of the lexicon, but another of the text too
            continue
        if len(cands) != 1:
            continue
        o = next(iter(cands.values()))
        si = max(bisect.bisect_right(sent_starts, a) - 1, 0)
        para = sents[si][2] if sents else 0
        out.append(make(start=a, end=b, text=text[a:b], actor=o.actor, type=o.type, code=o.code,
                        affiliation=o.affiliation, kind="role", sentence=si, paragraph=para,
                        role=paras[para][2] if paras else "body", agency="", parent=o.actor,
                        level="person", office=sector(role.code) if role.code else "",
                        title=role.role, person=""))
    out = [m for i, m in enumerate(out) if i not in drop]
    out.sort(key=lambda m: m.start)
    return out


def _headline_spans(doc: Any) -> list[tuple[int, int]]:
    """The paragraphs of role title or heading (no ties read there: title case says nothing), in
    text order."""
    return [(s, e) for s, e, r in doc.paragraph_spans if r in ("title", "heading")]


def _in(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` is inside one of the ``spans`` (in text order, not overlapping)."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _find_orgs(text: str, heads: list[re.Match[str]], mentions: list[Any], headline: list[tuple[int, int]]
               ) -> tuple[dict[str, _Org], dict[str, list[tuple[int, int, str]]], set[int]]:
    """The unknown organisations of a text: name -> :class:`_Org`, the spans of their first
    naming (start, end, kind), and the indexes of the person and place mentions inside their names
    ("Clinton" of "Clinton Foundation", "Florida" of "University of Florida")."""
    w = org_words()
    starts = [m.start for m in mentions]
    orgs: dict[str, _Org] = {}
    spans_of: dict[str, list[tuple[int, int, str]]] = {}
    absorbed: set[int] = set()
    stop = stopwords()
    dates = w.dates
    done_until = -1

    def inside(a: int, b: int) -> list[int] | None:
        """The mentions inside [a, b); None when one is cut or names no person or place (a known
        name: "NASA Jet Propulsion Laboratory" is left to the lexicon)."""
        i = bisect.bisect_left(starts, a)
        j = i - 1
        if j >= 0 and mentions[j].end > a:
            return None
        got = []
        while i < len(mentions) and mentions[i].start < b:
            m = mentions[i]
            if m.end > b or m.type not in ("person", "place") or m.kind == "role":
                return None
            got.append(i)
            i += 1
        return got

    def add(a: int, b: int, words: list[str], acr: str = "") -> None:
        name = _canonical(words)
        key = name.lower()
        org = orgs.get(key)
        forms = [text[a:b]]
        if acr:
            forms.append(acr)
        if words[-1].lower() in w.company and len(words) >= 2:
            first = words[0]
            if first.lower() not in stop and first.lower() not in common_words() and \
                    first.lower() not in w.first_names and not first.isupper() and first[-1:] != ".":
                forms.append(first)
        if org is None:
            orgs[key] = _Org(name, tuple(dict.fromkeys(forms)))
        else:
            orgs[key] = org._replace(forms=tuple(dict.fromkeys(org.forms + tuple(forms))))
        spans_of.setdefault(key, []).append((a, b, "name"))

    # 1. names around an organisation word: "Acme Motor Co.", "University of Freedonia"
    for h in heads:
        hs, he = h.span()
        if hs < done_until or _in(headline, hs):
            continue
        c = bisect.bisect_right(starts, hs) - 1
        if c >= 0 and mentions[c].end > hs and (mentions[c].type not in ("person", "place") or
                                                mentions[c].kind == "role"):
            continue  # inside a name the lexicon knows ("New York Times", "Republican Party")
        # left: capitalised words right before the head
        left = []
        pos = hs
        while len(left) < _MAX_LEFT:
            m = _LEFT_WORD.search(text, max(0, pos - 40), pos)
            if m is None:
                break
            word = m.group(1)
            low = word.lower()
            if word.endswith(_POSS) and (left or word[:-2].lower() not in common_words()):
                break  # "Women's League", "Children's Hospital"; not "Acme's Foundation"
            if low in stop or low in _TITLES or low in w.roles or low in _PAST or low in dates or \
                    word.endswith(".") and "." not in word[:-1] and len(word) > 2:
                break
            if low.endswith(("ed", "ing")) and text[:m.start(1)].rstrip()[-1:] in ("", ".", "!", "?", '"', "”", "“"):
                break  # "Remarked Center for ...": a verb that opens the sentence
            left.insert(0, word)
            pos = pos - len(m.group(0))
        more = _left_and(text, pos, w) if left and len(left) < _MAX_LEFT else None
        if more is not None:  # "the Legal Defense and Educational Fund"
            pos, words = more
            left = words + left
        a = pos
        # right: of / for / on [the] capitalised words ("Institute for Policy Studies")
        b = he
        right: list[str] = []
        k = he
        while True:
            m = _RIGHT_WORD.match(text, k, k + 60)
            if m is None or len(right) >= _MAX_RIGHT:
                break
            word = m.group(2)
            low = word.lower().rstrip(".")
            if right and right[-1].endswith(".") and right[-1].split()[-1].lower() not in w.full and \
                    right[-1][-2:-1].islower():
                break  # "... of British Columbia. Now": a sentence ended
            owned_lower = word.endswith(_POSS) and re.match(r"[ \t]+[a-z]", text[m.end():m.end() + 2])
            if owned_lower and len(word) > 3 and m.group(1) and m.group(1).startswith("of"):
                base = word[:-2]  # "the University of East Anglia's medical school": the name ends (not
                # before another name: "the University of X's Center for Y" is the center's)
                if base.lower() not in stop and base.lower() not in dates and base.lower() not in w.roles:
                    right.append(m.group(1) + base)
                    b = m.end() - 2
                break
            if right and owned_lower and len(word) > 3 and any(x[:1].islower() for x in right):
                base = word[:-2]  # "... of East Anglia's": the last word of the name after "of"
                if base.lower() not in stop and base.lower() not in w.first_names and base.lower() not in dates:
                    right.append(base)
                    b = m.end() - 2
                break
            if low in w.roles or low in _TITLES or low in stop or low in dates or word.endswith(_POSS):
                break  # "... of Preventive Medicine on January 5": no date in a name
            if m.group(1) and m.group(1).startswith("and") and (
                    not right or not any(x[:1].islower() for x in right) or "the" in m.group(1) or
                    low in w.first_names):
                break  # "and" only inside "of X and Y" ("School of Marine and Atmospheric Science")
            if not m.group(1) and not (low in w.heads or low in w.company) and \
                    not (right and any(x[:1].islower() for x in right) and low not in w.first_names):
                # "Acme Foundation President": only connectors, organisation words or the words
                # after a connector ("Center for Food Safety")
                break
            right.append((m.group(1) or "") + word)
            k = m.end()
            b = k
        if right and h.group().lower() in _CAMPUS_HEADS:
            # "University of California, San Diego": a campus after the university's name
            cm = _CAMPUS.match(text, b)
            if cm is not None and cm.group(1).split()[0].lower() not in w.first_names and \
                    not any(x.lower() in stop or x.lower() in w.roles or x.lower() in _TITLES
                            for x in cm.group(1).split()):
                right.append(", " + cm.group(1))
                b = cm.end(1)
        name_words = [*left, text[hs:he], *" ".join(right).replace(", ", " , ").split()]
        caps = [x for x in name_words if x[:1].isupper()]
        name_words = [x for x in name_words if x != ","] if "," not in name_words else name_words
        if len(caps) < 2:
            continue
        topic = next((i for i, x in enumerate(name_words) if x in ("on", "for")), len(name_words))
        if any(x.lower().rstrip(".") in w.state for x in name_words[:topic] if x[:1].isupper()):
            continue  # a state body's name: the lexicon's and the agencies' (not the topic after
            # "on" / "for": "Project on Government Secrecy", "Institute for Government")
        if text[b - 1:b] == "." and (b == len(text) or text[b] in " \t\n\r\"”’)") and \
                name_words[-1].lower() not in w.full and \
                "." not in name_words[-1][:-1]:
            b -= 1
            name_words[-1] = name_words[-1][:-1]
        inner = inside(a, b)
        if inner is None:
            continue
        if any(mentions[i].start == a and mentions[i].end == b for i in inner):
            continue
        absorbed.update(inner)
        done_until = b
        acr = ""
        am = _ACRONYM.match(text, b + (1 if text[b:b + 1] == " " else 0))
        if am is not None and _fits(am.group(1), name_words):
            acr = am.group(1)
        add(a, b, name_words, acr)
    # 2. names defined with an acronym: "the Acme Conservative Union (ACU)"
    for am in _ACRONYM.finditer(text):
        acr = am.group(1)
        if acr.isupper() is False and sum(c.isupper() for c in acr) < 2 or _in(headline, am.start()):
            continue
        back = text[max(0, am.start() - 120):am.start()]
        if back[-1:] not in (" ", "\t"):
            continue
        words = []  # the capitalised words and connectors right before the acronym
        for x in reversed(back.split()):
            if len(words) >= 12 or not (_CAP_WORD.fullmatch(x) or x in _ACR_CONNECT):
                break
            words.insert(0, x)
        while words and words[0] in _ACR_CONNECT:
            words.pop(0)
        if not words:
            continue
        cut = _acronym_start(acr, words)
        if cut is None:
            continue
        words = words[cut:]
        if not any(x.lower() in w.heads for x in words) and not (
                len(words) >= 3 and any(x in ("for", "of", "without", "against") for x in words)):
            continue  # "International Space Station (ISS)", "International Master (IM)": no organisation
        if words[0].lower() in w.first_names and len([x for x in words if x[:1].isupper()]) <= 3 and \
                not any(x.lower() in w.heads for x in words):
            continue  # a person's initials
        if any(x.lower().rstrip(".") in w.state for x in words) or words[0].lower() in stop:
            continue
        phrase = " ".join(words)
        b = am.start() - (len(back) - len(back.rstrip()))
        a = b - len(phrase)
        if text[a:b] != phrase:
            continue
        key = _canonical(words).lower()
        if key in orgs:
            continue
        named = _named_after_connector(text, a, b, mentions, starts)
        if named:  # "Concerned Women for America (CWA)": a state after "for" / "of" is part of the name
            absorbed.update(named)
        else:
            inner = inside(a, b)
            if inner is None or inner:
                continue
        add(a, b, words, acr)
    # 3. names of no organisation word that a role shows to be organisations ("Jane Roe, chief
    #    executive of Nucor": geolib.actors.orgs_by_role)
    for a, b, words in role_named_orgs(text, mentions, headline, w):
        inner = inside(a, b)
        if _canonical(words).lower() not in orgs and inner is not None and \
                not any(x < b and y > a for v in spans_of.values() for x, y, _ in v):
            absorbed.update(inner)  # "Freedonia" of "the advocacy group Progress Freedonia"
            add(a, b, words)
    return orgs, spans_of, absorbed


def _named_after_connector(text: str, a: int, b: int, mentions: list[Any], starts: list[int]) -> list[int]:
    """The mentions inside [a, b) when each is a state's or place's name right after "for" / "of"
    (a name defined by its acronym: "Concerned Women for America"), else [] (a state first names a
    state body: "United States Geological Survey")."""
    i = bisect.bisect_left(starts, a)
    if i and mentions[i - 1].end > a:
        return []
    got = []
    while i < len(mentions) and mentions[i].start < b:
        m = mentions[i]
        if m.end > b or m.type not in ("state", "place") or m.kind == "role" or \
                text[max(a, m.start - 5):m.start].split()[-1:] not in (["for"], ["of"]):
            return []
        got.append(i)
        i += 1
    return got


def _fits(acr: str, words: list[str]) -> bool:
    """Whether an acronym stands for these words: its letters are initials of the words in order,
    the first letter the first word's, every capitalised word's initial used."""
    return _acronym_start(acr, words) == 0


def _acronym_start(acr: str, words: list[str]) -> int | None:
    """The first word of the longest tail of ``words`` that ``acr`` abbreviates (None: none)."""
    letters = acr.lower().replace("&", "")
    for s in range(len(words)):
        ws = words[s:]
        if not ws[0][:1].isupper() or ws[0][:1].lower() != letters[:1]:
            continue
        caps = [x for x in ws if x[:1].isupper()]
        if len(caps) > len(letters) or len(caps) < 2 and len(letters) > 1 and len(ws) < 2:
            continue
        # the capitalised words' initials, in order, with lower-case words' initials optional
        i = 0
        ok = True
        for x in ws:
            c = x[:1].lower()
            if i < len(letters) and c == letters[i]:
                i += 1
            elif x[:1].isupper():
                ok = False
                break
        if ok and i == len(letters):
            return s
    return None


def _org_mentions(doc: Any, text: str, orgs: dict[str, _Org], spans_of: dict[str, list[tuple[int, int, str]]],
                  mentions: list[Any], make: Callable[..., Any]) -> list[Any]:
    """Mentions of the unknown organisations: every occurrence of a form of their name (a whole
    word, capitalised, not inside another mention or a longer capitalised name), from the first
    naming on."""
    if not orgs:
        return []
    taken = sorted((m.start, m.end) for m in mentions)
    t_starts = [s for s, _ in taken]

    def free(a: int, b: int) -> bool:
        i = bisect.bisect_left(t_starts, b)
        return not (i and taken[i - 1][1] > a)

    by_form: dict[str, str] = {}
    for key, org in orgs.items():
        for f in org.forms:
            if f in by_form and by_form[f] != key:
                by_form[f] = ""  # two organisations' short form: neither
            else:
                by_form.setdefault(f, key)
    forms = sorted((f for f, k in by_form.items() if k), key=len, reverse=True)
    if not forms:
        return []
    first = {k: min(s for s, _, _ in v) for k, v in spans_of.items()}
    sents, paras = doc.sentence_spans, doc.paragraph_spans
    sent_starts = [s for s, _, _ in sents]
    out: list[Any] = []
    got: list[tuple[int, int]] = []
    for a, b, f in _occurrences(text, forms):
        key = by_form[f]
        org = orgs[key]
        if a < first[key] or not free(a, b) or any(s < b and e > a for s, e in got):
            continue
        form = "abbreviation" if f.isupper() and f != org.forms[0] else "name" if f == org.forms[0] else "short"
        if form == "short":
            # the first word alone: not inside a longer capitalised name ("Acme Foundation")
            after = re.match(r"[ \t]+[A-Z]", text[b:b + 3])
            before = re.search(r"[A-Z][\w.]*[ \t]+$", text[max(0, a - 30):a])
            if after is not None or before is not None:
                continue
        if form == "name" and f != org.name and f.lower() != org.name.lower() and \
                _canonical(f.replace(",", " ,").split()).lower() != key:
            continue
        got.append((a, b))
        si = max(bisect.bisect_right(sent_starts, a) - 1, 0)
        para = sents[si][2] if sents else 0
        out.append(make(start=a, end=b, text=text[a:b], actor=org.name, type="organisation", code="",
                        affiliation="", kind=TEXT_KIND, sentence=si, paragraph=para,
                        role=paras[para][2] if paras else "body", agency="", parent="",
                        level="organisation", office="", title="", person=""))
    return out


def _occurrences(text: str, forms: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, form) of each whole-word occurrence of the forms (longest first) in text
    order, none inside another ("ACU" inside "ACU-led" or "MACU" is none)."""
    hits: list[tuple[int, int, str]] = []
    for f in forms:
        i = text.find(f)
        while i >= 0:
            j = i + len(f)
            before = text[i - 1] if i else " "
            after = text[j:j + 2]
            if not (before.isalnum() or before in "_'’&.-") and not (
                    after[:1].isalnum() or after[:1] in "_’&-" or after[:1] == "'" and after[1:2] != "s" or
                    after[:1] == "." and after[1:2].isalnum()):
                hits.append((i, j, f))
            i = text.find(f, i + 1)
    hits.sort(key=lambda h: (h[0], h[0] - h[1]))
    out: list[tuple[int, int, str]] = []
    for h in hits:
        if out and h[0] < out[-1][1]:
            continue
        out.append(h)
    return out


def _person_ties(text: str, mentions: list[Any], roles_owned: list[Any], headline: list[tuple[int, int]]
                 ) -> dict[str, str]:
    """person (a known person's actor or an unknown person's name) -> organisation, from the
    shapes of the module; the first tie of a person holds."""
    w = org_words()
    ties: dict[str, str] = {}

    def tie(person: str, org: str) -> None:
        if person and org and person not in ties and person != org:
            ties[person] = org

    for m in roles_owned:
        if not _past_before(text, m.start):
            tie(m.person, m.actor)
    # "Arthur Hellman, a law professor at the University of X": a role of an organisation
    # (geolib.roles) after a name and a comma, the name unknown to its first-name list
    orgs, persons, roles = [], [], []  # one pass over the mentions
    for m in mentions:
        t = m.type
        if t == "person":
            if m.actor and m.kind != "ambiguous":
                persons.append(m)
        elif t in _ORG_TYPES and str(m.code)[3:6] != "PTY":
            if m.kind != "role":
                if not headline or not _in(headline, m.start):
                    orgs.append(m)
            elif not m.person:
                roles.append(m)
    for m in roles:
        if "," in text[max(0, m.start - 40):m.start]:
            before = text[max(0, m.start - 60):m.start]
            am = _APPOSED_BEFORE.search(before)
            if am is not None and role_gap_words(am.group(1).split(), w) and not _past_before(text, m.start):
                at = m.start - len(before) + am.start()
                p = person_before_name(text, at, mentions, w) or surname_before(
                    text, at, [x.actor for x in mentions if x.type == "person" and x.actor], w)
                if p is not None:
                    tie(p[0], m.actor)
    if not orgs:
        return ties
    p_by_end = {m.end: m for m in persons}
    p_by_start = {m.start: m for m in persons}
    known = {m.actor for m in persons}

    def person_before(pos: int) -> tuple[str, int] | None:
        """The person whose name ends at ``pos``: a known person's mention or an unknown name."""
        m = p_by_end.get(pos)
        if m is not None:
            return m.actor, m.start
        return person_before_name(text, pos, mentions, w) or surname_before(text, pos, known, w)

    def person_after(pos: int) -> tuple[str, int] | None:
        m = p_by_start.get(pos)
        if m is not None:
            return m.actor, m.end
        nm = _NAME.match(text, pos)
        if nm is None or nm.end() < len(text) and (text[nm.end()].isalnum() or text[nm.end()] in "'’"):
            return None
        ws = nm.group().split()
        if ws[0].lower() in stopwords() or any(x.lower() in w.heads or x.lower() in w.state for x in ws):
            return None
        if any(x.start < nm.end() and x.end > pos for x in mentions):
            return None
        return nm.group(), nm.end()

    def role_gap(words: list[str], need_role: bool, caps: bool = False) -> bool:
        """Whether the words between a person and an organisation are a role ("chief economist"):
        lower-case non-function words (or a capitalised role: "CEO"), no past, no non-member. A
        capitalised topic may follow "of" or "on" ("an expert on Russia at X"); with ``caps`` any
        word may be capitalised ("NBC News Senior Investigative Correspondent Jane Roe")."""
        if len(words) > _MAX_ROLE_WORDS:
            return False
        role = False
        prev = ""
        last_role = max((i for i, x in enumerate(words) if x.lower().strip(",") in w.roles), default=-1)
        for i, x in enumerate(words):
            low = x.lower().strip(",")
            before, prev = prev, low
            if low in _PAST or low.startswith(("ex-", "former")) or low in w.not_member:
                return False
            if low in w.roles:
                role = True
                continue
            if "." in low[:-1] and len(low) <= 6:
                continue  # "a Ph.D. candidate at X"
            if x[:1].isupper() and x[1:].islower() and x.isalpha() and low not in stopwords() and \
                    (caps or before in w.topic_before):
                continue
            if not x.islower() or low in stopwords() and low not in _GAP_WORDS or \
                    low.endswith(("ed", "ing")) and low not in ("head",) and i > last_role:
                return False  # a verb form, unless an adjective before a role ("a distinguished professor")
        return role or not need_role

    for o in orgs:
        name = o.actor
        # "Jane Roe, [a|the] chief economist at X" / "Jane Roe of X" / "Jane Roe (X)"
        before = text[max(0, o.start - 120):o.start]
        tail = before[-60:].split()[-3:]
        m = _APPOSED_ROLE.search(before) if "," in before and any(x in _LINKS for x in tail) and \
            _org_ends(text, o.end) else None
        if m is None and "," in before and _ends_in_reference(before) and _org_ends(text, o.end):
            m = _apposed_descriptor().search(before)  # "..., director of the advocacy group X"
        if m is not None:
            words = m.group(1).split()
            p = person_before(o.start - len(before) + m.start())
            # capitalised role words only when a role noun ends them ("a Senior Staff Attorney of X")
            caps = bool(words) and words[-1].lower() in w.roles
            if p is not None and words and role_gap(words, need_role=m.group(2) != "at", caps=caps):
                tie(p[0], name)
                continue
        m = _OF_BEFORE.search(before) if "of" in before[-8:] and _org_ends(text, o.end) else None
        if m is not None:
            pos = o.start - len(before) + m.start()
            p = person_before(pos)
            if p is not None and _named_person(text, p, w):
                tie(p[0], name)
                continue
        m = _of_descriptor().search(before) if " of " in before and _org_ends(text, o.end) else None
        if m is not None:  # "Jane Roe of digital consulting firm X": "of", a noun of organisations
            p = person_before(o.start - len(before) + m.start())
            if p is not None and _named_person(text, p, w):
                tie(p[0], name)
                continue
        m = _PAREN_BEFORE.search(before) if "(" in before[-3:] else None
        if m is not None and re.match(r"[ \t]*\)", text[o.end:o.end + 3]):
            p = person_before(o.start - len(before) + m.start())
            if p is not None and _named_person(text, p, w):
                tie(p[0], name)
                continue
        # "Jane Roe, who heads X": a verb of leading, nothing else between
        m = w.who_heads.search(before) if "who" in before[-30:] and _org_ends(text, o.end) else None
        if m is not None:
            p = person_before(o.start - len(before) + m.start())
            if p is not None:
                tie(p[0], name)
                continue
        # "writes Jane Roe in X", "Jane Roe, writing in X": the writer's outlet (not "told X")
        wr = outlet_writer(text, o.start, w) if "in" in before[-9:] and _org_ends(text, o.end) else None
        if wr is not None:
            if wr[0]:
                p = person_after(wr[1])
            else:
                b = before[:len(before) - (o.start - wr[1])].rstrip(" \t,")
                p = person_before(o.start - len(before) + len(b))
            if p is not None:
                tie(p[0], name)
                continue
        # a byline: "[Jane Roe, X]"
        if text[o.end:o.end + 1] == "]" and before.endswith((", ", ",")):
            b = before.rstrip(" ,")
            p = person_before(o.start - len(before) + len(b))
            if p is not None and text[p[1] - 1:p[1]] == "[":
                tie(p[0], name)
                continue
        # "CNN's Jane Roe": the organisation's possessive right before a person's name
        after = text[o.end:o.end + 80]
        m = _POSS_NAME.match(after)
        if m is not None and not _past_before(text, o.start):
            p = person_after(o.end + m.end())
            # a person the lexicon knows, or a new name after an outlet's ("CNN's Gloria Vance"; not
            # "the league's Charlotte Panthers")
            if p is not None and (p[0] in known or _outlet(o.code) and p[0].split()[0].lower() in w.first_names):
                tie(p[0], name)
                continue
        # "X['s] [chief] spokesperson Jane Roe" / "Jane Roe, X's CEO,"
        if not any(x.lower().strip(",.;") in w.roles for x in after.split(None, 5)[:5]):
            continue  # no role word after the name: neither shape below
        got = None
        for shape in () if _past_before(text, o.start) else _ROLE_AFTER:  # shortest role first
            m = shape.match(after)
            if m is None:
                continue
            words = m.group(1).split()
            if _SENTENCE_END.search(m.group(1)):
                break  # "X met. Society President Jane Roe": a sentence ended after the name
            if words[-1].lower() in w.roles and role_gap(words, need_role=True, caps=True):
                got = person_after(o.end + m.end())
                if got is not None:
                    break
        if got is not None:
            tie(got[0], name)
            continue
        m = _ROLE_AFTER_END.match(after) if "," in before[-6:] else None
        if m is not None:
            b2 = _COMMA_BEFORE.search(before)
            words = m.group(1).split()
            if b2 is not None and role_gap(words, need_role=True) and words[-1].lower() in w.roles:
                p = person_before(o.start - len(before) + b2.start() + (1 if before[b2.start()] != "," else 0))
                if p is not None:
                    tie(p[0], name)
    return ties


@lru_cache(maxsize=1)
def _of_descriptor() -> re.Pattern[str]:
    """ " of [the] [words] <noun of organisations> " right before a name: "Jane Roe of digital
    consulting firm X", "Jane Roe of the advocacy group X"."""
    nouns = "|".join(re.escape(n) for n in sorted(org_references(), key=len, reverse=True))
    return re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,3}(?:" + nouns + r")[ \t]+$")


@lru_cache(maxsize=1)
def _apposed_descriptor() -> re.Pattern[str]:
    """:data:`_APPOSED_ROLE` with a noun of organisations (``org_references.csv``) before the
    name: "Jane Roe, director of the advocacy group X"."""
    nouns = "|".join(re.escape(n) for n in sorted(org_references(), key=len, reverse=True))
    return re.compile(r",[ \t]+(?:(?:a|an|the)[ \t]+)?((?:[\w.-]+[ \t]+){0,8}?)(of|at|for|with)[ \t]+"
                      r"(?:the|an?)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}(?:" + nouns + r")[ \t]+$")


def _ends_in_reference(before: str) -> bool:
    """Whether the last word of ``before`` is a noun of organisations ("group"), as
    :func:`_apposed_descriptor` needs: a quick test before its search.

    Example:
        >>> _ends_in_reference("Jane Roe, director of the advocacy group "), _ends_in_reference("said ")
        (True, False)
    """
    last = before.rsplit(None, 1)
    return bool(last) and last[-1] in org_references()


def _outlet(code: object) -> bool:
    """Whether a lexicon code is a media outlet's ("MEDCNN", "CHNMED")."""
    code = str(code)
    return code.startswith("MED") or code[3:6] == "MED"


def role_gap_words(words: list[str], w: OrgWords) -> bool:
    """Whether lower-case words before a role may describe it ("law", "senior"): no function word,
    no verb form, no past, no non-member noun."""
    for x in words:
        if x in stopwords() or x in _PAST or x in w.not_member or x.endswith(("ed", "ing")):
            return False
    return True


def person_before_name(text: str, pos: int, mentions: Sequence[Any], w: OrgWords) -> tuple[str, int] | None:
    """An unknown person's name of two words or more ending at ``pos`` (no mention over it, no
    title, role or organisation word in it) and its start, or None."""
    nm = _NAME_BEFORE.search(text[max(0, pos - 60):pos])
    if nm is None:
        return None
    ws = nm.group(1).split()
    while len(ws) > 2 and (ws[0].lower() in stopwords() or ws[0].lower() in w.roles or ws[0].lower() in _TITLES):
        ws = ws[1:]  # "Anchor Jane Roe": the role is no part of the name
    name = " ".join(ws)
    a = pos - len(name)
    if text[a:pos] != name or any(x.start < pos and x.end > a for x in mentions):
        return None
    if ws[0].lower() in stopwords() or ws[0].lower() in w.roles or ws[0].lower() in _TITLES or \
            any(x.lower() in w.heads or x.lower() in w.state for x in ws):
        return None
    return name, a


def _past_before(text: str, pos: int) -> bool:
    """Whether a word of the past ("former", "ex-") stands right before ``pos``."""
    m = re.search(r"([\w-]+)[ \t]*(?:-[ \t]*)?$", text[max(0, pos - 20):pos])
    return m is not None and (m.group(1).lower() in _PAST or m.group(1).lower().startswith("ex-"))


_NEXT_TOKEN = re.compile(r"[ \t]*([\w'’]+|[^\w\s])?")
_AT_NAME = re.compile(r"[ \t]*at[ \t]+(?:the[ \t]+)?[A-Z]")


def _org_ends(text: str, end: int) -> bool:
    """Whether an organisation's name ends the phrase: punctuation, a verb of saying, a clause
    ("... at Acme, said"), not a noun it modifies ("a critic of the Acme merger")."""
    m = _NEXT_TOKEN.match(text[end:end + 30])
    nxt = m.group(1) if m is not None else None
    if nxt == "at" and _AT_NAME.match(text[end:end + 30]):
        return True  # "director of the Institute of X at Y University": the institute
    return nxt is None or not nxt[:1].isalnum() or nxt.lower() in (
        "said", "says", "told", "and", "who", "in", "wrote", "writes", "added", "explained", "noted",
        "argued", "warned", "stated", "'s", "’s")


def _named_person(text: str, p: tuple[str, int], w: OrgWords) -> bool:
    """Whether an unknown name before "of X" / "(X)" is a person's: a known first name or a title
    or role right before it ("Professor Jane Roe of X", "anchor Jane Roe of CBS")."""
    name, a = p
    if name.split()[0].lower() in w.first_names:
        return True
    m = re.search(r"([\w.-]+)[ \t]+$", text[max(0, a - 30):a])
    return m is not None and (m.group(1).lower() in _TITLES or m.group(1).lower() in w.roles)
