"""In whose voice: the quote each hit is in (its speaker and speaker's actor, the writer's own
words otherwise), and frame sponsorship, how often each frame is voiced by each speaker.

Example:
    >>> attribute_lists([5, 50], [0], [20], ["Ann"], [None])
    [(True, 'Ann', None), (False, None, None)]
"""

from __future__ import annotations

import heapq
import warnings
from collections.abc import Callable
from typing import Any, Union

import pandas as pd

from ..decoding import GeolibWarning
from ..document import Document
from ..grouping import doc_rows, rows_by_doc
from ..quotes.spans import quote_spans

__all__ = ["QuotesArg", "WRITER", "QuoteColumns", "attribute_lists", "attribute_spans", "mark_quotes",
           "quote_mark_spans", "quotes_for", "sponsorship"]

WRITER = "writer"


def _isna(v: Any) -> bool:
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


QuotesArg = Union[pd.DataFrame, Callable[[Document], pd.DataFrame], bool, None]


def mark_quotes(doc: Document) -> pd.DataFrame:
    """Fallback: the quotes that quotation marks make (:func:`geolib.quotes.quote_spans`), with no
    speaker."""
    rows = [(doc.doc_id, a, b, doc.text[a:b], None, None) for a, b in quote_mark_spans(doc)]
    return pd.DataFrame(rows, columns=["doc_id", "start", "end", "text", "speaker", "speaker_actor"])


def quote_mark_spans(doc: Document) -> list[tuple[int, int]]:
    """``(start, end)`` of the quotes of ``doc`` (their content, without the marks), found by
    :func:`geolib.quotes.quote_spans` paragraph by paragraph, as :func:`geolib.quotes.quotes`
    finds them."""
    return quote_spans(doc.text, [(s, e) for s, e, _ in doc.paragraph_spans])


def quotes_for(doc: Document, quotes: QuotesArg, fn: Callable | None,
                by_doc: dict[str, Any] | None = None) -> pd.DataFrame:
    """The quotes of one document (``by_doc``: row positions of a quotes table per doc_id, so a
    corpus does not filter the whole table once per document)."""
    if isinstance(quotes, pd.DataFrame):
        if by_doc is None and "doc_id" in quotes.columns:
            by_doc = rows_by_doc(quotes)
        return doc_rows(quotes, doc.doc_id, by_doc)
    if callable(quotes):
        return quotes(doc)
    if quotes is False or fn is None:
        return mark_quotes(doc)
    try:
        return fn(doc)
    except Exception as err:  # noqa: BLE001 - one odd text must not stop a corpus
        warnings.warn(f"{doc.doc_id}: quote attribution failed ({err!r}); in_quote from quotation "
                      "marks only", GeolibWarning, stacklevel=3)
        return mark_quotes(doc)


def attribute_spans(starts: list[int], ends: list[int], q: pd.DataFrame) -> list[tuple[bool, Any, Any]]:
    """For each span, (in_quote, speaker, speaker_actor) from the innermost quote holding its start
    (the shortest; the first in the table among equally short ones).

    One sweep over the starts in order with a heap of the open quotes, not a scan of every quote
    for every span (which made long documents quadratic)."""
    if q is None or len(q) == 0:
        return [(False, None, None)] * len(starts)
    qs = q["start"].astype(int).tolist()
    qe = q["end"].astype(int).tolist()
    spk = q["speaker"].tolist() if "speaker" in q.columns else [None] * len(q)
    act = q["speaker_actor"].tolist() if "speaker_actor" in q.columns else [None] * len(q)
    return attribute_lists(starts, qs, qe, spk, act)


class QuoteColumns:
    """A quotes table with a doc_id column as Python lists, made once per :func:`frames` call, so
    that each document takes its quotes by row position instead of slicing the DataFrame."""

    def __init__(self, q: pd.DataFrame) -> None:
        self.q = q
        self.by_doc: dict[str, Any] | None = None
        self.cols: tuple[list, list, list, list] | None = None

    def attribute(self, doc_id: str, starts: list[int]) -> list[tuple[bool, Any, Any]]:
        """:func:`attribute_spans` of spans in one document against its rows of the table."""
        if self.by_doc is None:
            self.by_doc = rows_by_doc(self.q)
        pos = self.by_doc.get(doc_id)
        if pos is None or len(pos) == 0:
            return [(False, None, None)] * len(starts)
        if self.cols is None:
            q = self.q
            none = [None] * len(q)
            self.cols = (q["start"].tolist(), q["end"].tolist(),
                         q["speaker"].tolist() if "speaker" in q.columns else none,
                         q["speaker_actor"].tolist() if "speaker_actor" in q.columns else none)
        qs, qe, spk, act = self.cols
        return attribute_lists(starts, [int(qs[k]) for k in pos], [int(qe[k]) for k in pos],
                                [spk[k] for k in pos], [act[k] for k in pos])


