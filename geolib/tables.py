"""Read table files (CSV, JSON Lines, a JSON array) as document records, one bad row at a time.

A record is a dict ``doc_id``, ``text``, ``meta``, ``where`` (file and row or line, for messages),
or, for a malformed row, ``doc_id``, ``meta``, ``where`` and ``error``: the row is skipped with that
message when it is read (:class:`geolib.Corpus` warns, :func:`geolib.analyze` puts it in the
errors table), and the rows around it are kept. A file larger than :data:`STREAM_BYTES` is read
as a stream by :func:`iter_table_records`, so memory does not grow with the file.

Memory stays bounded on any input: a gzip file is measured as it is decompressed (never by its
compressed size); a streamed row (CSV) or line (JSON Lines) longer than :func:`max_row_chars`
characters is read past in blocks, never held, and becomes an error row; a row holding a NUL
byte is an error row (a NUL in the first line refuses the file as binary); a JSON array file is
read whole up to :data:`MAX_JSON_BYTES`.
"""

from __future__ import annotations

import io
import itertools
import json
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import pandas as pd

from .decoding import (MOJIBAKE, GZIP_ERRORS, GeolibWarning, InputError, TooLargeError, damaged_gzip,
                       decode_bytes, file_stem, file_suffix, fix_mojibake, max_document_chars, open_bytes,
                       read_bytes, refuse_binary, regular_file)

__all__ = ["iter_table_records", "iter_table_records_or_error", "STREAM_BYTES", "MAX_JSON_BYTES",
           "ROW_CHARS_PER_DOCUMENT_CHAR", "max_row_chars", "TABLE_SUFFIXES", "FOLDER_TABLE_SUFFIXES",
           "records_from_frame", "unique_ids"]

#: Table files: one document per row (CSV), line (JSON Lines) or item (a JSON array).
TABLE_SUFFIXES = (".csv", ".jsonl", ".ndjson", ".json")
#: The table files a folder is read for (a folder's .json files may be anything else).
FOLDER_TABLE_SUFFIXES = (".csv", ".jsonl", ".ndjson")


def unique_ids(records: list[dict[str, Any]], seen: dict[str, int] | None = None
                ) -> list[dict[str, Any]]:
    """Repeated doc_ids made unique in order (``a``, ``a~1``, ...); ``seen`` carries on a stream.

    Example:
        >>> [r["doc_id"] for r in unique_ids([{"doc_id": "a"}, {"doc_id": "a"}, {"doc_id": "b"}])]
        ['a', 'a~1', 'b']
    """
    seen = {} if seen is None else seen
    for rec in records:
        base = rec["doc_id"]
        if base in seen:
            seen[base] += 1
            rec["doc_id"] = f"{base}~{seen[base]}"
        else:
            seen[base] = 0
    return records


def _records_from_table(path: Path, raw: bytes, text_col: str, id_col: str | None) -> list[dict[str, Any]]:
    """Records of a CSV, JSON Lines or JSON array file read whole (its bytes ``raw``).

    A malformed row (too many fields, bad JSON, not an object, a NUL byte) becomes a record that
    carries its ``error`` and is skipped with a warning when read, like a row without text; the
    other rows are kept. A problem with the whole file (empty, not text, no text column) is an
    InputError.
    """
    if not raw.strip():
        raise InputError(f"{path}: the file is empty")
    text = decode_bytes(raw, name=str(path), table=True)
    suffix = file_suffix(path)
    if suffix == ".csv" and "\x00" in text:  # pandas would keep the NUL: row by row, as streamed
        df = _csv_frame(text, str(path))
        unit = "line"
    elif suffix == ".csv":
        try:
            with warnings.catch_warnings():
                # index_col=False: rows that all have one field more than the header are not read
                # as an index column plus fields shifted by one; pandas would drop that field
                # with a ParserWarning, so such a file is read row by row below instead
                warnings.simplefilter("error", pd.errors.ParserWarning)
                df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, index_col=False)
            unit = "row"
        except pd.errors.EmptyDataError as err:
            raise InputError(f"{path}: not a readable CSV file ({str(err).strip()})") from None
        except (pd.errors.ParserError, pd.errors.ParserWarning):  # only the bad rows are lost
            df = _csv_frame(text, str(path))
            unit = "line"
    elif suffix == ".json" and text.lstrip().startswith("["):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as err:
            raise InputError(f"{path}, line {err.lineno}: not valid JSON ({err.msg})") from None
        if not isinstance(items, list):
            raise InputError(f"{path}: expected a JSON array of objects")
        df = pd.DataFrame([o if isinstance(o, dict) else
                           {_ERROR: f"{path}, item {i}: expected a JSON object, got {type(o).__name__}"}
                           for i, o in enumerate(items)])
        unit = "item"
    else:
        # Split on line feeds only: str.splitlines() would also break at U+2028, which JSON
        # allows inside strings.
        df = pd.DataFrame(list(_jsonl_rows(_Lines(io.StringIO(text, newline="\n")), str(path))))
        unit = "line"
    if not len(df):
        warnings.warn(f"{path}: no documents in this file", GeolibWarning, stacklevel=3)
    _refuse_all_malformed(df, f"{unit} of the file")
    return records_from_frame(df, text_col, id_col, str(path), unit, stem=file_stem(path))


