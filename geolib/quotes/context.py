"""Per-document state of attribution: the mentions found (:class:`Mention`, :class:`Found`), the
document's tokens, names and history (:class:`Doc`), the facts of a sentence that its quotes ask
for (:class:`Sentence`), and the subject search of a cue that the document memoises.

Example:
    >>> import geolib
    >>> from geolib.quotes.context import Doc
    >>> from geolib.quotes.spans import find_spans
    >>> from geolib.quotes.words import word_sets
    >>> doc = geolib.load('“Yes,” Ann Lee said.', doc_id="d")
    >>> paras = [(s, e) for s, e, _ in doc.paragraph_spans]
    >>> d = Doc(word_sets(None), doc, paras, find_spans(doc.text, paras))
    >>> [n[1] for n in d.names]
    [('Ann', 'Lee')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from .cues import cue_at, cue_starts
from .phrases import doc_nouns, head_kind, is_headline, is_passive, is_poss, nounish, np_core, np_left, np_right, phrase_np, relative_head, sentence_subject, skippable
from .places import not_a_person_name
from .spans import Span
from .tokens import CAP, END, FIELD, KIND, LOW, START, TEXT, Paragraphs, Tok, TokInfo, where
from .verbs import Cue
from .words import Words


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str                    # pronoun | name | person | group | organisation | document
    speaker: str
    anchors: list[tuple[int, int]] = field(default_factory=list)
    heads: set[str] = field(default_factory=set)
    para: int = 0
    person: bool | None = None   # True person, False group/organisation, None unknown
    gender: str | None = None    # 'm' / 'f' when a title, first name or gendered noun says so
    # the mention this one was resolved through ("he" -> "Sen. Lee"): its anchors come before
    # ``anchors`` (a chain, not a copy: "a spokesman" resolved 10,000 times in one paragraph
    # copied ever longer anchor lists, n² in time and memory)
    base: Mention | None = field(default=None, repr=False, compare=False)


@dataclass
class Found:
    mention: Mention | None
    cue: tuple[int, int, str, str] | None  # start, end, text, group
    how: str


class Doc:
    """Per-document state: tokens, sentences, name index, attribution history."""

    def __init__(self, wl: Words, doc: Any, paras: list[tuple[int, int]], spans: list[Span],
                 memo: dict[str, TokInfo] | None = None) -> None:
        self.wl = wl  # the word lists of this call
        self.text = doc.text
        self.paras = paras
        self.spans = spans
        found = Paragraphs(doc, paras, spans, {} if memo is None else memo)
        self.ptoks: list[list[Tok]] = found.toks
        self.psents: list[list[tuple[int, int]]] = found.sents
        self.pquotes: list[list[int]] = found.quotes  # indexes of the quote tokens of each paragraph
        self.events: list[Mention] = []
        self.qpos: dict[int, tuple[int, int, int]] = {}
        self.names: list[tuple[int, tuple[str, ...], int, int]] = []  # (para, words, start, end)
        stripped = []  # each name without its titles
        text_of = FIELD[TEXT]
        strip_titles = wl.strip_titles
        for pi, toks in enumerate(self.ptoks):
            for a, b in self._name_runs(toks, 0, len(toks)):
                words = (toks[a][TEXT],) if a == b else tuple(map(text_of, toks[a:b + 1]))
                self.names.append((pi, words, toks[a][START], toks[b][END]))
                stripped.append(strip_titles(words))
        self.surnames = {n[1][-1] for n, cand in zip(self.names, stripped) if len(cand) >= 2}
        self._gender_cache: dict[tuple[str, ...], str | None] = {}
        self._acronyms: dict[str, str] | None = None
        self._name_paras: dict[tuple[str, ...], set[int]] | None = None
        self._tgenders: dict[str, set[str]] | None = None
        self._pcues: list[list[int] | None] = [None] * len(paras)  # cue-word indexes per paragraph
        # facts of a sentence, or of a paragraph, that every quote in it asks for, computed once
        # (a sentence of n quotes rescanned for each of them cost n² on runs of unmatched marks)
        self._sents: dict[tuple[int, int, int], Sentence] = {}
        self._as_back: dict[int, list[int]] = {}
        self._described: dict[tuple[int, frozenset[str], bool], tuple[list[int], list[tuple[int, int, int]]]] = {}
        self._content: dict[int, tuple[int, int]] = {}
        self._parens: dict[int, list[int]] = {}
        self._positions: dict[tuple[int, str], list[int]] = {}
        self._subjects: dict[tuple[int, int, int, int, int], tuple[tuple[int, int] | None, bool]] = {}
        self.name_starts = [n[2] for n in self.names]
        if any(a > b for a, b in zip(self.name_starts, self.name_starts[1:])):
            self.name_starts = []  # paragraphs out of order: scan the names (see resolve_pronoun)
        # names as candidates for fullest(): (stripped words, their lowercase forms, start)
        # grouped by last word, then by the name's words, with the (ascending) starts of its
        # mentions, so that fullest() bisects instead of scanning every mention (a surname
        # repeated on every line made that quadratic)
        self._full_cands: dict[str, dict[tuple[str, ...], tuple[frozenset[str], list[int]]]] = {}
        for (_, words, s, _e), cand in zip(self.names, stripped):
            if not cand or wl.has_org_word(cand):
                continue
            group = self._full_cands.setdefault(cand[-1].lower(), {})
            if cand not in group:
                group[cand] = (frozenset(w.lower() for w in cand), [])
            group[cand][1].append(s)

    # -- names -----------------------------------------------------------------------------
    def _name_runs(self, toks: list[Tok], lo: int, hi: int) -> list[tuple[int, int]]:
        wl = self.wl
        start_stop, stop, particles = wl.name_start_stop, wl.name_stop, wl.name_particles
        runs = []
        done = lo - 1  # last token of the previous run
        for k in where(toks, CAP, bool, lo, hi):  # only a capitalised word starts a run
            if k <= done:
                continue
            if toks[k][LOW] in wl.opening_cues and k + 1 < hi and toks[k + 1][CAP] \
                    and (k == lo or toks[k - 1][KIND] != "w"):
                continue  # 'Stated Lee: “…”': the name is Lee
            if toks[k][LOW] not in start_stop:
                a = k
                while k + 1 < hi and (toks[k + 1][CAP] and toks[k + 1][LOW] not in stop
                                      or toks[k + 1][LOW] in particles
                                      and k + 2 < hi and toks[k + 2][CAP]):
                    k += 1
                runs.append((a, k))
                done = k
        return runs

    def acronym(self, word: str) -> str | None:
        """The name an acronym stands for where the article defines it: 'the Freedonian Democratic
        Forces (FDF)' gives FDF -> Freedonian Democratic Forces (its words' initials spell it)."""
        if self._acronyms is None:
            self._acronyms = {}
            ends = {e: words for _, words, _, e in self.names}
            for mt in _ACRONYM.finditer(self.text):
                words = ends.get(mt.start() - 1 if self.text[mt.start() - 1:mt.start()] == " " else mt.start())
                acr = mt.group(1)
                if not words or acr in self._acronyms:
                    continue
                words = [w for w in words if w.lower() not in ("the", "a")]
                initials = "".join(w[0] for w in words if w[0].isupper())
                if len(words) >= 2 and initials == acr.replace(".", "").replace("&", ""):
                    self._acronyms[acr] = " ".join(words)
        return self._acronyms.get(word)

    def name_paragraphs(self) -> dict[tuple[str, ...], set[int]]:
        """Each name run's words -> the paragraphs that write it (built once per document)."""
        if self._name_paras is None:
            self._name_paras = {}
            for pi, words, _s, _e in self.names:
                self._name_paras.setdefault(words, set()).add(pi)
        return self._name_paras

    def fullest(self, words: Sequence[str], at: int) -> str:
        """Fullest form of a name in the article, nearest earlier mention first."""
        core = self.wl.strip_titles(tuple(words))
        if not core:
            return " ".join(words)
        low = [w.lower() for w in core]
        best = None
        best_key = None
        titled = self.wl.gender_titles.get(words[0].lower().rstrip(".")) if len(words) > len(core) else None
        for cand, (cl, starts) in self._full_cands.get(low[-1], {}).items():
            if len(cand) <= len(core):
                continue
            if not all(w in cl for w in low):
                continue
            if len(low) >= 2 and low[0] in self.wl.first_names and cand[0].lower() != low[0]:
                continue  # "Jen Psaki" is not "Communications Jen Psaki" (a run after "Director of")
            if titled and self.wl.first_names.get(cand[0].lower(), titled) != titled:
                continue  # "Mrs. Clinton" is not Bill Clinton
            # the nearest mention of this name: the last one at or before ``at``, else the first after
            i = bisect.bisect_right(starts, at)
            s = starts[i - 1] if i else starts[0]
            key = (0 if s <= at else 1, abs(at - s))
            if best_key is None or key < best_key:
                best, best_key = cand, key
        return " ".join(best or core)

    def gender(self, words: Sequence[str]) -> str | None:
        """'m' / 'f' for a person's name: a gendered title (Mr., Mrs., Ms.) before the name
        anywhere in the article, or a first name from the shipped list; None when unknown."""
        wl = self.wl
        if isinstance(words, str):
            words = words.split()
        key = tuple(words)
        cache = self._gender_cache
        if key in cache:
            return cache[key]
        titles, firsts = wl.gender_titles, wl.first_names
        g = None
        for w in words:
            g = g or titles.get(w.lower()) or titles.get(w.lower().rstrip("."))
        core = wl.strip_titles(key)
        if g is None and core:
            found = self._title_genders().get(core[-1].lower(), set())
            if len(found) == 1:
                g = next(iter(found))
        if g is None and core:
            full = self.fullest(list(core), 0).split()
            if len(full) >= 2:
                g = firsts.get(full[0].lower())
        cache[key] = g
        return g

    def cue_starts(self, pi: int, lo: int, hi: int) -> list[int]:
        """:func:`cue_starts` of paragraph pi's tokens in [lo, hi), from one pass per paragraph."""
        idx = self._pcues[pi]
        if idx is None:
            idx = self._pcues[pi] = cue_starts(self.wl, self.ptoks[pi], 0, len(self.ptoks[pi]))
        return idx[bisect.bisect_left(idx, lo):bisect.bisect_left(idx, hi)]

    def close(self) -> None:
        """Forget the facts of each sentence (:meth:`sentence`): each refers back to this Doc, a
        cycle that only the garbage collector would free. Closed when attribution is done, the Doc
        and its token records (some 100,000 tuples per MB of news) go as soon as the last
        reference does, and the collector never walks them."""
        self._sents.clear()

    def sentence(self, pi: int, lo: int, hi: int) -> Sentence:
        """The :class:`Sentence` of tokens [lo, hi) of paragraph pi (built once)."""
        key = (pi, lo, hi)
        found = self._sents.get(key)
        if found is None:
            found = self._sents[key] = Sentence(self, pi, lo, hi)
        return found

    def as_back(self, pi: int, j: int) -> int:
        """The last token at or before j of paragraph pi that is not a quote, an article, 'and',
        'or' or a comma (-1 if none): where :func:`as_quote` looks for 'as'."""
        back = self._as_back.get(pi)
        if back is None:
            skip = self.wl.as_skip
            back, last = [], -1
            for k, t in enumerate(self.ptoks[pi]):
                if not (t[LOW] in skip or t[KIND] == "q"):
                    last = k
                back.append(last)
            self._as_back[pi] = back
        return back[j] if j >= 0 else -1

    def positions(self, pi: int, low: str) -> list[int]:
        """Indexes of the tokens of paragraph pi whose lower-case text is ``low``."""
        key = (pi, low)
        found = self._positions.get(key)
        if found is None:
            found = self._positions[key] = where(self.ptoks[pi], LOW, low.__eq__, 0, len(self.ptoks[pi]))
        return found

    def parens(self, pi: int, a: int, b: int) -> bool:
        """Whether tokens [a, b) of paragraph pi hold an opening parenthesis."""
        counts = self._parens.get(pi)
        if counts is None:
            counts = self._parens[pi] = list(accumulate((t[TEXT] == "(" for t in self.ptoks[pi]), initial=0))
        return b > a and counts[b] > counts[a]

    def has_content(self, pi: int, a: int, b: int) -> bool:
        """Whether paragraph pi has a character other than a space, a tab or a quote mark before
        offset a or at or after offset b (text outside a quote)."""
        first_last = self._content.get(pi)
        if first_last is None:
            ps, pe = self.paras[pi]
            seg = self.text[ps:pe]
            core = seg.strip(_NOT_CONTENT)
            first = ps + len(seg) - len(seg.lstrip(_NOT_CONTENT))
            first_last = self._content[pi] = (first, first + len(core)) if core else (pe, ps)
        first, last = first_last
        return first < a or last > b

    def described(self, pj: int, same: frozenset[str], doc_class: bool) -> tuple[list[int], list[tuple[int, int, int]]]:
        """Earlier mentions of a speaker noun (one of ``same``) with a capitalised owner in paragraph
        pj, as (starts, [(noun index, NP start, owner end)]), for :func:`_resolve_description`."""
        wl = self.wl
        key = (pj, same, doc_class)
        found = self._described.get(key)
        if found is not None:
            return found
        ptoks = self.ptoks[pj]
        starts, hits = [], []
        for i in where(ptoks, LOW, same.__contains__, 0, len(ptoks)):
            if ptoks[i][KIND] != "w":
                continue
            j = i - 1
            if j >= 0 and ptoks[j][CAP] or j >= 0 and is_poss(ptoks[j]):
                np = np_core(wl, ptoks, i, 0)
                if np is not None and np[0] < i:
                    b0 = i - 1
                    while b0 >= np[0] and (is_poss(ptoks[b0]) or ptoks[b0][LOW] in wl.dets):
                        b0 -= 1
                    if b0 >= np[0]:
                        starts.append(ptoks[i][START])
                        hits.append((i, np[0], b0 if doc_class else i))
        found = self._described[key] = (starts, hits)
        return found

    def _title_genders(self) -> dict[str, set[str]]:
        """Last word of a name (lower case) -> genders of the titles written before it anywhere
        in the article (Mr. Lee, Mrs. Lee), collected once per document."""
        if self._tgenders is None:
            wl = self.wl
            titles = wl.gender_titles
            self._tgenders = {}
            for _, toks, _s, _e in self.names:
                cand = wl.strip_titles(tuple(toks))
                if not cand or len(toks) == len(cand):
                    continue
                found = self._tgenders.setdefault(cand[-1].lower(), set())
                for w in toks[:len(toks) - len(cand)]:
                    t = titles.get(w.lower()) or titles.get(w.lower().rstrip("."))
                    if t:
                        found.add(t)
        return self._tgenders

    def is_person_name(self, words: Sequence[str]) -> bool | None:
        wl = self.wl
        core = wl.strip_titles(tuple(words))
        if not core:
            return None
        if any(w.lower() in wl.org_words for w in core):
            return False
        if len(words) > len(core):
            return True  # had a title: Sen. Graham
        if len(core) >= 2:
            if any(w.isupper() and len(w) > 1 for w in core) or not_a_person_name(" ".join(core)):
                return None  # "New Hampshire", "South Carolina": a place the actor lexicon knows
            return True
        return True if core[-1] in self.surnames else None


