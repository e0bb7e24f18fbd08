"""Speaker noun phrases: the light grammar the rules read over token records (noun phrases
left and right of a cue, heads, the subject that opens a sentence, passives, cue forms used as
nouns).

Example:
    >>> from geolib.quotes.phrases import np_right
    >>> from geolib.quotes.words import word_sets
    >>> toks = [(0, 3, "Sen", "w", "sen", True, -1), (4, 7, "Ann", "w", "ann", True, -1),
    ...         (8, 11, "Lee", "w", "lee", True, -1), (12, 16, "said", "w", "said", False, -1)]
    >>> np_right(word_sets(None), toks, 0, 4)
    (0, 2)
"""

from __future__ import annotations

from .cues import cue_at
from .places import is_town_or_region
from .tokens import CAP, KIND, LOW, TEXT, Tok, place_title, where
from .words import Words


def is_poss(t: Tok) -> bool:
    return t[KIND] == "w" and t[LOW] in ("’s", "'s", "’", "'")


def _is_clitic(low: str) -> bool:
    """A clitic that geolib.text splits off its word ("they’re" -> "they" "’re"): an auxiliary
    (’re ’ll ’ve ’d ’m ’s), skipped like the word it stands for."""
    return low[:1] in "'’" and low[1:].isalpha()


def skippable(wl: Words, toks: list[Tok], j: int) -> bool:
    t = toks[j]
    if t[KIND] != "w":
        return False
    low = t[LOW]
    if low in wl.weekdays or low in wl.months:
        return True
    if (low in wl.skip or _is_clitic(low)) and not (low == "he"):
        if low in ("’s", "'s"):
            # contraction (He’s claiming) only when followed by an -ing / -ed word
            return j + 1 < len(toks) and toks[j + 1][LOW].endswith(("ing", "ed"))
        return True
    if t[TEXT] == low and low.endswith("ly") and len(low) > 4 and low not in wl.heads \
            and low not in wl.ly_nouns and not (j > 0 and (toks[j - 1][LOW] in wl.dets or is_poss(toks[j - 1]))):
        return True
    if low.isdigit():
        return True
    return False


def head_kind(wl: Words, t: Tok) -> str | None:
    if t[KIND] != "w":
        return None
    if t[LOW] in wl.pronouns and t[TEXT] in wl.pronoun_forms:
        return "pronoun"
    if t[CAP] and t[LOW] not in wl.cap_stop:
        return "name"
    k = wl.heads.get(t[LOW])
    if k is None and t[LOW].startswith(("then-", "ex-")):
        k = wl.heads.get(t[LOW].split("-", 1)[1])  # "the then-manager", "an ex-minister"
    return k


def _described(wl: Words, toks: list[Tok], np: tuple[int, int]) -> bool:
    """The noun phrase is a lowercase speaker noun with a prepositional phrase after it ('the
    director of the Mint', 'the then-manager of X and Director of Y')."""
    x = next((x for x in range(np[0] + 1, np[1]) if toks[x][LOW] in wl.np_preps), None)
    return x is not None and _lower_head(wl, toks[x - 1])


def _lower_head(wl: Words, t: Tok) -> bool:
    """A lowercase speaker noun ('head', 'spokesman', 'then-manager') that a prepositional phrase
    can follow ('the head of the agency')."""
    return t[TEXT] == t[LOW] and (t[LOW] in wl.heads
                                  or t[LOW].startswith(("then-", "ex-")) and t[LOW].split("-", 1)[1] in wl.heads)


