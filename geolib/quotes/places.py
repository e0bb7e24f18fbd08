"""Names the actor lexicon knows as places, states or organisations: never a person, so never
what "he" or "she" refers to, and (a place) no speaker by itself.

Example:
    >>> from geolib.quotes.places import is_place, is_town_or_region, not_a_person_name
    >>> not_a_person_name("South Carolina"), not_a_person_name("Ann Lee"), is_place("Miami")
    (True, False, True)
    >>> is_town_or_region("Paris"), is_town_or_region("Netherlands")
    (True, False)
"""

from __future__ import annotations

from functools import lru_cache

from ..actors.lexicon import shipped_lexicon  # geolib.actors imports nothing from quotes

# the alias kinds that name the actor itself (not a demonym or a description)
_NAME_KINDS = ("name", "abbreviation", "short", "official", "institution", "metonym")


@lru_cache(maxsize=1)
def _names() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(every place, state and organisation name; the place and state names; the names of a city
    or region, or of a capital standing for its state, that no article goes before) of the shipped
    actor lexicon, as written."""
    t = shipped_lexicon()
    t = t[t["kind"].isin(_NAME_KINDS)]
    places = t[t["type"].isin(("place", "state"))]
    others = t[t["type"] == "organisation"]
    place_names = frozenset(places["alias"])
    bare = places[(places["type"] == "place") | (places["kind"] == "metonym")]
    bare = frozenset(a for a in bare["alias"] if a[:1].isupper() and " " not in a)
    return place_names | frozenset(others["alias"]), place_names, bare


def not_a_person_name(name: str) -> bool:
    """Whether ``name`` (a speaker's fullest form) is a place, state or organisation of the actor
    lexicon."""
    return name in _names()[0]


def is_place(name: str) -> bool:
    """Whether ``name`` is a place or state of the actor lexicon (a country, a US state, a city)."""
    return name in _names()[1]


def is_town_or_region(name: str) -> bool:
    """Whether ``name`` is one word naming a city or region (Paris, Ohio, Miami) of the actor
    lexicon: after an article or a possessive it modifies a noun ("the Paris attacks")."""
    return name in _names()[2]
