"""Party ties from the text: the party a person speaks for when the article says it.

"Republican Ted Cruz", "Democratic presidential candidate Jane Roe", "GOP strategist John Doe",
"Democrat Mary Major", "Sen. Jane Roe (R-Texas)", "John Doe, a Republican," and "Jane Roe of the
Scottish National Party" tie the person to the party for the whole document: every mention of
that person (the surname alone too) gets the party as its ``agency``; a person the lexicon does not know gets mentions of their own (actor =
the name as first written, type ``person``). A party's role mention for a state office
("Republican Sen. John Doe") counts for the state, with the party as its agency, as a party label
does (:mod:`geolib.roles`).

Example:
    >>> from geolib.actors import document_mentions
    >>> from geolib.document import Document
    >>> [(m.text, m.actor, m.agency) for m in document_mentions(Document(
    ...     'Republican John Doe spoke. Doe left.')) if m.type == "person"]
    [('John Doe', 'John Doe', 'Republican Party'), ('Doe', 'John Doe', 'Republican Party')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import accumulate
from typing import Any

from ..lexicons import read_table
from ..resources import data_path
from ..roles import COMMA_LABEL, role_lookup
from ..text import stopwords

__all__ = ["is_party", "legislator_title_before", "tie_parties", "name_mentions", "STATE_OFFICES", "STATE_TITLES"]

#: offices (sectors of a role's code) that are a state's even when a party owns the role ("Republican
#: Sen. John Doe"); a party's "chief of staff" (GOV) is the party's
STATE_OFFICES = frozenset({"legislature"})
#: titles of a state's office a party may own ("Democratic Gov. Jane Roe")
STATE_TITLES = frozenset({"gov.", "gov", "governor", "mayor"})
# between a party word and the person: lower-case words and short titles ("Sen.", "Rep."), no comma
_GAP_BEFORE = re.compile(r"^(?:\s+(?:[a-z][a-z'’-]*|[A-Z][a-z]{1,3}\.|[A-Z][a-z]+(?=\s+[A-Z])))*?\s+$")
_MAX_GAP_WORDS = 4
# between a person and the party of an apposition: ", a Republican" / ", the Democratic"
_GAP_APPOSITION = re.compile(r"^\s*,\s+(?:a|an|the)\s+(?:(?:former|longtime|lifelong|veteran|registered)\s+)?$")
_APPOSED = re.compile(r"(?<![\w'’-])([A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2}),\s+(?:a|an|the)\s+\Z")
# between a person and their party: "Jane Roe of the Scottish National Party"
# "Jane Roe, Republican of Texas," (no article: the party and the state a legislator is of)
_APPOSED_BARE = re.compile(r"(?<![\w'’-])([A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2}),\s+\Z")
_OF_STATE = re.compile(r"\s+of\s+[A-Z]")
_OF_PARTY = re.compile(r"^\s+of\s+(?:the\s+)?$")
_OF_NAME = re.compile(r"(?<![\w'’-])([A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2})\s+of\s+(?:the\s+)?\Z")
_LABEL = re.compile(r"\s*\(\s*([A-Z])\s*[-–—]\s*[A-Z][A-Za-z.]*\s*\)")
# a new person's name after a party word: "Republican strategist John Doe" (first name known)
_NEW_NAME = re.compile(r"(?:\s+(?:[a-z][a-z'’-]*|[A-Z][a-z]{1,3}\.)){0,4}\s+"
                       r"([A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2})(?![\w'’-])")


def is_party(m: Any) -> bool:
    """Whether a mention (or record with ``type`` and ``code``) names a party: a group whose
    CAMEO-style code holds PTY after the country ("USAPTYREP")."""
    return getattr(m, "type", None) == "group" and str(getattr(m, "code", ""))[3:6] == "PTY"


_WORD_BEFORE = re.compile(r"([A-Za-z.]+)\s+\Z")


def legislator_title_before(text: str, pos: int) -> bool:
    """Whether a legislator's title ("Sen.", "Rep.", "Congresswoman": a role of ``roles.csv``
    with the agent letters LEG) comes right before offset ``pos``: "Rep. John Doe, a Democrat,"
    holds an office of the party's state, not the party's alone.

    Example:
        >>> t = "Rep. John Doe"
        >>> legislator_title_before(t, 5), legislator_title_before("Mr. John Doe", 4)
        (True, False)
    """
    m = _WORD_BEFORE.search(text, max(0, pos - 20), pos)
    role = role_lookup().get(m.group(1).lower()) if m is not None else None
    return role is not None and role.code == "LEG"


def _apposed(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The name before an apposition (``pattern``'s group 1) in ``text[lo:hi]``, the title
    before it left out when the name's first word is no first name ("Representative Jane Roe, "
    is Jane Roe)."""
    m = pattern.search(text, lo, hi)
    if m is not None and m.group(1).split()[0].lower() not in _first_names() and len(m.group(1).split()) > 2:
        nxt = pattern.search(text, m.start(1) + len(m.group(1).split()[0]) + 1, hi)
        return nxt or m
    return m


