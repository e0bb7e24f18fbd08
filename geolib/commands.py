"""Subcommands of the ``geolib`` command for the analysis modules (actors, quotes, frames, ...).

Each runner takes the documents of the PATH arguments and the parsed options and returns a
DataFrame or an iterable of DataFrames (one per document, printed as they come), which
:mod:`geolib.cli` prints as a table, CSV or JSON; a command that writes files returns its exit code.
"""

from __future__ import annotations

import argparse
import sys

import pandas as pd

from .document import Document
from .escaping import printable
from .subcommands import COMMANDS, per_document, register, selected_roles

__all__ = ["COMMANDS"]


def _sentences(doc: Document, args: argparse.Namespace) -> pd.DataFrame:
    df = doc.sentences
    return df if selected_roles(args) is None else df[df["role"].isin(selected_roles(args))]


def _tokens(doc: Document, args: argparse.Namespace) -> pd.DataFrame:
    df = doc.tokens
    return df if selected_roles(args) is None else df[df["role"].isin(selected_roles(args))]


def _paragraphs(doc: Document, args: argparse.Namespace) -> pd.DataFrame:
    return doc.paragraphs



def _actors(docs, args: argparse.Namespace) -> pd.DataFrame:  # noqa: ANN001
    from .actors import actor_counts, actors, load_actor_lexicon

    lexicon = load_actor_lexicon(user=args.lexicon) if args.lexicon else None
    # One call over all documents, so that counts per 1,000 words know every document's length.
    mentions = actors(list(docs), lexicon=lexicon, roles=selected_roles(args), words=args.actor_words)
    if args.counts:
        return actor_counts(mentions) if len(mentions) else pd.DataFrame(columns=["actor", "count"])
    return mentions


def _actors_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--counts", action="store_true", help="counts per actor instead of mentions")
    p.add_argument("--lexicon", help="a user actor lexicon (CSV) added to the shipped one")
    _actor_words_arg(p)


def _actor_words_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--words", help="a user word table (CSV kind,word; a word '-x' removes x) on top "
                   "of the shipped actor word lists (geolib/data/actor_words.csv, dates.csv)")
    p.set_defaults(prepare=_actor_words_prepare)


def _actor_words_prepare(args: argparse.Namespace) -> None:
    # Loaded once, before the documents: a bad word table is a usage error (exit 2).
    from .actors import load_actor_words

    args.actor_words = load_actor_words(user=args.words) if args.words else None


def _quotes(doc, args: argparse.Namespace) -> pd.DataFrame:  # noqa: ANN001
    from .quotes import quotes

    return quotes(doc, roles=selected_roles(args), words=args.quote_words)


def _quotes_prepare(args: argparse.Namespace) -> None:
    from .quotes import load_quote_words

    args.quote_words = load_quote_words(user=args.words) if args.words else None


def _quotes_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--words", help="a user word table (CSV kind,word[,value]; a word '-x' removes x) "
                   "on top of the shipped quote word lists (geolib/data/quote_words.csv, ...)")
    p.set_defaults(prepare=_quotes_prepare)


def _frames(doc, args: argparse.Namespace) -> pd.DataFrame:  # noqa: ANN001
    from .frames import frames

    return frames(doc, lexicon=args.frame_lexicon, roles=selected_roles(args))


def _frames_prepare(args: argparse.Namespace) -> None:
    # Loaded once, before the documents: a bad lexicon is a usage error (exit 2), not a
    # failure of every document.
    from .frames import load_frame_lexicon

    args.frame_lexicon = load_frame_lexicon(user=args.lexicon) if args.lexicon else None


def _frames_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lexicon", help="a user framing lexicon (CSV) added to the shipped one")
    p.set_defaults(prepare=_frames_prepare)


def _kwic(doc, args: argparse.Namespace) -> pd.DataFrame:  # noqa: ANN001
    from .counting import kwic

    return kwic(doc, args.pattern, window=args.window, roles=selected_roles(args))


def _kwic_prepare(args: argparse.Namespace) -> None:
    # `geolib kwic PATH... PATTERN`: the last positional argument is the pattern.
    if args.pattern is None:
        if len(args.paths) < 2:
            raise ValueError("kwic needs PATH... PATTERN (or --pattern)")
        args.pattern = args.paths.pop()
    _check_kwic_order(args.paths, args.pattern)
    from .counting import kwic
    from .document import Document

    # a bad pattern or window is a usage error (exit 2), found before the documents are read
    kwic(Document("x."), args.pattern, window=args.window)