#: Column of a table read from a file that holds the problem of a malformed row.
_ERROR = "__error__"


def _refuse_all_malformed(df: pd.DataFrame, scope: str) -> None:
    """InputError if every row of ``df`` is malformed: then the file is not such a table at all."""
    if len(df) and _ERROR in df.columns and df[_ERROR].notna().all():
        first = df[_ERROR].iloc[0]
        raise InputError(f"{first} (and every other {scope})" if len(df) > 1 else first)


def _id_column(df: pd.DataFrame) -> str | None:
    """The column that names the documents when none is given: ``doc_id`` or ``id``."""
    return next((c for c in ("doc_id", "id") if c in df.columns), None)


def _csv_frame(text: str, where: str) -> pd.DataFrame:
    """A CSV text that pandas cannot read, read row by row (:func:`_csv_rows`)."""
    columns, rows = _csv_rows(_Lines(io.StringIO(text, newline="")), where)
    return pd.DataFrame(list(rows), columns=[*columns, "__line__", _ERROR])


#: A streamed row or line may hold this many characters per character of the longest document
#: (:func:`geolib.decoding.max_document_chars`): room for the other fields and for JSON escapes.
ROW_CHARS_PER_DOCUMENT_CHAR = 8


def max_row_chars() -> int:
    """The most characters of one row of a CSV file, or one line of a JSON Lines file, that
    geolib holds in memory: ``ROW_CHARS_PER_DOCUMENT_CHAR`` times the document limit (40
    million by default); a longer row is read past and becomes an error row.

    Example:
        >>> max_row_chars() == ROW_CHARS_PER_DOCUMENT_CHAR * max_document_chars()
        True
    """
    return ROW_CHARS_PER_DOCUMENT_CHAR * max_document_chars()


class _Lines:
    """The lines of a text stream, each held only if it has at most ``limit`` characters
    (:func:`max_row_chars`): a longer line is read past in blocks and given as a line of its
    quote marks' parity only (``'"\\n'`` or ``'\\n'``, so a CSV reader stays in step), its number
    and length recorded in :attr:`too_long`. :attr:`number` counts the lines given,
    :attr:`quotes` the quote marks since it was last set to 0 (at the start of a CSV row), and
    :attr:`nul` is set True by a line that holds a NUL character."""

    def __init__(self, f: IO[str], limit: int | None = None) -> None:
        self.f = f
        self.limit = max_row_chars() if limit is None else limit
        self.number = 0
        self.quotes = 0
        self.nul = False
        self.too_long: dict[int, int] = {}

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self.f.readline(self.limit + 1)
        if not line:
            raise StopIteration
        self.number += 1
        if len(line) > self.limit:
            n, quotes = len(line), line.count('"')
            while not line.endswith(("\n", "\r")):
                line = self.f.readline(1 << 20)
                if not line:
                    break
                n, quotes = n + len(line), quotes + line.count('"')
            self.too_long[self.number] = n
            line = '"' * (quotes % 2) + "\n"
        self.quotes += line.count('"')
        if "\x00" in line:
            self.nul = True
        return line

    def skip_quoted(self) -> None:
        """Read past the lines up to the one that ends the quoted field the last line left
        open (an odd number of quote marks since :attr:`quotes` was set to 0)."""
        while self.quotes % 2:
            try:
                next(self)
            except StopIteration:
                return


def _too_long(where: str, line: int, chars: int, limit: int) -> str:
    return (f"{where}, line {line}: a row of {chars:,} characters or more, longer than the {limit:,} "
            f"geolib holds in one row ({ROW_CHARS_PER_DOCUMENT_CHAR} times the document limit; "
            "see geolib.decoding.MAX_DOCUMENT_CHARS); the row was not read")


