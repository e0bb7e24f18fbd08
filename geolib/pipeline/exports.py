"""``geolib report --format csv|json``: the final tables of a run, also as CSV or JSON Lines.

The Parquet store stays what a run resumes from; these are copies of what :func:`read_results`
returns (the latest rows of every document), one file per table: ``csv/<table>.csv`` or
``json/<table>.jsonl``. They are written one part at a time, so memory holds one part, never a
whole table. In the CSV, text cells a spreadsheet would run as formulas start with ``'`` (see
:func:`geolib.escaping.csv_safe`). The files are geolib's own, by the rules of
:class:`~geolib.pipeline.report_files.ReportFiles`.

Example:
    >>> import tempfile
    >>> from pathlib import Path
    >>> from geolib.pipeline import analyze
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = analyze(["China spoke."], stages=("documents", "sentences"), out=d, progress=False)
    >>> export_tables(d, "csv", ReportFiles(d))
    ['csv/documents.csv', 'csv/errors.csv', 'csv/sentences.csv']
    >>> (d / "csv" / "sentences.csv").read_text().splitlines()[1]
    '0,0,12,China spoke.,0,0,body'
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable
from typing import Any, BinaryIO

import pandas as pd

from ..escaping import csv_safe
from .report_files import ReportFiles
from .store import iter_results, read_results, table_names

__all__ = ["export_tables", "EXPORT_FORMATS"]

#: ``--format`` -> (folder, file suffix).
EXPORT_FORMATS = {"csv": ("csv", ".csv"), "json": ("json", ".jsonl")}


def export_tables(out: str | os.PathLike, fmt: str, files: ReportFiles) -> list[str]:
    """Write every table of the results folder ``out`` as ``fmt`` (``"csv"`` or ``"json"``);
    return the files written (paths relative to ``out``). A file that may not be written is
    left alone and named in ``files.refused``."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"export_tables(): format must be one of {sorted(EXPORT_FORMATS)}, not {fmt!r}")
    folder, suffix = EXPORT_FORMATS[fmt]
    written = []
    for name in table_names(out):
        rel = f"{folder}/{name}{suffix}"
        chunks = [read_results(out, tables=["errors"])["errors"]] if name == "errors" \
            else iter_results(out, name)
        with files.open(rel) as f:
            if f is not None:
                _write_chunks(f, chunks, fmt)
                written.append(rel)
    return written


def _write_chunks(f: BinaryIO, chunks: Iterable[pd.DataFrame], fmt: str) -> None:
    text = io.TextIOWrapper(f, encoding="utf-8", newline="")
    columns: list[Any] | None = None
    for df in chunks:
        if fmt == "json":
            if len(df):
                text.write(df.to_json(orient="records", lines=True, force_ascii=False, date_format="iso"))
        elif columns is None:
            columns = list(df.columns)
            csv_safe(df).to_csv(text, index=False, lineterminator="\n")
        else:  # (the parts of one table have the same columns; the first part's order is kept)
            csv_safe(df.reindex(columns=columns)).to_csv(text, index=False, header=False, lineterminator="\n")
    text.flush()
    text.detach()  # the file is closed by its owner
