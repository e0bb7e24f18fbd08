"""The standard figures of ``geolib report``, drawn from the tables of a run.

Each figure says what it covers in its title ("n of N quotes"), counts are on axes with integer
ticks, and one axis holds one kind of thing: the voice-share figure shows every quote (with a
speaker actor, with a speaker the lexicon does not know, with no speaker) beside the ranking of
speaker actors; the frame-sponsorship figure puts the kinds of voice (narration, quotes by
speaker actors, by other speakers, unattributed) and the speakers of each kind in panels of their
own.

Example:
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "words": [3, 5]})
    >>> fig, data = FIGURES["document_lengths"]({"documents": docs})
    >>> fig.get_suptitle().splitlines()[1]
    'all 2 documents, 8 words in their bodies'
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = ["write_figures", "FIGURES", "FIGURE_COLUMNS", "VOICE_KINDS", "QUOTE_SPEAKERS",
           "voice_kinds", "quote_speakers"]

#: The tables the standard figures are drawn from, and the columns they read (the documents
#: table's lengths, not its texts; of actors, quotes and frames what their summaries count).
FIGURE_COLUMNS = {"documents": ("doc_id", "words", "sentences", "chars"),
                  "actors": ("doc_id", "actor", "type", "affiliation", "start"),
                  "quotes": ("doc_id", "text", "kind", "speaker", "speaker_actor"),
                  "frames": ("doc_id", "frame", "in_quote", "speaker", "speaker_actor")}

#: Who a quote is attributed to, in the voice-share figure (every quote is one of these).
QUOTE_SPEAKERS = ("speaker actor", "speaker, no actor", "no speaker found")
#: Whose voice a framing term is in, in the sponsorship figure (every term is one of these).
VOICE_KINDS = ("narration", "speaker actor", "speaker, no actor", "unattributed quote")

ACTOR_TYPE_COLOURS = {"state": "#4c72b0", "organisation": "#dd8452", "person": "#55a868",
                      "group": "#c44e52", "place": "#8c8c8c"}
OTHER_COLOUR = "#8172b3"
LABEL_CHARS = 32  # longer names are cut (with "…") on an axis; the CSV has them whole


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
        except Exception as err:  # noqa: BLE001 -- a figure must not lose the tables
            missing[name] = f"{type(err).__name__}: {err}"
            plt.close("all")
            continue
        if drawn is None:
            missing[name] = "no data"
            continue
        fig, data = drawn
        if claim is not None:
            claim(files)
        save_figure(fig, name, data=data, outdir=outdir)
        plt.close(fig)
        made.append(name)
    return made, missing


# ------------------------------------------------------------------------------ helpers

def _need(tables: Mapping[str, pd.DataFrame], name: str) -> pd.DataFrame | None:
    df = tables.get(name)
    if df is None:
        raise KeyError(f"no {name} table")
    return df if len(df) else None


def _present(values: pd.Series) -> pd.Series:
    """True where a cell holds a non-blank value."""
    return values.notna() & (values.astype(str).str.strip() != "")


def _short(label: Any) -> str:
    text = str(label)
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS - 1] + "…"


def _pct(n: int, total: int) -> str:
    return f"{100 * n / total:.0f}%" if total else "0%"


def _titled(fig: Any, title: str, covers: str) -> None:
    """The figure's title and, below it, what it covers."""
    fig.suptitle(f"{title}\n{covers}", fontsize=11)


def _integer_ticks(axis: Any) -> None:
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def _unread(tables: Mapping[str, pd.DataFrame]) -> int:
    errors = tables.get("errors")
    if errors is None or not len(errors) or "stage" not in errors.columns:
        return 0
    return int(errors.loc[errors["stage"] == "read", "doc_id"].nunique())


