"""Choosing the speaker of every quote of a document: the rules of
:mod:`geolib.quotes.candidates` in order, the continuation of the previous speaker, titles that are
nobody's words; and whether a quote is direct or partial.

Example:
    >>> import geolib
    >>> geolib.quotes('“We won.” Lee said so. “Again.”')["kind"].tolist()
    ['direct', 'direct']
"""

from __future__ import annotations

import bisect
import re

from .candidates import according_right, agent_before, as_quote, clause_speaker, colon_any, colon_intro, colon_clause, colon_speaker, dash_enclosed, dashed_below, final_clause, headline_subject, introduced, inverted_lead, left_any, left_feeling, named_thing, opening_clause, passive_by, right_adjacent, right_any, signed_below, speech_owner, subject_partial, title_like, transcript_speaker
from .context import Doc, Found, Mention
from .cues import cue_at
from .tokens import CAP, END, KIND, LOW, QI, START, TEXT


def attribute(d: Doc) -> dict[int, Found]:
    wl = d.wl
    results: dict[int, Found] = {}
    initial: dict[int, tuple[bool, int]] = {}
    # the speaker of the latest attributed quote of each sentence: '“A,” said X, “B.”' and
    # 'X said “A,” adding that “B”' -- a later quote of the sentence with no cue of its own is X's
    in_sentence: dict[tuple[int, int], Mention] = {}
    unattributed: list[int] = []  # the quotes of the sentence at hand left without a speaker
    # 'Lee issued the following statement:' then paragraphs that are nothing but quotes: the
    # introduced speaker and the last paragraph of the block so far
    block: tuple[Mention, int] | None = None
    if not d.spans:
        return results
    last_open = max(sp.open_start for sp in d.spans)
    for pi, toks in enumerate(d.ptoks):
        pq = d.pquotes[pi]  # in token order: a sentence's quotes by bisection, not a scan of all
        for s_lo, s_hi in d.psents[pi]:
            qidx = pq[bisect.bisect_left(pq, s_lo):bisect.bisect_left(pq, s_hi)]
            if not qidx:
                if toks[s_lo][START] > last_open:
                    continue  # no quote follows: a speaker found here would never be used
                ev = clause_speaker(d, toks, pi, s_lo, s_hi) or colon_intro(d, toks, pi, s_lo, s_hi) \
                    or left_feeling(d, toks, pi, s_lo, s_hi)
                if ev is not None:
                    d.events.append(ev)
                    if s_hi == len(toks) and toks[s_hi - 1][TEXT] == ":":
                        block = (ev, pi)
                continue
            for i in qidx:
                qi = toks[i][QI]
                if qi in results:
                    continue
                span = d.spans[qi]
                is_first = toks[i][START] <= span.open_start
                is_last = toks[i][END] >= max(span.close_end, span.end)
                if is_first:
                    d.qpos[qi] = (pi, i, s_lo)
                    starts = d.sentence(pi, s_lo, s_hi).lead_end() >= i  # only quotes, marks, openers before
                    initial[qi] = (starts, pi)
                if is_first and named_thing(d, toks, i, s_lo):
                    results[qi] = Found(None, None, "title")  # 'a play called “Brokers”'
                    continue
                f = transcript_speaker(d, qi, pi) or signed_below(d, qi, pi) or dashed_below(d, qi, pi) if is_first else None
                if f is None and is_first:
                    f = opening_clause(d, toks, i, pi, s_lo, s_hi)
                if f is None and is_last:
                    f = right_adjacent(d, toks, i, pi, s_lo, s_hi)
                if f is None and is_first:
                    f = agent_before(d, toks, i, pi, s_lo, s_hi) or left_any(d, toks, i, pi, s_lo, s_hi) \
                        or colon_speaker(d, toks, i, pi, s_lo, s_hi) or inverted_lead(d, toks, i, pi, s_lo, s_hi)
                if f is None and is_last:
                    f = according_right(d, toks, i, pi, s_lo, s_hi)
                if f is None and is_last:
                    f = passive_by(d, toks, i, pi, s_lo, s_hi)
                if f is None and is_last and initial.get(qi, (False, 0))[0]:
                    f = right_any(d, toks, i, pi, s_lo, s_hi)
                if f is None and is_last:
                    f = final_clause(d, toks, i, pi, s_lo, s_hi)
                if f is None and is_first:
                    f = colon_any(d, toks, i, pi, s_lo, s_hi) or colon_clause(d, toks, i, pi, s_lo, s_hi) \
                        or as_quote(d, toks, i, pi, s_lo, s_hi) \
                        or speech_owner(d, toks, i, pi, s_lo, s_hi) or dash_enclosed(d, toks, i, pi, s_lo, s_hi) \
                        or subject_partial(d, toks, i, pi, s_lo, s_hi) or headline_subject(d, toks, i, pi, s_lo, s_hi)
                # a sentence-opening quote that ends like a sentence, in a paragraph with more text
                # than the quote (not a headline), is a direct quote even if every word is capitalised
                opens = initial.get(qi, (False, 0))[0] and d.text[span.start:span.end].rstrip()[-1:] in ".!?" \
                    and d.has_content(pi, span.open_start, span.close_end)
                # '“Happy New Year!,” he tweeted', '“Like Oakland. Or Ferguson,” Lee said': a sentence-opening
                # quote that a comma inside its marks joins to its own 'X said' is speech, not a title
                opens = opens or initial.get(qi, (False, 0))[0] and f is not None and f.how in ("X said", "said X") \
                    and d.text[span.start:span.end].rstrip(" ’'\"”")[-1:] == ","
                # the quote's opening may be in an earlier paragraph: read its introduction there
                # (indexing this paragraph's tokens with it was an IndexError on runs of unclosed marks)
                p0, i0, s0 = d.qpos.get(qi, (pi, i, s_lo))
                if (f is not None and f.how not in ("transcript", "signed quote", "quote ― X", "quote was said by X") or f is None and is_last) \
                        and not opens and title_like(d, qi) and not introduced(wl, d.ptoks[p0], i0, s0) \
                        and not d.sentence(pi, s_lo, s_hi).headline():
                    # “Fox and Friends”, ''Make Your Kid a Millionaire'': a title, nobody's words
                    results[qi] = Found(None, None, "title")
                    continue
                if f is not None:
                    results[qi] = f
                    if f.how != "headline subject":  # the headline's person is no antecedent of the body's 'she'
                        d.events.append(f.mention)
                    if f.mention is not None:
                        in_sentence[(pi, s_lo)] = f.mention
                    continue
                if is_last:
                    starts, p0 = initial.get(qi, (False, pi))
                    lead = not starts and p0 == pi and (_comma_lead(d, toks, i, pi, s_lo, s_hi)
                                                        or _subject_lead(d, toks, i, s_lo, s_hi))
                    if (starts or lead) and d.events and d.events[-1].para >= p0 - 1:
                        results[qi] = Found(d.events[-1], None, "continuation")
                        if block is not None and block[0] is d.events[-1] and _pure_quotes(d, p0, pi):
                            block = (block[0], pi)
                    elif starts and block is not None and block[1] == p0 - 1 and _pure_quotes(d, p0, pi):
                        results[qi] = Found(block[0], None, "continuation")
                        block = (block[0], pi)
                    elif (pi, s_lo) in in_sentence and _joined(d, qi):
                        results[qi] = Found(in_sentence[(pi, s_lo)], None, "same sentence")
                    else:
                        results[qi] = Found(None, None, "none")
                        unattributed.append(qi)
            if unattributed:
                _from_later(d, results, unattributed, [toks[i][QI] for i in qidx])
                unattributed = []
    return results


