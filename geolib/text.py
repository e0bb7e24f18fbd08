"""Sentences and tokens with exact character offsets.

Sentences come from NLTK's Punkt algorithm, untrained, with the abbreviation list that geolib ships
(``geolib/data/abbreviations.txt``), run paragraph by paragraph so that no sentence crosses a
paragraph. Tokens come from one regular expression: words (hyphenated words and abbreviations kept
whole), clitics split off (``China’s`` → ``China`` + ``’s``), numbers, quotation marks, punctuation.
No NLTK data is needed. These are the sentences and tokens of every module (:mod:`geolib.quotes`
reads names with the ``names`` option of :func:`token_spans`, see :func:`with_names`).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from itertools import repeat
from typing import Any, TypeVar

from .lexicons import read_table, read_words
from .resources import data_path

__all__ = ["sentence_spans", "token_spans", "sentence_token_spans", "with_names", "name_joins",
           "join_tokens", "stopwords", "abbreviations", "normalize", "fold", "TOKEN_KINDS"]

TOKEN_KINDS = ("word", "number", "punct", "quote", "symbol")
_T = TypeVar("_T", bound=tuple)


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Lower-case abbreviations (without the final full stop) that do not end a sentence."""
    return frozenset(read_words(data_path("abbreviations.txt"), kind="abbreviation list"))


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """English stopwords shipped in ``geolib/data/stopwords.txt`` (lower case, straight quotes).

    Example:
        >>> "the" in stopwords(), "u.s." in stopwords()
        (True, False)
    """
    return frozenset(read_words(data_path("stopwords.txt"), kind="stop-word list"))


# ---------------------------------------------------------------- sentences

@lru_cache(maxsize=1)
def _punkt():
    from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

    class _NewsVars(PunktLanguageVars):
        # Curly quotes and brackets may follow the full stop of a sentence.
        _re_non_word_chars = r"(?:[)\";}\]\*:@\'\({\[!?“”‘’«»])"
        internal_punctuation = ",:;“”"

    class _NewsPunkt(PunktSentenceTokenizer):
        def text_contains_sentbreak(self, text: str) -> bool:
            if _plain_sentence_end(text, self._params.abbrev_types):
                return True
            # Punkt's own answer (some 60 microseconds a call: NLTK runs its patterns under a
            # time limit) depends on the context alone: remembered, as "U.S. House", "[...]" or
            # "a.m. local" recur. Bounded like the other memos of token texts, and only short
            # contexts (a long "word", a run of characters without a space, is not kept).
            if len(text) > _BREAK_MEMO_CHARS:
                return super().text_contains_sentbreak(text)
            memo = self._break_memo
            got = memo.get(text)
            if got is None:
                got = super().text_contains_sentbreak(text)
                if len(memo) >= _BREAK_MEMO:
                    memo.clear()
                memo[text] = got
            return got

        def span_tokenize(self, text: str, realign_boundaries: bool = True) -> list[tuple[int, int]]:
            """NLTK's ``span_tokenize`` (``_slices_from_text`` then ``_realign_boundaries``) as
            two plain loops over lists, without its chain of generators and slice objects."""
            if not realign_boundaries or not _HAS_INTERNALS:  # another NLTK: its own code
                return list(super().span_tokenize(text, realign_boundaries))
            bounds: list[tuple[int, int]] = []
            last_break = 0
            breaks = self.text_contains_sentbreak
            for match, context in _end_contexts(text, period_re):
                if breaks(context):
                    bounds.append((last_break, match.end()))
                    # The next sentence starts after the white space, or at the punctuation.
                    last_break = match.start("next_tok") if match.group("next_tok") else match.end()
            bounds.append((last_break, len(text.rstrip())))
            # Closing quotes and brackets after a break belong to the sentence before it.
            out: list[tuple[int, int]] = []
            realign = 0
            last = len(bounds) - 1
            for i, (start, stop) in enumerate(bounds):
                start += realign
                if i < last:
                    nxt_start, nxt_stop = bounds[i + 1]
                    m = realign_re.match(text, nxt_start, nxt_stop)  # as on text[nxt_start:nxt_stop]
                    if m:
                        out.append((start, nxt_start + len(m.group(0).rstrip())))
                        realign = m.end() - nxt_start
                        continue
                    realign = 0
                if text[start:stop]:
                    out.append((start, stop))
            return out

    # The loops above use two NLTK internals (present in NLTK 3.8.2 to 3.10); without them,
    # NLTK's own span_tokenize runs (slower, same result).
    _HAS_INTERNALS = hasattr(PunktSentenceTokenizer, "_match_potential_end_contexts") and \
        hasattr(PunktLanguageVars, "re_boundary_realignment")
    params = PunktParameters()
    params.abbrev_types = set(abbreviations())
    lang_vars = _NewsVars()
    if _HAS_INTERNALS:
        # NLTK's two patterns, run by the standard library's re (see _stdlib_pattern).
        period_re = _stdlib_pattern(lang_vars.period_context_re())
        realign_re = _stdlib_pattern(lang_vars.re_boundary_realignment)
    tok = _NewsPunkt(params, lang_vars=lang_vars)
    tok._break_memo = {}  # context -> Punkt's text_contains_sentbreak (see above)
    return tok


