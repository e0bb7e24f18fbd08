"""Saving a figure together with the table behind it, the way the notebooks do.

``save_figure(fig, "actor_ranking", data=table)`` writes ``figures/actor_ranking.png`` and ``.svg``
and ``figures/data/actor_ranking.csv``. The folder is ``outdir``, else the ``GEOLIB_FIGURES``
environment variable (set by ``make figures``), else ``figures/`` in the current folder. In the CSV,
text cells a spreadsheet would run as formulas (``=HYPERLINK(...)``) start with ``'`` (see
:func:`geolib.escaping.csv_safe`); numbers are untouched.
"""

from __future__ import annotations

import os
import textwrap
from pathlib import Path
from typing import Any

import pandas as pd

from .escaping import csv_safe

__all__ = ["add_caption", "corpus_caption", "figures_dir", "label_rows_with_n", "save_figure"]


def figures_dir(outdir: str | os.PathLike | None = None) -> Path:
    """The folder figures are written to (see the module docstring)."""
    return Path(outdir or os.environ.get("GEOLIB_FIGURES") or "figures")


def save_figure(fig, name: str, *, data: pd.DataFrame | None = None,  # noqa: ANN001
                outdir: str | os.PathLike | None = None, dpi: int = 150) -> list[Path]:
    """Write ``fig`` as PNG and SVG (and ``data`` as CSV in ``data/``); return the paths written.

    Example:
        >>> import matplotlib; matplotlib.use("Agg")
        >>> import matplotlib.pyplot as plt, tempfile
        >>> fig, ax = plt.subplots(); _ = ax.plot([1, 2])
        >>> [p.suffix for p in save_figure(fig, "demo", outdir=tempfile.mkdtemp())]
        ['.png', '.svg']
    """
    if hasattr(fig, "figure") and not hasattr(fig, "savefig"):
        fig = fig.figure  # an Axes
    out = figures_dir(outdir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for ext in ("png", "svg"):
        path = out / f"{name}.{ext}"
        # Fixed metadata so that the same figure gives the same file on every run.
        meta = {"Software": None} if ext == "png" else {"Date": None}
        fig.savefig(path, dpi=dpi, bbox_inches="tight", metadata=meta)
        paths.append(path)
    if data is not None:
        (out / "data").mkdir(exist_ok=True)
        csv_safe(data).to_csv(out / "data" / f"{name}.csv", index=False)
        paths.append(out / "data" / f"{name}.csv")
    return paths[:2] if data is None else paths


def corpus_caption(meta: pd.DataFrame, *, by: str | None = None, unit: str = "articles",
                   source: str | None = None, what: str | None = None) -> str:
    """The line a corpus figure needs: N, the period and the credit of its texts.

    Args:
        meta: :func:`geolib.docvars` of the documents the figure counts (one row each).
        by: a metadata column: N per group too (``"year"``, ``"outlet"``).
        unit: what a document is, in the caption.
        source: the corpus and its licence ("Wikinews contributors, CC BY 2.5").
        what: what was counted, put first ("body text, interviews left out").

    Example:
        >>> meta = pd.DataFrame({"doc_id": ["a", "b", "c"], "year": ["2019", "2020", "2020"],
        ...                      "date": ["2019-01-04", "2020-03-01", "2020-12-28"]})
        >>> corpus_caption(meta, by="year", source="Wikinews, CC BY 2.5")
        'N = 3 articles (2019: 1, 2020: 2); 2019-01-04 to 2020-12-28. Source: Wikinews, CC BY 2.5.'
    """
    parts = []
    n = f"N = {len(meta):,} {unit}"
    if by is not None:
        if by not in meta.columns:
            raise ValueError(f"corpus_caption(by={by!r}): no such column in the metadata")
        sizes = meta[by].astype(object).where(meta[by].notna(), "(none)").astype(str).value_counts()
        n += " (" + ", ".join(f"{k}: {sizes[k]:,}" for k in sorted(sizes.index)) + ")"
    parts.append(n)
    if "date" in meta.columns and meta["date"].notna().any():
        dates = meta["date"].dropna().astype(str).str[:10]
        parts.append(f"{dates.min()} to {dates.max()}")
    text = "; ".join(parts) + "."
    if what:
        text = f"{what}. {text}"
    if source:
        text += f" Source: {source.rstrip('.')}."
    return text


def add_caption(fig: Any, text: str, *, width: int = 95) -> Any:
    """Write ``text`` in small grey type under a figure (or an Axes' figure); return the Axes or
    figure given, so that it can be passed on to :func:`save_figure`.

    Example:
        >>> import matplotlib; matplotlib.use("Agg")
        >>> import matplotlib.pyplot as plt
        >>> fig, ax = plt.subplots()
        >>> add_caption(ax, "N = 3 articles.") is ax, fig.texts[-1].get_text()
        (True, 'N = 3 articles.')
    """
    figure = fig.figure if hasattr(fig, "figure") and not hasattr(fig, "savefig") else fig
    # under everything already drawn (rotated tick labels, axis labels), not over it
    box = figure.get_tightbbox(figure.canvas.get_renderer())
    bottom = min(0.0, box.y0 / figure.get_figheight()) - 0.01
    figure.text(0.01, bottom, "\n".join(textwrap.wrap(text, width)), ha="left", va="top",
                fontsize=7.5, color="#555555", transform=figure.transFigure)
    return fig


def label_rows_with_n(table: pd.DataFrame, *, counts: pd.DataFrame | None = None) -> pd.DataFrame:
    """A count table (frames x voices, as :func:`geolib.sponsorship`) whose row labels say their
    number of hits, "enabling the war (n=13)": a share of 1.00 from one hit says nothing.

    Args:
        table: the table to label (counts, or shares when ``counts`` is given).
        counts: the counts behind a table of shares.

    Example:
        >>> t = pd.DataFrame({"writer": [3, 0], "NATO": [1, 1]}, index=["war", "threat"])
        >>> label_rows_with_n(t).index.tolist()
        ['war (n=4)', 'threat (n=1)']
    """
    n = (table if counts is None else counts).sum(axis=1)
    labels = [f"{k} (n={int(n.get(k, 0)):,})" for k in table.index]
    return table.set_axis(pd.Index(labels, name=table.index.name), axis=0)
