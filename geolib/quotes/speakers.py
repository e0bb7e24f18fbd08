"""Speaker mentions: a noun phrase made into a :class:`~geolib.quotes.context.Mention` with the
speaker it names, pronouns and descriptions resolved to an earlier speaker, names to their fullest
form in the article.

Example:
    >>> import geolib
    >>> geolib.quotes('Sen. Ann Lee spoke. “Yes,” she said.')["speaker"].tolist()
    ['Ann Lee']
"""

from __future__ import annotations

import bisect

from ..roles import is_other_role, is_role_noun
from .context import Doc, Mention
from .places import is_place, not_a_person_name
from .phrases import head_kind, is_poss, sentence_subject
from .tokens import CAP, END, KIND, LOW, START, TEXT, Tok
from .words import Words


def mk_mention(d: Doc, toks: list[Tok], np: tuple[int, int], pi: int, s_lo: int, s_hi: int) -> Mention:
    """Build and resolve a mention from an NP (a, b) in paragraph pi."""
    wl = d.wl
    a, b = np
    text = d.text
    start, end = toks[a][START], toks[b][END]
    mtext = text[start:end]
    head_i = b
    if toks[b][TEXT] == ")":
        head_i = max(i for i in range(a, b) if toks[i][TEXT] == "(") - 1
    preps = [i for i in range(a + 1, head_i) if toks[i][KIND] == "w" and toks[i][LOW] in wl.np_preps
             and not (toks[i][LOW] in ("of", "for") and toks[i - 1][CAP] and toks[i + 1][CAP])
             and not (toks[i][LOW] == "to" and toks[i - 1][LOW] in wl.to_nouns and toks[i + 1][CAP])
             and not (toks[i][LOW] == "on" and toks[i - 1][CAP] and toks[i - 1][LOW] in wl.org_words
                      and toks[i + 1][CAP])]  # "the Commission on Presidential Debates": one name
    if any(t[TEXT] == "," for t in toks[a:b]):
        preps = []  # "a spokesman for the ministry, Li Wei": the name after the comma is the head
    anchor_end = end
    if preps:
        head_i = preps[0] - 1  # "the EU delegation in China": delegation
        anchor_end = toks[head_i][END]
    head = toks[head_i]
    heads = wl.heads
    low = head[LOW]
    if head[KIND] == "w" and low in wl.pronouns and a == b:
        m = Mention(start, end, mtext, "pronoun", mtext, [(start, end)], set(), pi)
        subj = sentence_subject(wl, toks, s_lo, a) if low in ("he", "she", "they", "it") else None
        if low in ("they", "it"):
            # "The campaign is seeking ... what they call …": a group or organisation subject
            # of the same sentence
            hk = wl.heads.get(toks[subj[1]][LOW]) if subj is not None else None
            plural = subj is not None and toks[subj[1]][LOW].endswith("s") and not toks[subj[1]][LOW].endswith("ss")
            if subj is not None and subj[1] < a and hk in ("group", "organisation") \
                    and toks[subj[1]][TEXT] == toks[subj[1]][LOW] \
                    and not any(t[LOW] in wl.pronouns for t in toks[subj[0]:subj[1] + 1]) \
                    and (low == "it" and not plural and hk == "organisation" or low == "they"):
                inner = mk_mention(d, toks, subj, pi, s_lo, s_hi)
                if inner.speaker:
                    m.speaker = inner.speaker
                    m.anchors, m.base = [(start, end)], inner
                    m.person = False
                    m.heads = set(inner.heads)
                    return m
            subj = None
        if subj is not None and toks[subj[1]][TEXT] == ")" and "(" in [t[TEXT] for t in toks[subj[0]:subj[1]]]:
            subj = (subj[0], max(x for x in range(subj[0], subj[1]) if toks[x][TEXT] == "(") - 1)
        if subj is not None and subj[0] <= subj[1] < a and toks[subj[1]][CAP] \
                and head_kind(wl, toks[subj[1]]) == "name":
            words = [t[TEXT] for t in toks[subj[0]:subj[1] + 1] if t[CAP] and not is_poss(t)]
            if words and d.is_person_name(words) and d.gender(words) in (None, wl.pronoun_gender.get(low)) \
                    and not (len(wl.strip_titles(tuple(words))) == len(words) and not_a_person_name(" ".join(words))):
                m.speaker = d.fullest(words, toks[subj[0]][START])
                m.anchors = [(toks[subj[0]][START], toks[subj[1]][END]), (start, end)]
                m.person = True
                m.gender = wl.pronoun_gender.get(low)
                return m
        resolve_pronoun(d, m, low)
        return m
    if head[CAP] and low not in heads or head[CAP] and head_i > a and toks[head_i - 1][CAP]:
        # a name, maybe after a description: "campaign manager Robby Mook"
        r0 = head_i
        while r0 - 1 >= a and toks[r0 - 1][CAP] and not is_poss(toks[r0 - 1]) and toks[r0 - 1][LOW] not in wl.dets:
            r0 -= 1
        if r0 - 2 >= a and toks[r0 - 1][LOW] == "of" and toks[r0 - 2][CAP]:
            # "President Jane Roe of Freedonia": a person of a place is the person
            r1 = r0 - 2
            while r1 - 1 >= a and toks[r1 - 1][CAP] and not is_poss(toks[r1 - 1]) and toks[r1 - 1][LOW] not in wl.dets:
                r1 -= 1
            who = [t[TEXT] for t in toks[r1:r0 - 1]]
            person = d.is_person_name(who)
            if person is True or person is None and len(who) >= 2 \
                    and is_place(" ".join(t[TEXT] for t in toks[r0:head_i + 1])):
                # "Representative Peter T. King of New York": a name of a place is the name
                head_i, r0 = r0 - 2, r1
                anchor_end = toks[head_i][END]
        while r0 - 2 >= a and toks[r0 - 1][LOW] in ("of", "for", "on") and toks[r0 - 2][CAP] \
                and toks[r0 - 2][LOW] in wl.org_words:
            # "the Center for American Progress", "the Commission on Presidential Debates": one name
            r0 -= 2
            while r0 - 1 >= a and toks[r0 - 1][CAP] and not is_poss(toks[r0 - 1]) and toks[r0 - 1][LOW] not in wl.dets:
                r0 -= 1
        if r0 - 2 >= a and toks[r0 - 1][LOW] == "of" and head_i > r0 and (
                toks[r0 - 2][LOW].rstrip(".") in wl.titles
                or toks[r0 - 2][CAP] and heads.get(toks[r0 - 2][LOW]) == "person" and head_i - r0 >= 2):
            # "Secretary of State Mike Pompeo", "Minister of Energy Rosa Vidal": the department after
            # a capitalised 'title of' belongs to the title, not to the name
            r0 += 1
        anchors = [(start, anchor_end)]
        if _not_member_before(wl, toks, a, r0):
            anchors = [(toks[r0][START], anchor_end)]  # "a critic of Acme, Ann Lee": not Acme's
        if r0 - 2 >= a and toks[r0 - 1][LOW] == "to" and toks[r0 - 2][LOW] in wl.to_nouns and head_i > r0:
            # "Ambassador to Germany Jane Roe": the place the title names, then the name
            # (a first name and a surname, with a middle initial if one stands between them)
            r = max(r0 + 1, head_i - 1)
            r0 = r - 1 if r - 1 > r0 and len(toks[r][TEXT]) == 2 and toks[r][TEXT].endswith(".") else r
            # the place sent to is not whom the speaker speaks for: the title, then the name
            anchors = [(start, toks[a_to - 1][END]) for a_to in [_to_before(toks, r0)]] + [(toks[r0][START], anchor_end)]
        words = [t[TEXT] for t in toks[r0:head_i + 1]]
        core = wl.strip_titles(tuple(words))
        role_words = {t[LOW] for t in toks[a:head_i + 1] if t[LOW] in heads}
        person = d.is_person_name(words)
        if role_words and any(heads.get(w) == "person" for w in role_words):
            person = True if person is None else person
        if core and person is not True and any(is_poss(t) for t in toks[a:r0]):
            speaker = clean_join(wl, text, toks, a, head_i)  # "China’s Foreign Ministry"
        elif core:
            speaker = d.fullest(words, start)
            if len(words) == 1 and words[0].isupper():
                speaker = d.acronym(words[0]) or speaker  # "the FDF": the name it stands for
        else:
            speaker = " ".join(t[TEXT] for t in toks[a:b + 1] if t[LOW] not in wl.dets)
        kind = "name" if person is not False else "organisation"
        m = Mention(start, end, mtext, kind, speaker, anchors, role_words | {w.lower() for w in core}, pi,
                     person)
        if person is not False:
            nouns = wl.gender_nouns
            m.gender = next((nouns[t[LOW]] for t in toks[a:head_i + 1] if t[LOW] in nouns), None) \
                or d.gender(words)
        return m
    # a description headed by a speaker noun
    hkind = heads.get(low, "person")
    body = [t for t in toks[a:head_i] if t[LOW] not in wl.dets]
    owner = [t for t in body if t[CAP] or is_poss(t)]
    m = Mention(start, end, mtext, hkind, "", [(start, anchor_end)], {wl.sing(low)}, pi,
                 hkind == "person", wl.gender_nouns.get(low))
    if owner:
        # "The NATO leaders’ statement", "China’s Foreign Ministry", "a Homeland Security official"
        poss = [i for i in range(a, head_i) if is_poss(toks[i])]
        if poss and hkind == "document":
            o = [t for t in toks[a:poss[-1]] if t[LOW] not in wl.dets]
            m.speaker = " ".join(t[TEXT] for t in o) if o else mtext
            m.person = None
        else:
            m.speaker = clean_join(wl, text, toks, a, b)
        return m
    # bare description: "the statement", "the spokesman", "officials", "a spokesman"
    _resolve_description(d, m, wl.sing(low), toks, a, pi, s_lo, s_hi)
    return m


