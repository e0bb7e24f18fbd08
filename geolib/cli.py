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
import re
import sys
import warnings
from collections.abc import Iterator, Sequence
from typing import TextIO

import pandas as pd

from . import __version__
from .commands import COMMANDS  # every subcommand, registered when geolib.commands is imported
from .decoding import InputError
from .document import Document, read_corpus
from .subcommands import BLOCK_ROWS, TableWriter, per_document, register, say, selected_roles

__all__ = ["main", "build_parser", "register", "per_document", "selected_roles", "TableWriter",
           "BLOCK_ROWS", "EXIT_OK", "EXIT_SKIPPED", "EXIT_USAGE", "EXIT_INTERRUPTED"]

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

# A warning that says a document was skipped: "skipped ..." (reading) or "<stage>: skipped ...".
_SKIP = re.compile(r"^(?:[\w ]+: )?skipped\b")


_say = say


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


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``geolib`` command."""
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