def _nul_row(where: str, line: int) -> str:
    return (f"{where}, line {line}: binary data in this row (a NUL byte); the row was not read")


def _csv_rows(lines: _Lines, where: str, *, repair: bool = False
              ) -> tuple[list[str], Iterator[dict[str, Any]]]:
    """The columns and the rows (dicts with ``__line__``) of CSV lines, read with the csv module.

    A row with more fields than the header, badly quoted, holding a NUL byte or longer than
    the lines' limit (:class:`_Lines`) becomes a row that holds only its error
    (``__error__``); a quoted field never closed ends the file there (one error row). Blank
    lines are skipped and short rows filled with "", as pandas does. ``repair``: mojibake is
    repaired line by line (:func:`_unmojibake`), for a file streamed.
    """
    import csv

    reader = csv.reader(_unmojibake(lines, where) if repair else lines, strict=True)

    def next_row() -> list[str]:  # a whole article may be one field: up to the row limit
        lines.quotes, lines.nul = 0, False
        limit = csv.field_size_limit(lines.limit)
        try:
            return next(reader)
        finally:
            csv.field_size_limit(limit)

    try:
        header = next_row()
    except (StopIteration, csv.Error) as err:
        raise InputError(f"{where}, line 1: not a readable CSV header ({err})") from None
    if lines.too_long:
        message = _too_long(where, 1, max(lines.too_long.values()), lines.limit)
        raise InputError(message.replace("row", "header", 1))
    columns = _unique_columns(header)
    width = len(columns)

    def rows() -> Iterator[dict[str, Any]]:
        start = lines.number + 1
        while True:
            try:
                row = next_row()
            except StopIteration:
                return
            except csv.Error as err:
                if "end of data" in str(err):
                    yield {_ERROR: f"{where}, line {start}: not a readable CSV row (a quoted field "
                           f"is never closed; lines {start}-{lines.number} were not read)",
                           "__line__": start}
                    return
                if "field larger than field limit" in str(err):  # a long field over many lines
                    lines.skip_quoted()
                    lines.too_long.clear()
                    yield {_ERROR: _too_long(where, start, lines.limit, lines.limit), "__line__": start}
                else:
                    why = ("text after a closing quote mark; a quote mark inside a quoted field is "
                           "written twice") if "expected after '\"'" in str(err) else str(err)
                    yield {_ERROR: f"{where}, line {start}: not a readable CSV row ({why})", "__line__": start}
            else:
                if lines.too_long:
                    chars = max(lines.too_long.values())
                    lines.too_long.clear()
                    yield {_ERROR: _too_long(where, start, chars, lines.limit), "__line__": start}
                elif lines.nul:
                    yield {_ERROR: _nul_row(where, start), "__line__": start}
                elif len(row) > width and any(row[width:]):  # empty extra fields: a trailing comma
                    yield {_ERROR: f"{where}, line {start}: not a readable CSV row (expected "
                           f"{width} fields, found {len(row)})", "__line__": start}
                elif row:
                    yield {**dict(zip(columns, row[:width] + [""] * (width - len(row)))), "__line__": start}
            start = lines.number + 1

    return columns, rows()


def _jsonl_rows(lines: _Lines, where: str, *, repair: bool = False) -> Iterator[dict[str, Any]]:
    """The objects of JSON Lines (with ``__line__``); a bad line (not JSON, not an object,
    holding a NUL byte, longer than the lines' limit) is a row holding its error. ``repair``:
    as for :func:`_csv_rows`."""
    source = _unmojibake(lines, where) if repair else lines
    for lineno, line in enumerate(source, start=1):
        if lineno in lines.too_long:
            message = _too_long(where, lineno, lines.too_long.pop(lineno), lines.limit)
            yield {_ERROR: message, "__line__": lineno}
            continue
        if not line.strip():
            continue
        if "\x00" in line:
            yield {_ERROR: _nul_row(where, lineno), "__line__": lineno}
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            obj = {_ERROR: f"{where}, line {lineno}: not valid JSON ({err.msg})"}
        if not isinstance(obj, dict):
            obj = {_ERROR: f"{where}, line {lineno}: expected a JSON object, got {type(obj).__name__}"}
        obj.setdefault("__line__", lineno)
        yield obj


def _unique_columns(header: list[str]) -> list[str]:
    """Column names made unique the way pandas does (``a``, ``a.1``, ...)."""
    seen: dict[str, int] = {}
    out = []
    for name in header:
        new = name
        while new in seen:
            seen[name] += 1
            new = f"{name}.{seen[name]}"
        seen.setdefault(name, 0)
        seen[new] = seen.get(new, 0)
        out.append(new)
    return out


