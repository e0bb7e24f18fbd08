"""The organisation a speaker of no name refers back to: "the group", "the foundation", "the
company" speak for the one organisation of that kind the text named shortly before
(``geolib/data/org_references.csv``), never when two or more were.

Example:
    >>> recs = [{"start": 4, "end": 19, "type": "organisation", "actor": "Acme Foundation", "code": "",
    ...          "kind": "text"}]
    >>> referred_org(recs, "the group", 60)
    'Acme Foundation'
"""

from __future__ import annotations

from collections.abc import Sequence

from ..actors.orgs_by_role import not_groups, org_references

__all__ = ["referred_org", "WINDOW"]

#: how far back (characters) the organisation may have been named
WINDOW = 1200
_ORG_TYPES = frozenset({"organisation", "organization", "group", "igo", "io"})



def _company(r: dict) -> bool:
    from ..actors.orgs_from_text import org_words  # geolib.actors imports nothing from quotes

    code = str(r.get("code") or "")
    name = str(r.get("actor") or "").split()
    return code.startswith("BUS") or code[3:6] == "BUS" or bool(name) and name[-1].lower().rstrip(".") in {
        c.rstrip(".") for c in org_words().company}


def _has_head(name: str) -> bool:
    from ..actors.orgs_from_text import org_words

    heads = org_words().heads
    return any(x.lower() in heads for x in name.split())


def _fits(r: dict, noun: str, how: str) -> bool:
    code = str(r.get("code") or "")
    if str(r.get("type") or "").lower() not in _ORG_TYPES or code[3:6] == "PTY" or r.get("person"):
        return False
    if how == "outlet":
        return code.startswith("MED") or code[3:6] == "MED"
    if code.startswith("MED") or code[3:6] == "MED":
        return False  # "told Fox 35 ... the group said": an outlet is spoken to
    if how == "name":
        return noun in str(r.get("actor") or "").lower().split()
    if how == "company":  # a company word, or a name of the text of no organisation word ("Nucor")
        return _company(r) or r.get("kind") == "text" and not _has_head(str(r.get("actor") or ""))
    last = str(r.get("actor") or "").lower().split()[-1:]
    return not (last and last[0] in not_groups())


def referred_org(recs: Sequence[dict], text: str, start: int) -> str | None:
    """The one organisation (actor) that the speaker ``text`` ("the group") at ``start`` refers
    back to among the actor records ``recs`` (in text order), or None."""
    words = text.lower().split()
    if len(words) != 2 or words[0] != "the":
        return None
    how = org_references().get(words[1])
    if how is None:
        return None
    found = {str(r["actor"]) for r in recs
             if start - WINDOW <= r["start"] and r["end"] <= start and _fits(r, words[1], how)}
    return next(iter(found)) if len(found) == 1 else None
