"""Document metadata and grouping: per-group counts and per-document rates (quanteda's docvars and
dfm_group, for geolib's tables).

* :func:`docvars`: one row per document, doc_id + metadata (+ ``year`` from ``date``) + ``words``;
* :func:`join_meta`: any geolib table with the metadata columns of its documents added;
* :func:`group_by_meta`: counts per group (a year, an outlet ...) pooled over the group's words,
  as ``dfm_group(groups = year)`` does;
* :func:`rates_per_document`: the rate (per 1,000 words) in each document, then the mean, median
  and standard deviation over the group's documents, so that a few long documents cannot
  dominate a group; :func:`document_rates` gives the per-document rates themselves.

A pooled rate and a mean of per-document rates answer different questions: "of all the words
written in 2020, how many name the United States?" against "how much does a 2020 article name the
United States?". When they differ a lot, a few documents carry the pooled figure; report both.

Example:
    >>> import geolib
    >>> docs = geolib.read_corpus(pd.DataFrame({"doc_id": ["a", "b", "c"], "year": ["2019", "2020", "2020"],
    ...     "text": ["China met Russia.", "China spoke. " * 50, "NATO met. Russia spoke."]}))
    >>> m = geolib.actors(docs)
    >>> group_by_meta(m, docs, of="actor").query("actor == 'China'")[["year", "count", "per_1000"]].round(1).values.tolist()
    [['2019', 1, 333.3], ['2020', 50, 480.8]]
    >>> r = rates_per_document(m, docs, of="actor").query("actor == 'China'")
    >>> r[["year", "n_docs", "n_docs_with", "mean_per_1000"]].round(1).values.tolist()
    [['2019', 1, 1, 333.3], ['2020', 2, 1, 250.0]]
"""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from .decoding import GeolibWarning
from .document import DEFAULT_ROLES, iter_documents

__all__ = ["docvars", "document_rates", "group_by_meta", "join_meta", "plot_group_rates", "rates_per_document",
           "rows_by_doc", "doc_rows"]

def rows_by_doc(table: pd.DataFrame) -> dict[str, Any]:
    """Row positions of a table per doc_id (as a string), in table order: one pass over the
    table, so that a corpus does not filter it once per document.

    Example:
        >>> t = pd.DataFrame({"doc_id": ["a", "b", "a"], "x": [1, 2, 3]})
        >>> {k: v.tolist() for k, v in rows_by_doc(t).items()}
        {'a': [0, 2], 'b': [1]}
    """
    if len(table) == 0:
        return {}
    return dict(table.groupby(table["doc_id"].astype(str), sort=False).indices)


def doc_rows(table: pd.DataFrame, doc_id: Any, index: dict[str, Any] | None = None) -> pd.DataFrame:
    """The rows of ``table`` for one document (all of them when it has no doc_id column);
    ``index`` is :func:`rows_by_doc` of the table, computed once for a corpus.

    Example:
        >>> t = pd.DataFrame({"doc_id": ["a", "b", "a"], "x": [1, 2, 3]})
        >>> doc_rows(t, "a")["x"].tolist(), len(doc_rows(t.drop(columns="doc_id"), "a"))
        ([1, 3], 3)
    """
    if "doc_id" not in table.columns:
        return table
    if index is None:
        return table[table["doc_id"].astype(str) == str(doc_id)]
    return table.iloc[index.get(str(doc_id), [])]


_YEAR = re.compile(r"^\s*(\d{4})(?:\D|$)")


