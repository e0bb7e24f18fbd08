"""Whether a person holds a state office on the story's date, from the title the text writes
before their name and the year a sentence is about.

Two rules, for a document with a date (:func:`with_dated_offices`, after the roles are read):

* A person the dictionaries know only from a later term holds no office from them on the date
  (``USAELI``, :func:`~geolib.actors.affiliations.before_terms`); a state office's title written
  right before a mention ("Rep. Jane Roe", "the state's attorney general, Jane Roe",
  "Homeland Security Deputy Secretary Jane Roe") says they held one then: the code of that office.
* A title in a sentence that opens with an earlier year ("In 1999, Representative Jane Roe ...")
  is of that year, not the story's: a person the dictionaries give no office (whose state comes
  from the title alone) and whose every titled mention is in such a sentence holds no office
  (their state's ``ELI``).

Example:
    >>> from geolib.actors import actors
    >>> from geolib.document import Document
    >>> actors(Document("In 1999, Representative Jane Q. Roe, Republican of Ohio, voted no.",
    ...                 meta={"date": "2015-12-15"}))[["text", "code", "office"]].values.tolist()[:1]
    [['Jane Q. Roe', 'USAELI', 'elite']]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from ..lexicons import date_words, read_word_table
from ..resources import data_path
from ..roles import Role, is_state_role_only, load_roles, state_codes
from .affiliations import before_terms, office_of, person_terms

#: how far before a name a title is looked for (characters)
_TITLE_WINDOW = 60
_WORD = re.compile(r"[A-Za-z][A-Za-z.'’-]*")
_MAX_ROLE_WORDS = 4


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    t = read_word_table(data_path("office_dates.csv"), kind="office date words",
                        kinds={"year_lead": None, "past": None})
    return (frozenset(t.loc[t.kind == "year_lead", "word"]), frozenset(t.loc[t.kind == "past", "word"]))


@lru_cache(maxsize=1)
def _year_lead() -> re.Pattern[str]:
    """A sentence's opening year phrase: a lead word, maybe a month and day, then the year."""
    leads, _ = _words()
    months = sorted(date_words().query("kind != 'weekday'")["word"], key=len, reverse=True)
    lead = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(leads, key=len, reverse=True))
    month = "|".join(re.escape(w) for w in months)
    return re.compile(rf"\W{{0,3}}(?:{lead})[-\s]+(?:(?:{month})\.?\s+(?:\d{{1,2}},?\s+)?)?(1[89]\d\d|20\d\d)(?![\d'’s])",
                      re.IGNORECASE)


def year_opening(sentence: str) -> int | None:
    """The year a sentence opens with ("In 1999, ...", "Back in March 2004 ..."), None otherwise.

    Example:
        >>> year_opening("In 1999, a year later, he ran."), year_opening("In the 1990s he ran.")
        (1999, None)
    """
    m = _year_lead().match(sentence)
    return int(m.group(1)) if m else None


def title_before(text: str, start: int) -> Role | None:
    """The state office's role written right before a name at ``start`` ("Rep. ", "attorney
    general, ", "Deputy Secretary "), None when there is none, it is no state's office only
    (a spokesman, an adviser) or a past one ("former Sen. "). A weak role ("Secretary") counts
    only capitalised, right before the name.

    Example:
        >>> title_before("said Rep. Jane Roe", 9).role, title_before("a former Sen. Jane Roe", 14)
        ('rep.', None)
    """
    before = text[max(0, start - _TITLE_WINDOW):start]
    stripped = before.rstrip()
    comma = stripped.endswith(",")
    if comma:
        stripped = stripped[:-1].rstrip()
    if not stripped or len(before) - len(stripped) > 3:
        return None
    words = _WORD.findall(stripped[-_TITLE_WINDOW:])
    if not words or not stripped.endswith(words[-1]):
        return None
    roles, (_, past) = load_roles(), _words()
    low = [w.lower() for w in words]
    for n in range(min(_MAX_ROLE_WORDS, len(low)), 0, -1):
        role = roles.get(" ".join(low[-n:]))
        if role is None:
            continue
        if not is_state_role_only(role) or (role.weak and (comma or not words[-1][:1].isupper())):
            return None
        if any(w.rstrip("-") in past for w in low[max(0, len(low) - n - 2):len(low) - n]) or \
                low[-n].startswith("ex-"):
            return None  # "former Sen.", "retired Lt. Gen."
        return role
    return None


def past_before(text: str, start: int) -> bool:
    """Whether a past word ("former", "retired") stands among the four words before ``start``.

    Example:
        >>> past_before("by retired Lt. Gen. John Doe", 20)
        True
    """
    _, past = _words()
    return any(w.lower().rstrip("-") in past for w in _WORD.findall(text, max(0, start - 40), start)[-4:])


def with_dated_offices(found: Iterable[Any], text: str, sentences: Any, day: str) -> tuple[Any, ...]:
    """The person mentions of one document (after :func:`geolib.roles.resolve_roles`) with the
    office the text's titles give them on ``day`` (ISO; '' leaves them as they are): see the
    module's two rules. ``sentences`` are the document's ``(start, end, paragraph)`` spans."""
    found = tuple(found)
    if not day:
        return found
    terms = person_terms()
    year = int(day[:4])
    restored: dict[str, str] = {}  # person -> the code of the office a title gives them
    known: dict[str, bool] = {}  # person -> whether the date is before their first term
    past: dict[str, bool] = {}  # person -> whether every state title of theirs is in an earlier year's sentence
    for m in found:
        if m.type != "person" or not m.actor or m.code and m.code[3:6] != "ELI":
            continue  # the dictionary's office on the date (a term, or the lexicon's code) decides
        before = known.get(m.actor)
        if before is None:
            t = terms.get(m.actor)
            before = known[m.actor] = t is not None and before_terms(t, day) is not None
        if not before and m.code:
            continue  # the dictionary's office (a term on the date, or the lexicon's code) decides
        role = title_before(text, m.start)
        if role is None and m.title and not past_before(text, m.start):
            r = load_roles().get(m.title)
            role = r if r is not None and is_state_role_only(r) else None
        if role is None:
            continue
        s = sentences[m.sentence] if 0 <= m.sentence < len(sentences) else None
        y = year_opening(text[s[0]:s[1]]) if s is not None else None
        earlier = y is not None and y < year
        if before and not earlier and m.code[:3]:
            restored.setdefault(m.actor, m.code[:3] + role.code[:3])
        past[m.actor] = past.get(m.actor, True) and earlier
    gone = {p for p, v in past.items() if v and p not in restored}
    if not restored and not gone:
        return found
    out = []
    for m in found:
        if m.type == "person" and m.actor in restored and m.code.endswith("ELI"):
            code = restored[m.actor]
            m = m._replace(code=code, office=office_of(code, m.affiliation))
        elif m.type == "person" and m.actor in gone and m.office != "elite":
            letters = m.code[:3] or state_codes().get(m.affiliation, "")[:3]
            m = m._replace(code=letters + "ELI" if letters else "", office="elite")
        out.append(m)
    return tuple(out)

