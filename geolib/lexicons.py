"""One reader for every lexicon and word list geolib reads: the files it ships in ``geolib/data/``
and the ones a user gives.

* :func:`read_table`: a CSV lexicon (a file or a DataFrame) as a :class:`Table` of stripped
  strings, each row with the line it came from. Files are read as UTF-8 (a byte-order mark is
  fine); blank lines and lines whose first character is ``#`` (comments) are skipped anywhere in
  the file; the first other line is the header (column names, any case). A problem is a
  ``ValueError`` that names the lexicon, the file and the line: ``actor lexicon mine.csv, line 7:
  ...`` (for a DataFrame: ``row 7``, counted from 0).
* :func:`read_words`: a plain word list (``.txt``): one entry per line, ``#`` comments.
* :func:`read_word_table` and :func:`merge_words`: word tables with the columns ``kind, word``
  (and ``value`` where a list maps its words to something), checked against the kinds a module
  knows; in a user table a word written with a leading ``-`` removes that word of its kind.

Example:
    >>> import pandas as pd
    >>> t = read_table(pd.DataFrame({"Term": [" cold war "], "frame": ["war"]}), kind="frame lexicon",
    ...                required=("term", "frame"))
    >>> next(t.records()), t.where(0)
    ({'term': 'cold war', 'frame': 'war'}, 'frame lexicon DataFrame, row 0')
"""

from __future__ import annotations

import csv
import io
import math
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Union

import pandas as pd

from .resources import data_path, table_digest

__all__ = ["Table", "read_table", "read_words", "read_word_table", "merge_words", "words_by_kind",
           "date_words", "load_words", "BuiltWords", "offset", "WORD_COLUMNS", "REMOVE", "ANY", "DATE_KINDS", "Source"]

Source = Union[str, os.PathLike, pd.DataFrame, io.StringIO]
#: columns of a word table (see :func:`read_word_table`)
WORD_COLUMNS = ["kind", "word", "value", "source"]
#: a word in a user word table that starts with this is removed, not added
REMOVE = "-"


@dataclass(frozen=True)
class Table:
    """A lexicon as read: column name -> stripped string values, and where each row came from.

    ``kind`` names the lexicon in messages ("actor lexicon"), ``source`` is the file's path (or
    the name given to a DataFrame), ``name`` the short form used in row labels (the file name),
    ``unit`` is ``"line"`` for files and ``"row"`` for DataFrames and ``lines`` holds each row's
    line (or row) number.
    """

    kind: str
    source: str
    name: str
    unit: str
    header_line: int
    columns: tuple[str, ...]
    data: dict[str, list[str]]
    lines: list[int]

    def __len__(self) -> int:
        return len(self.lines)

    def column(self, name: str, default: str = "") -> list[str]:
        """The values of a column (``default`` for every row when the table lacks it)."""
        got = self.data.get(name)
        return list(got) if got is not None else [default] * len(self)

    def records(self) -> Iterator[dict[str, str]]:
        """One ``{column: value}`` dict per row."""
        cols = [(c, self.data[c]) for c in self.columns]
        for i in range(len(self)):
            yield {c: vals[i] for c, vals in cols}

    def at(self, i: int) -> str:
        """``line 7`` (or ``row 7``) for row i."""
        return f"{self.unit} {self.lines[i]}"

    def label(self, i: int) -> str:
        """``mine.csv, line 7``: where row i is, short."""
        return f"{self.name}, {self.at(i)}"

    def where(self, i: int | None = None) -> str:
        """``actor lexicon /path/mine.csv, line 7``: the lexicon, its file and row i's line."""
        head = f"{self.kind} {self.source}"
        return head if i is None else f"{head}, {self.at(i)}"

    def error(self, i: int | None, message: str) -> ValueError:
        """A ``ValueError`` naming the lexicon, the file and row i's line."""
        return ValueError(f"{self.where(i)}: {message}")


