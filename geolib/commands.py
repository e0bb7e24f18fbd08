"""Subcommands of the ``geolib`` command for the analysis modules (actors, quotes, frames, ...).

Each runner takes the documents of the PATH arguments and the parsed options and returns a
DataFrame, which :mod:`geolib.cli` prints as a table, CSV or JSON.
"""

from __future__ import annotations

import argparse

import pandas as pd

from .cli import _per_document, _roles, register


def _actors(docs, args: argparse.Namespace) -> pd.DataFrame:  # noqa: ANN001
    from .actors import actor_counts, actors, load_actor_lexicon

    lexicon = load_actor_lexicon(user=args.lexicon) if args.lexicon else None
    # One call over all documents, so that counts per 1,000 words know every document's length.
    mentions = actors(list(docs), lexicon=lexicon, roles=_roles(args))
    if args.counts:
        return actor_counts(mentions) if len(mentions) else pd.DataFrame(columns=["actor", "count"])
    return mentions


def _actors_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--counts", action="store_true", help="counts per actor instead of mentions")
    p.add_argument("--lexicon", help="a user actor lexicon (CSV) added to the shipped one")


def _quotes(doc, args: argparse.Namespace) -> pd.DataFrame:  # noqa: ANN001
    from .quotes import quotes

    return quotes(doc, roles=_roles(args))


def _frames(doc, args: argparse.Namespace) -> pd.DataFrame:  # noqa: ANN001
    from .frames import frames, load_frame_lexicon

    lexicon = load_frame_lexicon(user=args.lexicon) if args.lexicon else None
    return frames(doc, lexicon=lexicon, roles=_roles(args))


def _frames_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lexicon", help="a user framing lexicon (CSV) added to the shipped one")


def _kwic(docs, args: argparse.Namespace) -> pd.DataFrame:  # noqa: ANN001
    from .counting import kwic

    frames = [kwic(doc, args.pattern, window=args.window, roles=_roles(args)) for doc in docs]
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def _kwic_prepare(args: argparse.Namespace) -> None:
    # `geolib kwic PATH... PATTERN`: the last positional argument is the pattern.
    if args.pattern is None:
        if len(args.paths) < 2:
            raise ValueError("kwic needs PATH... PATTERN (or --pattern)")
        args.pattern = args.paths.pop()


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
    return table.head(args.top) if args.top else table


def _keyness_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--reference", help="reference corpus (default: general English from wordfreq)")
    p.add_argument("--top", type=int, default=50, help="rows to print (0: all)")
    p.add_argument("--n", type=int, default=1, help="n-gram length")
    p.add_argument("--min-docs", type=int, default=1, help="keep terms found in at least this many documents")


def _candidates(docs, args: argparse.Namespace) -> pd.DataFrame:  # noqa: ANN001
    from .actors import candidate_actors

    table = candidate_actors(list(docs), roles=_roles(args))
    return table.head(args.top) if args.top else table


def _candidates_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--top", type=int, default=50, help="rows to print (0: all)")


def _report(docs, args: argparse.Namespace) -> int:  # noqa: ANN001
    from .pipeline import report_command

    return report_command(args.paths, args.out, args.jobs, progress=not args.quiet, force=args.force)


def _report_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, help="folder for the Parquet tables and figures/")
    p.add_argument("--jobs", type=int, default=1, help="worker processes")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--force", action="store_true",
                   help="write into a folder geolib did not write (it still writes and removes only "
                        "its own files there)")


def _show(docs, args: argparse.Namespace) -> int:  # noqa: ANN001
    import sys
    from pathlib import Path

    from .display import to_html

    written = 0
    for doc in docs:
        out = Path(args.out) if args.out else Path(f"{doc.doc_id}.html")
        if args.out and written:  # several documents: one file each, beside the first
            out = out.with_name(f"{out.stem}_{doc.doc_id}{out.suffix}")
        to_html(doc, out, actors=not args.no_actors, quotes=not args.no_quotes,
                frames=not args.no_frames, roles=_roles(args))
        print(f"geolib show: wrote {out}", file=sys.stderr)
        written += 1
    return 0


def _show_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--out", help="HTML file to write (default: DOC_ID.html)")
    p.add_argument("--no-actors", action="store_true")
    p.add_argument("--no-quotes", action="store_true")
    p.add_argument("--no-frames", action="store_true")


def _available(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(f"geolib.{module}") is not None


if _available("actors"):
    register("actors", "actors mentioned (countries, organisations, people)", _actors, _actors_args)
    register("candidates", "capitalised names the actor lexicon does not know", _candidates,
             _candidates_args)
if _available("quotes"):
    register("quotes", "quotes with speaker, cue and reporting-verb group", _per_document(_quotes))
if _available("frames"):
    register("frames", "framing terms with frame, dimension and voice", _per_document(_frames),
             _frames_args)
if _available("counting"):
    register("kwic", "keyword in context", _kwic, _kwic_args)
    register("keyness", "key terms against general English or a reference corpus", _keyness,
             _keyness_args)
if _available("pipeline"):
    register("report", "all tables as Parquet plus the standard figures, for a whole corpus",
             _report, _report_args)
if _available("display"):
    register("show", "write a displaCy-style HTML view: actors, quotes by speaker, framing terms",
             _show, _show_args)