def quote_speakers(quotes: pd.DataFrame) -> pd.Series:
    """Who each quote is attributed to: one of :data:`QUOTE_SPEAKERS`.

    Example:
        >>> q = pd.DataFrame({"speaker": ["Ann", "Bo", None], "speaker_actor": ["X", None, None]})
        >>> quote_speakers(q).tolist()
        ['speaker actor', 'speaker, no actor', 'no speaker found']
    """
    actor = _present(quotes["speaker_actor"])
    speaker = _present(quotes["speaker"])
    out = pd.Series(QUOTE_SPEAKERS[2], index=quotes.index, dtype=object)
    out[speaker & ~actor] = QUOTE_SPEAKERS[1]
    out[actor] = QUOTE_SPEAKERS[0]
    return out


def voice_kinds(frames: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Whose voice each framing term is in: (kind, voice). The kind is one of
    :data:`VOICE_KINDS`; the voice is the speaker actor, the speaker, or the kind itself.

    Example:
        >>> f = pd.DataFrame({"in_quote": [False, True, True, True],
        ...                   "speaker": [None, "Ann", "Bo", None], "speaker_actor": [None, "X", None, None]})
        >>> [list(x) for x in voice_kinds(f)]
        [['narration', 'speaker actor', 'speaker, no actor', 'unattributed quote'], ['narration', 'X', 'Bo', 'unattributed quote']]
    """
    quoted = frames["in_quote"].fillna(False).astype(bool)
    actor = quoted & _present(frames["speaker_actor"])
    speaker = quoted & ~actor & _present(frames["speaker"])
    kind = pd.Series(VOICE_KINDS[3], index=frames.index, dtype=object)
    kind[~quoted] = VOICE_KINDS[0]
    kind[speaker] = VOICE_KINDS[2]
    kind[actor] = VOICE_KINDS[1]
    voice = kind.copy()
    voice[actor] = frames.loc[actor, "speaker_actor"].astype(str)
    voice[speaker] = frames.loc[speaker, "speaker"].astype(str).str.strip()
    return kind, voice


# ------------------------------------------------------------------------------ the figures

def _fig_document_lengths(tables: Mapping[str, pd.DataFrame]) -> tuple[Any, pd.DataFrame] | None:
    import matplotlib.pyplot as plt

    docs = _need(tables, "documents")
    if docs is None:
        return None
    n, unread = len(docs), _unread(tables)
    fig, ax = plt.subplots(figsize=(6.5, 3.8), layout="constrained")
    ax.hist(docs["words"], bins=min(50, max(5, n // 5)), color="#4C72B0")
    _integer_ticks(ax.yaxis)
    _integer_ticks(ax.xaxis)
    ax.set_xlabel("words in the body of a document")
    ax.set_ylabel("documents")
    ax.spines[["top", "right"]].set_visible(False)
    covers = (f"{n:,} of {n + unread:,} documents ({unread:,} could not be read)" if unread
              else f"all {n:,} documents") + f", {int(docs['words'].sum()):,} words in their bodies"
    _titled(fig, "Document lengths", covers)
    cols = [c for c in ("doc_id", "words", "sentences", "chars") if c in docs.columns]
    return fig, docs[cols]


def _fig_actor_ranking(tables: Mapping[str, pd.DataFrame], top: int = 15) -> tuple[Any, pd.DataFrame] | None:
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    mod = importlib.import_module("geolib.actors")
    df = _need(tables, "actors")
    if df is None:
        return None
    docs = tables.get("documents")
    words = dict(zip(docs["doc_id"], docs["words"])) if docs is not None and len(docs) else None
    counts = mod.actor_counts(df, words=words)
    shown = counts.head(top).iloc[::-1]
    fig, ax = plt.subplots(figsize=(6.5, max(2.5, 0.32 * len(shown) + 1.4)), layout="constrained")
    types = [str(t) for t in shown["type"]]
    ax.barh([_short(a) for a in shown["actor"]], shown["count"],
            color=[ACTOR_TYPE_COLOURS.get(t, OTHER_COLOUR) for t in types])
    _integer_ticks(ax.xaxis)
    ax.set_xlabel("mentions")
    ax.spines[["top", "right"]].set_visible(False)
    kinds = list(dict.fromkeys(t for t in (*ACTOR_TYPE_COLOURS, *types[::-1]) if t in set(types)))
    ax.legend(handles=[Patch(color=ACTOR_TYPE_COLOURS.get(t, OTHER_COLOUR), label=t) for t in kinds],
              title="type", loc="lower right", frameon=False, fontsize=8, title_fontsize=8)
    total = int(counts["count"].sum())
    _titled(fig, "Most mentioned actors",
            f"top {len(shown)} of {len(counts):,} actors: {int(shown['count'].sum()):,} of {total:,} "
            f"mentions, in {df['doc_id'].nunique():,} documents")
    return fig, counts


def _fig_voice_share(tables: Mapping[str, pd.DataFrame], top: int = 10) -> tuple[Any, pd.DataFrame] | None:
    import matplotlib.pyplot as plt

    mod = importlib.import_module("geolib.quotes")
    df = _need(tables, "quotes")
    if df is None:
        return None
    q = df.assign(attribution=quote_speakers(df))
    data = mod.voice_share(q, by=("attribution", "speaker_actor"))
    n = len(q)
    per = q["attribution"].value_counts()
    counts = [int(per.get(k, 0)) for k in QUOTE_SPEAKERS]
    actors = data[data["level"] == "speaker_actor"]
    shown = actors.head(top).iloc[::-1]
    fig, (ax0, ax1) = plt.subplots(
        2, 1, figsize=(7, 2.6 + 0.34 * max(len(shown), 2)), layout="constrained",
        gridspec_kw={"height_ratios": [1.2, max(len(shown), 2) * 0.45]})
    # every quote, by what is known of its speaker
    ax0.barh(list(QUOTE_SPEAKERS)[::-1], counts[::-1], color=["#bbbbbb", "#dd8452", "#4c72b0"])
    for y, c in enumerate(counts[::-1]):
        ax0.text(c, y, f" {c:,} ({_pct(c, n)})", va="center", fontsize=8)
    _integer_ticks(ax0.xaxis)
    ax0.set_xlabel("quotes")
    ax0.set_xlim(0, max(counts) * 1.3 or 1)
    ax0.set_title(f"All {n:,} quotes, by what is known of their speaker", fontsize=9, loc="left")
    # the speaker actors
    labels = [_short(v) for v in shown["value"]]
    ax1.barh(labels, shown["words_direct"], label="direct", color="#4c72b0")
    ax1.barh(labels, shown["words_partial"], left=shown["words_direct"], label="partial", color="#dd8452")
    _integer_ticks(ax1.xaxis)
    ax1.set_xlabel("quoted words")
    in_shown = int(shown["n_quotes"].sum())
    ax1.set_title(f"Speaker actors: top {len(shown)} of {len(actors):,}, with {in_shown:,} of {n:,} quotes",
                  fontsize=9, loc="left")
    if len(shown):
        ax1.legend(loc="lower right", frameon=False, fontsize=8)
    for ax in (ax0, ax1):
        ax.spines[["top", "right"]].set_visible(False)
    _titled(fig, "Who is quoted",
            f"{counts[0]:,} of {n:,} quotes ({_pct(counts[0], n)}) have a speaker actor; "
            f"{counts[0] + counts[1]:,} have a speaker")
    return fig, data


def _fig_frame_sponsorship(tables: Mapping[str, pd.DataFrame], top_frames: int = 20,
                           top_voices: int = 8) -> tuple[Any, pd.DataFrame] | None:
    import matplotlib.pyplot as plt
    import numpy as np

    df = _need(tables, "frames")
    if df is None:
        return None
    kind, voice = voice_kinds(df)
    tidy = (pd.DataFrame({"frame": df["frame"].astype(str), "voice_kind": kind, "voice": voice})
            .value_counts().rename("count").reset_index())
    tidy["voice_kind"] = pd.Categorical(tidy["voice_kind"], categories=VOICE_KINDS, ordered=True)
    tidy = tidy.sort_values(["voice_kind", "count", "voice", "frame"], ascending=[True, False, True, True],
                            kind="stable").reset_index(drop=True)
    tidy["voice_kind"] = tidy["voice_kind"].astype(str)
    totals = tidy.groupby("frame")["count"].sum()
    frames = sorted(totals.index, key=lambda f: (-int(totals[f]), f))
    shown_frames = frames[:top_frames]
    # panels: the kinds of voice, then the voices of each kind of speaker (the most frequent)
    panels: list[tuple[str, pd.DataFrame]] = []
    by_kind = tidy.pivot_table(index="frame", columns="voice_kind", values="count", aggfunc="sum", fill_value=0)
    panels.append(("kind of voice", by_kind.reindex(index=shown_frames, columns=list(VOICE_KINDS), fill_value=0)))
    for k, what in ((VOICE_KINDS[1], "speaker actors"), (VOICE_KINDS[2], "speakers with no actor")):
        sub = tidy[tidy["voice_kind"] == k]
        if not len(sub):
            continue
        voices = sub.groupby("voice")["count"].sum()
        order = sorted(voices.index, key=lambda v: (-int(voices[v]), v))
        table = sub.pivot_table(index="frame", columns="voice", values="count", aggfunc="sum", fill_value=0)
        table = table.reindex(index=shown_frames, columns=order[:top_voices], fill_value=0)
        label = f"{what} (top {min(top_voices, len(order))} of {len(order):,})" if len(order) > top_voices \
            else what
        panels.append((label, table))
    widths = [max(t.shape[1], 1) for _, t in panels]
    fig, axes = plt.subplots(1, len(panels), sharey=True, squeeze=False, layout="constrained",
                             figsize=(2.4 + 0.62 * sum(widths), 1.6 + 0.3 * len(shown_frames)),
                             gridspec_kw={"width_ratios": widths})
    for ax, (label, table) in zip(axes[0], panels):
        values = table.to_numpy(dtype=float)
        ax.imshow(values if values.size else np.zeros((1, 1)), cmap="Blues", aspect="auto",
                  vmin=0, vmax=max(values.max() if values.size else 1, 1))
        ax.set_xticks(range(table.shape[1]), [_short(c) for c in table.columns], rotation=45, ha="right",
                      fontsize=8)
        ax.set_title(label, fontsize=9)
        top = values.max() if values.size else 0
        for r in range(values.shape[0]):
            for c in range(values.shape[1]):
                if values[r, c]:
                    ax.text(c, r, f"{int(values[r, c]):,}", ha="center", va="center", fontsize=7,
                            color="white" if values[r, c] > top * 0.6 else "black")
    axes[0][0].set_yticks(range(len(shown_frames)), [_short(f) for f in shown_frames], fontsize=8)
    axes[0][0].set_ylabel("frame")
    n = len(df)
    narration = int((kind == VOICE_KINDS[0]).sum())
    in_shown = int(totals.loc[shown_frames].sum()) if shown_frames else 0
    frames_part = f"all {len(frames)} frames" if len(shown_frames) == len(frames) else \
        f"top {len(shown_frames)} of {len(frames)} frames ({in_shown:,} of {n:,} terms)"
    _titled(fig, "Frame sponsorship: whose voice each framing term is in",
            f"{n:,} framing terms: {narration:,} in narration, {n - narration:,} in quotes; {frames_part}\n"
            "cells: terms (colour scaled within each panel)")
    return fig, tidy[["frame", "voice_kind", "voice", "count"]]


FIGURES: dict[str, Callable[[Mapping[str, pd.DataFrame]], tuple[Any, pd.DataFrame] | None]] = {
    "document_lengths": _fig_document_lengths,
    "actor_ranking": _fig_actor_ranking,
    "voice_share": _fig_voice_share,
    "frame_sponsorship": _fig_frame_sponsorship,
}