def np_left(wl: Words, toks: list[Tok], j: int, lo: int, *, skip: bool = True) -> tuple[int, int] | None:
    """Noun phrase ending at or before token j (scanning leftwards, not below lo): (a, b) inclusive."""
    if skip:
        while j >= lo and skippable(wl, toks, j):
            j -= 1
        # "on Thursday" / "late Thursday": the preposition before a skipped time word
        while j >= lo and toks[j][LOW] in ("on", "late", "early", "last", "this", "in") and toks[j][KIND] == "w" \
                and j + 1 < len(toks) and (toks[j + 1][LOW] in wl.weekdays or toks[j + 1][LOW] in wl.skip
                                           or toks[j + 1][LOW] in wl.months or toks[j + 1][TEXT].isdigit()):
            j -= 1
        while j >= lo and skippable(wl, toks, j):
            j -= 1
    if j < lo:
        return None
    t = toks[j]
    if t[KIND] == "w" and t[LOW] in wl.pronouns \
            and (t[TEXT] == t[LOW] or t[TEXT] == t[LOW].capitalize() or t[TEXT] == "I"):
        return (j, j)
    if t[KIND] == "w" and t[LOW] in ("who", "which") and j - 1 >= lo and toks[j - 1][TEXT] == ",":
        n = j - 2
        if t[LOW] == "who" and n - 2 >= lo and toks[n][TEXT].isdigit() and len(toks[n][TEXT]) <= 3 \
                and toks[n - 1][TEXT] == ",":
            n -= 2  # "Tom Reyes, 24, who": the person before the age
        near = np_left(wl, toks, n, lo, skip=False)
        if t[LOW] == "who" and near is not None and any(toks[x][LOW] in wl.preps for x in range(max(lo, near[0] - 1), near[1])):
            # "Jane Roe, a biologist at MIT, who said": the person before the description, not MIT
            appos = np_left(wl, toks, j - 1, lo, skip=False)
            if appos is not None and appos[1] + 2 < j - 1 and toks[appos[1] + 1][TEXT] == "," \
                    and toks[appos[1] + 2][TEXT] == toks[appos[1] + 2][LOW] \
                    and head_kind(wl, toks[appos[1]]) in ("name", "person"):
                a = appos[0]
                while a < appos[1] and (toks[a][LOW] in wl.pronouns or toks[a][TEXT] == toks[a][LOW]
                                        and toks[a][LOW] not in wl.dets and toks[a][LOW] not in wl.heads):
                    a += 1  # "He met Jane Roe, a ..., who": the name, not the clause before it
                return (a, appos[1])
        return near
    if t[KIND] == "w" and t[LOW] == "who" and j - 1 >= lo and toks[j - 1][KIND] == "w" and toks[j - 1][CAP] \
            and head_kind(wl, toks[j - 1]) == "name" and j - 2 >= lo and toks[j - 2][CAP] \
            and toks[j - 2][LOW] in wl.first_names:
        # "drafted by Jane Roe who said": a relative clause after a person's full name, no comma
        return np_left(wl, toks, j - 1, lo, skip=False)
    if t[KIND] == "p" and t[TEXT] in DASHES:
        # dash apposition: "Ann Lee -- the head of the agency, which ... -- told reporters"
        j2 = j - 1 if j - 1 >= lo and toks[j - 1][TEXT] == t[TEXT] == "-" else j
        for k in range(j2 - 1, max(lo - 1, j2 - 60), -1):
            tk = toks[k]
            if tk[KIND] == "q" or tk[KIND] == "p" and tk[TEXT] in ".;:!?":
                return None
            if tk[KIND] == "p" and tk[TEXT] == t[TEXT]:
                k0 = k - 1 if k - 1 >= lo and toks[k - 1][TEXT] == tk[TEXT] == "-" else k
                if k0 - 1 < lo or (j2 - k) < 2:
                    return None
                np = np_core(wl, toks, k0 - 1, lo)
                if np is not None and head_kind(wl, toks[np[1]]) in ("name", "person", "group", "organisation"):
                    return np
                return None
        return None
    if t[KIND] == "p" and t[TEXT] == "," and j - 2 >= lo and toks[j - 2][TEXT] == "," \
            and skippable(wl, toks, j - 1):
        return np_left(wl, toks, j - 3, lo)  # "Proponents of the bill, however, say"
    if t[KIND] == "p" and t[TEXT] == "," or _title_comma(toks, j, lo):
        # apposition: "Smith, a spokesman for X, said"
        inner_end = j
        place = None  # "Ann Lee, 30, of Raleigh, N.C., who was polled, said": the place, if no one before it
        for k in range(j - 1, max(lo - 1, j - 40), -1):
            tk = toks[k]
            if tk[KIND] == "q" or (tk[KIND] == "p" and tk[TEXT] in ".;:!?"):
                return place
            if tk[KIND] == "p" and tk[TEXT] == ",":
                np = np_core(wl, toks, k - 1, lo)
                if np is None:
                    if k - 1 >= lo and toks[k - 1][KIND] == "w" and toks[k - 1][TEXT] == toks[k - 1][LOW]:
                        continue  # a list inside the apposition: "secretary for population, refugees, and migration"
                    return place
                f = k + 1
                if f < inner_end and toks[f][LOW] in wl.finite_verbs and toks[f][TEXT] == toks[f][LOW]:
                    continue  # "Lee, whose hometown, Miami, is projected to ..., argues": Miami's verb, read on
                inner = toks[k + 1:inner_end]
                if inner and inner[0][LOW] in ("who", "whose") and toks[np[1]][CAP] and _place_after(wl, toks, np, lo):
                    place, inner_end = place or np, k
                    continue
                capitalised = 0 < len(inner) <= 4 and all(t[CAP] and t[LOW] not in wl.cap_stop for t in inner)
                r = np[1]
                while r - 1 >= np[0] and toks[r - 1][CAP]:
                    r -= 1  # the capitalised run the noun phrase ends with ("a farmer in Springfield")
                if capitalised and toks[np[1]][CAP] and (np[0] - 1 >= lo and toks[np[0] - 1][LOW] in wl.place_preps
                                                         or r > np[0] and toks[r - 1][LOW] in wl.place_preps
                                                         and toks[r - 1][LOW] != "of"):
                    inner_end = k  # "a salesman from Sumter, South Carolina, says": a place, read on
                    continue
                if inner and inner[0][LOW] in ("a", "an", "the", "one") and inner[0][TEXT] == inner[0][LOW] \
                        and np[0] - 1 >= lo and toks[np[0] - 1][LOW] in wl.preps and toks[np[0] - 1][TEXT] == toks[np[0] - 1][LOW] \
                        and (_relative_object(toks, np[0], max(lo, k - 40))
                             or _person_comma_before(wl, toks, np[0], max(lo, k - 40))):
                    # "X, a pollster who works with Y, a pro-Roe group, said", "X, editor of The Post, a
                    # daily, wrote": Y and The Post are objects inside X's apposition, read on
                    inner_end = k
                    continue
                owner = _whose_owner(wl, toks, np, lo)
                if owner is not None:
                    return owner
                if capitalised and not toks[np[1]][CAP] and inner[0][TEXT] == "The" \
                        and _person_comma_before(wl, toks, np[0], max(lo, k - 40)):
                    inner_end = k  # "Ann Lee, the editor of the paper, The Daily Star, said": no person's name, read on
                    continue
                if capitalised and not toks[np[1]][CAP]:
                    return (np[0], j - 1)  # "a spokesman for the ministry, Li Wei, said": the name
                if capitalised and len(inner) >= 2 and inner[0][LOW] in wl.first_names and _described(wl, toks, np):
                    return (np[0], j - 1)  # "the director of the Mint, David Clay, said": the name too
                return np
        return place
    np = np_core(wl, toks, j, lo)
    return _person_of_place(wl, toks, np, lo) if np is not None else None


