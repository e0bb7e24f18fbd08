"""Issue 13, text that stalls a run: runs of unmatched or nested quote marks, ``said "`` and
``China: "`` repeated, many spans to render. Exact offsets and sensible results at small sizes;
linear work measured by counting executed lines of geolib (not by timing: the timings are in
benchmarks/scaling.py); and a hang guard that runs the 100 KB shapes of the issue.
"""

from __future__ import annotations

import html
import random
import re
import signal
import sys
import warnings
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pytest

import geolib
from geolib.decoding import GeolibWarning
from geolib.display import LAYER_ORDER, Span, _markup, render
from geolib.quotes import QUOTE_COLUMNS, quotes

GEOLIB = str(Path(geolib.__file__).resolve().parent)
quotes_table = sys.modules["geolib.quotes.table"]  # the stage that runs each document

SHAPES = {
    "unmatched curly": "“a ",
    "unmatched straight": '"a ',
    "nested unmatched": "“a ‘b ",
    "nested closed": "“‘a’ b” ",
    "said": 'said "',
    "colon": 'China: "',
    "alternating": "“a ” ‘b ’ ",
    "guillemets": "«a » ",
    "only marks": "\"“”‘’«»",
    "cues after commas": "“a”, Warren said, ",
    "one paragraph": ("China said the plan was “a Cold War mentality,” a spokesman told reporters. "
                      "“We object,” Wang said, adding: “It must stop.” "),
    "no period": "the minister said that “it” was wrong and ",
    "participles": 'saying, "a" adding, ',  # took 14 s for 1 KB (subject search three levels deep)
    # issue 14: names joined with their full stops, and a token that runs over quote marks
    "initials": "J. Znak.com “a” ",
    "web address": "see http://x.com/“a”b ",
}


