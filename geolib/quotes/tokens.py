"""Token records of a document for quote attribution: geolib.text's tokens as plain tuples
(fields ``START`` ... ``QI``), each quote one token, and the sentences the rules read
(:class:`Paragraphs`).

Example:
    >>> from geolib.quotes.tokens import LOW, TEXT
    >>> rec = (0, 3, "Hey", "w", "hey", True, -1)
    >>> rec[TEXT], rec[LOW]
    ('Hey', 'hey')
"""

from __future__ import annotations

import bisect
import re
from itertools import compress, count
from operator import add, itemgetter, ne, not_, or_
from typing import Any

from ..text import abbreviations, join_tokens, name_joins, place_abbreviations, token_spans, with_names
from .spans import Span


# The tokens and sentences are geolib.text's: a document's own (Document.token_spans and
# sentence_spans, found once and read by the actor search too), with names read as names
# (geolib.text.with_names: "J. Smith", "Casey Jr.", "Znak.com"). Quote attribution reads each
# token as a record, each quote (marks included) as one token, and joins sentences where a quote
# runs over a sentence break or where its rules see no sentence end (see _sentences).
#
# A record is a plain tuple (start, end, text, kind, low, cap, qi), its fields read with the
# indexes below: kind is w a word or a number, p punctuation (a mark, a symbol), q a quote; low
# the lower-case text; cap a capitalised word (or a number with a period); qi the quote's index for
# a quote token, else -1. Tuples are built in bulk in C (zip) and the garbage collector stops
# tracking them, where an object per token (some 200,000 per MB) cost about as much as all the
# speaker rules. Reading t[LOW] is as fast as a slot.
START, END, TEXT, KIND, LOW, CAP, QI = range(7)


Tok = tuple  # for the annotations: tuple[int, int, str, str, str, bool, int]


TokInfo = tuple[str, str, bool, int]  # (kind, low, cap, qi): the fields its text decides


def where(toks: list[Tok], field: int, test: Any, lo: int, hi: int, kind: str | None = None) -> list[int]:
    """Indexes k in [lo, hi) where ``test(toks[k][field])`` is true (or, with ``kind``, where the
    token is of that kind), in order; the loop runs in C (itemgetter, map, compress)."""
    part = toks[lo:hi] if lo or hi < len(toks) else toks
    flags = map(test, map(FIELD[field], part))
    if kind is not None:
        flags = map(or_, flags, map(kind.__eq__, map(FIELD[KIND], part)))
    return list(compress(count(lo), flags))


FIELD = [itemgetter(f) for f in range(7)]  # FIELD[LOW](tok) is tok[LOW]


# the kind and the sentence index of a geolib.text token (start, end, kind, sentence)
_SPAN_KIND, _SENTENCE = itemgetter(2), itemgetter(3)


# geolib.text's token kinds as the speaker rules read them
_KIND_CODE = {"word": "w", "number": "w", "punct": "p", "symbol": "p", "quote": "p"}


# an apostrophe right after an s: the plural possessive of leaders’, read as a word
_PLURAL_POSS_RE = re.compile(r"[’'](?<=[sS][’'])")


def _records(text: str, tokens: list[tuple], memo: dict[str, TokInfo], texts: list[str] | None = None
             ) -> list[Tok]:
    """The records of geolib.text tokens ``(start, end, kind, ...)``, built column by column.
    ``memo``: token text -> (kind, low, cap, qi), shared by the documents of one call; ``texts``:
    the tokens' texts when known (a document's own, found once for every stage)."""
    starts = list(map(FIELD[START], tokens))
    ends = list(map(FIELD[END], tokens))
    if texts is None:
        texts = list(map(text.__getitem__, map(slice, starts, ends)))
    kinds = list(map(_SPAN_KIND, tokens))
    # the first token of each text not seen before (compress reads memo as it goes: once a text)
    for i in compress(count(), map(not_, map(memo.__contains__, texts))):
        w = texts[i]
        kind = _KIND_CODE[kinds[i]]
        memo[w] = (kind, w.lower(), kind == "w" and (w[:1].isupper() or (w[:1].isdigit() and "." in w)), -1)
    recs = list(map(add, zip(starts, ends, texts), map(memo.__getitem__, texts)))
    for hit in _PLURAL_POSS_RE.finditer(text, starts[0], ends[-1]) if recs else ():
        x = hit.start()
        k = bisect.bisect_left(starts, x)
        if 0 < k < len(recs) and starts[k] == x and ends[k] == x + 1 and recs[k][KIND] == "p" \
                and ends[k - 1] == x and recs[k - 1][KIND] == "w":
            recs[k] = recs[k][:KIND] + ("w",) + recs[k][KIND + 1:]
    return recs


