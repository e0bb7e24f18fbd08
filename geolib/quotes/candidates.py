"""The attribution rules: each finds the speaker of a quote by one pattern (``"…," X said``,
``said X``, ``X said: "…"``, ``according to X``, ``X's claim that "…"``, a transcript line ...)
and returns a :class:`~geolib.quotes.context.Found` or None.

Example:
    >>> import geolib
    >>> geolib.quotes('“Fine,” said the minister.')[["speaker", "cue"]].values.tolist()
    [['minister', 'said']]
"""

from __future__ import annotations

import bisect
import re

from .context import Doc, Found, Mention, subject_ex, subject_of
from .cues import cue_at
from .phrases import DASHES, doc_nouns, head_kind, is_passive, is_poss, nounish, np_core, np_head, np_left, np_right, sentence_subject, skippable
from .spans import TRANSCRIPT
from .speakers import mk_mention, resolve_pronoun
from .tokens import CAP, END, KIND, LOW, QI, START, TEXT, Tok
from .verbs import Cue
from .words import Words


def make_found(d: Doc, toks: list[Tok], np: tuple[int, int], v: int | None, v_end: int | None, cue: Cue | None,
           pi: int, s_lo: int, s_hi: int, how: str) -> Found:
    wl = d.wl
    np = document_author(d, toks, np, s_lo, s_hi)
    m = mk_mention(d, toks, np, pi, s_lo, s_hi)
    m.heads |= d.sentence(pi, s_lo, s_hi).doc_nouns() if toks is d.ptoks[pi] else doc_nouns(wl, toks, s_lo, s_hi)
    c = None
    if v is not None and v_end is not None:
        c = (toks[v][START], toks[v_end - 1][END], d.text[toks[v][START]:toks[v_end - 1][END]],
             cue.group if cue is not None else "neutral")
    return Found(m, c, how)


_AUTHOR_KINDS = ("name", "pronoun", "person", "group", "organisation")


def document_author(d: Doc, toks: list[Tok], np: tuple[int, int], s_lo: int, s_hi: int) -> tuple[int, int]:
    """The author of a document noun speaks for it: 'a statement released by the minister’s
    office' and 'a tweet by Jane Roe' (the agent after ``by``), 'They released a statement which
    said' (the subject that released it, a verb of ``agent_participle`` in quote_words.csv). Any
    other noun phrase is returned as it is.

    Example:
        >>> import geolib
        >>> geolib.quotes('“No,” according to a tweet by Secretary Jane Roe.')["speaker"].tolist()
        ['Jane Roe']
    """
    wl = d.wl
    a, b = np
    docs = [x for x in range(a, b + 1) if toks[x][LOW] in wl.document_nouns and toks[x][TEXT] == toks[x][LOW]]
    if not docs:
        return np
    k = docs[-1] + 1
    if k < s_hi and toks[k][LOW] in wl.agent_participles:
        k += 1
    # a time between the document and its author: 'a tweet on Monday by X', 'a statement late Friday by X'
    t0 = k
    while k < s_hi and toks[k][LOW] in ("on", "late", "early", "last", "this"):
        k += 1
    if k > t0 and (k >= s_hi or not skippable(wl, toks, k)):
        k = t0
    while k < s_hi and skippable(wl, toks, k):
        k += 1
    if k < s_hi and toks[k][LOW] == "by":
        agent = np_right(wl, toks, k + 1, s_hi)
        if agent is not None and head_kind(wl, toks[np_head(toks, agent)]) in _AUTHOR_KINDS[2:] + ("name",):
            return agent
        return np
    # "X released / issued / posted a statement": the subject of that verb
    v = a - 1
    while v >= s_lo and toks[v][LOW] in wl.dets:
        v -= 1
    if v < s_lo or toks[v][LOW] not in wl.agent_participles and toks[v][LOW] != "released":
        return np
    subj = sentence_subject(wl, toks, s_lo, v)
    if subj is None or subj[1] >= v or subj[1] < v - 3 \
            or head_kind(wl, toks[np_head(toks, subj)]) not in _AUTHOR_KINDS:
        return np
    return subj


def _dash_signature(d: Doc, toks: list[Tok], i: int, pi: int, s_lo: int, s_hi: int) -> Found | None:
    """'“…” ― Jacklyn Ashley': a quote signed with a dash and a name that ends the sentence."""
    wl = d.wl
    k = i + 1
    if k >= s_hi or toks[k][TEXT] not in ("―", "—", "–", "-"):
        return None
    np = np_right(wl, toks, k + 1, s_hi)
    if np is None:
        return None
    rest = np[1] + 1  # what follows the name: nothing, a comma, or only . , ; (read up to the first other)
    if rest < s_hi and toks[rest][TEXT] != "," \
            and any(toks[x][KIND] != "p" or toks[x][TEXT] not in ".,;" for x in range(rest, s_hi)):
        return None
    if head_kind(wl, toks[np[1]]) not in ("name", "person", "group", "organisation"):
        return None
    f = make_found(d, toks, np, None, None, None, pi, s_lo, s_hi, "quote ― X")
    f.cue = (toks[k][START], toks[k][END], toks[k][TEXT], "neutral")
    return f


def right_adjacent(d: Doc, toks: list[Tok], i: int, pi: int, s_lo: int, s_hi: int) -> Found | None:
    wl = d.wl
    sig = _dash_signature(d, toks, i, pi, s_lo, s_hi)
    if sig is not None:
        return sig
    k = i + 1
    if k < s_hi and toks[k][TEXT] in (",", "—", "–", "-", "--"):
        k += 1
    if k >= s_hi:
        return _said_after_stop(d, toks, i, pi, s_hi) if k == i + 1 else None
    if toks[k][LOW] == "as":
        # "…,” as a Homeland Security memo put it / as the mayor noted
        np = np_right(wl, toks, k + 1, s_hi)
        if np is not None and np[1] + 1 < s_hi:
            v = np[1] + 1
            c = cue_at(wl, toks, v, s_hi)
            if c is not None:
                return make_found(d, toks, np, v, c[1], c[0], pi, s_lo, s_hi, "as X put it")
            if toks[v][LOW] == "put" and v + 1 < s_hi and toks[v + 1][LOW] == "it":
                f = make_found(d, toks, np, v, v + 2, None, pi, s_lo, s_hi, "as X put it")
                return f
    c = cue_at(wl, toks, k, s_hi)
    if c is not None and _named_speech(wl, toks, i, k, s_lo):
        c = None  # 'The “47 percent” comment hurt her': the quote names the comment
    # a participle after the quote is no inverted cue: in 'X said it was “a disaster,” adding Iran
    # will act' the words after 'adding' are its clause, and the speaker is the main clause's subject
    if c is not None and c[0].lemma in wl.invertible and not toks[k][LOW].endswith("ing"):
        np = np_right(wl, toks, c[1], s_hi)
        if np is None and c[1] < s_hi and skippable(wl, toks, c[1]):
            np = np_right(wl, toks, c[1] + 1, s_hi)
        j = c[1]
        if np is None and j < s_hi and toks[j][LOW] in wl.dets and toks[j][LOW] not in wl.possessive \
                and (j + 1 >= s_hi or toks[j + 1][KIND] == "p"):
            np = (j, j)  # "said another.", "said one, a teacher": a determiner standing alone speaks
        if np is None:
            np = _inverted_np(wl, toks, c[1], s_hi)
        if np is not None:
            return make_found(d, toks, np, k, c[1], c[0], pi, s_lo, s_hi, "said X")
    # the end of the quote's words, over the closing mark of a quote inside it ('“… as, ‘He’s the one,’”')
    content = d.text[d.spans[toks[i][QI]].start:d.spans[toks[i][QI]].end].rstrip().rstrip("’'\"”").rstrip()
    if k == i + 1 and content[-1:] not in ",.?!…—-" and d.sentence(pi, s_lo, s_hi).first_word() < i:
        return None  # a partial quote inside the sentence: what follows is not its attribution
    for v in range(k + 1, min(s_hi, k + 45)):
        t = toks[v]
        if t[KIND] == "q" or t[KIND] == "p" and t[TEXT] in ".;:!?":
            break
        c = cue_at(wl, toks, v, s_hi)
        if c is not None and nounish(wl, toks, v, k):
            continue  # "…,” the draft report said: the noun "report", then its verb
        if c is not None:
            np = np_left(wl, toks, v - 1, k) if not is_passive(wl, toks, v, k) else None
            if np is None and c[0].lemma == "quoted as saying":
                j = v - 1  # '“…,” Lee was quoted as saying': the subject before the auxiliary
                while j > k and toks[j][LOW] in ("was", "is", "were", "are", "been", "has", "had", "have"):
                    j -= 1
                np = np_left(wl, toks, j, k) if j < v - 1 else None
            if np is not None and np[0] - 2 >= k and np[0] - 2 - k <= 3 and toks[np[0] - 1][LOW] in wl.np_preps \
                    and toks[np[0] - 1][TEXT] == toks[np[0] - 1][LOW] and toks[k][TEXT] in ("a", "an", "the") \
                    and not toks[np[0] - 2][LOW].endswith(("ed", "ing")) and all(t[KIND] == "w" for t in toks[k:np[0] - 1]):
                np = (k, np[1])  # '“…,” a voice-over in the ad states': the noun before the preposition speaks
            if np is not None and np[0] == k:
                return make_found(d, toks, np, v, c[1], c[0], pi, s_lo, s_hi, "X said")
            np = _relative_apposition(wl, toks, k, v)
            if np is not None:
                return make_found(d, toks, np, v, c[1], c[0], pi, s_lo, s_hi, "X said")
            break
    return None


