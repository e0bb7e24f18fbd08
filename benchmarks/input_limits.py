"""Peak memory on hostile inputs (issue 13): gzip bombs, a giant single-line text, a CSV with one
giant field, and a million-row JSON Lines file iterated through read_corpus.

Run: ``.venv/bin/python benchmarks/input_limits.py [--gb 5] [--out /tmp/geolib_limits]``.
Each case runs in its own process under ``ulimit -v`` (3 GB by default, so a regression cannot
take the machine down) and prints its result, wall time and peak resident memory. The inputs are
built once in ``--out`` (about 220 MB on disk; the gzip bombs take a minute to compress).
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORDS = "China spoke to NATO about trade "

CASES = {
    "zeros.txt.gz (gzip bomb)": "len(geolib.load(P('zeros.txt.gz')).text)",
    "zeros.csv.gz (gzip bomb)": "sum(1 for _ in geolib.read_corpus(P('zeros.csv.gz')))",
    "zeros.jsonl.gz (gzip bomb)": "sum(1 for _ in geolib.read_corpus(P('zeros.jsonl.gz')))",
    "letters.csv.gz (gzip bomb of text)": "sum(1 for _ in geolib.read_corpus(P('letters.csv.gz')))",
    "folder with a gzip bomb": "[d.doc_id for d in geolib.read_corpus(P('folder'))]",
    "one_line_50mb.txt": "len(geolib.load(P('one_line_50mb.txt')).sentences)",
    "field_100mb.csv": "[len(d.sentences) for d in geolib.read_corpus(P('field_100mb.csv'))]",
    "rows_1e6.jsonl (read_corpus iteration)": "sum(1 for _ in geolib.read_corpus(P('rows_1e6.jsonl')))",
}

RUNNER = """
import resource, sys, time, warnings
from pathlib import Path
sys.path.insert(0, {root!r})
warnings.simplefilter("ignore")
import geolib
P = lambda name: Path({out!r}) / name
t = time.perf_counter()
try:
    result = repr({expr})[:100]
except Exception as err:
    result = f"{{type(err).__name__}}: {{str(err)[:100]}}"
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{{time.perf_counter() - t:.1f}} s, peak RSS {{peak:.0f}} MB: {{result}}")
"""


def build(out: Path, gb: float) -> None:
    out.mkdir(parents=True, exist_ok=True)
    block = 1 << 24
    for name, byte, head in (("zeros", b"\0", b""), ("letters", b"a", b"id,text\nx,")):
        target = out / (f"{name}.txt.gz" if name == "zeros" else f"{name}.csv.gz")
        if not target.exists():
            with gzip.open(target, "wb", compresslevel=9) as f:
                f.write(head)
                for _ in range(int(gb * 2**30 / block)):
                    f.write(byte * block)
    for suffix in (".csv.gz", ".jsonl.gz"):
        if not (out / f"zeros{suffix}").exists():
            (out / f"zeros{suffix}").hardlink_to(out / "zeros.txt.gz")
    folder = out / "folder"
    folder.mkdir(exist_ok=True)
    (folder / "good.txt").write_text("China spoke.", encoding="utf-8")
    if not (folder / "bomb.txt.gz").exists():
        (folder / "bomb.txt.gz").hardlink_to(out / "zeros.txt.gz")
    if not (out / "one_line_50mb.txt").exists():
        (out / "one_line_50mb.txt").write_text((WORDS * 1_600_000)[:50_000_000], encoding="utf-8")
    if not (out / "field_100mb.csv").exists():
        (out / "field_100mb.csv").write_text('id,text\na,"' + (WORDS * 3_200_000)[:100_000_000]
                                             + '"\nb,Fine text here.\n', encoding="utf-8")
    if not (out / "rows_1e6.jsonl").exists():
        with open(out / "rows_1e6.jsonl", "w", encoding="utf-8") as f:
            for i in range(1_000_000):
                f.write(json.dumps({"id": f"d{i}", "text": f"China spoke on day {i}."}) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gb", type=float, default=5, help="decompressed size of the gzip bombs")
    ap.add_argument("--out", type=Path, default=Path("/tmp/geolib_limits"))
    ap.add_argument("--ulimit-gb", type=float, default=3)
    args = ap.parse_args()
    t = time.perf_counter()
    build(args.out, args.gb)
    print(f"inputs in {args.out} ({time.perf_counter() - t:.0f} s)", flush=True)
    limit = int(args.ulimit_gb * 2**30)

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    for label, expr in CASES.items():
        code = RUNNER.format(root=str(ROOT), out=str(args.out), expr=expr)
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              preexec_fn=cap, timeout=600)
        print(f"{label}: {(proc.stdout or proc.stderr).strip().splitlines()[-1]}", flush=True)


if __name__ == "__main__":
    main()