def _to_before(toks: list[Tok], k: int) -> int:
    """The index of the last 'to' before token k ("Ambassador to South Korea Jane Roe")."""
    while toks[k][LOW] != "to":
        k -= 1
    return k


def clean_join(wl: Words, text: str, toks: list[Tok], a: int, b: int) -> str:
    if toks[a][LOW] in wl.dets:
        a += 1
    return text[toks[a][START]:toks[b][END]] if a <= b else text[toks[b][START]:toks[b][END]]


def resolve_pronoun(d: Doc, m: Mention, low: str) -> None:
    wl = d.wl
    want_person = low in ("he", "she", "i")
    want_gender = wl.pronoun_gender.get(low)
    m.gender = want_gender
    for ev in reversed(d.events):
        if m.para - ev.para > 3:
            break
        if want_person and ev.person is False:
            continue
        if low in ("he", "she") and not_a_person(wl, ev):
            continue  # "the crowd chanted … He said": he is no crowd
        if want_gender and ev.gender and ev.gender != want_gender:
            continue  # "she" is not Mr. Smith
        if not want_person and low == "they" and ev.person is True and ev.kind == "name":
            continue
        if low == "it" and ev.person is True:
            continue
        m.speaker = ev.speaker
        m.anchors, m.base = [(m.start, m.end)], ev
        m.person = ev.person
        m.heads = set(ev.heads)
        m.gender = want_gender or ev.gender
        return
    if want_person:
        # the names before the mention, nearest first (bisect: not a walk over the later ones)
        names = d.names
        upto = bisect.bisect_left(d.name_starts, m.start) if d.name_starts else len(names)
        for n in range(upto - 1, -1, -1):
            pi, words, s, _e = names[n]
            if s >= m.start:
                continue
            if m.para - pi > 3:
                break
            if d.is_person_name(words) and (want_gender is None or d.gender(words) in (None, want_gender)):
                full = d.fullest(words, s)
                if want_gender and len(wl.strip_titles(tuple(words))) == len(words) and not_a_person_name(full):
                    continue  # "South Carolina", "New York": no "she"
                m.speaker = full
                m.anchors = [(s, _e), (m.start, m.end)]
                m.person = True
                return
    m.speaker = m.text


