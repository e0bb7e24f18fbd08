"""Documents and corpora: loading text, and the paragraph, sentence and token tables of a document.

Every span in geolib is ``(start, end)`` into ``doc.text`` and ``doc.text[start:end]`` is the span's
text, always.
"""

from __future__ import annotations

import bisect
import itertools
import os
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property
from operator import itemgetter
from pathlib import Path
from typing import Any, Union

import numpy as np
import pandas as pd

from . import tables
from .decoding import (BYTES_PER_CHAR, SkippedDocument, MAX_DOCUMENT_CHARS, SPLIT_ADVICE, GeolibWarning, InputError,
                       clean_text, decode_bytes, file_stem, file_suffix, markup_from_start, max_document_chars,
                       read_bytes)
from .structure import assign_roles, split_paragraphs
from .tables import (FOLDER_TABLE_SUFFIXES, TABLE_SUFFIXES, records_from_frame, unique_ids,
                     iter_table_records, iter_table_records_or_error)
from .text import normalize, sentence_spans, sentence_token_spans, stopwords

__all__ = ["Document", "Corpus", "load", "read_corpus", "iter_documents", "sentences", "tokens",
           "paragraphs", "DEFAULT_ROLES", "InputError", "GeolibWarning", "MAX_DOCUMENT_CHARS"]

DEFAULT_ROLES: tuple[str, ...] = ("body",)
#: Files that are one document each (a saved web page's text is extracted from its HTML).
TEXT_SUFFIXES = (".txt", ".text", ".html", ".htm")
#: A document longer than this (in characters) is analysed with a warning: likely many articles.
#: One longer than :data:`MAX_DOCUMENT_CHARS` (``GEOLIB_MAX_CHARS``, ``max_chars=``) is refused.
LARGE_CHARS = 1_000_000

Source = Union[str, os.PathLike, "Document", "Corpus", pd.DataFrame, Iterable]