def _title_comma(toks: list[Tok], j: int, lo: int) -> bool:
    """Token j is a short quoted title after 'of' / 'on' whose closing comma ends an apposition:
    'As Ann Lee, author of “The Long Road,” put it' (at the quote).

    Example:
        >>> from geolib.quotes import quotes
        >>> quotes('As Ann Lee, author of “The Long Road,” put it, “Nobody wins.”')["speaker"].tolist()[-1]
        'Ann Lee'
    """
    t = toks[j]
    if t[KIND] != "q" or j - 1 < lo or toks[j - 1][TEXT] not in ("of", "on"):
        return False
    inner = t[TEXT][1:-1].strip("'‘’")
    return inner.endswith(",") and inner[:1].isupper() and len(inner.split()) <= 8


def _person_of_place(wl: Words, toks: list[Tok], np: tuple[int, int], lo: int) -> tuple[int, int]:
    """'Ann Lee of Springfield, Illinois said': a capitalised place after a comma that ends a
    person's 'of'/'from'/'at' phrase belongs to that phrase; the person is the noun phrase, not the
    place. Any other noun phrase is returned as it is.

    Example:
        >>> from geolib.quotes import quotes
        >>> quotes('Ann Lee of Springfield, Illinois said it was “fine.”')["speaker"].tolist()
        ['Ann Lee']
    """
    c = np[0] - 1
    if c - 1 < lo or toks[c][TEXT] != "," or np[1] - np[0] > 2 \
            or not all(toks[x][CAP] for x in range(np[0], np[1] + 1)):
        return np
    owner = np_core(wl, toks, c - 1, lo)
    if owner is None or owner[1] - owner[0] < 3 or not toks[owner[0] + 1][CAP]:
        return np
    prep = next((x for x in range(owner[0] + 2, owner[1]) if toks[x][LOW] in ("of", "from", "at")), None)
    if prep is None or not all(toks[x][CAP] and toks[x][LOW] not in wl.heads and toks[x][LOW] not in wl.org_words
                               for x in range(owner[0], prep)):
        return np
    # a known first name, or a run of capitalised words opening the clause ('Jo Anne Val Tilburg of')
    if toks[owner[0]][LOW] not in wl.first_names and not (owner[0] == lo or toks[owner[0] - 1][KIND] != "w"):
        return np
    return (owner[0], prep - 1)


def _whose_owner(wl: Words, toks: list[Tok], np: tuple[int, int], lo: int) -> tuple[int, int] | None:
    """The person a 'whose' clause hangs on when ``np`` is an apposition inside that clause: 'Ann
    Lee, whose company, Datafirm, sells maps, said' -> 'Ann Lee' for 'Datafirm'; None otherwise.

    Example:
        >>> from geolib.quotes import quotes
        >>> quotes('Ann Lee, whose firm, Datafirm, sells maps, said it was “a start.”')["speaker"].tolist()
        ['Ann Lee']
    """
    c = np[0] - 1
    if c - 1 < lo or toks[c][TEXT] != ",":
        return None
    for x in range(c - 1, max(lo, c - 8) - 1, -1):
        tx = toks[x]
        if tx[KIND] != "w":
            return None
        if tx[LOW] == "whose":
            if x - 2 < lo or toks[x - 1][TEXT] != ",":
                return None
            owner = np_core(wl, toks, x - 2, lo)
            if owner is not None and head_kind(wl, toks[owner[1]]) in ("name", "person"):
                return owner
            return None
    return None


def _person_comma_before(wl: Words, toks: list[Tok], a: int, lo: int) -> bool:
    """The nearest comma before token a (within the clause) follows a person's name or noun: the
    words from there to a are that person's apposition ('Ann Lee, editor of ...')."""
    for x in range(a - 1, lo, -1):
        if toks[x][KIND] == "q" or toks[x][KIND] == "p" and toks[x][TEXT] in ".;:!?":
            return False
        if toks[x][TEXT] == ",":
            np = np_core(wl, toks, x - 1, lo)
            return np is not None and head_kind(wl, toks[np[1]]) in ("name", "person")
    return False


def _relative_object(toks: list[Tok], a: int, lo: int) -> bool:
    """A relative word ('who', 'which', 'that') stands between the last comma before token a and a:
    the noun phrase at a is the object of a relative clause ('X, a pollster who works with Y')."""
    for x in range(a - 1, lo - 1, -1):
        if toks[x][KIND] == "p" and toks[x][TEXT] == ",":
            return False
        if toks[x][LOW] in ("who", "which", "that"):
            return any(toks[y][KIND] == "p" and toks[y][TEXT] == "," for y in range(lo, x))
    return False


def _place_after(wl: Words, toks: list[Tok], np: tuple[int, int], lo: int) -> bool:
    """``np`` is a place after a place preposition: "of Raleigh" or "of Raleigh, N.C." (so a 'who'
    after it means the person before it)."""
    p = np[0] - 1
    if p >= lo and toks[p][LOW] in wl.place_preps:
        return True
    return p - 2 >= lo and toks[p][TEXT] == "," and toks[p - 1][CAP] and toks[p - 2][LOW] in wl.place_preps


DASHES = {"—", "–", "-", "―", "--"}


