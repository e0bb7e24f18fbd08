"""Big inputs: a 50 MB single-line file and a 10,000-paragraph file, timed with peak memory.

Run: ``.venv/bin/python benchmarks/fuzz_big_inputs.py [--mb 50] [--paragraphs 10000]``.
Prints one line per input and step (seconds, peak resident memory). Issue 8 asks that both finish
in time linear in their size with bounded memory; tests/test_robustness.py checks the scaling
ratio at small sizes, this script checks the real sizes.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import geolib  # noqa: E402

SENTENCE = ("China said on Monday that the U.S. had shown “a Cold War mentality,” while NATO’s "
            "32 members, meeting in Brussels, rejected what Mr. Stoltenberg called ‘bullying’. ")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(path: Path, label: str, *, with_tokens: bool) -> None:
    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = geolib.load(path, max_chars=10**10)  # lifted: this measures how big documents scale
    steps = {"load+paragraphs": time.perf_counter() - t0}
    t = time.perf_counter()
    n_sent = len(doc.sentence_spans)
    steps["sentences"] = time.perf_counter() - t
    n_tok = 0
    if with_tokens:
        t = time.perf_counter()
        n_tok = len(doc.token_spans)
        steps["token spans"] = time.perf_counter() - t
    total = time.perf_counter() - t0
    size = path.stat().st_size / 1e6
    print(f"{label}: {size:.1f} MB, {len(doc.paragraph_spans)} paragraphs, {n_sent} sentences, "
          f"{n_tok} tokens; " + ", ".join(f"{k} {v:.1f}s" for k, v in steps.items())
          + f"; total {total:.1f}s ({total / size:.2f} s/MB); peak RSS {peak_mb():.0f} MB", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--paragraphs", type=int, default=10_000)
    ap.add_argument("--no-tokens", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paras = Path(tmp) / "paragraphs.txt"
        paras.write_text("\n\n".join(f"{i}. {SENTENCE * 3}" for i in range(args.paragraphs)),
                         encoding="utf-8")
        run(paras, f"{args.paragraphs} paragraphs", with_tokens=not args.no_tokens)
        line = Path(tmp) / "one_line.txt"
        n = int(args.mb * 1e6 / len(SENTENCE.encode("utf-8")))
        line.write_text(SENTENCE * n, encoding="utf-8")
        run(line, f"single line {args.mb:g} MB", with_tokens=not args.no_tokens)


if __name__ == "__main__":
    main()