def _stdlib_pattern(pattern: Any) -> re.Pattern[str]:
    """NLTK's compiled pattern (the ``regex`` module's, in a wrapper that stops it after a time)
    as a pattern of the standard library's ``re`` with the same matches: ``re``'s ``\\s`` also
    takes the separators U+001C to U+001F, which ``regex``'s does not. The patterns are linear and
    run on windows of at most _PUNKT_WINDOW characters, so they need no time limit. An older NLTK
    whose patterns are the standard library's already: those are used as they are."""
    if isinstance(pattern, re.Pattern):
        return pattern
    source = pattern.pattern.replace(r"\S", r"[\S\x1c-\x1f]").replace(r"\s", r"[^\S\x1c-\x1f]")
    return re.compile(source, pattern.flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE))


_WHITESPACE = " \t\n\r\x0b\x0c"  # string.whitespace: what NLTK looks back for
_OTHER_WHITESPACE = _WHITESPACE[1:]
#: Contexts whose Punkt answer is remembered (see _NewsPunkt.text_contains_sentbreak).
_BREAK_MEMO = 20_000
_BREAK_MEMO_CHARS = 64  # the longest context remembered (at most some 2 MB for the memo)


def _end_contexts(text: str, period_re: re.Pattern[str]) -> list[tuple[re.Match[str], str]]:
    """NLTK Punkt's ``_match_potential_end_contexts(text)`` as a list: each candidate end (a match
    of ``period_re``) with its context, the word before it, the mark and what follows; a candidate
    whose word would overlap the next one's is dropped. NLTK's quirk is kept: white space at the
    very start of the text does not end the first candidate's word."""
    out: list[tuple[re.Match[str], str]] = []
    prev = None
    prev_start = prev_stop = 0  # the word before the previous candidate
    for m in period_re.finditer(text):
        ms = m.start()
        # the last white space in [prev_stop, ms): the last space, then the other kinds only
        # after it (one scan back over the sentence, not six)
        space = text.rfind(" ", prev_stop, ms)
        lo = max(space + 1, prev_stop)
        space = max(space, *map(text.rfind, _OTHER_WHITESPACE, repeat(lo, 5), repeat(ms, 5)))
        start = space + 1 if space > prev_stop else prev_start
        if prev is not None and prev_stop <= start:
            out.append((prev, text[prev_start:prev_stop] + prev.group() + prev.group("after_tok")))
        prev, prev_start, prev_stop = m, start, ms
    if prev is not None:
        out.append((prev, text[prev_start:prev_stop] + prev.group() + prev.group("after_tok")))
    return out


# A Punkt candidate context that Punkt always takes as a sentence break (see _plain_sentence_end):
# a plain word or a number, then . ? or !, then white space and a visible character, or a mark.
_AFTER = r"(?:[ \t\n]+[!-~“‘]|[)\";}\]*:@'({\[!?“”‘’«»])"
_PLAIN_END = re.compile(rf"(?P<word>[A-Za-z]+(?:-[A-Za-z]+)*)(?P<mark>[.?!]){_AFTER}"
                        rf"|(?P<num>[0-9]+(?:[.,][0-9]+)*)(?:[?!]{_AFTER}|(?P<dot>\.)[ \t\n]+[A-Z])"
                        rf"|(?P<closed>[^\s.]*[\"')\]’”]\.){_AFTER}")