def relative_head(wl: Words, toks: list[Tok], np: tuple[int, int], lo: int) -> tuple[int, int]:
    """The noun a relative clause hangs on when ``np`` is the object of that clause's verb:
    'Senior advisers who have run the numbers argue' -> 'Senior advisers', not 'the numbers'.
    Any other noun phrase is returned as it is.

    Example:
        >>> from geolib.quotes.words import word_sets
        >>> t = [(0, 3, "Aides", "w", "aides", True, -1), (4, 7, "who", "w", "who", False, -1),
        ...      (8, 11, "ran", "w", "ran", False, -1), (12, 15, "the", "w", "the", False, -1),
        ...      (16, 20, "polls", "w", "polls", False, -1)]
        >>> relative_head(word_sets(None), t, (3, 4), 0)
        (0, 0)
    """
    k = np[0] - 1
    if k < lo or toks[k][KIND] != "w" or toks[k][TEXT] != toks[k][LOW]:
        return np
    low = toks[k][LOW]
    if low in wl.dets or low in wl.preps or low in wl.boundary or low in ("who", "that", "which") or is_poss(toks[k]):
        return np
    for w in range(k - 1, max(lo - 1, k - 5), -1):
        t = toks[w]
        if t[KIND] != "w":
            return np
        if t[LOW] in ("who", "that", "which"):
            # "Ann Lee, who is chairman of the Roe Group said": the name before the comma
            head = np_core(wl, toks, w - 2 if t[LOW] == "who" and w - 1 >= lo and toks[w - 1][TEXT] == "," else w - 1, lo)
            if head is not None and head_kind(wl, toks[head[1]]) in ("name", "person", "group", "organisation"):
                return head
            return np
    return np


def np_core(wl: Words, toks: list[Tok], j: int, lo: int) -> tuple[int, int] | None:
    if j < lo:
        return None
    b = j
    t = toks[j]
    if t[KIND] == "p" and t[TEXT] == ")":
        # "Sen. Bernie Sanders (Vt.)": step over the parenthesis
        k = j - 1
        while k >= lo and toks[k][TEXT] != "(":
            k -= 1
        if k < lo or j - k > 8:
            return None
        j = k - 1
        if j < lo:
            return None
        t = toks[j]
    elif t[TEXT].isdigit() and j - 1 >= lo and toks[j - 1][LOW] in ("no.", "nos.") and toks[j - 1][CAP]:
        j -= 1  # "Republic Act No. 3846": the name's head is 'No.', its number ends it
        t = toks[j]
    kind = head_kind(wl, t)
    if kind is None and t[LOW] in wl.lone_dets and j + 1 < len(toks) and toks[j + 1][KIND] == "w" \
            and _lone_speaker(wl, toks, j + 1):
        return (j, j)  # "yet another said": the determiner alone
    generic = kind is None and _generic_head(wl, toks, j, lo)
    if generic:
        kind = "person"
    if kind is None or kind == "pronoun":
        return None
    heads = wl.heads
    a = j
    lower_mods = 0
    k = j - 1
    while k >= lo:
        tk = toks[k]
        if tk[KIND] != "w":
            if tk[TEXT] in ("&", "-", "–") and k - 1 >= lo and toks[k - 1][CAP]:
                k -= 1
                continue
            break
        low = tk[LOW]
        if is_poss(tk):
            if k - 1 >= lo and toks[k - 1][KIND] == "w" and (toks[k - 1][CAP] or toks[k - 1][LOW] in heads):
                a = k
                k -= 1
                continue
            break
        if low in wl.dets:
            a = k
            # "the head of the committee": go on through a preposition after a speaker noun
            if k - 2 >= lo and toks[k - 1][KIND] == "w" and toks[k - 1][LOW] in wl.np_preps and (
                    _lower_head(wl, toks[k - 2])
                    or toks[k - 2][CAP] and toks[k - 2][LOW] not in wl.cap_stop):
                a = k - 2
                k -= 3
                continue
            break
        if tk[CAP] and low not in wl.cap_stop or _date_numeral(wl, toks, k, lo):
            a = k  # also the number of a date before the head: "the nominee for the Nov. 8 election"
            k -= 1
            continue
        if low == "and" and k - 1 >= lo and toks[k - 1][CAP] and toks[k - 1][LOW] not in wl.cap_stop and toks[a][CAP]:
            a = k
            k -= 1
            continue
        if low in wl.np_preps and k - 1 >= lo and toks[k - 1][KIND] == "w" and (
                _lower_head(wl, toks[k - 1])
                or toks[k - 1][CAP] and low in ("of", "for") and toks[k - 1][LOW] not in wl.cap_stop
                or toks[k - 1][CAP] and low == "on" and toks[k - 1][LOW] in wl.org_words  # Commission on X
                or toks[k - 1][CAP] and low == "in" and wl.heads.get(toks[k - 1][LOW]) in ("organisation", "group")
                # "The Green Party in Utopia", "Democrats in Congress": the party, not the place
                or low == "to" and toks[k - 1][LOW] in wl.to_nouns and toks[a][CAP]):  # Ambassador to Germany X
            a = k - 1  # "the head of the agency", "the Center for Nonproliferation Studies"
            k -= 2
            continue
        if low in heads and tk[TEXT] == low:
            a = k
            k -= 1
            continue
        hyphened = generic and "-" in low and low.replace("-", "").isalpha()  # "the pro-Beijing camp"
        if (tk[TEXT] == low or hyphened) and low not in wl.boundary and low not in wl.skip and low not in wl.np_preps \
                and cue_at(wl, toks, k) is None and lower_mods < 3 \
                and (k - 1 < lo or toks[k - 1][LOW] in wl.dets or is_poss(toks[k - 1]) or toks[k - 1][CAP]
                     or toks[k - 1][KIND] == "q" or toks[k - 1][TEXT] == ","
                     or _modifier_run(wl, toks, k - 1, lo, 2 - lower_mods)) \
                and (toks[a][LOW] in heads or toks[a][CAP] or lower_mods > 0 or hyphened):
            # an adjective between a determiner and the head: "the former spokesman"
            lower_mods += 1
            a = k
            k -= 1
            continue
        break
    # trim leading prepositions / conjunctions
    while a < b and (toks[a][LOW] in wl.np_preps or toks[a][LOW] == "and"):
        a += 1
    if toks[a][LOW] in wl.cap_stop and toks[a][LOW] not in wl.dets and a < b:
        a += 1
    if toks[b][LOW] in ("no.", "nos.") and toks[b][CAP] and b + 1 < len(toks) and toks[b + 1][TEXT].isdigit():
        b += 1  # "Republic Act No. 3846" from its 'No.': the number ends the name
    return (a, b)