def _year_of(value: Any) -> str | None:
    """The year of a date (``2020-03-01``, ``2020``, a Timestamp), as text."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "year") and not isinstance(value, str):
        return f"{int(value.year):04d}"
    m = _YEAR.match(str(value))
    return m.group(1) if m else None


def _with_year(meta: pd.DataFrame) -> pd.DataFrame:
    if "year" in meta.columns or "date" not in meta.columns:
        return meta
    return meta.assign(year=[_year_of(v) for v in meta["date"]])


def docvars(source: Any, *, roles: Iterable[str] | None = DEFAULT_ROLES) -> pd.DataFrame:
    """One row per document: doc_id, its metadata, ``year`` (from ``date``) and ``words``.

    Args:
        source: a Corpus, a list of Documents, a folder, a CSV ... (anything
            :func:`geolib.iter_documents` reads).
        roles: the paragraph roles whose words are counted (the body by default, as the tables
            count their hits there).

    Returns:
        DataFrame doc_id, the metadata columns (first seen first; ``path`` left out), ``year``
        when there is a ``date`` column and no ``year``, ``genre`` (``"interview"`` when interview
        turns -- paragraphs of role ``transcript`` -- hold more words than the body, else
        ``"news"``; a document type to group or filter by, as interviews are long and speak in
        another voice) and ``words``.

    Example:
        >>> import geolib
        >>> c = geolib.read_corpus(pd.DataFrame({"id": ["a"], "date": ["2020-05-01"], "text": ["China spoke."]}))
        >>> docvars(c).values.tolist()
        [['a', '2020-05-01', '2020', 'news', 2]]
    """
    rows = []
    for doc in iter_documents(source):
        meta = {k: v for k, v in doc.meta.items() if k not in ("path", "text", "doc_id", "words")}
        body, turns = doc.words(roles=("body",)), doc.words(roles=("transcript",))
        genre = "interview" if turns > body else "news"
        rows.append({"doc_id": str(doc.doc_id), **meta, "genre": genre, "words": doc.words(roles=roles)})
    df = pd.DataFrame(rows)
    if df.empty:
        return pd.DataFrame(columns=["doc_id", "words"])
    df = _with_year(df)
    cols = (["doc_id"] + [c for c in df.columns if c not in ("doc_id", "genre", "words")]
            + ["genre", "words"])
    return df[cols]


def _meta_table(meta: Any, who: str, need: Iterable[str] = ()) -> pd.DataFrame:
    """``meta`` as a docvars DataFrame (a DataFrame, a dict doc_id -> words, or documents)."""
    if isinstance(meta, Mapping):
        df = pd.DataFrame({"doc_id": [str(k) for k in meta], "words": list(meta.values())})
    elif isinstance(meta, pd.DataFrame):
        if "doc_id" not in meta.columns:
            raise ValueError(f"{who}: the metadata table has no doc_id column; make it with "
                             "geolib.docvars(corpus)")
        df = meta.assign(doc_id=meta["doc_id"].astype(str))
    else:
        df = docvars(meta)
    need = [c for c in need if c is not None]
    if "year" in need:
        df = _with_year(df)
    missing = [c for c in need if c not in df.columns]
    if missing:
        raise ValueError(f"{who}: no column(s) {missing} in the metadata (it has "
                         f"{list(df.columns)}); geolib.docvars(corpus) makes doc_id, the "
                         "metadata, year and words")
    dup = df["doc_id"].duplicated()
    if dup.any():
        raise ValueError(f"{who}: the document {df['doc_id'][dup].iloc[0]!r} appears twice in the "
                         "metadata; give one row per document")
    return df


def _unknown_docs(table: pd.DataFrame, meta: pd.DataFrame, who: str) -> pd.Series:
    """Whether each row's doc_id is in ``meta`` (a warning names those that are not)."""
    known = table["doc_id"].astype(str).isin(set(meta["doc_id"]))
    if not known.all():
        missing = sorted(set(table.loc[~known, "doc_id"].astype(str)))
        warnings.warn(f"{who}: {int((~known).sum())} row(s) from {len(missing)} document(s) not in the "
                      f"metadata (first: {missing[0]!r}); they are left out", GeolibWarning, stacklevel=3)
    return known