def _relative_apposition(wl: Words, toks: list[Tok], k: int, v: int) -> tuple[int, int] | None:
    """'“…,” Ann Lee, the analyst who founded a polling site tweeted': a name, a comma, then an
    apposition with a relative clause that runs up to the cue verb v without a closing comma; the
    name (not the noun of the relative clause) speaks. None for any other shape."""
    np = np_right(wl, toks, k, v)
    if np is None or np[0] != k or head_kind(wl, toks[np[1]]) != "name":
        return None
    c = np[1] + 1
    if c + 2 >= v or toks[c][TEXT] != "," or toks[c + 1][LOW] not in ("the", "a", "an"):
        return None
    rel = [x for x in range(c + 2, v) if toks[x][LOW] in ("who", "that")]
    if len(rel) != 1 or rel[0] + 1 >= v - 1:
        return None  # 'the analyst who tweeted': the cue is the relative clause's own verb
    if any(toks[x][KIND] != "w" for x in range(c + 1, v)):
        return None  # another comma, a quote or a dash: not one plain apposition
    return np


def _said_after_stop(d: Doc, toks: list[Tok], i: int, pi: int, s_hi: int) -> Found | None:
    """'“We will find the files.” Ann Lee said.': a quote ending its sentence with a full stop
    inside the marks, then a sentence of the same paragraph that is only a name or a pronoun, a
    cue and maybe a time word ('Lee said Monday.'): sloppy punctuation for '“…,” Lee said.'"""
    wl = d.wl
    content = d.text[d.spans[toks[i][QI]].start:d.spans[toks[i][QI]].end].rstrip().rstrip("’'\"”").rstrip()
    if content[-1:] not in ".!?":
        return None
    nxt = [(a, b) for a, b in d.psents[pi] if a == s_hi]
    if not nxt:
        return None
    lo, hi = nxt[0]
    np = np_right(wl, toks, lo, hi)
    if np is None or np[1] + 1 >= hi or head_kind(wl, toks[np[1]]) not in ("name", "person", "pronoun"):
        return None
    c = cue_at(wl, toks, np[1] + 1, hi)
    if c is None:
        return None
    j = c[1]
    while j < hi and skippable(wl, toks, j):
        j += 1
    if j != hi - 1 or toks[j][TEXT] != ".":
        return None
    return make_found(d, toks, np, np[1] + 1, c[1], c[0], pi, lo, hi, "X said")


def _named_speech(wl: Words, toks: list[Tok], i: int, k: int, s_lo: int) -> bool:
    """Whether quote i stands between a determiner or a possessive and a speech noun right after
    it ("The “47 percent” comment", "Lee’s “no deal” remark"): the quote is the name of that
    comment, and the words after the noun are no inverted cue's speaker.

    Example:
        >>> from geolib.quotes import quotes
        >>> quotes('The “47 percent” comment hurt her campaign.')["speaker"].tolist()
        [None]
    """
    return k == i + 1 and i - 1 >= s_lo and toks[k][LOW] in wl.speech_nouns \
        and (toks[i - 1][LOW] in wl.dets or is_poss(toks[i - 1]))


def _inverted_np(wl: Words, toks: list[Tok], j: int, hi: int) -> tuple[int, int] | None:
    """The speaker after an inverted cue when :func:`np_right` finds none: a determiner or a
    modifier, then up to seven more words, up to a comma, the end of the sentence, a relative
    pronoun or a preposition ('said a former senior law enforcement official', 'said retired Army
    Gen. Ann Lee, who ...', 'wrote one commenter'). None when a verb or another clause follows."""
    k = j
    while k < hi and k - j < 8:
        t = toks[k]
        if t[KIND] != "w" or t[LOW] in wl.preps or t[LOW] in ("who", "which", "that") or t[LOW] in wl.boundary:
            break
        if t[LOW] in wl.pronouns or cue_at(wl, toks, k) is not None:
            return None
        k += 1
    if k == j or k - j > 7 or k < hi and toks[k][KIND] == "w" and toks[k][LOW] not in wl.preps \
            and toks[k][LOW] not in ("who", "which", "that"):
        return None
    first, last = toks[j], toks[k - 1]
    if first[LOW] in wl.skip or skippable(wl, toks, j) or skippable(wl, toks, k - 1) or last[LOW] in wl.dets \
            or not (first[LOW] in wl.dets or first[CAP] or first[TEXT] == first[LOW] and first[LOW].endswith("ed")):
        return None
    if not last[LOW].replace("-", "").isalpha():
        return None
    return (j, k - 1)


def left_any(d: Doc, toks: list[Tok], i: int, pi: int, s_lo: int, s_hi: int) -> Found | None:
    """The cue of the main clause before the quote: the first cue with a subject, unless a later
    cue opens a new main clause with its own subject ("…, and Jones called it “…”"); cues in
    subordinate clauses ("Flynn said Trump was right when he said “…”") do not take over.
    (A cue ending before the quote token reads the same up to the quote or up to the end of the
    sentence, so the sentence folds its cues once: :meth:`Sentence.left_cue`.)"""
    best = d.sentence(pi, s_lo, s_hi).left_cue(i)
    if best is None:
        return None
    np, v, v_end, cue = best
    how = "according to X" if cue.pos == "phrase" else "X said ... quote"
    return make_found(d, toks, np, v, v_end, cue, pi, s_lo, s_hi, how)


def colon_speaker(d: Doc, toks: list[Tok], i: int, pi: int, s_lo: int, s_hi: int) -> Found | None:
    wl = d.wl
    if i - 2 < s_lo or toks[i - 1][TEXT] != ":":
        return None
    np = np_left(wl, toks, i - 2, s_lo, skip=False)
    if np is not None and np[0] > s_lo:
        cut = next((k for k in range(np[1] - 1, np[0], -1) if toks[k][KIND] == "p" and toks[k][TEXT] in DASHES), None)
        np = (cut + 1, np[1]) if cut is not None else np  # 'EARLY - Ann Lee': the heading is no part of the name
    if np is not None and np[0] - 2 > s_lo and toks[np[0] - 1][LOW] == "and":
        np2 = np_left(wl, toks, np[0] - 2, s_lo, skip=False)  # 'Ann Lee and Tom Reyes: “…”'
        np = (np2[0], np[1]) if np2 is not None and _colon_lead(toks, np2[0], s_lo) else np
    if np is None or np[0] != s_lo and not _colon_lead(toks, np[0], s_lo) and not _inverted_before(wl, toks, np[0], s_lo):
        return None
    verb = _opening_cue(wl, toks[np[0]]) if np[0] == s_lo and np[0] < np[1] else None
    if verb is not None:  # 'Stated Lee: “…”': the capitalised verb is the cue, Lee the speaker
        return make_found(d, toks, (np[0] + 1, np[1]), np[0], np[0] + 1, verb, pi, s_lo, s_hi, "clause")
    f = make_found(d, toks, np, None, None, None, pi, s_lo, s_hi, "X: quote")
    f.cue = (toks[i - 1][START], toks[i - 1][END], ":", "neutral")
    return f


