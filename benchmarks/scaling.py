"""Does time grow linearly with the input? 4x the text should take about 4x the time (16x if
quadratic). Issue 8 asks for linear time on long and pathological inputs; timings live here, in a
benchmark, not in the tests (tests/test_robustness.py checks that the same inputs finish with exact
offsets).

Run: ``.venv/bin/python benchmarks/scaling.py`` (also run by ``make bench``). Prints one line per
case with its ratio and exits 1 if any ratio is 6 or more.

Issue 13, text that stalls a run: then each text *shape* (runs of unmatched quote marks, nested
marks, ``said "`` or ``China: "`` repeated, one paragraph of 1 MB of quotes, only quote marks,
sentences without a period, colons ...) goes through ``quotes()`` and, for the shapes with many
spans, ``render()``, as one document at 100 KB and at 1 MB: the 1 MB time should be about 10x the
100 KB one (100x if quadratic), and its CPU seconds per MB at most 10x those of news of the same
size (Wikinews articles joined into one document). Exits 1 when a shape breaks either limit.
``--shapes`` runs only that table, ``--small N`` / ``--large N`` change the two sizes.
"""

from __future__ import annotations

import gc
import sys
import time
import warnings
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geolib.document import Document  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
WIKINEWS = [ROOT / "data" / "wikinews", ROOT.parent / "shared" / "corpora" / "wikinews"]

SENTENCE = ("China said on Monday that the U.S. had shown “a Cold War mentality,” while NATO’s "
            "32 members, meeting in Brussels, rejected what Mr. Stoltenberg called ‘bullying’. ")
LIMIT = 6.0


def cpu(fn, arg, runs: int = 1) -> float:
    """CPU seconds of ``fn(arg)``, best of ``runs``, with the garbage collector paused."""
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            t = time.process_time()
            fn(arg)
            best = min(best, time.process_time() - t)
        finally:
            gc.enable()
    return best


