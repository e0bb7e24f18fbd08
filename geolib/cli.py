"""The ``geolib`` command: geolib's tables for any text file, folder or CSV/JSON Lines corpus.

Every subcommand prints a table (``--format table|csv|json``); JSON is one array of row objects
whose keys are the DataFrame's column names. User errors print one line to stderr and exit 2;
a corpus run that had to skip documents exits 1 after a summary.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections.abc import Callable, Sequence

import pandas as pd

from . import __version__
from .decoding import GeolibWarning, InputError
from .document import Document, read_corpus

__all__ = ["main", "build_parser"]

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = 0, 1, 2


def _print_table(df: pd.DataFrame, fmt: str, out=None) -> None:  # noqa: ANN001
    out = out or sys.stdout
    if fmt == "json":
        records = json.loads(df.to_json(orient="records", force_ascii=False))
        json.dump(records, out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "csv":
        df.to_csv(out, index=False)
    else:
        with pd.option_context("display.max_rows", None, "display.max_columns", None,
                               "display.width", 200, "display.max_colwidth", 60):
            out.write(df.to_string(index=False) if len(df) else "(no rows)")
            out.write("\n")


class _Docs:
    """Documents from several PATH arguments, recording what had to be skipped."""

    def __init__(self, paths: Sequence[str], text_col: str) -> None:
        self.corpora = [read_corpus(p, text_col=text_col) for p in paths]

    def __iter__(self):
        for corpus in self.corpora:
            yield from corpus

    def errors(self) -> pd.DataFrame:
        frames = [c.errors for c in self.corpora if len(c.errors)]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def _per_document(func: Callable[[Document], pd.DataFrame]) -> Callable:
    def run(docs: _Docs, args: argparse.Namespace) -> pd.DataFrame:
        frames = [func(doc, args) for doc in docs]
        frames = [f for f in frames if len(f)]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    return run


def _roles(args: argparse.Namespace):  # noqa: ANN202
    return None if getattr(args, "all_parts", False) else ("body",)


def _sentences(doc: Document, args: argparse.Namespace) -> pd.DataFrame:
    df = doc.sentences
    return df if _roles(args) is None else df[df["role"].isin(_roles(args))]


def _tokens(doc: Document, args: argparse.Namespace) -> pd.DataFrame:
    df = doc.tokens
    return df if _roles(args) is None else df[df["role"].isin(_roles(args))]


def _paragraphs(doc: Document, args: argparse.Namespace) -> pd.DataFrame:
    return doc.paragraphs


# name -> (help, runner, extra-arguments adder)
COMMANDS: dict[str, tuple[str, Callable, Callable[[argparse.ArgumentParser], None] | None]] = {
    "paragraphs": ("paragraphs with their role (body, caption, dateline, ...)", _per_document(_paragraphs), None),
    "sentences": ("sentences with offsets", _per_document(_sentences), None),
    "tokens": ("tokens with offsets", _per_document(_tokens), None),
}


def register(name: str, help: str, runner: Callable, add_args: Callable | None = None) -> None:
    """Add a subcommand: ``runner(docs, args) -> DataFrame``."""
    COMMANDS[name] = (help, runner, add_args)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``geolib`` command."""
    _load_plugins()
    parser = argparse.ArgumentParser(
        prog="geolib", description="Actors, quotes and framing terms in news text, as tables.")
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    _, runner, _ = COMMANDS[args.command]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", GeolibWarning)
        try:
            if getattr(args, "prepare", None):
                args.prepare(args)
            docs = _Docs(args.paths, args.text_col)
            table = runner(docs, args)
        except (InputError, FileNotFoundError, ValueError) as err:
            print(f"geolib {args.command}: {err}", file=sys.stderr)
            return EXIT_USAGE
    for w in caught:
        if issubclass(w.category, GeolibWarning) and not str(w.message).startswith("skipped"):
            print(f"geolib: warning: {w.message}", file=sys.stderr)
    if isinstance(table, int):  # a command that writes files returns its exit code
        return table
    try:
        _print_table(table, args.format)
    except BrokenPipeError:  # e.g. piped into head
        return EXIT_OK
    errors = docs.errors()
    if len(errors):
        print(f"geolib {args.command}: skipped {len(errors)} document(s):", file=sys.stderr)
        for row in errors.itertuples():
            message = str(row.message)
            where = "" if message.startswith(str(row.source)) else f"{row.source}: "
            print(f"  {where}{message}", file=sys.stderr)
        return EXIT_SKIPPED
    return EXIT_OK


def entry_point() -> None:  # console script
    sys.exit(main())


if __name__ == "__main__":
    # Run through the imported module, so that subcommands registered on it are seen.
    from geolib.cli import entry_point as _entry_point

    _entry_point()
