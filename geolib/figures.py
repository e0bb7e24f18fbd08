"""Saving a figure together with the table behind it, the way the notebooks do.

``save_figure(fig, "actor_ranking", data=table)`` writes ``figures/actor_ranking.png`` and ``.svg``
and ``figures/data/actor_ranking.csv``. The folder is ``outdir``, else the ``GEOLIB_FIGURES``
environment variable (set by ``make figures``), else ``figures/`` in the current folder. In the CSV,
text cells a spreadsheet would run as formulas (``=HYPERLINK(...)``) start with ``'`` (see
:func:`geolib.escaping.csv_safe`); numbers are untouched.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from .escaping import csv_safe

__all__ = ["save_figure", "figures_dir"]


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
