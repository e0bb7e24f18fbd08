"""The actor a speaker speaks for (``speaker_actor``): actor mentions of
:mod:`geolib.actors` overlapping the speaker's mention, or the mention it was resolved through.

Example:
    >>> from geolib.quotes.speaker_actors import ActorIndex
    >>> ActorIndex([{"start": 0, "end": 5, "type": "country", "actor": "China"}]).overlapping(2, 3)[0]["actor"]
    'China'
"""

from __future__ import annotations

import bisect
import warnings
from typing import Any

import pandas as pd

from ..actors.affiliations import agencies
from ..actors.police import is_police_body, unnamed_police
from ..decoding import GeolibWarning
from ..roles import is_state_role_only, is_sub_national_title, role_lookup
from .context import Mention
from .org_reference import WINDOW, referred_org


def mention_records(doc: Any) -> list[dict] | None:
    """Actor mentions in every part of ``doc`` (a speaker may be named outside the body) as plain
    dicts, without building a table; the pipeline's actors stage has already found them (they are
    kept per document, see :func:`geolib.actors.document_mentions`)."""
    from ..actors import document_mentions  # imported here: geolib.actors imports nothing from quotes

    try:
        found = document_mentions(doc, roles=None, places=True)
    except Exception as exc:  # noqa: BLE001 - speaker_actor is left empty, the quotes still count
        warnings.warn(f"actors() failed, speaker_actor left empty: {exc}", GeolibWarning, stacklevel=3)
        return None
    return [{"start": m.start, "end": m.end, "type": m.type, "affiliation": m.affiliation,
             "actor": m.actor, "person": m.person, "code": m.code, "agency": m.agency,
             "office": m.office, "kind": m.kind, "title": m.title, "text": m.text} for m in found
            if m.type != "place" or m.kind == "role"] or None  # "the mayor of Chicago": a place's office


def actor_records(actors_df: pd.DataFrame | None) -> list[dict] | None:
    """Actor rows as plain dicts (start, end, type, affiliation, actor), read once per document."""
    if actors_df is None:
        return None
    cols = [c for c in ("start", "end", "type", "affiliation", "actor", "person", "code", "agency", "office",
                        "kind", "title", "text")
            if c in actors_df.columns]
    data = [actors_df[c].tolist() for c in cols]
    return [dict(zip(cols, vals)) for vals in zip(*data)]


class ActorIndex:
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


#: the ``office`` (sector of a person's code on the document's date, :func:`geolib.actors.office_of`)
#: of people who hold no office of their state: an elite without office (``USAELI``: a candidate,
#: a former president), party, business, media and other civilian people
NO_OFFICE = frozenset({"elite", "party", "business", "media", "education", "civilians", "labour"})
#: the offices whose holders speak for their party at the organisation level (legislators; no
#: office known: a person the lexicon does not know); ministers and heads of state speak for their
#: ministry or state
PARTY_OFFICES = frozenset({"legislature", "", None})
#: (speaker_actor, speaker_agency) of a speaker no actor is known for
NOBODY: tuple[str | None, str | None] = (None, None)


def speaker_actors(recs: ActorIndex | None, m: Mention | None,
                   memo: dict[int, tuple[str | None, str | None]] | None = None
                   ) -> tuple[str | None, str | None]:
    """``(speaker_actor, speaker_agency)`` of a speaker's mention: the state or organisation the
    speaker speaks for, and the most specific body (party, ministry, agency, company) -- the
    same as the first when nothing more specific is known. A person's affiliation, or the
    organisation / country named in the speaker's mention (rightmost first, the head of the
    phrase), else in the mention it was resolved through, and so on. An official of a sub-national
    government ("Texas Gov. Jane Roe", "the mayor of Chicago": :mod:`geolib.roles`) speaks for the
    country and no body of it (their party when the text gives one); such an office with no name
    ("the Ohio governor") gives way to the person it was resolved through, when there is one. A person who holds no office
    on the document's date (:data:`NO_OFFICE`) speaks for no state: for their party when the text
    gives one, else for nobody. ``memo`` (id of a mention -> its answer, for one document) spares
    walking a long chain of mentions again for each quote.

    Example:
        >>> from geolib.quotes.context import Mention
        >>> idx = ActorIndex([{"start": 0, "end": 8, "type": "person", "actor": "Ted Cruz",
        ...                    "affiliation": "United States", "agency": "Republican Party"}])
        >>> speaker_actors(idx, Mention(0, 8, "Ted Cruz", "name", "Ted Cruz", [(0, 8)]))
        ('United States', 'Republican Party')
    """
    if recs is None or m is None:
        return NOBODY
    memo = {} if memo is None else memo
    chain, node, found, fallback = [], m, None, None
    while node is not None:
        if id(node) in memo:
            found = memo[id(node)]
            break
        chain.append(node)
        found = anchor_actor(recs, node.anchors)
        if found is not None and node.base is not None and _unnamed_sub_national(recs, node.anchors):
            fallback, found = fallback or found, None  # "the Ohio governor", resolved to the person
        elif found is not None:
            break
        node = node.base
    found = fallback if found is None or (fallback is not None and found == NOBODY) else found
    if found is None and chain and chain[-1].base is None:
        found = _referred(recs, chain[-1])  # "the group said": the organisation named before
        if found is None and unnamed_police(chain[-1].text):
            found = _police(recs, chain[-1])  # "a police spokesman said": the one force named before
        if found is None and _unnamed_government(chain[-1].text):
            found = _government(recs, chain[-1])  # "the government statement": the one named before
    found = NOBODY if found is None else found
    for n in chain:
        memo[id(n)] = found
    return found