_ACRONYM = re.compile(r"\(([A-Z][A-Z&.]{1,9})\)")

_NOT_CONTENT = " \t'\"“”‘’"


class Sentence:
    """What the quotes of one sentence (tokens [lo, hi) of paragraph pi) ask about it, found once:
    each rule used to rescan the sentence from every quote, and a sentence of n quotes (a run of
    unmatched marks, ``said "`` repeated) cost n² steps per rule."""

    def __init__(self, d: Doc, pi: int, lo: int, hi: int) -> None:
        self.d, self.pi, self.lo, self.hi = d, pi, lo, hi
        self.toks = d.ptoks[pi]
        self._lead: int | None = None
        self._word: int | None = None
        self._cues: tuple[list[int], list[tuple[Cue, int]]] | None = None
        self._phrases: tuple[list[int], list[tuple[int, Cue, int, tuple[int, int]]]] | None = None
        self._nouns: set[str] | None = None
        self._headline: bool | None = None
        # cues folded, best so far, last quote asked for, and whether a folded cue depends on
        # that quote ('according to X (' : np_right reads up to the quote)
        self._left: list[Any] = [0, None, -1, False, None]

    def lead_end(self) -> int:
        """The first token that is not a quote, a punctuation mark or an opener (and, but ...):
        a quote before it opens the sentence."""
        if self._lead is None:
            k, toks, openers = self.lo, self.toks, self.d.wl.openers
            while k < self.hi and (toks[k][KIND] in ("q", "p") or toks[k][LOW] in openers):
                k += 1
            self._lead = k
        return self._lead

    def first_word(self) -> int:
        """The first word token (``hi`` if none)."""
        if self._word is None:
            k, toks = self.lo, self.toks
            while k < self.hi and toks[k][KIND] != "w":
                k += 1
            self._word = k
        return self._word

    def cues(self) -> tuple[list[int], list[tuple[Cue, int]]]:
        """The reporting cues of the sentence: (token indexes, [(cue, index after it)])."""
        if self._cues is None:
            wl = self.d.wl
            pos, found = [], []
            for v in self.d.cue_starts(self.pi, self.lo, self.hi):
                c = cue_at(wl, self.toks, v, self.hi) if self.toks[v][KIND] == "w" else None
                if c is not None:
                    pos.append(v)
                    found.append(c)
            self._cues = (pos, found)
        return self._cues

    def next_cue(self, i: int) -> tuple[int, tuple[Cue, int]] | None:
        """The first cue after token i."""
        pos, found = self.cues()
        k = bisect.bisect_right(pos, i)
        return (pos[k], found[k]) if k < len(pos) else None

    def next_phrase(self, i: int) -> tuple[int, Cue, int, tuple[int, int]] | None:
        """The first 'according to X' (a phrase cue with its noun phrase) after token i."""
        if self._phrases is None:
            wl = self.d.wl
            pos, found = [], []
            for v, (cue, end) in zip(*self.cues()):
                if cue.pos == "phrase":
                    np = phrase_np(wl, self.toks, end, self.hi)
                    if np is not None:
                        pos.append(v)
                        found.append((v, cue, end, np))
            self._phrases = (pos, found)
        pos, found = self._phrases
        k = bisect.bisect_right(pos, i)
        return found[k] if k < len(found) else None

    def headline(self) -> bool:
        """:func:`is_headline` of the sentence."""
        if self._headline is None:
            self._headline = is_headline(self.d.wl, self.toks, self.lo, self.hi)
        return self._headline

    def doc_nouns(self) -> set[str]:
        """:func:`doc_nouns` of the sentence (do not change the set)."""
        if self._nouns is None:
            self._nouns = doc_nouns(self.d.wl, self.toks, self.lo, self.hi)
        return self._nouns

    def left_cue(self, i: int) -> tuple[tuple[int, int], int, int, Cue] | None:
        """The main-clause cue before the quote at token i, see :func:`left_any`. The cues are
        folded once, from left to right, for all the quotes of the sentence (asked for in order)."""
        wl = self.d.wl
        done, best, last, fragile, near = self._left
        if i < last or fragile and i != last:
            done, best, fragile, near = 0, None, False, None  # fold again from the start, as the rule reads
        pos, found = self.cues()
        toks, s_lo = self.toks, self.lo
        while done < len(pos) and pos[done] < i:
            v, (cue, v_end) = pos[done], found[done]
            done += 1
            if nounish(wl, toks, v, s_lo):
                continue
            if cue.pos == "phrase":  # according to X / in the words of X
                np = phrase_np(wl, toks, v_end, i)
                fragile = fragile or self.d.parens(self.pi, v_end, i)
                explicit = True
                first = v
            else:
                np, explicit = subject_ex(self.d, toks, v, s_lo, self.pi, self.hi)
                first = np[0] if np is not None else v
            if np is None:
                continue
            prev = toks[first - 1] if first - 1 >= s_lo else None
            main = prev is None or prev[KIND] == "q" or prev[TEXT] in wl.main_openers or prev[LOW] in wl.main_openers
            # "Republicans responded, with Sen. Lee telling reporters “…”": the 'with' clause nearer
            # the quote names its speaker
            with_clause = explicit and prev is not None and prev[LOW] == "with" and toks[v][LOW].endswith("ing")
            if best is None or main and explicit or with_clause:
                best = (np, v, v_end, cue)
            elif np == best[0]:
                best = (np, v, v_end, cue)  # same subject, nearer verb: "X criticized … and called it “…”"
            # the clause the quote ends: one opened by a subordinator, or a relative clause whose
            # subject is a pronoun standing right before its cue ('…, which he declared “a disaster”')
            near = (np, v, v_end, cue) if explicit and prev is not None and (
                prev[LOW] in wl.subordinators or prev[LOW] in ("which", "whom", "who") and np[0] == np[1]
                and toks[np[0]][LOW] in _NEAR_PRONOUNS) else None
        self._left = [done, best, i, fragile, near]
        if near is not None and near is not best and i - near[2] <= 8:
            return near  # "Cruz said it as the heckler yelled: “…”": the clause the quote ends
        return best