def inverted_lead(d: Doc, toks: list[Tok], i: int, pi: int, s_lo: int, s_hi: int) -> Found | None:
    """A sentence that opens with an invertible cue and its speaker, then a comma and the quote:
    'Remarked union leader Ann Lee, “…”', 'Added the mayor, Ann Lee, “…”' (the name in apposition
    speaks), 'Said Ann Lee, who grew up nearby, “…”', 'But, said Lee, “…”'.

    Example:
        >>> from geolib.quotes import quotes
        >>> quotes('The museum opened. Said Ann Lee, a neighbor, “We were proud.”')["speaker"].tolist()
        ['Ann Lee']
        >>> quotes('Added the mayor, Ann Lee, “We will rebuild.”')["speaker"].tolist()
        ['Ann Lee']
    """
    wl = d.wl
    if i - 3 < s_lo or toks[i - 1][TEXT] != ",":
        return None
    verb = _opening_cue(wl, toks[s_lo])
    if verb is not None:  # a capitalised cue first: a name in apposition before the comma speaks
        np = np_right(wl, toks, s_lo + 1, i - 1)
        if np is not None and np[1] != i - 2:
            name = np_left(wl, toks, i - 2, np[1] + 2, skip=False) if toks[np[1] + 1][TEXT] == "," else None
            np = name if name is not None and name[1] == i - 2 and toks[name[1]][CAP] else None
        if np is not None and head_kind(wl, toks[np_head(toks, np)]) in ("name", "person", "group", "organisation"):
            return make_found(d, toks, np, s_lo, s_lo + 1, verb, pi, s_lo, s_hi, "said X")
    k = s_lo  # openers ('But, said Lee, “…”') and lower-case cues; the first noun phrase speaks
    while k < i and (toks[k][LOW] in wl.openers or toks[k][TEXT] == ","):
        k += 1
    if k + 2 >= i or toks[k][KIND] != "w":
        return None
    t = toks[k]
    if t[TEXT] != t[LOW]:
        cue = _opening_cue(wl, t)
    else:
        c = cue_at(wl, toks, k, i)
        cue = c[0] if c is not None and c[1] == k + 1 and c[0].pos == "verb" and c[0].lemma in wl.invertible else None
    if cue is None:
        return None
    np = np_right(wl, toks, k + 1, i - 1)
    if np is None or np[1] + 1 != i - 1 and toks[np[1] + 1][TEXT] != ",":
        return None
    if any(toks[x][KIND] == "q" for x in range(np[1] + 1, i)):
        return None
    return make_found(d, toks, np, k, k + 1, cue, pi, s_lo, s_hi, "said X")


def _opening_cue(wl: Words, t: Tok) -> Cue | None:
    """A capitalised one-word reporting verb that may come before its subject ("Stated", "Added"),
    opening a sentence: 'Stated Lee: “…”'."""
    if t[TEXT] == t[LOW] or t[KIND] != "w":
        return None
    return next((c for c in wl.cue_index.get(t[LOW], ()) if c.pos == "verb" and len(c.words) == 1
                 and c.lemma in wl.invertible), None)


def _colon_lead(toks: list[Tok], a: int, s_lo: int) -> bool:
    """What comes before the speaker of 'X: “…”' lets X open the line: a heading and a dash
    ('POLLS ARE EARLY - Ann Lee: “…”'), or 'from' / 'more from' ('More from Lee: “…”')."""
    if a - 1 < s_lo:
        return False
    prev = toks[a - 1]
    if prev[KIND] == "p" and prev[TEXT] in DASHES:
        return True
    if prev[LOW] != "from":
        return False
    k = a - 2 if a - 2 >= s_lo and toks[a - 2][LOW] == "more" else a - 1
    return k == s_lo or toks[k - 1][KIND] == "p" and toks[k - 1][TEXT] in DASHES


def _inverted_before(wl: Words, toks: list[Tok], a: int, s_lo: int) -> bool:
    """An invertible cue stands right before the speaker of 'X: “…”': 'In other words, explained
    the moderator Ann Lee: “…”', 'Said Lee: “…”'."""
    v = a - 1
    if v < s_lo or toks[v][KIND] != "w" or not (v == s_lo or toks[v - 1][TEXT] == ","):
        return False
    return any(c.pos == "verb" and len(c.words) == 1 and c.lemma in wl.invertible for c in wl.cue_index.get(toks[v][LOW], ()))


def according_right(d: Doc, toks: list[Tok], i: int, pi: int, s_lo: int, s_hi: int) -> Found | None:
    """'“…”, according to X': the first phrase cue with its noun phrase after the quote."""
    hit = d.sentence(pi, s_lo, s_hi).next_phrase(i)
    if hit is None:
        return None
    v, cue, v_end, np = hit
    return make_found(d, toks, np, v, v_end, cue, pi, s_lo, s_hi, "according to X")


def right_any(d: Doc, toks: list[Tok], i: int, pi: int, s_lo: int, s_hi: int) -> Found | None:
    """'“…” the minister later said': the subject of the first cue after the quote."""
    hit = d.sentence(pi, s_lo, s_hi).next_cue(i)
    if hit is not None:
        v, c = hit
        lo = i + 1
        np = subject_of(d, toks, v, lo, pi, s_hi)
        if np is not None:
            return make_found(d, toks, np, v, c[1], c[0], pi, s_lo, s_hi, "quote ... X said")
        return None
    return None


def clause_speaker(d: Doc, toks: list[Tok], pi: int, s_lo: int, s_hi: int) -> Mention | None:
    wl = d.wl
    for v in d.cue_starts(pi, s_lo, s_hi):
        if toks[v][KIND] != "w":
            continue
        c = cue_at(wl, toks, v, s_hi)
        if c is None:
            continue
        if c[0].pos == "phrase":
            np = np_right(wl, toks, c[1], s_hi)
        else:
            np = subject_of(d, toks, v, s_lo, pi, s_hi)
        if np is not None:
            return make_found(d, toks, np, v, c[1], c[0], pi, s_lo, s_hi, "clause").mention
    return None


def left_feeling(d: Doc, toks: list[Tok], pi: int, s_lo: int, s_hi: int) -> Mention | None:
    """'Two yellow cards went against them, leaving Ann Lee unimpressed.': a sentence that ends by
    leaving a named person in a state of mind (a word in -ed or -ing) makes that person the
    speaker a cue-less quote opening the next sentence continues.

    Example:
        >>> from geolib.quotes import quotes
        >>> t = 'Tom Reyes scored late. A penalty was missed, leaving Ann Lee unimpressed. “It was poor.”'
        >>> quotes(t)["speaker"].tolist()
        ['Ann Lee']
    """
    wl = d.wl
    k = s_hi - 1
    if k - 3 < s_lo or toks[k][TEXT] not in (".", "!"):
        return None
    feeling = toks[k - 1]
    if feeling[KIND] != "w" or feeling[TEXT] != feeling[LOW] or not feeling[LOW].endswith(("ed", "ing")) \
            or feeling[LOW] in wl.heads:
        return None
    a = k - 2
    while a - 1 >= s_lo and toks[a - 1][CAP] and toks[a - 1][KIND] == "w" and k - 1 - a < 3:
        a -= 1
    if a - 1 < s_lo or toks[a - 1][LOW] not in ("leaving", "left", "leaves") or toks[a - 1][TEXT] != toks[a - 1][LOW]:
        return None
    if not all(toks[x][CAP] and toks[x][KIND] == "w" and head_kind(wl, toks[x]) == "name" for x in range(a, k - 1)):
        return None
    return mk_mention(d, toks, (a, k - 2), pi, s_lo, s_hi)


def colon_intro(d: Doc, toks: list[Tok], pi: int, s_lo: int, s_hi: int) -> Mention | None:
    """'Lee issued the following statement:', 'Stated Lee:' -- a paragraph whose last sentence ends
    with a colon introduces the quote paragraph after it: the subject of that sentence's verb
    (no reporting verb needed), or the speaker after a sentence-opening cue, speaks there.

    Example:
        >>> from geolib.quotes import quotes
        >>> quotes('Ann Lee issued the following statement:\\n\\n“We are sad.”')["speaker"].tolist()
        ['Ann Lee']
    """
    wl = d.wl
    if s_hi != len(toks) or s_hi - s_lo < 3 or toks[s_hi - 1][TEXT] != ":":
        return None
    if pi + 1 >= len(d.ptoks) or not d.ptoks[pi + 1] or d.ptoks[pi + 1][0][KIND] != "q":
        return None  # the next paragraph does not open with a quote
    colon = s_hi - 1
    first = toks[s_lo]
    for c in wl.cue_index.get(first[LOW], ()):
        if c.pos == "verb" and len(c.words) == 1 and c.lemma in wl.invertible:
            np = np_right(wl, toks, s_lo + 1, colon)
            if np is not None and np[1] + 1 == colon:  # 'Stated Lee:', 'Said the mayor:'
                return make_found(d, toks, np, s_lo, s_lo + 1, c, pi, s_lo, s_hi, "clause").mention
            return None
    np = sentence_subject(wl, toks, s_lo, colon)
    if np is None or np[1] + 1 >= colon:
        return None
    h = toks[np_head(toks, np)]
    if h[LOW] in wl.not_subjects or head_kind(wl, h) not in _SUBJECT_KINDS:
        return None
    if _verb_after(d, toks, np, colon) is None:
        return None
    return make_found(d, toks, np, None, None, None, pi, s_lo, s_hi, "clause").mention