def _referred(recs: ActorIndex, m: Mention) -> tuple[str | None, str | None] | None:
    """(org, org) for a speaker of no name that refers back to the one organisation of its kind
    named shortly before ("the group", "the foundation": :mod:`geolib.quotes.org_reference`)."""
    if m.kind != "organisation" or m.text[:1].isupper() and m.text[:4] != "The ":
        return None
    k = bisect.bisect_left(recs.starts, m.start)
    lo = bisect.bisect_left(recs.starts, m.start - WINDOW)
    org = referred_org(recs.recs[lo:k], m.text, m.start)
    return (org, org) if org else None


def _police(recs: ActorIndex, m: Mention) -> tuple[str | None, str | None] | None:
    """(state, force) of a police speaker of no name ("a police spokesman", "police") when one
    police body (a force of the text, a police agency: :mod:`geolib.actors.police`) was named
    shortly before, and only one."""
    k = bisect.bisect_left(recs.starts, m.start)
    lo = bisect.bisect_left(recs.starts, m.start - WINDOW)
    found = {(r.get("actor"), r.get("agency") or r.get("actor")) for r in recs.recs[lo:k]
             if r["end"] <= m.start and is_police_body(r)}
    return next(iter(found)) if len(found) == 1 else None


#: the words of a speaker of no name that stands for a state's government ("the government
#: statement", "a government spokesman"); "government" must be among them
_GOVERNMENT_WORDS = frozenset({"the", "a", "an", "government", "government's", "statement", "spokesman",
                               "spokeswoman", "spokesperson"})


def _unnamed_government(text: str) -> bool:
    words = text.lower().split()
    return "government" in words and all(x in _GOVERNMENT_WORDS for x in words)


def _government(recs: ActorIndex, m: Mention) -> tuple[str | None, str | None] | None:
    """(state, state) of "the government statement" / "a government spokesman" when the text named
    one state's government shortly before ("the government of Freedonia", "Freedonia's
    government"), and only one: the government speaks for the state as a whole."""
    k = bisect.bisect_left(recs.starts, m.start)
    lo = bisect.bisect_left(recs.starts, m.start - WINDOW)
    found = {r.get("actor") for r in recs.recs[lo:k]
             if r["end"] <= m.start and r.get("kind") == "institution" and not r.get("agency") and
             str(r.get("type") or "").lower() in ("state", "country") and
             "government" in str(r.get("text") or "").lower()}
    return (next(iter(found)),) * 2 if len(found) == 1 else None


def speaker_actor(recs: ActorIndex | None, m: Mention | None,
                  memo: dict[int, tuple[str | None, str | None]] | None = None) -> str | None:
    """The ``speaker_actor`` of :func:`speaker_actors` alone."""
    return speaker_actors(recs, m, memo)[0]


def is_state_body(agency: str, state: str) -> bool:
    """Whether ``agency`` is a body of ``state`` that speaks for itself (a ministry, an agency; not
    a legislature, whose members speak for their party): ``agencies.csv``."""
    info = agencies().get(agency)
    return info is not None and info[1] == state and info[2] != "legislature"


def state_titled(r: dict, hit: list[dict]) -> bool:
    """Whether the text gives person record ``r`` an office of the state the lexicon ties them to,
    that state named right before the title ("Niger's President Jane Roe": among ``hit``, the
    records of the same span): the title says they hold it on the story's date, even when the
    lexicon's terms of office end before it.

    Example:
        >>> p = {"start": 16, "end": 24, "type": "person", "affiliation": "Niger", "title": "president"}
        >>> state_titled(p, [{"start": 0, "end": 5, "type": "state", "actor": "Niger"}, p])
        True
    """
    aff, title = _text(r.get("affiliation")), _text(r.get("title"))
    role = role_lookup().get(title) if title else None
    if not aff or role is None or not is_state_role_only(role):
        return False
    return any(str(x.get("type") or "").lower() in ("state", "country") and x.get("actor") == aff and
               x["end"] <= r["start"] for x in hit)


def is_party(r: dict) -> bool:
    code = r.get("code")
    return isinstance(code, str) and code[3:6] == "PTY" and str(r.get("type") or "").lower() == "group"


def _text(v: Any) -> str | None:
    return v if isinstance(v, str) and v else None