def _not_member_before(wl: Words, toks: list[Tok], a: int, r0: int) -> bool:
    """Whether the description before a name after a comma is a noun that ties nobody to the
    organisation it names (``not_member`` of geolib/data/org_words.csv: "A critic of the company
    Acme, Ann Lee" is not Acme's; "a spokesman for Acme, Jane Roe" is).

    Example:
        >>> from geolib.quotes import quotes
        >>> quotes('A critic of the company Acme, Ann Lee, said: "They lie."')["speaker_agency"].tolist()
        [None]
    """
    from ..actors.orgs_from_text import org_words

    comma = max((i for i in range(a, r0) if toks[i][TEXT] == ","), default=None)
    if comma is None:
        return False
    nm = org_words().not_member
    return any(toks[i][LOW] in nm or wl.sing(toks[i][LOW]) in nm for i in range(a, comma))


def not_a_person(wl: Words, ev: Mention) -> bool:
    """Whether a speaker (followed back through the pronouns resolved to it) is a description
    whose noun the speaker lists do not know as a person ("the crowd", "his home"), or a name
    without a title that the actor lexicon knows as a place, state or organisation ("South
    Carolina", "Xinhua"). "He" or "she" never refers to it.

    Example:
        >>> from geolib.quotes import quotes
        >>> quotes('Sen. Ann Lee spoke. “Go!” the crowd shouted. “Thanks,” she said.')["speaker"].tolist()
        ['crowd', 'Ann Lee']
    """
    while ev.kind == "pronoun" and ev.base is not None:
        ev = ev.base
    if ev.kind == "name":
        return ev.person is not True and not_a_person_name(ev.speaker)  # "South Carolina"
    return ev.kind == "person" and not any(wl.heads.get(wl.sing(h)) == "person" for h in ev.heads)


