"""Titles and roles: the actor a person speaks for, from the role the text gives them.

"Foreign Secretary Jane Roe" names nobody the actor lexicon knows, but "Britain's foreign
secretary", "a Chinese foreign ministry spokesperson", "Mary Major, the party's campaign
spokeswoman" or "Sen. Jane Roe (D-Mass.)" say whom the person speaks for. :func:`resolve_roles`
reads the role nouns of ``geolib/data/roles.csv`` (hand-made) and ``phoenix_roles.csv`` (converted
from the Phoenix agents dictionary by ``make phoenix``) and finds their owner:

(a) right before the role: a state, organisation or group mention ("Chinese President", "U.S.
    Attorney General", "NATO Secretary General", "Britain's foreign secretary"), or "the
    party's" / "the company's" (the last party named before; the only company or university named
    before, when the document named just one);
(b) after it, through of / for / to / at: "spokesperson for the Chinese foreign ministry",
    "a professor at Ruritania University" (an unknown name with an organisation word becomes an
    organisation of its own); not for the weak roles ("a secretary at the firm");
(c) a party label after the name: "Sen. Jane Roe (D-Mass.)", "Sen. Jane Roe, D-Mass.,"
    (``party_labels.csv``).

A capitalised name right after the role ("Foreign Secretary Jane Roe") or before it, set off by a
comma ("Mary Major, the party's campaign spokeswoman"), is the person; a person the lexicon knows
keeps their own mention and gets the role in ``title``.

What a resolved role adds to the actor mentions (:func:`geolib.actors.actors`): one mention of
kind ``role`` spanning the owner, the role and the person's name -- ``actor`` and
``affiliation`` the owner's actor (so counts by actor show whom the person speaks for), ``type``
the owner's type (so :func:`geolib.actors.actor_counts` keeps the actor's type; ``level`` is
``person``), ``code`` CAMEO-style (owner + agent letters: ``GBRGOV``), ``office`` the sector of
those letters, ``title`` the role, ``person`` the name ('' when the text gives none). The owner's own mention is taken into it, so
the owner is counted once, as before ("Britain's foreign secretary" is one mention of the United
Kingdom, not two). "the president" alone, with no owner, is nobody's.

Example:
    >>> from geolib.actors import actors
    >>> actors("Britain's Foreign Secretary Jane Roe spoke.")[
    ...     ["text", "actor", "code", "kind", "title", "person"]].values.tolist()
    [["Britain's Foreign Secretary Jane Roe", 'United Kingdom', 'GBRGOV', 'role', 'foreign secretary', 'Jane Roe']]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from operator import itemgetter
from types import MappingProxyType
from typing import Any, NamedTuple

from .build_actors import sector
from .lexicons import date_words, read_table
from .resources import data_path
from .text import place_abbreviations, stopwords

__all__ = ["Role", "load_roles", "role_lookup", "ORG_OWNER_SECTORS", "owner_sector", "owner_words", "resolve_roles", "sub_national_offices", "state_codes", "is_sub_national_title", "is_state_role_only", "homonym_offices", "homonym_places", "office_places", "trie_pattern", "ROLE_KINDS", "ROLE_WORD_KINDS", "role_words"]

#: kinds of roles.csv rows (its header says what each does)
ROLE_KINDS = ("head", "weak", "role", "modifier", "past", "owner")
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_ARTICLES = frozenset({"the", "a", "an"})
#: kinds of ``role_words.csv``, the words read around a role noun (its header says what each does)
ROLE_WORD_KINDS = ("link", "office_before", "particle", "connector", "after_org", "verb", "place_unit",
                   "foreign_head", "staff_head", "rank_head", "other_rank", "home_head", "staff_body",
                   "possessive", "staff_field")
_OWNER_TYPES = frozenset({"state", "organisation", "group"})
_LABEL = re.compile(r"\s*\(\s*([A-Z])\s*(?:[-–—]\s*[A-Z][A-Za-z.]*\s*)?\)")  # "(D-Mass.)", "(D)"
#: a party label set off by commas, AP style: "Sen. Jane Roe, R-Texas, said", "Rep. John Doe, D-N.Y.";
#: a state's abbreviation keeps its full stop inside the sentence ("D-Calif.,"), not at its end
COMMA_LABEL = re.compile(r",\s*([A-Z])[-–—](?:(?:[A-Z]\.)+[A-Z][a-z]?\.(?=[,;:)\s]|$)"
                         r"|[A-Z][a-z]+(?:\.(?=[,;:)])|(?=[,;:)]|\.(?:\s|$)|$)))")
_START = itemgetter(0)
_MAX_NAME = 4  # words of a person's name


class Role(NamedTuple):
    """One role phrase of the lexicon: its words as written in ``roles.csv``, agent letters,
    whether it is weak (needs an owner right before it or a name after it), the office's body."""

    role: str
    code: str
    weak: bool
    body: str


class _Lexicon(NamedTuple):
    phrases: dict[tuple[str, ...], Role]  # words (lower case; last one maybe plural) -> role
    lengths: dict[str, tuple[int, ...]]  # last word -> the lengths of the phrases it ends, longest first
    heads: re.Pattern[str]  # the last words of the phrases (lower case), where roles may end
    heads_any_case: re.Pattern[str]
    modifiers: frozenset[str]
    past: frozenset[str]
    owners: dict[str, str]  # "party" -> "PTY"
    orgs: frozenset[str]  # words that make an unknown capitalised name an organisation's
    first_names: frozenset[str]
    labels: dict[str, tuple[str, str, str]]  # "D" -> (party, actor, code)
    not_org: frozenset[str]  # words no unknown organisation's name is made of: months, weekdays, titles
    words: dict[str, frozenset[str]]  # role_words.csv: kind -> words ("link" -> of, for, to, at)


def _plurals(word: str) -> list[str]:
    out = [word + ("es" if word.endswith(("s", "ch", "sh")) else "s")]
    if word.endswith("man"):
        out.append(word[:-3] + "men")
    if word.endswith("person"):
        out.append(word[:-6] + "people")
    return out