def join_meta(table: pd.DataFrame, meta: Any, *, columns: Iterable[str] | None = None) -> pd.DataFrame:
    """``table`` with the metadata columns of each row's document added (joined on doc_id).

    Args:
        table: any geolib table with doc_id (actors, quotes, frames, kwic ...).
        meta: :func:`docvars` of the corpus (or the corpus itself, or a DataFrame with doc_id).
        columns: the metadata columns to add; by default all that the table does not have.

    Returns:
        A copy of ``table``, rows and index unchanged, with the columns added (missing where a
        document is not in ``meta``, with a warning).

    Example:
        >>> t = pd.DataFrame({"doc_id": ["a", "b", "a"], "actor": ["China", "NATO", "Russia"]})
        >>> meta = pd.DataFrame({"doc_id": ["a", "b"], "year": ["2019", "2020"], "words": [10, 20]})
        >>> join_meta(t, meta, columns=["year"]).values.tolist()
        [['a', 'China', '2019'], ['b', 'NATO', '2020'], ['a', 'Russia', '2019']]
    """
    if "doc_id" not in table.columns:
        raise ValueError("join_meta(): the table has no doc_id column")
    cols = None if columns is None else [columns] if isinstance(columns, str) else list(columns)
    df = _meta_table(meta, "join_meta()", cols or ())
    if cols is None:
        cols = [c for c in df.columns if c != "doc_id" and c not in table.columns]
    clash = [c for c in cols if c in table.columns or c == "doc_id"]
    if clash:
        raise ValueError(f"join_meta(columns=...): the table already has {clash}")
    _unknown_docs(table, df, "join_meta()")
    lookup = df.set_index("doc_id")
    ids = table["doc_id"].astype(str)
    out = table.copy()
    for c in cols:
        out[c] = ids.map(lookup[c]).to_numpy()
    return out


def _group_keys(meta: pd.DataFrame, by: str | None) -> pd.Series:
    if by is None:
        return pd.Series("(all)", index=meta.index)
    return meta[by].astype(object).where(meta[by].notna(), "(none)").astype(str)


def group_by_meta(table: pd.DataFrame, meta: Any, by: str = "year", *, of: str | None = None,
                  per: int = 1000) -> pd.DataFrame:
    """Rows of a table counted per metadata group and pooled over the group's words.

    Like quanteda's ``dfm_group(groups = year)``: one count per group (and per value of ``of``),
    with the number of documents and the rate per ``per`` words of the whole group.

    Args:
        table: any geolib table with doc_id (actors, quotes, frames ...).
        meta: :func:`docvars` of the corpus (or the corpus itself).
        by: the metadata column to group by (``"year"``: from ``date`` when there is no year).
        of: a column of ``table`` to count separately (``"actor"``, ``"frame"``); every value
            appears in every group, with 0 where it is absent.
        per: the rate's unit in words.

    Returns:
        DataFrame by, [of,] count, n_docs (documents of the group with at least one row),
        docs (documents in the group), words (of the group), per_1000 (named after ``per``);
        groups in order, then the largest counts first.

    Example:
        >>> t = pd.DataFrame({"doc_id": ["a", "a", "b"], "frame": ["x", "y", "x"]})
        >>> meta = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["P", "Q", "Q"], "words": [100, 50, 50]})
        >>> group_by_meta(t, meta, "outlet").values.tolist()
        [['P', 2, 1, 1, 100, 20.0], ['Q', 1, 1, 2, 100, 10.0]]
    """
    if "doc_id" not in table.columns:
        raise ValueError("group_by_meta(): the table has no doc_id column")
    if of is not None and of not in table.columns:
        raise ValueError(f"group_by_meta(of={of!r}): no such column in the table")
    df = _meta_table(meta, "group_by_meta()", [by, "words"])
    rate = f"per_{per}"
    df = df.assign(_group=_group_keys(df, by).to_numpy())
    groups = sorted(set(df["_group"]))
    docs = df.groupby("_group").size()
    words = df.groupby("_group")["words"].sum()
    known = _unknown_docs(table, df, "group_by_meta()")
    t = table[known.to_numpy()]
    group_of = dict(zip(df["doc_id"], df["_group"]))
    t = pd.DataFrame({"_group": t["doc_id"].astype(str).map(group_of).to_numpy(),
                      "doc_id": t["doc_id"].astype(str).to_numpy(),
                      **({of: t[of].to_numpy()} if of is not None else {})})
    keys = ["_group"] + ([of] if of is not None else [])
    counts = t.groupby(keys).agg(count=("doc_id", "size"), n_docs=("doc_id", "nunique"))
    if of is None:
        grid = pd.Index(groups, name="_group")
    else:
        values = sorted(set(t[of].dropna()), key=str)
        grid = pd.MultiIndex.from_product([groups, values], names=keys)
    out = counts.reindex(grid, fill_value=0).reset_index()
    out["docs"] = out["_group"].map(docs).astype("int64")
    out["words"] = out["_group"].map(words).astype("int64")
    out[rate] = [c / w * per if w else float("nan") for c, w in zip(out["count"], out["words"])]
    out = out.sort_values(["_group", "count"], ascending=[True, False], kind="stable")
    out = out.rename(columns={"_group": by or "group"}).reset_index(drop=True)
    return out