def _check_kwic_order(paths: list[str], pattern: str) -> None:
    """A usage error that says so when the pattern and the paths look swapped
    (``geolib kwic "cold war" seeds/``)."""
    import os

    missing = [p for p in paths if not os.path.exists(p)]
    if missing and os.path.exists(pattern):
        raise ValueError(f"{missing[0]!r} is not a file or folder, but {pattern!r} is: the arguments "
                         f"look swapped; the pattern comes last (geolib kwic {pattern} "
                         f"{missing[0]!r}) or use --pattern")


def _kwic_args(p: argparse.ArgumentParser) -> None:
    p.usage = "geolib kwic [-h] [options] PATH [PATH ...] PATTERN"
    p.add_argument("--pattern", "-p", help='a word, a phrase ("cold war") or a glob ("fuel*")')
    p.add_argument("--window", type=int, default=5, help="words of context on each side")
    p.set_defaults(prepare=_kwic_prepare)


def _keyness(docs, args: argparse.Namespace) -> pd.DataFrame:  # noqa: ANN001
    from .counting import keyness
    from .document import read_corpus

    target = list(docs)
    reference = list(read_corpus(args.reference)) if args.reference else "english"
    table = keyness(target, reference, n=args.n, min_docs=args.min_docs)
    if "reference_words" in table.attrs:  # what the counts are compared with, on stderr
        print(printable(f"geolib keyness: {table.attrs['target_words']:,} words against "
                        f"{table.attrs['reference']} ({table.attrs['reference_words']:,} words"
                        f"{' by assumption' if reference == 'english' else ''})"),
              file=sys.stderr)
    return table.head(args.top) if args.top else table


def _keyness_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--reference", help="reference corpus (default: general English from wordfreq)")
    p.add_argument("--top", type=int, default=50, help="rows to print (0: all)")
    p.add_argument("--n", type=int, default=1, help="n-gram length")
    p.add_argument("--min-docs", type=int, default=1, help="keep terms found in at least this many documents")


def _candidates(docs, args: argparse.Namespace) -> pd.DataFrame | int:  # noqa: ANN001
    from .actors import candidate_actors, load_actor_lexicon, write_candidate_lexicon

    lexicon = load_actor_lexicon(user=args.lexicon) if args.lexicon else None
    table = candidate_actors(list(docs), lexicon=lexicon, roles=selected_roles(args),
                             words=args.actor_words)
    table = table.head(args.top) if args.top else table
    if args.out:
        n = write_candidate_lexicon(table, args.out)
        print(printable(f"geolib candidates: wrote {n} names to {args.out} (edit it, then pass it "
                        f"back with --lexicon)"), file=sys.stderr)
        return 0
    return table


def _candidates_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--top", type=int, default=50, help="rows to print (0: all)")
    p.add_argument("--out", help="write the names as a user actor lexicon (CSV) to edit and pass "
                   "back with --lexicon")
    p.add_argument("--lexicon", help="a user actor lexicon (CSV) added to the shipped one")
    _actor_words_arg(p)


def _report(docs, args: argparse.Namespace) -> int:  # noqa: ANN001
    from .pipeline import report_command

    if args.all_parts:
        raise ValueError("--all-parts is not an option of report: its tables and figures count the "
                         "story's body, as analyze() does (every table keeps the paragraph of each "
                         "row); for every part use geolib actors/quotes/frames --all-parts")
    return report_command(args.paths, args.out, args.jobs, progress=not args.quiet, force=args.force,
                          fmt=args.format, pages=args.pages, sample=args.sample,
                          text_col=args.text_col)


def _report_args(p: argparse.ArgumentParser) -> None:
    from .pipeline.report import MAX_PAGES, SAMPLE_DOCS

    p.description = ("all tables as Parquet, the standard figures, and index.html: one page to "
                     "open in a browser (no server, no network) with the counts, the figures, the "
                     "errors, key terms, candidate names and a page per document")
    p.epilog = ("--format: table (the default) writes the Parquet tables only; csv or json also "
                "writes a copy of each table to DIR/csv/<table>.csv or DIR/json/<table>.jsonl")
    p.add_argument("--out", required=True, help="folder for the tables, figures/, index.html and pages/")
    p.add_argument("--jobs", type=int, default=1, help="worker processes")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--force", action="store_true",
                   help="write into a folder geolib did not write (it still writes and removes only "
                        "its own files there)")
    p.add_argument("--pages", type=int, default=MAX_PAGES, metavar="N",
                   help=f"documents that get a page, the first N (default {MAX_PAGES:,}; 0: none)")
    p.add_argument("--sample", type=int, default=SAMPLE_DOCS, metavar="N",
                   help="documents key terms and candidate names are counted in, an even sample "
                        f"(default {SAMPLE_DOCS:,}, and at most about 5 MB of text)")