def transcript_speaker(d: Doc, qi: int, pi: int) -> Found | None:
    """'WALLACE: Let’s start…' -- a transcript line inside quote marks names its speaker."""
    span = d.spans[qi]
    m = TRANSCRIPT.match(d.text, span.start, span.end)
    if m is None or len(m.group(1).split()) > 4:
        return None
    a, b = m.span(1)
    words = [w.capitalize() for w in m.group(1).split()]
    speaker = d.fullest(words, a)
    colon = d.text.index(":", b)
    mention = Mention(a, b, d.text[a:b], "name", speaker, [(a, b)], {w.lower() for w in words}, pi, True)
    return Found(mention, (colon, colon + 1, ":", "neutral"), "transcript")


# a paragraph that is only a signature with the closing mark of the quote above it: "Ann Lee,
# Center for Policy Research.”", "Former mayor Ann Lee.”" (a quote box whose line break split it)
_SIGNATURE_LINE = re.compile(r"\s*(?:[-—–―]\s*)?(?:[A-Za-z.]+\s+){0,4}?"
                             r"([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})(?:,\s*[^.?!\"”,][^.?!\"”]{2,80})?\.?[\"”]\s*$")


def signed_below(d: Doc, qi: int, pi: int) -> Found | None:
    """'“We need tax cuts now.' then a paragraph 'Ann Lee, Center for Policy Research.”': a quote
    left open at the end of its paragraph whose next paragraph is nothing but a person's name (a
    known first name), maybe a title before it and a description after a comma, and the closing
    mark, is signed by that person.

    Example:
        >>> from geolib.quotes import quotes
        >>> quotes('Costs rose.\\n\\n“We need tax cuts now.\\nAnn Lee, Center for Policy Research.”\\n\\nOthers disagreed.')[
        ...     "speaker"].tolist()
        ['Ann Lee']
    """
    span = d.spans[qi]
    if span.closed and not span.unclosed or pi + 1 >= len(d.paras):
        return None
    if d.text[span.end:d.paras[pi][1]].strip():
        return None
    ns, ne = d.paras[pi + 1]
    m = _SIGNATURE_LINE.fullmatch(d.text, ns, ne)
    if m is None:
        return None
    if m.group(1).split()[0].lower() not in d.wl.first_names:
        return None
    return _signed_by(d, m, pi + 1, as_written=True)


def _signed_by(d: Doc, m: re.Match[str], pi: int, *, as_written: bool) -> Found:
    """The signer of a quote: the name of group 1 of ``m`` (in paragraph ``pi``), as its fullest
    form in the text; ``as_written``: never fewer words than written ('Dean Baker' signs as
    himself, not as a dean)."""
    words = m.group(1).split()
    a, b = m.span(1)
    speaker = d.fullest(words, a)
    if as_written and len(speaker.split()) < len(words):
        speaker = " ".join(words)
    mention = Mention(a, b, d.text[a:b], "name", speaker, [(a, b)], {w.lower() for w in words}, pi, True)
    return Found(mention, None, "signed quote")


# a paragraph that is only a dash and a name under a paragraph that is only a quote: "- Ann Lee.",
# "—Sen. Lee, speaking in Ohio." (fact-check columns, quote boxes)
_DASH_LINE = re.compile(r"\s*[-—–―]+\s*((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+)(?:,\s*[^\n]{2,80}?)?\.?\s*$")


def dashed_below(d: Doc, qi: int, pi: int) -> Found | None:
    """'“We need tax cuts now.”' alone in its paragraph, then a paragraph '- Ann Lee.': the quote is
    signed by the name after the dash.

    Example:
        >>> from geolib.quotes import quotes
        >>> quotes('Costs rose.\\n\\n“We need tax cuts now.”\\n\\n- Ann Lee.\\n\\nOthers disagreed.')[
        ...     "speaker"].tolist()
        ['Ann Lee']
    """
    span = d.spans[qi]
    if not span.closed or pi + 1 >= len(d.paras):
        return None
    ps, pe = d.paras[pi]
    if d.text[ps:span.open_start].strip() or d.text[span.close_end:pe].strip(" \n\t’”\"'"):
        return None
    ns, ne = d.paras[pi + 1]
    m = _DASH_LINE.fullmatch(d.text, ns, ne)
    if m is None:
        return None
    if not d.wl.strip_titles(tuple(m.group(1).split())):
        return None
    return _signed_by(d, m, pi + 1, as_written=False)


def colon_any(d: Doc, toks: list[Tok], i: int, pi: int, s_lo: int, s_hi: int) -> Found | None:
    """'Obama on Climate Change: The Trends Are ‘Terrifying.’', 'Here’s Lee in 1992: “…”' -- a
    sentence that opens with a speaker and a colon gives that speaker to its quotes."""
    wl = d.wl
    colon = next((c for c in range(s_lo, min(i, s_lo + 10)) if toks[c][TEXT] == ":"), None)
    if colon is None or any(toks[c][KIND] == "q" for c in range(s_lo, colon)):
        return None
    if any(cue_at(wl, toks, c) is not None for c in range(s_lo, colon)):
        return None
    first = toks[s_lo]
    verb = _opening_cue(wl, first) if s_lo + 1 < colon else None
    start = s_lo + (verb is not None)
    if first[LOW] == "here" and s_lo + 2 < colon and toks[s_lo + 1][LOW] in ("’s", "'s", "is"):
        start = s_lo + 2  # 'Here’s Lee in 1992: “…”': Lee
    np = np_right(wl, toks, start, colon)  # 'Stated Lee: “…”': Lee, not Stated Lee
    if np is None or head_kind(wl, toks[np[1]]) not in ("name", "pronoun", "person", "group", "organisation"):
        return None
    if sum(1 for t in toks[np[0]:np[1] + 1] if t[CAP]) >= 4:
        return None  # "Veto Power Impedes Peace Efforts: …" -- a heading, not a speaker
    if verb is not None:
        if np[1] + 1 != colon:
            return None
        return make_found(d, toks, np, s_lo, s_lo + 1, verb, pi, s_lo, s_hi, "clause")
    f = make_found(d, toks, np, None, None, None, pi, s_lo, s_hi, "X: ... quote")
    f.cue = (toks[colon][START], toks[colon][END], ":", "neutral")
    return f


def final_clause(d: Doc, toks: list[Tok], i: int, pi: int, s_lo: int, s_hi: int) -> Found | None:
    """'A cashier who “steals…” is held accountable, Warren said.' -- a clause-final attribution
    after a comma covers the quotes before it; so does an inverted one ('Clinton “drew well” in
    the primary, said professor Paul Beck.')."""
    wl = d.wl
    # The first cue after the quote with ", X" before it decides; only a cue with at most 10
    # tokens after it can give a speaker. So look at those cues first: if none of them has its
    # ", X", no speaker (without reading each cue of a long sentence for each of its quotes).
    pos, found = d.sentence(pi, s_lo, s_hi).cues()
    k0 = bisect.bisect_right(pos, i)
    tail_from = k0
    while tail_from < len(pos) and found[tail_from][1] < s_hi - 10:
        tail_from += 1
    if not any(_comma_subject(wl, toks, v, i) is not None for v in pos[tail_from:]) \
            and not any(_participle_tail(wl, toks, c[1], s_hi) and _comma_subject(wl, toks, v, i) is not None
                        for v, c in zip(pos[k0:tail_from], found[k0:tail_from])):
        inv = next(((v, c) for v, c in zip(pos[k0:], found[k0:]) if toks[v - 1][TEXT] == "," and v - 1 > i), None)
        if inv is None:
            return None
        v, c = inv
        np = _inverted_subject(wl, toks, v, c, s_hi)
        if np is None:
            return None
        return make_found(d, toks, np, v, c[1], c[0], pi, s_lo, s_hi, "..., X said.")
    for v, c in zip(pos[k0:], found[k0:]):
        np = _comma_subject(wl, toks, v, i)
        if np is None:
            continue
        tail = toks[c[1]:s_hi]
        if (len(tail) > 10 or any(t[KIND] == "q" for t in tail)) and not _participle_tail(wl, toks, c[1], s_hi):
            return None
        return make_found(d, toks, np, v, c[1], c[0], pi, s_lo, s_hi, "..., X said.")
    return None