def _from_later(d: Doc, results: dict[int, Found], waiting: list[int], quotes: list[int]) -> None:
    """'Guns are “a crisis” and “a plague,” Ann Lee said': a quote of a sentence left without a
    speaker takes the speaker of a later quote of the same sentence that is attributed after
    itself ('“…,” X said', '…, said X'); not a capitalised quote that reads as a title."""
    wait = set(waiting)
    later_q = -1
    later: Found | None = None  # the nearest later quote attributed after itself (one pass, right to left)
    for qj in reversed(quotes):
        f = results.get(qj)
        if qj in wait and later is not None and d.spans[qj].end < d.spans[later_q].start and not title_like(d, qj):
            results[qj] = Found(later.mention, later.cue, "same sentence")
        elif f is not None and f.mention is not None and f.cue is not None and f.how in _AFTER_QUOTE \
                and f.cue[0] >= d.spans[qj].end:
            later, later_q = f, qj


_AFTER_QUOTE = ("X said", "said X", "..., X said.", "quote ... X said")


def _comma_lead(d: Doc, toks: list, i: int, pi: int, s_lo: int, s_hi: int) -> bool:
    """'“…,” Lee said. Now, “the tide has turned.”': a quote that ends its sentence after a short
    opening phrase and a comma, with no quote or cue before it, goes on with the last speaker (as a
    quote that opens its sentence does).

    Example:
        >>> from geolib.quotes import quotes
        >>> quotes('“We lost,” Ann Lee said. Now, “we start again.”')["speaker"].tolist()
        ['Ann Lee', 'Ann Lee']
    """
    if i - 1 <= s_lo or toks[i - 1][TEXT] != "," or i - s_lo > 16:
        return False
    if any(t[KIND] != "p" for t in toks[i + 1:s_hi]):
        return False  # the sentence goes on after the quote
    if any(t[KIND] == "q" for t in toks[s_lo:i]):
        return False
    wl = d.wl
    if i - 1 - s_lo == 1 and toks[s_lo][LOW].endswith("ing"):
        return True  # '… said Lee. Adding, “…”'
    for k in range(s_lo, i - 1):  # a cue ('Said Lee, “…”') or a label ('a column entitled, “…”') of its own
        t = toks[k]
        if t[KIND] == "w" and (t[LOW] in wl.label_words or t[LOW] in wl.work_nouns or cue_at(wl, toks, k) is not None
                               or k == s_lo and t[LOW] in wl.cue_index and t[LOW] not in ("in", "according")):
            return False
    return True