def load_roles() -> dict[str, Role]:
    """The role lexicon: role phrase -> :class:`Role`, the hand-made ``roles.csv`` on top of
    ``phoenix_roles.csv`` (both in ``geolib/data``).

    Example:
        >>> load_roles()["foreign secretary"]
        Role(role='foreign secretary', code='GOV', weak=False, body='foreign ministry')
    """
    return dict(_roles())


@lru_cache(maxsize=1)
def role_lookup() -> Mapping[str, Role]:
    """:func:`load_roles` built once, read-only: for a lookup per mention or per document (a new
    dict of the whole lexicon for each costs more than the lookup).

    Example:
        >>> role_lookup()["foreign secretary"].code
        'GOV'
    """
    return MappingProxyType(dict(_roles()))


@lru_cache(maxsize=1)
def _roles() -> tuple[tuple[str, Role], ...]:
    out: dict[str, Role] = {}
    path = data_path("phoenix_roles.csv")
    if path.is_file():
        t = read_table(path, kind="role lexicon", required=("role", "code"))
        for r, c in zip(t.column("role"), t.column("code")):
            out[r.lower()] = Role(r.lower(), c, False, "")
    t = read_table(data_path("roles.csv"), kind="role lexicon", required=("role", "code", "kind"))
    for i, (r, c, k, b) in enumerate(zip(t.column("role"), t.column("code"), t.column("kind"),
                                         t.column("body"))):
        if k not in ROLE_KINDS:
            raise t.error(i, f"unknown kind {k!r} (one of {', '.join(ROLE_KINDS)})")
        if not r:
            raise t.error(i, "empty role")
        if k in ("head", "weak", "role"):
            out[r.lower()] = Role(r.lower(), c, k == "weak", b)
    return tuple(out.items())


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    phrases: dict[tuple[str, ...], Role] = {}
    for r, role in _roles():
        words = tuple(r.split())
        phrases.setdefault(words, role)
        for p in _plurals(words[-1]):
            phrases.setdefault(words[:-1] + (p,), role)
    t = read_table(data_path("roles.csv"), kind="role lexicon", required=("role", "code", "kind"))
    by_kind: dict[str, dict[str, str]] = {}
    for r, c, k in zip(t.column("role"), t.column("code"), t.column("kind")):
        by_kind.setdefault(k, {})[r.lower()] = c
    lengths: dict[str, list[int]] = {}
    for w in phrases:
        lengths.setdefault(w[-1], []).append(len(w))
    lengths = {h: tuple(sorted(set(v), reverse=True)) for h, v in lengths.items()}
    pattern = re.compile(r"\b" + trie_pattern(sorted(lengths)) + r"(?!\w)")
    words = read_table(data_path("actor_words.csv"), kind="actor words", required=("kind", "word"))
    orgs = frozenset(w.lower() for w, k in zip(words.column("word"), words.column("kind"))
                     if k == "org_word")
    g = read_table(data_path("gender_words.csv"), kind="gender words", required=("word", "kind"))
    first = frozenset(w.lower() for w, k in zip(g.column("word"), g.column("kind")) if k == "first_name")
    lab = read_table(data_path("party_labels.csv"), kind="party labels",
                     required=("label", "party", "actor", "code"))
    labels = {a: (p, s, c) for a, p, s, c in zip(lab.column("label"), lab.column("party"),
                                                 lab.column("actor"), lab.column("code"))}
    not_org = frozenset(w.lower() for w, k in zip(words.column("word"), words.column("kind"))
                        if k in ("title_word", "title")) | frozenset(date_words()["word"]) | \
        frozenset(r for r, _ in _roles() if " " not in r) | \
        frozenset(by_kind.get("modifier", {})) | frozenset(by_kind.get("past", {}))  # "spokesman", "top", "former"
    return _Lexicon(phrases, lengths, pattern, re.compile(pattern.pattern, re.IGNORECASE),
                    frozenset(by_kind.get("modifier", {})), frozenset(by_kind.get("past", {})),
                    by_kind.get("owner", {}), orgs, first, labels, not_org, role_words())


def is_role_noun(word: str) -> bool:
    """Whether a lower-case word ends a role of the role lexicon ("minister", "commissioner" of
    "police commissioner"): a title a person is named with.

        >>> is_role_noun("commissioner"), is_role_noun("actor")
        (True, False)
    """
    return word in _lexicon().lengths


def is_other_role(before: str, head: str) -> bool:
    """Whether the word ``before`` a role noun makes another rank of it or a past one ("vice"
    of "vice president", "deputy", "former": ``other_rank`` of role_words.csv and the past
    words of roles.csv): such a title is not the role noun alone.

        >>> is_other_role("vice", "president"), is_other_role("former", "president"), is_other_role("police", "commissioner")
        (True, True, False)
    """
    return before.rstrip("-") in _lexicon().past or before in role_words()["other_rank"]


@lru_cache(maxsize=1)
def role_words() -> dict[str, frozenset[str]]:
    """The words read around a role noun (``geolib/data/role_words.csv``), by kind.

    Example:
        >>> sorted(role_words()["link"])
        ['at', 'for', 'of', 'to']
    """
    t = read_table(data_path("role_words.csv"), kind="role words", required=("kind", "word"))
    out: dict[str, set[str]] = {k: set() for k in ROLE_WORD_KINDS}
    for i, (k, w) in enumerate(zip(t.column("kind"), t.column("word"))):
        if k not in out:
            raise t.error(i, f"unknown kind {k!r} (one of {', '.join(ROLE_WORD_KINDS)})")
        if not w:
            raise t.error(i, "empty word")
        out[k].add(w)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def sub_national_offices() -> frozenset[str]:
    """The roles a place (a US state, a province, a city) may own: ``sub_national_offices.csv``
    ("governor", "mayor", "attorney general"); their holder speaks for the place's country."""
    t = read_table(data_path("sub_national_offices.csv"), kind="sub-national offices",
                   required=("office",))
    return frozenset(o.lower() for o in t.column("office") if o)


