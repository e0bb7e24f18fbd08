"""Police forces and their officers: a force the lexicon does not know ("Thames Valley Police",
"the Marion County Sheriff's Office") is a body of the state its place or paragraph names, and an
officer named with a rank ("Detective Inspector Jane Roe", "Special Agent John Doe") speaks for
the one police body the document named before (a force of the text or a police agency of the
lexicon: the FBI), with the words of ``geolib/data/police_words.csv``.

* **Forces.** One to four capitalised words, then a force word ("Police", "Police Department",
  "Constabulary", "Sheriff's Office"), not inside a mention of the lexicon: a mention of type
  ``state`` (``actor`` the parent state, ``agency`` the force's name as written, ``code`` the
  state's letters + ``COP``, ``kind`` ``text``) at each occurrence of the name. The parent is the
  state of a place or state inside the name ("Chicago Police Department"), else of the nearest
  place named in the same paragraph ("Thames Valley Police ... in Oxfordshire, England"); with
  none, the force is left to the lexicon, and so is a place's force named by the place alone
  ("Toronto Police": a short form of a name the text does not give, "... Police Service").
* **Officers.** A rank right before a name that opens with a first name (not after another
  capitalised word: "Chief Executive Officer Jane Roe" is no officer), when exactly one police
  body was named before it in the document (a rank that armies share, "Sgt.", only when no
  military body is named): the person gets that body as ``agency`` and its state as
  ``affiliation`` for every mention (a person the lexicon knows keeps what it says; the mention
  :mod:`geolib.roles` gives a rank with the state's police gets the force).

Example:
    >>> from geolib.actors import document_mentions
    >>> from geolib.document import Document
    >>> d = Document('Thames Valley Police in Oxford, England, made an arrest. "It was found," '
    ...              'said Detective Inspector Jane Roe.')
    >>> [(m.text, m.actor, m.agency) for m in document_mentions(d) if m.type != "place"]
    [('Thames Valley Police', 'United Kingdom', 'Thames Valley Police'), ('Detective Inspector Jane Roe', 'United Kingdom', 'Thames Valley Police')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from ..lexicons import read_table
from ..resources import data_path
from ..roles import state_codes
from ..text import stopwords
from .orgs_from_text import org_words
from .parties import name_mentions

__all__ = ["police_ties", "police_words", "unnamed_police", "is_police_body"]

_POLICE = ("COP",)


class PoliceWords(NamedTuple):
    force: re.Pattern[str]  # "<Capitalised words> Police" (group 1: the words, group 2: the force word)
    rank: re.Pattern[str]  # a rank then a name (group 1: the rank, group 2: the name)
    shared: frozenset[str]  # ranks that armies share
    unnamed: frozenset[str] = frozenset()  # words of a police speaker of no name ("a police spokesman")
    gate: tuple[str, ...] = ()  # a document with none of these has no force and no officer (a fast test)
    force_gate: tuple[str, ...] = ()  # a force's name holds one of these ("Police", "Sheriff's")


@lru_cache(maxsize=1)
def police_words() -> PoliceWords:
    """The patterns of ``police_words.csv``.

    Example:
        >>> police_words().force.search("Yesterday, Thames Valley Police said").group(0)
        'Thames Valley Police'
    """
    t = read_table(data_path("police_words.csv"), kind="police words", required=("word", "kind"))
    by: dict[str, list[str]] = {"force": [], "rank": [], "shared": [], "unnamed": []}
    for i, (w, k) in enumerate(zip(t.column("word"), t.column("kind"))):
        if k not in by:
            raise t.error(i, f"unknown kind {k!r} (force, rank, shared or unnamed)")
        by[k].append(w.strip().lower())

    def alt(words: list[str], lower: bool = True) -> str:
        forms = {f for w in words for f in (w, " ".join(x[:1].upper() + x[1:] for x in w.split()), w.upper())
                 if lower or f[:1].isupper()}
        return "|".join(re.escape(f).replace(r"\ ", r"[ \t]+") for f in sorted(forms, key=len, reverse=True))

    cap = r"[A-Z][\w'’.-]*[ \t]+"
    force = re.compile(r"(?<![\w'’.-])((?:" + cap + r"){1,4})(" + alt(by["force"], lower=False) + r")(?![\w'’-])")
    name = r"[A-Z][a-z'’-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][\w'’-]+){1,2}"
    # no look-behind before the ranks: the engine skips to their first letters; the character
    # before is checked on the matches (police_ties)
    rank = re.compile(r"(" + alt(by["rank"] + by["shared"]) + r")[ \t]+(" + name + r")")
    # the fast tests: the first word of every phrase, in each form the patterns match
    def firsts(kinds: tuple[str, ...], lower: bool) -> tuple[str, ...]:
        words = {w.split()[0] for k in kinds for w in by[k]}
        return tuple(sorted({f for w in words for f in (w, w[:1].upper() + w[1:], w.upper())
                             if lower or f[:1].isupper()}))

    return PoliceWords(force, rank, frozenset(by["shared"]), frozenset(by["unnamed"]),
                       firsts(("force", "rank", "shared"), True), firsts(("force",), False))


def police_ties(doc: Any, found: Sequence[Any], make: Callable[..., Any]) -> tuple[Any, ...]:
    """The mentions ``found`` of one document (in text order) with its police forces and the
    officers tied to them (see the module); ``make`` builds a mention from its fields."""
    text = doc.text
    pw = police_words()  # read once (cached), before the fast test: every data file is read alike
    if not any(g in text for g in pw.gate):
        return tuple(found)
    mentions = list(found)
    new = _forces(doc, mentions, pw, make)
    all_m = sorted(mentions + new, key=lambda m: m.start) if new else mentions
    out = _officers(doc, all_m, pw, make)
    return tuple(out)


def _is_body(m: Any) -> bool:
    return bool(m.agency) and m.type != "person" and str(m.code)[3:6] in _POLICE


def is_police_body(r: dict) -> bool:
    """Whether an actor record names a police body: an agency of code ``...COP`` (the FBI) or a
    force of the text."""
    if r.get("type") == "person" or r.get("kind") == "role":
        return False
    return bool(r.get("agency")) and str(r.get("code") or "")[3:6] in _POLICE or \
        r.get("kind") == "text" and r.get("office") == "police"


def unnamed_police(text: str) -> bool:
    """Whether a speaker's words name police of no name ("a police spokesman", "Police").

    Example:
        >>> unnamed_police("A police spokesman"), unnamed_police("police and county officials")
        (True, False)
    """
    words = text.lower().split()
    return "police" in words and all(x in police_words().unnamed or x in ("a", "an", "the") for x in words)


def _forces(doc: Any, mentions: list[Any], pw: PoliceWords, make: Callable[..., Any]) -> list[Any]:
    text = doc.text
    if not any(x in text for x in pw.force_gate):
        return []  # no force word as a name writes it: the scan below would find nothing
    starts = [m.start for m in mentions]
    names: dict[str, str] = {}  # name -> parent state ('' unknown)
    headline = [(x, y) for x, y, r in doc.paragraph_spans if r in ("title", "heading")]
    dates = org_words().dates
    for f in pw.force.finditer(text):
        if any(x <= f.start() < y for x, y in headline) or _title_case(text, f.start()):
            continue  # title case says nothing
        if re.match(r"[ \t]+[A-Z]", text[f.end():f.end() + 2]):
            continue  # the name goes on: "Police Agency", "Police Headquarters"
        b = f.end(2)
        a = f.start(2)
        for w in reversed(list(re.finditer(r"\S+", f.group(1)))):
            word = w.group()
            low = word.lower()
            if low in stopwords() and not (word.isupper() and len(word) > 1) or low in dates or word[-1] in "’'\"”,:;)" or word[0] in "‘'\"“(" or \
                    word[-1] == "." and len(word) > 3:
                break  # "... After Latest Police": a stop word; "Disgrace’ Over": a quotation mark
            a = f.start(1) + w.start()
        if a == f.start(2):
            continue
        inside = [m for m in mentions[max(0, bisect.bisect_left(starts, a) - 3):bisect.bisect_left(starts, b)]
                  if m.start < b and m.end > a]
        if any(m.type not in ("place", "state") or m.kind in ("institution", "role") for m in inside):
            continue  # the lexicon knows it (the Metropolitan Police), or a role holds it
        name = text[a:b]
        if name in names:
            continue
        if f.group(2) == "Police" and any(m.start == a and m.type == "place" and
                                          not text[m.end:f.start(2)].strip() for m in inside):
            continue  # "Toronto Police": a place's force by the place alone, a short form of a name
            # the text does not give ("... Police Service", "... Police Department")
        parent = next((_state_of(m) for m in inside if _state_of(m)), "") or _paragraph_state(doc, mentions, a)
        if parent:  # with no state known, the force is left to the lexicon
            names[name] = parent
    if not names:
        return []
    codes = state_codes()
    sents, paras = doc.sentence_spans, doc.paragraph_spans
    sent_starts = [s for s, _, _ in sents]
    taken = sorted((m.start, m.end) for m in mentions)
    t_starts = [s for s, _ in taken]
    out = []
    for name, parent in names.items():
        for hit in re.finditer(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])", text):
            a, b = hit.span()
            i = bisect.bisect_left(t_starts, b)
            if any(s < b and e > a for s, e in taken[max(0, i - 3):i]) and \
                    not all(x.type in ("place", "state") and x.kind not in ("institution", "role")
                            for x in mentions if x.start < b and x.end > a):
                continue
            si = max(bisect.bisect_right(sent_starts, a) - 1, 0)
            para = sents[si][2] if sents else 0
            code = codes.get(parent, "")
            out.append(make(start=a, end=b, text=name, actor=parent, type="state",
                            code=code + "COP" if code else "", affiliation="", kind="text", sentence=si,
                            paragraph=para, role=paras[para][2] if paras else "body", agency=name,
                            parent=parent, level="agency", office="police", title="", person=""))
    if out:  # the places and states inside a force's name are the force's
        spans = [(m.start, m.end) for m in out]
        mentions[:] = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]
    return out


def _title_case(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is in title case (a headline: most words capitalised)."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    words = re.findall(r"[A-Za-z][\w'’-]*", text[a:b if b >= 0 else len(text)])
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _state_of(m: Any) -> str:
    if m.type == "state" and m.kind != "institution":
        return m.actor
    if m.type == "place" and m.affiliation in state_codes():
        return m.affiliation
    return ""


def _paragraph_state(doc: Any, mentions: list[Any], pos: int) -> str:
    """The state of the place named nearest ``pos`` in its paragraph (a place, not a state: a
    state named near a force is often someone's nationality)."""
    sents = doc.sentence_spans
    para = sents[max(bisect.bisect_right([x for x, _, _ in sents], pos) - 1, 0)][2] if sents else 0
    near = [(abs(m.start - pos), _state_of(m)) for m in mentions if m.paragraph == para and m.type == "place" and
            _state_of(m)]
    return min(near)[1] if near else ""


def _after_title(text: str, pos: int, bodies: list[Any]) -> bool:
    """Whether a capitalised word that opens no sentence and ends no police body comes right
    before ``pos``."""
    m = re.search(r"([A-Za-z][\w'’.-]*)([ \t]+)$", text[max(0, pos - 60):pos])
    if m is None or not m.group(1)[:1].isupper() or m.group(1)[-1] in ".!?:\"”":
        return False  # no capitalised word, or one that ends a sentence
    if any(b.end == pos - len(m.group(2)) for b in bodies):
        return False  # "Thames Valley Police Detective Inspector Jane Roe"
    head = text[max(0, pos - 60):pos][:m.start()].rstrip()
    return bool(head) and head[-1] not in ".!?\"“”:"


def _officers(doc: Any, mentions: list[Any], pw: PoliceWords, make: Callable[..., Any]) -> list[Any]:
    """The mentions with the officers of :func:`police_ties` tied to the one body named before."""
    text = doc.text
    bodies = [m for m in mentions if _is_body(m) or m.kind == "text" and m.office == "police"]
    if not bodies:
        return mentions
    military = any(str(m.code)[3:6] == "MIL" for m in mentions)
    first = org_words().first_names
    ties: dict[str, tuple[str, str]] = {}
    for r in pw.rank.finditer(text):
        if r.start() and (text[r.start() - 1].isalnum() or text[r.start() - 1] in "_'’.-"):
            continue  # inside a word
        rank, name = r.group(1), r.group(2)
        if rank.lower() in pw.shared and military:
            continue
        if name.split()[0].lower() not in first:
            continue
        if _after_title(text, r.start(), bodies):
            continue  # "Chief Executive Officer Jane Roe": another title
        named = {(m.agency or m.actor, m.actor if m.agency else "") for m in bodies if m.end <= r.start()}
        if len(named) != 1:
            continue
        agency, state = next(iter(named))
        name = name.rstrip(".")
        ties.setdefault(name, (agency, state))
    if not ties:
        return mentions
    mentions = [_with_force(m, ties) for m in mentions]
    known = {m.actor for m in mentions if m.type == "person"}
    unknown = {n: t for n, t in ties.items() if n not in known}
    new = name_mentions(doc, mentions, {n: a for n, (a, _) in unknown.items()},
                        {n: s for n, (_, s) in unknown.items()}, make)
    return sorted(mentions + new, key=lambda m: m.start)


def _with_force(m: Any, ties: dict[str, tuple[str, str]]) -> Any:
    """A police rank's mention of :mod:`geolib.roles` ("Detective Inspector Jane Roe": the state's
    police) with the force the person is tied to, when it is of the same state."""
    tie = ties.get(m.person) if m.person and m.kind == "role" and not m.agency else None
    if tie is None or str(m.code)[3:6] not in _POLICE or m.actor != tie[1]:
        return m
    return m._replace(agency=tie[0])