def _plain_sentence_end(context: str, abbrevs: set[str]) -> bool:
    """True when Punkt's ``text_contains_sentbreak(context)`` is surely True, known without it.

    Punkt tokenizes the context ("said. The", "said?\"", "1973. About", 'food". He') into tokens up
    to the mark and at least one more. Its first pass makes ``?`` / ``!`` / ``.`` a break, and a
    word ending in a full stop (''food', '”.') a break unless it is a known abbreviation; its second
    pass (untrained: no collocations, no orthographic data) only undoes that for initials ("J.")
    and for numbers followed by a lower case word or punctuation. Anything else (initials,
    abbreviations, other shapes) asks Punkt.
    """
    m = _PLAIN_END.match(context)
    if m is None:
        return False
    if m.group("closed"):  # 'food". He': the full stop is a token of its own, or one with the quote
        return True
    word = m.group("word")
    if word is None:  # "1973. About", "95?", "2.0. So"
        return m.group("dot") is None or m.group("num") not in abbrevs
    if m.group("mark") != ".":
        return True
    low = word.lower()
    return len(word) > 1 and low not in abbrevs and low.split("-")[-1] not in abbrevs


_CLOSERS = "\"'”’»)]}"
_OPENING_MARKS = "“‘«"
# "... in the U.S. The next ..." : an abbreviation followed by a typical sentence opener.
_OPENERS = frozenset("The A An But And It He She They We I This That These Those In On At "
                     "His Her Their Its There However Meanwhile".split())


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` (one paragraph), as offsets into ``text``.

    Example:
        >>> t = "U.S. President Joe Biden spoke. He left at 3 p.m. on Friday."
        >>> [t[s:e] for s, e in sentence_spans(t)]
        ['U.S. President Joe Biden spoke.', 'He left at 3 p.m. on Friday.']
    """
    end = len(text) if end is None else end
    spans = _punkt_spans(text, start, end)
    if not spans:
        return []
    spans = _move_closing_marks(text, spans)
    spans = _split_after_abbreviations(text, spans)
    spans = _split_between_quotes(text, spans)
    spans = _join_place_titles(text, spans)
    return [(s, e) for s, e in spans if e > s]


# Punkt is run on windows of at most this many characters. Its cost grows with the length of the
# text it is given, and NLTK >= 3.9.3 stops any regular expression that runs for more than a few
# seconds (TimeoutError), so one huge paragraph (a scraped page on a single line) must be cut.
_PUNKT_WINDOW = 10_000


def _punkt_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Punkt's sentence spans of ``text[start:end]``, in bounded windows (linear time overall).

    A window ends at white space; its last sentence may continue in the next window, so the next
    window starts where that sentence starts. A "sentence" longer than a window is cut at white
    space (or, with none, at the window's end).
    """
    tok = _punkt()
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        while pos < end and text[pos].isspace():
            pos += 1
        if pos >= end:
            break
        stop = end
        if end - pos > _PUNKT_WINDOW:
            stop = pos + _PUNKT_WINDOW
            cut = max(text.rfind(" ", pos + _PUNKT_WINDOW // 2, stop),
                      text.rfind("\n", pos + _PUNKT_WINDOW // 2, stop))
            if cut > pos:
                stop = cut
        spans = [(s + pos, e + pos) for s, e in tok.span_tokenize(text[pos:stop])]
        if stop >= end or len(spans) < 2:
            out.extend(spans)
            pos = stop
        else:
            out.extend(spans[:-1])
            pos = spans[-1][0]
    return out


def _move_closing_marks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A sentence must not start with the closing quote of the one before: give it back (also
    when the next quotation opens right after it: 'late.”“Go')."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out:
            k = s
            while k < e and text[k] in _CLOSERS and k + 1 <= e and (k + 1 == e or text[k + 1].isspace()
                                                                     or text[k + 1] in _CLOSERS
                                                                     or text[k + 1] in _OPENING_MARKS):
                k += 1
            if k > s and text[s] not in _OPENING_MARKS:
                ps, _ = out[-1]
                out[-1] = (ps, k)
                while k < e and text[k].isspace():
                    k += 1
                s = k
        if s < e:
            out.append((s, e))
    return out


# The look-behind makes a match start only at the head of a run like "U.S.", and the possessive
# quantifier stops it backtracking inside one: without them "A.A.A.A..." took quadratic time.
_ABBR_THEN_WORD = re.compile(r"(?<![A-Za-z]\.)\b((?:[A-Za-z]\.){2,}+)\s+([A-Z][a-z]*)\b")


# Every match of _ABBR_THEN_WORD holds this (found fast: it starts with a literal full stop).
_ABBR_HINT = re.compile(r"\.[A-Za-z]\.\s+[A-Z]")


def _split_after_abbreviations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split a sentence after "U.S." (or "D.C.", ...) when a typical sentence opener follows."""
    if not spans or not _ABBR_HINT.search(text, spans[0][0], spans[-1][1]):
        return spans
    out: list[tuple[int, int]] = []
    for s, e in spans:
        cur = s
        for m in _ABBR_THEN_WORD.finditer(text, s, e):
            if m.group(2) in _OPENERS and m.start(2) > cur:
                out.append((cur, m.end(1)))
                cur = m.start(2)
        out.append((cur, e))
    return out


# '… the native-born.”“Your facts are wrong,” …': a sentence that ends in a quotation and one that
# opens with another, with no space between them, which Punkt (it needs white space after the end of
# a sentence) does not split.
_END_THEN_QUOTE = re.compile(r"[.!?…][\"”’»]*(?=“[^\s“”])")


def _split_between_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split a sentence where . ! ? or … (and closing marks) is directly followed by an opening “."""
    # every match holds an opening “: most paragraphs have none, found faster than by the pattern
    if not spans or text.find("“", spans[0][0], spans[-1][1]) < 0 \
            or not _END_THEN_QUOTE.search(text, spans[0][0], spans[-1][1]):
        return spans
    out: list[tuple[int, int]] = []
    for s, e in spans:
        cur = s
        for m in _END_THEN_QUOTE.finditer(text, s, e):
            out.append((cur, m.end()))
            cur = m.end()
        out.append((cur, e))
    return out


@lru_cache(maxsize=1)
def place_abbreviations() -> frozenset[str]:
    """The abbreviations of places in the actor lexicon that end in a full stop, lower case and
    without it ("calif", "tex"): a title abbreviation right after one ("Tex. Gov.") is that
    place's, not a new sentence's.

        >>> "tex" in place_abbreviations()
        True
    """
    t = read_table(data_path("actors.csv"), kind="actor lexicon", required=("type", "alias", "kind"))
    return frozenset(w[:-1].lower() for ty, w, k in zip(t.column("type"), t.column("alias"), t.column("kind"))
                     if ty == "place" and k == "abbreviation" and w.endswith(".") and "." not in w[:-1])


# the end of a sentence at a place's abbreviation ("Calif."), and the start of the next at an
# abbreviated title ("Gov.")
_PLACE_END = re.compile(r"(?<![\w.])([A-Z][a-z]+)\.\Z")
_TITLE_START = re.compile(r"([A-Z][a-z]+)\.(?=\s)")


def _join_place_titles(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join two sentences split between a place's abbreviation and an abbreviated title: "said
    Calif. Gov. Jane Roe" is one sentence (the title is the place's), "in Austin, Tex. Gov. Jane
    Roe said" two (after a town and a comma the full stop may end one).

        >>> t = "He said Calif. Gov. Jane Roe won. In Austin, Tex. Gov. Roe spoke."
        >>> [t[s:e] for s, e in sentence_spans(t)]
        ['He said Calif. Gov. Jane Roe won.', 'In Austin, Tex.', 'Gov. Roe spoke.']
    """
    out: list[tuple[int, int]] = []
    places = None
    for s, e in spans:
        if out and text[out[-1][1] - 1] == "." and text[out[-1][1]:s].isspace() \
                and "\n" not in text[out[-1][1]:s]:
            ps, pe = out[-1]
            # the title first: one anchored match, that fails at most sentences' first word
            tm = _TITLE_START.match(text, s, e)
            pm = _PLACE_END.search(text, max(ps, pe - 12), pe) if tm is not None else None
            if pm is not None:
                places = place_abbreviations() if places is None else places
                if pm.group(1).lower() in places and tm.group(1).lower() in abbreviations() and \
                        not text[ps:pm.start()].rstrip().endswith(","):
                    out[-1] = (ps, e)
                    continue
        out.append((s, e))
    return out


# ---------------------------------------------------------------- tokens

_W = r"[^\W_]"  # a letter or digit
_WORD_CHARS = r"(?:[^\W_]|[\u0300-\u036f\u200d])"
# An emoji with its skin-tone modifiers, variation selector and zero-width-joined parts, or a flag.
_PICTO = "[\u2600-\u27bf\U0001F000-\U0001FAFF]"
_EMOJI = (rf"[\U0001F1E6-\U0001F1FF]{{2}}"
          rf"|{_PICTO}(?:[\ufe0f\U0001F3FB-\U0001F3FF]|\u200d{_PICTO})*")
_TOKEN_PARTS = (
    ("url", r"""https?://\S+[^\s.,;:!?"'”’)\]]|www\.\S+[^\s.,;:!?"'”’)\]]"""),
    ("handle", rf"[@#]{_W}+"),
    ("abbr", r"(?:[A-Za-z]\.){2,}"),  # U.S.  D.C.  a.m.
    ("number", r"(?:[$€£¥]|['’](?=\d\ds\b))?\d+(?:[.,:]\d+)*(?:%|st|nd|rd|th|s)?(?![^\W_]|[-‐‑][^\W_])"),
    ("clitic", r"(?<=[^\W_])['’](?:s|S|re|ll|ve|d|m)(?![^\W_])"),  # ’s ’re ’ll ...
    ("word", rf"{_WORD_CHARS}+(?:(?:['’](?!(?:s|S|re|ll|ve|d|m)(?![^\W_]))|[-‐‑]){_WORD_CHARS}+)*"),
    ("quote", r"""["“”‘’«»„‹›'`]"""),
    ("emoji", _EMOJI),
    ("punct", r"\.\.\.|…|--|[—–\-.,;:!?()\[\]{}/\\*&]|[^\w\s]"),
)
# The token pattern as written: _FAST_TOKEN below is the one run, with the same matches.
_TOKEN = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _TOKEN_PARTS))
_KIND = {"url": "word", "handle": "word", "abbr": "word", "number": "number", "clitic": "word",
         "word": "word", "quote": "quote", "emoji": "symbol"}
# Characters that continue the word before them: combining marks (Devanagari vowel signs, Hebrew
# and Arabic points) and the soft hyphen, zero-width non-joiner/joiner and word joiner.
_NON_SPACE = re.compile(r"\S")
_JOINERS = frozenset("\u00ad\u200c\u200d\u2060")
_SYMBOL = re.compile(r"[$€£¥%+=<>^~|#@©®™°§]")
#: The one character-folding table of geolib: curly quotes, guillemets, hyphens and dashes made
#: straight, a no-break space made a space (every character it maps is non-ASCII).
FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "„": '"',
                      "‐": "-", "‑": "-", "–": "-", "—": "-", "\u00a0": " "})


# ---- fast paths. Most sentences need none of the token-by-token rules of _token_spans_full:
# _ODD finds "_" (never a token) and any character where a joiner, a combining mark or an invisible
# format character may be (all of U+0300 and up but the common punctuation and the euro sign; and
# the soft hyphen): only those need every rule. Else, _NT ("n't") and _ABBR_DOT (a full stop after
# a letter that may end an abbreviation, "Mr.", with more of the sentence after it) find the
# sentences that need the two rules of _token_spans_few; the rest takes the tokens as they are.
_SAFE_RANGES = ((0x00, 0xAC), (0xAE, 0x2FF), (0x2010, 0x2027), (0x2030, 0x205F), (0x20AC, 0x20AC))


def _unsafe_class() -> str:
    """A character class of every character outside _SAFE_RANGES."""
    parts, nxt = [], 0
    for a, b in _SAFE_RANGES:
        if a > nxt:
            parts.append(f"{re.escape(chr(nxt))}-{re.escape(chr(a - 1))}" if a - 1 > nxt
                         else re.escape(chr(nxt)))
        nxt = b + 1
    parts.append(f"{re.escape(chr(nxt))}-\U0010ffff")
    return "[" + "".join(parts) + "]"


def _abbreviation_ends() -> str:
    """Character class of the letters an abbreviation of the list ends with, in either case."""
    ends = {c for a in abbreviations() for c in (a[-1:].lower(), a[-1:].upper()) if c}
    if not all(c.isascii() and c.isalpha() for c in ends):
        return r"[^\W_]"
    return "[" + "".join(sorted(ends)) + "]"


# Three searches, each of which the regular expression engine runs fast (one character class, a
# class then literals, a literal full stop first), cost half of one search for all three.
_ODD = re.compile(rf"_|{_unsafe_class()}")
_NT = re.compile(r"[nN]['’][tT]")
_ABBR_DOT = re.compile(rf"\.(?<={_abbreviation_ends()}\.)\s*\S")


def _symbol_class() -> str:
    """The safe characters that _TOKEN's last "punct" alternative takes but that are symbols."""
    chars = [chr(c) for a, b in _SAFE_RANGES for c in range(a, b + 1)
             if re.fullmatch(r"[^\w\s]", chr(c))
             and (_SYMBOL.match(chr(c)) or unicodedata.category(chr(c))[0] == "S")]
    return "[" + "".join(re.escape(c) for c in chars) + "]"