def shape(name: str, size: int) -> str:
    unit = SHAPES[name]
    return unit * (size // len(unit))


def check(text: str, df: pd.DataFrame) -> None:
    """Offsets exact for the quote, its speaker mention and its cue."""
    assert list(df.columns) == QUOTE_COLUMNS
    for r in df.itertuples():
        assert 0 <= r.start < r.end <= len(text)
        assert text[r.start:r.end] == r.text
        if r.speaker is not None:
            assert 0 <= r.speaker_start < r.speaker_end <= len(text)
        if r.cue is not None and r.cue != ":":
            assert text[r.cue_start:r.cue_end] == r.cue


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shapes_have_exact_offsets_and_bounded_quotes(name: str) -> None:
    text = shape(name, 3000)
    df = quotes(geolib.load(text, doc_id="s"))
    check(text, df)
    # quotes never overlap; each is a few units long, or is a mark that never closes (‘ after a
    # space cannot close) and then ends at the end of its paragraph
    starts, ends = df["start"].tolist(), df["end"].tolist()
    assert all(e <= s for e, s in zip(ends, starts[1:]))
    for r in df.itertuples():
        assert len(r.text) <= 3 * len(SHAPES[name]) or r.end == len(text.rstrip()), (name, r.text[:40])


def test_unmatched_marks_give_one_short_quote_per_mark() -> None:
    for unit in ("“a ", '"a '):
        text = unit * 200
        df = quotes(geolib.load(text, doc_id="u"))
        check(text, df)
        assert df["text"].tolist() == ["a"] * 200  # a new opener ends the quote left open


def test_nested_unmatched_marks_end_at_their_paragraph() -> None:
    text = "“a ‘b " * 100 + "\n\nNext paragraph, no quote."
    df = quotes(geolib.load(text, doc_id="n"))
    check(text, df)
    assert len(df) == 1 and df["text"].iloc[0] == ("“a ‘b " * 100).strip()[1:]


def test_said_and_colon_runs_keep_their_speakers() -> None:
    text = 'China: "We object." ' * 50
    df = quotes(geolib.load(text, doc_id="c"))
    check(text, df)
    assert len(df) == 50 and set(df["speaker"]) == {"China"}
    text = '"It is wrong," Lee said. ' * 50
    df = quotes(geolib.load(text, doc_id="l"))
    check(text, df)
    assert len(df) == 50 and set(df["speaker"]) == {"Lee"} and set(df["cue"]) == {"said"}


# -- linear work, counted ------------------------------------------------------------------------

@contextmanager
def counting_lines():
    """Count the lines of geolib's own code executed in the block (an operation count)."""
    count = [0]

    def local(frame, event, arg):  # noqa: ANN001, ANN202
        if event == "line":
            count[0] += 1
        return local

    def trace(frame, event, arg):  # noqa: ANN001, ANN202
        return local if frame.f_code.co_filename.startswith(GEOLIB) else None

    old = sys.gettrace()
    sys.settrace(trace)
    try:
        yield count
    finally:
        sys.settrace(old)


def lines_run(fn, text: str) -> int:  # noqa: ANN001
    doc = geolib.load(text, doc_id="w")
    doc.paragraph_spans, doc.sentence_spans  # noqa: B018 - not the part measured
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with counting_lines() as count:
            fn(doc)
    return count[0]


@pytest.mark.parametrize("name", ["unmatched curly", "nested closed", "said", "colon", "cues after commas",
                                  "one paragraph", "no period", "initials", "web address"])
def test_quotes_work_grows_linearly(name: str) -> None:
    """4x the text runs about 4x the lines of geolib (16x if quadratic, as before issue 13)."""
    size = 1500 if len(SHAPES[name]) < 50 else 6000  # a few dozen repeats at least
    small = lines_run(quotes, shape(name, size))
    large = lines_run(quotes, shape(name, 4 * size))
    assert large / small < 6, (small, large)


def test_render_work_grows_linearly() -> None:
    def draw(doc) -> None:  # noqa: ANN001
        render(doc, actors=False, frames=False)

    small = lines_run(draw, shape("colon", 1500))
    large = lines_run(draw, shape("colon", 6000))
    assert large / small < 6, (small, large)


# -- render: the sweep gives what a scan per boundary gave ---------------------------------------

def markup_by_scan(text: str, lo: int, hi: int, spans: list[Span], started: set[str]) -> str:
    """The former _markup: every span looked at for each boundary (quadratic, the reference)."""
    from geolib.display import _close, _open

    inside = [s for s in spans if s.start < hi and s.end > lo]
    bounds = sorted({lo, hi} | {max(lo, s.start) for s in inside} | {min(hi, s.end) for s in inside})
    key = lambda s: (s.start, -s.end, LAYER_ORDER.get(s.layer, 9), s.sid)  # noqa: E731
    stack: list[Span] = []
    parts: list[str] = []
    for a, b in zip(bounds, bounds[1:]):
        want = sorted((s for s in inside if s.start <= a and s.end >= b), key=key)
        keep = 0
        while keep < len(stack) and keep < len(want) and stack[keep] is want[keep]:
            keep += 1
        for s in reversed(stack[keep:]):
            parts.append(_close(s, s.end <= a))
        for s in want[keep:]:
            parts.append(_open(s, s.sid not in started))
            started.add(s.sid)
        stack = want
        parts.append(html.escape(text[a:b], quote=False))
    for s in reversed(stack):
        parts.append(_close(s, s.end <= hi))
    return "".join(parts)


def test_markup_sweep_matches_the_scan_on_nested_and_crossing_spans() -> None:
    rnd = random.Random(13)
    text = "".join(rnd.choice("ab <&\n") for _ in range(200))
    layers = list(LAYER_ORDER)
    for trial in range(60):
        spans = []
        for k in range(rnd.randint(0, 25)):
            a = rnd.randrange(0, 199)
            b = rnd.randint(a + 1, min(200, a + rnd.choice((2, 10, 80))))
            spans.append(Span(a, b, rnd.choice(layers), f"L{k % 3}", "#fff", title="t", tag="x", sid=f"s{k}"))
        for lo, hi in ((0, 200), (0, 70), (70, 150), (150, 200)):
            fast = _markup(text, lo, hi, [s for s in spans if s.start < hi and s.end > lo], set())
            assert fast == markup_by_scan(text, lo, hi, spans, set()), (trial, lo, hi)


def test_render_of_many_quotes_keeps_every_quote_and_the_text() -> None:
    text = 'China: "' * 400
    out = render(geolib.load(text, doc_id="r"), actors=False, frames=False)
    q = quotes(geolib.load(text, doc_id="r"), roles=None)
    assert len(set(re.findall(r'data-span="(q\d+)"', out))) == len(q) > 300
    assert html.unescape(re.sub(r'<span class="geolib-speaker"[^>]*>[^<]*</span>|<style>[^<]*</style>|<[^>]+>', "",
                                out.split('<div class="geolib-doc">', 1)[1])) == text.strip()


# -- warnings ------------------------------------------------------------------------------------

def test_a_skipped_document_warns_with_the_geolib_category(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("boom")

    monkeypatch.setattr(quotes_table, "doc_quotes", broken)
    with pytest.warns(GeolibWarning, match="quotes: skipped d: RuntimeError: boom"):
        df = quotes(geolib.load('"Hi," he said.', doc_id="d"))
    assert list(df.columns) == QUOTE_COLUMNS and len(df) == 0


# -- hang guard: the 100 KB texts of the issue ----------------------------------------------------

@contextmanager
def hang_guard(seconds: int):
    """Fail (instead of hanging the suite) if the block runs for ``seconds``; not a timing test."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def stop(signum, frame):  # noqa: ANN001, ANN202
        raise TimeoutError(f"still running after {seconds} s: a stall")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.mark.parametrize("unit", ["“a ", '"a ', "“a ‘b ", 'said "'])
def test_issue_13_texts_of_100_kb_finish(unit: str) -> None:
    text = unit * (100_000 // len(unit))
    with hang_guard(120), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        df = quotes(geolib.load(text, doc_id="big"))
    check(text, df)
    assert len(df) >= 1


def test_issue_13_render_of_25000_spans_finishes() -> None:
    text = 'China: "' * 12_500
    with hang_guard(120), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = render(geolib.load(text, doc_id="big"), actors=False, frames=False)
    assert out.count('class="geolib-quote"') > 12_000