class Document:
    """One news text, with its paragraphs, sentences and tokens computed on first use.

    Example:
        >>> doc = Document("NATO met. China replied.", doc_id="demo")
        >>> doc.sentences["text"].tolist()
        ['NATO met.', 'China replied.']
    """

    def __init__(self, text: str, doc_id: str = "doc", meta: dict[str, Any] | None = None) -> None:
        if not isinstance(text, str):
            raise TypeError(f"Document text must be str, not {type(text).__name__}")
        if text.startswith("\ufeff"):
            text = text[1:]
        self.text = text
        self.doc_id = str(doc_id)
        self.meta: dict[str, Any] = dict(meta or {})
        paras, found = assign_roles(text, split_paragraphs(text))
        self._paras = paras
        #: work shared by the stages run on this document (e.g. actor mentions, keyed by lexicon)
        self._memo: dict[Any, Any] = {}
        for key, value in found.items():
            self.meta.setdefault(key, value)

    def __repr__(self) -> str:
        head = self.text[:40].replace("\n", " ")
        return f"Document(doc_id={self.doc_id!r}, chars={len(self.text)}, text={head!r}…)"

    def __len__(self) -> int:
        return len(self.text)

    # -- low-level spans (lists, fast) -------------------------------------------------------
    @cached_property
    def paragraph_spans(self) -> list[tuple[int, int, str]]:
        """``(start, end, role)`` of each paragraph."""
        return [(p.start, p.end, p.role) for p in self._paras]

    @cached_property
    def sentence_spans(self) -> list[tuple[int, int, int]]:
        """``(start, end, paragraph)`` of each sentence; sentences never cross paragraphs."""
        out = []
        for i, (s, e, _) in enumerate(self.paragraph_spans):
            out.extend((a, b, i) for a, b in sentence_spans(self.text, s, e))
        return out

    @cached_property
    def token_spans(self) -> list[tuple[int, int, str, int]]:
        """``(start, end, kind, sentence)`` of each token."""
        return sentence_token_spans(self.text, self.sentence_spans)

    @cached_property
    def token_texts(self) -> list[str]:
        """The text of each token of :attr:`token_spans`, found once for every stage (one shared
        list: do not change it)."""
        t = self.text
        return [t[s:e] for s, e, _, _ in self.token_spans]

    @cached_property
    def _para_starts(self) -> list[int]:
        return [s for s, _, _ in self.paragraph_spans]

    @cached_property
    def _sent_starts(self) -> list[int]:
        return [s for s, _, _ in self.sentence_spans]

    def paragraph_at(self, offset: int) -> int:
        """Index of the paragraph holding ``offset`` (the one before it, between paragraphs)."""
        return max(0, bisect.bisect_right(self._para_starts, offset) - 1)

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (the one before it, between sentences)."""
        return max(0, bisect.bisect_right(self._sent_starts, offset) - 1)

    def role_at(self, offset: int) -> str:
        """Role of the paragraph holding ``offset`` ("body", "caption", ...)."""
        if not self.paragraph_spans:
            return "body"
        return self.paragraph_spans[self.paragraph_at(offset)][2]

    # -- tables ------------------------------------------------------------------------------
    def _span_columns(self, spans: list[tuple[int, int, Any]]) -> dict[str, list]:
        """doc_id, start, end and text of spans ``(start, end, ...)``: the first columns of the
        paragraphs and sentences tables."""
        t = self.text
        return {"doc_id": [self.doc_id] * len(spans), "start": [s for s, _, _ in spans],
                "end": [e for _, e, _ in spans], "text": [t[s:e] for s, e, _ in spans]}

    @cached_property
    def paragraphs(self) -> pd.DataFrame:
        """One row per paragraph: doc_id, start, end, text, paragraph, role."""
        spans = self.paragraph_spans
        return _table({**self._span_columns(spans), "paragraph": range(len(spans)),
                       "role": [r for _, _, r in spans]})

    @cached_property
    def sentences(self) -> pd.DataFrame:
        """One row per sentence: doc_id, start, end, text, sentence, paragraph, role."""
        spans = self.sentence_spans
        roles = [r for _, _, r in self.paragraph_spans]
        return _table({**self._span_columns(spans), "sentence": range(len(spans)),
                       "paragraph": [p for _, _, p in spans], "role": [roles[p] for _, _, p in spans]})

    @cached_property
    def _token_kinds(self) -> tuple[list[str], list[int]]:
        """The kind and the sentence of each token, as two lists."""
        spans = self.token_spans
        return list(map(itemgetter(2), spans)), list(map(itemgetter(3), spans))

    @cached_property
    def tokens(self) -> pd.DataFrame:
        """One row per token: doc_id, start, end, text, lower, norm, kind, sentence, paragraph,
        role, is_stop."""
        t = self.text
        sent_para = [p for _, _, p in self.sentence_spans]
        roles = [r for _, _, r in self.paragraph_spans]
        stops = stopwords()
        spans = self.token_spans
        kinds, sents = self._token_kinds
        texts = self.token_texts
        lowers = [x.lower() for x in texts]
        norm_of = {x: normalize(x) for x in set(texts)}  # a text has far fewer distinct tokens
        norms = [norm_of[x] for x in texts]
        paras = [sent_para[i] for i in sents]
        return _table({
            "doc_id": [self.doc_id] * len(spans),
            "start": [s for s, _, _, _ in spans],
            "end": [e for _, e, _, _ in spans],
            "text": texts,
            "lower": lowers,
            "norm": norms,
            "kind": kinds,
            "sentence": sents,
            "paragraph": paras,
            "role": [roles[p] for p in paras],
            "is_stop": [n in stops for n in norms],
        })

    def words(self, *, roles: Iterable[str] | None = DEFAULT_ROLES) -> int:
        """Number of word and number tokens in the given roles (all roles when ``None``)."""
        kinds, sents = self._token_kinds
        if roles is not None:
            keep = set(roles)
            rp = [r in keep for _, _, r in self.paragraph_spans]
            kept = [rp[p] for _, _, p in self.sentence_spans]
            if not all(kept):
                # Tokens are in sentence order: count kinds in each run of kept sentences.
                total, i, n = 0, 0, len(kept)
                while i < n:
                    if not kept[i]:
                        i += 1
                        continue
                    j = i
                    while j < n and kept[j]:
                        j += 1
                    lo, hi = bisect.bisect_left(sents, i), bisect.bisect_left(sents, j)
                    run = kinds[lo:hi]
                    total += run.count("word") + run.count("number")
                    i = j
                return total
        return kinds.count("word") + kinds.count("number")


_INT_COLS = ("start", "end", "paragraph", "sentence")
_STR_COLS = ("doc_id", "text", "lower", "norm", "kind", "role")


def _table(columns: dict[str, Iterable]) -> pd.DataFrame:
    """A table with the column types of :func:`_typed`, each column made once in its type (an
    astype of every column of a small table costs several times its construction)."""
    return pd.DataFrame({c: (np.array(v, dtype=np.int64) if c in _INT_COLS
                             else np.array(v, dtype=bool) if c == "is_stop"
                             else pd.array(v, dtype="str")) for c, v in columns.items()},
                        copy=False)


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    """Column types that do not depend on the rows: an empty document's tables have string text
    columns too (so ``df.text.str`` works), integer offsets and boolean flags."""
    types = {c: ("int64" if c in _INT_COLS else "bool" if c == "is_stop" else "str")
             for c in df.columns if c in _INT_COLS or c in _STR_COLS or c == "is_stop"}
    return df.astype(types)


def check_text(text: str, name: str, *, max_chars: int | None = None, html: bool | None = None) -> str:
    """The text to analyse, or :class:`InputError` when there is none (see ``clean_text``) or it
    is longer than ``max_chars`` (:func:`geolib.decoding.max_document_chars`). ``html=True`` for
    a saved web page (:func:`web_page`); by default only a text that is markup from its first
    character has its HTML extracted, and tags inside a plain text are blanked out in place."""
    if text.startswith("\ufeff"):  # a byte-order mark, which Document drops: "\ufeff\ufeff" is blank
        text = text[1:]
    if not text or text.isspace():  # (as ``not text.strip()``, without a copy of the text)
        raise InputError(f"{name}: the text is empty" if not text else f"{name}: the text is only white space")
    # A saved web page (.html, .htm) or a text that is markup from its first character is HTML;
    # tags in a plain text are blanked out in place (decoding.clean_text).
    if html is None and markup_from_start(text):
        html = True
    text = clean_text(text, name=name, html=html)
    if not text or text.isspace():
        raise InputError(f"{name}: HTML with no readable text" if html
                         else f"{name}: no readable text")
    limit = max_document_chars(max_chars)
    if len(text) > limit:
        raise InputError(f"{name}: {len(text):,} characters in one document, more than geolib analyses "
                         f"({limit:,}; a news article is rarely over 200,000, and analysing a document "
                         f"takes about 100 times its size in memory). {SPLIT_ADVICE}")
    if len(text) > LARGE_CHARS:
        warnings.warn(f"{name}: {len(text) / 1e6:.1f} million characters in one document (a news "
                      "article is rarely over 0.2 million); analysing it takes about 100 times its "
                      "size in memory. If the file holds many articles, give one per file or one per "
                      "row of a CSV or JSON Lines file.", GeolibWarning, stacklevel=3)
    return text


def load(source: str | os.PathLike | bytes, *, doc_id: str | None = None,
         meta: dict[str, Any] | None = None, max_chars: int | None = None) -> Document:
    """Load one document from a path to a text file, from bytes, or from a string of text.

    A string is taken as a path when it names an existing file or looks like one (ends in .txt and
    has no line break); otherwise it is the text itself. A text longer than ``max_chars``
    characters (default :data:`MAX_DOCUMENT_CHARS`, or the environment variable
    ``GEOLIB_MAX_CHARS``) is refused with an InputError; a file is refused before it is read
    when its size (decompressed, for a ``.gz`` file) shows it is that long, so a huge file or a
    "gzip bomb" never costs more memory than the limit. A path must be a regular file (not a
    device such as /dev/zero, nor a named pipe).

    Example:
        >>> load("China said no.", doc_id="x").doc_id
        'x'
    """
    if isinstance(source, Document):
        return source
    if isinstance(source, bytes):
        name = doc_id or "bytes"
        return Document(check_text(decode_bytes(source, name=name), name, max_chars=max_chars),
                        doc_id=name, meta=meta)
    if isinstance(source, str) and _URL.match(source):
        raise InputError(f"{source}: geolib does not download pages; save the article as a .txt "
                         "file (or pass its text) and load that")
    if isinstance(source, os.PathLike) or (isinstance(source, str) and looks_like_path(source)):
        path = Path(source)
        if not path.exists():
            raise InputError(f"{path}: no such file")
        if path.is_dir():
            raise InputError(f"{path}: is a folder; use geolib.read_corpus() for a folder of texts")
        text = read_text_file(path, max_chars=max_chars)
        m = {"path": str(path), **(meta or {})}
        return Document(text, doc_id=doc_id or file_stem(path), meta=m)
    if isinstance(source, str):
        name = doc_id or "text"
        text = source[1:] if source.startswith("\ufeff") else source
        return Document(check_text(text, name, max_chars=max_chars), doc_id=name, meta=meta)
    raise TypeError(f"load() takes a path, bytes or a string, not {type(source).__name__}")


def read_text_file(path: Path, *, max_chars: int | None = None) -> str:
    """The text of a text file, as :func:`load` analyses it: decoded, cleaned, checked (an
    InputError if it is not a regular file, not text, blank, or longer than ``max_chars``,
    which a file of more than ``BYTES_PER_CHAR * max_chars`` bytes is refused for unread).

    Example:
        >>> read_text_file(Path("/dev/null"))
        Traceback (most recent call last):
        geolib.decoding.InputError: /dev/null: not a regular file but a device such as /dev/zero; ...
    """
    limit = max_document_chars(max_chars)
    data = read_bytes(path, limit=BYTES_PER_CHAR * limit,
                      advice=f"geolib analyses documents of up to {limit:,} characters. {SPLIT_ADVICE}")
    return check_text(decode_bytes(data, name=str(path)), str(path), max_chars=limit,
                      html=web_page(path))


def web_page(path: str | os.PathLike | None) -> bool | None:
    """``True`` for a saved web page (``.html``, ``.htm``, also gzipped), whose text is extracted
    from its HTML; ``None`` (let the text decide) for anything else.

    Example:
        >>> web_page("news/a.HTML"), web_page("a.htm.gz"), web_page("a.txt"), web_page(None)
        (True, True, None, None)
    """
    if path is None:
        return None
    return True if file_suffix(Path(path)) in (".html", ".htm") else None


_URL = re.compile(r"^\s*https?://\S+\s*$")
_PATHLIKE = re.compile(r"^(?:[A-Za-z]:)?[^\s/\\]*(?:[/\\][^\s/\\]+)+\.[A-Za-z0-9]{1,5}$"
                       r"|^\.{0,2}[/\\]\S+$")


def looks_like_path(s: str) -> bool:
    """True when a string names a file (an existing path, or one that looks like a path).

    Example:
        >>> looks_like_path("news/a.txt"), looks_like_path("China spoke.")
        (True, False)
    """
    if "\n" in s or len(s) > 4096 or not s.strip() or _URL.match(s):  # Path("") is the current folder
        return False
    if s.lower().removesuffix(".gz").endswith(TEXT_SUFFIXES + TABLE_SUFFIXES) and " " not in s.strip()[-12:]:
        return True
    if _PATHLIKE.match(s):  # "data/article.pdf", "C:\\news\\a.docx": a path, not a text
        return True
    try:
        return Path(s).exists()
    except (OSError, ValueError):
        return False


#: Records of documents: a list, or a function that reads them again on every call (a lazy corpus).
Records = Union[list[dict[str, Any]], Callable[[], Iterable[dict[str, Any]]]]


class Corpus:
    """An iterable of documents from files, a table or documents, plus a pandas view.

    Documents are made as they are iterated (a stream); a document that cannot be read is
    skipped with a warning and recorded in :attr:`errors`. A corpus of large table files (over
    :data:`geolib.tables.STREAM_BYTES` in all, or gzip-compressed) is *lazy*: its records are
    read from the files again on each pass, so memory does not grow with the corpus; then
    ``len()`` and ``corpus[i]`` read the files once to count (``len`` is kept).

    Example:
        >>> c = read_corpus(pd.DataFrame({"text": ["One.", "Two."]}))
        >>> len(c), [d.doc_id for d in c]
        (2, ['0', '1'])
    """

    def __init__(self, records: Records, *, name: str = "corpus", max_chars: int | None = None) -> None:
        self._source = records
        self.name = name
        self.max_chars = max_chars
        self._len: int | None = None if callable(records) else len(records)
        self._errors: dict[str, dict[str, Any]] = {}

    @property
    def is_lazy(self) -> bool:
        """True when the records are read from the files on each pass (see :class:`Corpus`)."""
        return callable(self._source)

    def records(self) -> Iterator[dict[str, Any]]:
        """The records of the documents, in order: dicts with doc_id, where, meta and text or
        path (or the error of a malformed row or file)."""
        yield from (self._source() if callable(self._source) else self._source)

    @property
    def _records(self) -> Iterable[dict[str, Any]]:  # the list, or a stream of a lazy corpus
        return self.records() if callable(self._source) else self._source

    def __len__(self) -> int:
        if self._len is None:
            self._len = sum(1 for _ in self.records())
        return self._len

    def __repr__(self) -> str:  # a lazy corpus is not read to be shown
        n = "not counted yet (a lazy corpus; len() counts)" if self._len is None else self._len
        return f"Corpus({self.name!r}, documents={n})"

    def __iter__(self) -> Iterator[Document]:
        for rec in self.records():
            doc = self._make(rec)
            if doc is not None:
                yield doc

    def __getitem__(self, i: int) -> Document:
        if callable(self._source):
            j = i + len(self) if i < 0 else i
            rec = next(itertools.islice(self.records(), j, None), None) if j >= 0 else None
            if rec is None:
                raise IndexError(f"corpus index {i} out of range")
        else:
            rec = self._source[i]
        doc = self._make(rec, strict=True)
        assert doc is not None
        return doc

    def _make(self, rec: dict[str, Any], strict: bool = False) -> Document | None:
        try:
            if "error" in rec:  # a malformed row or file, found when the table was read
                raise InputError(rec["error"])
            if "path" in rec and "text" not in rec:
                doc = load(Path(rec["path"]), doc_id=rec["doc_id"], meta=rec.get("meta"),
                           max_chars=self.max_chars)
            else:
                text = rec["text"]
                if not isinstance(text, str):
                    raise InputError(f"{rec['where']}: text is missing (got {text!r})")
                doc = Document(check_text(text, rec["where"], max_chars=self.max_chars),
                               doc_id=rec["doc_id"], meta=rec.get("meta"))
            self._errors.pop(rec["doc_id"], None)
            return doc
        except (InputError, UnicodeError, OSError) as err:
            if strict:
                raise
            again = rec["doc_id"] in self._errors  # said on an earlier pass: listed, not warned twice
            self._errors[rec["doc_id"]] = {"doc_id": rec["doc_id"], "source": rec["where"],
                                           "error": type(err).__name__, "message": str(err)}
            msg = str(err)
            where = rec["where"]
            reason = msg[len(where):].lstrip(": ") if msg.startswith(where) else msg
            if not again:
                warnings.warn(SkippedDocument(f"skipped {where}: {reason}", doc_id=rec["doc_id"],
                                              source=where, reason=reason), stacklevel=3)
            return None

    @property
    def errors(self) -> pd.DataFrame:
        """Documents skipped so far: doc_id, source, error, message."""
        return pd.DataFrame(list(self._errors.values()), columns=["doc_id", "source", "error", "message"])

    @property
    def doc_ids(self) -> list[str]:
        return [r["doc_id"] for r in self.records()]

    def to_frame(self) -> pd.DataFrame:
        """One row per document that can be read: doc_id, text and metadata columns."""
        rows = [{"doc_id": d.doc_id, "text": d.text, **d.meta} for d in self]
        return pd.DataFrame(rows)


def read_corpus(source: Source, *, text_col: str = "text", id_col: str | None = None,
                recursive: bool = False, max_chars: int | None = None) -> Corpus:
    """Read a corpus from a folder of text files, a CSV or JSON Lines file, a DataFrame, or a list.

    ``doc_id`` is the file name (without suffix), the id column (``id_col``, or a column named
    ``doc_id`` or ``id``), or ``<file stem>:<row>``. Other columns become each document's metadata.
    A document longer than ``max_chars`` (:data:`MAX_DOCUMENT_CHARS`) is skipped as an error.
    Large table files are read lazily, a stream on each pass (see :class:`Corpus`).

    Example:
        >>> read_corpus(pd.DataFrame({"id": ["a"], "text": ["China spoke."]})).doc_ids
        ['a']
    """
    if isinstance(source, Corpus):
        return source
    if isinstance(source, Document):
        return Corpus([{"doc_id": source.doc_id, "text": source.text, "meta": source.meta,
                        "where": source.doc_id}], name=source.doc_id, max_chars=max_chars)
    if isinstance(source, pd.DataFrame):
        return Corpus(records_from_frame(source, text_col, id_col, "DataFrame", "row"), name="DataFrame",
                      max_chars=max_chars)
    if isinstance(source, (str, os.PathLike)) and not (isinstance(source, str) and "\n" in source):
        path = Path(source)
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            parts = _folder_parts(path, text_col, id_col, recursive=recursive)
            return Corpus(_joined(parts), name=path.name, max_chars=max_chars)
        if file_suffix(path) in TABLE_SUFFIXES:
            return Corpus(_table_part(path, text_col, id_col, strict=True), name=path.name,
                          max_chars=max_chars)
        return Corpus([file_record(path)], name=path.name, max_chars=max_chars)
    if isinstance(source, Iterable) and not isinstance(source, (str, bytes)):
        parts: list[Records] = []
        for i, item in enumerate(source):
            if isinstance(item, Document):
                parts.append([{"doc_id": item.doc_id, "text": item.text, "meta": item.meta,
                               "where": item.doc_id}])
            elif isinstance(item, (str, os.PathLike)) and looks_like_path(str(item)):
                p = Path(item)
                if not p.exists():  # recorded and skipped when iterated, like an empty file
                    parts.append([file_record(p)])
                elif p.is_dir():
                    parts.extend(_folder_parts(p, text_col, id_col))
                elif file_suffix(p) in TABLE_SUFFIXES:
                    parts.append(_table_part(p, text_col, id_col, strict=False))
                else:
                    parts.append([file_record(p)])
            elif isinstance(item, str):
                parts.append([{"doc_id": str(i), "text": item, "meta": {}, "where": f"item {i}"}])
            else:
                raise TypeError(f"read_corpus(): item {i} is a {type(item).__name__}, not text or a path")
        return Corpus(_joined(parts), name="list", max_chars=max_chars)
    if isinstance(source, str):
        return Corpus([{"doc_id": "text", "text": source, "meta": {}, "where": "text"}], name="text",
                      max_chars=max_chars)
    raise TypeError(f"read_corpus() cannot read a {type(source).__name__}")


def _is_large(tables_: list[Path]) -> bool:
    """True when table files are read lazily: gzip-compressed, or over STREAM_BYTES in all."""
    total = 0
    for t in tables_:
        if t.suffix.lower() == ".gz":
            return True
        try:
            total += t.stat().st_size
        except OSError:  # recorded when it is read
            pass
    return total > tables.STREAM_BYTES


def _table_part(path: Path, text_col: str, id_col: str | None, *, strict: bool) -> Records:
    """The records of a table file: a list, or for a large file a function that streams them.

    With ``strict``, a file that cannot be read at all raises InputError now, large or not;
    else it is one record carrying its error."""
    if not _is_large([path]):
        read = iter_table_records if strict else iter_table_records_or_error
        return list(read(path, text_col, id_col))
    if strict:  # the whole file's problems are found on its first chunk
        first = iter_table_records(path, text_col, id_col)
        try:
            next(first, None)
        finally:
            first.close()
    return lambda: iter_table_records_or_error(path, text_col, id_col)


def _folder_parts(path: Path, text_col: str, id_col: str | None, *, recursive: bool = False
                  ) -> list[Records]:
    """The records of a folder's files: its text files, then each table file (a bad table
    file is one error record; the other files are read), lazily if the tables are large."""
    files, tables_ = folder_files(path, recursive=recursive)
    parts: list[Records] = [[file_record(p) for p in files]]
    if _is_large(tables_):
        parts.extend((lambda t=t: iter_table_records_or_error(t, text_col, id_col)) for t in tables_)
    else:
        parts.extend(list(iter_table_records_or_error(t, text_col, id_col)) for t in tables_)
    return parts


def _joined(parts: list[Records]) -> Records:
    """Parts of a corpus as one, repeated doc_ids made unique: a list if every part is one."""
    if all(isinstance(p, list) for p in parts):
        return unique_ids([rec for p in parts for rec in p])
    return lambda: unique_stream(itertools.chain.from_iterable(p() if callable(p) else p for p in parts))


def unique_stream(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Records with repeated doc_ids made unique in order, as :func:`geolib.tables.unique_ids`
    does for a list (copies: the records of a lazy corpus are read again on each pass)."""
    seen: dict[str, int] = {}
    for rec in records:
        base = rec["doc_id"]
        if base in seen:
            seen[base] += 1
            rec = {**rec, "doc_id": f"{base}~{seen[base]}"}
        else:
            seen[base] = 0
        yield rec