@lru_cache(maxsize=1)
def homonym_offices() -> frozenset[str]:
    """The sub-national offices (``homonym`` 1 in ``sub_national_offices.csv``) before which a
    state's name names the sub-national place of the same name ("Georgia Gov." -> the US state)."""
    t = read_table(data_path("sub_national_offices.csv"), kind="sub-national offices",
                   required=("office",))
    cols = t.column("homonym") if "homonym" in t.columns else [""] * len(t.column("office"))
    return frozenset(o.lower() for o, h in zip(t.column("office"), cols) if o and h.strip() == "1")


def homonym_places() -> dict[str, tuple[str, str]]:
    """State actor -> (place actor, the place's country) for a place of ``actors.csv`` named after
    the state and a qualifier: "Georgia" -> ("Georgia (U.S. state)", "United States").

        >>> homonym_places()["Georgia"]
        ('Georgia (U.S. state)', 'United States')
    """
    return _actor_rows(_actors_csv()).homonyms


class _ActorRows(NamedTuple):
    """What the roles read from one actor lexicon file: state codes and homonym places."""

    state_codes: dict[str, str]  # state actor -> its code
    homonyms: dict[str, tuple[str, str]]  # state actor -> (place actor, the place's country)
    party_codes: dict[str, str]  # party actor (a group whose code holds PTY) -> its code


@lru_cache(maxsize=4)
def _actor_rows(path: str) -> _ActorRows:
    """The actor lexicon at ``path`` read once (cached by the path): the state codes and the
    places named after a state (:func:`homonym_places`)."""
    t = read_table(path, kind="actor lexicon", required=("actor", "type", "code", "affiliation"))
    actors, types = t.column("actor"), t.column("type")
    codes: dict[str, str] = {}
    for a, ty, c in zip(actors, types, t.column("code")):
        if ty == "state" and c:
            codes.setdefault(a, c)
    states = {a for a, ty in zip(actors, types) if ty == "state"}
    homonyms: dict[str, tuple[str, str]] = {}
    for a, ty, aff in zip(actors, types, t.column("affiliation")):
        base, paren, _ = a.partition(" (")
        if ty == "place" and paren and base in states and aff and aff != base:
            homonyms.setdefault(base, (a, aff))
    parties: dict[str, str] = {}
    for a, ty, c in zip(actors, types, t.column("code")):
        if ty == "group" and c[3:6] == "PTY":
            parties.setdefault(a, c)
    return _ActorRows(codes, homonyms, parties)


@lru_cache(maxsize=1)
def office_places() -> dict[str, frozenset[str]]:
    """The sub-national offices that only some places hold (``places`` in
    ``sub_national_offices.csv``): office -> those places' actors ("chief executive" -> Hong Kong,
    Macau: a company's chief executive elsewhere).

        >>> "Hong Kong" in office_places()["chief executive"]
        True
    """
    t = read_table(data_path("sub_national_offices.csv"), kind="sub-national offices",
                   required=("office",))
    cols = t.column("places") if "places" in t.columns else [""] * len(t.column("office"))
    return {o.lower(): frozenset(p.strip() for p in ps.split("|")) for o, ps in zip(t.column("office"), cols)
            if o and ps.strip()}


def is_sub_national_title(title: str) -> bool:
    """Whether a role mention's ``title`` is a sub-national office's ("governor of Texas")."""
    office, of, _ = title.rpartition(" of ")
    return bool(of) and office in sub_national_offices()


@lru_cache(maxsize=1)
def _actors_csv() -> str:
    """The path of the shipped actor lexicon, as the key of :func:`_actor_rows` (made once, not a
    Path per document)."""
    return str(data_path("actors.csv"))


def _state_codes() -> dict[str, str]:
    """State actor -> its code (``actors.csv``), for the country of a sub-national office."""
    return _actor_rows(_actors_csv()).state_codes


def state_codes() -> dict[str, str]:
    """State actor -> its code (``actors.csv``): the country of a sub-national office, the parent
    of a police force of the text (:mod:`geolib.actors.police`).

    Example:
        >>> state_codes()["United Kingdom"]
        'GBR'
    """
    return _state_codes()


def trie_pattern(words: list[str]) -> str:
    """A regular expression matching any of ``words``, as a trie (many times faster than an
    alternation of the words: Python's ``re`` tries each alternative at each position).

    Example:
        >>> trie_pattern(["sen", "senator", "mp"])
        '(?:mp|sen(?:ator)?)'
    """
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


# ====================================================================== resolution

class _Found(NamedTuple):
    """A role phrase of a document: tokens [a, b) (modifiers included), its role."""

    a: int
    b: int
    role: Role


def _is_name_word(tok: str, kind: str) -> bool:
    return kind == "word" and tok[:1].isupper() and any(c.isalpha() for c in tok) and \
        tok not in _POSSESSIVE


def _politician_party(m: Any, party_of: Callable[[Any], str] | None, party_codes: Any) -> str:
    """The party of politician ``m`` when they hold no office of government on the document's date
    (a candidate, a legislator); '' otherwise."""
    if m.type != "person" or m.office not in ("legislature", "elite", ""):
        return ""
    party = m.agency or (party_of(m) if party_of is not None else "")
    return party if party in party_codes else ""


def resolve_roles(doc: Any, found: Sequence[Any], make: Callable[..., Any],
                  party_of: Callable[[Any], str] | None = None) -> tuple[Any, ...]:
    """The mentions ``found`` of one document (named tuples in text order, the fields of
    :data:`geolib.actors.MENTION_COLUMNS` but doc_id) with the roles resolved: a mention of kind
    ``role`` for each role whose owner the text names (taking the owner's own mention into it),
    and ``title`` filled for a known person the role is given to. ``make`` builds a mention from
    its fields (keyword arguments). ``party_of`` gives a known person's party on the document's
    date (a person mention -> party actor, ''), for their staff ("Sanders' campaign manager").

    Example:
        >>> from geolib.actors import document_mentions
        >>> from geolib.document import Document
        >>> [(m.text, m.actor, m.title) for m in document_mentions(Document(
        ...     '"No," said a Chinese foreign ministry spokesperson.'))]
        [('Chinese foreign ministry spokesperson', 'China', 'foreign ministry spokesperson')]
    """
    return _resolve_roles(doc, found, make, party_of)


