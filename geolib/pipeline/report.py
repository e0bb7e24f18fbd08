"""``geolib report``: a corpus's tables as Parquet plus the standard figures drawn from them."""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

import pandas as pd

from ..decoding import InputError
from .run import analyze
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


def write_figures(tables: Mapping[str, pd.DataFrame], outdir: str | os.PathLike, *,
                  own: Iterable[str] = (), claim: Callable[[list[str]], None] | None = None
                  ) -> tuple[list[str], dict[str, str]]:
    """Draw the standard figures from the tables of a run; return (made, {not made: why}).

    A figure's files (``NAME.png``, ``NAME.svg``, ``data/NAME.csv`` in ``outdir``) are written
    only where no file is, or where the file is in ``own`` (paths relative to ``outdir`` that
    geolib wrote before); else the figure is not made and the reason names the file.
    ``claim(files)`` is called with a figure's files before they are written (to record them).

    Example:
        >>> import tempfile
        >>> from pathlib import Path
        >>> d = Path(tempfile.mkdtemp())
        >>> _ = (d / "document_lengths.png").write_bytes(b"mine")
        >>> docs = pd.DataFrame({"doc_id": ["a"], "words": [3], "sentences": [1], "chars": [12]})
        >>> made, missing = write_figures({"documents": docs}, d)
        >>> made, missing["document_lengths"].endswith("exists and geolib did not write it")
        ([], True)
    """
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    from ..figures import save_figure

    outdir = Path(outdir)
    own = set(own)
    made: list[str] = []
    missing: dict[str, str] = {}
    for name, recipe in FIGURES.items():
        files = [f"{name}.png", f"{name}.svg", f"data/{name}.csv"]
        foreign = [f for f in files if (outdir / f).exists() and f not in own]
        if foreign:
            missing[name] = f"{outdir / foreign[0]} exists and geolib did not write it"
            continue
        try:
            drawn = recipe(tables)
        except (ImportError, AttributeError, KeyError) as err:
            missing[name] = f"{type(err).__name__}: {err}"
            continue
        except Exception as err:  # noqa: BLE001 -- a figure must not lose the tables
            missing[name] = f"{type(err).__name__}: {err}"
            continue
        if drawn is None:
            missing[name] = "no data"
            continue
        ax, data = drawn
        if claim is not None:
            claim(files)
        save_figure(ax, name, data=data, outdir=outdir)
        plt.close(ax.figure if hasattr(ax, "figure") else ax)
        made.append(name)
    return made, missing


#: The tables the standard figures are drawn from, and the columns they read (the documents
#: table's lengths, not its texts; of actors, quotes and frames what their summaries count).
FIGURE_COLUMNS = {"documents": ("doc_id", "words", "sentences", "chars"),
                   "actors": ("doc_id", "actor", "type", "affiliation", "start"),
                   "quotes": ("doc_id", "text", "kind", "speaker", "speaker_actor"),
                   "frames": ("doc_id", "frame", "in_quote", "speaker", "speaker_actor")}


def _need(tables: Mapping[str, pd.DataFrame], name: str) -> pd.DataFrame | None:
    df = tables.get(name)
    if df is None:
        raise KeyError(f"no {name} table")
    return df if len(df) else None


def _fig_document_lengths(tables):  # noqa: ANN001, ANN202
    import matplotlib.pyplot as plt

    docs = _need(tables, "documents")
    if docs is None:
        return None
    fig, ax = plt.subplots(figsize=(6, 3.5))
    ax.hist(docs["words"], bins=min(50, max(5, len(docs) // 5)), color="#4C72B0")
    ax.set_xlabel("words in the body")
    ax.set_ylabel("documents")
    ax.set_title(f"{len(docs)} documents, {int(docs['words'].sum()):,} words")
    return ax, docs[["doc_id", "words", "sentences", "chars"]]


def _fig_actor_ranking(tables):  # noqa: ANN001, ANN202
    mod = importlib.import_module("geolib.actors")

    df = _need(tables, "actors")
    if df is None:
        return None
    docs = tables.get("documents")
    words = dict(zip(docs["doc_id"], docs["words"])) if docs is not None and len(docs) else None
    counts = mod.actor_counts(df, words=words)
    ax = mod.plot_actor_ranking(counts)
    return ax, counts


def _fig_voice_share(tables):  # noqa: ANN001, ANN202
    mod = importlib.import_module("geolib.quotes")

    df = _need(tables, "quotes")
    if df is None:
        return None
    share = mod.voice_share(df)
    ax = mod.plot_voice_share(share)
    return ax, share


def _fig_frame_sponsorship(tables):  # noqa: ANN001, ANN202
    mod = importlib.import_module("geolib.frames")

    df = _need(tables, "frames")
    if df is None:
        return None
    table = mod.sponsorship(df)
    ax = mod.plot_sponsorship(table)
    return ax, table.reset_index()


FIGURES: dict[str, Callable] = {
    "document_lengths": _fig_document_lengths,
    "actor_ranking": _fig_actor_ranking,
    "voice_share": _fig_voice_share,
    "frame_sponsorship": _fig_frame_sponsorship,
}