# The matches of _TOKEN (the tests check it), found three times faster: white space is skipped
# inside the match (the token is the group that matched); plain ASCII words followed by a space or
# a mark, commas and single full stops are tried first (no earlier alternative of _TOKEN can match
# there: a URL needs ":" or ".", an abbreviation a "." after one letter); the last alternative is
# split into its symbols and its punctuation (symbols of the safe characters only: the others go
# to _token_spans_full, which tells symbols from punctuation itself).
_FAST_PARTS = (
    ("fastword", r"""[A-Za-z]+(?=[ ,;)\n"”?!])|[A-Za-z]{2,}(?<!www)(?=\.)"""),
    ("fastpunct", r",|\.(?!\.)"),
    *_TOKEN_PARTS[:-1],
    ("punct", r"\.\.\.|…|--|[—–\-.,;:!?()\[\]{}/\\*&]"),
    ("symbol", _symbol_class()),
    ("otherpunct", r"[^\w\s]"),
    ("underscore", "_"),  # no token, but consumed: else the white space before it is rescanned
)
_FAST_TOKEN = re.compile(r"\s*+(?:" + "|".join(f"(?P<{n}>{p})" for n, p in _FAST_PARTS) + ")")
# By group number: the kind of the token, and the alternative of _TOKEN that gives the same match.
_FAST_KINDS = (None, *(("punct" if n in ("fastpunct", "otherpunct") else "word" if n == "fastword"
                        else None if n == "underscore" else _KIND.get(n, n)) for n, _ in _FAST_PARTS))
