"""Data made safe to show: CSV cells a spreadsheet would run as formulas, and terminal escapes.

* :func:`csv_safe` puts a single quote before a text cell that starts with ``=``, ``+``, ``-``,
  ``@``, a tab or a carriage return (OWASP's advice against CSV injection), so that a spreadsheet
  shows ``=HYPERLINK(...)`` as text instead of running it. Numbers are never changed: neither the
  values of numeric columns nor a text cell that is a plain number (``-3.5``), nor a cell that is
  only one such character (the ``-`` token of a hyphenated word).
* :func:`printable` writes control characters (ESC, bell, backspace, C1 controls, bidirectional
  overrides ...) as ``\\xNN`` / ``\\uNNNN`` so that a document id cannot drive the terminal it is
  printed to.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

__all__ = ["csv_safe", "csv_safe_cell", "printable", "has_control"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
# C0 and C1 controls, DEL, and the invisible bidirectional controls ("Trojan source").
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def csv_safe_cell(value: Any) -> Any:
    """``value`` with a ``'`` before it if it is text a spreadsheet would read as a formula.

    Example:
        >>> [csv_safe_cell(v) for v in ["=1+2", "-3.5", "-", "@SUM(A1)", "China", -3.5]]
        ["'=1+2", '-3.5', '-', "'@SUM(A1)", 'China', -3.5]
    """
    if (isinstance(value, str) and len(value) > 1 and value.startswith(_FORMULA_START)
            and not _NUMBER.fullmatch(value)):
        return "'" + value
    return value


def csv_safe(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` to write as CSV: formula-like text cells (and column names) quoted.

    Only text (object and string) columns are looked at; the table itself is not changed.

    Example:
        >>> df = pd.DataFrame({"doc_id": ["=cmd|' /C calc'!A0", "a"], "score": [-3.5, 2.0]})
        >>> csv_safe(df).values.tolist()
        [["'=cmd|' /C calc'!A0", -3.5], ['a', 2.0]]
    """
    out = None
    for col in df.columns:
        dtype = df[col].dtype
        if not (dtype == object or isinstance(dtype, pd.StringDtype)):
            continue
        values = df[col]
        starts = [isinstance(v, str) and v.startswith(_FORMULA_START) for v in values.tolist()]
        if not any(starts):
            continue
        if out is None:
            out = df.copy()
        out[col] = values.map(csv_safe_cell, na_action="ignore")
    out = df if out is None else out
    names = [csv_safe_cell(c) for c in out.columns]
    if names != list(out.columns):
        out = out.set_axis(names, axis=1) if out is not df else df.set_axis(names, axis=1)
    return out


def has_control(text: str, *, keep: str = "\n\t") -> bool:
    """Whether :func:`printable` would change ``text``.

    Example:
        >>> has_control("plain\ttext"), has_control("bell\x07")
        (False, True)
    """
    return any(m.group() not in keep for m in _CONTROL.finditer(text))


def printable(text: object, *, keep: str = "\n\t") -> str:
    """``str(text)`` with control characters (except those in ``keep``) written as escapes.

    Example:
        >>> printable("doc\\x1b[31mred\\x07")
        'doc\\\\x1b[31mred\\\\x07'
        >>> printable("line one\\nline two")
        'line one\\nline two'
    """
    s = str(text)

    def esc(m: re.Match) -> str:
        ch = m.group()
        if ch in keep:
            return ch
        return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"

    return _CONTROL.sub(esc, s)