def _resolve_roles(doc: Any, found: Sequence[Any], make: Callable[..., Any],
                   party_of: Callable[[Any], str] | None = None) -> tuple[Any, ...]:
    text = doc.text
    lex = _lexicon()
    lowered = text.lower()  # one pass over a lower-case copy; a case fold that changes lengths
    hits = lex.heads.finditer(lowered) if len(lowered) == len(text) else lex.heads_any_case.finditer(text)
    first = next(hits, None)
    if first is None:
        return tuple(found)
    spans = doc.token_spans
    n = len(spans)
    low_memo: dict[int, str] = {}

    def low(k: int) -> str:
        got = low_memo.get(k)
        if got is None:
            got = low_memo[k] = text[spans[k][0]:spans[k][1]].lower()
        return got

    def tok(k: int) -> str:
        return text[spans[k][0]:spans[k][1]]

    def same(j: int, k: int) -> bool:
        return 0 <= j < n and 0 <= k < n and spans[j][3] == spans[k][3]

    # 1. role phrases: the longest phrase ending at each head, leftmost-longest, no overlaps
    cands: list[_Found] = []
    for m in (first, *hits):
        k = bisect.bisect_left(spans, m.start(), key=_START)
        if k >= n or spans[k][0] != m.start() or spans[k][1] != m.end():
            continue
        best = None
        for length in lex.lengths.get(m.group().lower(), ()):
            a = k - length + 1
            if not same(a, k):
                continue
            role = lex.phrases.get(tuple(low(j) for j in range(a, k + 1)))
            if role is not None:
                best = _Found(a, k + 1, role)
                break
        if best is None:
            continue
        a = best.a
        while same(a - 1, a) and low(a - 1) in lex.modifiers:
            a -= 1
        if best.role.role.split()[-1] in lex.words["staff_head"]:
            a = _staff_field_start(a, same, low, lex)  # "a senior communications adviser": an adviser
        if same(a - 1, a) and low(a - 1).rstrip("-") in lex.past or low(a).startswith("ex-"):
            continue
        cands.append(best._replace(a=a))
    if not cands:
        return tuple(found)
    cands.sort(key=lambda f: (f.a, f.a - f.b))
    chosen: list[_Found] = []
    for f in cands:
        if chosen and f.a < chosen[-1].b:
            continue
        chosen.append(f)

    mentions = list(found)
    m_starts = [m.start for m in mentions]
    m_at_start = {m.start: i for i, m in enumerate(mentions)}
    m_at_end = {m.end: i for i, m in enumerate(mentions)}
    drop: set[int] = set()
    titled: dict[int, str] = {}
    new: list[Any] = []
    sents, paras = doc.sentence_spans, doc.paragraph_spans
    sub_national, state_codes = sub_national_offices(), _state_codes()
    homonyms, only_places = homonym_offices(), office_places()
    rw = lex.words
    particles, connectors, links = rw["particle"], rw["connector"], rw["link"]
    after_org, office_before = rw["after_org"], rw["office_before"]
    units, foreign_heads = rw["place_unit"], rw["foreign_head"]
    party_codes = _actor_rows(_actors_csv()).party_codes

    def staff_party(m: Any, role: Role) -> str:
        """The party a staffer of politician ``m`` speaks for ("Sanders' campaign manager", "Trump
        spokeswoman Jane Roe"): ``m``'s party when ``m`` holds no office of government on the
        document's date (a candidate, a legislator) and the role is a staff role; '' otherwise."""
        return politician_party(m) if role.role.split()[-1] in rw["staff_head"] else ""

    def politician_party(m: Any) -> str:
        return _politician_party(m, party_of, party_codes)

    def pronoun_party(a: int) -> str:
        """The party of "his" / "her" in "His campaign manager" (token a the role's first): the one
        party of the politicians (:func:`_politician_party`) named in the sentence before and this
        one up to the role, when every person named there is such a politician of that party."""
        si = spans[a][3]
        got = {politician_party(m) for m in mentions
               if m.type == "person" and m.start < spans[a][0] and m.sentence in (si - 1, si)}
        return next(iter(got)) if len(got) == 1 else ""

    state_memo: dict[str, Any] = {}

    def main_state(si: int) -> str:
        """The state of a role with no owner in sentence ``si``: the only state (or state of a
        place) the sentence names, else its paragraph, else the document, if it is the document's
        most named one (more than half of its state mentions) and not the United States (whose
        officials bear no minister's title); '' otherwise."""
        if "doc" not in state_memo:
            by_doc: dict[str, int] = {}
            where: list[tuple[int, int, str]] = []  # (sentence, paragraph, state) of state mentions
            for m in mentions:
                st = m.actor if m.type == "state" else m.affiliation if m.type == "place" else ""
                if st in state_codes:
                    by_doc[st] = by_doc.get(st, 0) + 1
                    where.append((m.sentence, m.paragraph, st))
            state_memo["doc"], state_memo["where"] = by_doc, where
        by_doc, where = state_memo["doc"], state_memo["where"]
        para = sents[si][2] if sents else 0
        for scope in ({st for x, _, st in where if x == si}, {st for _, p, st in where if p == para},
                      set(by_doc)):
            if not scope:
                continue
            st = next(iter(scope))
            ok = len(scope) == 1 and st != "United States" and 2 * by_doc[st] > sum(by_doc.values())
            return st if ok else ""
        return ""

    country: list[str] = []

    def doc_country() -> str:
        """The one country of the document's sub-national places (its US states and cities), ''
        when it names none or places of two countries: the country of an unknown county."""
        if not country:
            affs = {m.affiliation for m in mentions if m.type == "place" and m.affiliation in state_codes}
            country.append(next(iter(affs)) if len(affs) == 1 else "")
        return country[0]

    def home_state() -> str:
        """The one country of the document's places (:func:`doc_country`) when no other state is
        named as often as it ('' otherwise)."""
        st = doc_country()
        if not st:
            return ""
        if "doc" not in state_memo:
            main_state(0)  # counts the document's state mentions into state_memo["doc"]
        by_doc = state_memo["doc"]
        return st if all(v < by_doc.get(st, 0) for k, v in by_doc.items() if k != st) else ""

    def mention_covering(pos: int) -> int | None:
        i = bisect.bisect_right(m_starts, pos) - 1
        return i if i >= 0 and mentions[i].end > pos else None

    def owner_ok(i: int | None) -> bool:
        return i is not None and mentions[i].type in _OWNER_TYPES and i not in drop

    def place_ok(i: int | None, role: Role) -> bool:
        """A place of a country owning a sub-national office: "Texas Gov.", "the mayor of Chicago"."""
        return i is not None and i not in drop and mentions[i].type == "place" and \
            role.role in sub_national and mentions[i].affiliation in state_codes and \
            mentions[i].actor in only_places.get(role.role, (mentions[i].actor,))

    def as_homonym_place(i: int | None, role: Role) -> None:
        """"Georgia Gov. Jane Roe", "the governor of Georgia": the US state of that name (a
        place), for the country has no governor -- mention i becomes that place."""
        if i is not None and mentions[i].type == "state" and mentions[i].kind == "name" and \
                role.role in homonyms and mentions[i].actor in homonym_places():
            place, country = homonym_places()[mentions[i].actor]
            mentions[i] = mentions[i]._replace(actor=place, type="place", code="", affiliation=country)

    def initial_at(j: int) -> bool:
        """Whether token j is a middle initial written as a letter and a full stop of their own
        ("T" "."), with a capitalised word after them in the sentence."""
        return len(tok(j)) == 1 and tok(j).isupper() and same(j + 2, j) and tok(j + 1) == "." and \
            spans[j + 1][0] == spans[j][1] and _is_name_word(tok(j + 2), spans[j + 2][2])

    def name_after(k: int, lo: int = 1) -> int:
        """The end token of an unknown capitalised name starting at token k (k: none); a middle
        initial and its full stop inside it ("Peter T. King") count as one word."""
        j, dots = k, 0
        while j < n and j - k - dots < _MAX_NAME and same(j, k) and mention_covering(spans[j][0]) is None and (
                _is_name_word(tok(j), spans[j][2]) or j > k and low(j) in particles):
            if j > k and initial_at(j):
                j, dots = j + 2, dots + 1
                continue
            j += 1
        while j > k and low(j - 1) in particles:
            j -= 1
        return j if j - k >= lo else k

    def org_after(k: int) -> int:
        """The end token of an unknown organisation's name starting at token k ("University of
        East Anglia": places and connecting words inside it; k: none)."""
        j = e = k
        while j < n and j - k < 2 * _MAX_NAME and same(j, k):
            c = mention_covering(spans[j][0])
            if c is not None and mentions[c].type != "place":
                break
            if _is_name_word(tok(j), spans[j][2]):
                e = j = j + 1
            elif j > k and low(j) in connectors:
                j += 1
            else:
                break
        return e

    def org_name_ok(j: int, e: int, link: str = "", titled_case: bool | None = None) -> bool:
        """Whether tokens [j, e) may be an unknown organisation's name (``titled_case``: before a
        role, None: after one): no month, weekday, title
        or role word, not a person's (a known first name first), not a place; one plain word only
        after "at" ("an economist at Allianz") or when written like a name of its own (an acronym,
        "Sea-Eye", "YouTube")."""
        words = [low(x) for x in range(j, e) if _is_name_word(tok(x), spans[x][2])]
        if not words or any(w in lex.not_org or w in stopwords() for w in words) or words[0] in lex.first_names:
            return False
        if words[-1] in units:
            return False  # "Clark County": a place, never an organisation
        if len(words) > 1 and all(tok(x).isupper() for x in range(j, e) if spans[x][2] == "word"):
            return False  # "TALIBAN CLOSING RANKS AROUND NEW LEADER": a headline
        if sents and paras and paras[sents[spans[j][3]][2]][2] in ("title", "heading"):
            return False  # a headline in title case: "Pastor Wants Girl Scout Leaders ..."
        if len(words) == 1 and words[0] in lex.orgs:
            return False  # "Council spokesperson", "super PAC spokeswoman": a generic word
        if same(e, e - 1) and tok(e) in _POSSESSIVE or " and the " in text[spans[j][0]:spans[e - 1][1]]:
            return False  # "Moody's Analytics", "Duke University and the University of Ottawa"
        if titled_case is not None and same(j - 2, j) and low(j - 1) in ("at", "of", "de") and \
                _is_name_word(tok(j - 2), spans[j - 2][2]):
            return False  # "University of North Carolina at Chapel Hill": the end of a longer name
        if any(low(x) in lex.orgs for x in range(j, e)):
            return True
        if titled_case and not text[spans[j][0]:spans[e - 1][1]].replace(" ", "").isupper():
            return False  # "Pundit Turns Adviser in ...": a headline in title case
        if len(words) >= 2:
            return True
        t = text[spans[j][0]:spans[e - 1][1]]
        return link == "at" or t.isupper() and len(t) > 1 or any(c.isupper() for c in t[1:])

    def org_before(k: int) -> int:
        """The first token of an unknown name ending at token k ("Sea-Eye" of "Sea-Eye
        spokesperson"; k + 1: none): capitalised words and hyphens no mention covers."""
        j = k
        while j >= 0 and k - j < _MAX_NAME and same(j, k) and mention_covering(spans[j][0]) is None and (
                _is_name_word(tok(j), spans[j][2]) or j < k and tok(j) in ("-", "&")):
            j -= 1
        j += 1
        while j <= k and not _is_name_word(tok(j), spans[j][2]):
            j += 1
        return j

    def field_words(a: int) -> int:
        """The first of one or two plain lowercase words right before token a that name a field
        ("criminology" of "criminology professor") after a capitalised word; a: none."""
        j = a
        while a - j < 2 and same(j - 1, a) and tok(j - 1).isalpha() and tok(j - 1).islower() and \
                low(j - 1) not in stopwords() and low(j - 1) not in lex.not_org and \
                low(j - 1) not in lex.modifiers and low(j - 1) not in lex.past and \
                not low(j - 1).endswith(("ed", "ing", "ly")) and low(j - 1) not in rw["verb"]:
            j -= 1
        return j if j < a and same(j - 1, a) and tok(j - 1)[:1].isupper() and tok(j - 1).isalpha() else a

    def name_before(k: int) -> int:
        """The first token of an unknown name of two words or more ending at token k (k + 1: none)."""
        j = k
        while j >= 0 and k - j < _MAX_NAME and same(j, k) and mention_covering(spans[j][0]) is None and \
                _is_name_word(tok(j), spans[j][2]):
            j -= 1
        j += 1
        if k - j < 1 or low(j) not in lex.first_names:
            return k + 1
        return j

    for f in chosen:
        a, b, role = f
        start, end = spans[a][0], spans[b - 1][1]
        owner = None  # index of the owner's mention
        absorb = True
        owner_actor = None  # (actor, type, code, agency, kind) of an owner with no mention here
        # (a) right before the role: "Chinese", "U.S.", "Britain's", "China's Foreign Ministry"
        i = mention_covering(start - 1) if start else None
        if i is None:
            j = a - 1
            if same(j, a) and tok(j) in _POSSESSIVE:
                j -= 1
            if same(j, a):
                i = m_at_end.get(spans[j][1])
        else:
            i = i if mentions[i].end <= spans[b - 1][0] else None
        if i is not None:
            mi = mentions[i]
            gap = text[mi.end:start] if mi.end <= start else ""
            if gap.strip() not in ("", *_POSSESSIVE) or "\n" in gap:
                i = None
        if role.weak and same(b, b - 1) and _modifies(low(b), rw["verb"]):
            continue  # "the US general election", "a Chinese official statement"
        as_homonym_place(i, role)
        if i is not None and not _state_role(role) and mentions[i].type == "state":
            i = None  # "a Chinese professor" speaks for no state
        staff_of = None  # "Sanders' campaign manager": the politician a staffer works for
        if i is not None and mentions[i].type == "person":
            party = staff_party(mentions[i], role)  # "Putin's spokesman": a role of their own, left as it is
            if party:
                staff_of, owner_actor = i, (party, "group", party_codes[party], "")
        elif owner_ok(i) or place_ok(i, role):
            owner, start = i, min(start, mentions[i].start)
        elif i is None and same(a - 1, a) and low(a - 1) in rw["possessive"] and \
                any(w in rw["staff_body"] for w in role.role.split()) and pronoun_party(a):
            party = pronoun_party(a)  # "His campaign manager, Jane Roe,": the one party of the politicians before
            owner_actor = (party, "group", party_codes[party], "")
        elif same(a - 3, a) and tok(a - 1) in _POSSESSIVE and low(a - 2) in lex.owners and \
                low(a - 3) == "the":
            prev = _last_owner(mentions, spans[a - 3][0], low(a - 2), lex.owners[low(a - 2)], drop)
            if prev is not None:
                owner, absorb, start = prev, False, spans[a - 3][0]
        sub_place = ""  # an unknown sub-national unit owning the role: "Clark County Sheriff"
        # (a'') a county's name right before a sub-national office: the document's one country
        if owner is None and i is None and same(a - 1, a) and role.role in sub_national and \
                role.role not in only_places and low(a - 1) in units:
            j = org_before(a - 1)
            if j < a - 1 and not (same(j - 1, j) and low(j - 1) in lex.past) and doc_country():
                sub_place, start = text[spans[j][0]:spans[a - 1][1]], spans[j][0]
                owner_actor = (doc_country(), "state", state_codes[doc_country()], "")
        # (a') an unknown organisation's name right before the role: "Sea-Eye spokesperson"
        if owner is None and owner_actor is None and i is None and same(a - 1, a) and \
                not _state_role_only(role):
            j = org_before(a - 1)
            if j <= a - 1 and not (same(j - 1, j) and low(j - 1) in lex.past) and \
                    org_name_ok(j, a, titled_case=tok(b - 1)[:1].isupper()):
                owner_actor = (text[spans[j][0]:spans[a - 1][1]], "organisation", "", "")
                start = spans[j][0]
        # (e) an organisation, one or two lowercase field words, the role: "Birmingham City
        # University criminology professor", "Acme Corp chief economist" (a named organisation, or
        # an unknown name with an organisation word: "Hill Institute energy analyst")
        if owner is None and owner_actor is None and i is None and not _state_role_only(role):
            fa = field_words(a)
            if fa < a:
                fi = m_at_end.get(spans[fa - 1][1])
                if fi is not None and fi not in drop and mentions[fi].type in ("organisation", "group") \
                        and mentions[fi].code[3:6] != "PTY":
                    owner, start = fi, min(start, mentions[fi].start)
                elif fi is None and mention_covering(spans[fa - 1][0]) is None:
                    j = org_before(fa - 1)
                    c = mention_covering(spans[j - 1][0]) if j <= fa - 1 and same(j - 1, j) else None
                    if c is not None and mentions[c].type == "place" and mentions[c].end <= spans[j][0]:
                        p0 = bisect.bisect_left(spans, mentions[c].start, key=_START)  # "Birmingham City University"
                        j = min(p0, org_before(p0 - 1)) if same(p0 - 1, p0) else p0
                    if j <= fa - 1 and not (same(j - 1, j) and low(j - 1) in lex.past) and \
                            any(low(x) in lex.orgs for x in range(j, fa)) and org_name_ok(j, fa, titled_case=False):
                        owner_actor = (text[spans[j][0]:spans[fa - 1][1]], "organisation", "", "")
                        start = spans[j][0]
        # the person: a name right after the role, or before it and a comma
        person_at = None  # a known person's mention given the role
        name = (0, 0)
        k = b
        pi = m_at_start.get(spans[k][0]) if same(k, b - 1) else None
        if pi is not None and mentions[pi].type == "person":
            person_at = pi
        elif same(k, b - 1):
            e = name_after(k)
            if e > k and any(low(x) in lex.orgs for x in range(k, e)):
                continue  # "General Services Administration": the role word is part of a name
            if e > k and (e - k >= 2 or _is_name_word(tok(a), spans[a][2])):
                name = (spans[k][0], spans[e - 1][1])
                k = e
        if person_at is None and name == (0, 0):
            p = bisect.bisect_left(spans, start if staff_of is None else mentions[staff_of].start, key=_START)
            if same(p - 1, p) and low(p - 1) in _ARTICLES:
                p -= 1
            if same(p - 2, p) and tok(p - 1) == ",":
                q = m_at_end.get(spans[p - 2][1])
                if q is not None and mentions[q].type == "person":
                    person_at = q
                elif q is None:
                    s = name_before(p - 2)
                    if s <= p - 2:
                        name = (spans[s][0], spans[p - 2][1])
            elif same(b, b - 1) and tok(b) == "," and same(b + 1, b):  # "the spokeswoman, Mary Major,"
                e = name_after(b + 1, 2)
                if e > b + 1 and (e >= n or not same(e, b) or tok(e) in (",", ".")):
                    name = (spans[b + 1][0], spans[e - 1][1])
                    k = e
        # (c) a party label after the name: "Sen. Jane Roe (D-Mass.)", "Sen. Jane Roe, D-Mass.,"
        if owner is None and name != (0, 0):
            lm = _LABEL.match(text, name[1]) or COMMA_LABEL.match(text, name[1])
            if lm is not None and lm.group(1) in lex.labels:
                party, actor, code = lex.labels[lm.group(1)]
                owner_actor = (actor, "state", code, party)
                end = lm.end()
        # (b) after the role (or its person): of / for / to / at [the] X
        police_rank = role.code == "COP" and role.role.split()[-1] in rw["rank_head"]
        if owner is None and owner_actor is None and not role.weak and not police_rank and same(k, b - 1) and \
                low(k) in links:
            j = k + 1
            if same(j, k) and low(j) == "the":
                j += 1
            i = m_at_start.get(spans[j][0]) if same(j, k) else None
            as_homonym_place(i, role)
            if (owner_ok(i) or place_ok(i, role)) and mentions[i].kind not in ("metonym", "demonym"):
                owner, end = i, mentions[i].end
            elif i is not None and mentions[i].type == "person" and staff_party(mentions[i], role):
                # "a spokeswoman for the Trump campaign", "Jane Roe, a senior adviser to Sanders"
                party = staff_party(mentions[i], role)
                owner_actor, staff_of, end = (party, "group", party_codes[party], ""), i, mentions[i].end
                e = bisect.bisect_left(spans, end, key=_START)
                if same(e, j) and low(e) in rw["staff_body"]:
                    end = spans[e][1]
            elif same(j, k) and i is None:
                e = org_after(j)
                if e > j + 1 and low(e - 1) in units and role.role in sub_national and \
                        role.role not in only_places and doc_country() and \
                        (e >= n or not same(e, j) or tok(e) in after_org):  # "the sheriff of Clark County"
                    sub_place, end = text[spans[j][0]:spans[e - 1][1]], spans[e - 1][1]
                    owner_actor = (doc_country(), "state", state_codes[doc_country()], "")
                elif e > j and org_name_ok(j, e, low(k)) and (e >= n or not same(e, j) or tok(e) in after_org):
                    org = text[spans[j][0]:spans[e - 1][1]]
                    owner_actor = (org, "organisation", "", "")
                    end = spans[e - 1][1]
        # (d) a minister of no state named ("Interior Minister Jane Roe"): the one foreign state
        # of the sentence (else the paragraph, else the document) when it is the document's main one
        # (d') a police rank of no force named ("Police Commissioner Jane Roe", "Chief Inspector
        # Jane Roe"), not after a capitalised word (a city's, a county's force): the same state's police
        if owner is None and owner_actor is None and person_at is None and name != (0, 0) and i is None and \
                police_rank and role.role not in sub_national and \
                not (same(a - 1, a) and tok(a - 1)[:1].isupper()):
            st = main_state(spans[a][3])
            if st:
                owner_actor = (st, "state", state_codes[st], "")
        if owner is None and owner_actor is None and person_at is None and name != (0, 0) and \
                role.role.split()[-1] in foreign_heads and _state_role_only(role):
            st = main_state(spans[a][3])
            if st:
                owner_actor = (st, "state", state_codes[st], "")
        # (d'') a cabinet secretary of no state named ("Labor Secretary Jane Roe"): the country of the
        # document's places when it is also the document's most named state
        if owner is None and owner_actor is None and person_at is None and name != (0, 0) and i is None and \
                len(role.role.split()) >= 2 and role.role.split()[-1] in rw["home_head"] and \
                _state_role_only(role) and not (same(a - 1, a) and tok(a - 1)[:1].isupper()):
            st = home_state()
            if st:
                owner_actor = (st, "state", state_codes[st], "")
        if person_at is not None:
            if person_at not in titled:
                titled[person_at] = role.role
            if name == (0, 0):
                continue  # the known person's own mention stands; the owner's too
        if owner is None and owner_actor is None:
            continue
        if staff_of is not None and name == (0, 0) and owner_actor is not None and \
                mentions[staff_of].start < start and owner_actor[0] == staff_party(mentions[staff_of], role):
            continue  # "Trump's spokeswoman": no staffer named, the politician's own mention speaks
        # a role of the past or an office, not a person: "former U.S. Senator", "as President of France"
        first = start if staff_of is None else min(start, mentions[staff_of].start)  # "a former Trump aide"
        p = bisect.bisect_left(spans, min(first, name[0]) if name != (0, 0) else first, key=_START)
        if same(p - 1, p) and low(p - 1) in _ARTICLES:
            p -= 1
        if same(p - 1, p) and (low(p - 1).rstrip("-") in lex.past or low(p - 1) in office_before):
            continue
        end = max(end, name[1])
        start = min(start, name[0]) if name != (0, 0) else start
        if staff_of is not None and name != (0, 0) and name[1] <= mentions[staff_of].start:
            start, end = name  # "Jane Roe, Sanders' campaign manager": the staffer's name, not the politician's
        # no other mention may be cut: the new one holds the owner's and nothing else
        inner = [x for x in range(bisect.bisect_left(m_starts, start), len(mentions))
                 if mentions[x].start < end]
        places = [x for x in inner if mentions[x].type == "place" and x != owner]
        if staff_of is not None and mentions[staff_of].start > start:
            places.append(staff_of)  # "a spokeswoman for the Trump campaign": the politician is in it
        if any((x != owner or not absorb) and x not in places for x in inner) or \
                any(x not in inner and mentions[x].end > start for x in
                    ([mention_covering(start)] if mention_covering(start) is not None else [])):
            continue
        title = role.role
        if owner is not None and mentions[owner].type == "place":  # a sub-national office: the country
            o = mentions[owner]
            actor, otype, ocode, agency, okind = o.affiliation, "state", state_codes[o.affiliation], "", ""
            aff, title = actor, f"{role.role} of {o.actor}"  # no ministry of the country's (with_role_bodies)
        elif owner is not None:
            o = mentions[owner]
            actor, otype, ocode, agency, okind = o.actor, o.type, o.code, o.agency, o.kind
            aff = o.affiliation or actor
        else:
            actor, otype, ocode, agency = owner_actor
            okind, aff = "", actor
            if sub_place:
                title = f"{role.role} of {sub_place}"
        parent = actor
        if title != role.role:  # a sub-national office: the person (or the place) with the country
            letters = role.code
            code, parent = ocode[:3] + letters, aff
            person = text[name[0]:name[1]] if name != (0, 0) else ""
            place = sub_place or (mentions[owner].actor if owner is not None else "")
            actor, otype = (person, "person") if person else (place, "place")
        elif agency and owner is not None:
            code, letters = ocode, ""
        elif otype == "state":
            letters = role.code or ("GOV" if okind == "institution" else "")
            code = ocode[:3] + letters if len(ocode) >= 3 else ocode
        else:
            code, letters = ocode, role.code
        if owner is not None and absorb:
            drop.add(owner)
        drop.update(places)  # "(R-Texas)": a place inside the role's mention is no place of its own
        si = spans[bisect.bisect_right(spans, start, key=_START) - 1][3]
        para = sents[si][2] if sents else 0
        new.append(make(start=start, end=end, text=text[start:end], actor=actor, type=otype,
                        code=code, affiliation=aff, kind="role", sentence=si, paragraph=para,
                        role=paras[para][2] if paras else "body", agency=agency, parent=parent,
                        level="person", office=sector(letters) if letters else "",
                        title=title, person=text[name[0]:name[1]] if name != (0, 0) else ""))
    if not new and not titled:
        return tuple(found)
    out = [m._replace(title=titled[i]) if i in titled else m
           for i, m in enumerate(mentions) if i not in drop]
    out += new
    out.sort(key=lambda m: m.start)
    return tuple(out)


