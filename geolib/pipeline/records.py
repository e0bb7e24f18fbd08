"""Reading a corpus as a stream of lightweight records (doc_id, where, meta, and text or path).

Records are what travels to the workers: a text file is a path, read where it is analysed.

Example:
    >>> [r["doc_id"] for r in iter_records(["China spoke.", "NATO met."])]
    ['0', '1']
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from ..decoding import InputError, file_suffix
from ..document import (Corpus, unique_stream, Document, check_text, file_record, folder_files, looks_like_path, read_corpus,
                        read_text_file)
from ..tables import TABLE_SUFFIXES, iter_table_records_or_error
from .store import JOURNAL, MARKER, owned_files

__all__ = ["is_path", "iter_records", "count_documents", "record_text"]

# ------------------------------------------------------------------------------ reading records

def is_path(x: Any) -> bool:
    return isinstance(x, os.PathLike) or (isinstance(x, str) and bool(x.strip()) and looks_like_path(x))


def iter_records(source: Any) -> Iterator[dict[str, Any]]:
    """Lightweight records (doc_id, where, meta, and text or path), streamed, ids made unique the
    way :func:`geolib.read_corpus` makes them."""
    yield from unique_stream(_raw_records(source, top=True))


def _raw_records(source: Any, top: bool = False) -> Iterator[dict[str, Any]]:
    if isinstance(source, Corpus):
        yield from source.records()
    elif isinstance(source, Document):
        yield {"doc_id": source.doc_id, "text": source.text, "meta": source.meta, "where": source.doc_id}
    elif isinstance(source, pd.DataFrame):
        yield from read_corpus(source).records()
    elif is_path(source):
        yield from _path_records(Path(source), top)
    elif isinstance(source, str):
        yield {"doc_id": "text", "text": source, "meta": {}, "where": "text"}
    elif isinstance(source, Iterable) and not isinstance(source, bytes):
        for i, item in enumerate(source):
            if isinstance(item, (Document, Corpus, pd.DataFrame)) or is_path(item):
                yield from _raw_records(item)
            elif isinstance(item, str):
                yield {"doc_id": str(i), "text": item, "meta": {}, "where": f"item {i}"}
            else:
                raise TypeError(f"analyze(): item {i} is a {type(item).__name__}, not text or a path")
    else:
        raise TypeError(f"analyze() cannot read a {type(source).__name__} as documents")


def _path_records(path: Path, top: bool = False) -> Iterator[dict[str, Any]]:
    """Records of a file or folder, one table file at a time (a folder is never read whole).

    A table file that cannot be read at all is an error if it is the whole corpus (``top``), else
    one record carrying its error (the errors table gets a row; the other files are read)."""
    if not path.exists():
        if top:
            raise InputError(f"{path}: no such file or folder")
        yield file_record(path)  # recorded when it is read: "no such file"
        return
    if path.is_dir():
        files, tables = folder_files(path)
        # a results folder may be the input folder itself: its marker, journal and the report's
        # own files there (index.html) are not input
        ours = {MARKER, JOURNAL} | {f for f in owned_files(path) if "/" not in f}
        yield from (file_record(f) for f in files if f.name not in ours)
        tables = [t for t in tables if t.name not in ours]
        for t in tables:
            yield from iter_table_records_or_error(t)
    elif file_suffix(path) in TABLE_SUFFIXES:
        yield from iter_table_records_or_error(path, strict=top)
    else:
        yield file_record(path)


def count_documents(source: Any) -> int | None:
    """Number of documents when it is known without reading them (for the progress bar)."""
    if isinstance(source, Corpus) and source.is_lazy:  # counting would read the files
        return None
    if isinstance(source, (Corpus, pd.DataFrame)):
        return len(source)
    if isinstance(source, Document) or (isinstance(source, str) and not is_path(source)):
        return 1
    if isinstance(source, (list, tuple)) and all(isinstance(x, (str, Document)) for x in source) \
            and not any(is_path(x) for x in source):
        return len(source)
    return None


def record_text(rec: dict[str, Any], *, max_chars: int | None = None) -> str:
    """The checked text of a record (read from its file if it has a path), or InputError.

    ``max_chars`` is the document limit (:func:`geolib.decoding.max_document_chars`).

    Example:
        >>> record_text({"doc_id": "a", "where": "a", "text": "\\ufeffChina spoke."})
        'China spoke.'
    """
    if "error" in rec:  # a malformed row or file, found when the table was read
        raise InputError(rec["error"])
    if "path" in rec and "text" not in rec:
        path = Path(rec["path"])
        if not path.exists():
            raise InputError(f"{path}: no such file")
        text = read_text_file(path, max_chars=max_chars)
    else:
        text = rec["text"]
        if not isinstance(text, str):
            raise InputError(f"{rec['where']}: text is missing (got {text!r})")
        text = check_text(text, rec["where"], max_chars=max_chars)
    return text[1:] if text.startswith("\ufeff") else text

