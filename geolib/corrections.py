"""Quote corrections: a reader's fixes to quote attribution, kept as a table and applied to quotes.

A student who reads the quotes table and disagrees with a speaker writes a correction instead of
editing the table by hand: one line per quote, found by its offsets, with the new speaker and
actor. The corrected table then goes to every later step, so each figure uses the corrected
attribution::

    q = geolib.corrected_quotes(doc, "my_corrections.csv")
    f = geolib.frames(doc, quotes=q)          # frame hits take the corrected speakers
    geolib.sponsorship(f)                      # ... and so does frame sponsorship

The corrections file (CSV, or a DataFrame with the same columns):

* ``doc_id``, ``start``, ``end``: the quote, exactly as in the quotes table;
* ``speaker``, ``speaker_actor``: the new values; an empty cell leaves the value as it is, and a
  speaker ``-`` says the span is not a quote at all (the row is removed);
* ``text`` (optional): the quote's text, checked against the table, so stale offsets are caught;
* ``note`` (optional): why.

Blank lines and lines starting with ``#`` are skipped. An example for the seed article ships as
``geolib.example_path("seed_quote_corrections.csv")``.

Example:
    >>> import geolib
    >>> doc = geolib.load(geolib.example_path("000_1a88b60b02b3bbd2.txt"))
    >>> q = corrected_quotes(doc, geolib.example_path("seed_quote_corrections.csv"))
    >>> q.loc[q.corrected, "speaker_actor"].unique().tolist()
    ['China']
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path
from typing import Any, Union

import pandas as pd

from .decoding import GeolibWarning
from .lexicons import offset, read_table

__all__ = ["CORRECTION_COLUMNS", "apply_corrections", "corrected_quotes", "read_corrections"]

CORRECTION_COLUMNS = ["doc_id", "start", "end", "speaker", "speaker_actor", "text", "note"]
NOT_A_QUOTE = "-"
KEYS = ["doc_id", "start", "end"]

CorrectionsSource = Union[str, os.PathLike, pd.DataFrame]


def _rows_of(source: CorrectionsSource) -> tuple[str, list[str], list[tuple[str, dict[str, str]]]]:
    """(name, columns, [(where, record)]) of a corrections CSV file or DataFrame, read by
    :func:`geolib.lexicons.read_table` (comments, line numbers, UTF-8 and CSV checks)."""
    if not isinstance(source, pd.DataFrame) and not Path(source).is_file():
        raise FileNotFoundError(f"quote corrections {Path(source)}: no such file")
    table = read_table(source, kind="quote corrections", entry=("correction", "corrections"),
                       columns=KEYS + ["speaker", "speaker_actor"], name="corrections",
                       allow_empty=True)
    name = "corrections" if isinstance(source, pd.DataFrame) else str(Path(source))
    where = (table.label if isinstance(source, pd.DataFrame)
             else (lambda i: f"{name}, {table.at(i)}"))
    return name, list(table.columns), [(where(i), rec) for i, rec in enumerate(table.records())]


def _isna(v: Any) -> bool:
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def read_corrections(source: CorrectionsSource) -> pd.DataFrame:
    """Read and check a corrections table (CSV file or DataFrame), without the quotes.

    Returns:
        DataFrame doc_id, start, end, speaker, speaker_actor, text, note, source (the file and
        line of each correction); empty cells are missing values.

    Raises:
        ValueError naming the file and line: a missing column, an offset that is not a whole
        number, a line that changes nothing, or one quote corrected twice.

    Example:
        >>> c = read_corrections(pd.DataFrame({"doc_id": ["d"], "start": [5], "end": [20],
        ...                                    "speaker_actor": ["China"]}))
        >>> c[["doc_id", "start", "end", "speaker", "speaker_actor", "source"]].values.tolist()
        [['d', 5, 20, None, 'China', 'corrections, row 0']]
    """
    name, header, recs = _rows_of(source)
    cols = set(header)
    missing = [c for c in KEYS if c not in cols]
    if not ({"speaker", "speaker_actor"} & cols):
        missing.append("speaker or speaker_actor")
    if missing:
        raise ValueError(f"{name}: no column(s) {missing}; quote corrections need doc_id, start, end "
                         "and the new speaker and/or speaker_actor")
    out, seen = [], {}
    for where, rec in recs:
        row: dict[str, Any] = {"doc_id": rec["doc_id"].strip()}
        if not row["doc_id"]:
            raise ValueError(f"{where}: doc_id is empty")
        for col in ("start", "end"):
            value = rec[col].strip()
            try:
                row[col] = offset(value)
            except ValueError:
                raise ValueError(f"{where}: {col} {value!r} is not a whole number (copy start and "
                                 "end from the quotes table)") from None
        if row["end"] <= row["start"]:
            raise ValueError(f"{where}: end {row['end']} is not after start {row['start']}")
        for col in ("speaker", "speaker_actor", "text", "note"):
            value = rec.get(col, "")
            value = value if col == "text" else " ".join(value.split())
            row[col] = value if value.strip() else None
        if row["speaker"] is None and row["speaker_actor"] is None:
            raise ValueError(f"{where}: speaker and speaker_actor are both empty; give the new "
                             f"speaker, the new actor, or speaker {NOT_A_QUOTE!r} for 'not a quote'")
        key = (row["doc_id"], row["start"], row["end"])
        if key in seen:
            raise ValueError(f"{where}: the quote {key[0]} {key[1]}-{key[2]} is corrected twice "
                             f"(also {seen[key]})")
        seen[key] = where
        row["source"] = where
        out.append(row)
    df = pd.DataFrame(out, columns=CORRECTION_COLUMNS + ["source"])
    df["start"] = df["start"].astype("int64")
    df["end"] = df["end"].astype("int64")
    for col in ("speaker", "speaker_actor", "text", "note"):
        df[col] = df[col].astype(object).where(df[col].notna(), None)
    return df


def apply_corrections(quotes_df: pd.DataFrame, corrections: CorrectionsSource, *,
                      strict: bool = True) -> pd.DataFrame:
    """The quotes table with the corrections applied, and a ``corrected`` column.

    Args:
        quotes_df: a :func:`geolib.quotes` table.
        corrections: a corrections CSV path or DataFrame (see :func:`read_corrections`).
        strict: a correction that matches no quote (or whose ``text`` differs) is an error naming
            its line; ``False``: a warning, and the correction is skipped.

    Returns:
        A copy of ``quotes_df``: corrected speaker and speaker_actor, ``corrected`` True on the
        rows changed, rows whose speaker was corrected to ``-`` removed. ``attrs["corrections"]``
        is the corrections table read.

    Example:
        >>> q = pd.DataFrame({"doc_id": ["d"], "start": [1], "end": [9], "text": ["peace now"],
        ...                   "speaker": ["EU delegation"], "speaker_actor": ["European Union"]})
        >>> c = pd.DataFrame({"doc_id": ["d"], "start": [1], "end": [9], "speaker_actor": ["China"]})
        >>> apply_corrections(q, c)[["speaker", "speaker_actor", "corrected"]].values.tolist()
        [['EU delegation', 'China', True]]
    """
    missing = [c for c in KEYS if c not in quotes_df.columns]
    if missing:
        raise ValueError(f"apply_corrections(): the quotes table has no column(s) {missing}; give a "
                         "geolib.quotes() table")
    corr = read_corrections(corrections)
    out = quotes_df.copy()
    for col in ("speaker", "speaker_actor"):
        if col not in out.columns:
            out[col] = None
        out[col] = out[col].astype(object)
    out["corrected"] = False
    index = {(str(d), int(s), int(e)): i for i, d, s, e in
             zip(out.index, out["doc_id"], out["start"], out["end"])}
    drop = []
    for rec in corr.to_dict("records"):
        key = (rec["doc_id"], rec["start"], rec["end"])
        i = index.get(key)
        problem = None
        if i is None:
            problem = (f"{rec['source']}: no quote at {key[0]} {key[1]}-{key[2]}"
                       + _nearest(out, *key))
        elif rec["text"] is not None and "text" in out.columns and out.at[i, "text"] != rec["text"]:
            problem = (f"{rec['source']}: the quote at {key[0]} {key[1]}-{key[2]} is "
                       f"{out.at[i, 'text']!r}, not {rec['text']!r} (stale offsets?)")
        if problem is not None:
            if strict:
                raise ValueError(problem)
            warnings.warn(problem + "; correction skipped", GeolibWarning, stacklevel=2)
            continue
        if rec["speaker"] == NOT_A_QUOTE:
            drop.append(i)
            continue
        for col in ("speaker", "speaker_actor"):
            if rec[col] is not None:
                out.at[i, col] = rec[col]
        out.at[i, "corrected"] = True
    out = out.drop(index=drop)
    out.attrs["corrections"] = corr
    return out


def _nearest(q: pd.DataFrame, doc_id: str, start: int, end: int) -> str:
    """'; the nearest quote is ...' for an error message."""
    same = q[q["doc_id"].astype(str) == doc_id]
    if same.empty:
        return f" (the quotes table has no quote in a document {doc_id!r})"
    dist = (same["start"].astype(int) - start).abs() + (same["end"].astype(int) - end).abs()
    r = same.loc[dist.idxmin()]
    text = str(r["text"]) if "text" in same.columns else ""
    text = text if len(text) <= 60 else text[:57] + "..."
    return f"; the nearest quote is {int(r['start'])}-{int(r['end'])} {text!r}"


def corrected_quotes(source: Any, corrections: CorrectionsSource, *, strict: bool = True,
                     **kwargs: Any) -> pd.DataFrame:
    """:func:`geolib.quotes` of ``source`` (``kwargs`` passed on), with ``corrections`` applied.

    Example:
        >>> import geolib
        >>> doc = geolib.load('The envoy said “peace first”.', doc_id="d")
        >>> q = corrected_quotes(doc, pd.DataFrame({"doc_id": ["d"], "start": [16], "end": [27],
        ...                                         "speaker": ["Chinese envoy"], "speaker_actor": ["China"]}))
        >>> q[["text", "speaker", "speaker_actor", "corrected"]].values.tolist()
        [['peace first', 'Chinese envoy', 'China', True]]
    """
    from .quotes import quotes

    return apply_corrections(quotes(source, **kwargs), corrections, strict=strict)