def _subject_lead(d: Doc, toks: list, i: int, s_lo: int, s_hi: int) -> bool:
    """'“…,” Lee told us. The costume “is very warm and heavy.”': a sentence of a short noun phrase
    (a determiner, not a possessive, and up to three words, no preposition or cue) and a quote of
    three words or more that opens with a lower-case word and ends the sentence: the quote holds
    the sentence's verb, the last speaker's words go on.

    Example:
        >>> from geolib.quotes import quotes
        >>> quotes('“I chose comfort,” Ann Lee said. The suit “is very warm.”')["speaker"].tolist()
        ['Ann Lee', 'Ann Lee']
    """
    wl = d.wl
    if i - s_lo < 2 or i - s_lo > 4 or toks[s_lo][LOW] not in wl.dets or toks[s_lo][LOW] in wl.possessive:
        return False  # not 'Her use of “…”' (the quote is of what she used)
    if any(t[KIND] != "p" for t in toks[i + 1:s_hi]):
        return False
    if any(t[KIND] != "w" or t[CAP] and k > s_lo or t[LOW] in wl.preps or cue_at(wl, toks, k) is not None
           for k, t in enumerate(toks[s_lo:i], s_lo)):
        return False
    sp = d.spans[toks[i][QI]]
    words = d.text[sp.start:sp.end].lstrip(" '‘").split()
    return len(words) >= 3 and words[0][:1].islower()  # not a heading ('The power of “we.”')


def _pure_quotes(d: Doc, p0: int, p1: int) -> bool:
    """Paragraphs p0..p1 are nothing but quotes: quote tokens and punctuation, no word outside the marks."""
    for pi in range(p0, p1 + 1):
        toks = d.ptoks[pi]
        if not toks or toks[0][KIND] != "q" or any(t[KIND] not in ("q", "p") for t in toks):
            return False
    return True


def _joined(d: Doc, qi: int) -> bool:
    """The quote follows a comma, a colon, 'that' or a cue right before it (', adding that “…”',
    'said X, “…”'): it goes on with the words of the sentence's speaker, not a quoted name or
    phrase inside the speaker's description ('said Ann Lee, author of “…”')."""
    pi, i, s_lo = d.qpos.get(qi, (-1, 0, 0))
    if pi < 0 or i - 1 < s_lo:
        return False
    toks = d.ptoks[pi]
    prev = toks[i - 1]
    return prev[TEXT] in (",", ":") or prev[LOW] == "that" or prev[KIND] == "w" and cue_at(d.wl, toks, i - 1) is not None


def quote_kind(d: Doc, qi: int, found: Found | None) -> str:
    wl = d.wl
    span = d.spans[qi]
    content = d.text[span.start:span.end].strip()
    first_alpha = next((ch for ch in content if ch.isalpha()), "")
    if not first_alpha or not first_alpha.isupper() and not content.startswith(("…", "...", "[")):
        return "partial"
    words = len(content.split())
    if re.search(r"[.!?…][”’\"']?\s+[A-Z“‘\"]", content):
        return "direct"
    pos = d.qpos.get(qi)
    if pos is None:
        return "direct" if words >= 4 else "partial"
    pi, i, s_lo = pos
    toks = d.ptoks[pi]
    if _lead_end(d, pi, s_lo, i) >= i:  # nothing but quotes, marks and openers before the quote
        return "direct" if words >= 2 or found is not None and found.mention is not None else "partial"
    last = toks[i - 1]
    if last[KIND] == "p" and last[TEXT] in (":", ",", "—", "–"):
        return "direct"
    if last[KIND] == "w" and cue_at(wl, toks, i - 1) is not None:
        return "direct"
    return "partial"


def _lead_end(d: Doc, pi: int, s_lo: int, i: int) -> int:
    """:meth:`Sentence.lead_end` of the sentence of paragraph pi that starts at s_lo and holds
    token i."""
    wl = d.wl
    sents = d.psents[pi]
    k = bisect.bisect_left(sents, (s_lo, -1))
    if k < len(sents) and sents[k][0] == s_lo and sents[k][1] > i:
        return d.sentence(pi, s_lo, sents[k][1]).lead_end()
    toks = d.ptoks[pi]
    k = s_lo
    while k < i and (toks[k][KIND] in ("q", "p") or toks[k][LOW] in wl.openers):
        k += 1
    return k