def _participle_tail(wl: Words, toks: list[Tok], j: int, hi: int) -> bool:
    """Whether the words after a cue (from token j) are at most a short phrase, then a comma and a
    reporting participle that goes on with the same speaker ('…, Lee said Tuesday in Paris, noting
    that …'); not any participle ('described how, growing up, …')."""
    for p in range(j, min(hi - 1, j + 10)):
        t = toks[p]
        if t[KIND] != "w":
            nxt = toks[p + 1]
            return t[TEXT] == "," and nxt[KIND] == "w" and nxt[TEXT] == nxt[LOW] and nxt[LOW].endswith("ing") \
                and cue_at(wl, toks, p + 1, hi) is not None
    return False


def _inverted_subject(wl: Words, toks: list[Tok], v: int, c: tuple[Cue, int], s_hi: int) -> tuple[int, int] | None:
    """The noun phrase after an invertible cue that follows a comma and ends its sentence, but for
    an apposition (', said Ann Lee, a professor at the university.')."""
    if c[0].lemma not in wl.invertible:
        return None
    np = np_right(wl, toks, c[1], s_hi)
    if np is None or head_kind(wl, toks[np_head(toks, np)]) not in ("name", "person", "group", "organisation"):
        return None
    tail = toks[np[1] + 1:s_hi]
    if any(t[KIND] == "q" for t in tail):
        return None
    words = [t for t in tail if t[KIND] == "w"]
    if words and not (tail[0][TEXT] == "," and len(tail) <= 25):
        return None  # the clause goes on: not a final attribution
    return np


def _comma_subject(wl: Words, toks: list[Tok], v: int, i: int) -> tuple[int, int] | None:
    """The noun phrase before the cue at token v, after a comma and after token i: ', Warren said'."""
    np = np_left(wl, toks, v - 1, i + 1)
    if np is None or np[0] - 1 <= i or toks[np[0] - 1][TEXT] != ",":
        return None
    return np


def as_quote(d: Doc, toks: list[Tok], i: int, pi: int, s_lo: int, s_hi: int) -> Found | None:
    """'Reid has gone after Trump as a “con artist”' -- X ... Y as "…" is X's characterization;
    so is 'X has used the phrase “…”' (the phrase, term, word, slogan, nickname)."""
    wl = d.wl
    k = d.as_back(pi, i - 1)  # step back over quotes, articles, and / or, commas
    if k < s_lo:
        return None
    phrase = toks[k][LOW] in wl.phrase_nouns and k - 1 >= s_lo \
        and toks[k - 1][LOW] in ("the", "a", "this", "that", "his", "her", "their", "its")
    if toks[k][LOW] != "as" and not phrase:
        return None
    np = sentence_subject(wl, toks, s_lo, k)
    if np is None or np[1] >= k or head_kind(wl, toks[np_head(toks, np)]) not in (
            "name", "pronoun", "person", "group", "organisation"):
        return None
    if phrase and not any(toks[x][KIND] == "w" and toks[x][TEXT] == toks[x][LOW] and toks[x][LOW] not in wl.skip
                          for x in range(np[1] + 1, k - 1)):
        return None  # "the phrase" needs a verb of the subject before it ("X used the phrase")
    # "Y has been described by X as “…”": the agent of the passive characterizes
    by = d.positions(pi, "by")  # the 'by' tokens between the subject and 'as', not every token
    for x in by[bisect.bisect_left(by, np[1] + 2):bisect.bisect_left(by, k)]:
        if toks[x - 1][LOW].endswith(("ed", "en")) and is_passive(wl, toks, x - 1, np[1] + 1):
            agent = np_right(wl, toks, x + 1, k)
            if agent is not None and head_kind(wl, toks[np_head(toks, agent)]) in ("name", "person", "group",
                                                                                      "organisation"):
                return make_found(d, toks, agent, x - 1, x, None, pi, s_lo, s_hi, "described by X as quote")
            break
    return make_found(d, toks, np, None, None, None, pi, s_lo, s_hi, "X ... as quote")


def speech_owner(d: Doc, toks: list[Tok], i: int, pi: int, s_lo: int, s_hi: int) -> Found | None:
    """'Trump’s claim that there were “…”', 'his promise to “…”', 'her comment Monday that “…”': the
    owner of a speech noun (a possessive before it, over a modifier or two) owns the quote that
    follows it in the same clause ('that' or 'to'), and a quote between a possessive and a speech
    noun is the owner's ('Lee’s “47 percent” slogan').

    Example:
        >>> import geolib
        >>> geolib.quotes('Ann Lee’s call to “start afresh” drew applause.')["speaker"].tolist()
        ['Ann Lee']
    """
    wl = d.wl
    for k in range(i - 1, max(s_lo - 1, i - 14), -1):
        t = toks[k]
        if t[KIND] == "q" or t[KIND] == "p" and t[TEXT] in ".;:!?()":
            return None
        if t[KIND] == "w" and t[LOW] in wl.speech_nouns and t[TEXT] == t[LOW] and k - 1 >= s_lo:
            comp = _noun_holds(d, toks, k, i)
            if comp is None:
                return None
            # 'Lee’s call for “…”', 'Lee’s promise of “…”': a named owner only (a 'his' is
            # read less surely than the clause of 'his promise that …')
            return _owner(d, toks, k, pi, s_lo, s_hi, pronoun=comp in ("that", "to"))
    n = i + 1
    if i - 1 >= s_lo and n < s_hi and toks[n][LOW] in wl.speech_nouns and toks[n][TEXT] == toks[n][LOW]:
        return _owner(d, toks, i, pi, s_lo, s_hi, mods=0)
    return None


def _noun_holds(d: Doc, toks: list[Tok], k: int, i: int) -> str | None:
    """The word that opens the complement of the speech noun at k holding the quote at i: 'that',
    'to', 'for' or 'of' (after a time: 'his statement on Monday that'; 'was that'), else None."""
    wl = d.wl
    j = k + 1
    while j < i and (toks[j][LOW] in wl.weekdays or toks[j][LOW] in wl.months or toks[j][LOW].isdigit()
                     or toks[j][LOW] in ("on", "in") and j + 1 < i
                     and (toks[j + 1][LOW] in wl.weekdays or toks[j + 1][LOW] in wl.months)):
        j += 1
    if j + 1 < i and toks[j][LOW] in ("is", "was") and toks[j + 1][LOW] == "that":
        j += 1
    if j >= i or toks[j][LOW] not in ("that", "to", "for", "of"):
        return None
    return toks[j][LOW]


def _owner(d: Doc, toks: list[Tok], k: int, pi: int, s_lo: int, s_hi: int, mods: int = 2,
           pronoun: bool = True) -> Found | None:
    """The owner of the noun at k: a possessive pronoun (when ``pronoun``) or a possessive name,
    person, group or organisation right before it or before at most ``mods`` plain modifiers
    ('his repeated', a month)."""
    wl = d.wl
    m = k - 1
    for _ in range(mods):
        if m - 1 < s_lo:
            break
        t = toks[m]
        low = t[LOW]
        plain = t[KIND] == "w" and (t[TEXT] == low and low.replace("-", "").isalpha() and low not in wl.dets
                                    and low not in wl.preps and low not in wl.boundary and low not in wl.possessive
                                    and low not in wl.finite_verbs and cue_at(wl, toks, m) is None
                                    or low in wl.months)
        if not plain or is_poss(t):
            break
        m -= 1
    if m < s_lo:
        return None
    p = toks[m]
    if p[LOW] in wl.possessive and p[KIND] == "w":
        if not pronoun or any(toks[x][LOW] not in wl.months for x in range(m + 1, k)):
            return None  # "its hyperbolic prediction that": only a name's, over a modifier
        men = Mention(p[START], p[END], p[TEXT], "pronoun", p[TEXT], [(p[START], p[END])], set(), pi)
        resolve_pronoun(d, men, wl.possessive[p[LOW]])
        if men.speaker == men.text:
            return None
        return Found(men, None, "X’s claim … quote")
    if is_poss(p) and m - 1 >= s_lo:
        np = np_core(wl, toks, m - 1, s_lo)
        if np is None or head_kind(wl, toks[np_head(toks, np)]) not in ("name", "person", "group", "organisation"):
            return None
        return make_found(d, toks, np, None, None, None, pi, s_lo, s_hi, "X’s claim … quote")
    return None


