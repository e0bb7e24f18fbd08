"""The actor of a speaker named by a surname the actor lexicon does not match alone ("Carson
said", after "Ben Carson" earlier): the actor of the person's full-name mention, when the article
gives that surname to nobody else.

Attribution resolves "Carson" to the fullest name the article gives it ("Ben Carson",
:meth:`geolib.quotes.context.Doc.fullest`); the actor lexicon matches the full name but not every
surname alone. A surname that two people of the article share ("Bill Clinton" and "Hillary
Clinton", "Donald Trump" and "Eric Trump") gives nothing: a person is never counted as another
of their family.

Example:
    >>> import geolib
    >>> from geolib.quotes import quotes
    >>> q = quotes(geolib.Document('Jeb Bush spoke first. "We will win," Bush said.', meta={"date": "2015-09-01"}))
    >>> q[["speaker", "speaker_actor", "speaker_agency"]].values.tolist()
    [['Jeb Bush', 'Republican Party', 'Republican Party']]
"""

from __future__ import annotations

from typing import Any

from .context import Doc, Mention
from .speaker_actors import ActorIndex, anchor_actor, is_party


def by_full_name(recs: ActorIndex | None, m: Mention | None, d: Doc, memo: dict[str, Any]
                 ) -> tuple[str | None, str | None] | None:
    """``(speaker_actor, speaker_agency)`` of the person mention whose actor is the speaker's
    resolved name (``m.speaker``), when no actor mention lies on the speaker's mention or the
    mentions it was resolved through, and no other person of the article (an actor of the
    lexicon or a name written in full) has the same surname; None otherwise. ``memo`` (one dict
    per document) keeps the document's person records and full names."""
    if recs is None or m is None or len(m.speaker.split()) < 2 or not _unmatched(recs, m):
        return None
    if "people" not in memo:
        people: dict[str, dict] = {}
        for r in recs.recs:
            if str(r.get("type") or "").lower() == "person" and isinstance(r.get("actor"), str) and r["actor"]:
                people.setdefault(r["actor"], r)
        memo["people"] = people
        memo["names"] = _full_names(d)
    rec = memo["people"].get(m.speaker)
    if rec is None:
        return None
    first, sur = m.speaker.split()[0], m.speaker.split()[-1]
    if any(a != m.speaker and a.split()[-1] == sur for a in memo["people"]) or \
            any(f != first for f in memo["names"].get(sur, ())):
        return None
    return anchor_actor(recs, [(rec["start"], rec["end"])])


def _unmatched(recs: ActorIndex, m: Mention) -> bool:
    """Whether no actor mention overlaps any anchor of ``m`` or of the mentions it was resolved
    through."""
    node: Mention | None = m
    while node is not None:
        if any(recs.overlapping(a, b) for a, b in node.anchors):
            return False
        node = node.base
    return True


def _full_names(d: Doc) -> dict[str, set[str]]:
    """Surname -> the first words of the names of two words or more the article writes with it
    (titles left out; names with an organisation word are none)."""
    out: dict[str, set[str]] = {}
    first_names = d.wl.first_names
    for _, words, _s, _e in d.names:
        core = d.wl.strip_titles(tuple(words))
        if len(core) >= 2 and not d.wl.has_org_word(core) and core[0].lower() in first_names:
            out.setdefault(core[-1], set()).add(core[0])
    return out


def by_party_description(recs: ActorIndex | None, m: Mention | None, party: str
                         ) -> tuple[str | None, str | None] | None:
    """``(speaker_actor, speaker_agency)`` of the one person of party ``party`` the article named
    before a speaker described by the party alone ("the Texas Republican", "the Democratic
    front-runner": a mention starting with "the" whose actor mentions are the party's and places),
    when that person's answer keeps the party (a senator: the state and the party); None when the
    article named none or several people of the party before it, or the mention is no such
    description.

    Example:
        >>> idx = ActorIndex([
        ...     {"start": 0, "end": 8, "type": "person", "actor": "Ted Cruz", "affiliation": "United States",
        ...      "agency": "Republican Party", "office": "legislature"},
        ...     {"start": 30, "end": 40, "type": "group", "actor": "Republican Party", "code": "USAPTYREP",
        ...      "kind": "demonym"}])
        >>> m = Mention(20, 40, "the Texas Republican", "name", "Texas Republican", [(20, 40)])
        >>> by_party_description(idx, m, "Republican Party")
        ('United States', 'Republican Party')
    """
    if recs is None or m is None or m.base is not None or not m.text[:4].lower() == "the " or not m.anchors:
        return None
    hit = recs.overlapping(*m.anchors[-1])
    if not hit or not all(is_party(r) and r.get("actor") == party or
                          str(r.get("type") or "").lower() == "place" for r in hit):
        return None
    if m.person is False or any(r["end"] >= m.end and r.get("kind") != "demonym" for r in hit):
        return None  # "the Democratic National Committee": the party itself, no person
    people = {r["actor"]: r for r in recs.recs if r["start"] < m.start and
              str(r.get("type") or "").lower() == "person" and r.get("agency") == party and r.get("actor")}
    if len(people) != 1:
        return None
    rec = next(iter(people.values()))
    found = anchor_actor(recs, [(rec["start"], rec["end"])])
    return found if found is not None and found[1] == party else None
