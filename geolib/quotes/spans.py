"""Quote marks and spans: which marks are quotes (not apostrophes), how they pair within a
paragraph, and quotes that run over paragraphs (:func:`find_spans`, :func:`quote_spans`).

Example:
    >>> from geolib.quotes.spans import quote_spans
    >>> t = 'He said “no” twice.'
    >>> [t[s:e] for s, e in quote_spans(t)]
    ['no']
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterable



def _w(ch: str) -> bool:
    """A word character (what the regex ``\\w`` matches: a letter, a digit or _); False for ""."""
    return ch.isalnum() or ch == "_"


@dataclass
class Span:
    open_start: int        # offset of the opening mark
    start: int             # content start
    end: int               # content end
    close_end: int         # offset after the closing mark (== end when unclosed)
    closed: bool
    family: str            # 'd' double, 's' single
    unclosed: bool = False  # its closing mark is missing: it runs on to the next quote or its paragraph's end


_MARK_CHARS = re.compile(r"[\"'`“”„«»‘’]")
# after an apostrophe: a decade or a year ('’90s', '’07') and the 'n' of rock ’n’ roll
_DECADE = re.compile(r"[‘’']\d\d?s?\b").match
_N_CLIPPED = re.compile(r"[‘’']n[’']\s").match


def _marks(p: str, base: int) -> list[tuple[int, int, str, str]]:
    """Classify the marks of one paragraph: (offset, width, family, action) with action in
    open / close / toggle."""
    out = []
    n = len(p)
    i = 0
    single_open = False
    search = _MARK_CHARS.search
    while i < n:
        hit = search(p, i)  # jump to the next character that can be a mark
        if hit is None:
            break
        i = hit.start()
        ch = p[i]
        prev = p[i - 1] if i else ""
        if ch == "'" and single_open and p[i:i + 3] == "'''":
            # ''… 'old-school,''' : the first mark closes the inner single quote, then '' the outer
            out.append((base + i, 1, "s", "close"))
            single_open = False
            i += 1
            continue
        if ch == "'" and i + 1 < n and p[i + 1] == "'":
            out.append((base + i, 2, "d", "toggle"))
            i += 2
            continue
        if ch == "`" and i + 1 < n and p[i + 1] == "`":
            out.append((base + i, 2, "d", "open"))
            i += 2
            continue
        nxt = p[i + 1] if i + 1 < n else ""
        if ch in "“„«":
            out.append((base + i, 1, "d", "open"))
        elif ch in "”»":
            out.append((base + i, 1, "d", "close"))
        elif ch == '"':
            # a mark right before a comma or full stop ends a quote, even after a space
            # ('... I'm a drummer' ", he recalled')
            before_punct = not nxt or nxt in ",;:!?" or nxt == "." and not re.match(r"\.\s?\.", p[i + 1:i + 4])
            can_open = (not prev or prev.isspace() or prev in "([{—–-/") and nxt and not nxt.isspace() \
                and not before_punct
            can_close = prev and (not prev.isspace() or before_punct) and (not nxt or not _w(nxt))
            act = "open" if can_open and not can_close else "close" if can_close and not can_open else "toggle"
            out.append((base + i, 1, "d", act))
        elif ch in "‘’'":
            rest = p[i:i + 4]
            # apostrophes: it’s, ’90s, rock ’n’ roll
            if _w(prev) and _w(nxt):
                pass
            elif _DECADE(rest) and not (single_open and ch != "‘"):
                pass
            elif _N_CLIPPED(rest) or ch in "’'" and p[max(0, i - 2):i + 1] in ("’n’", "'n'", "‘n’"):
                pass
            else:
                can_open = (not prev or not _w(prev) and prev not in ".,;:!?") and nxt and not nxt.isspace() \
                    and ch in "‘'" and (ch == "‘" or prev in ("", " ", "(", "“", '"', "—", "-", "[", "\n", "\t"))
                can_close = prev and not prev.isspace() and not _w(nxt)
                if can_close and single_open:
                    out.append((base + i, 1, "s", "close"))
                    single_open = False
                elif can_open:
                    out.append((base + i, 1, "s", "open"))
                    single_open = True
                # else: an apostrophe (Joneses’, leaders’)
        i += 1
    return out


def _pair_paragraph(p: str, base: int, inner: list[tuple[int, int]] | None = None
                    ) -> tuple[list[Span], tuple[int, int, str] | None]:
    """Top-level quote spans of one paragraph, and the still-open outer mark (if any).
    ``inner`` receives the (start, end) of the quotes nested in them."""
    spans: list[Span] = []
    stack: list[tuple[str, int, int]] = []  # family, mark offset, content start
    # open marks per family on the stack: "is one of this family open?" without a scan of the
    # stack (that scan made a paragraph of nested unmatched marks quadratic)
    depth = {"d": 0, "s": 0}
    for off, width, fam, act in _marks(p, base):
        open_same = depth[fam] > 0
        if act == "toggle":
            act = "close" if open_same else "open"
        if act == "open":
            if fam == "d" and stack and stack[-1][0] == "d" and len(stack) == 1:
                # a second double opener while one is open: nesting of doubles is rare in news,
                # an unclosed quote followed by a new one is more likely -> end the first here.
                f0, o0, s0 = stack.pop()
                depth[f0] -= 1
                e0 = off
                while e0 > s0 and p[e0 - 1 - base].isspace():
                    e0 -= 1
                if e0 > s0:
                    spans.append(Span(o0, s0, e0, e0, False, f0, True))
            stack.append((fam, off, off + width))
            depth[fam] += 1
        elif act == "close":
            if not open_same:
                continue  # stray closer
            while stack and stack[-1][0] != fam:
                depth[stack.pop()[0]] -= 1
            f0, o0, s0 = stack.pop()
            depth[f0] -= 1
            if not stack and off > s0:
                e0 = off  # the words end before a space left before a straight mark ('drummer' ", he')
                while p[off - base] == '"' and e0 > s0 and p[e0 - 1 - base].isspace():
                    e0 -= 1
                spans.append(Span(o0, s0, e0, off + width, True, f0))
            elif inner is not None and off > s0:
                inner.append((s0, off))
    still_open = None
    if stack:
        f0, o0, s0 = stack[0]
        still_open = (o0, s0, f0)
    return spans, still_open


def quote_spans(text: str, paragraphs: Iterable[tuple[int, int]] | None = None, *,
                nested: bool = False) -> list[tuple[int, int]]:
    """Top-level quote spans ``(start, end)`` of ``text`` (content without its marks): the quotes
    of :func:`quotes`, and those that :mod:`geolib.frames` reads (its fallback and its scare quotes).

    ``paragraphs`` are ``(start, end)`` spans; by default every line is a paragraph.
    ``nested=True`` adds the quotes inside them (a quotation within a quotation), in order of
    their start.

    Example:
        >>> t = 'He said “it’s the ’90s” and the Joneses’ dog ‘barked’.'
        >>> [t[s:e] for s, e in quote_spans(t)]
        ['it’s the ’90s', 'barked']
        >>> t = '“They call it a ‘special operation’,” he said.'
        >>> [t[s:e] for s, e in quote_spans(t, nested=True)]
        ['They call it a ‘special operation’,', 'special operation']
    """
    paras = _para_list(text, paragraphs)
    spans = [(s.start, s.end) for s in find_spans(text, paras)]
    if not nested:
        return spans
    inner: list[tuple[int, int]] = []
    for ps, pe in paras:
        _pair_paragraph(text[ps:pe], ps, inner)
    return sorted(spans + [(a, b) for a, b in inner if text[a:b].strip()])


def _para_list(text: str, paragraphs: Iterable[tuple[int, int]] | None) -> list[tuple[int, int]]:
    if paragraphs is not None:
        return [(int(a), int(b)) for a, b in paragraphs]
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def find_spans(text: str, paras: list[tuple[int, int]]) -> list[Span]:
    spans: list[Span] = []
    carry: tuple[int, int, str, int] | None = None  # mark, content start, family, end of its para
    for ps, pe in paras:
        p = text[ps:pe]
        para_spans, still_open = _pair_paragraph(p, ps)
        lead = ps + len(p) - len(p.lstrip())
        if carry is not None:
            # news convention: a quote running over paragraphs reopens each one with the SAME
            # family of mark; a paragraph opening with another kind (‘ after “) starts a new quote
            if para_spans and para_spans[0].open_start == lead and para_spans[0].family == carry[2]:
                # the quote of the previous paragraph runs on and closes here
                first = para_spans.pop(0)
                spans.append(Span(carry[0], carry[1], first.end, first.close_end, first.closed, carry[2],
                                  first.unclosed))
                carry = None
            elif still_open is not None and still_open[0] == lead and still_open[2] == carry[2]:
                # reopened and still open: the quote runs on to a later paragraph
                spans.extend(para_spans)
                carry = (carry[0], carry[1], carry[2], pe)
                continue
            else:
                # never closed: it ends at its own paragraph
                spans.append(_unclosed(text, carry, carry[3]))
                carry = None
        spans.extend(para_spans)
        if still_open is not None:
            carry = (still_open[0], still_open[1], still_open[2], pe)
    if carry is not None:
        spans.append(_unclosed(text, carry, carry[3]))
    spans = _split_transcripts(text, paras, spans)
    spans.sort(key=lambda s: s.start)
    out: list[Span] = []
    for s in spans:
        if s.end <= s.start or not text[s.start:s.end].strip():
            continue
        if out and s.start < out[-1].end:
            continue  # nested inside a merged multi-paragraph quote
        out.append(s)
    return out


def _split_transcripts(text: str, paras: list[tuple[int, int]], spans: list[Span]) -> list[Span]:
    """A quote running over paragraphs is split where a paragraph opens a new transcript turn
    ('“WALLACE: …'): each turn has its own speaker."""
    out = []
    starts = [ps for ps, _ in paras]
    ordered = all(a <= b for a, b in zip(starts, starts[1:]))
    ends = sorted(pe for _, pe in paras)
    for sp in spans:
        if ordered:  # bisect rather than scan every paragraph for every quote
            inner = paras[bisect.bisect_right(starts, sp.start):bisect.bisect_left(starts, sp.end)]
        else:
            inner = [(ps, pe) for ps, pe in paras if sp.start < ps < sp.end]
        cut = sp
        for ps, pe in inner:
            m = re.match(r"\s*[\"“„«]", text[ps:pe])
            if m is None or TRANSCRIPT.match(text, ps + m.end(), pe) is None:
                continue
            k = bisect.bisect_right(ends, ps)
            prev_end = ends[k - 1] if k else max(e for s0, e in paras if e <= ps)
            e0 = prev_end
            while e0 > cut.start and text[e0 - 1].isspace():
                e0 -= 1
            if text[e0 - 1:e0] in "”\"":
                e0 -= 1
            out.append(Span(cut.open_start, cut.start, e0, e0, False, cut.family))
            cut = Span(ps + m.start(), ps + m.end(), sp.end, sp.close_end, sp.closed, sp.family, sp.unclosed)
        out.append(cut)
    return out


def _unclosed(text: str, carry: tuple[int, int, str, int], para_end: int) -> Span:
    o, s, fam = carry[0], carry[1], carry[2]
    e = para_end
    while e > s and text[e - 1].isspace():
        e -= 1
    return Span(o, s, e, e, False, fam, True)


TRANSCRIPT = re.compile(r"\s*([A-Z][A-Z.'’\- ]{1,40}[A-Z.])\s*:\s")