def dash_enclosed(d: Doc, toks: list[Tok], i: int, pi: int, s_lo: int, s_hi: int) -> Found | None:
    """'… including Mitt Romney -- “…” -- and …': a quote set off by dashes belongs to the person
    named right before it, else to the subject of its sentence."""
    wl = d.wl
    if i - 1 < s_lo or toks[i - 1][TEXT] not in DASHES or i + 1 >= s_hi or toks[i + 1][TEXT] not in DASHES:
        return None
    j = i - 1
    while j - 1 >= s_lo and toks[j - 1][TEXT] in DASHES:
        j -= 1
    np = np_left(wl, toks, j - 1, s_lo, skip=False) if j - 1 >= s_lo else None
    if np is not None and head_kind(wl, toks[np_head(toks, np)]) in ("name", "person"):
        return make_found(d, toks, np, None, None, None, pi, s_lo, s_hi, "X -- quote --")
    np = sentence_subject(wl, toks, s_lo, j)
    if np is not None and np[1] < j and head_kind(wl, toks[np_head(toks, np)]) in ("name", "person", "pronoun"):
        return make_found(d, toks, np, None, None, None, pi, s_lo, s_hi, "X -- quote --")
    return None


def passive_by(d: Doc, toks: list[Tok], i: int, pi: int, s_lo: int, s_hi: int) -> Found | None:
    """'“…” was written by Ann Lee', '“…,” a line coined by X': a passive with its agent after the quote."""
    wl = d.wl
    around = _passive_around(d, toks, i, pi, s_lo, s_hi)
    if around is not None:
        return around
    aux = False
    for v in range(i + 1, min(s_hi, i + 12)):
        t = toks[v]
        if t[KIND] == "q" or t[KIND] == "p" and t[TEXT] in ".;:!?":
            return None
        if t[LOW] in wl.passive_aux:
            aux = True
        if t[LOW] == "by" and v - 1 > i:
            part = toks[v - 1][LOW]
            if not (part in wl.agent_participles or aux and part.endswith(("ed", "en"))):
                return None
            if not aux and part not in wl.agent_participles:
                return None
            np = np_right(wl, toks, v + 1, s_hi)
            if np is None or head_kind(wl, toks[np_head(toks, np)]) not in ("name", "person", "group",
                                                                              "organisation"):
                return None
            f = make_found(d, toks, np, v - 1, v, None, pi, s_lo, s_hi, "quote was said by X")
            return f
    return None


def agent_before(d: Doc, toks: list[Tok], i: int, pi: int, s_lo: int, s_hi: int) -> Found | None:
    """'a pattern described by the Gazette as “…”': a passive participle, its agent and 'as' (with an
    article) right before the quote; the agent speaks, not the subject of the participle.

    Example:
        >>> import geolib
        >>> geolib.quotes('It was a plan described by Ann Lee as “a disaster.”')["speaker"].tolist()
        ['Ann Lee']
    """
    wl = d.wl
    p = i - 1
    while p > s_lo and i - p <= 3 and toks[p][LOW] in ("a", "an", "the"):
        p -= 1
    if p <= s_lo + 2 or toks[p][LOW] != "as":
        return None
    for b in range(p - 2, max(s_lo, p - 9), -1):
        t = toks[b]
        if t[KIND] != "w":
            return None
        if t[LOW] != "by":
            continue
        part = toks[b - 1][LOW]
        if toks[b - 1][KIND] != "w" or toks[b - 1][TEXT] != part \
                or not (part in wl.agent_participles or part.endswith(("ed", "en"))):
            return None
        np = np_right(wl, toks, b + 1, p)
        if np is None or np[1] != p - 1 or head_kind(wl, toks[np_head(toks, np)]) not in ("name", "person", "group",
                                                                                         "organisation"):
            return None
        # as :func:`as_quote` reads 'Y has been described by X as “…”' (same pattern name and cue)
        return make_found(d, toks, np, b - 1, b, None, pi, s_lo, s_hi, "described by X as quote")
    return None


def _passive_around(d: Doc, toks: list[Tok], i: int, pi: int, s_lo: int, s_hi: int) -> Found | None:
    """'X was described as “…” by the police', 'was declared to be a “…” by the WHO': a passive
    participle before the quote and its agent right after it."""
    wl = d.wl
    if i + 2 >= s_hi or toks[i + 1][LOW] != "by":
        return None
    p = i - 1
    while p > s_lo and i - p <= 4 and toks[p][LOW] in ("as", "a", "an", "to", "be", "the"):
        p -= 1
    if p <= s_lo:
        return None
    part = toks[p][LOW]
    c = cue_at(wl, toks, p, s_hi)
    if toks[p][TEXT] != part or not (part in wl.agent_participles or part.endswith(("ed", "en"))) \
            or p == i - 1 and c is None:  # 'was called “…” by X', but not 'was signed “in good faith” by X'
        return None
    k = p - 1
    while k >= s_lo and skippable(wl, toks, k) and toks[k][LOW] not in wl.passive_aux:
        k -= 1
    if k < s_lo or toks[k][LOW] not in wl.passive_aux:
        return None
    np = np_right(wl, toks, i + 2, s_hi)
    if np is None or head_kind(wl, toks[np_head(toks, np)]) not in ("name", "person", "group", "organisation"):
        return None
    return make_found(d, toks, np, p, p + 1, c[0] if c is not None else None, pi, s_lo, s_hi, "quote was said by X")


_NAMING = ("called", "titled", "entitled", "named", "dubbed")


def named_thing(d: Doc, toks: list[Tok], i: int, s_lo: int) -> bool:
    """The quote is the name of the thing before it, nobody's words: 'a program called “Learning
    Together”', 'an account called “Hypo-Cruz”', 'known online as “Guccifer”' -- not 'Lee called
    “the plan a disaster”' (a speaker, not a thing, before 'called'), nor 'so-called “pass through”
    income' (someone's term)."""
    wl = d.wl
    if i - 1 < s_lo or toks[i - 1][KIND] != "w":
        return False
    if _show_told(d, toks, i, s_lo):
        return True
    w = toks[i - 1][LOW]
    if w == "as" and _named_as(d, toks, i, s_lo):
        return True
    if w not in _NAMING or toks[i - 1][TEXT] != w or i - 2 < s_lo:
        return False
    n = toks[i - 2]
    return n[KIND] == "w" and n[TEXT] == n[LOW] and n[LOW].isalpha() and n[LOW] not in wl.pronouns \
        and wl.heads.get(n[LOW]) not in ("person", "group") and n[LOW] not in wl.skip \
        and n[LOW] not in wl.passive_aux and not n[LOW].endswith("ly") and n[LOW] not in wl.boundary


def _named_as(d: Doc, toks: list[Tok], i: int, s_lo: int) -> bool:
    """The quote after 'as' at i - 1 is a name: 'known (online / within the community) as “…”'
    (up to four lower-case words between), or a capitalised quote of two to four words after
    'identified ... as' ('identified him only as “Mr. A”'; not 'identified it as “a grave
    threat”' nor 'identified the judge as “Spanish,”').

    Example:
        >>> from geolib.quotes import quotes
        >>> quotes('Ann Lee, known among her fans as “The Hammer”, won.')["speaker"].tolist()
        [None]
    """
    for k in range(i - 2, max(s_lo - 1, i - 7), -1):
        t = toks[k]
        if t[KIND] != "w" or t[TEXT] != t[LOW]:
            return False
        if t[LOW] == "known":
            return True
        if t[LOW] in ("identified", "identifies", "identify"):
            sp = d.spans[toks[i][QI]]
            words = d.text[sp.start:sp.end].strip().split()
            return 2 <= len(words) <= 4 and all(x[:1].isupper() for x in words)
    return False


