"""Finding the actor mentions of one document: lexicon matches over the tokens, resolved
(surnames, short forms, descriptions, generic institutions, capitals used as places, names
inside longer unknown names) into :class:`Mention` records, memoised per document.

Example:
    >>> from geolib.document import Document
    >>> from geolib.actors.compiled import compiled_lexicon
    >>> from geolib.actors.words import word_sets
    >>> found, _ = doc_mentions(Document("Beijing and NATO met."), compiled_lexicon(None), word_sets(None))
    >>> [(m.text, m.actor, m.kind) for m in found]
    [('Beijing', 'China', 'metonym'), ('NATO', 'NATO', 'abbreviation')]
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from itertools import compress, count, repeat
from operator import is_, itemgetter
from typing import Any, NamedTuple

from ..document import Document
from ..roles import load_roles, resolve_roles
from ..text import fold
from .affiliations import (bare_bodies, body_agencies, body_key, iso_date, mention_levels, mention_specifics,
                           party_on, person_parties, with_role_bodies, with_term_parties)
from .compiled import AliasRows, CompiledLexicon, StartKeys
from .lexicon import genders
from .office_dates import with_dated_offices
from .orgs_from_text import org_words, tie_organisations
from .police import police_ties
from .parties import tie_parties
from .tokens import PseudoTokens, is_cap, pseudo_tokens
from .words import POSSESSIVE, WordSets, common_words

MENTION_COLUMNS = ["doc_id", "start", "end", "text", "actor", "type", "code", "affiliation", "kind",
                   "sentence", "paragraph", "role", "agency", "parent", "level", "office", "title",
                   "person"]
#: values of the mention column ``level``: how specific the actor named is
LEVELS = ("state", "organisation", "group", "agency", "person", "place")
_SENT = itemgetter(3)
_WORDISH = ("word", "number")


class Mention(NamedTuple):
    """One actor mention of a document: the columns of :func:`actors` but the doc_id."""

    start: int
    end: int
    text: str
    actor: str
    type: str
    code: str
    affiliation: str
    kind: str
    sentence: int
    paragraph: int
    role: str
    agency: str = ""
    parent: str = ""
    level: str = ""
    office: str = ""
    title: str = ""  # the role the text gives a person ("foreign secretary"; see geolib.roles)
    person: str = ""  # the name of the person of a role mention ('' when the text gives none)


def doc_mentions(doc: Document, comp: CompiledLexicon, wl: WordSets, date: Any = None
                  ) -> tuple[tuple[Mention, ...], tuple[tuple[int, int], ...]]:
    """All mentions of one document (every role, places included), and the spans the lexicon
    knows (for :func:`candidate_actors`).

    The result is memoised in ``doc._memo`` under the lexicon's and the word lists' ``memo_key`` (the pipeline's
    quotes stage asks again for every role after the actors stage asked for the body); it is
    made of tuples, so no caller can change what the next one gets.
    """
    memo = getattr(doc, "_memo", None)
    day = iso_date(date if date is not None else doc.meta.get("date"))
    key = (comp.memo_key, wl.memo_key, day)
    if memo is not None:
        hit = memo.get(key)
        if hit is not None and hit[0] is doc.text:  # the text object it was found in
            return hit[1], hit[2]
    found, known = _find_mentions(doc, comp, wl, day)
    parties = person_parties()
    found = resolve_roles(doc, found, Mention,  # titles and roles: geolib.roles
                          lambda m: party_on(m.actor, day) if m.actor in parties else "")
    found = with_role_bodies(found, doc.text)  # "Britain's transport secretary": the state's ministry (agencies.csv)
    found = tie_parties(doc, found, Mention)  # "Republican Ted Cruz": the party, for the whole document
    found = with_term_parties(found, day)  # else the party of the person's term on the date (terms.csv)
    found = with_dated_offices(found, doc.text, doc.sentence_spans, day)  # "Rep. X" before X's first term
    found = tie_organisations(doc, found, Mention)  # "Jane Roe, a professor at X": orgs of the text
    found = police_ties(doc, found, Mention)  # "Thames Valley Police", "Detective Inspector Jane Roe"
    if memo is not None:
        memo[key] = (doc.text, found, known)
    return found, known


def _match(toks: PseudoTokens, comp: CompiledLexicon) -> list[tuple[int, int, tuple[int, ...]]]:
    """Lexicon matches ``(first_token, end_token, rows)``: leftmost-longest, non-overlapping,
    within sentences (what ``comp.matcher.find`` gives sentence by sentence), tried only at the
    tokens whose keys start some alias."""
    spans = toks.spans
    texts, keys_of = toks.texts, comp.keys
    keys = list(map(comp.key_memo.get, texts))  # in C; a text not seen before is None
    for i in compress(count(), map(is_, keys, repeat(None))):
        keys[i] = keys_of(texts[i])
    for k in toks.hyphens:
        keys[k] = ()
    match_at = comp.matcher.match_at
    raw: list[tuple[int, int, tuple[int, ...]]] = []
    free = 0  # first token not inside the last match
    for i in list(compress(count(), map(is_, map(type, keys), repeat(StartKeys)))):
        if i < free:
            continue
        hit = match_at(keys, i)
        # The longest match overall is the longest in the sentence when it ends inside it, so
        # the sentence's end is looked up only for a match that runs on into the next sentence.
        if hit is not None and spans[hit[0] - 1][3] != spans[i][3]:
            hit = match_at(keys, i, bisect.bisect_right(spans, spans[i][3], lo=i, key=_SENT))
        if hit is not None:
            raw.append((i, hit[0], hit[1]))
            free = hit[0]
    return _with_middle_initials(raw, toks, keys, comp)


def _with_middle_initials(raw: list[tuple[int, int, tuple[int, ...]]], toks: PseudoTokens,
                          keys: list[Any], comp: CompiledLexicon) -> list[tuple[int, int, tuple[int, ...]]]:
    """``raw`` with the people the lexicon knows written with a middle initial it lacks ("Lindsey
    O. Graham" for Lindsey Graham, as newspapers write names): a person's alias matched on the
    words around the initial (a capital letter and its full stop), where no other match is.

    Example: "Sen. Jane Q. Roe said" matches the alias "Jane Roe" over tokens Jane .. Roe."""
    spans, texts = toks.spans, toks.texts
    n = len(spans)
    extra: list[tuple[int, int, tuple[int, ...]]] = []
    # only the tokens before a full stop, found by list.index (in C): not a Python test per token
    find_stop = texts.index
    j = 1
    while True:
        try:
            j = find_stop(".", j + 1, n - 1)  # a full stop at 2 <= j <= n - 2, the initial at j - 1
        except ValueError:
            break
        k = j - 1
        t = texts[k]
        if len(t) != 1 or not t.isupper() or spans[k][1] != spans[k + 1][0] or \
                not (spans[k - 1][3] == spans[k][3] == spans[k + 2][3]) or type(keys[k - 1]) is not StartKeys:
            continue
        hit = comp.matcher.match_at([keys[k - 1]] + keys[k + 2:k + 5], 0)
        if hit is None or hit[0] < 2 or any(comp.type[r] != "person" for r in hit[1]):
            continue
        extra.append((k - 1, k + 1 + hit[0], hit[1]))
    if not extra:
        return raw
    # a longer match replaces the matches inside it ("Paul", "Ryan"), never one it cuts
    keep = [m for m in raw if not any(a <= m[0] and m[1] <= b for a, b, _ in extra)]
    extra = [x for x in extra if not any(m[0] < x[1] and x[0] < m[1] for m in keep)]
    return sorted(keep + extra) if extra else raw


def _local_namesake(a: int, rows: tuple[int, ...], toks: PseudoTokens, comp: CompiledLexicon,
                    local: frozenset[str]) -> bool:
    """Whether a match at token ``a`` is a person of the lexicon (every row a person's, none a
    local official's) named right after a local office's title ("Alderman William D. Burns",
    "Councillor Jane Roe"): a namesake, for no national official holds a town's office.

    Example: "Alderman William Burns" is no match of the diplomat William Burns."""
    if a == 0 or toks.spans[a - 1][3] != toks.spans[a][3]:
        return False
    if toks.texts[a - 1].lower().rstrip(".") not in local:
        return False
    return all(comp.type[r] == "person" and "LOC" not in str(comp.code[r]) for r in rows)


def _find_mentions(doc: Document, comp: CompiledLexicon, wl: WordSets, day: str = ""
                   ) -> tuple[tuple[Mention, ...], tuple[tuple[int, int], ...]]:
    """:func:`doc_mentions`, without the memo."""
    articles = wl.articles
    toks = pseudo_tokens(doc, comp)
    spans, texts = toks.spans, toks.texts
    n = len(spans)
    info = comp.rows_info
    raw = [(a, b, info(rows)) for a, b, rows in _match(toks, comp)
           if not (wl.local_titles and _local_namesake(a, rows, toks, comp, wl.local_titles))]
    kinds = comp.kind
    covered = [False] * n  # tokens inside a name the lexicon knows (not a mere description)
    for a, b, rows in raw:
        if rows.weak:
            continue
        for k in range(a, b):
            covered[k] = True

    def sentence_first(k: int) -> bool:
        """Whether token k is the first word or number of its sentence (its capital says
        nothing)."""
        si = spans[k][3]
        j = bisect.bisect_left(spans, si, hi=k, key=_SENT)
        while spans[j][2] not in _WORDISH:
            j += 1
        return j == k

    roles = doc.paragraph_spans
    sent_para = [p for _, _, p in doc.sentence_spans]

    def role_of(k: int) -> str:
        return roles[sent_para[spans[k][3]]][2] if roles else "body"

    def same_sentence(j: int, k: int) -> bool:
        return 0 <= j < n and spans[j][3] == spans[k][3]

    ment: list[dict[str, Any]] = []
    for a, b, rows in raw:
        a0 = a
        while a < b - 1 and texts[a].lower() in articles:
            a += 1
        ment.append({"a": a, "b": b, "a0": a0, "rows": rows, "start": spans[a][0],
                     "end": spans[b - 1][1]})

    # 1. which actors are named outright (not by a description, short form or generic word)
    named_at: dict[str, list[int]] = defaultdict(list)
    full_person_at: dict[str, list[int]] = defaultdict(list)
    full_name_at: dict[str, list[tuple[int, int]]] = defaultdict(list)  # (start, sentence) of full names
    for m in ment:
        for actor, person in m["rows"].named:
            named_at[actor].append(m["start"])
            if person:
                full_person_at[actor].append(m["start"])
            r = m["rows"].direct.get(actor)
            if m["b"] - m["a"] > 1 and (person or r is not None and comp.type[r] == "organisation"):
                # a person's full name, or an organisation's: "Ford Motor Co." before "Ford" (kind short)
                full_name_at[actor].append((m["start"], spans[m["a"]][3]))
    first_names, gtitles = genders()
    # people of a surname the lexicon does not know ("Melania" of "Melania Trump"), by surname:
    # (start, sentence, first name), in text order
    bearers: dict[str, list[tuple[int, int, str]]] = defaultdict(list)

    capitalised: dict[int, bool] = {}

    def headline(si: int) -> bool:
        """Whether most words of sentence ``si`` are capitalised words the lexicon does not know
        (a headline in title case)."""
        got = capitalised.get(si)
        if got is None:
            lo = bisect.bisect_left(spans, si, key=_SENT)
            hi = bisect.bisect_right(spans, si, lo=lo, key=_SENT)
            words = [k for k in range(lo, hi) if spans[k][2] == "word"]
            caps = sum(1 for k in words if texts[k][:1].isupper() and not covered[k])
            got = capitalised[si] = len(words) >= 4 and caps > 0.5 * len(words)
        return got

    def gender(actor: str) -> str | None:
        return first_names.get(actor.split()[0].lower()) if actor else None

    def word_before(k: int) -> str:
        j = k - 1
        if j >= 0 and texts[j] == "." and same_sentence(j, k):
            j -= 1
        return fold(texts[j]).lower().rstrip(".") if same_sentence(j, k) else ""

    def last_full(cand: str | tuple[int, int, str], before: int) -> tuple[int, int]:
        if isinstance(cand, tuple):
            return cand[0], cand[1]
        pos = full_name_at.get(cand, ())
        i = bisect.bisect_left(pos, (before, -1))
        return pos[i - 1] if i else (-1, -1)

    def surname(idx: int, m: dict[str, Any], rows: AliasRows) -> tuple[int | None, str]:
        """A one-word name of a person: (row, '') when the context names one person, (None,
        'other') for someone else of that surname ("Melania" Trump), (None, 'ambiguous') when
        several people of the article share it and nothing decides, (None, '') for nobody."""
        a = m["a"]
        persons = [act for act, person in rows.named if person]
        cands: list[Any] = [p for p in persons]
        cands += [p for p in rows.shorts if p not in cands and last_full(p, m["start"])[0] >= 0]
        sur = texts[a]
        j = a - 1
        if j >= 0 and same_sentence(j, a) and is_cap(spans[j][2], texts[j]) and not covered[j]:
            low = fold(texts[j]).lower()
            if low not in wl.titles and low not in wl.title_words_or_titles and \
                    low not in articles and low.rstrip(".") not in gtitles and \
                    role_of(a) not in ("title", "heading") and not headline(spans[a][3]) and \
                    (low in first_names or low not in common_words() and not sentence_first(j)):
                bearers[sur].append((m["start"], spans[a][3], low))
                return None, "other"
        others = bearers.get(sur, [])
        title = word_before(a)
        g = gtitles.get(title)
        if g:
            cands = [p for p in cands if gender(p) in (g, None)]
            others = [o for o in others if first_names.get(o[2]) in (g, None)]
        pool = cands + [o for o in others if o[2] not in {gender_key(p) for p in cands}]
        if not pool:
            return None, "ambiguous" if g and (persons or rows.shorts) else ""
        if len(pool) > 1 and title in wl.titles and cands:  # "President Trump": the official
            pool = cands if len(cands) == 1 else pool
        if len(pool) > 1:
            # the one fully named in this sentence or the one before, when the others were last
            # named fully three sentences or more before
            sent = spans[a][3]
            last = [last_full(p, m["start"]) for p in pool]
            near = [p for p, (pos, si) in zip(pool, last) if pos >= 0 and si >= sent - 1]
            far = all(pos >= 0 and si <= sent - 3 or pos < 0 for p, (pos, si) in zip(pool, last)
                      if p not in near)
            pool = near if len(near) == 1 and far else pool
        if len(pool) > 1:
            return None, "ambiguous"
        pick = pool[0]
        if isinstance(pick, tuple):
            return None, "other"
        return (rows.direct.get(pick, rows.shorts.get(pick)), "")

    def gender_key(actor: str) -> str:
        return actor.split()[0].lower() if actor else ""

    def latest(cands: Iterable[str], before: int, table: dict[str, list[int]],
               anywhere: bool) -> str | None:
        best, best_pos = None, -1
        for c in cands:
            pos = table.get(c, ())
            i = bisect.bisect_left(pos, before)  # the lists are in text order: no scan of them all
            if i and pos[i - 1] > best_pos:
                best, best_pos = c, pos[i - 1]
        if best is None and anywhere:
            for c in cands:
                if table.get(c):
                    return c
        return best

    org_surnames: set[str] = set()  # one-word organisation names the document gives a person

    def surname_of_person(k: int, row: int) -> bool:
        """Whether the one-word organisation name at token k is a person's surname: after a first
        name or an unknown capitalised word ("Harrison Ford", "Fiona Apple"), after a person's
        title ("Mr. Dell", "Sen. Honda"), or once the document gave a person that surname."""
        if comp.type[row] != "organisation" or kinds[row] not in ("name", "short"):
            return False
        if texts[k] in org_surnames:
            return True
        if same_sentence(k + 1, k) and is_cap(spans[k + 1][2], texts[k + 1]) and not covered[k + 1] and \
                fold(texts[k + 1]).lower() in first_names:
            return True  # a first name: "Cornell William Brooks"
        j = k - 1
        if not same_sentence(j, k) or role_of(k) in ("title", "heading") or headline(spans[k][3]):
            return False
        low = fold(texts[j]).lower()
        title = word_before(k)
        person = is_cap(spans[j][2], texts[j]) and not covered[j] and low not in articles and \
            low not in wl.title_words_or_titles and \
            (low in first_names or low not in common_words() and not sentence_first(j))
        if person or title in gtitles or title in wl.person_titles or \
                texts[j] == "." and title in wl.titles and len(title) <= 4:
            org_surnames.add(texts[k])
            return True
        return False

    heads = org_words().heads - org_words().company  # "Pfizer Inc" stays Pfizer

    def _in_longer_name(a: int, b: int) -> bool:
        """Whether tokens [a, b) begin or end a longer capitalised name the lexicon lacks whose
        last word is an organisation word ("Harvard Law School", "UCLA School of Law", "NAACP
        Legal Defense and Educational Fund": "and" after a capitalised word of the name), or follow
        a capitalised word and a hyphen ("Urban-Brookings")."""
        if a >= 2 and spans[a - 1][2] == "hyphen" and spans[a - 1][0] == spans[a - 2][1] and \
                spans[a][0] == spans[a - 1][1] and is_cap(spans[a - 2][2], texts[a - 2]) and not covered[a - 2]:
            return True
        k = b
        seen_and = False
        for _ in range(5):
            if k - b >= (5 if seen_and else 4):
                return False
            if not same_sentence(k, b - 1) or covered[k]:
                return False
            low = fold(texts[k]).lower()
            if low in ("of", "for") and k > b:
                k += 1
                continue
            if low == "and" and k > b and not seen_and:
                seen_and = True  # not counted: "Legal Defense and Educational Fund"
                k += 1
                continue
            if not is_cap(spans[k][2], texts[k]):
                return False
            if low in heads:
                return True
            k += 1
        return False

    out: list[dict[str, Any]] = []
    unknown_names: set[int] = set()  # mentions that are part of a longer name the lexicon lacks
    used: set[int] = set()  # mentions reported (a short form or description that names nobody is not)
    for idx, m in enumerate(ment):
        rows = m["rows"]
        a, b = m["a"], m["b"]
        row = None
        if rows.generic:
            continue  # generic institutions are resolved below, with the mention before them
        if b - a == 1 and (rows.shorts or any(p for _, p in rows.named)) and \
                (rows.shorts or len(rows.direct) == 1):
            row, why = surname(idx, m, rows)
            if why == "other":
                unknown_names.add(idx)
                continue
            if why == "ambiguous":
                out.append({"start": m["start"], "end": m["end"], "actor": "", "type": "person",
                            "code": "", "affiliation": "", "kind": "ambiguous", "agency": "",
                            "a": a, "b": b, "a0": m["a0"]})
                used.add(idx)
                continue
            if row is None and rows.descs:
                pick = latest(rows.descs, m["start"], named_at, True)
                row = rows.descs[pick] if pick is not None else None
            if row is None and not why and len(rows.direct) == 1 and not any(p for _, p in rows.named):
                row = next(iter(rows.direct.values()))  # "Roche": the company, no person of that name
                if surname_of_person(a, row):
                    unknown_names.add(idx)
                    continue
            if row is None:
                continue
        elif rows.direct:
            actors_ = list(rows.direct)
            pick = actors_[0] if len(actors_) == 1 else (
                latest(actors_, m["start"], named_at, False) or actors_[0])
            row = rows.direct[pick]
            if b - a == 1 and surname_of_person(a, row):
                unknown_names.add(idx)
                continue
        else:
            if rows.shorts:
                pick = latest(rows.shorts, m["start"], full_person_at, False)
                if pick is not None:
                    row = rows.shorts[pick]
            if row is None and rows.descs:
                pick = latest(rows.descs, m["start"], named_at, True)
                if pick is not None:
                    row = rows.descs[pick]
            if row is None:
                continue
        kind = kinds[row]
        actor, typ, code, aff = comp.actor[row], comp.type[row], comp.code[row], comp.aff[row]
        # the tokens around the mention, in its sentence (-1: none)
        prev = a - 1 if same_sentence(a - 1, a) else -1
        prev2 = a - 2 if same_sentence(a - 2, a) else -1
        nxt = b if same_sentence(b, b - 1) else -1
        role = role_of(a)
        # a state's one-word name inside a longer unknown name: "Washington Post", "New Mexico"
        if (typ == "state" or kind == "demonym") and b - a == 1 and \
                role not in ("title", "heading"):
            if nxt >= 0 and is_cap(spans[nxt][2], texts[nxt]) and not covered[b] and \
                    fold(texts[nxt]).lower() not in wl.title_words and \
                    not (code[3:6] == "PTY" and fold(texts[nxt]).lower() in first_names):
                unknown_names.add(idx)  # "Republican John Doe": the party's, before a first name
                continue
            if prev >= 0 and is_cap(spans[prev][2], texts[prev]) and not covered[a - 1] and \
                    not sentence_first(prev) and \
                    fold(texts[prev]).lower() not in wl.before_state:
                unknown_names.add(idx)
                continue
            # "Bank of China", "Observatoire de Paris": the state ends an unknown name; not a
            # minister's ("Foreign Minister Jane Roe of France": a ministry's title, a first name)
            if kind in ("name", "metonym") and prev >= 0 and prev2 >= 0 and \
                    texts[prev] in ("of", "de", "du", "des") and \
                    is_cap(spans[prev2][2], texts[prev2]) and \
                    not covered[a - 2] and not sentence_first(prev2) and \
                    fold(texts[prev2]).lower() not in wl.title_words_or_titles and \
                    not (texts[prev] == "of" and same_sentence(a - 4, a) and
                         fold(texts[a - 3]).lower() in first_names and
                         texts[a - 4].lower() in minister_heads()):
                unknown_names.add(idx)
                continue
            # "US$6 million": a currency
            if nxt >= 0 and spans[nxt][0] == m["end"] and texts[nxt][:1] == "$":
                continue
        # "US-based", "Moscow-based": a place
        based = b - a == 1 and nxt >= 0 and spans[nxt][2] == "hyphen" and b + 1 < n and \
            texts[b + 1].lower() == "based"
        # a capital city used as a place: "a summit in Washington", "visited Beijing"
        if typ == "state" and (based or kind == "metonym" and not (
                nxt >= 0 and texts[nxt] in POSSESSIVE)):
            p1 = texts[prev].lower() if prev >= 0 else ""
            p2 = f"{texts[prev2].lower()} {p1}" if prev2 >= 0 else ""
            if p1 in wl.place_before or p2 in wl.place_before or p1 in wl.place_verbs or based:
                actor, typ, kind, aff = doc.text[m["start"]:m["end"]], "place", "place", actor
        if typ == "organisation" and not aff and not code.startswith("IGO") and \
                role not in ("title", "heading") and _in_longer_name(a, b):
            unknown_names.add(idx)  # "Harvard Law School", "Urban-Brookings Tax Policy Center": orgs_from_text's
            continue
        out.append({"start": m["start"], "end": m["end"], "actor": actor, "type": typ,
                    "code": code, "affiliation": aff, "kind": kind, "agency": comp.agency[row],
                    "a": a, "b": b, "a0": m["a0"]})
        used.add(idx)

    # 2. generic institutions
    out = _other_states_bodies(out, toks, comp, doc.text)
    out = _with_institutions(out, ment, toks, comp, wl, sentence_first, doc.text)
    out.sort(key=lambda o: o["start"])
    text = doc.text
    found = tuple(Mention(o["start"], o["end"], text[o["start"]:o["end"]], o["actor"], o["type"],
                           *mention_specifics(o, day), o["kind"], spans[o["a"]][3],
                           sent_para[spans[o["a"]][3]], role_of(o["a"]), *mention_levels(o))
                  for o in out)
    known = tuple((spans[m["a0"]][0], m["end"]) for i, m in enumerate(ment)
                  if i not in unknown_names and (i in used or not m["rows"].weak))
    return found, known


def _other_states_bodies(out: list[dict[str, Any]], toks: PseudoTokens, comp: CompiledLexicon,
                         text: str) -> list[dict[str, Any]]:
    """An agency's name right after another state or a place of its own is not that agency: "the
    Philippine Department of Justice" is the Philippines' (one institution mention, with the
    body ``agencies.csv`` gives the Philippines for the words, else none), "the California
    Department of Justice" a body of California (its state, no agency), never the United States
    Department of Justice."""
    spans, texts = toks.spans, toks.texts
    by_end = {o["b"]: o for o in out}
    drop: set[int] = set()
    for o in out:
        if not o["agency"]:
            continue
        j = o["a0"]
        if j > 0 and texts[j - 1] in POSSESSIVE:
            j -= 1
        p = by_end.get(j)
        if p is None or p is o or spans[p["a"]][3] != spans[o["a"]][3]:
            continue
        if p["type"] == "state" and p["actor"] != o["actor"] and p["kind"] != "institution":
            words = text[o["start"]:o["end"]]
            o.update(actor=p["actor"], type=p["type"], code=p["code"], affiliation=p["affiliation"],
                     agency=body_agencies().get((p["actor"], body_key(words)), ""),
                     start=p["start"], a=p["a"], a0=p["a0"])
            drop.add(id(p))
        elif p["type"] == "place":
            o["agency"] = ""
            info = comp.actor_info.get(p["affiliation"])
            if info is not None and p["affiliation"] != o["actor"]:
                o.update(actor=p["affiliation"], type=info[0], code=info[1], affiliation=info[2])
    return [o for o in out if id(o) not in drop]


def _with_institutions(out: list[dict[str, Any]], ment: list[dict[str, Any]], toks: PseudoTokens,
                       comp: CompiledLexicon, wl: WordSets, sentence_first: Any, text: str
                       ) -> list[dict[str, Any]]:
    """The mentions ``out`` with each generic institution joined to the actor it belongs to --
    "China's Foreign Ministry", "the Chinese embassy", "the Ministry of Defence of Russia" -> one
    institution mention of that actor, which replaces the actor's own mention; its ``agency`` is
    the body ``agencies.csv`` gives that actor for that word (:func:`body_agencies`: "Ministry of
    Foreign Affairs of China"), '' when it gives none ("Libya's House of Representatives": Libya,
    never another state's House).

    A generic word with no actor beside it names nobody, except a legislature's or top court's
    ("the Senate", "Parliament", "the House", "Supreme Court"; :func:`bare_bodies`): that one
    names the body of the document's state -- the state that the document's mentions (the state,
    its bodies, its people) name strictly most often -- when that state has such a body, and
    nothing when the word follows a capitalised word or a sub-national word ("the Texas Senate",
    "the state Supreme Court"), comes before "of" or a capitalised word ("the Senate of Puerto
    Rico", "Senate Majority Leader"), or when no state dominates or the dominant one has no such
    body (see :func:`_bare_context`)."""
    spans, texts = toks.spans, toks.texts
    n = len(spans)
    by_end = {o["b"]: o for o in out}
    by_start = {o["a0"]: o for o in out}
    by_start.update({o["a"]: o for o in out})
    bodies = body_agencies()
    drop: set[int] = set()
    bare: list[tuple[dict[str, Any], str]] = []
    for m in ment:
        if not m["rows"].generic:
            continue
        a, b = m["a"], m["b"]
        owner = None
        j = m["a0"]
        if j > 0 and texts[j - 1] in POSSESSIVE:
            j -= 1
        cand = by_end.get(j)
        if cand is not None and cand["type"] in ("state", "organisation", "group") and \
                spans[cand["a"]][3] == spans[a][3] and cand["kind"] != "institution":
            owner = cand
            start = cand["start"]
            end = m["end"]
        elif b + 1 < n and texts[b].lower() == "of":
            cand = by_start.get(b + 1)
            if cand is not None and cand["type"] in ("state", "organisation", "group") and \
                    spans[cand["a"]][3] == spans[a][3] and cand["kind"] != "institution":
                owner = cand
                start = m["start"]
                end = cand["end"]
        if owner is None:
            key = body_key(text[m["start"]:m["end"]])
            article = bare_bodies().get(key)
            if article is not None and _bare_context(m, toks, wl, sentence_first, article):
                bare.append((m, key))
            continue
        drop.add(id(owner))
        out.append({"start": start, "end": end, "actor": owner["actor"], "type": owner["type"],
                    "code": owner["code"], "affiliation": owner["affiliation"],
                    "kind": "institution",
                    "agency": bodies.get((owner["actor"], body_key(text[m["start"]:m["end"]])), ""),
                    "a": min(a, owner["a"]), "b": max(b, owner["b"])})
    if bare:
        state = _dominant_state([o for o in out if id(o) not in drop], comp)
        info = comp.actor_info.get(state) if state else None
        for m, key in bare:
            agency = bodies.get((state, key)) if info is not None else None
            if agency:
                out.append({"start": m["start"], "end": m["end"], "actor": state, "type": info[0],
                            "code": info[1], "affiliation": info[2], "kind": "institution",
                            "agency": agency, "a": m["a"], "b": m["b"], "a0": m["a0"]})
    return [o for o in out if id(o) not in drop]


def _bare_context(m: dict[str, Any], toks: PseudoTokens, wl: WordSets, sentence_first: Any,
                  article: bool = False) -> bool:
    """Whether a generic body word with no actor beside it may stand for the document's state's
    body: not after a capitalised word ("Texas Senate", "Toronto Police") or a sub-national word
    ("state Senate"), not before "of" ("Senate of Puerto Rico") or a capitalised word (a longer
    name or a title: "Senate Majority Leader", "Supreme Court Justice"); right after an article
    when ``article`` ("the House")."""
    spans, texts = toks.spans, toks.texts
    j, b = m["a0"] - 1, m["b"]
    same = j >= 0 and spans[j][3] == spans[m["a0"]][3]
    if article and not (same and fold(texts[j]).lower() in wl.articles):
        return False
    if same:
        low = fold(texts[j]).lower()
        if low in wl.sub_national or (is_cap(spans[j][2], texts[j]) and not sentence_first(j)
                                      and low not in wl.articles):
            return False
    if b < len(spans) and spans[b][3] == spans[b - 1][3]:
        if texts[b].lower() == "of" or is_cap(spans[b][2], texts[b]):
            return False
    return True


@lru_cache(maxsize=1)
def minister_heads() -> frozenset[str]:
    """The last words of the roles of a ministry (``roles.csv`` with a body): "minister", "secretary"."""
    return frozenset(r.split()[-1] for r, role in load_roles().items() if role.body)


def _dominant_state(out: list[dict[str, Any]], comp: CompiledLexicon) -> str:
    """The state the document's mentions name strictly most often (its own mentions, its
    bodies', its people's affiliation), '' when none or a tie."""
    counts: dict[str, int] = defaultdict(int)
    info = comp.actor_info
    for o in out:
        if o["type"] == "state":
            counts[o["actor"]] += 1
        elif o["type"] == "person" and o["affiliation"] and \
                info.get(o["affiliation"], ("",))[0] == "state":
            counts[o["affiliation"]] += 1
    if not counts:
        return ""
    top = sorted(counts.values(), reverse=True)
    if len(top) > 1 and top[0] == top[1]:
        return ""
    return max(counts, key=counts.__getitem__)
