"""The ``geolib`` command: geolib's tables for any text file, folder or CSV/JSON Lines corpus.

Every subcommand prints a table (``--format table|csv|json``); JSON is one array of row objects
whose keys are the DataFrame's column names. The per-document commands (paragraphs, sentences,
tokens, quotes, frames, kwic) print as they go, in blocks of about :data:`BLOCK_ROWS` rows, so
memory stays bounded by one block (or one document) whatever the size of the corpus; a CSV has
one header line, JSON stays one array, and ``table`` prints one table per block.

Exit codes: 0 done; 1 some documents were skipped (each named on stderr, after the table);
2 usage or input error, a missing dependency, or any other failure (one line on stderr, never a
traceback; ``GEOLIB_TRACEBACK=1`` shows it); 130 interrupted (Ctrl-C).
Every warning raised during a run is printed on stderr (``geolib: warning: ...``); data-derived
text on stderr has its control characters escaped (see :func:`geolib.escaping.printable`), and
CSV cells that a spreadsheet would run as formulas start with ``'`` (see
:func:`geolib.escaping.csv_safe`).
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TextIO

import pandas as pd

from . import __version__
from .decoding import GeolibWarning, InputError
from .document import Document, read_corpus
from .escaping import csv_safe, has_control, printable

__all__ = ["main", "build_parser", "register", "per_document", "selected_roles", "TableWriter",
           "BLOCK_ROWS", "EXIT_OK", "EXIT_SKIPPED", "EXIT_USAGE", "EXIT_INTERRUPTED"]

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
BLOCK_ROWS = 10_000  # rows gathered before a block of output is written

# A warning that says a document was skipped: "skipped ..." (reading) or "<stage>: skipped ...".
_SKIP = re.compile(r"^(?:[\w ]+: )?skipped\b")


def _say(text: str) -> None:
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


# ------------------------------------------------------------------ documents and runners

class _Docs:
    """Documents from several PATH arguments, recording what had to be skipped."""

    def __init__(self, paths: Sequence[str], text_col: str) -> None:
        self.corpora = [read_corpus(p, text_col=text_col) for p in paths]

    def __iter__(self) -> Iterator[Document]:
        for corpus in self.corpora:
            yield from corpus

    def errors(self) -> pd.DataFrame:
        frames = [c.errors for c in self.corpora if len(c.errors)]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


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


def _sentences(doc: Document, args: argparse.Namespace) -> pd.DataFrame:
    df = doc.sentences
    return df if selected_roles(args) is None else df[df["role"].isin(selected_roles(args))]


def _tokens(doc: Document, args: argparse.Namespace) -> pd.DataFrame:
    df = doc.tokens
    return df if selected_roles(args) is None else df[df["role"].isin(selected_roles(args))]


def _paragraphs(doc: Document, args: argparse.Namespace) -> pd.DataFrame:
    return doc.paragraphs


# name -> (help, runner, extra-arguments adder)
COMMANDS: dict[str, tuple[str, Callable, Callable[[argparse.ArgumentParser], None] | None]] = {
    "paragraphs": ("paragraphs with their role (body, caption, dateline, ...)", per_document(_paragraphs), None),
    "sentences": ("sentences with offsets", per_document(_sentences), None),
    "tokens": ("tokens with offsets", per_document(_tokens), None),
}


def register(name: str, help: str, runner: Callable, add_args: Callable | None = None) -> None:
    """Add a subcommand: ``runner(docs, args)`` returns a DataFrame, an iterable of DataFrames
    (printed as they come) or an exit code (a command that writes files)."""
    COMMANDS[name] = (help, runner, add_args)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``geolib`` command."""
    _load_plugins()
    parser = argparse.ArgumentParser(
        prog="geolib", description="Actors, quotes and framing terms in news text, as tables.",
        epilog="exit codes: 0 done, 1 some documents skipped (named on stderr), "
               "2 usage or input error, 130 interrupted")
    parser.add_argument("--version", action="version", version=f"geolib {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (help_text, _, add_args) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("paths", nargs="+", metavar="PATH",
                       help="a .txt file, a folder of them, or a CSV/JSON Lines corpus")
        p.add_argument("--format", choices=["table", "csv", "json"], default="table")
        p.add_argument("--text-col", default="text", help="text column of a CSV/JSON Lines corpus")
        p.add_argument("--all-parts", action="store_true",
                       help="include captions, credits, datelines ... (default: body only)")
        if add_args:
            add_args(p)
    return parser