_NEAR_PRONOUNS = frozenset(("he", "she"))


def subject_of(d: Doc, toks: list[Tok], v: int, s_lo: int, pi: int, s_hi: int,
             depth: int = 0) -> tuple[int, int] | None:
    """Subject NP of the cue at token v."""
    return subject_ex(d, toks, v, s_lo, pi, s_hi, depth)[0]


def subject_ex(d: Doc, toks: list[Tok], v: int, s_lo: int, pi: int, s_hi: int,
                depth: int = 0) -> tuple[tuple[int, int] | None, bool]:
    """(subject NP of the cue at token v, whether it stands right before the verb). Kept per
    document: the coordinated-verb search asks it again for each earlier cue, three levels deep
    ('saying, "a" adding, ' repeated took seconds per kilobyte)."""
    key = (pi, v, s_lo, s_hi, depth)
    memo = d._subjects if toks is d.ptoks[pi] else None
    if memo is not None and key in memo:
        return memo[key]
    found = _subject_search(d, toks, v, s_lo, pi, s_hi, depth)
    if memo is not None:
        memo[key] = found
    return found


def _subject_search(d: Doc, toks: list[Tok], v: int, s_lo: int, pi: int, s_hi: int,
                    depth: int = 0) -> tuple[tuple[int, int] | None, bool]:
    """:func:`subject_ex` without its memo."""
    wl = d.wl
    form = toks[v][LOW]
    j = v - 1
    if is_passive(wl, toks, v, s_lo):
        return None, False
    participle = form.endswith("ing")
    if participle and j >= s_lo and toks[j][LOW] in wl.progressive_aux:
        participle = False  # "He’s claiming", "Clinton is describing"
    if participle and j >= s_lo and toks[j][TEXT] == ",":
        np = None  # "X attacked Y, saying": the clause subject, below
    else:
        np = np_left(wl, toks, _before_ago(wl, toks, j, s_lo), s_lo)
        np = _past_preposition(wl, toks, np, s_lo)
        np = np if np is None else relative_head(wl, toks, np, s_lo)
        if np is None and not participle and j >= s_lo and toks[j][LOW] not in wl.preps and toks[j][LOW] not in wl.dets:
            np = _relative_subject(wl, toks, j, s_lo)  # (a cue right after 'with' or 'the' is a noun)
    if np is not None and (not participle or np[0] - 1 >= s_lo and toks[np[0] - 1][LOW] == "with"
                           or head_kind(wl, toks[np[1]]) in ("name", "pronoun")):
        return np, True
    if depth > 2:
        return None, False
    if toks[j][LOW] == "to" and j - 1 > s_lo and is_passive(wl, toks, j - 1, s_lo):
        # "so calm that Lee was prompted to say": the subject of the passive verb before 'to'
        np = np_left(wl, toks, j - 2, s_lo)
        if np is not None and head_kind(wl, toks[np[1]]) in ("name", "pronoun", "person"):
            return np, False
    # coordinated, infinitive or participial verb: "X criticized Y and called it", "X said, adding"
    k = j
    while k >= s_lo and skippable(wl, toks, k):
        k -= 1
    if k >= s_lo and (toks[k][LOW] in ("and", "but", "then", "while", "to") or toks[k][TEXT] == ","
                      or participle) or k < s_lo and participle:
        for w in range(k, s_lo - 1, -1):
            if toks[w][KIND] == "w" and w != v and cue_at(wl, toks, w) is not None and not nounish(wl, toks, w, s_lo):
                np2 = subject_of(d, toks, w, s_lo, pi, s_hi, depth + 1)
                if np2 is not None:
                    return np2, False
        lo = s_lo  # over opening conjunctions: "And he made a point of saying ..."
        while lo + 1 < v and toks[lo][KIND] == "w" and toks[lo][LOW] in wl.openers:
            lo += 1
        np2 = sentence_subject(wl, toks, lo, v)
        if np2 is not None and np2[1] < v:
            return np2, False
        # "Lee appeared on TV and endorsed Kim, saying", "he began by saying", "made a point of saying"
        if participle and (toks[j][TEXT] == "," or toks[j][LOW] in ("by", "of")):
            return _verb_subject(wl, toks, s_lo, j), False
    return None, False