def read_table(source: Source, *, kind: str, required: Sequence[str] = (),
               columns: Sequence[str] = (), entry: tuple[str, str] = ("entry", "entries"),
               name: str | None = None, allow_empty: bool = False) -> Table:
    """Read a CSV lexicon (a path or a DataFrame) into a :class:`Table`.

    Args:
        source: a CSV file or a DataFrame.
        kind: what it is, for messages: ``"actor lexicon"``.
        required: columns it must have.
        columns: the columns it documents, for messages (default: ``required``).
        entry: what one row is, singular and plural, for messages: ``("alias", "aliases")``.
        name: how to call a DataFrame in messages (default ``DataFrame``).
        allow_empty: a header with no rows is an empty table, not an error (a corrections
            file a user starts from).

    Raises ``FileNotFoundError`` for a missing file and ``ValueError`` naming the file and the
    line for a file that is not UTF-8 text or not CSV, is empty or only a header, names a column
    twice, lacks a required column or has a row with more fields than the header.

    Example:
        >>> t = read_table(io.StringIO("# mine\\nword,kind\\n\\nSen.,title\\n"), kind="word list")
        >>> t.column("word"), t.lines, t.label(0)
        (['Sen.'], [4], 'text, line 4')
    """
    columns = tuple(columns) or tuple(required)
    if isinstance(source, pd.DataFrame):
        return _frame_table(source, kind, tuple(required), columns, name or "DataFrame")
    if isinstance(source, io.StringIO):  # text in memory (examples, tests)
        path, text = name or "text", source.getvalue()
    else:
        path = os.fspath(source)
        text = _read_text(path, kind, "CSV file")
    short = os.path.basename(path) if not isinstance(source, io.StringIO) else path
    lines, rows = _csv_rows(text, kind, path)
    cols = ",".join(columns)
    if not rows:
        need = f" (it needs a header line {cols} and one line per {entry[0]})" if cols else ""
        raise ValueError(f"{kind} {path}: the file is empty{need}")
    header_line, header = lines[0], [h.strip().lower() for h in rows[0]]
    if len(rows) == 1 and not allow_empty:
        add = f" (add one line per {entry[0]}: {cols})" if cols else ""
        raise ValueError(f"{kind} {path}, line {header_line}: only a header line, no {entry[1]}{add}")
    twice = sorted({h for h in header if h and header.count(h) > 1})
    if twice:
        raise ValueError(f"{kind} {path}, line {header_line}: column(s) {', '.join(twice)} named "
                         "twice in the header")
    missing = [c for c in required if c not in header]
    if missing:
        raise ValueError(f"{kind} {path}, line {header_line}: the header is missing column(s) "
                         f"{', '.join(missing)} (columns: {cols})")
    width = len(header)
    for line, row in zip(lines[1:], rows[1:]):
        if len(row) > width and any(v.strip() for v in row[width:]):
            raise ValueError(f"{kind} {path}, line {line}: {len(row)} fields but the header has "
                             f"{width} (quote a value that contains a comma)")
    data = {h: [(r[i].strip() if i < len(r) else "") for r in rows[1:]] for i, h in enumerate(header)}
    return Table(kind, path, short, "line", header_line, tuple(data), data, lines[1:])


def _frame_table(df: pd.DataFrame, kind: str, required: tuple[str, ...], columns: tuple[str, ...],
                 name: str) -> Table:
    """:func:`read_table` of a DataFrame: column names stripped and lower-cased, values as
    stripped strings (missing values empty, ``True``/``False`` as ``1``/``0``), rows from 0."""
    header = [str(c).strip().lower() for c in df.columns]
    twice = sorted({h for h in header if h and header.count(h) > 1})
    if twice:
        raise ValueError(f"{kind} {name}: column(s) {', '.join(twice)} named twice")
    missing = [c for c in required if c not in header]
    if missing:
        raise ValueError(f"{kind} {name}: missing column(s) {', '.join(missing)} "
                         f"(columns: {','.join(columns)})")
    data: dict[str, list[str]] = {}
    for h, (_, col) in zip(header, df.items()):
        if isinstance(col.dtype, pd.StringDtype):  # text already: strip it in one pass
            data[h] = col.fillna("").str.strip().tolist()
        else:
            data[h] = [_cell(v) for v in col.tolist()]
    return Table(kind, name, name, "row", -1, tuple(data), data, list(range(len(df))))


def _cell(v: Any) -> str:
    if v is None or v is pd.NA or v is pd.NaT or isinstance(v, float) and math.isnan(v):
        return ""
    if isinstance(v, bool):
        return str(int(v))
    return str(v).strip()


def _read_text(path: str, kind: str, what: str) -> str:
    """The text of a UTF-8 file (a byte-order mark is dropped); errors name the file and line."""
    if not os.path.exists(path):
        raise FileNotFoundError(f"{kind} {path}: no such file")
    with open(path, "rb") as fh:
        raw = fh.read()
    bom = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
    try:
        return raw[bom:].decode("utf-8")
    except UnicodeDecodeError as err:
        at = bom + err.start
        line = raw[:at].count(b"\n") + 1
        raise ValueError(f"{kind} {path}, line {line}: not UTF-8 text (byte {raw[at:at + 1]!r} at "
                         f"offset {at}); save it as a UTF-8 {what}") from err


def _uncommented(text: str) -> Iterator[str]:
    """The lines of a CSV text, comment lines (first character ``#``) made blank so that line
    numbers stay right; a line inside a quoted value that spans lines is kept as it is."""
    inside = False
    for line in io.StringIO(text, newline=""):
        if not inside and line.lstrip().startswith("#"):
            yield "\n"
            continue
        if line.count('"') % 2:
            inside = not inside
        yield line