def attribute_lists(starts: list[int], qs: list[int], qe: list[int], spk: list[Any], act: list[Any]
                     ) -> list[tuple[bool, Any, Any]]:
    """:func:`attribute_spans` with the quotes as lists (start, end, speaker, speaker_actor)."""
    by_start = sorted(range(len(qs)), key=lambda k: qs[k])
    out: list[tuple[bool, Any, Any]] = [(False, None, None)] * len(starts)
    open_: list[tuple[int, int, int]] = []  # (length, table position, end) of quotes begun so far
    nxt = 0
    for i in sorted(range(len(starts)), key=lambda i: starts[i]):
        s = starts[i]
        while nxt < len(by_start) and qs[by_start[nxt]] <= s:
            k = by_start[nxt]
            heapq.heappush(open_, (qe[k] - qs[k], k, qe[k]))
            nxt += 1
        while open_ and open_[0][2] <= s:  # ended before this span (starts only grow)
            heapq.heappop(open_)
        if open_:
            best = open_[0][1]
            sp = None if _isna(spk[best]) else spk[best]
            ac = None if _isna(act[best]) else act[best]
            out[i] = (True, sp, ac)
    return out



def _voices(df: pd.DataFrame) -> pd.Series:
    def voice(row) -> str:
        if not row["in_quote"]:
            return WRITER
        for col in ("speaker_actor", "speaker"):
            v = row.get(col)
            if v is not None and not _isna(v) and str(v).strip():
                return str(v)
        return "unattributed"
    if len(df) == 0:
        return pd.Series([], dtype=object)
    return df.apply(voice, axis=1)


def sponsorship(frames_df: pd.DataFrame, *, by: str = "frame", normalize: bool = False) -> pd.DataFrame:
    """Frame sponsorship: how often each frame (or term) is voiced by each speaker.

    Args:
        frames_df: output of :func:`frames`.
        by: ``"frame"``, ``"term"`` or ``"dimension"`` for the rows.
        normalize: divide each row by its total (shares instead of counts).

    Returns:
        A frames x voices table. The writer's own voice is the column ``"writer"`` (first); a
        quoted term takes the quote's ``speaker_actor`` (else its ``speaker``, else
        ``"unattributed"``). Rows and other columns are sorted by total, largest first.

    Example:
        >>> f = pd.DataFrame({"frame": ["a", "a", "b"], "in_quote": [False, True, True],
        ...                   "speaker": [None, "Ann", "Bo"], "speaker_actor": [None, "X", None]})
        >>> sponsorship(f).to_dict()
        {'writer': {'a': 1, 'b': 0}, 'Bo': {'a': 0, 'b': 1}, 'X': {'a': 1, 'b': 0}}
    """
    if by not in frames_df.columns:
        raise ValueError(f"sponsorship(by={by!r}): no such column in the frames table")
    if "in_quote" not in frames_df.columns:
        raise ValueError("sponsorship() needs the in_quote column of a frames() table")
    voices = _voices(frames_df)
    table = pd.crosstab(frames_df[by], voices) if len(frames_df) else pd.DataFrame()
    if WRITER not in table.columns:
        table[WRITER] = 0
    others = [c for c in table.sum().sort_values(ascending=False, kind="stable").index if c != WRITER]
    others = sorted(others, key=lambda c: (-int(table[c].sum()), str(c)))
    table = table[[WRITER] + others]
    order = sorted(table.index, key=lambda r: (-int(table.loc[r].sum()), str(r)))
    table = table.loc[order]
    table.index.name, table.columns.name = by, "voice"
    if normalize:
        table = table.div(table.sum(axis=1).replace(0, 1), axis=0)
    return table