def _relative_subject(wl: Words, toks: list[Tok], j: int, s_lo: int) -> tuple[int, int] | None:
    """The noun a relative clause right before a verb hangs on, when the clause ends in no noun
    phrase: 'An official who spoke anonymously said' -> 'An official'; None otherwise.

    Example:
        >>> from geolib.quotes import quotes
        >>> quotes('Lee left. An aide who spoke anonymously said, “There are talks.”')["speaker"].tolist()
        ['aide']
    """
    for w in range(j, max(s_lo, j - 10), -1):
        t = toks[w]
        if t[KIND] != "w":
            return None
        if t[LOW] == "who":
            if w == j:
                return None  # 'a surrogate who said': the relative clause's own cue
            h = w - 2 if w - 2 >= s_lo and toks[w - 1][TEXT] == "," else w - 1
            head = np_core(wl, toks, h, s_lo)
            if head is not None and head_kind(wl, toks[head[1]]) in ("name", "person", "group", "organisation"):
                return head
            return None
    return None


def _past_preposition(wl: Words, toks: list[Tok], np: tuple[int, int] | None, s_lo: int) -> tuple[int, int] | None:
    """A lower-case noun phrase right after a preposition before the verb is its object, not the
    subject: the subject stands before the prepositional phrase ('Lee, who has in the past
    described ...' -> 'who'). A name, a pronoun or a phrase after 'with' is left as it is.

    Example:
        >>> from geolib.quotes import quotes
        >>> quotes('Lee, who has in the past described it as “a sham,” left.')["speaker"].tolist()
        ['Lee']
    """
    if np is None or np[0] - 1 < s_lo:
        return np
    p = np[0] - 1
    if toks[p][LOW] not in wl.preps or toks[p][LOW] == "with" or toks[p][TEXT] != toks[p][LOW] \
            or head_kind(wl, toks[np[1]]) in ("name", "pronoun") or wl.heads.get(toks[np[1]][LOW]):
        return np
    k = p - 1
    while k >= s_lo and skippable(wl, toks, k):
        k -= 1
    if k < s_lo or toks[k][LOW] not in ("who", "which") and head_kind(wl, toks[k]) is None:
        return np  # "a planet choking on its own fumes": no subject before the phrase
    return np_left(wl, toks, k, s_lo) or np