def _role_words(gap: str) -> bool:
    """Whether the lower-case words between a party word and a name may describe the person
    ("presidential candidate", "front-runner"): no function words or verb forms ("Democrats
    supporting Trump", "Republican attacks on Jane Roe")."""
    for w in gap.split():
        if w[:1].islower() and (w in stopwords() or w.endswith(("ing", "ed"))):
            return False
    return True


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    g = read_table(data_path("gender_words.csv"), kind="gender words", required=("word", "kind"))
    return frozenset(w.lower() for w, k in zip(g.column("word"), g.column("kind")) if k == "first_name")


@lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    t = read_table(data_path("party_labels.csv"), kind="party labels", required=("label", "party", "actor", "code"))
    return {a: p for a, p in zip(t.column("label"), t.column("party")) if p}


def tie_parties(doc: Any, found: Sequence[Any], make: Callable[..., Any]) -> tuple[Any, ...]:
    """The mentions ``found`` of one document (in text order) with the party ties of the text
    applied (see the module). ``make`` builds a mention from its fields (keyword arguments)."""
    parties = [m for m in found if is_party(m) and m.kind != "role"]
    labels = _labels()
    text = doc.text
    if not parties and not (labels and "(" in text) and not any(is_party(m) for m in found) and \
            not any(m.kind == "role" and m.agency and m.type == "state" for m in found):
        return tuple(found)
    mentions = list(found)
    starts = [m.start for m in mentions]
    ties: dict[str, str] = {}  # person (actor or name) -> party
    states: dict[str, str] = {}  # an unknown person's name -> the state of their office (a label's)
    new_names: dict[str, str] = {}  # an unknown person's name -> party

    def tie(key: str, party: str) -> None:
        if key and key not in ties:
            ties[key] = party

    def person_key(m: Any) -> str:
        if m.type == "person" and m.actor:
            return m.actor
        return m.person if m.kind == "role" else ""

    def sentence_start(pos: int) -> int:
        for s, e, _ in doc.sentence_spans:
            if s <= pos < e:
                return s
        return 0

    def sentence_end(pos: int) -> int:
        for s, e, _ in doc.sentence_spans:
            if s <= pos < e:
                return e
        return len(text)

    for p in parties:
        if p.text.endswith(("s", "S")) and p.kind != "abbreviation":
            continue  # "Democrats supporting Trump": the members as a group name nobody
        # before the person: "Republican Ted Cruz", "Democratic presidential candidate Jane Roe"
        i = bisect.bisect_right(starts, p.start)
        nxt = mentions[i] if i < len(mentions) else None
        limit = sentence_end(p.start)
        if nxt is not None and nxt.start < limit:
            gap = text[p.end:nxt.start]
            if _GAP_BEFORE.match(gap) and len(gap.split()) <= _MAX_GAP_WORDS and _role_words(gap) and \
                    person_key(nxt):
                tie(person_key(nxt), p.actor)
                continue
        stop = min(limit, nxt.start if nxt is not None else limit)
        nm = _NEW_NAME.match(text, p.end, stop)
        if nm is not None and nm.group(1).split()[0].lower() in _first_names() and \
                _role_words(text[p.end:nm.start(1)]):
            name = nm.group(1)
            new_names.setdefault(name, p.actor)
            tie(name, p.actor)
            continue
        # "Jane Roe of the Scottish National Party": a known person's mention or an unknown name
        j = bisect.bisect_left(starts, p.start) - 1
        if j >= 0 and _OF_PARTY.match(text[mentions[j].end:p.start]) and \
                person_key(mentions[j]) and mentions[j].start >= sentence_start(p.start):
            tie(person_key(mentions[j]), p.actor)
            continue
        of = _OF_NAME.search(text, max(0, p.start - 80), p.start)
        if of is not None and of.group(1).split()[0].lower() in _first_names() and \
                not any(s < of.end(1) and e > of.start(1) for s, e in ((m.start, m.end) for m in mentions)):
            new_names.setdefault(of.group(1), p.actor)
            tie(of.group(1), p.actor)
            if p.affiliation and legislator_title_before(text, of.start(1)):
                states.setdefault(of.group(1), p.affiliation)  # "Sen. Jane Roe of the ...": the state's
            continue
        # after an unknown person: "John Doe, a Republican,"
        back = _apposed(_APPOSED, text, max(0, p.start - 80), p.start)
        if back is None and _OF_STATE.match(text, p.end):
            back = _apposed(_APPOSED_BARE, text, max(0, p.start - 80), p.start)
        if back is not None and back.group(1).split()[0].lower() in _first_names() and \
                not any(s < back.end(1) and e > back.start(1) for s, e in ((m.start, m.end) for m in mentions)):
            new_names.setdefault(back.group(1), p.actor)
            tie(back.group(1), p.actor)
            if p.affiliation and legislator_title_before(text, back.start(1)):
                states.setdefault(back.group(1), p.affiliation)  # "Rep. John Doe, a Democrat,"
    # after the person: "John Doe, a Republican," and "Ted Cruz (R-Texas)"
    for i, m in enumerate(mentions):
        key = person_key(m)
        if not key:
            continue
        if m.kind == "role" and is_party(m):
            tie(key, m.actor)  # "GOP strategist John Doe" (geolib.roles: the party owns the role)
            continue
        lm = _LABEL.match(text, m.end) or COMMA_LABEL.match(text, m.end)  # "(R-Texas)", ", R-Texas,"
        if lm is not None and lm.group(1) in labels:
            tie(key, labels[lm.group(1)])
            continue
        if m.kind == "role" and m.agency and m.type == "state":
            tie(key, m.agency)  # a label roles.py read: "Sen. Jane Roe (D-Mass.)"
            states.setdefault(key, m.actor)
            continue
        if i + 1 < len(mentions) and is_party(mentions[i + 1]) and \
                (_GAP_APPOSITION.match(text[m.end:mentions[i + 1].start]) or
                 text[m.end:mentions[i + 1].start] == ", " and _OF_STATE.match(text, mentions[i + 1].end)):
            tie(key, mentions[i + 1].actor)
    if not ties:
        return tuple(found)
    out = []
    for m in mentions:
        key = person_key(m)
        party = ties.get(key) if key else None
        if m.kind == "role" and is_party(m) and (m.office in STATE_OFFICES or m.title in STATE_TITLES) \
                and m.affiliation:
            # "Republican Sen. John Doe": the state's office, the party's member
            m = m._replace(actor=m.affiliation, type="state", code=m.code[:3] + (_letters(m.office) or "GOV"),
                           agency=m.actor, parent=m.affiliation)
            if key:
                states.setdefault(key, m.affiliation)  # "Cardin" later: the same office holder
        elif party and not m.agency and m.type == "person":
            m = m._replace(agency=party)
        out.append(m)
    out += name_mentions(doc, out, {n: p for n, p in new_names.items()}
                          | {k: p for k, p in ties.items() if _unknown(k, out)}, states, make)
    out.sort(key=lambda m: m.start)
    return tuple(out)


