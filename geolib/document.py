"""Documents and corpora: loading text, and the paragraph, sentence and token tables of a document.

Every span in geolib is ``(start, end)`` into ``doc.text`` and ``doc.text[start:end]`` is the span's
text, always.
"""

from __future__ import annotations

import bisect
import os
import re
import warnings
from collections.abc import Iterable, Iterator
from functools import cached_property
from operator import itemgetter
from pathlib import Path
from typing import Any, Union

import numpy as np
import pandas as pd

from .decoding import (GeolibWarning, InputError, clean_text, decode_bytes, file_stem, file_suffix,
                       looks_like_html, read_bytes)
from .structure import assign_roles, split_paragraphs
from .tables import (FOLDER_TABLE_SUFFIXES, TABLE_SUFFIXES, _records_from_frame, _unique_ids,
                     iter_table_records, iter_table_records_or_error)
from .text import normalize, sentence_spans, sentence_token_spans, stopwords

__all__ = ["Document", "Corpus", "load", "read_corpus", "iter_documents", "sentences", "tokens",
           "paragraphs", "DEFAULT_ROLES", "InputError", "GeolibWarning"]

DEFAULT_ROLES: tuple[str, ...] = ("body",)
#: Files that are one document each (a saved web page's text is extracted from its HTML).
TEXT_SUFFIXES = (".txt", ".text", ".html", ".htm")
MAX_BYTES = 2 * 1024**3
#: A document longer than this (in characters) is analysed with a warning: likely many articles.
LARGE_CHARS = 5_000_000

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
        texts = [t[s:e] for s, e, _, _ in spans]
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


def _check_text(text: str, name: str) -> str:
    """The text to analyse, or :class:`InputError` when there is none (see ``clean_text``)."""
    if text.startswith("\ufeff"):  # a byte-order mark, which Document drops: "\ufeff\ufeff" is blank
        text = text[1:]
    if not text or text.isspace():  # (as ``not text.strip()``, without a copy of the text)
        raise InputError(f"{name}: the text is empty" if not text else f"{name}: the text is only white space")
    html = looks_like_html(text)
    text = clean_text(text, name=name, html=html)
    if not text or text.isspace():
        raise InputError(f"{name}: HTML with no readable text" if html
                         else f"{name}: no readable text")
    if len(text) > LARGE_CHARS:
        warnings.warn(f"{name}: {len(text) / 1e6:.1f} million characters in one document (a news "
                      "article is rarely over 0.2 million); analysing it takes about 100 times its "
                      "size in memory. If the file holds many articles, give one per file or one per "
                      "row of a CSV or JSON Lines file.", GeolibWarning, stacklevel=3)
    return text


def load(source: str | os.PathLike | bytes, *, doc_id: str | None = None,
         meta: dict[str, Any] | None = None) -> Document:
    """Load one document from a path to a text file, from bytes, or from a string of text.

    A string is taken as a path when it names an existing file or looks like one (ends in .txt and
    has no line break); otherwise it is the text itself.

    Example:
        >>> load("China said no.", doc_id="x").doc_id
        'x'
    """
    if isinstance(source, Document):
        return source
    if isinstance(source, bytes):
        name = doc_id or "bytes"
        return Document(_check_text(decode_bytes(source, name=name), name), doc_id=name, meta=meta)
    if isinstance(source, str) and _URL.match(source):
        raise InputError(f"{source}: geolib does not download pages; save the article as a .txt "
                         "file (or pass its text) and load that")
    if isinstance(source, os.PathLike) or (isinstance(source, str) and _looks_like_path(source)):
        path = Path(source)
        if not path.exists():
            raise InputError(f"{path}: no such file")
        if path.is_dir():
            raise InputError(f"{path}: is a folder; use geolib.read_corpus() for a folder of texts")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: {size / 1e9:.1f} GB is larger than geolib reads in one document")
        text = _check_text(decode_bytes(read_bytes(path), name=str(path)), str(path))
        m = {"path": str(path), **(meta or {})}
        return Document(text, doc_id=doc_id or file_stem(path), meta=m)
    if isinstance(source, str):
        name = doc_id or "text"
        text = source[1:] if source.startswith("\ufeff") else source
        return Document(_check_text(text, name), doc_id=name, meta=meta)
    raise TypeError(f"load() takes a path, bytes or a string, not {type(source).__name__}")


_URL = re.compile(r"^\s*https?://\S+\s*$")
_PATHLIKE = re.compile(r"^(?:[A-Za-z]:)?[^\s/\\]*(?:[/\\][^\s/\\]+)+\.[A-Za-z0-9]{1,5}$"
                       r"|^\.{0,2}[/\\]\S+$")


def _looks_like_path(s: str) -> bool:
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