def _load_plugins() -> None:
    """Subcommands of the analysis modules register themselves when those modules are present."""
    import importlib

    for module in ("geolib.commands",):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as err:
            if err.name != module:
                raise


# ------------------------------------------------------------------ running a command

class _Warnings:
    """Every warning of a run: documents skipped by a stage are kept for the summary, reading
    skips are in the corpora's errors, the rest is printed at once (each message once)."""

    def __init__(self) -> None:
        self.skipped: list[str] = []
        self._seen: set[str] = set()

    def show(self, message: Warning | str, category: type[Warning], filename: str, lineno: int,
             file: TextIO | None = None, line: str | None = None) -> None:
        text = str(message)
        if text.startswith("skipped"):
            return  # a document that could not be read: listed from docs.errors() at the end
        if _SKIP.match(text):
            self.skipped.append(text)
        elif text not in self._seen:
            if len(self._seen) < 100_000:
                self._seen.add(text)
            _say(f"geolib: warning: {text}")


def _summary(command: str, docs: _Docs | None, caught: _Warnings) -> int:
    """Name every skipped document on stderr; the exit code."""
    errors = docs.errors() if docs is not None else pd.DataFrame()
    total = len(errors) + len(caught.skipped)
    if not total:
        return EXIT_OK
    _say(f"geolib {command}: skipped {total} document(s):")
    for row in errors.itertuples():
        message = str(row.message)
        where = "" if message.startswith(str(row.source)) else f"{row.source}: "
        _say(f"  {where}{message}")
    for message in caught.skipped:
        _say(f"  {message}")
    return EXIT_SKIPPED


def _run(args: argparse.Namespace) -> int:
    _, runner, _ = COMMANDS[args.command]
    caught = _Warnings()
    docs = None
    with warnings.catch_warnings():
        warnings.simplefilter("always", UserWarning)  # GeolibWarning and stages' plain warnings
        warnings.showwarning = caught.show
        try:
            if getattr(args, "prepare", None):
                args.prepare(args)
            docs = _Docs(args.paths, args.text_col)
            result = runner(docs, args)
            if isinstance(result, int):  # a command that writes files returns its exit code
                code = result
            else:
                writer = TableWriter(args.format)
                for chunk in [result] if isinstance(result, pd.DataFrame) else result:
                    writer.add(chunk)
                writer.close()
                code = EXIT_OK
        except BrokenPipeError:  # e.g. piped into head
            _quiet_stdout()
            return EXIT_OK
        except (InputError, OSError, ValueError, ImportError) as err:
            # OSError: no such file, no permission, disk full ...; ImportError: a dependency
            # missing from this installation. The library's messages name its keyword
            # arguments; here they are options.
            _say(f"geolib {args.command}: " + str(err).replace("pass text_col=", "use --text-col"))
            return EXIT_USAGE
    return max(code, _summary(args.command, docs, caught))


def _quiet_stdout() -> None:
    """After a broken pipe: send what is still buffered for stdout nowhere, silently."""
    import os

    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0, 1 documents skipped, 2 usage, input or
    other error, 130 interrupted)."""
    command = ""
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if not args.command:
            parser.print_help()
            return EXIT_USAGE
        command = args.command
        return _run(args)
    except KeyboardInterrupt:
        print("geolib: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as err:  # a bug: one line, never a traceback (unless GEOLIB_TRACEBACK=1)
        import os

        if os.environ.get("GEOLIB_TRACEBACK"):
            raise
        _say(f"geolib {command}: unexpected error: {type(err).__name__}: {err} (a bug in geolib: "
             "please report it with the command you ran; GEOLIB_TRACEBACK=1 shows where it happened)")
        return EXIT_USAGE


def entry_point() -> None:  # console script
    code = main()
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away: say nothing more
        _quiet_stdout()
    sys.exit(code)


if __name__ == "__main__":
    # Run through the imported module, so that subcommands registered on it are seen.
    from geolib.cli import entry_point as _entry_point

    _entry_point()