def folder_files(path: Path, *, recursive: bool = False) -> tuple[list[Path], list[Path]]:
    """The text files and the table files of a folder that make up a corpus, each sorted.

    Entries that are not regular files (a named pipe, a link to a device or to nothing) are
    listed too, by their names, so that reading them records an error instead of skipping them
    unsaid. Raises InputError if there are none.
    """
    pattern = "**/*" if recursive else "*"
    found = [p for p in path.glob(pattern) if not p.is_dir()]  # is_dir() never opens a pipe
    files = sorted(p for p in found if file_suffix(p) in TEXT_SUFFIXES)
    tables_ = sorted(p for p in found if file_suffix(p) in FOLDER_TABLE_SUFFIXES)
    if not files and not tables_:
        hint = ""
        if not recursive and any(p.is_dir() for p in path.iterdir()):
            hint = "; its sub-folders are read with read_corpus(path, recursive=True)"
        raise InputError(f"{path}: no .txt, .html, .csv or .jsonl files in this folder{hint}")
    return files, tables_


def file_record(path: Path) -> dict[str, Any]:
    """The record of a text file (read when the document is made)."""
    return {"doc_id": file_stem(path), "path": str(path), "where": str(path), "meta": {"path": str(path)}}


def iter_documents(source: Source) -> Iterator[Document]:
    """Documents from any source geolib takes: a Document, text, a path, a Corpus, or an iterable.

    Example:
        >>> [d.doc_id for d in iter_documents("Text here.")]
        ['text']
    """
    if isinstance(source, Document):
        yield source
    elif isinstance(source, Corpus):
        yield from source
    elif isinstance(source, (str, os.PathLike)):
        s = str(source)
        if isinstance(source, os.PathLike) or looks_like_path(s):
            path = Path(source)
            if path.is_dir() or file_suffix(path) in TABLE_SUFFIXES:
                yield from read_corpus(path)
                return
        yield load(source)
    elif isinstance(source, pd.DataFrame):
        yield from read_corpus(source)
    elif isinstance(source, Iterable) and not isinstance(source, bytes):
        # Documents pass through as they are (their parsed tables are reused); raw texts get one
        # doc_id per item ("0", "1", ...), as read_corpus gives them.
        for i, item in enumerate(source):
            if isinstance(item, str) and not looks_like_path(item):
                yield from _text_item(item, i)
            else:
                yield from iter_documents(item)
    elif isinstance(source, bytes):
        yield load(source)
    else:
        raise TypeError(f"geolib cannot read a {type(source).__name__} as documents")