def ratio(make, small: int, fn, factor: int = 4) -> float:
    fn(make(small // 4))  # warm up: lexicons, Punkt, regexes
    # best of 2 on both sides: one slow run on a shared machine is not a quadratic loop
    return cpu(fn, make(small * factor), runs=2) / max(cpu(fn, make(small), runs=2), 1e-3)


def tables(text: str) -> None:
    doc = Document(text)
    doc.paragraphs, doc.sentences, doc.tokens  # noqa: B018


def spans(text: str) -> None:
    doc = Document(text)
    doc.sentence_spans, doc.token_spans  # noqa: B018


def analysis(name: str):
    import importlib

    module, func = name.split(".")
    fn = getattr(importlib.import_module(f"geolib.{module}"), func)

    def run(text: str) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            fn(Document(text), "china") if func == "kwic" else fn(Document(text))
    return run


# -- issue 13: shapes of text that stalled quotes() and render() ----------------------------------

NEWS_RATIO_LIMIT = 10.0   # CPU per MB of a shape / CPU per MB of news
GROWTH_LIMIT = 25.0       # time at 10x the size / time at the small size (10 linear, 100 quadratic)

# name -> the unit repeated up to the size (a callable for the shapes that are not one unit)
SHAPES: dict[str, Any] = {
    "unmatched “": "“a ",
    'unmatched "': '"a ',
    "nested “‘ unmatched": "“a ‘b ",
    "nested “‘…’” closed": "“‘a’ b” ",
    'said "': 'said "',
    'China: "': 'China: "',
    "alternating “ ” ‘ ’": "“a ” ‘b ’ ",
    "guillemets « »": "«a » ",
    "said, no quotes": "he said ",
    "only quote marks": "\"“”‘’«»",
    "colons": "China: ",
    "one paragraph of quotes": ("China said the plan was “a Cold War mentality,” a spokesman told "
                                "reporters. “We object,” Wang said, adding: “It must stop.” "),
    "sentence without a period": "the minister said that “it” was wrong and ",
    "cues after commas": '“a”, Warren said, ',
}
RENDERED = {'said "', 'China: "', "one paragraph of quotes", "alternating “ ” ‘ ’", "news"}


def news_text(size: int) -> str:
    """Wikinews articles joined (blank line between) into one document of about ``size`` characters
    (the seed's sentence repeated when the corpus is absent)."""
    import pandas as pd

    parts: list[str] = []
    n = 0
    for folder in WIKINEWS:
        for path in sorted(folder.glob("*.csv")) if folder.exists() else ():
            for t in pd.read_csv(path, dtype=str, keep_default_na=False)["text"]:
                if n >= size:
                    break
                parts.append(t.strip())
                n += len(parts[-1]) + 2
        if parts:
            break
    text = "\n\n".join(parts)
    while len(text) < size:  # a corpus smaller than the size: repeat it
        text = text + "\n\n" + (text or SENTENCE)
    return text[:size]


def shape_text(name: str, size: int) -> str:
    if name == "news":
        return news_text(size)
    unit = SHAPES[name]
    return unit * (size // len(unit))


def run_quotes(text: str) -> int:
    from geolib.quotes import quotes

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return len(quotes(Document(text)))


def run_render(text: str) -> int:
    from geolib.display import render

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return len(render(Document(text)))


def shapes_table(small: int = 100_000, large: int = 1_000_000) -> int:
    """Time each shape at two sizes; print seconds, growth and cost per MB relative to news."""
    run_quotes(news_text(20_000))  # warm up: lexicons, Punkt, regexes
    rows = []
    per_mb: dict[tuple[str, str], float] = {}
    for name in ["news", *SHAPES]:
        for stage, fn in (("quotes", run_quotes), ("render", run_render)):
            if stage == "render" and name not in RENDERED:
                continue
            t_small = cpu(fn, shape_text(name, small))
            t_large = cpu(fn, shape_text(name, large))
            per_mb[(name, stage)] = t_large / (large / 1e6)
            rows.append((name, stage, t_small, t_large))
            print(f"  {stage:6s} {name:28s} {small // 1000:>5} KB {t_small:7.2f} s   "
                  f"{large // 1000:>5} KB {t_large:7.2f} s", flush=True)
    worst = 0.0
    bad = 0
    print(f"\n{'shape':28s} {'stage':6s} {'growth':>7s} {'s/MB':>7s} {'x news':>7s}")
    for name, stage, t_small, t_large in rows:
        growth = t_large / max(t_small, 1e-3)
        ratio = per_mb[(name, stage)] / max(per_mb[("news", stage)], 1e-3)
        worst = max(worst, ratio)
        flag = growth >= GROWTH_LIMIT or ratio > NEWS_RATIO_LIMIT
        bad += flag
        print(f"{name:28s} {stage:6s} {growth:6.1f}x {per_mb[(name, stage)]:7.2f} {ratio:6.1f}x"
              f"{'   <-- too slow' if flag else ''}")
    print(f"worst cost per MB relative to news: {worst:.1f}x (limit {NEWS_RATIO_LIMIT:g}); "
          f"growth limit {GROWTH_LIMIT:g}x for {large // small}x the text")
    return 1 if bad else 0


def main() -> int:
    args = sys.argv[1:]
    small = int(args[args.index("--small") + 1]) if "--small" in args else 100_000
    large = int(args[args.index("--large") + 1]) if "--large" in args else 1_000_000
    if "--shapes" in args:
        return shapes_table(small, large)
    cases = []
    for shape in ("single_line", "paragraphs"):
        def make(n: int, shape=shape) -> str:
            k = n // len(SENTENCE)
            return SENTENCE * k if shape == "single_line" else "\n\n".join(SENTENCE for _ in range(k))
        cases.append((f"document tables, {shape}, 0.25 -> 1 MB", make, 250_000, tables))
    for unit in ["A.", "Gen. ", "p.m. ", "“", "“a ", "’", "1.", "a-", "www.", "x\u0301", "\u200b",
                 "🇷", "<p>", "A\n", "—\n", "No. "]:
        small = 40_000 if unit in ("Gen. ", "p.m. ", "No. ", "A\n", "—\n") else 100_000
        cases.append((f"spans, repeated {unit!r}", lambda n, u=unit: u * (n // len(u)), small, spans))
    for name in ("actors.actors", "quotes.quotes", "frames.frames", "counting.kwic"):
        cases.append((f"{name}, 0.2 -> 0.8 MB", lambda n: SENTENCE * (n // len(SENTENCE)), 200_000,
                      analysis(name)))
    worst = 0.0
    for label, make, small, fn in cases:
        r = ratio(make, small, fn)
        worst = max(worst, r)
        print(f"{r:5.1f}x  {label}{'   <-- not linear' if r >= LIMIT else ''}", flush=True)
    print(f"worst ratio {worst:.1f} (linear 4, quadratic 16; limit {LIMIT})")
    print("\nissue 13: text shapes, quotes() and render(), two sizes", flush=True)
    stalls = shapes_table(small, large)
    return 0 if worst < LIMIT and not stalls else 1


if __name__ == "__main__":
    sys.exit(main())