def records_from_frame(df: pd.DataFrame, text_col: str, id_col: str | None, where: str, unit: str,
                        stem: str | None = None, *, first: int = 0, seen: dict[str, int] | None = None
                        ) -> list[dict[str, Any]]:
    """Records of a table's rows; ``first`` is the position of its first row in the file and
    ``seen`` the doc_ids so far (when a file is read in chunks).

    Example:
        >>> recs = records_from_frame(pd.DataFrame({"text": ["Hi.", "Yo."]}), "text", None, "df", "row")
        >>> [(r["doc_id"], r["text"]) for r in recs]
        [('0', 'Hi.'), ('1', 'Yo.')]
    """
    if text_col not in df.columns:
        cols = ", ".join(map(str, df.columns[:10])) or "none"
        raise InputError(f"{where}: no '{text_col}' column (columns: {cols}); pass text_col=")
    if id_col is None:
        id_col = _id_column(df)
    elif id_col not in df.columns:
        raise InputError(f"{where}: no id column '{id_col}'")
    records = []
    meta_cols = [c for c in df.columns if c not in (text_col, id_col, "__line__", _ERROR)]
    lines = df["__line__"].tolist() if "__line__" in df.columns else None
    errors = df[_ERROR].tolist() if _ERROR in df.columns else None
    for i, row in enumerate(df.itertuples(index=False, name=None), start=first):
        k = i - first
        pos = lines[k] if lines else (i + 2 if unit == "row" and where.endswith(".csv") else i)
        if errors and isinstance(errors[k], str):  # a malformed row: only where it is and why
            doc_id = f"{stem}:{i}" if stem else str(i)
            records.append({"doc_id": doc_id, "meta": {}, "where": f"{where}, {unit} {pos}",
                            "error": errors[k]})
            continue
        rec = dict(zip(df.columns, row))
        if id_col is not None:
            doc_id = str(rec[id_col])
        else:
            doc_id = f"{stem}:{i}" if stem else str(i)
        text = rec[text_col]
        if isinstance(text, float) and pd.isna(text):
            text = None
        records.append({"doc_id": doc_id, "text": text,
                        "meta": {c: rec[c] for c in meta_cols},
                        "where": f"{where}, {unit} {pos}" + (f" (doc_id {doc_id})" if id_col else "")})
    return unique_ids(records, seen)


#: Table files larger than this (once decompressed) are read as a stream by
#: :func:`iter_table_records`.
STREAM_BYTES = 32 * 2**20
#: A JSON array file (which is read whole, at about 8 times its size in memory) may hold this
#: many bytes once decompressed; a larger one is refused: give the documents as JSON Lines (one
#: object per line), which is streamed.
MAX_JSON_BYTES = 128 * 2**20


def iter_table_records(path: Path, text_col: str = "text", id_col: str | None = None, *,
                       chunk: int = 1000) -> Iterator[dict[str, Any]]:
    """The records of a table file, streamed: a CSV or JSON Lines file larger than
    :data:`STREAM_BYTES` (once decompressed) is read ``chunk`` rows at a time, so memory does
    not grow with the file; smaller files (and JSON arrays, up to :data:`MAX_JSON_BYTES`) are
    read whole by :func:`_records_from_table`. The records are the same either way but for
    ``where``, which counts lines in a stream.

    Problems with the whole file (not a regular file, not text, no header or text column, or a
    first chunk of only malformed rows) raise :class:`InputError` before any record is yielded.
    """
    raw = _whole_bytes(path)
    if raw is not None:
        yield from _records_from_table(path, raw, text_col, id_col)
        return
    suffix = file_suffix(path)
    where = str(path)
    encoding = _stream_encoding(path)
    with io.TextIOWrapper(open_bytes(path), encoding=encoding, errors="replace", newline="") as f:
        lines = _Lines(f)
        if suffix == ".csv":
            columns, rows = _csv_rows(lines, where, repair=True)
            columns = [*columns, "__line__", _ERROR]
        else:
            rows, columns = _jsonl_rows(lines, where, repair=True), None
        seen: dict[str, int] = {}
        first = 0
        while True:
            batch = list(itertools.islice(rows, chunk))
            if not batch:
                return
            df = pd.DataFrame(batch, columns=columns)
            if first == 0:  # what holds for the whole file is decided on its first chunk
                _refuse_all_malformed(df, f"line of the first {len(df)}")
                if id_col is None:
                    id_col = _id_column(df)
            for col in (text_col, id_col):  # JSON Lines: a later chunk may lack a key
                if col is not None and first and col not in df.columns:
                    df[col] = None
            yield from records_from_frame(df, text_col, id_col, where, "line", stem=file_stem(path),
                                           first=first, seen=seen)
            first += len(df)