_SECTOR_LETTERS = {"government": "GOV", "legislature": "LEG", "judiciary": "JUD", "military": "MIL",
                   "police": "COP", "intelligence": "SPY"}


def _letters(office: str) -> str:
    return _SECTOR_LETTERS.get(office, "")


def _unknown(key: str, mentions: Sequence[Any]) -> bool:
    """Whether ``key`` is a name no person mention of the lexicon stands for (a role's person)."""
    return not any(m.type == "person" and m.actor == key for m in mentions)


def _word_char(c: str) -> bool:
    return c.isalnum() or c in "_-"


def _whole_words(text: str, forms: list[str]) -> list[tuple[int, int]]:
    """(start, end) of the occurrences of ``forms`` in text not inside a longer word (nor a
    hyphenated one), leftmost first and the first form first where two start at one place, none
    overlapping: what a regular expression alternation of the forms finds, by ``str.find`` (a
    compiled alternation scans the whole text character by character)."""
    hits = []
    for rank, f in enumerate(forms):
        i = text.find(f)
        while i >= 0:
            j = i + len(f)
            if not (i and _word_char(text[i - 1])) and not (j < len(text) and _word_char(text[j])):
                hits.append((i, rank, j))
            i = text.find(f, i + 1)
    hits.sort()
    out: list[tuple[int, int]] = []
    for a, _, b in hits:
        if out and a < out[-1][1]:
            continue
        out.append((a, b))
    return out


def name_mentions(doc: Any, mentions: Sequence[Any], names: dict[str, str], states: dict[str, str],
                   make: Callable[..., Any]) -> list[Any]:
    """Person mentions of the unknown people ``names`` (name -> party): every occurrence of the
    full name or of its last word (capitalised, a whole word) not inside another mention; their
    affiliation is the state of the office a label gave them (``states``), else none."""
    if not names:
        return []
    text = doc.text
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))  # the furthest end of the spans so far
    sents, paras = doc.sentence_spans, doc.paragraph_spans
    sent_starts = [s for s, _, _ in sents]
    out: list[Any] = []
    taken: list[tuple[int, int]] = []
    surnames: dict[str, list[str]] = {}
    for n in names:
        surnames.setdefault(n.split()[-1], []).append(n)
    for name, party in names.items():
        sur = name.split()[-1]
        forms = [name] if len(sur) < 3 or len(surnames[sur]) > 1 else [name, sur]
        for a, b in _whole_words(text, forms):
            k = bisect.bisect_left(starts, b)  # the spans that start before b: one reaches past a?
            if k and reach[k - 1] > a or any(s < b and e > a for s, e in taken):
                continue
            taken.append((a, b))
            si = max(bisect.bisect_right(sent_starts, a) - 1, 0)
            para = sents[si][2] if sents else 0
            state = states.get(name, "")
            out.append(make(start=a, end=b, text=text[a:b], actor=name, type="person", code="",
                            affiliation=state, kind="person" if b - a == len(name) else "surname",
                            sentence=si, paragraph=para, role=paras[para][2] if paras else "body",
                            agency=party, parent=state, level="person", office="", title="", person=name))
    return out