_FAST_GROUPS = (None, *("word" if n == "fastword" else "punct" if n in ("fastpunct", "symbol", "otherpunct")
                        else n for n, _ in _FAST_PARTS))


def _joins(ch: str) -> bool:
    return ch in _JOINERS or unicodedata.category(ch)[0] == "M"


def normalize(token: str) -> str:
    """Lower case with curly quotes and dashes made straight (``China’s`` → ``china's``).

    Example:
        >>> normalize("’S")
        "'s"
    """
    if token.isascii():  # nothing to straighten (the common case, and a fast test)
        return token.lower()
    return token.translate(FOLD).lower()


def fold(text: str) -> str:
    """``text`` with curly quotes and dashes made straight (:data:`FOLD`), case kept.

    Example:
        >>> fold("a “zero‑sum” game — «non»")
        'a "zero-sum" game - "non"'
    """
    return text if text.isascii() else text.translate(FOLD)


def token_spans(text: str, start: int = 0, end: int | None = None, *,
                names: bool = False) -> list[tuple[int, int, str]]:
    """Token spans ``(start, end, kind)`` of ``text[start:end]``.

    A known abbreviation keeps its full stop ("Mr.", "Jr.") unless the full stop ends the span:
    then it is the sentence's own ("He works for Acme Inc."), and so is the full stop after a
    single letter ("Plan B."). ``names=True`` reads names as names (as :mod:`geolib.quotes`
    does, see :func:`with_names`): an initial ("J. Smith") and a known abbreviation keep their full
    stop wherever they stand, and a domain name ("Znak.com") is one word.

    Example:
        >>> t = "China’s dual-use exports to the U.S."
        >>> [t[s:e] for s, e, _ in token_spans(t)]
        ['China', '’s', 'dual-use', 'exports', 'to', 'the', 'U.S.']
        >>> t = "said Sen. Robert P. Casey Jr."
        >>> [t[s:e] for s, e, _ in token_spans(t)], [t[s:e] for s, e, _ in token_spans(t, names=True)]
        (['said', 'Sen.', 'Robert', 'P', '.', 'Casey', 'Jr', '.'], ['said', 'Sen.', 'Robert', 'P.', 'Casey', 'Jr.'])
    """
    end = len(text) if end is None else end
    spans = _SPAN_TOKENS[_path(text, start, end)](text, start, end)
    return with_names(text, spans) if names else spans