def _modifier_run(wl: Words, toks: list[Tok], k: int, lo: int, n: int) -> bool:
    """Tokens k, k-1 ... (at most n of them) are lowercase modifiers that follow a determiner, a
    possessive or a capitalised word: "the RNC’s powerful rules committee" (at "powerful")."""
    while n > 0 and k >= lo:
        t = toks[k]
        low = t[LOW]
        if t[KIND] != "w" or t[TEXT] != low or not low.replace("-", "").isalpha() or low in wl.boundary \
                or low in wl.skip or low in wl.np_preps or low in wl.preps or low in wl.pronouns \
                or low in wl.finite_verbs or cue_at(wl, toks, k) is not None:
            return False
        n -= 1
        k -= 1
        if k >= lo and (toks[k][LOW] in wl.dets or is_poss(toks[k]) or toks[k][CAP]):
            return True
    return False


def _date_numeral(wl: Words, toks: list[Tok], k: int, lo: int) -> bool:
    """Token k is the number of a date or a year that modifies the noun after it, after a month or
    a determiner: "the Nov. 8 election" (at "8"), "the 2016 race" (at "2016")."""
    if k - 1 < lo or k + 1 >= len(toks):
        return False
    t, nxt = toks[k], toks[k + 1]
    return t[TEXT].isdigit() and len(t[TEXT]) <= 4 and nxt[KIND] == "w" and nxt[TEXT] == nxt[LOW] \
        and (toks[k - 1][LOW] in wl.months or toks[k - 1][LOW] in wl.dets and toks[k - 1][TEXT] == toks[k - 1][LOW])


def _generic_head(wl: Words, toks: list[Tok], j: int, lo: int) -> bool:
    """A lowercase noun right after a determiner can head a speaker description ("the clip")."""
    t = toks[j]
    low = t[LOW]
    if t[KIND] != "w" or t[TEXT] != low or not low.isalpha() or len(low) < 3 or low in wl.boundary \
            or low in wl.preps or low in wl.skip or low in wl.dets or low in wl.pronouns \
            or cue_at(wl, toks, j) is not None:
        return False
    if j - 1 >= lo and (toks[j - 1][LOW] in wl.dets or is_poss(toks[j - 1])):
        return True
    if _date_numeral(wl, toks, j - 1, lo):
        d = j - 3 if toks[j - 2][LOW] in wl.months else j - 2  # "the Nov. 8 election", "the 2016 race"
        return d >= lo and toks[d][LOW] in wl.dets and toks[d][TEXT] == toks[d][LOW]
    if j - 2 >= lo and toks[j - 2][LOW] in wl.dets and toks[j - 2][TEXT] == toks[j - 2][LOW] \
            and toks[j - 1][KIND] == "w" and (toks[j - 1][CAP] and toks[j - 1][LOW] not in wl.cap_stop
                                              or "-" in toks[j - 1][LOW] and toks[j - 1][LOW].replace("-", "").isalpha()) \
            and j - 3 >= lo and toks[j - 3][LOW] in wl.np_preps:
        return True  # "Ann Lee of the Hajo assembly / from the pro-Beijing camp said": after 'of the'
    return j - 2 >= lo and toks[j - 2][LOW] in wl.dets and toks[j - 1][TEXT] == toks[j - 1][LOW] \
        and toks[j - 1][LOW].isalpha() and toks[j - 1][LOW] not in wl.boundary and toks[j - 1][LOW] not in wl.preps


def np_right(wl: Words, toks: list[Tok], j: int, hi: int) -> tuple[int, int] | None:
    """Noun phrase starting at token j (scanning rightwards, below hi)."""
    if j >= hi:
        return None
    t = toks[j]
    if t[KIND] != "w":
        return None
    if t[LOW] in wl.pronouns and t[TEXT] in (t[LOW], t[LOW].capitalize(), "I"):
        return (j, j)
    heads = wl.heads
    a = j
    k = j
    b = None
    while k < hi:
        tk = toks[k]
        low = tk[LOW]
        if tk[KIND] == "p" and tk[TEXT] in ("(",):
            m = k
            while m < hi and toks[m][TEXT] != ")":
                m += 1
            if m < hi and m - k <= 8 and b is not None:
                b = m
                k = m + 1
                continue
            break
        if tk[TEXT].isdigit() and b is not None and b == k - 1 and toks[b][LOW] in ("no.", "nos.") and toks[b][CAP]:
            b = k  # "Republic Act No. 3846": the number ends the name
            k += 1
            continue
        if tk[KIND] != "w":
            if tk[TEXT] in ("&",) and b is not None or b is not None and place_title(toks, k + 1):
                k += 1  # "AT&T", "Tex. Gov. Jane Roe"
                continue
            break
        if low in wl.dets and b is None:
            k += 1
            continue
        if is_poss(tk) and b is not None:
            k += 1
            continue
        if tk[CAP] and low not in wl.cap_stop:
            b = k
            k += 1
            continue
        if low in heads and tk[TEXT] == low:
            b = k
            k += 1
            continue
        if (low in ("of", "for", "at", "in") or low == "to" and toks[k - 1][LOW] in wl.to_nouns) \
                and b is not None and k + 1 < hi and (
                toks[k + 1][CAP] or toks[k + 1][LOW] in wl.dets):
            # "a spokesman for the ministry", "director of debate at the University"
            m = k + 1
            while m < hi and toks[m][LOW] in wl.dets:
                m += 1
            if m < hi and (toks[m][CAP] or toks[m][LOW] in heads) and toks[m][LOW] not in wl.cap_stop:
                k = m
                continue
            break
        if low == "and" and b is not None and k + 1 < hi and toks[k + 1][CAP] and toks[b][CAP]:
            k += 1
            continue
        if tk[TEXT] == low and b is None and low not in wl.boundary and low not in wl.preps \
                and cue_at(wl, toks, k) is None and k - j < 4 \
                and (not low.endswith("ed") or _before_head(wl, toks, k + 1, hi)):
            k += 1  # an adjective before the head ("retired neurosurgeon Ben Carson")
            continue
        if b is not None and _modifies_head(wl, toks, k, hi):
            k += 1  # "Democratic presidential candidate", "Nuclear proliferation experts"
            continue
        if b is not None and (toks[b][CAP] or toks[b][LOW] in heads) and _describes_name(wl, toks, k, hi):
            k += 1  # "Republican political consultant Jane Roe", "Clinton ally Jane Roe": the name
            continue
        break
    if b is None:
        return None
    h = b - 1 if toks[b][TEXT].isdigit() and b > a else b  # "No. 3846": the kind of 'No.'
    if head_kind(wl, toks[h]) is None and toks[h][TEXT] != ")":
        return None
    return (a, b)