def _show_told(d: Doc, toks: list[Tok], i: int, s_lo: int) -> bool:
    """'Lee told “Fox and Friends”', 'Lee told NBC’s “Today”': a short capitalised quote right after
    'told' (and a network's possessive) is the programme told, not words.

    Example:
        >>> from geolib.quotes import quotes
        >>> quotes('“We will win,” Ann Lee told NBC’s “Today” on Monday.')["speaker"].tolist()
        ['Ann Lee', None]
    """
    k = i - 1
    if is_poss(toks[k]) and k - 1 >= s_lo and toks[k - 1][CAP]:
        k -= 2
    if k < s_lo or toks[k][KIND] != "w" or toks[k][TEXT] != toks[k][LOW]:
        return False
    c = cue_at(d.wl, toks, k)
    if c is None or c[0].lemma != "tell" or c[1] != k + 1:
        return False
    sp = d.spans[toks[i][QI]]
    content = d.text[sp.start:sp.end].strip()
    return content[:1].isupper() and len(content.split()) <= 5 and content.rstrip(",.")[-1:] not in "?!"


def title_like(d: Doc, qi: int) -> bool:
    """A short quote with every word capitalised reads as a title or a name, not a quotation."""
    wl = d.wl
    sp = d.spans[qi]
    words = re.findall(r"[^\W_][\w’'\-.]*", d.text[sp.start:sp.end])
    if not words or len(words) > 8:
        return False
    content = [w for w in words if w.lower() not in wl.small_words]
    if len(content) < 2:
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in content) and any(w[0].isupper() for w in content) \
        and not all(w.isupper() for w in content)


def introduced(wl: Words, toks: list[Tok], i: int, s_lo: int) -> bool:
    """The quote directly follows a cue, 'as', a colon or a comma: quoted words, even if capitalised
    ('called him “Little Marco” and “Lyin’ Ted”': the second quote too). Not after the name of a
    work ('his book, “…”', 'a film titled “…”') or 'known as'."""
    k = i - 1
    while True:
        while k >= s_lo and toks[k][LOW] in ("a", "an", "the", "him", "her", "them", "it", "himself", "herself"):
            k -= 1
        if k - 1 >= s_lo and toks[k][LOW] in ("and", "or") and toks[k - 1][KIND] == "q":
            k -= 2  # coordinated quotes share their introduction
            continue
        break
    if k < s_lo:
        return False
    t = toks[k]
    prev = toks[k - 1][LOW] if k - 1 >= s_lo else ""
    if t[LOW] in wl.work_nouns or t[TEXT] == "," and prev in wl.work_nouns \
            or t[LOW] == "as" and prev in ("known", "billed"):
        return False
    if t[TEXT] in (":", ",") or t[LOW] == "as" or cue_at(wl, toks, k) is not None:
        return True
    # a characterizing verb and its object: "called her rivals “Lazy Bob”", "dubbed the plan “…”"
    for x in range(k - 1, max(s_lo - 1, k - 5), -1):
        if toks[x][KIND] != "w":
            return False
        c = cue_at(wl, toks, x)
        if c is not None:
            return c[0].group == "characterizing" and not c[0].lemma.startswith(("refer", "compare"))
    return False


_SUBJECT_KINDS = ("name", "pronoun", "person", "group", "organisation")


def subject_partial(d: Doc, toks: list[Tok], i: int, pi: int, s_lo: int, s_hi: int) -> Found | None:
    """'Cruz blamed the law on “knuckleheaded politicians”', 'Sanders has pushed his promise of
    “free college”': a quote inside a sentence with no reporting cue belongs to the subject of the
    main clause that holds it -- a person, organisation, pronoun or document ('The ad blames Lee for
    “…”') followed by a finite verb (an
    -ed form, a ``finite_verb`` of quote_words.csv, or an -s form after a name). Not a quote that
    opens its sentence, nor one after a semicolon, colon or parenthesis or after another cue (a
    clause of its own) or before 'according to', nor a label ('the so-called “…”', a ``label_word``), a title ('his book
    “…”', a short capitalised quote) or a quoted modifier ('“very conservative” voters').

    Example:
        >>> import geolib
        >>> geolib.quotes('Sen. Ann Lee blamed the loss on “weak turnout” on Monday.')["speaker"].tolist()
        ['Ann Lee']
    """
    wl = d.wl
    sent = d.sentence(pi, s_lo, s_hi)
    if sent.lead_end() >= i:
        return None
    np = sentence_subject(wl, toks, _after_opener(wl, toks, s_lo, i), i)
    if np is None or np[1] + 1 >= i:
        return None
    h = toks[np_head(toks, np)]
    kind = head_kind(wl, h)
    if h[LOW] in wl.not_subjects or kind not in _SUBJECT_KINDS + ("document",):
        return None
    v = _verb_after(d, toks, np, i)
    if v is None:
        return None
    nxt = v + 1
    while nxt < i and skippable(wl, toks, nxt):
        nxt += 1
    if toks[np[1] + 1][TEXT] != "," and (is_passive(wl, toks, v, np[1] + 1) or toks[v][LOW] in wl.passive_aux
                                          and nxt < i and toks[nxt][TEXT] == toks[nxt][LOW]
                                          and toks[nxt][LOW].endswith(("ed", "en"))):
        return None  # "they are called “…”", "the complaint is based on “…”": the subject is no agent
    for k in range(v + 1, i):
        t = toks[k]
        if t[KIND] == "p" and t[TEXT] in ";:()[]":
            return None  # another clause or an aside holds the quote
    pos, found = sent.cues()
    for c in pos[bisect.bisect_right(pos, v):bisect.bisect_left(pos, i)]:
        if not nounish(wl, toks, c, s_lo):
            return None  # "Lee arrived after the port was said to be “…”": that cue's clause
    if any(c[0].pos == "phrase" for c in found[bisect.bisect_right(pos, i):]):
        return None  # "…, “…” according to the outlet"
    k = i - 1
    while k > v and (toks[k][LOW] in wl.dets or toks[k][TEXT] == ","):
        k -= 1
    if toks[k][LOW] in wl.work_nouns or toks[k][LOW] in wl.label_words:
        return None  # "his book “…”", "the so-called “…”"
    span = d.spans[toks[i][QI]]
    content = d.text[span.start:span.end]
    first = next((ch for ch in content if ch.isalpha()), "")
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", content) if w.lower() not in wl.small_words]
    if first.isupper() and len(content.split()) <= 3 and all(w[0].isupper() for w in words):
        return None  # "visited NBC’s “Today”": a title or a name (not "the “Charleston loophole”")
    n = i + 1
    if n < s_hi and toks[n][KIND] == "w" and toks[n][TEXT] == toks[n][LOW] and toks[n][LOW].isalpha() \
            and toks[n][LOW] not in wl.preps and toks[n][LOW] not in wl.boundary and toks[n][LOW] not in wl.dets \
            and toks[n][LOW] not in wl.skip and toks[n][LOW] not in wl.pronouns and toks[n][LOW] != "to" \
            and cue_at(wl, toks, n) is None:
        return None  # "“very conservative” voters": a quoted modifier of a noun
    return make_found(d, toks, np, None, None, None, pi, s_lo, s_hi, "X verb ... quote")


def opening_clause(d: Doc, toks: list[Tok], i: int, pi: int, s_lo: int, s_hi: int) -> Found | None:
    """'While Lee laid out a vision for “a fair tax code,” Reyes attacked …': a quote inside an
    opening clause of time or reason (a ``subordinator``: when, while, after ...) belongs to that
    clause's subject when a finite verb follows it, not to the main clause after the comma.

    Example:
        >>> from geolib.quotes import quotes
        >>> quotes('While Ann Lee laid out a vision for “a fair tax code,” Tom Reyes attacked the mayor.')["speaker"].tolist()
        ['Ann Lee']
    """
    wl = d.wl
    lo = _after_opener(wl, toks, s_lo, i)
    if toks[lo][LOW] not in wl.subordinators or lo + 2 >= i or toks[i - 1][KIND] != "w":
        return None
    if any(t[KIND] == "q" or t[TEXT] in ",;:()" for t in toks[lo + 1:i]):
        return None  # the quote is past the opening clause, or another quote or aside comes first
    np = np_right(wl, toks, lo + 1, i)
    if np is None or np[1] + 1 >= i:
        return None
    h = toks[np_head(toks, np)]
    if h[LOW] in wl.not_subjects or head_kind(wl, h) not in _SUBJECT_KINDS:
        return None
    k = np[1] + 1  # its verb: after 'When X', a lowercase word that opens no other phrase ('laid', 'said', 'tried')
    while k < i and skippable(wl, toks, k):
        k += 1
    t = toks[k]
    if k >= i or t[KIND] != "w" or t[TEXT] != t[LOW] or not t[LOW].isalpha() or t[LOW] in wl.preps \
            or t[LOW] in wl.dets or t[LOW] in wl.boundary or t[LOW] in wl.pronouns or t[LOW] in wl.heads:
        return None
    pos, _found = d.sentence(pi, s_lo, s_hi).cues()
    for c in pos[bisect.bisect_right(pos, k):bisect.bisect_left(pos, i)]:
        if nounish(wl, toks, c, s_lo):
            continue
        np2, explicit = subject_ex(d, toks, c, s_lo, pi, s_hi)
        if explicit and np2 is not None and np2 != np:
            return None  # "As America prepares for what Lee called “…”": that cue's own subject speaks
    return make_found(d, toks, np, None, None, None, pi, s_lo, s_hi, "X verb ... quote")