# The last part of a domain name: "Znak.com", "nytimes.com.au" (lower case letters after a full stop).
_DOMAIN_END = re.compile(r"[a-z]{2,6}")


def with_names(text: str, tokens: list[_T]) -> list[_T]:
    """``tokens`` (``(start, end, kind, ...)`` in text order, as :func:`token_spans` or
    :func:`sentence_token_spans` give them) with names joined: the full stop after an initial (a
    capital letter standing alone: "J. Smith", not "D-N.C.") or after a known abbreviation
    ("Casey Jr.") stays with that word also where it ends a sentence, and a word, a full stop and
    a lower-case word with no space between them are one word, a domain name ("Znak.com",
    "nytimes.com.au"). This is what ``token_spans(..., names=True)`` gives, made from tokens already
    found (a document's); a joined token keeps the other fields of its first part. ``tokens``
    itself is returned when nothing is joined.

    Example:
        >>> t = "Robert P. Casey Jr. of Znak.com"
        >>> [t[s:e] for s, e, *_ in with_names(t, token_spans(t))]
        ['Robert', 'P.', 'Casey', 'Jr.', 'of', 'Znak.com']
    """
    return join_tokens(tokens, name_joins(text, tokens))


def name_joins(text: str, tokens: list[tuple]) -> list[tuple[int, int]]:
    """The joins of :func:`with_names`: ``(k, j)`` where tokens k..j-1 become one, in order.

    Example:
        >>> t = "J. Smith of Znak.com"
        >>> name_joins(t, token_spans(t))
        [(0, 2), (4, 7)]
    """
    if not tokens:
        return []
    joins: list[tuple[int, int]] = []  # (k, j): tokens k..j-1 become one, in order
    starts: list[int] | None = None
    abbrevs = abbreviations()
    end = tokens[-1][1]
    dot = text.find(".", tokens[0][0], end)
    while dot >= 0:
        if starts is None:
            starts = [t[0] for t in tokens]
        k = bisect.bisect_left(starts, dot)
        if 0 < k < len(tokens) and starts[k] == dot and tokens[k][1] == dot + 1 \
                and tokens[k - 1][1] == dot and tokens[k - 1][2] == "word":
            s = tokens[k - 1][0]
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if nxt is not None and nxt[0] == dot + 1 and nxt[2] == "word" \
                    and _DOMAIN_END.fullmatch(text, nxt[0], nxt[1]) and text[s].isalpha():
                if joins and joins[-1][1] == k:  # "nytimes.com" "." "au": the same name goes on
                    joins[-1] = (joins[-1][0], k + 2)
                else:
                    joins.append((k - 1, k + 2))
            elif not (joins and joins[-1][1] == k):  # not the full stop of a domain name
                word = text[s:dot]
                if len(word) == 1 and word.isupper() and not (s and (text[s - 1].isalnum() or text[s - 1] in ".-")) \
                        or word.lower() in abbrevs:
                    joins.append((k - 1, k + 1))
        dot = text.find(".", dot + 1, end)
    return joins


