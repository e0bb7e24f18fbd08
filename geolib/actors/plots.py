"""Charts of actor mentions: the most mentioned actors (:func:`plot_actor_ranking`) and who is
named with whom (:func:`plot_cooccurrence`)."""

from __future__ import annotations

from typing import Any

import pandas as pd

from .counts import actor_counts, cooccurrence_matrix

def plot_actor_ranking(counts_or_mentions: pd.DataFrame, *, top: int = 15, ax: Any = None,
                       rate: bool = False, title: str | None = None) -> Any:
    """Horizontal bar chart of the most mentioned actors; returns the matplotlib Axes.

    Takes the table of :func:`actor_counts` or the mentions of :func:`actors`.

    Example:
        >>> from geolib.actors import actors
        >>> import matplotlib; matplotlib.use("Agg")
        >>> ax = plot_actor_ranking(actors("China and Russia met. China spoke."))
        >>> [t.get_text() for t in ax.get_yticklabels()]
        ['Russia', 'China']
        >>> [t.get_text() for t in ax.get_legend().get_texts()]  # bar colours: the actor's type
        ['state']
    """
    import matplotlib.pyplot as plt

    df = counts_or_mentions
    if "count" not in df.columns:
        df = actor_counts(df)
    col = "count"
    if rate:
        col = next((c for c in df.columns if c.startswith("per_")), "count")
    df = df.head(top).iloc[::-1]
    if ax is None:
        _, ax = plt.subplots(figsize=(6, max(2.0, 0.35 * len(df) + 1)))
    colours = {"state": "#4c72b0", "organisation": "#dd8452", "person": "#55a868",
               "group": "#c44e52", "place": "#8c8c8c"}
    from matplotlib.patches import Patch
    from matplotlib.ticker import MaxNLocator

    ax.barh(df["actor"].astype(str), df[col], color=[colours.get(t, "#8172b3") for t in df["type"]])
    ax.set_xlabel("mentions per 1,000 words" if col.startswith("per_") else "mentions")
    if not col.startswith("per_"):
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts are whole numbers
    shown = [t for t in colours if t in set(df["type"])] + sorted(set(df["type"]) - set(colours))
    ax.legend(handles=[Patch(color=colours.get(t, "#8172b3"), label=t) for t in shown],
              title="type", loc="lower right", frameon=False, fontsize="small")
    ax.set_title(title or "Most mentioned actors")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return ax


def plot_cooccurrence(matrix: pd.DataFrame, *, ax: Any = None, cmap: str = "Blues",
                      annotate: bool = True, title: str | None = None) -> Any:
    """Heatmap of a :func:`cooccurrence_matrix` (or of mentions); returns the matplotlib Axes.

    Example:
        >>> from geolib.actors import actors
        >>> import matplotlib; matplotlib.use("Agg")
        >>> ax = plot_cooccurrence(cooccurrence_matrix(actors("China and Russia met.")))
        >>> ax.get_title()
        'Actors named in the same sentence'
    """
    import matplotlib.pyplot as plt

    if "actor" in matrix.columns and "doc_id" in matrix.columns:
        matrix = cooccurrence_matrix(matrix, top=15)
    if ax is None:
        size = max(3.0, 0.45 * len(matrix) + 1.5)
        _, ax = plt.subplots(figsize=(size + 1, size))
    vals = matrix.to_numpy() if len(matrix) else [[0]]
    im = ax.imshow(vals, cmap=cmap)
    ax.set_xticks(range(len(matrix.columns)), [str(c) for c in matrix.columns], rotation=45,
                  ha="right")
    ax.set_yticks(range(len(matrix.index)), [str(c) for c in matrix.index])
    if annotate and len(matrix):
        hi = max(1, matrix.to_numpy().max())
        for i in range(len(matrix.index)):
            for j in range(len(matrix.columns)):
                v = int(matrix.iat[i, j])
                if v:
                    ax.text(j, i, str(v), ha="center", va="center", fontsize=8,
                            color="white" if v > hi / 2 else "black")
    ax.figure.colorbar(im, ax=ax, shrink=0.7)
    ax.set_title(title or "Actors named in the same sentence")
    return ax