class ShowTarget:
    """Where ``geolib show`` writes each document's page: always inside one folder.

    ``--out`` is a folder (an existing one, one ending in ``/``, or any name without ``.html``)
    or, for a single document, an HTML file. In a folder, each page is named
    :func:`geolib.filenames.safe_filename` of the document id plus ``.html``; after the first
    document, an HTML file's later documents go beside it as ``<stem>_<safe name>.html``. Names
    are unique within a run (a case-insensitive clash gets ``-2``, ``-3`` ...), a path that is a
    symbolic link is refused, and no page is written outside the folder.

    Example:
        >>> import tempfile
        >>> t = ShowTarget(tempfile.mkdtemp())
        >>> t.path_for("../../etc/passwd").name
        'etc_passwd_3754d6cb3a38.html'
    """

    def __init__(self, out: str | None) -> None:
        from pathlib import Path

        path = Path(out) if out else Path(".")
        as_file = bool(out) and not path.is_dir() and not out.endswith(("/", "\\")) \
            and path.suffix.lower() in (".html", ".htm")
        self.file = path if as_file else None
        self.folder = path.parent if as_file else path
        self._used: set[str] = set()

    def path_for(self, doc_id: object):  # noqa: ANN201 - a Path
        """The path of the next document's page (the folder is created if needed)."""
        from .filenames import safe_filename

        self.folder.mkdir(parents=True, exist_ok=True)
        if self.file is not None and not self._used:
            name = self.file.name
        elif self.file is not None:
            name = f"{self.file.stem}_{safe_filename(doc_id, suffix=self.file.suffix)}"
        else:
            name = safe_filename(doc_id, suffix=".html")
        base, n = name, 1
        while name.casefold() in self._used:
            n += 1
            stem, dot, ext = base.rpartition(".")
            name = f"{stem}-{n}.{ext}" if dot else f"{base}-{n}"
        path = self.folder / name
        if path.is_symlink():
            raise OSError(f"{path} is a symbolic link; geolib show does not write through links")
        if path.resolve().parent != self.folder.resolve():  # never: names have no separators
            raise OSError(f"{name!r} would be written outside {self.folder}")
        self._used.add(name.casefold())
        return path


def _show(docs, args: argparse.Namespace) -> int:  # noqa: ANN001
    import sys
    import warnings

    from .decoding import GeolibWarning
    from .display import to_html
    from .escaping import printable

    target = ShowTarget(args.out)
    for doc in docs:
        try:
            page = to_html(doc, actors=not args.no_actors, quotes=not args.no_quotes,
                           frames=not args.no_frames, roles=selected_roles(args))
            out = target.path_for(doc.doc_id)
            out.write_text(page, encoding="utf-8")
        except Exception as err:  # noqa: BLE001 - one bad document never stops the run
            warnings.warn(f"show: skipped document {doc.doc_id!r}: {type(err).__name__}: {err}",
                          GeolibWarning, stacklevel=2)
            continue
        print(printable(f"geolib show: wrote {out}"), file=sys.stderr)
    return 0


def _show_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--out", help="folder for the HTML pages, one per document, named from "
                   "the document id (default: the current folder); or an .html file for a "
                   "single document")
    p.add_argument("--no-actors", action="store_true")
    p.add_argument("--no-quotes", action="store_true")
    p.add_argument("--no-frames", action="store_true")


register("paragraphs", "paragraphs with their role (body, caption, dateline, ...)", per_document(_paragraphs))
register("sentences", "sentences with offsets", per_document(_sentences))
register("tokens", "tokens with offsets", per_document(_tokens))
register("actors", "actors mentioned (countries, organisations, people)", _actors, _actors_args)
register("candidates", "capitalised names the actor lexicon does not know", _candidates,
         _candidates_args)
register("quotes", "quotes with speaker, cue and reporting-verb group", per_document(_quotes),
         _quotes_args)
register("frames", "framing terms with frame, dimension and voice", per_document(_frames),
         _frames_args)
register("kwic", "keyword in context", per_document(_kwic), _kwic_args)
register("keyness", "key terms against general English or a reference corpus", _keyness,
         _keyness_args)
register("report", "all tables as Parquet, the standard figures and index.html, for a whole corpus",
         _report, _report_args)
register("show", "write a displaCy-style HTML view: actors, quotes by speaker, framing terms",
         _show, _show_args)
