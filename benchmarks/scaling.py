"""Does time grow linearly with the input? 4x the text should take about 4x the time (16x if
quadratic). Issue 8 asks for linear time on long and pathological inputs; timings live here, in a
benchmark, not in the tests (tests/test_robustness.py checks that the same inputs finish with exact
offsets).

Run: ``.venv/bin/python benchmarks/scaling.py`` (also run by ``make bench``). Prints one line per
case with its ratio and exits 1 if any ratio is 6 or more.
"""

from __future__ import annotations

import gc
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geolib.document import Document  # noqa: E402

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


def main() -> int:
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
    return 0 if worst < LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
