"""The subcommands of the ``geolib`` command: their registry, and what they share (the
paragraph roles they look at, one document at a time, and how a table is written out).

:mod:`geolib.commands` registers the subcommands; :mod:`geolib.cli` parses the command line and
runs one. Imports flow one way: ``cli`` -> ``commands`` -> ``subcommands``.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

import pandas as pd

from .decoding import GeolibWarning
from .document import Document
from .escaping import csv_safe, has_control, printable

__all__ = ["COMMANDS", "register", "per_document", "selected_roles", "TableWriter", "BLOCK_ROWS", "say"]

BLOCK_ROWS = 10_000  # rows gathered before a block of output is written


def say(text: str) -> None:
    """One message on stderr, control characters escaped."""
    print(printable(text), file=sys.stderr)


# ------------------------------------------------------------------ output

def _json_records(df: pd.DataFrame) -> list[dict[str, Any]]:
    return json.loads(df.to_json(orient="records", force_ascii=False))


def _escaped(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with control characters in its text cells escaped (a copy only if there are any)."""
    out = df
    for col in df.columns:
        values = df[col]
        if not (values.dtype == object or isinstance(values.dtype, pd.StringDtype)):
            continue
        if not any(isinstance(v, str) and has_control(v) for v in values.tolist()):
            continue
        if out is df:
            out = df.copy()
        out[col] = values.map(lambda v: printable(v) if isinstance(v, str) else v).astype(values.dtype)
    return out


def _table_text(df: pd.DataFrame) -> str:
    shown = _escaped(df)
    with pd.option_context("display.max_rows", None, "display.max_columns", None,
                           "display.width", 200, "display.max_colwidth", 60):
        return shown.to_string(index=False) if len(shown) else "(no rows)"


class TableWriter:
    """Writes a table given in pieces (one per document, say) as table, CSV or JSON.

    Pieces are gathered into blocks of at least ``block_rows`` rows (or one piece, if bigger),
    each written as soon as it is full: a small table comes out exactly as one table would.
    CSV has one header (the first block's columns); JSON is one array written element by element;
    ``table`` prints each block as its own table.

    Example:
        >>> import io
        >>> buf = io.StringIO()
        >>> w = TableWriter("csv", buf, block_rows=1)
        >>> w.add(pd.DataFrame({"a": [1]})); w.add(pd.DataFrame({"a": ["=2"]})); w.close()
        >>> buf.getvalue().splitlines()
        ['a', '1', "'=2"]
    """

    def __init__(self, fmt: str, out: TextIO | None = None, *, block_rows: int = BLOCK_ROWS) -> None:
        self.fmt, self.out, self.block_rows = fmt, out or sys.stdout, block_rows
        self._pending: list[pd.DataFrame] = []
        self._rows = 0
        self._blocks = 0
        self._columns: list[Any] | None = None
        self._empty: pd.DataFrame | None = None  # what to print if no row ever comes

    def add(self, df: pd.DataFrame) -> None:
        """Add the next rows; writes a block when enough have been gathered."""
        if not len(df):
            if self._empty is None:
                self._empty = df
            return
        self._pending.append(df)
        self._rows += len(df)
        if self._rows >= self.block_rows:
            self._flush()

    def close(self) -> None:
        """Write what is left and end the output (``]`` of a JSON array)."""
        if self._pending:
            self._flush()
        if not self._blocks:
            self._write_block(self._empty if self._empty is not None else pd.DataFrame(), first=True)
        elif self.fmt == "json":
            self.out.write("\n]\n")
        self.out.flush()

    def _flush(self) -> None:
        block = pd.concat(self._pending, ignore_index=True)  # (as one table was made before)
        self._pending, self._rows = [], 0
        self._write_block(block, first=not self._blocks)
        self._blocks += 1

    def _write_block(self, df: pd.DataFrame, *, first: bool) -> None:
        out = self.out
        if self.fmt == "json":
            if first and not len(df):
                out.write("[]\n")
                return
            items = (" " + json.dumps(r, ensure_ascii=False, indent=1).replace("\n", "\n ")
                     for r in _json_records(df))
            out.write("[\n" if first else ",\n")
            out.write(",\n".join(items))
        elif self.fmt == "csv":
            if self._columns is None:
                self._columns = list(df.columns)
            elif list(df.columns) != self._columns:
                df = df.reindex(columns=self._columns)
            csv_safe(df).to_csv(out, index=False, header=first)
        else:
            out.write(_table_text(df))
            out.write("\n")


def _print_table(df: pd.DataFrame, fmt: str, out: TextIO | None = None) -> None:
    writer = TableWriter(fmt, out, block_rows=max(len(df), 1))
    writer.add(df)
    writer.close()


# ------------------------------------------------------------------ runners

def per_document(func: Callable[[Document, argparse.Namespace], pd.DataFrame]) -> Callable:
    """A runner that calls ``func(doc, args)`` for one document after the other and yields each
    non-empty table. A document on which ``func`` fails is skipped with a warning naming it
    (the command then exits 1); the run goes on with the next one."""
    def run(docs: Iterable[Document], args: argparse.Namespace) -> Iterator[pd.DataFrame]:
        for doc in docs:
            try:
                df = func(doc, args)
            except Exception as err:  # noqa: BLE001 - one bad document never stops the run
                warnings.warn(f"{args.command}: skipped document {doc.doc_id!r}: "
                              f"{type(err).__name__}: {err}", GeolibWarning, stacklevel=2)
                continue
            if len(df):
                yield df
    return run


def selected_roles(args: argparse.Namespace) -> tuple[str, ...] | None:
    """Paragraph roles a command looks at: body only, or all (``--all-parts``)."""
    return None if getattr(args, "all_parts", False) else ("body",)


# name -> (help, runner, extra-arguments adder)
COMMANDS: dict[str, tuple[str, Callable, Callable[[argparse.ArgumentParser], None] | None]] = {}


def register(name: str, help: str, runner: Callable, add_args: Callable | None = None) -> None:
    """Add a subcommand: ``runner(docs, args)`` returns a DataFrame, an iterable of DataFrames
    (printed as they come) or an exit code (a command that writes files)."""
    COMMANDS[name] = (help, runner, add_args)


