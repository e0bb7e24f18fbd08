"""Summaries of a quotes table: voice share (who speaks, how much) and reporting-verb groups,
as tables and plots.

Example:
    >>> import pandas as pd
    >>> from geolib.quotes.summaries import voice_share
    >>> q = pd.DataFrame({"speaker": ["A"], "speaker_actor": [None], "text": ["a b"], "kind": ["direct"]})
    >>> voice_share(q, by="speaker")["n_words"].tolist()
    [2]
"""

from __future__ import annotations

from typing import Any, Iterable

import pandas as pd



def voice_share(quotes_df: pd.DataFrame, *, by: str | Iterable[str] = ("speaker", "speaker_actor"),
                dropna: bool = True) -> pd.DataFrame:
    """Who gets to speak: quotes and quoted words per speaker and per speaker_actor.

    Args:
        quotes_df: output of :func:`quotes`.
        by: column(s) to group by, each reported separately (``level`` names the column).
        dropna: leave out quotes without a value in the grouping column.

    Returns:
        Tidy DataFrame: level, value, n_quotes, n_words, n_direct, n_partial, words_direct,
        words_partial, share_quotes, share_words (shares within the level), sorted by words.

    Example:
        >>> q = pd.DataFrame({"speaker": ["A", "A", "B"], "speaker_actor": ["X", "X", None],
        ...                   "text": ["one two", "three", "four five six"],
        ...                   "kind": ["direct", "partial", "direct"]})
        >>> voice_share(q, by="speaker")[["value", "n_quotes", "n_words"]].values.tolist()
        [['A', 2, 3], ['B', 1, 3]]
    """
    cols = ["level", "value", "n_quotes", "n_words", "n_direct", "n_partial", "words_direct",
            "words_partial", "share_quotes", "share_words"]
    if isinstance(by, str):
        by = (by,)
    missing = [c for c in list(by) + ["text", "kind"] if c not in quotes_df.columns]
    if missing:
        raise ValueError(f"voice_share: missing column(s) {missing}; pass the output of quotes()")
    if not len(quotes_df):
        return pd.DataFrame(columns=cols)
    df = quotes_df.copy()
    df["_words"] = df["text"].fillna("").astype(str).str.split().str.len()
    df["_direct"] = (df["kind"] == "direct").astype(int)
    frames = []
    for level in by:
        sub = df if not dropna else df[df[level].notna() & (df[level].astype(str).str.strip() != "")]
        if not len(sub):
            continue
        sub = sub.assign(_value=sub[level].astype(object).where(sub[level].notna(), "(unknown)"))
        g = sub.groupby("_value", sort=False)
        out = pd.DataFrame({
            "n_quotes": g.size(),
            "n_words": g["_words"].sum(),
            "n_direct": g["_direct"].sum(),
            "words_direct": g.apply(lambda x: int(x.loc[x["_direct"] == 1, "_words"].sum()), include_groups=False),
        })
        out["n_partial"] = out["n_quotes"] - out["n_direct"]
        out["words_partial"] = out["n_words"] - out["words_direct"]
        out["share_quotes"] = out["n_quotes"] / out["n_quotes"].sum()
        tot = out["n_words"].sum()
        out["share_words"] = out["n_words"] / tot if tot else 0.0
        out = out.reset_index().rename(columns={"_value": "value"})
        out.insert(0, "level", level)
        frames.append(out.sort_values(["n_words", "n_quotes"], ascending=False))
    if not frames:
        return pd.DataFrame(columns=cols)
    res = pd.concat(frames, ignore_index=True)[cols]
    for c in ("n_quotes", "n_words", "n_direct", "n_partial", "words_direct", "words_partial"):
        res[c] = res[c].astype(int)
    return res


