"""CPU seconds of each stage of the whole pipeline on the benchmark's corpus, best of a few runs.

    python benchmarks/stage_cpu.py                       # this checkout, 2 MB, best of 3
    python benchmarks/stage_cpu.py --mb 4 --repeat 5
    git archive BASE geolib benchmarks | tar -x -C /tmp/base
    python benchmarks/stage_cpu.py --root /tmp/base      # the same on another commit's code

On a shared machine wall-clock rates move with the other work; CPU time (``time.process_time``,
taken as the pipeline's per-stage timer) moves much less, and the best of a few runs less still.
Run the two commits one after the other, twice, to compare them. The corpus is the one
``run.py`` builds (Wikinews and the seed, replicated), made in ``.cache/corpus-stage-cpu``.

Example:
    python benchmarks/stage_cpu.py --mb 0.2 --repeat 1   # prints {'load': ..., 'total': ...}
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import types
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=2.0, help="sample size in MB (default 2)")
    ap.add_argument("--repeat", type=int, default=3, help="runs; the best of each stage is kept")
    ap.add_argument("--root", type=Path, default=HERE.parent, help="the checkout whose geolib runs")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(a.root.resolve()))
    warnings.filterwarnings("ignore")
    import geolib
    import geolib.pipeline.worker as worker
    from geolib.pipeline import DEFAULT_STAGES, analyze

    sys.path.insert(0, str(HERE))
    import run as bench  # noqa: E402 -- the corpus builder of make bench

    files = bench.build_corpus(HERE / ".cache" / "corpus-stage-cpu", max(4.0, a.mb))
    sample = bench.read_texts(files, a.mb)
    # the pipeline's per-stage timer, made a CPU-time one
    worker.time = types.SimpleNamespace(perf_counter=time.process_time, monotonic=time.monotonic)
    stages = list(DEFAULT_STAGES)
    bench.warm_up(stages)
    best: dict[str, float] = {}
    for _ in range(a.repeat):
        gc.collect()
        t = time.process_time()
        res = analyze(sample, stages=stages, progress=False, batch_size=100)
        got = {**res.stats["stage_seconds"], "total": time.process_time() - t}
        best = {k: min(v, best.get(k, v)) for k, v in got.items()}
    mb = bench.mb_of(sample["text"])
    print(f"{geolib.__file__}: CPU seconds per {mb:.2f} MB, best of {a.repeat}:",
          {k: round(v, 3) for k, v in best.items()}, f"({mb / best['total']:.3f} MB per CPU second)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
