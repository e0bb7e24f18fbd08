"""Figures of framing terms: frame sponsorship as a heatmap (:func:`plot_sponsorship`) and where
terms or frames occur in a text or corpus (:func:`plot_dispersion`, an x-ray plot)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

import pandas as pd

from ..counting import kwic
from ..document import iter_documents
from ..segments import word_starts
from .lexicon import LexiconSource, load_frame_lexicon
from .table import frames
from .voices import sponsorship

__all__ = ["plot_sponsorship", "plot_dispersion"]


def plot_sponsorship(data: pd.DataFrame, *, by: str = "frame", normalize: bool = False,
                     max_voices: int = 12, ax: Any = None, cmap: str = "Blues", annotate: bool = True):
    """Heatmap of frame sponsorship (frames x voices, the writer first).

    Args:
        data: a :func:`frames` table or a :func:`sponsorship` table.
        by, normalize: as in :func:`sponsorship`.
        max_voices: show at most this many voices (the most frequent); the rest are summed into
            "other speakers".
        ax: matplotlib Axes to draw on (a new figure otherwise).

    Returns:
        The matplotlib Axes.

    Example:
        >>> f = pd.DataFrame({"frame": ["a", "b"], "in_quote": [False, True],
        ...                   "speaker": [None, "Bo"], "speaker_actor": [None, "X"]})
        >>> ax = plot_sponsorship(f)
        >>> ax.get_xlabel(), ax.get_title(), [t.get_text() for t in ax.get_yticklabels()]
        ('voice', 'Frame sponsorship: 2 hits (counts)', ['a (n=1)', 'b (n=1)'])
    """
    import matplotlib.pyplot as plt

    table = sponsorship(data, by=by) if "in_quote" in data.columns else data.copy()
    n_rows = table.sum(axis=1)  # hits per row, before any share: a share of 1.00 from 1 hit says little
    if table.shape[1] > max_voices:
        keep = list(table.columns[:max_voices])
        rest = table.drop(columns=keep).sum(axis=1)
        table = table[keep].copy()
        table["other speakers"] = rest
    if normalize:
        table = table.div(table.sum(axis=1).replace(0, 1), axis=0)
    if ax is None:
        _, ax = plt.subplots(figsize=(1.2 + 0.8 * max(1, table.shape[1]),
                                      1.0 + 0.4 * max(1, table.shape[0])))
    values = table.to_numpy(dtype=float)
    im = ax.imshow(values if values.size else [[0.0]], cmap=cmap, aspect="auto")
    ax.set_xticks(range(table.shape[1]), [str(c) for c in table.columns], rotation=45, ha="right")
    ax.set_yticks(range(table.shape[0]), [f"{r} (n={int(n_rows.get(r, 0))})" for r in table.index])
    ax.set_xlabel("voice")
    ax.set_ylabel(table.index.name or by)
    ax.set_title(f"Frame sponsorship: {int(n_rows.sum()):,} hits"
                 + (" (row shares)" if normalize else " (counts)"))
    if annotate and values.size:
        top = values.max() or 1
        for r in range(values.shape[0]):
            for c in range(values.shape[1]):
                v = values[r, c]
                if v:
                    ax.text(c, r, f"{v:.2f}" if normalize else f"{int(v)}", ha="center", va="center",
                            color="white" if v > top * 0.6 else "black", fontsize=8)
    ax.figure.colorbar(im, ax=ax, fraction=0.03)
    return ax


def plot_dispersion(source: Any, targets: str | Sequence[str], *, by: str = "auto",
                    lexicon: LexiconSource = None, roles: Sequence[str] | None = ("body",),
                    ax: Any = None, title: str | None = None):
    """Lexical dispersion ("x-ray") plot: where chosen terms or frames occur in a text or corpus.

    Like NLTK's ``Text.dispersion_plot`` and quanteda's ``textplot_xray``: one row per target, a
    mark at every hit, x = word offset (documents laid end to end, with thin lines between them).

    Args:
        source: text, Document, Corpus, anything ``iter_documents`` reads, or a :func:`frames`
            table (then x is the hit's position in its document, documents side by side).
        targets: frame names, lexicon terms or :func:`geolib.counting.kwic` patterns
            (``"cold war"``, ``"fuel*"``).
        by: ``"frame"``, ``"term"`` (lexicon term), ``"pattern"`` (kwic) or ``"auto"`` (a frame
            name if it is one, else a lexicon term, else a pattern).
        lexicon: framing lexicon for frames and terms.
        ax: matplotlib Axes.
        title: the title; by default it names the document ("Lexical dispersion in 000_1a88")
            or the number of documents.

    Returns:
        The matplotlib Axes.

    Example:
        >>> ax = plot_dispersion("War, then peace talks, then war again.", ["war", "peace and neutrality"])
        >>> [t.get_text() for t in ax.get_yticklabels()]
        ['war', 'peace and neutrality']
        >>> ax.get_title()
        'Lexical dispersion in text'
    """
    import matplotlib.pyplot as plt


    targets = [targets] if isinstance(targets, str) else list(targets)
    if not targets:
        raise ValueError("plot_dispersion(): give at least one term, frame or pattern")
    if by not in ("auto", "frame", "term", "pattern"):
        raise ValueError("by must be 'auto', 'frame', 'term' or 'pattern'")
    lex = load_frame_lexicon() if lexicon is None else (
        lexicon if isinstance(lexicon, pd.DataFrame) and "source" in lexicon.columns
        else load_frame_lexicon(lexicon))
    frame_names = {f.lower(): f for f in lex["frame"]}
    term_names = {t.lower(): t for t in lex["term"]}

    def kind_of(t: str) -> str:
        if by != "auto":
            return by
        if t.lower() in frame_names:
            return "frame"
        if t.lower() in term_names:
            return "term"
        return "pattern"

    kinds = [kind_of(t) for t in targets]
    points: list[list[float]] = [[] for _ in targets]
    bounds: list[float] = []
    xlabel = "word offset"
    if isinstance(source, pd.DataFrame) and {"frame", "term", "start"} <= set(source.columns):
        fdf = source if "doc_id" in source.columns else source.assign(doc_id="doc")
        ids = list(dict.fromkeys(fdf["doc_id"]))
        span = fdf.groupby("doc_id")["end"].max() + 1
        for k, t in enumerate(targets):
            col = "frame" if kinds[k] == "frame" else "term"
            hit = fdf[fdf[col].astype(str).str.lower() == t.lower()]
            for d_id, s in zip(hit["doc_id"], hit["start"]):
                points[k].append(ids.index(d_id) + s / span[d_id] if len(ids) > 1 else float(s))
        xlabel = "character offset" if len(ids) == 1 else "document (hits at their relative position)"
        names = ids
        bounds = list(range(1, len(ids))) if len(ids) > 1 else []
    else:
        docs = list(iter_documents(source))
        names = [doc.doc_id for doc in docs]
        need_frames = any(k in ("frame", "term") for k in kinds)
        offset = 0
        for d_i, doc in enumerate(docs):
            starts = word_starts(doc, roles)
            if need_frames:
                fdf = frames(doc, lexicon=lex, roles=roles, quotes=False, layer=None)
            for k, t in enumerate(targets):
                if kinds[k] == "pattern":
                    hits = kwic(doc, t, window=0, roles=roles)["start"].tolist()
                else:
                    col = "frame" if kinds[k] == "frame" else "term"
                    hits = fdf.loc[fdf[col].str.lower() == t.lower(), "start"].tolist()
                points[k].extend(offset + bisect.bisect_left(starts, s) for s in hits)
            offset += len(starts)
            if d_i < len(docs) - 1:
                bounds.append(offset)
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 0.6 + 0.45 * len(targets)))
    for k, xs in enumerate(points):
        ax.plot(xs, [k] * len(xs), "|", markersize=14, color="C0")
    if len(bounds) <= 60:
        for b in bounds:
            ax.axvline(b, color="0.85", linewidth=0.6, zorder=0)
    ax.set_yticks(range(len(targets)), targets)
    ax.set_ylim(len(targets) - 0.5, -0.5)
    ax.set_xlabel(xlabel)
    if title is None:
        title = (f"Lexical dispersion in {names[0]}" if len(names) == 1
                 else f"Lexical dispersion across {len(names):,} documents")
    ax.set_title(title)
    return ax