class Corpus:
    """An iterable of documents from files, a table or documents, plus a pandas view.

    Documents are made as they are iterated (a stream); a document that cannot be read is
    skipped with a warning and recorded in :attr:`errors`.

    Example:
        >>> c = read_corpus(pd.DataFrame({"text": ["One.", "Two."]}))
        >>> len(c), [d.doc_id for d in c]
        (2, ['0', '1'])
    """

    def __init__(self, records: list[dict[str, Any]], *, name: str = "corpus") -> None:
        self._records = records
        self.name = name
        self._errors: dict[str, dict[str, Any]] = {}

    def __len__(self) -> int:
        return len(self._records)

    def __repr__(self) -> str:
        return f"Corpus({self.name!r}, documents={len(self)})"

    def __iter__(self) -> Iterator[Document]:
        for rec in self._records:
            doc = self._make(rec)
            if doc is not None:
                yield doc

    def __getitem__(self, i: int) -> Document:
        doc = self._make(self._records[i], strict=True)
        assert doc is not None
        return doc

    def _make(self, rec: dict[str, Any], strict: bool = False) -> Document | None:
        try:
            if "error" in rec:  # a malformed row or file, found when the table was read
                raise InputError(rec["error"])
            if "path" in rec and "text" not in rec:
                doc = load(Path(rec["path"]), doc_id=rec["doc_id"], meta=rec.get("meta"))
            else:
                text = rec["text"]
                if not isinstance(text, str):
                    raise InputError(f"{rec['where']}: text is missing (got {text!r})")
                doc = Document(_check_text(text, rec["where"]), doc_id=rec["doc_id"], meta=rec.get("meta"))
            self._errors.pop(rec["doc_id"], None)
            return doc
        except (InputError, UnicodeError, OSError) as err:
            if strict:
                raise
            self._errors[rec["doc_id"]] = {"doc_id": rec["doc_id"], "source": rec["where"],
                                           "error": type(err).__name__, "message": str(err)}
            msg = str(err)
            where = rec["where"]
            warnings.warn(f"skipped {msg}" if msg.startswith(where) else f"skipped {where}: {msg}",
                          GeolibWarning, stacklevel=3)
            return None

    @property
    def errors(self) -> pd.DataFrame:
        """Documents skipped so far: doc_id, source, error, message."""
        return pd.DataFrame(list(self._errors.values()), columns=["doc_id", "source", "error", "message"])

    @property
    def doc_ids(self) -> list[str]:
        return [r["doc_id"] for r in self._records]

    def to_frame(self) -> pd.DataFrame:
        """One row per document that can be read: doc_id, text and metadata columns."""
        rows = [{"doc_id": d.doc_id, "text": d.text, **d.meta} for d in self]
        return pd.DataFrame(rows)


def read_corpus(source: Source, *, text_col: str = "text", id_col: str | None = None,
                recursive: bool = False) -> Corpus:
    """Read a corpus from a folder of text files, a CSV or JSON Lines file, a DataFrame, or a list.

    ``doc_id`` is the file name (without suffix), the id column (``id_col``, or a column named
    ``doc_id`` or ``id``), or ``<file stem>:<row>``. Other columns become each document's metadata.

    Example:
        >>> read_corpus(pd.DataFrame({"id": ["a"], "text": ["China spoke."]})).doc_ids
        ['a']
    """
    if isinstance(source, Corpus):
        return source
    if isinstance(source, Document):
        return Corpus([{"doc_id": source.doc_id, "text": source.text, "meta": source.meta,
                        "where": source.doc_id}], name=source.doc_id)
    if isinstance(source, pd.DataFrame):
        return Corpus(_records_from_frame(source, text_col, id_col, "DataFrame", "row"), name="DataFrame")
    if isinstance(source, (str, os.PathLike)) and not (isinstance(source, str) and "\n" in source):
        path = Path(source)
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            files, tables = _folder_files(path, recursive=recursive)
            records = [_file_record(p) for p in files]
            for t in tables:  # a bad file is one error record; the other files are read
                records.extend(iter_table_records_or_error(t, text_col, id_col))
            return Corpus(_unique_ids(records), name=path.name)
        if file_suffix(path) in TABLE_SUFFIXES:
            return Corpus(list(iter_table_records(path, text_col, id_col)), name=path.name)
        return Corpus([_file_record(path)], name=path.name)
    if isinstance(source, Iterable) and not isinstance(source, (str, bytes)):
        records: list[dict[str, Any]] = []
        for i, item in enumerate(source):
            if isinstance(item, Document):
                records.append({"doc_id": item.doc_id, "text": item.text, "meta": item.meta,
                                "where": item.doc_id})
            elif isinstance(item, (str, os.PathLike)) and _looks_like_path(str(item)):
                p = Path(item)
                if not p.exists():  # recorded and skipped when iterated, like an empty file
                    records.append(_file_record(p))
                elif p.is_file() and file_suffix(p) in TABLE_SUFFIXES:
                    records.extend(iter_table_records_or_error(p, text_col, id_col))
                else:
                    records.extend(read_corpus(p, text_col=text_col, id_col=id_col)._records)
            elif isinstance(item, str):
                records.append({"doc_id": str(i), "text": item, "meta": {}, "where": f"item {i}"})
            else:
                raise TypeError(f"read_corpus(): item {i} is a {type(item).__name__}, not text or a path")
        return Corpus(_unique_ids(records), name="list")
    if isinstance(source, str):
        return Corpus([{"doc_id": "text", "text": source, "meta": {}, "where": "text"}], name="text")
    raise TypeError(f"read_corpus() cannot read a {type(source).__name__}")


def _folder_files(path: Path, *, recursive: bool = False) -> tuple[list[Path], list[Path]]:
    """The text files and the table files of a folder that make up a corpus, each sorted.

    Raises InputError if there are none.
    """
    pattern = "**/*" if recursive else "*"
    found = [p for p in path.glob(pattern) if p.is_file()]
    files = sorted(p for p in found if file_suffix(p) in TEXT_SUFFIXES)
    tables = sorted(p for p in found if file_suffix(p) in FOLDER_TABLE_SUFFIXES)
    if not files and not tables:
        hint = ""
        if not recursive and any(p.is_dir() for p in path.iterdir()):
            hint = "; its sub-folders are read with read_corpus(path, recursive=True)"
        raise InputError(f"{path}: no .txt, .html, .csv or .jsonl files in this folder{hint}")
    return files, tables


def _file_record(path: Path) -> dict[str, Any]:
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
        if isinstance(source, os.PathLike) or _looks_like_path(s):
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
            if isinstance(item, str) and not _looks_like_path(item):
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