def document_rates(table: pd.DataFrame, meta: Any, *, of: str | None = "frame", by: str | None = None,
                   per: int = 1000) -> pd.DataFrame:
    """The rate per ``per`` words of each value of ``of`` in every document, zeros included.

    Every document of ``meta`` with words gets a row for every value (documents x values rows:
    filter the table first, e.g. to a few actors, on a large corpus).

    Returns:
        DataFrame doc_id, [by,] [of,] count, words, per_1000 (named after ``per``).

    Example:
        >>> t = pd.DataFrame({"doc_id": ["a", "a", "b"], "frame": ["x", "y", "x"]})
        >>> meta = pd.DataFrame({"doc_id": ["a", "b"], "words": [100, 50]})
        >>> document_rates(t, meta).values.tolist()
        [['a', 'x', 1, 100, 10.0], ['a', 'y', 1, 100, 10.0], ['b', 'x', 1, 50, 20.0], ['b', 'y', 0, 50, 0.0]]
    """
    df, t = _rated(table, meta, of, by, "document_rates()")
    rate = f"per_{per}"
    counts = t.groupby(["doc_id"] + ([of] if of else [])).size()
    if of is None:
        grid = pd.Index(df["doc_id"], name="doc_id")
    else:
        values = sorted(set(t[of].dropna()), key=str)
        grid = pd.MultiIndex.from_product([df["doc_id"], values], names=["doc_id", of])
    out = counts.reindex(grid, fill_value=0).rename("count").reset_index()
    lookup = df.set_index("doc_id")
    out["words"] = out["doc_id"].map(lookup["words"]).astype("int64")
    out[rate] = out["count"] / out["words"] * per
    if by is not None:
        out.insert(1, by, out["doc_id"].map(lookup[by]).to_numpy())
    return out