def join_tokens(tokens: list[_T], joins: list[tuple[int, int]]) -> list[_T]:
    """``tokens`` with each run k..j-1 of ``joins`` (see :func:`name_joins`) made one word token
    that keeps the other fields of its first part; ``tokens`` itself when ``joins`` is empty.

    Example:
        >>> join_tokens([(0, 1, "word", 0), (1, 2, "punct", 0), (3, 8, "word", 0)], [(0, 2)])
        [(0, 2, 'word', 0), (3, 8, 'word', 0)]
    """
    if not joins:
        return tokens
    out: list = []
    done = 0
    for k, j in joins:  # one pass: a slice replaced per join would be quadratic ("J. J. J. ...")
        out += tokens[done:k]
        first = tokens[k]
        out.append((first[0], tokens[j - 1][1], "word", *first[3:]))
        done = j
    out += tokens[done:]
    return out


def sentence_token_spans(text: str, spans: Iterable[tuple[int, int, Any]], *, names: bool = False
                         ) -> list[tuple[int, int, str, int]]:
    """``(start, end, kind, i)`` of the tokens of each span ``(start, end, ...)`` in order, ``i``
    being the span's index: :func:`token_spans` of every sentence of a document in one list
    (``names``: see :func:`token_spans`).

    Example:
        >>> t = "NATO met. China replied."
        >>> [(t[s:e], i) for s, e, _, i in sentence_token_spans(t, [(0, 9, 0), (10, 24, 0)])]
        [('NATO', 0), ('met', 0), ('.', 0), ('China', 1), ('replied', 1), ('.', 1)]
    """
    if names:
        return with_names(text, sentence_token_spans(text, spans))
    out: list[tuple[int, int, str, int]] = []
    extend = out.extend
    kinds = _FAST_KINDS
    finditer = _FAST_TOKEN.finditer
    odd, nt, abbr = _ODD.search, _NT.search, _ABBR_DOT.search
    for i, span in enumerate(spans):
        s, e = span[0], span[1]
        if odd(text, s, e) or nt(text, s, e) or abbr(text, s, e):
            extend([(a, b, k, i) for a, b, k in _SPAN_TOKENS[_path(text, s, e)](text, s, e)])
        else:  # the common case, inline
            extend([(m.start(m.lastindex), m.end(), kinds[m.lastindex], i)
                    for m in finditer(text, s, _trim_end(text, s, e))])
    return out