def plot_voice_share(data: pd.DataFrame, *, level: str = "speaker_actor", top: int = 10, measure: str = "words",
                     ax: Any = None, title: str | None = None, missing: bool = True) -> Any:
    """Horizontal stacked bars of quoted words (or quotes), direct vs partial, per speaker or actor.

    Given the quotes table, the figure says what it covers: the title ends with "n of N quotes"
    (those with a ``level`` value), and the quotes without one are a grey bar of their own
    ("(no speaker actor)"), so missing attributions are never hidden.

    Args:
        data: output of :func:`quotes` (best: the figure then knows every quote) or of
            :func:`voice_share`.
        level: ``"speaker"``, ``"speaker_actor"`` (the state level) or ``"speaker_agency"`` (the party,
            ministry, agency, company: the organisation level).
        top: how many speakers to show (largest first).
        measure: ``"words"`` or ``"quotes"``.
        ax: matplotlib Axes to draw on (a new figure when None).
        missing: draw the bar of quotes without a ``level`` value (quotes table only).

    Returns:
        The matplotlib Axes.

    Example:
        >>> from geolib.quotes import quotes
        >>> q = quotes('"We will win," Biden said. "No," a farmer replied.')
        >>> ax = plot_voice_share(q, level="speaker_actor")
        >>> ax.get_title(), [t.get_text() for t in ax.get_yticklabels()]
        ('Voice share by speaker actor: 1 of 2 quotes', ['(no speaker actor)', 'United States'])
    """
    import matplotlib.pyplot as plt

    if measure not in ("words", "quotes"):
        raise ValueError("measure must be 'words' or 'quotes'")
    covered = ""
    no_value = None
    if "level" in data.columns:
        vs = data
    else:
        vs = voice_share(data, by=level)
        has = data[level].notna() & (data[level].astype(str).str.strip() != "")
        covered = f": {int(has.sum()):,} of {len(data):,} quotes"
        if missing and (~has).any():
            rest = data[~has]
            direct = rest["kind"] == "direct" if "kind" in rest.columns else pd.Series(True, index=rest.index)
            words = rest["text"].astype(str).str.split().str.len() if "text" in rest.columns else 0
            no_value = {"value": f"(no {level.replace('_', ' ')})",
                        "words_direct": int(words[direct].sum()), "words_partial": int(words[~direct].sum()),
                        "n_direct": int(direct.sum()), "n_partial": int((~direct).sum())}
    vs = vs[vs["level"] == level].head(top).iloc[::-1]
    if no_value is not None:  # at the bottom, grey, whatever its size
        vs = pd.concat([pd.DataFrame([no_value]), vs], ignore_index=True)
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 0.4 * max(len(vs), 3) + 1))
    d_col, p_col = ("words_direct", "words_partial") if measure == "words" else ("n_direct", "n_partial")
    labels = vs["value"].astype(str).tolist()
    grey = [no_value is not None and i == 0 for i in range(len(vs))]
    ax.barh(labels, vs[d_col], label="direct", color=["#bbbbbb" if g else "#4c72b0" for g in grey])
    ax.barh(labels, vs[p_col], left=vs[d_col], label="partial",
            color=["#dddddd" if g else "#dd8452" for g in grey])
    ax.set_xlabel(f"quoted {measure}")
    ax.set_title((title or f"Voice share by {level.replace('_', ' ')}") + covered)
    if len(vs):  # the coloured bars' patches (the first bar may be the grey "no ..." one), beside the axes
        from matplotlib.patches import Patch

        ax.legend(handles=[Patch(color="#4c72b0", label="direct"), Patch(color="#dd8452", label="partial")],
                  bbox_to_anchor=(1.02, 1), loc="upper left", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


#: Colours of the reporting-verb groups (geolib/data/reporting_verbs.csv) in plot_verb_groups;
#: ``no cue``: quotes without a cue the lexicon knows. Other groups are drawn grey.
VERB_GROUP_COLOURS = {"neutral": "#c8c8c8", "assertive": "#4c72b0", "critical": "#c44e52",
                      "characterizing": "#dd8452", "directive": "#8172b3", "supportive": "#55a868",
                      "tentative": "#937860", "emotive": "#da8bc3", "interrogative": "#64b5cd",
                      "no cue": "#f0f0f0"}


def verb_groups(quotes_df: pd.DataFrame, *, by: str = "speaker_actor") -> pd.DataFrame:
    """Quotes per reporting-verb group (columns) for each speaker actor or speaker (rows).

    Quotes without a speaker count under "(no speaker found)"; with ``by="speaker_actor"``,
    quotes whose speaker was found but speaks for no known actor count under
    "(speaker, no actor)", so missing data is never hidden. Quotes without a known cue count
    under "no cue". Rows are ordered by their number of quotes, most first; the two missing
    rows come last.

    Example:
        >>> from geolib.quotes import quotes
        >>> q = quotes('China "rejects" it, Beijing said. NATO warned: "Stop."')
        >>> verb_groups(q).to_dict("index")
        {'China': {'neutral': 1, 'assertive': 0}, 'NATO': {'neutral': 0, 'assertive': 1}}
    """
    if by not in ("speaker_actor", "speaker"):
        raise ValueError("by must be 'speaker_actor' or 'speaker'")
    missing = {by, "cue_group"} - set(quotes_df.columns)
    if missing:
        raise ValueError(f"verb_groups needs a quotes() table; missing columns: {sorted(missing)}")
    if not len(quotes_df):
        return pd.DataFrame(index=pd.Index([], name=by)).rename_axis(columns="cue_group")
    rows = quotes_df[by].where(_present(quotes_df[by]))
    if by == "speaker_actor" and "speaker" in quotes_df.columns:
        rows = rows.where(rows.notna() | ~_present(quotes_df["speaker"]), NO_ACTOR)
    table = pd.crosstab(rows.fillna(NO_SPEAKER), quotes_df["cue_group"].fillna("no cue"))
    order = [g for g in VERB_GROUP_COLOURS if g in table.columns]
    table = table[order + sorted(c for c in table.columns if c not in order)]
    by_size = table.sum(axis=1).sort_values(ascending=False, kind="stable").index
    table = table.loc[[r for r in by_size if r not in MISSING_ROWS] + [r for r in MISSING_ROWS if r in by_size]]
    return table.rename_axis(index=by, columns="cue_group")


#: The rows of :func:`verb_groups` for quotes with no speaker, and with a speaker but no actor.
NO_SPEAKER, NO_ACTOR = "(no speaker found)", "(speaker, no actor)"
MISSING_ROWS = (NO_ACTOR, NO_SPEAKER)


def _present(col: pd.Series) -> pd.Series:
    return col.notna() & (col.astype(str).str.strip() != "")


def plot_verb_groups(data: pd.DataFrame, *, by: str = "speaker_actor", ax: Any = None,
                     title: str | None = None) -> Any:
    """Stacked horizontal bars: each speaker actor's quotes by reporting-verb group.

    Args:
        data: output of :func:`quotes` or of :func:`verb_groups`.
        by: ``"speaker_actor"`` or ``"speaker"`` (when ``data`` is a quotes table).
        ax: matplotlib Axes to draw on (a new figure when None).

    Returns:
        The matplotlib Axes.

    Example:
        >>> from geolib.quotes import quotes
        >>> ax = plot_verb_groups(quotes('"Go," Biden said. "No," a farmer replied.\\n\\nThe sign read "Closed".'))
        >>> ax.get_title(), [t.get_text() for t in ax.get_yticklabels()]
        ('Reporting-verb groups by speaker actor: 1 of 3 quotes', ['United States', '(speaker, no actor)', '(no speaker found)'])
    """
    import matplotlib.pyplot as plt

    table = data if data.columns.name == "cue_group" else verb_groups(data, by=by)
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 0.45 * max(len(table), 3) + 1))
    left = pd.Series(0, index=table.index)
    labels = table.index.astype(str)
    for group in table.columns:
        ax.barh(labels, table[group], left=left, height=0.7, label=group, edgecolor="white",
                color=VERB_GROUP_COLOURS.get(group, "#999999"))
        left = left + table[group]
    for tick in ax.get_yticklabels():  # the rows of missing data in grey, so they read as such
        if tick.get_text() in MISSING_ROWS:
            tick.set_color("#777777")
    ax.invert_yaxis()  # most quotes at the top
    ax.set_xlabel("quotes")
    total = int(table.to_numpy().sum())
    known = total - int(table.loc[[r for r in MISSING_ROWS if r in table.index]].to_numpy().sum())
    what = (table.index.name or by).replace("_", " ")
    ax.set_title((title or f"Reporting-verb groups by {what}") + f": {known:,} of {total:,} quotes")
    if len(table.columns):
        ax.legend(title="cue group", bbox_to_anchor=(1.02, 1), loc="upper left", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return ax