def _csv_rows(text: str, kind: str, path: str) -> tuple[list[int], list[list[str]]]:
    """Rows of a CSV text and the line each starts on; blank and comment lines skipped."""
    lines: list[int] = []
    rows: list[list[str]] = []
    reader = csv.reader(_uncommented(text), strict=True)  # a stray quote is an error, not a merge
    start = 1
    try:
        for row in reader:
            line, start = start, reader.line_num + 1
            if not row or not "".join(row).strip():
                continue
            lines.append(line)
            rows.append(row)
    except csv.Error as err:
        raise ValueError(f"{kind} {path}, line {start}: cannot be read as CSV ({err}; a value with a "
                         "comma or a double quote goes in double quotes, its quotes doubled)") from err
    return lines, rows


def read_words(source: str | os.PathLike, *, kind: str = "word list") -> tuple[str, ...]:
    """The entries of a plain word list: one per line, stripped; blank lines and lines that start
    with ``#`` are skipped. Errors name the file and the line.

    Example:
        >>> from geolib.resources import data_path
        >>> "the" in read_words(data_path("stopwords.txt"))
        True
    """
    path = os.fspath(source)
    text = _read_text(path, kind, "text file")
    return tuple(s for line in io.StringIO(text, newline="")
                 if (s := line.strip()) and not s.startswith("#"))


# ---------------------------------------------------------------- word tables

#: what the value of a word of some kind may be: None (no value), ANY (any non-empty value) or
#: a tuple of the allowed values
ANY = "*"
Values = Union[None, str, tuple[str, ...]]


def read_word_table(source: Source, *, kind: str, kinds: Mapping[str, Values], user: bool = False,
                    name: str | None = None, value: str = "value") -> pd.DataFrame:
    """A word table (CSV or DataFrame with columns ``kind, word`` and maybe ``value``) checked
    against ``kinds`` (kind -> what its value may be), as a DataFrame :data:`WORD_COLUMNS`.
    ``value`` names the column that holds the values (``gender`` in gender_words.csv).

    Words and values are lower-cased and their spaces collapsed (word lists are matched in lower
    case). ``source`` says where each row came from (``quote_words.csv, line 12``). In a ``user``
    table a word written with a leading ``-`` (``title,-sen.``) removes that word of its kind (see
    :func:`merge_words`); elsewhere it is an error. The same word twice in one kind with two
    values is an error.

    Example:
        >>> t = read_word_table(pd.DataFrame({"kind": ["title", "title"], "word": ["Sen.", "-gov."]}),
        ...                     kind="quote words", kinds={"title": None}, user=True)
        >>> t[["kind", "word", "source"]].values.tolist()
        [['title', 'sen.', 'DataFrame, row 0'], ['title', '-gov.', 'DataFrame, row 1']]
    """
    table = read_table(source, kind=kind, required=("kind", "word"), columns=("kind", "word", value),
                       entry=("word", "words"), name=name)
    out_kind, out_word, out_value, out_source = [], [], [], []
    seen: dict[tuple[str, str], tuple[str, int]] = {}
    values = table.column(value)
    for i, (k, w, v) in enumerate(zip(table.column("kind"), table.column("word"), values)):
        k, w, v = k.lower(), " ".join(w.lower().split()), " ".join(v.lower().split())
        if k not in kinds:
            raise table.error(i, f"unknown kind {k!r} (one of {', '.join(sorted(kinds))})")
        if not w or w == REMOVE:
            raise table.error(i, f"empty word for kind {k!r}")
        removes = w.startswith(REMOVE) and len(w) > len(REMOVE)
        if removes and not user:
            raise table.error(i, f"a word that starts with {REMOVE!r} ({w!r}) removes a word; "
                                 "that is only allowed in a user table")
        allowed = kinds[k]
        if not removes:
            if allowed is None and v:
                raise table.error(i, f"kind {k!r} takes no value (got {v!r} for {w!r})")
            if allowed is not None and not v:
                raise table.error(i, f"kind {k!r} needs a value for {w!r}"
                                     + (f" (one of {', '.join(allowed)})" if allowed != ANY else ""))
            if isinstance(allowed, tuple) and v not in allowed:
                raise table.error(i, f"value {v!r} for {w!r} is not one of {', '.join(allowed)}")
            prev = seen.get((k, w))
            if prev is not None and prev[0] != v:
                raise table.error(i, f"{k} {w!r} is already listed at {table.unit} {prev[1]} with "
                                     f"value {prev[0]!r}")
            seen.setdefault((k, w), (v, table.lines[i]))
        out_kind.append(k)
        out_word.append(w)
        out_value.append(v)
        out_source.append(table.label(i))
    return pd.DataFrame({"kind": out_kind, "word": out_word, "value": out_value,
                         "source": out_source}, columns=WORD_COLUMNS)