#: the agent letters of the roles a state's name or demonym may own ("Chinese President"), not
#: "a Chinese professor", "a British businessman"
_STATE_SECTORS = ("", "GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "OPP")


def _staff_field_start(a: int, same: Callable[[int, int], bool], low: Callable[[int], str],
                       lex: _Lexicon) -> int:
    """The first token of a staff role whose head at token ``a`` (modifiers included) follows one
    or two field words (``staff_field`` of role_words.csv) and their modifiers: "senior
    communications adviser", "deputy digital press director" are the base role.

    Example (made up): "Jane Roe, a senior communications adviser to the Republican National
    Committee" speaks for the Republican Party, as "an adviser to" does.
    """
    j = a
    while a - j < 2 and same(j - 1, a) and low(j - 1) in lex.words["staff_field"]:
        j -= 1
    if j == a:
        return a
    while same(j - 1, j) and low(j - 1) in lex.modifiers:
        j -= 1
    return j


def _state_role_only(role: Role) -> bool:
    """Whether a role is a state's office only (a senator, a minister): no company or NGO has one."""
    return role.code[:3] in ("GOV", "MIL", "LEG", "JUD", "COP", "SPY")


is_state_role_only = _state_role_only


def _state_role(role: Role) -> bool:
    return role.code[:3] in _STATE_SECTORS


def _modifies(word: str, verbs: frozenset[str]) -> bool:
    """Whether a lower-case word after a weak role noun makes it an adjective ("general
    election"): a word that is no function word and no verb form ("said", "says")."""
    return word.isalpha() and word.islower() and word not in stopwords() and \
        not word.endswith(("ed", "s")) and word not in verbs


def _last_owner(mentions: Sequence[Any], before: int, word: str, letters: str, drop: set[int]
                ) -> int | None:
    """The last mention before ``before`` that "the party" / "the company" / "the government"
    refers to: one whose code holds ``letters`` (or whose actor or agency holds the word), or
    with no letters the last state."""
    sector_first = letters in _ORG_SECTORS
    found, actors = None, set()
    for i in range(bisect.bisect_left([m.start for m in mentions], before) - 1, -1, -1):
        m = mentions[i]
        if m.type not in _OWNER_TYPES or i in drop:
            continue
        if sector_first:  # "the company's": a company's code starts with BUS (BUSTOY); one only
            if owner_sector(m) == letters:
                found = i if found is None else found
                actors.add(m.actor)
        elif letters:
            if letters in m.code[3:] or word in m.actor.lower() or word in m.agency.lower():
                return i
        elif m.type == "state":
            return i
    return found if len(actors) == 1 else None


#: the sectors of organisations whose codes begin with them (``actors.csv``: BUSTOY, EDUHAR): "the
#: company's" / "the university's" / "the group's" owner is the one such organisation named before,
#: if only one
_ORG_SECTORS = frozenset({"BUS", "EDU", "NGO"})
ORG_OWNER_SECTORS = _ORG_SECTORS


def owner_words() -> dict[str, str]:
    """The owner words of ``roles.csv`` ("company" -> "BUS", "party" -> "PTY")."""
    return dict(_lexicon().owners)


def owner_sector(m: Any) -> str:
    """The sector a mention may be "the company's" (BUS), "the university's" (EDU) or "the
    group's" (NGO: an NGO or an armed group, never a party) owner by; '' for none."""
    if m.type == "organisation" and m.code[:3] in _ORG_SECTORS:
        return m.code[:3]
    if m.type == "group" and "PTY" not in m.code:
        return "NGO"
    return ""