def _text_item(text: str, i: int) -> Iterator[Document]:
    """One text of a list; an unreadable one (empty, ...) is skipped with a warning."""
    try:
        doc = load(text, doc_id=str(i))
    except InputError as err:
        warnings.warn(f"skipped item {i}: {err}", GeolibWarning, stacklevel=4)
        return
    yield doc


def _concat(frames: list[pd.DataFrame], columns: list[str]) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    if not frames:
        return _typed(pd.DataFrame(columns=columns))
    return pd.concat(frames, ignore_index=True)


def _select_roles(df: pd.DataFrame, roles: Iterable[str] | None) -> pd.DataFrame:
    if roles is None:
        return df
    roles = [roles] if isinstance(roles, str) else list(roles)
    return df[df["role"].isin(roles)]


def paragraphs(source: Source, *, roles: Iterable[str] | None = None) -> pd.DataFrame:
    """Paragraph table of one or more documents (all roles unless ``roles`` is given)."""
    cols = ["doc_id", "start", "end", "text", "paragraph", "role"]
    return _concat([_select_roles(d.paragraphs, roles) for d in iter_documents(source)], cols).reset_index(drop=True)


def sentences(source: Source, *, roles: Iterable[str] | None = DEFAULT_ROLES) -> pd.DataFrame:
    """Sentence table of one or more documents, body only by default (``roles=None``: all parts).

    Example:
        >>> sentences("NATO met in Washington, D.C. on Monday. China objected.")["text"].tolist()
        ['NATO met in Washington, D.C. on Monday.', 'China objected.']
    """
    cols = ["doc_id", "start", "end", "text", "sentence", "paragraph", "role"]
    return _concat([_select_roles(d.sentences, roles) for d in iter_documents(source)], cols).reset_index(drop=True)


def tokens(source: Source, *, roles: Iterable[str] | None = DEFAULT_ROLES) -> pd.DataFrame:
    """Token table of one or more documents, body only by default (``roles=None``: all parts).

    Example:
        >>> tokens("China’s dual-use exports.")["text"].tolist()
        ['China', '’s', 'dual-use', 'exports', '.']
    """
    cols = ["doc_id", "start", "end", "text", "lower", "norm", "kind", "sentence", "paragraph", "role",
            "is_stop"]
    return _concat([_select_roles(d.tokens, roles) for d in iter_documents(source)], cols).reset_index(drop=True)