def phrase_np(wl: Words, toks: list[Tok], j: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase after a phrase cue ('according to'), from token j: :func:`np_right`, read on
    to the comma, quote or full stop that ends the phrase when only words of a description stand
    between (at most six: 'according to court records', 'according to agreed facts heard in
    court'); no pronoun, possessive ('according to their preference'), clause word or conjunction
    among them.

    Example:
        >>> from geolib.quotes import quotes
        >>> quotes('The claims were, according to court records, “without basis”.')["speaker_mention"].tolist()
        ['court records']
    """
    np = np_right(wl, toks, j, hi)
    end = next((k for k in range(j, min(hi, j + 7)) if toks[k][KIND] != "w"), None)
    if end is None or end - j < 2 or toks[end][KIND] != "q" and toks[end][TEXT] not in (",", ".", ";"):
        return np
    if np is not None and np[1] + 1 >= end:
        return np
    words = toks[j:end]
    if any(t[LOW] in wl.pronouns or t[LOW] in wl.possessive or t[LOW] in wl.boundary
           or t[LOW] in ("and", "or", "but") or is_poss(t) for t in words):
        return np
    last = toks[end - 1]
    if last[TEXT] != last[LOW] or last[LOW] in wl.preps or last[LOW] in wl.dets or last[LOW] in wl.skip \
            or not last[LOW].isalpha():
        return np
    return (j, end - 1)


def _before_head(wl: Words, toks: list[Tok], k: int, hi: int) -> bool:
    """Token k is a name or a speaker noun, or a plain word right before one: an -ed word before
    it is an adjective of a speaker ("retired neurosurgeon Ben Carson", "one unaligned Florida
    Republican strategist"), not a verb."""
    for m in (k, k + 1):
        if m >= hi or toks[m][KIND] != "w":
            return False
        t = toks[m]
        if t[CAP] and t[LOW] not in wl.cap_stop or t[TEXT] == t[LOW] and t[LOW] in wl.heads:
            return True
        if t[TEXT] != t[LOW] or not t[LOW].isalpha() or t[LOW] in wl.boundary or t[LOW] in wl.preps \
                or t[LOW] in wl.dets or t[LOW].endswith("ed"):
            return False
    return False


def _modifies_head(wl: Words, toks: list[Tok], k: int, hi: int) -> bool:
    """Token k, a lowercase word after a name or a speaker noun, modifies a speaker noun one or
    two words on ("Democratic presidential candidate", "Nuclear proliferation experts"): it is no
    verb (-ed, -s, a ``finite_verb``, a cue), preposition, conjunction or determiner."""
    for m in (k, k + 1):
        if m >= hi:
            return False
        t = toks[m]
        low = t[LOW]
        if t[KIND] != "w" or t[TEXT] != low or not low.isalpha():
            return False
        if m > k and low in wl.heads:
            return True
        if low in wl.heads or low in wl.boundary or low in wl.preps or low in wl.dets or low in wl.skip \
                or low in wl.pronouns or low in wl.finite_verbs or low.endswith(("ed", "s")) \
                or cue_at(wl, toks, m) is not None:
            return False
    return k + 2 < hi and toks[k + 2][TEXT] == toks[k + 2][LOW] and toks[k + 2][LOW] in wl.heads


def _describes_name(wl: Words, toks: list[Tok], k: int, hi: int) -> bool:
    """Token k, a lowercase word after a capitalised one, is part of a description that stands
    before a person's name ("Cruz constituent Jane Roe", "Idaho software executive Jane Roe",
    "Oversight ranking Democrat Jane Roe"): one to four lowercase words (no verb, preposition,
    conjunction, determiner or pronoun), then a run of at least two capitalised words that ends
    the noun phrase (the end, a punctuation mark or a lowercase word other than a preposition:
    not "study co-author Jane Roe of the Institute for ...", whose speaker string would run on)."""
    m = k
    while m < hi and m - k < 4:
        t = toks[m]
        low = t[LOW]
        if t[KIND] != "w" or t[CAP]:
            break
        if t[TEXT] != low or not low.replace("-", "").isalnum() or low in wl.boundary or low in wl.preps \
                or low in wl.dets or low in wl.skip or low in wl.pronouns or low in wl.finite_verbs \
                or low.endswith("ed") or low.endswith("s") and not low.endswith("ss") and low not in wl.heads or cue_at(wl, toks, m) is not None:
            return False
        m += 1
    if m == k or m >= hi or not toks[m][CAP] or toks[m][KIND] != "w":
        return False
    n = m
    while n < hi and toks[n][KIND] == "w" and toks[n][CAP] and toks[n][LOW] not in wl.cap_stop:
        n += 1
    return n - m >= 2 and (n >= hi or toks[n][KIND] != "w" or not toks[n][CAP] and toks[n][LOW] not in wl.preps)


def dateline_end(toks: list[Tok], k: int, limit: int) -> int:
    """The token after a dateline that opens a sentence at k ("WASHINGTON —", "DECATUR, Ill. —",
    "WASHINGTON, Dec. 8 (UPI) —", "Washington (AFP) –"), or k when there is none: a place in
    capitals, or any place followed by a news agency in capitals in parentheses, then a dash. The
    place is where the story was filed, never its speaker.

    Example:
        >>> from geolib.quotes import quotes
        >>> quotes('DECATUR, Ill. — Sen. Ann Lee called the act a “fireable offense.”')["speaker"].tolist()
        ['Ann Lee']
    """
    c = k
    while c < limit and c - k < 4 and toks[c][KIND] == "w" and toks[c][CAP]:
        c += 1
    if c == k or c >= limit:
        return k
    caps = all(t[TEXT].isupper() and len(t[TEXT]) > 1 for t in toks[k:c])
    if toks[c][TEXT] == ",":  # the state or the date: "Ill.", "Dec. 8"
        e = c + 1
        while e < limit and e - c <= 5 and (toks[e][CAP] or toks[e][TEXT] in (".", ",") or toks[e][TEXT].isdigit()) \
                and toks[e][TEXT] != "(":
            e += 1
        c = e
    agency = c + 2 < limit and toks[c][TEXT] == "(" and toks[c + 1][TEXT].isupper() and toks[c + 2][TEXT] == ")"
    if agency:
        c += 3
    if c >= limit or toks[c][TEXT] not in DASHES or not (caps or agency):
        return k
    while c < limit and toks[c][TEXT] in DASHES:
        c += 1
    return c


def sentence_subject(wl: Words, toks: list[Tok], s_lo: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase that opens a sentence (after an introductory phrase ending in a comma)."""
    k = s_lo
    while k < limit and toks[k][KIND] == "q":
        k += 1
    # an all-caps kicker before a dash: "CONGRESS STEPS IN — The senator said …"
    c = k
    while c < limit and toks[c][KIND] == "w" and toks[c][TEXT].isupper() and (len(toks[c][TEXT]) > 1 or toks[c][TEXT] in "AI"):
        c += 1
    if c - k >= 2 and c < limit and toks[c][TEXT] in DASHES:
        k = c + 1
        while k < limit and toks[k][TEXT] in DASHES:
            k += 1
    k = dateline_end(toks, k, limit)
    # introductory phrase: "In a statement on Thursday, " / "Late Thursday, "
    opened = False
    # a participle opens a phrase that may run longer: "Asked on Monday whether …, Mrs. Clinton said"
    participle = toks[k][KIND] == "w" and toks[k][LOW].endswith(("ing", "ed")) and toks[k][LOW] not in wl.heads
    # so may a preposition or an adverb in -ly: "Amid calls from some to ..., Lee said", "Shortly after ..., "
    fronted = toks[k][KIND] == "w" and (toks[k][LOW] in wl.preps or toks[k][LOW].endswith("ly")
                                        and toks[k][LOW] not in wl.heads and toks[k][LOW] not in wl.ly_nouns)
    for c in range(k, min(limit, k + (25 if participle or fronted else 10))):
        if toks[c][TEXT] == ",":
            if toks[k][LOW] in wl.cap_stop or toks[k][LOW] in ("late", "early") or skippable(wl, toks, k) \
                    or participle or fronted:
                k = c + 1
                opened = True
            break
    if k >= limit:
        return None
    np = np_right(wl, toks, k, limit)
    if opened and np is not None and np[1] + 2 < limit and toks[np[1] + 1][TEXT] == "," \
            and toks[np[1] + 2][CAP] and toks[k - 2][CAP] and toks[k - 2][KIND] == "w":
        np2 = np_right(wl, toks, np[1] + 2, limit)  # "in Salem, New Hampshire, Trump went": the place's state
        np = np2 if np2 is not None else np
    # the opening phrase goes on after its comma with a place and a time: "At an event in Ames,
    # Iowa, on Sunday, Mrs. Clinton said": a name, a comma, and a preposition or a time word
    steps = 0
    while opened and np is not None and steps < 3 and np[1] + 2 < limit and toks[np[1] + 1][TEXT] == "," \
            and (toks[np[1] + 2][LOW] in wl.preps or skippable(wl, toks, np[1] + 2)):
        c = next((c for c in range(np[1] + 2, min(limit, np[1] + 10)) if toks[c][TEXT] == ","), None)
        if c is None or c + 1 >= limit:
            break
        k, steps = c + 1, steps + 1
        np = np_right(wl, toks, k, limit)
    return np


def is_passive(wl: Words, toks: list[Tok], v: int, lo: int) -> bool:
    """Token v is a participle after a passive auxiliary ('was told', 'were caught': an -ed, -en
    form or an irregular past form of the ``finite_verb`` list)."""
    form = toks[v][LOW]
    participle = form.endswith(("ed", "en", "told", "said")) or form in wl.finite_verbs and form not in wl.skip
    k = v - 1
    while k >= lo and skippable(wl, toks, k):
        if toks[k][LOW] in wl.passive_aux and participle:
            return True
        k -= 1
    return False


# endings of adjectives (racial, recent, biggest, defensive, famous, public): never a cue's subject
_ADJECTIVE_ENDINGS = ("al", "ent", "ant", "est", "ive", "ous", "ic", "ful", "ary", "ible", "able")


_QUANTITY_WORDS = frozenset(("few", "lot", "number", "majority", "minority", "handful", "couple", "dozen",
                             "third", "quarter", "half", "bunch", "host", "score"))


def nounish(wl: Words, toks: list[Tok], v: int, lo: int) -> bool:
    """A cue form used as a noun: "a controversial comment", "his remarks", "the report"."""
    if v - 1 < lo:
        return False
    p = toks[v - 1]
    if p[LOW] in ("’s", "'s") and toks[v][LOW].endswith(("ing", "ed")):
        return False  # contraction: He’s claiming
    if p[LOW] in wl.lone_dets and _lone_speaker(wl, toks, v):
        return False  # "Another said", "yet another tweeted": the determiner speaks
    if p[LOW] in wl.dets or is_poss(p):
        return True
    # a determiner and a town or region before the form: "the Paris attacks", "last week’s Paris attack"
    if v - 2 >= lo and p[CAP] and p[KIND] == "w" and (toks[v - 2][LOW] in wl.dets or is_poss(toks[v - 2])) \
            and is_town_or_region(p[TEXT]):
        return True
    # a determiner and an adjective before a form in -s: "his recent remarks", "the racial remarks"
    if v - 2 >= lo and toks[v][LOW].endswith("s") and (toks[v - 2][LOW] in wl.dets or is_poss(toks[v - 2])) \
            and p[KIND] == "w" \
            and p[TEXT] == p[LOW] and p[LOW] not in wl.heads and p[LOW].endswith(_ADJECTIVE_ENDINGS):
        return True
    # a capitalised compass adjective before a form in -s: "several Middle Eastern disputes",
    # "Western claims" (never the subject of a verb in -s)
    if toks[v][LOW].endswith("s") and p[KIND] == "w" and p[CAP] and p[LOW] in ("eastern", "western", "northern", "southern"):
        return True
    c = cue_at(wl, toks, v)
    if c is None or toks[v][LOW] != c[0].lemma.split()[0] or len(c[0].words) > 1:
        return False
    # 'a' / 'an', one lower-case word, then the base form: "an early tweet", "a brief statement"
    # (never a verb: "a few say" counts people, so quantity words are left out)
    if v - 2 >= lo and toks[v - 2][LOW] in ("a", "an") and p[KIND] == "w" and p[TEXT] == p[LOW] \
            and p[LOW].isalpha() and p[LOW] not in _QUANTITY_WORDS:
        return True
    # a base form after a singular common noun is a noun compound ("a court order", "cost estimate");
    # after a plural, a pronoun or a modal it is a verb ("voters say", "they say", "would say"); after
    # a document noun it is the past tense that looks like the base ("the statement read")
    return p[KIND] == "w" and p[TEXT] == p[LOW] and p[LOW].isalpha() and not p[LOW].endswith("s") \
        and p[LOW] not in wl.document_nouns \
        and p[LOW] not in wl.pronouns and p[LOW] not in wl.skip and p[LOW] not in wl.preps \
        and p[LOW] not in wl.boundary and p[LOW] not in wl.irregular_plurals \
        and p[LOW] not in ("to", "i", "you", "we", "who", "which")


def _lone_speaker(wl: Words, toks: list[Tok], v: int) -> bool:
    """The cue at token v, after a determiner that can stand alone (``lone_determiner``), is a
    verb in the past tense ("Another said", "Some argued") and a quote or a clause follows it
    ("another alleged victim" is a noun phrase; in "Many objected, including Lee -- “…”" the
    quote is Lee's).

    Example:
        >>> from geolib.quotes import quotes
        >>> quotes('Another said it was “a farce.”')["speaker"].tolist()
        ['Another']
    """
    low = toks[v][LOW]
    c = cue_at(wl, toks, v)
    if c is None or len(c[0].words) > 1 or low == c[0].lemma or low.endswith(("s", "ing")):
        return False
    n = v + 1
    if n < len(toks) and toks[n][TEXT] in (",", ":"):
        n += 1
    if n >= len(toks) or toks[n][KIND] == "q":
        return True
    t = toks[n]
    return n == v + 1 and t[KIND] == "w" and (t[CAP] or t[LOW] in wl.pronouns or t[LOW] in wl.dets or t[LOW] == "that")


def doc_nouns(wl: Words, toks: list[Tok], s_lo: int, s_hi: int) -> set[str]:
    """Document nouns the speaker of this clause owns: "in a statement", "said in the declaration"."""
    out = set()
    for k in where(toks, LOW, wl.document_nouns.__contains__, s_lo, s_hi):
        t = toks[k]
        if t[KIND] == "w" and k - 1 >= s_lo:
            prev = toks[k - 1][LOW]
            if prev in ("a", "an") or prev in ("the", "its", "their", "his", "her") and k - 2 >= s_lo \
                    and toks[k - 2][LOW] in ("in", "on", "via", "through"):
                out.add(wl.sing(t[LOW]))
    return out


def np_head(toks: list[Tok], np: tuple[int, int]) -> int:
    """Head token of an NP, stepping back over a closing parenthesis ("Harry Reid (D-Nev.)")."""
    a, b = np
    if toks[b][TEXT] == ")":
        opens = [x for x in range(a, b) if toks[x][TEXT] == "("]
        if opens and opens[-1] - 1 >= a:
            return opens[-1] - 1
    return b


def is_headline(wl: Words, toks: list[Tok], s_lo: int, s_hi: int) -> bool:
    """A title-case sentence (a headline), where capitalised quotes are ordinary quotes."""
    words = [t for t in toks[s_lo:s_hi] if t[KIND] == "w" and t[LOW] not in wl.small_words and t[LOW].isalpha()]
    return len(words) >= 3 and sum(t[TEXT][0].isupper() for t in words) >= 0.8 * len(words)