def _whole_bytes(path: Path) -> bytes | None:
    """The bytes of a table file that is read whole, or None for one to stream: a CSV or JSON
    Lines file larger than :data:`STREAM_BYTES` (a gzip file is decompressed up to that size to
    know, never further)."""
    size = regular_file(path).st_size
    if file_suffix(path) not in (".csv", ".jsonl", ".ndjson"):
        return read_bytes(path, limit=MAX_JSON_BYTES, advice="a JSON array is read whole; give the "
                          "documents as JSON Lines (one object per line, e.g. jq -c '.[]' a.json > "
                          "a.jsonl), which is read as a stream")
    if path.suffix.lower() != ".gz" and size > STREAM_BYTES:
        return None
    try:
        return read_bytes(path, limit=STREAM_BYTES)
    except TooLargeError:
        return None


def _stream_encoding(path: Path) -> str:
    """The encoding to stream a large file with: UTF-8 if every byte is, else cp1252 if that
    reads it (the usual other one), else UTF-8 with bad bytes replaced; a warning says which.
    (This reads the whole file once, so a damaged gzip file is an InputError before any row.)"""
    try:
        return _stream_encoding_of(path)
    except GZIP_ERRORS as err:
        raise damaged_gzip(path, err) from None


def _stream_encoding_of(path: Path) -> str:
    import codecs

    with open_bytes(path) as f:
        head = f.read(1 << 16)
        if not head.strip():
            raise InputError(f"{path}: the file starts with {len(head):,} blank bytes; not a table")
        refuse_binary(head, name=str(path), first_line=True)
        for name in ("utf-8", "cp1252"):
            decoder = codecs.getincrementaldecoder(name)()
            f.seek(0)
            done = 0
            try:
                for block in iter(lambda: f.read(1 << 24), b""):
                    decoder.decode(block)
                    done += len(block)
                decoder.decode(b"", final=True)
            except UnicodeDecodeError as err:
                if name == "utf-8":
                    bad = done + err.start
                continue
            if name == "utf-8":
                if head.startswith(codecs.BOM_UTF8):
                    warnings.warn(f"{path}: dropped the UTF-8 byte-order mark at the start",
                                  GeolibWarning, stacklevel=3)
                    return "utf-8-sig"
                return "utf-8"
            warnings.warn(f"{path}: not valid UTF-8 (byte {bad}); decoded as cp1252", GeolibWarning,
                          stacklevel=3)
            return "cp1252"
    warnings.warn(f"{path}: not valid UTF-8 (byte {bad}) nor cp1252; bad bytes replaced by U+FFFD",
                  GeolibWarning, stacklevel=3)
    return "utf-8"


def _unmojibake(lines: Iterable[str], where: str) -> Iterator[str]:
    """Lines with mojibake repaired (:func:`geolib.decoding.fix_mojibake`), one warning in all."""
    repaired = 0
    for line in lines:
        if MOJIBAKE.search(line):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", GeolibWarning)
                fixed = fix_mojibake(line, name=where)
            repaired += fixed != line
            line = fixed
        yield line
    if repaired:
        warnings.warn(f"{where}: repaired mojibake (UTF-8 text once read as cp1252) on {repaired} "
                      "line(s) with ftfy", GeolibWarning, stacklevel=2)


def iter_table_records_or_error(path: Path, text_col: str = "text", id_col: str | None = None, *,
                                strict: bool = False) -> Iterator[dict[str, Any]]:
    """:func:`iter_table_records`, where a file that cannot be read is one record carrying the
    error (unless ``strict`` and nothing was read yet: then the InputError is raised). A file
    that fails part way (an I/O error) ends with such a record for the rest of it."""
    n = 0
    try:
        for rec in iter_table_records(path, text_col, id_col):
            n += 1
            yield rec
    except (InputError, OSError, UnicodeError, *GZIP_ERRORS) as err:
        if strict and not n:
            raise
        msg = str(err) if str(path) in str(err) else f"{path}: {err}"
        stem = file_stem(path)
        yield {"doc_id": f"{stem}:rest" if n else stem, "where": str(path),
               "meta": {"path": str(path)}, "error": msg if not n else f"{msg} (after {n} records)"}