def _joined_texts(text: str, texts: list[str], joined: list[tuple], joins: list[tuple[int, int]]
                  ) -> list[str]:
    """The texts of tokens joined by :func:`geolib.text.join_tokens` (``joined``, made with
    ``joins``) from the texts of the tokens before the joins: only the joined ones are new."""
    if not joins:
        return texts
    out: list[str] = []
    done = 0
    for k, j in joins:
        out += texts[done:k]
        tok = joined[len(out)]
        out.append(text[tok[START]:tok[END]])
        done = j
    out += texts[done:]
    return out


class _SpanLookup:
    """Quotes (marks included) overlapping a range, found by bisection instead of a scan of all
    quotes for every paragraph (that scan made long documents quadratic)."""

    def __init__(self, quotes: list[Span]) -> None:
        order = sorted(range(len(quotes)), key=lambda i: quotes[i].open_start)
        self.items = [(i, quotes[i]) for i in order]
        self.opens = [q.open_start for _, q in self.items]
        self.max_close: list[int] = []  # running maximum of close_end, to stop the backward walk
        top = -1
        for _, q in self.items:
            top = max(top, q.close_end)
            self.max_close.append(top)

    def overlapping(self, start: int, end: int) -> list[tuple[int, Span]]:
        """(index, quote) with open_start < end and close_end > start, in the quotes' order."""
        k = bisect.bisect_left(self.opens, end) - 1
        hit = []
        while k >= 0 and self.max_close[k] > start:
            if self.items[k][1].close_end > start:
                hit.append(self.items[k])
            k -= 1
        hit.sort(key=lambda iq: iq[0])
        return hit


class Paragraphs:
    """The records of a document's paragraphs, each quote one token, and their sentences:
    ``toks[pi]``, ``quotes[pi]`` (the indexes of the quote tokens) and ``sents[pi]`` (token ranges
    [i, j), see :func:`_sentences`) for each paragraph ``(start, end)``."""

    def __init__(self, doc: Any, paras: list[tuple[int, int]], spans: list[Span],
                 memo: dict[str, TokInfo]) -> None:
        text = doc.text
        self.text, self.spans, self.memo = text, spans, memo
        joins = name_joins(text, doc.token_spans)
        tokens = join_tokens(doc.token_spans, joins)
        self.sent_starts = [s for s, _, _ in doc.sentence_spans]
        recs = _records(text, tokens, memo, _joined_texts(text, doc.token_texts, tokens, joins))
        starts = list(map(FIELD[START], recs))
        sids = list(map(_SENTENCE, tokens))
        lookup = _SpanLookup(spans)
        self.toks: list[list[Tok]] = []
        self.quotes: list[list[int]] = []
        self.sents: list[list[tuple[int, int]]] = []
        for ps, pe in paras:
            lo, hi = bisect.bisect_left(starts, ps), bisect.bisect_left(starts, pe)
            qspans = lookup.overlapping(ps, pe)
            if not qspans:  # most paragraphs: the records as they are
                toks, qidx = recs[lo:hi], []
                first = last = sids[lo:hi]
            else:
                toks, first, last, qidx = self._with_quotes(recs, starts, sids, lo, hi, ps, pe, qspans)
            self.toks.append(toks)
            self.quotes.append(qidx)
            self.sents.append(_sentences(text, spans, toks, first, last))

    def _with_quotes(self, recs: list[Tok], starts: list[int], sids: list[int], lo: int, hi: int,
                     ps: int, pe: int, qspans: list[tuple[int, Span]]
                     ) -> tuple[list[Tok], list[int], list[int], list[int]]:
        """Records [lo, hi) with each quote overlapping the paragraph as one token in place of the
        tokens it covers; the sentence of each token's first and of its last character; the
        indexes of the quote tokens. A quote's first sentence is that of its first word (Punkt may
        leave an opening mark at the end of the sentence before)."""
        cuts = sorted((max(q.open_start, ps), min(max(q.close_end, q.end), pe), i) for i, q in qspans)
        # where each quote starts and ends in the records: tokens [k, j) before it, [j, k') inside
        bounds = []
        k = lo
        for a, b, _ in cuts:
            j = bisect.bisect_left(starts, a, k, hi)
            k2 = max(j, bisect.bisect_left(starts, b, j, hi))
            if j > lo and recs[j - 1][END] > a or k2 > j and recs[k2 - 1][END] > b:
                # a token runs over a quote mark (a web address with quotes in it): the text
                # between the quotes is read anew (rare)
                return self._with_quotes_read_anew(ps, pe, cuts)
            bounds.append((j, k2))
            k = k2
        toks: list[Tok] = []
        first: list[int] = []
        qidx: list[int] = []
        qlast: list[int] = []
        k = lo
        for (a, b, i), (j, k2) in zip(cuts, bounds):
            toks += recs[k:j]
            first += sids[k:j]
            qidx.append(len(toks))
            toks.append(self._quote_token(a, b, i))
            first.append(self._quote_sentence(a, b, i))
            qlast.append(self._sentence_at(b - 1))
            k = k2
        toks += recs[k:hi]
        first += sids[k:hi]
        last = first.copy()
        for x, sid in zip(qidx, qlast):
            last[x] = sid
        return toks, first, last, qidx

    def _with_quotes_read_anew(self, ps: int, pe: int, cuts: list[tuple[int, int, int]]
                               ) -> tuple[list[Tok], list[int], list[int], list[int]]:
        """:meth:`_with_quotes` with the text between the quotes tokenized again, part by part."""
        text = self.text
        toks: list[Tok] = []
        first: list[int] = []
        last: list[int] = []
        qidx: list[int] = []
        pos = ps
        for a, b, i in cuts:
            if a > pos:
                part = _records(text, with_names(text, token_spans(text, pos, a)), self.memo)
                toks += part
                first += [self._sentence_at(t[START]) for t in part]
                last += first[len(last):]
            qidx.append(len(toks))
            toks.append(self._quote_token(a, b, i))
            first.append(self._quote_sentence(a, b, i))
            last.append(self._sentence_at(b - 1))
            pos = max(pos, b)
        if pos < pe:
            part = _records(text, with_names(text, token_spans(text, pos, pe)), self.memo)
            toks += part
            first += [self._sentence_at(t[START]) for t in part]
            last += first[len(last):]
        return toks, first, last, qidx

    def _quote_token(self, a: int, b: int, i: int) -> Tok:
        qtext = self.text[a:b]
        return (a, b, qtext, "q", qtext.lower(), False, i)

    def _quote_sentence(self, a: int, b: int, i: int) -> int:
        """The sentence of the quote's first word in text[a:b]."""
        word = self.spans[i].start
        while word < b - 1 and self.text[word].isspace():
            word += 1
        return self._sentence_at(max(a, min(word, b - 1)))

    def _sentence_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, offset) - 1)