def _resolve_description(d: Doc, m: Mention, head: str, toks: list[Tok], a: int, pi: int,
                         s_lo: int, s_hi: int) -> None:
    wl = d.wl
    definite = toks[a][LOW] in ("the", "this", "that", "these", "those", "its", "their", "his", "her")
    same = wl.head_matches(head)  # the nouns that refer back to this one
    # 1. an earlier speaker referred to by the same noun (the statement -> NATO leaders' statement)
    for ev in reversed(d.events):
        if pi - ev.para > 6:
            break
        if not same.isdisjoint(ev.heads):
            m.speaker = ev.speaker
            m.anchors, m.base = [(m.start, m.end)], ev
            m.person = ev.person
            m.heads |= ev.heads
            return
    # 1b. "the commissioner said": the one person named earlier with that title ("Police
    #     Commissioner Jane Roe", "commissioner Jane Roe"); nobody when two or more were
    if definite and m.kind == "person" and toks[a][LOW] == "the" and m.text.lower().split() == ["the", head] \
            and is_role_noun(head):
        titled = _titled_person(d, head, m.start)
        if titled is not None and titled[0]:
            m.speaker, s0, e0 = titled
            m.anchors = [(s0, e0), (m.start, m.end)]
            m.person = True
            return
        if titled is not None:  # two or more: which one is unknown
            m.speaker = m.text.split(None, 1)[-1]
            return
    # 2. an indefinite person noun ("with a spokesman describing ...") speaks for the
    #    organisation that is the subject of its sentence, or for the latest organisation speaker
    if m.kind == "person" and not definite:
        subj = sentence_subject(wl, toks, s_lo, a)
        if subj is not None and subj[1] < a:
            owner = clean_join(wl, d.text, toks, subj[0], subj[1])
            m.speaker = f"{owner} {m.text.split()[-1]}"
            m.anchors = [(toks[subj[0]][START], toks[subj[1]][END]), (m.start, m.end)]
            return
    # 3. the nearest earlier mention of the noun with a capitalised owner ("Foreign Ministry")
    for pj in range(pi, max(-1, pi - 6), -1):
        ptoks = d.ptoks[pj]
        starts, hits = d.described(pj, same, bool(wl.doc_class.get(head)))
        k = bisect.bisect_left(starts, m.start)  # the nearest one before the mention
        if k:
            i, a0, b0 = hits[k - 1]
            m.speaker = clean_join(wl, d.text, ptoks, a0, b0)
            m.anchors = [(ptoks[a0][START], ptoks[i][END]), (m.start, m.end)]
            return
    words = m.text.split(None, 1)
    m.speaker = words[-1] if toks[a][LOW] in wl.dets and len(words) > 1 else m.text


def _titled_person(d: Doc, head: str, before: int) -> tuple[str, int, int] | None:
    """(fullest name, start, end) of the one person named before offset ``before`` with the title
    ``head`` right before the name ("Police Commissioner Jane Roe", "commissioner Jane Roe");
    None when nobody was, ("", 0, 0) when two or more people were.

    Example: in 'Police Commissioner Jane Roe spoke. "No," the commissioner said.' the
    commissioner is Jane Roe."""
    wl, text = d.wl, d.text
    people: dict[str, str] = {}  # surname -> the fullest name given with the title
    last = None
    names = d.names
    upto = bisect.bisect_left(d.name_starts, before) if d.name_starts else len(names)
    for _pi, words, s, e in names[:upto]:
        if s >= before:
            continue
        lows = [w.lower().rstrip(".") for w in words]
        idx = max((i for i, w in enumerate(lows[:-1]) if w == head), default=None)
        if idx is not None:
            core = tuple(words[idx + 1:])
            before_word = lows[idx - 1] if idx else _word_before(text, s - sum(len(w) + 1 for w in words[:idx]))
        else:
            prev = text[max(0, s - len(head) - 1):s]
            if prev.lower() != head + " " or (s - len(head) - 2 >= 0 and text[s - len(head) - 2].isalnum()):
                continue
            core = tuple(words)
            before_word = _word_before(text, s - len(head) - 1)
        if before_word and is_other_role(before_word, head):
            continue  # "Vice President Jane Roe", "former President Jane Roe": not "the president"
        core = wl.strip_titles(core)
        if not core or d.is_person_name(core) is False or len(core) < 2 and d.is_person_name(core) is not True:
            continue
        # "President Roe": the full name given with the title before, never Mrs. Roe's
        full = d.fullest(core, s) if len(core) >= 2 else people.get(core[0], core[0])
        people[full.split()[-1]] = full
        last = (full, s, e)  # the title's words too: "Saudi Prince Jane Roe" is Saudi Arabia's
    return last if len(people) == 1 else ("", 0, 0) if people else None


def _word_before(text: str, at: int) -> str:
    """The lower-case word ending right before offset ``at`` (a space between), '' if none."""
    j = at
    while j > 0 and text[j - 1] == " ":
        j -= 1
    i = j
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] in "-."):
        i -= 1
    return text[i:j].lower().rstrip(".")