def _after_opener(wl: Words, toks: list[Tok], s_lo: int, i: int) -> int:
    """Where the clause of a sentence starts after an opening conjunction or adverb of the
    ``opener`` list ('But she …', 'Then he …', 'And yet the mayor …'): the first token after them."""
    k = s_lo
    while k + 1 < i and toks[k][KIND] == "w" and toks[k][LOW] in wl.openers:
        k += 1
    return k


def _verb_after(d: Doc, toks: list[Tok], np: tuple[int, int], i: int) -> int | None:
    """The finite verb right after the subject ``np`` (over adverbs, an apposition or a 'who'
    clause set off by commas): its index, or None when no finite verb follows before token i."""
    wl = d.wl
    k = np[1] + 1
    described = False
    if k + 1 < i and toks[k][LOW] in wl.np_preps and toks[k][TEXT] == toks[k][LOW] \
            and toks[np[1]][TEXT] == toks[np[1]][LOW] and toks[np[1]][LOW] in wl.heads:
        # "The new mayor of the city, Ann Lee, ...": its short 'of' phrase, then a comma
        c = next((c for c in range(k + 1, min(i, k + 8)) if toks[c][KIND] != "w" or toks[c][LOW] in wl.finite_verbs), None)
        if c is not None and c > k + 1 and toks[c][TEXT] == ",":
            k, described = c, True
    if k < i and toks[k][TEXT] == ",":
        if k + 1 < i and toks[k + 1][LOW] in ("who", "which"):
            k += 2  # "X, who has dismissed the report as “…”"
        else:
            close = next((c for c in range(k + 1, min(i, k + 16)) if toks[c][TEXT] == ","), None)
            if close is None:
                return None
            k = close + 1
            if described and k < i and toks[k][LOW] in wl.preps and toks[k][TEXT] == toks[k][LOW]:
                # a name in apposition, then a prepositional phrase set off by commas: "The new
                # mayor, Ann Lee, during her speech to the council on Monday, offered ...: “…”"
                close = next((c for c in range(k + 1, min(i, k + 25)) if toks[c][TEXT] == ","), None)
                if close is None or any(toks[c][KIND] == "q" or toks[c][TEXT] in ".;:!?" for c in range(k, close)):
                    return None
                k = close + 1
    modal = False  # 'The group did not want to …', 'Lee will never accept …': a base form after it is the verb
    while k < i and skippable(wl, toks, k):
        modal = modal or toks[k][LOW] in wl.modal_aux
        k += 1
    if k >= i:
        return None
    t = toks[k]
    low = t[LOW]
    if t[KIND] != "w" or t[TEXT] != low or not low.isalpha() or low in wl.heads:
        return None  # not "Trump’s “excesses”"
    if low in wl.finite_verbs or low.endswith("ed"):
        return k
    if modal and low not in wl.preps and low not in wl.dets and low not in wl.boundary and low not in wl.pronouns:
        return k
    if low.endswith("s") and not low.endswith("ss") and low not in wl.preps and low not in wl.boundary \
            and (np[0] < np[1] or d.is_person_name([toks[np[0]][TEXT]]) is True or toks[np[0]][LOW] in ("he", "she")):
        return k  # "Heer sees the piece as …", "She talks of …", not "Multiple outlets …"
    return None


def colon_clause(d: Doc, toks: list[Tok], i: int, pi: int, s_lo: int, s_hi: int) -> Found | None:
    """'Lee delivered a sharp retort: “…”', 'In town after town, Kim lobbies for the bill: “…”': a
    quote right after a colon that ends a clause of a speaker and a finite verb (no reporting verb
    needed) is the subject's. Not when a quote comes earlier in the sentence, nor when a reporting
    verb of another clause stands between the verb and the colon.

    Example:
        >>> import geolib
        >>> geolib.quotes('Lee delivered a sharp retort: “Nobody is leaving.”')["speaker"].tolist()
        ['Lee']
    """
    wl = d.wl
    colon = i - 1
    if colon - 1 < s_lo or toks[colon][TEXT] != ":":
        return None
    if any(toks[c][KIND] == "q" for c in range(s_lo, colon)):
        return None
    np = sentence_subject(wl, toks, s_lo, colon)
    if np is None or np[1] + 1 >= colon:
        return None
    h = toks[np_head(toks, np)]
    if h[LOW] in wl.not_subjects or head_kind(wl, h) not in _SUBJECT_KINDS + ("document",):
        return None  # a document speaks too: 'Lee's letter makes a plain case: “…”'
    v = _verb_after(d, toks, np, colon)
    if v is None:
        return None
    pos, _found = d.sentence(pi, s_lo, s_hi).cues()
    if any(not nounish(wl, toks, c, s_lo) for c in pos[bisect.bisect_right(pos, v):bisect.bisect_left(pos, colon)]):
        return None  # "Lee left after the mayor said: “…”": that cue's clause
    np = _name_in_apposition(wl, toks, np, v) or np
    f = make_found(d, toks, np, None, None, None, pi, s_lo, s_hi, "X verb ...: quote")
    f.cue = (toks[colon][START], toks[colon][END], ":", "neutral")
    return f


def _name_in_apposition(wl: Words, toks: list[Tok], np: tuple[int, int], v: int) -> tuple[int, int] | None:
    """The name set off by commas after a lower-case description and its short 'of' phrase,
    before the verb at v: 'The new mayor of the city, Ann Lee, during ..., offered' -> the whole
    phrase up to the name (its speaker is Ann Lee).
    None for any other subject."""
    h = toks[np[1]]
    if h[TEXT] != h[LOW] or h[LOW] not in wl.heads:
        return None
    k = np[1] + 1
    if k < v and toks[k][LOW] in wl.np_preps:
        k = next((c for c in range(k + 1, min(v, k + 8)) if toks[c][KIND] != "w"), v)
    if k + 2 >= v or toks[k][TEXT] != "," or not toks[k + 1][CAP]:
        return None
    e = k + 1
    while e + 1 < v and toks[e + 1][CAP] and toks[e + 1][KIND] == "w":
        e += 1
    return (np[0], e) if toks[e + 1][TEXT] == "," and e - k <= 4 else None


def headline_subject(d: Doc, toks: list[Tok], i: int, pi: int, s_lo: int, s_hi: int) -> Found | None:
    """'Ann Lee Explains Why She Felt “Invisible”': a quote inside a title-case headline with no cue
    belongs to the person whose name opens the headline (a name whose gender a first name or a
    title tells), followed by a word (its verb) before the quote, when the article writes that name
    in the same words elsewhere (in title case every word
    is capitalised, so the name is known only from the article's other paragraphs).

    Example:
        >>> import geolib
        >>> geolib.quotes('Ann Lee Explains Why She Felt “Invisible”\\n\\nAnn Lee grew up in Ohio.')["speaker"].tolist()
        ['Ann Lee']
    """
    wl = d.wl
    sent = d.sentence(pi, s_lo, s_hi)
    k = sent.lead_end()
    if k >= i or not sent.headline():
        return None
    run = k
    while run < i and toks[run][KIND] == "w" and toks[run][CAP] and not is_poss(toks[run]) and run - k < 4:
        run += 1
    if run == k:
        return None
    known = d.name_paragraphs()
    for n in range(run, k, -1):  # the longest opening that the article writes as a name
        words = tuple(t[TEXT] for t in toks[k:n])
        if known.get(words, set()) - {pi} and d.is_person_name(words) is True and d.gender(words) is not None \
                and n + 1 < i and toks[n][KIND] == "w" \
                and toks[n][CAP] and toks[n][LOW] not in ("and", "or", "&"):
            return make_found(d, toks, (k, n - 1), None, None, None, pi, s_lo, s_hi, "headline subject")
    return None