_STOPS = frozenset((".", "!", "?", "..."))


_STARTS_AFTER_STOP = frozenset("(“\"‘")


# a subject pronoun that geolib.text found opening a sentence after an abbreviation ("... in the
# U.S. He says", "... at 7 p.m. She said"): no sentence goes on past an abbreviation into "He"
_PRONOUN_OPENERS = frozenset("He She They We".split())


def place_title(toks: list[Tok], i: int) -> bool:
    """Token i, after a full stop, is an abbreviated title that belongs to the abbreviated place
    before the stop ("said Tex. Gov. Jane Roe"): a noun phrase goes on over the stop (the sentence
    splitter does not end a sentence there either, see :func:`geolib.text.sentence_spans`); the
    place is no town's state ("in Austin, Tex. Gov. Jane Roe said", where the stop may end one)."""
    if i < 2 or i >= len(toks) or toks[i - 1][TEXT] != ".":
        return False
    nxt, place = toks[i], toks[i - 2]
    return nxt[TEXT].endswith(".") and nxt[LOW][:-1] in abbreviations() and place[KIND] == "w" \
        and place[END] == toks[i - 1][START] and place[LOW] in place_abbreviations() \
        and not (i >= 3 and toks[i - 3][TEXT] == ",")


def _sentences(text: str, quotes: list[Span], toks: list[Tok], first: list[int], last: list[int]
               ) -> list[tuple[int, int]]:
    """Sentence ranges [i, j) over a paragraph's tokens: geolib.text's sentences (``first`` and
    ``last``: the sentence of each token's first and last character), joined where a quote runs
    over a break (a quote never splits) and where the text before the break does not end a
    sentence for quote attribution: only . ! ? or ... followed by a capitalised word, a quote or
    an opening mark or bracket ends one, and a quote ending in . ! ? or … followed by another
    quote, or ending in . followed by a capitalised word ('“Why?” he asked', '“Why?” Vitter
    asked', 'the U.S. Senate': one sentence), or an abbreviation followed by a subject pronoun
    ('in the U.S. He says': two)."""
    out = []
    i0 = 0
    for i in compress(count(1), map(ne, first[1:], last)):  # a break of geolib.text before token i
        t, nxt = toks[i - 1], toks[i]
        if t[KIND] == "p":
            end_here = t[TEXT] in _STOPS and (nxt[CAP] or nxt[KIND] == "q" or nxt[TEXT] in _STARTS_AFTER_STOP)
        elif t[KIND] == "q":
            inner = text[quotes[t[QI]].start:quotes[t[QI]].end].rstrip()
            end_here = inner[-1:] in ".!?…" and (nxt[KIND] == "q" or (inner[-1:] == "." and nxt[CAP]))
        else:
            end_here = t[TEXT].endswith(".") and nxt[TEXT] in _PRONOUN_OPENERS
        if end_here:
            out.append((i0, i))
            i0 = i
    if i0 < len(toks):
        out.append((i0, len(toks)))
    return out