def _unnamed_sub_national(recs: ActorIndex, anchors: list[tuple[int, int]]) -> bool:
    """Whether a mention's last anchor is a sub-national office with no name ("the Vermont
    senator"): a description of a person named before, who says better whom they speak for."""
    if not anchors:
        return False
    hit = recs.overlapping(*anchors[-1])
    return bool(hit) and all(r.get("kind") == "role" and not r.get("person") and
                             is_sub_national_title(str(r.get("title") or "")) for r in hit)


def anchor_actor(recs: ActorIndex, anchors: list[tuple[int, int]]) -> tuple[str | None, str | None] | None:
    """:func:`speaker_actors` of one mention's own anchors, the last one first (None: no actor
    there; ``NOBODY``: a person known to speak for nobody)."""
    for a, b in reversed(anchors):
        hit = recs.overlapping(a, b)
        if not hit:
            continue
        hit.sort(key=lambda r: r["start"], reverse=True)
        for r in hit:
            typ = str(r.get("type") or "").lower()
            aff, agency, act = _text(r.get("affiliation")), _text(r.get("agency")), _text(r.get("actor"))
            if aff and r.get("kind") == "role" and is_sub_national_title(_text(r.get("title"))):
                return aff, agency or None  # "Texas Gov. Jane Roe": the country, no body of it
            if typ == "person":
                if r.get("office") in NO_OFFICE and not state_titled(r, hit):
                    return (agency, agency) if agency else NOBODY
                if aff:  # a party is a legislator's organisation, not a minister's or a head of state's;
                    # a ministry is a minister's ("Transport Secretary Grant Shapps")
                    return aff, agency if agency and (r.get("office") in PARTY_OFFICES or
                                                      is_state_body(agency, aff)) else aff
                if agency:  # a person the lexicon gives no state, whom the text ties to a party
                    return agency, agency
                continue
            if is_party(r):  # a party and its people speak for no state (a legislator's state
                return act, agency or act  # comes from their office, not their party)
            if aff and typ not in ("country", "state", "alliance", "organisation", "organization", "igo", "io"):
                return aff, agency or act
            if act:
                return act, agency or act
    return None


#: the speaker_type of an actor type of geolib/data/actors.csv (a place is no speaker type)
_ACTOR_TYPES = {"person": "person", "state": "state", "country": "state", "organisation": "organisation",
                "organization": "organisation", "group": "organisation", "igo": "organisation", "io": "organisation",
                "alliance": "organisation"}
#: the values of the quotes table's speaker_type column
SPEAKER_TYPES = ("person", "organisation", "state", "description", "unresolved pronoun")


def speaker_type(recs: ActorIndex | None, m: Mention | None,
                 memo: dict[int, str] | None = None) -> str | None:
    """What kind of speaker a mention names: person, organisation, state, description (a speaker
    noun with no name: "a protester", "officials") or unresolved pronoun ("he" with nobody to
    refer to); None without a mention. An actor of :mod:`geolib.actors` at the mention (or at the
    mention it was resolved through) decides first, then the mention's own kind.

    ``memo`` (one dict per document) keeps the answer for every mention of a chain walked, so
    that a long run of speakers resolved through each other is walked once, not once a quote.

    Example:
        >>> from geolib.quotes.context import Mention
        >>> speaker_type(None, Mention(0, 2, "he", "pronoun", "he"))
        'unresolved pronoun'
        >>> speaker_type(ActorIndex([{"start": 0, "end": 5, "type": "state", "actor": "China"}]),
        ...              Mention(0, 5, "China", "name", "China", [(0, 5)]))
        'state'
    """
    if m is None:
        return None
    if m.kind == "pronoun" and m.base is None and m.speaker == m.text:
        return "unresolved pronoun"
    memo = {} if memo is None else memo
    path: list[Mention] = []
    node, root = m, m
    found: str | None = None
    while node is not None:
        found = memo.get(id(node))
        if found is not None:
            break
        path.append(node)
        found = _actor_type(recs, node)
        if found is not None:
            break
        root, node = node, node.base
    if found is None:
        found = _own_type(root)
    for n in path:  # every mention walked has the answer of the chain from it
        memo[id(n)] = found
    return found


def _actor_type(recs: ActorIndex | None, node: Mention) -> str | None:
    """The speaker type of the actor record at one of the mention's anchors, the last anchor and
    the rightmost record first (the head of the phrase: "Italian Prime Minister Matteo Renzi" is
    a person, not the state of "Italian"), if any."""
    if recs is None:
        return None
    for a, b in reversed(node.anchors):
        for r in reversed(recs.overlapping(a, b)):
            if r.get("person"):
                continue  # a role given to a named person (geolib.roles): the name decides
            found = _ACTOR_TYPES.get(str(r.get("type") or "").lower())
            if found is not None:
                return found
    return None


def _own_type(root: Mention) -> str:
    """The speaker type of the mention a chain of resolutions ends at, from its own kind."""
    if root.kind == "pronoun":
        return "person" if root.person is not False else "organisation"
    if root.kind == "name":
        return "organisation" if root.person is False else "person"
    if root.kind == "organisation" or root.person is False and root.speaker[:1].isupper():
        return "organisation"
    return "description"
