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
from functools import lru_cache

from ..lexicons import read_table
from ..resources import data_path

__all__ = ["referred_org", "org_references"]

#: how far back (characters) the organisation may have been named
WINDOW = 1200
_ORG_TYPES = frozenset({"organisation", "organization", "group", "igo", "io"})



@lru_cache(maxsize=1)
def org_references() -> dict[str, str]:
    """noun -> what it may refer to (any, name, company), from ``org_references.csv``."""
    return _table()[0]


@lru_cache(maxsize=1)
def _not_groups() -> frozenset[str]:
    """Last words of the names that "the group" never means (``group`` = no: a school, a bank)."""
    return _table()[1]


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], frozenset[str]]:
    t = read_table(data_path("org_references.csv"), kind="organisation references",
                   required=("word", "matches", "group"))
    out, no = {}, set()
    for i, (w, k, g) in enumerate(zip(t.column("word"), t.column("matches"), t.column("group"))):
        if k not in ("any", "name", "company") or g not in ("yes", "no"):
            raise t.error(i, f"matches is any, name or company ({k!r}); group yes or no ({g!r})")
        out[w.strip().lower()] = k
        if g == "no":
            no.add(w.strip().lower())
    return out, frozenset(no)


def _company(r: dict) -> bool:
    from ..actors.orgs_from_text import org_words  # geolib.actors imports nothing from quotes

    code = str(r.get("code") or "")
    name = str(r.get("actor") or "").split()
    return code.startswith("BUS") or code[3:6] == "BUS" or bool(name) and name[-1].lower().rstrip(".") in {
        c.rstrip(".") for c in org_words().company}


def _fits(r: dict, noun: str, how: str) -> bool:
    code = str(r.get("code") or "")
    if str(r.get("type") or "").lower() not in _ORG_TYPES or code[3:6] == "PTY" or r.get("person"):
        return False
    if code.startswith("MED") or code[3:6] == "MED":
        return False  # "told Fox 35 ... the group said": an outlet is spoken to
    if how == "name":
        return noun in str(r.get("actor") or "").lower().split()
    if how == "company":
        return _company(r)
    last = str(r.get("actor") or "").lower().split()[-1:]
    return not _company(r) and not (last and last[0] in _not_groups())


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