#: the kinds of ``geolib/data/dates.csv``
DATE_KINDS: dict[str, Values] = {"weekday": None, "month": None, "month_abbreviation": None}


@lru_cache(maxsize=1)
def date_words() -> pd.DataFrame:
    """Weekdays and months (``geolib/data/dates.csv``) as a word table: the one list that
    geolib.quotes and geolib.actors both read.

    Example:
        >>> d = date_words()
        >>> sorted(d[d.kind == "weekday"].word)[:2]
        ['friday', 'monday']
    """
    return read_word_table(data_path("dates.csv"), kind="date words", kinds=DATE_KINDS)


def merge_words(base: pd.DataFrame, user: pd.DataFrame | None) -> pd.DataFrame:
    """``base`` with the rows of a ``user`` word table on top: a user word replaces the same word
    of its kind (its value wins), a user word ``-x`` removes ``x`` of its kind.

    Example:
        >>> base = pd.DataFrame({"kind": ["title", "title"], "word": ["sen.", "gov."],
        ...                      "value": ["", ""], "source": ["a", "b"]})
        >>> user = pd.DataFrame({"kind": ["title", "title"], "word": ["-gov.", "amb."],
        ...                      "value": ["", ""], "source": ["u", "u"]})
        >>> merge_words(base, user)["word"].tolist()
        ['sen.', 'amb.']
    """
    if user is None or not len(user):
        return base.reset_index(drop=True)
    kinds, words = user["kind"].tolist(), user["word"].tolist()
    gone = {(k, w[len(REMOVE):] if w.startswith(REMOVE) else w) for k, w in zip(kinds, words)}
    keep = [(k, w) not in gone for k, w in zip(base["kind"].tolist(), base["word"].tolist())]
    added = user[[not w.startswith(REMOVE) for w in words]]
    out = pd.concat([base[keep], added], ignore_index=True)
    return out.drop_duplicates(["kind", "word"], keep="last").reset_index(drop=True)


def offset(value: str) -> int:
    """A character offset written in a user table ("12", "12.0"), or ``ValueError`` when it is
    not a whole number of 0 or more.

    Example:
        >>> offset(" 12 "), offset("12.0")
        (12, 12)
    """
    try:
        number = float(str(value).strip())
        if number == int(number) and number >= 0:
            return int(number)
    except (ValueError, OverflowError):
        pass
    raise ValueError(f"{value!r} is not a whole number")


class BuiltWords:
    """What a module builds from a word table (its sets of words by kind), remembered by the
    table's content for the few most recent tables: a user table passed to every call of a
    corpus run is built once, and the same table gives the same object (so per-document memos
    keyed by it keep working).

    Example:
        >>> built = BuiltWords(lambda t: frozenset(t["word"]))
        >>> t = pd.DataFrame({"kind": ["title"], "word": ["sen."], "value": [""]})
        >>> built.of(t) is built.of(t.copy())
        True
    """

    def __init__(self, build: Any, columns: Sequence[str] = ("kind", "word", "value"), size: int = 8) -> None:
        self.build, self.columns, self.size = build, list(columns), size
        self._memo: dict[tuple[int, str], Any] = {}

    def of(self, table: pd.DataFrame) -> Any:
        key = table_digest(table[self.columns])
        got = self._memo.get(key)
        if got is None:
            if len(self._memo) >= self.size:
                self._memo.pop(next(iter(self._memo)))
            got = self._memo[key] = self.build(table)
        return got


def load_words(path_or_df: Source | None, user: Source | None, *, kind: str,
               kinds: Mapping[str, Values], shipped: Any) -> pd.DataFrame:
    """A word table as a module's ``load_*_words`` gives it: ``shipped()`` (or ``path_or_df``
    instead), with a ``user`` table on top (:func:`merge_words`).

    Example:
        >>> shipped = lambda: pd.DataFrame({"kind": ["title"], "word": ["sen."], "value": [""],
        ...                                 "source": ["x"]})
        >>> load_words(None, pd.DataFrame({"kind": ["title"], "word": ["amb."]}), kind="words",
        ...            kinds={"title": None}, shipped=shipped)["word"].tolist()
        ['sen.', 'amb.']
    """
    base = shipped().copy() if path_or_df is None else read_word_table(path_or_df, kind=kind, kinds=kinds)
    if user is None:
        return base
    return merge_words(base, read_word_table(user, kind=kind, kinds=kinds, user=True,
                                             name="(user) DataFrame"))


def words_by_kind(table: pd.DataFrame) -> dict[str, dict[str, str]]:
    """kind -> {word: value} of a word table (for building the sets a module matches with)."""
    out: dict[str, dict[str, str]] = {}
    for k, w, v in zip(table["kind"].tolist(), table["word"].tolist(), table["value"].tolist()):
        out.setdefault(k, {})[w] = v
    return out