def _before_ago(wl: Words, toks: list[Tok], j: int, s_lo: int) -> int:
    """The token before a time phrase in 'ago' that stands between a subject and its verb ('The
    ministry less than two weeks ago said'): the subject ends there. Any other j is returned as it is.

    Example:
        >>> from geolib.quotes import quotes
        >>> quotes('The ministry two days ago said it was “fine.”')["speaker"].tolist()
        ['ministry']
    """
    if toks[j][LOW] != "ago":
        return j
    for k in range(j - 1, max(s_lo - 1, j - 7), -1):
        t = toks[k]
        if t[KIND] != "w" or t[CAP] or t[LOW] in wl.heads or t[LOW] in wl.pronouns:
            return k
    return j


def _verb_subject(wl: Words, toks: list[Tok], s_lo: int, j: int) -> tuple[int, int] | None:
    """'On Thursday, after a long wait, Lee appeared on TV and endorsed Kim, saying “…”': the
    name or pronoun right before the last finite verb (an -ed form or a ``finite_verb``) before
    token j, when the sentence's opening gives no subject."""
    for w in range(j - 1, s_lo, -1):
        t = toks[w]
        if t[KIND] != "w" or t[TEXT] != t[LOW] or not (t[LOW] in wl.finite_verbs or t[LOW].endswith("ed")):
            continue
        np = np_left(wl, toks, w - 1, s_lo)
        if np is not None and head_kind(wl, toks[np[1]]) in ("name", "pronoun"):
            return np
    return None