def _path(text: str, start: int, end: int) -> int:
    """Which function of _SPAN_TOKENS tokenizes ``text[start:end]``: 0 fast, 1 few rules, 2 all."""
    if _ODD.search(text, start, end):
        return 2
    return 1 if _NT.search(text, start, end) or _ABBR_DOT.search(text, start, end) else 0


def _token_spans_fast(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The tokens of a span that needs no rule: the matches of _FAST_TOKEN."""
    kinds = _FAST_KINDS
    return [(m.start(m.lastindex), m.end(), kinds[m.lastindex])
            for m in _FAST_TOKEN.finditer(text, start, _trim_end(text, start, end))]


def _token_spans_few(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The tokens of a span with no joiner, mark or format character (so no word continues into
    the next token): only the rules for abbreviations ("Mr.") and "n't" of _token_spans_full."""
    abbrevs = abbreviations()
    kinds = _FAST_KINDS
    out: list[tuple[int, int, str]] = []
    append = out.append
    last = start  # end of the last token
    for m in _FAST_TOKEN.finditer(text, start, _trim_end(text, start, end)):
        g = m.lastindex
        s, e = m.start(g), m.end()
        if s < last:  # the full stop that an abbreviation took
            continue
        if g == _WORD or g == _FASTWORD:
            if text[e:e + 1] == "." and text[s:e].lower() in abbrevs \
                    and _NON_SPACE.search(text, e + 1, end):
                e += 1
            elif g == _WORD and e - s > 3 and text[e - 3:e].lower() in ("n't", "n’t"):
                append((s, e - 3, "word"))
                s = e - 3
        append((s, e, kinds[g]))
        last = e
    return out


def _trim_end(text: str, start: int, end: int) -> int:
    """``end`` without the white space before it: the fast pattern skips white space before a
    token, so a long run of it at the end would be rescanned from every position."""
    if end > start and text[end - 1:end].isspace():
        return start + len(text[start:end].rstrip())
    return end


def _token_spans_full(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """:func:`token_spans` with every rule applied token by token."""
    abbrevs = abbreviations()
    out: list[tuple[int, int, str]] = []
    append = out.append
    groups = _FAST_GROUPS
    for m in _FAST_TOKEN.finditer(text, start, _trim_end(text, start, end)):
        i = m.lastindex
        group = groups[i]
        if group == "underscore":
            continue
        s, e = m.start(i), m.end()
        if out and out[-1][1] == s and out[-1][2] == "word" and group in ("word", "punct", "number") \
                and ((text[s] > "\u00ac" and _joins(text[s]))
                     or (group != "punct" and text[s - 1] > "\u00ac" and _joins(text[s - 1]))):
            # "नमस्ते", "בִּנְיָמִין", "inter\u00adnational": marks and joiners continue the word.
            out[-1] = (out[-1][0], e, "word")
            continue
        if group == "word":
            # "Mr." "Gen." "Jan.": keep the full stop of a known abbreviation with its word.
            # A full stop that ends the text is the sentence's own ("He said no.").
            if e < end and text[e] == "." and text[s:e].lower() in abbrevs \
                    and _NON_SPACE.search(text, e + 1, end):
                e += 1
            if out and out[-1][1] > s:  # swallowed by the abbreviation extension above
                continue
            # "don't": the word regex stops before n't only when followed by it.
            if text[s:e].lower().endswith(("n't", "n’t")) and e - s > 3:
                append((s, e - 3, "word"))
                append((e - 3, e, "word"))
                continue
            append((s, e, "word"))
        elif group == "punct":
            if out and out[-1][1] > s:
                continue
            ch = text[s]
            if e - s == 1 and unicodedata.category(ch) == "Cf":
                continue  # zero-width space, direction marks, BOM: not tokens
            kind = "symbol" if _SYMBOL.match(ch) or unicodedata.category(ch)[0] == "S" else "punct"
            append((s, e, kind))
        else:
            if out and out[-1][1] > s:
                continue
            append((s, e, _KIND[group]))
    return out


_WORD = _FAST_TOKEN.groupindex["word"]
_FASTWORD = _FAST_TOKEN.groupindex["fastword"]
_SPAN_TOKENS = (_token_spans_fast, _token_spans_few, _token_spans_full)
