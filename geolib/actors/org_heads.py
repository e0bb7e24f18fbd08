"""A person named after an organisation's head word and a role ("Society President Jane Roe",
"Foundation spokesman John Doe"): the head word stands for the one organisation of the document
named before whose name ends with it ("the Royal Freedonian Society"), as "the group" does for a
speaker (:mod:`geolib.quotes.org_reference`).

Example:
    >>> from geolib.actors.orgs_from_text import org_words
    >>> from collections import namedtuple
    >>> M = namedtuple("M", "start end type actor code kind")
    >>> t = "The Royal Freedonian Society wrote. Society President Jane Roe said so."
    >>> head_ties(t, [M(4, 28, "organisation", "Royal Freedonian Society", "", "text")], org_words())
    {'Jane Roe': 'Royal Freedonian Society'}
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

__all__ = ["head_ties"]

_ORG_TYPES = frozenset({"organisation", "group"})
_NAME = r"([A-Z][a-z'’-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][\w'’-]+){1,2})"


def head_ties(text: str, mentions: Sequence[Any], w: Any) -> dict[str, str]:
    """person name -> organisation for each "<Head> <role> <Name>" of ``text`` whose head word
    (an organisation word of ``w.heads``) ends the name of exactly one organisation of
    ``mentions`` named before it; the head not inside a mention, the name opening with a first
    name or after a capitalised role (a title)."""
    by_head: dict[str, list[Any]] = {}
    for m in mentions:
        if m.type in _ORG_TYPES and str(m.code)[3:6] != "PTY" and m.kind != "role" and m.actor:
            last = m.actor.split()[-1]
            if last.lower() in w.heads:
                by_head.setdefault(last, []).append(m)
    ties: dict[str, str] = {}
    for head, orgs in by_head.items():
        # no look-behind before the head: the engine then skips to the head's first letter (far
        # faster); the character before is checked on the few matches
        for h in re.finditer(re.escape(head) + r"[ \t]+((?:[A-Za-z-]+[ \t]+){1,3}?)" + _NAME, text):
            if h.start() and (text[h.start() - 1].isalnum() or text[h.start() - 1] in "_'’-"):
                continue
            if any(m.start <= h.start() < m.end for m in mentions):
                continue  # the head word is part of a name ("Royal Freedonian Society President")
            before = re.search(r"([A-Za-z][\w'’.-]*)[ \t]+$", text[max(0, h.start() - 40):h.start()])
            if before is not None and before.group(1)[:1].isupper() and before.group(1)[-1] not in ".:":
                continue  # another capitalised word before it: a longer name
            words = h.group(1).split()
            if words[-1].lower() not in w.roles or any(x.lower() in w.not_member for x in words):
                continue
            name = h.group(2)
            if name.split()[0].lower() not in w.first_names and not all(x[:1].isupper() for x in words):
                continue  # a first name, or a title before the name ("Society President Ash Roe")
            named = {m.actor for m in orgs if m.end <= h.start()}
            if len(named) == 1:
                ties.setdefault(name, next(iter(named)))
    return ties
