"""``geolib report``: a corpus's tables as Parquet plus the standard figures drawn from them."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from ..decoding import InputError
from .run import analyze
from .report_figures import FIGURE_COLUMNS, FIGURES, write_figures
from .store import claim_figures, read_marker, read_results

__all__ = ["report_command", "write_figures", "FIGURES", "FIGURE_COLUMNS"]

# ------------------------------------------------------------------------------ geolib report

def report_command(paths: Sequence[str], out: str | os.PathLike, jobs: int = 1, *,
                   progress: bool = True, force: bool = False) -> int:
    """``geolib report PATH... --out DIR [--jobs N] [--force]``: tables as Parquet plus figures.

    Writes ``DIR/<table>/`` Parquet datasets and ``DIR/figures/`` (PNG, SVG and the CSV behind
    each figure). ``DIR`` must be new, empty or written by geolib before, unless ``force`` (see
    :func:`geolib.pipeline.analyze`); a figure file geolib did not write is never overwritten
    (that figure is skipped, with a message). Returns the exit code: 0, 1 if documents had to
    be skipped, 2 for bad input.
    """
    missing_paths = [str(p) for p in paths if not Path(p).exists()]
    if missing_paths or not paths:
        print(f"geolib report: {', '.join(missing_paths) or 'no PATH'}: no such file or folder",
              file=sys.stderr)
        return 2
    try:
        res = analyze([Path(p) for p in paths], out=out, n_jobs=jobs, progress=progress, force=force)
    except (InputError, FileNotFoundError, NotADirectoryError, FileExistsError, TypeError) as err:
        print(f"geolib report: {err}", file=sys.stderr)
        return 2
    # only the tables the figures and the summary read: the sentences table of a large corpus
    # would not fit in memory, and nothing here needs it
    tables = read_results(out, tables=[n for n in (*FIGURE_COLUMNS, "errors") if n in res._names],
                          columns=FIGURE_COLUMNS)
    marker = read_marker(out) or {"figures": []}
    own = {f.removeprefix("figures/") for f in marker["figures"] if f.startswith("figures/")}
    written, missing = write_figures(tables, Path(out) / "figures", own=own,
                                     claim=lambda files: claim_figures(out, [f"figures/{f}" for f in files]))
    s = res.stats
    print(f"geolib report: {s['documents']} documents ({s['mb']:.1f} MB) in {s['seconds']:.1f} s, "
          f"{s['skipped']} already done; tables in {out}", file=sys.stderr)
    for name in written:
        print(f"  figure: {name}", file=sys.stderr)
    for name, why in {**res.unavailable, **missing}.items():
        print(f"  not made: {name} ({why})", file=sys.stderr)
    errors = tables.get("errors", pd.DataFrame())
    if len(errors):
        print(f"geolib report: {len(errors)} error(s), see {Path(out) / 'errors'}", file=sys.stderr)
        for row in errors.head(10).itertuples():
            print(f"  {row.source} [{row.stage}]: {row.message}", file=sys.stderr)
        return 1
    return 0