def _rated(table: pd.DataFrame, meta: Any, of: str | None, by: str | None, who: str
           ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(metadata of the documents with words, table rows of those documents)."""
    if "doc_id" not in table.columns:
        raise ValueError(f"{who}: the table has no doc_id column")
    if of is not None and of not in table.columns:
        raise ValueError(f"{who.rstrip('()')}(of={of!r}): no such column in the table")
    df = _meta_table(meta, who, [by, "words"])
    _unknown_docs(table, df, who)
    empty = df["words"].fillna(0) <= 0
    if empty.any():
        warnings.warn(f"{who}: {int(empty.sum())} document(s) without words (first: "
                      f"{df.loc[empty, 'doc_id'].iloc[0]!r}) are left out: a rate needs words",
                      GeolibWarning, stacklevel=3)
        df = df[~empty]
    known = table["doc_id"].astype(str).isin(set(df["doc_id"]))
    t = table[known.to_numpy()]
    cols = {"doc_id": t["doc_id"].astype(str).to_numpy()}
    if of is not None:
        cols[of] = t[of].to_numpy()
    return df, pd.DataFrame(cols)


def _median_with_zeros(rates: list[float], n: int) -> float:
    """The median of ``rates`` (all > 0) together with n - len(rates) zeros."""
    values = sorted(rates)
    zeros = n - len(values)

    def at(i: int) -> float:
        return 0.0 if i < zeros else values[i - zeros]

    return at(n // 2) if n % 2 else (at(n // 2 - 1) + at(n // 2)) / 2


def rates_per_document(table: pd.DataFrame, meta: Any, *, by: str | None = "year", of: str | None = "frame",
                       per: int = 1000, min_docs: int = 1) -> pd.DataFrame:
    """Per-document rates summarised per group: mean, median and sd over the group's documents.

    Each document's rate is its count / its words x ``per``; a document without a hit counts
    as 0. So a group's mean is what a typical document of the group does, and a few long
    documents (interviews, transcripts) cannot carry it, as they carry a pooled rate.

    Args:
        table: any geolib table with doc_id (actors, quotes, frames ...).
        meta: :func:`docvars` of the corpus (or the corpus, or a dict doc_id -> words when
            ``by`` is None).
        by: the metadata column to group by; ``None``: the whole corpus.
        of: a column of ``table`` to rate separately (``"actor"``, ``"frame"``); ``None``: all rows.
        per: the rate's unit in words.
        min_docs: leave out the values found in fewer documents of a group (their mean rests
            on one or two stories).

    Returns:
        DataFrame [by,] [of,] n_docs (documents in the group), n_docs_with (documents with a
        hit), count, mean_per_1000, median_per_1000, sd_per_1000 (sample sd over the group's
        documents) and pooled_per_1000 (count / the group's words), named after ``per``; groups
        in order, largest mean first.

    Example:
        >>> t = pd.DataFrame({"doc_id": ["long"] * 30 + ["s1"], "actor": "United States"})
        >>> meta = pd.DataFrame({"doc_id": ["long", "s1", "s2", "s3"], "words": [3000, 300, 300, 300]})
        >>> r = rates_per_document(t, meta, by=None, of="actor").round(2)
        >>> r[["n_docs", "n_docs_with"]].values.tolist(), r[["pooled_per_1000", "mean_per_1000", "median_per_1000"]].values.tolist()
        ([[4, 2]], [[7.95, 3.33, 1.67]])
    """
    if min_docs < 1:
        raise ValueError("rates_per_document(): min_docs must be at least 1")
    if isinstance(meta, Mapping) and by is not None:
        raise ValueError(f"rates_per_document(by={by!r}): a dict of word counts has no {by!r}; pass "
                         "geolib.docvars(corpus), or by=None")
    df, t = _rated(table, meta, of, by, "rates_per_document()")
    sfx = f"per_{per}"
    df = df.assign(_group=_group_keys(df, by).to_numpy())
    group_of = dict(zip(df["doc_id"], df["_group"]))
    words_of = dict(zip(df["doc_id"], df["words"]))
    n_group = df.groupby("_group").size().to_dict()
    words_group = df.groupby("_group")["words"].sum().to_dict()
    keys = ["doc_id"] + ([of] if of is not None else [])
    per_doc = t.groupby(keys, dropna=True).size().rename("count").reset_index()
    per_doc["_group"] = per_doc["doc_id"].map(group_of)
    per_doc["rate"] = [c / words_of[d] * per for c, d in zip(per_doc["count"], per_doc["doc_id"])]
    rows = []
    gkeys = ["_group"] + ([of] if of is not None else [])
    found = {k if isinstance(k, tuple) else (k,): part for k, part in per_doc.groupby(gkeys, sort=True)}
    values = sorted(set(t[of].dropna()), key=str) if of is not None else [None]
    for g in sorted(n_group):
        n = int(n_group[g])
        for v in values:
            part = found.get((g, v) if of is not None else (g,))
            rates = [] if part is None else part["rate"].tolist()
            k = len(rates)
            if k < min_docs:
                continue
            count = 0 if part is None else int(part["count"].sum())
            mean = sum(rates) / n
            var = (sum((r - mean) ** 2 for r in rates) + (n - k) * mean ** 2) / (n - 1) if n > 1 else float("nan")
            rows.append({"_group": g, **({of: v} if of is not None else {}), "n_docs": n, "n_docs_with": k,
                         "count": count, f"mean_{sfx}": mean, f"median_{sfx}": _median_with_zeros(rates, n),
                         f"sd_{sfx}": math.sqrt(var) if var == var else var,
                         f"pooled_{sfx}": count / words_group[g] * per})
    cols = ["_group"] + ([of] if of is not None else []) + [
        "n_docs", "n_docs_with", "count", f"mean_{sfx}", f"median_{sfx}", f"sd_{sfx}", f"pooled_{sfx}"]
    out = pd.DataFrame(rows, columns=cols)
    out = out.sort_values(["_group", f"mean_{sfx}"], ascending=[True, False], kind="stable")
    out = out.reset_index(drop=True)
    if by is None:
        return out.drop(columns="_group")
    return out.rename(columns={"_group": by})


def plot_group_rates(rates: pd.DataFrame, *, of: str, by: str = "year", values: Iterable[str] | None = None,
                     top: int = 12, per: int = 1000, ax: Any = None, title: str | None = None) -> Any:
    """Bars of the mean per-document rate of each value, one bar per group, with the standard
    error of the mean as a whisker (a typical document of the group, and how sure that is).

    Args:
        rates: a :func:`rates_per_document` table (``by`` and ``of`` as given there).
        of: the counted column (``"actor"``, ``"frame"``); by: the group column.
        values: the values to show, top first (default: the ``top`` largest means over all groups).
        ax: matplotlib Axes to draw on (a new figure when None).

    Returns:
        The matplotlib Axes.

    Example:
        >>> import matplotlib; matplotlib.use("Agg")
        >>> r = pd.DataFrame({"year": ["2019", "2020"], "frame": ["x", "x"], "n_docs": [3, 4],
        ...                   "mean_per_1000": [1.0, 2.0], "sd_per_1000": [0.5, 0.5]})
        >>> plot_group_rates(r, of="frame").get_xlabel()
        'mean per document, per 1,000 words (whisker: standard error)'
    """
    import matplotlib.pyplot as plt

    mean, sd = f"mean_per_{per}", f"sd_per_{per}"
    missing = [c for c in (of, by, "n_docs", mean, sd) if c not in rates.columns]
    if missing:
        raise ValueError(f"plot_group_rates(): no column(s) {missing}; give a rates_per_document() "
                         f"table made with by={by!r}, of={of!r}")
    table = rates.assign(_se=rates[sd] / rates["n_docs"].clip(lower=1) ** 0.5)
    means = table.pivot_table(index=of, columns=by, values=mean, aggfunc="first")
    errs = table.pivot_table(index=of, columns=by, values="_se", aggfunc="first")
    if values is None:
        values = means.max(axis=1).sort_values(ascending=False).index[:top]
    values = [v for v in values if v in means.index]
    groups = list(means.columns)
    means, errs = means.loc[values, groups].iloc[::-1], errs.loc[values, groups].iloc[::-1]
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 0.45 * max(len(values), 4) + 1))
    height = 0.8 / max(len(groups), 1)
    palette = ["#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b2", "#937860"]
    for i, g in enumerate(groups):
        ys = [y - 0.4 + height * (i + 0.5) for y in range(len(values))]
        ax.barh(ys, means[g].fillna(0), height=height, xerr=errs[g].fillna(0), label=str(g),
                color=palette[i % len(palette)], error_kw={"elinewidth": 0.8, "capsize": 0, "ecolor": "#333333"})
    ax.set_yticks(range(len(values)), [str(v) for v in means.index])
    ax.set_xlabel(f"mean per document, per {per:,} words (whisker: standard error)")
    ax.legend(title=by, frameon=False, loc="lower right")
    if title:
        ax.set_title(title)
    ax.spines[["top", "right"]].set_visible(False)
    return ax
