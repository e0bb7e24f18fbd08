"""The whole geolib pipeline over a corpus, as a stream: documents in, tidy tables out.

:func:`analyze` reads documents lazily, hands them in batches (plain texts or paths, never
``Document`` objects) to one or more processes, or to a Dask cluster, and runs each *stage* on
every document. A stage is a function ``doc -> DataFrame``; the standard ones are

=============  ==========================================  ==================================
table          function                                    rows
=============  ==========================================  ==================================
documents      :func:`documents_table`                     one per document (text, metadata)
sentences      :func:`sentences_table`                     one per sentence, every part
actors         ``geolib.actors.actors``                    one per actor mention (body)
quotes         ``geolib.quotes.quotes``                    one per quote (body)
frames         ``geolib.frames.frames``                    one per framing term (body)
=============  ==========================================  ==================================

A stage whose module cannot be imported is reported as unavailable (a warning, and
``results.unavailable``); it is not run and never marked done. A document that cannot be read, or a
stage that fails on it, goes into the ``errors`` table and the run goes on.

With ``out=DIR`` every batch is written as Parquet part files (one dataset per table, plus a small
manifest of what is done) and the memory used is bounded by the batch, not by the corpus. A re-run
into the same folder skips the (document, stage) pairs already done, keyed by ``doc_id`` and a hash
of the text, so an interrupted run resumes, and a stage that became available later is added.
:func:`read_results` reads the tables back into pandas.

Example:
    >>> res = analyze(["NATO met. China objected.", "Russia spoke."], stages=("sentences",),
    ...               progress=False)
    >>> res["sentences"][["doc_id", "text"]].values.tolist()
    [['0', 'NATO met.'], ['0', 'China objected.'], ['1', 'Russia spoke.']]
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import sys
import threading
import time
import warnings
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from .decoding import GeolibWarning, InputError, decode_bytes, file_suffix, read_bytes
from .document import (Corpus, Document, _check_text, _file_record, _folder_files, _looks_like_path,
                       read_corpus)
from .tables import TABLE_SUFFIXES, iter_table_records_or_error

__all__ = ["analyze", "read_results", "report_command", "Results", "STAGES", "DEFAULT_STAGES",
           "documents_table", "sentences_table", "text_hash", "available_stages"]

#: Where each standard stage lives: ``"module:function"``, looked up when a run starts.
STAGES: dict[str, str] = {
    "documents": "geolib.pipeline:documents_table",
    "sentences": "geolib.pipeline:sentences_table",
    "actors": "geolib.actors:actors",
    "quotes": "geolib.quotes:quotes",
    "frames": "geolib.frames:frames",
}
#: Work a standard stage can take from one run before it in the same document: the frames stage
#: gets the quotes table (``frames(doc, quotes=...)``) instead of finding the quotes again.
STAGE_INPUTS: dict[str, dict[str, str]] = {"geolib.frames:frames": {"quotes": "geolib.quotes:quotes"}}
DEFAULT_STAGES: tuple[str, ...] = ("documents", "sentences", "actors", "quotes", "frames")
ERROR_COLUMNS = ["doc_id", "source", "stage", "error", "message"]
MANIFEST = "_manifest"
_DOC_META = ("title", "date", "outlet", "dateline", "url", "path")
DOCUMENT_COLUMNS = ["doc_id", "start", "end", "text", "text_hash", *_DOC_META, "chars", "paragraphs",
                    "sentences", "words", "meta"]
SENTENCE_COLUMNS = ["doc_id", "start", "end", "text", "sentence", "paragraph", "role"]

StageSpec = str | Callable[[Document], pd.DataFrame]


# ------------------------------------------------------------------------------ built-in stages

def text_hash(text: str) -> str:
    """A short stable hash of a document's text (16 hex digits of BLAKE2b).

    Example:
        >>> text_hash("NATO met.") == text_hash("NATO met."), len(text_hash("x"))
        (True, 16)
    """
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def documents_table(docs: Document | Iterable[Document]) -> pd.DataFrame:
    """One row per document: doc_id, start, end, text, text_hash, metadata and sizes.

    ``words`` counts word and number tokens of the body. Metadata other than title, date, outlet,
    dateline, url and path is kept as JSON in ``meta``.

    Example:
        >>> documents_table(Document("China spoke. NATO replied.", doc_id="a"))[
        ...     ["doc_id", "start", "end", "sentences", "words"]].values.tolist()
        [['a', 0, 26, 2, 4]]
    """
    rows = []
    for doc in ([docs] if isinstance(docs, Document) else docs):
        meta = doc.meta
        rest = {k: v for k, v in meta.items() if k not in _DOC_META}
        row: dict[str, Any] = {"doc_id": doc.doc_id, "start": 0, "end": len(doc.text), "text": doc.text,
                               "text_hash": text_hash(doc.text)}
        for key in _DOC_META:
            value = meta.get(key)
            row[key] = None if value is None or (isinstance(value, float) and value != value) else str(value)
        row.update({"chars": len(doc.text), "paragraphs": len(doc.paragraph_spans),
                    "sentences": len(doc.sentence_spans), "words": doc.words(),
                    "meta": json.dumps(rest, ensure_ascii=False, default=str, sort_keys=True)})
        rows.append(row)
    df = pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)
    # metadata columns are text even when missing, so that batches and Parquet parts agree
    return df.astype({"start": "int64", "end": "int64", "chars": "int64", "paragraphs": "int64",
                      "sentences": "int64", "words": "int64", **{k: "str" for k in (*_DOC_META, "meta")}})


def sentences_table(docs: Document | Iterable[Document]) -> pd.DataFrame:
    """The sentences of one or more documents, every part (filter on ``role`` for the body).

    Example:
        >>> sentences_table(Document("China spoke. NATO replied.", doc_id="a"))["text"].tolist()
        ['China spoke.', 'NATO replied.']
    """
    if isinstance(docs, Document):
        return docs.sentences
    rows = []  # one table for many documents: the same rows as their doc.sentences, one pandas call
    for d in docs:
        t, roles = d.text, [r for _, _, r in d.paragraph_spans]
        rows.extend((d.doc_id, s, e, t[s:e], i, p, roles[p]) for i, (s, e, p) in enumerate(d.sentence_spans))
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS).astype(
        {"start": "int64", "end": "int64", "sentence": "int64", "paragraph": "int64"})


# ------------------------------------------------------------------------------ stage lookup

@lru_cache(maxsize=None)
def _import_stage(spec: str) -> Callable[[Document], pd.DataFrame]:
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


def _resolve(spec: StageSpec) -> Callable[[Document], pd.DataFrame]:
    return spec if callable(spec) else _import_stage(spec)


def _normalise_stages(stages: Iterable[str | Callable] | Mapping[str, StageSpec]
                      ) -> list[tuple[str, StageSpec]]:
    if isinstance(stages, Mapping):
        items = list(stages.items())
    else:
        if isinstance(stages, str) or callable(stages):
            stages = [stages]
        items = []
        for s in stages:
            if callable(s):
                items.append((s.__name__, s))
            elif s in STAGES:
                items.append((s, STAGES[s]))
            else:
                raise ValueError(f"unknown stage {s!r}; choose from {', '.join(STAGES)} or pass a "
                                 "function doc -> DataFrame")
    names = [n for n, _ in items]
    if len(set(names)) != len(names):
        raise ValueError(f"stage names repeat: {names}")
    if "errors" in names or MANIFEST in names:
        raise ValueError("'errors' and '_manifest' are reserved table names")
    return items


def available_stages(stages: Iterable[str] = DEFAULT_STAGES) -> dict[str, str | None]:
    """For each standard stage, ``None`` if it can run here, else why not.

    Example:
        >>> available_stages(("documents", "sentences"))
        {'documents': None, 'sentences': None}
    """
    out: dict[str, str | None] = {}
    for name, spec in _normalise_stages(stages):
        try:
            _resolve(spec)
            out[name] = None
        except (ImportError, AttributeError) as err:
            out[name] = f"{type(err).__name__}: {err}"
    return out


# ------------------------------------------------------------------------------ reading records

def _is_path(x: Any) -> bool:
    return isinstance(x, os.PathLike) or (isinstance(x, str) and bool(x.strip()) and _looks_like_path(x))


def _iter_records(source: Any) -> Iterator[dict[str, Any]]:
    """Lightweight records (doc_id, where, meta, and text or path), streamed, ids made unique the
    way :func:`geolib.read_corpus` makes them."""
    seen: dict[str, int] = {}
    for rec in _raw_records(source, top=True):
        base = rec["doc_id"]
        if base in seen:
            seen[base] += 1
            rec = {**rec, "doc_id": f"{base}~{seen[base]}"}
        else:
            seen[base] = 0
        yield rec


def _raw_records(source: Any, top: bool = False) -> Iterator[dict[str, Any]]:
    if isinstance(source, Corpus):
        yield from source._records
    elif isinstance(source, Document):
        yield {"doc_id": source.doc_id, "text": source.text, "meta": source.meta, "where": source.doc_id}
    elif isinstance(source, pd.DataFrame):
        yield from read_corpus(source)._records
    elif _is_path(source):
        yield from _path_records(Path(source), top)
    elif isinstance(source, str):
        yield {"doc_id": "text", "text": source, "meta": {}, "where": "text"}
    elif isinstance(source, Iterable) and not isinstance(source, bytes):
        for i, item in enumerate(source):
            if isinstance(item, (Document, Corpus, pd.DataFrame)) or _is_path(item):
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
        yield _file_record(path)  # recorded when it is read: "no such file"
        return
    if path.is_dir():
        files, tables = _folder_files(path)
        yield from map(_file_record, files)
        for t in tables:
            yield from iter_table_records_or_error(t)
    elif file_suffix(path) in TABLE_SUFFIXES:
        yield from iter_table_records_or_error(path, strict=top)
    else:
        yield _file_record(path)


def _count_documents(source: Any) -> int | None:
    """Number of documents when it is known without reading them (for the progress bar)."""
    if isinstance(source, (Corpus, pd.DataFrame)):
        return len(source)
    if isinstance(source, Document) or (isinstance(source, str) and not _is_path(source)):
        return 1
    if isinstance(source, (list, tuple)) and all(isinstance(x, (str, Document)) for x in source) \
            and not any(_is_path(x) for x in source):
        return len(source)
    return None


def _record_text(rec: dict[str, Any]) -> str:
    if "error" in rec:  # a malformed row or file, found when the table was read
        raise InputError(rec["error"])
    if "path" in rec and "text" not in rec:
        path = Path(rec["path"])
        if not path.exists():
            raise InputError(f"{path}: no such file")
        text = _check_text(decode_bytes(read_bytes(path), name=str(path)), str(path))
    else:
        text = rec["text"]
        if not isinstance(text, str):
            raise InputError(f"{rec['where']}: text is missing (got {text!r})")
        text = _check_text(text, rec["where"])
    return text[1:] if text.startswith("\ufeff") else text


# ------------------------------------------------------------------------------ the worker

def _run_batch(records: list[dict[str, Any]], stages: list[tuple[str, StageSpec]],
               done: list[dict[str, frozenset[str]] | None]) -> dict[str, Any]:
    """Run the stages on one batch of records (in a worker process, a Dask task or in-process).

    A standard stage is called once on the batch's documents (one DataFrame for the batch: the
    per-table cost of pandas is paid once, not per document); if that call fails, it is called
    document by document so that only the bad document goes to the errors table. Other stages
    are called document by document.
    """
    funcs = [(name, _resolve(spec)) for name, spec in stages]
    specs = [spec if isinstance(spec, str) else None for _, spec in stages]
    # keyword -> index of the earlier stage whose table that keyword takes (see STAGE_INPUTS)
    inputs = [{kw: specs.index(src) for kw, src in STAGE_INPUTS.get(spec or "", {}).items()
               if src in specs[:k]} for k, spec in enumerate(specs)]
    tables: dict[str, pd.DataFrame | None] = {name: None for name, _ in stages}
    errors: list[dict[str, Any]] = []
    manifest: list[tuple[str, str, str]] = []
    seconds = {"load": 0.0, **{name: 0.0 for name, _ in stages}}
    nbytes = processed = skipped = 0
    # 1. read the texts; skip what is done
    t0 = time.perf_counter()
    docs: list[tuple[dict[str, Any], str, Document, set[int]]] = []
    for rec, done_for_doc in zip(records, done):
        try:
            text = _record_text(rec)
            key = text_hash(text)
            already = (done_for_doc or {}).get(key, frozenset())
            todo = {k for k, (n, _) in enumerate(funcs) if n not in already}
            if not todo:
                skipped += 1
                continue
            doc = Document(text, doc_id=rec["doc_id"], meta=rec.get("meta"))
        except Exception as err:  # noqa: BLE001 -- one bad document must not stop the run
            errors.append(_error_row(rec, "read", err))
            continue
        nbytes += len(text.encode("utf-8", "surrogatepass"))
        processed += 1
        docs.append((rec, key, doc, todo))
    seconds["load"] += time.perf_counter() - t0
    # 2. each stage over the documents that need it
    outputs: dict[int, tuple[list[str], pd.DataFrame]] = {}
    for k, (name, func) in enumerate(funcs):
        group = [(rec, key, doc) for rec, key, doc, todo in docs if k in todo]
        if not group:
            continue
        t1 = time.perf_counter()
        ids = [doc.doc_id for _, _, doc in group]
        # an earlier table is handed on only if it covers exactly these documents
        kwargs = {kw: outputs[j][1] for kw, j in inputs[k].items() if j in outputs and outputs[j][0] == ids}
        frames: list[pd.DataFrame] = []
        ok_ids: list[str] = []
        batch_df = None
        if specs[k] in _BATCH_SPECS:
            try:
                batch_df = _check_frame(name, func(_Batch([doc for _, _, doc in group]), **kwargs))
            except Exception:  # noqa: BLE001 -- find the bad document one by one below
                batch_df = None
        if batch_df is not None:
            frames.append(batch_df)
            manifest.extend((rec["doc_id"], key, name) for rec, key, _ in group)
            ok_ids = ids
        else:
            for rec, key, doc in group:
                try:
                    df = _check_frame(name, func(doc, **kwargs))
                except Exception as err:  # noqa: BLE001
                    errors.append(_error_row(rec, name, err))
                    continue
                if len(df):
                    frames.append(df)
                manifest.append((rec["doc_id"], key, name))
                ok_ids.append(doc.doc_id)
        frames = [f for f in frames if len(f)]
        if frames:
            df = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0].reset_index(drop=True)
            df = _batch_dtypes(name, df)
            tables[name] = df
        if ok_ids == ids:
            outputs[k] = (ids, tables[name] if tables[name] is not None else pd.DataFrame(
                columns=frames[0].columns if frames else []))
        seconds[name] += time.perf_counter() - t1
    return {"tables": tables, "errors": errors, "manifest": manifest, "seconds": seconds,
            "bytes": nbytes, "processed": processed, "skipped": skipped, "records": len(records)}


#: Standard stages whose function takes a list of documents as well as one document.
_BATCH_SPECS = frozenset(STAGES.values())


class _Batch(Corpus):
    """The documents of a batch as a Corpus that yields these very objects, so that a stage
    reuses their sentences and tokens (a plain list is read again as texts by iter_documents)."""

    def __init__(self, docs: list[Document]) -> None:
        super().__init__([{"doc_id": d.doc_id, "where": d.doc_id} for d in docs], name="batch")
        self._docs = docs

    def __iter__(self) -> Iterator[Document]:
        return iter(self._docs)

    def __getitem__(self, i: int) -> Document:
        return self._docs[i]


def _check_frame(name: str, df: Any) -> pd.DataFrame:
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"stage {name} returned a {type(df).__name__}, not a DataFrame")
    return df


def _batch_dtypes(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """Metadata of the documents table is text even where missing (batches and parts agree)."""
    if name == "documents" and "meta" in df.columns:
        cols = [c for c in (*_DOC_META, "meta") if c in df.columns and df[c].dtype != "str"]
        if cols:
            df = df.astype({c: "str" for c in cols})
    return df


def _error_row(rec: dict[str, Any], stage: str, err: BaseException) -> dict[str, Any]:
    return {"doc_id": rec["doc_id"], "source": rec.get("where", rec["doc_id"]), "stage": stage,
            "error": type(err).__name__, "message": str(err)[:2000]}


def _run_batch_packed(args: tuple) -> dict[str, Any]:
    return _run_batch(*args)


# ------------------------------------------------------------------------------ Parquet output

class _Store:
    """A folder of Parquet datasets: ``DIR/<table>/part-<run>-<batch>.parquet`` + the manifest."""

    def __init__(self, out: str | os.PathLike) -> None:
        try:
            import pyarrow  # noqa: F401
        except ImportError:  # pragma: no cover - pyarrow is in the test and scale extras
            raise ImportError("writing Parquet needs pyarrow: pip install 'geolib[scale]'") from None
        self.root = Path(out)
        self.root.mkdir(parents=True, exist_ok=True)
        self.run = f"{time.time_ns():016x}"
        self._clean_orphans()

    def _tokens(self) -> set[str]:
        mdir = self.root / MANIFEST
        return {p.stem[len("part-"):] for p in mdir.glob("part-*.parquet")} if mdir.exists() else set()

    def _clean_orphans(self) -> None:
        """Part files of a batch whose manifest was never written (an interrupted run) go."""
        tokens = self._tokens()
        for sub in self.root.iterdir():
            if sub.is_dir() and sub.name != MANIFEST:
                for p in sub.glob("part-*.parquet"):
                    if p.stem[len("part-"):] not in tokens:
                        p.unlink()
                for p in sub.glob(".tmp-*"):
                    p.unlink()

    def done(self) -> dict[str, dict[str, frozenset[str]]]:
        """doc_id -> {text hash -> stages done}."""
        m = _read_manifest(self.root)
        out: dict[str, dict[str, set[str]]] = {}
        for doc_id, h, stage in zip(m["doc_id"], m["text_hash"], m["stage"]):
            out.setdefault(doc_id, {}).setdefault(h, set()).add(stage)
        return {d: {h: frozenset(s) for h, s in hs.items()} for d, hs in out.items()}

    def write(self, batch: int, result: dict[str, Any]) -> None:
        token = f"{self.run}-{batch:06d}"
        for name, df in result["tables"].items():
            if df is not None and len(df):
                self._write(name, token, df)
        if result["errors"]:
            self._write("errors", token, pd.DataFrame(result["errors"], columns=ERROR_COLUMNS))
        manifest = pd.DataFrame(result["manifest"], columns=["doc_id", "text_hash", "stage"])
        self._write(MANIFEST, token, manifest)  # last: the batch counts as written from here on

    def _write(self, name: str, token: str, df: pd.DataFrame) -> None:
        folder = self.root / name
        folder.mkdir(exist_ok=True)
        tmp = folder / f".tmp-{token}.parquet"
        df.to_parquet(tmp, index=False)
        os.replace(tmp, folder / f"part-{token}.parquet")


def _read_manifest(root: Path) -> pd.DataFrame:
    parts = sorted((root / MANIFEST).glob("part-*.parquet")) if (root / MANIFEST).exists() else []
    frames = []
    for p in parts:
        df = pd.read_parquet(p)
        df["_token"] = p.stem[len("part-"):]
        frames.append(df)
    if not frames:
        return pd.DataFrame(columns=["doc_id", "text_hash", "stage", "_token"])
    return pd.concat(frames, ignore_index=True)


def read_results(out: str | os.PathLike, *, tables: Iterable[str] | None = None,
                 columns: Iterable[str] | Mapping[str, Iterable[str]] | None = None
                 ) -> dict[str, pd.DataFrame]:
    """Read the tables that :func:`analyze` wrote to ``out`` back into pandas.

    Only the latest rows of each (document, stage) are returned, so a document re-run with a
    changed text appears once; errors later fixed by a successful re-run are dropped.
    ``columns`` reads only those columns (and ``doc_id``) of each table that has them, or, as a
    dict ``table -> columns``, only those of the tables it names: the documents and sentences
    tables hold the texts, which a large corpus may not fit in memory.

    Example:
        >>> import tempfile
        >>> d = tempfile.mkdtemp()
        >>> _ = analyze(["China spoke."], stages=("sentences",), out=d, progress=False)
        >>> read_results(d)["sentences"]["text"].tolist()
        ['China spoke.']
    """
    root = Path(out)
    if not root.is_dir():
        raise InputError(f"{root}: no such folder of results")
    manifest = _read_manifest(root)
    latest = manifest.groupby(["doc_id", "stage"], sort=False)["_token"].max() if len(manifest) \
        else pd.Series(dtype=object)
    latest_doc = manifest.groupby("doc_id", sort=False)["_token"].max() if len(manifest) \
        else pd.Series(dtype=object)
    names = sorted({p.name for p in root.iterdir() if p.is_dir() and p.name != MANIFEST}
                   | set(manifest["stage"]) | {"errors"})
    if tables is not None:
        names = [n for n in tables]
    result: dict[str, pd.DataFrame] = {}
    for name in names:
        folder = root / name
        frames = []
        wanted = columns.get(name) if isinstance(columns, Mapping) else columns
        wanted = set(wanted) if wanted is not None else None
        for p in sorted(folder.glob("part-*.parquet")) if folder.exists() else []:
            if wanted is None or name == "errors":
                df = pd.read_parquet(p)
            else:
                import pyarrow.parquet as pq

                names_here = pq.read_schema(p).names
                df = pd.read_parquet(p, columns=[c for c in names_here if c == "doc_id" or c in wanted])
            token = p.stem[len("part-"):]
            if name == "errors":
                keep = [_error_current(d, s, token, latest, latest_doc)
                        for d, s in zip(df["doc_id"], df["stage"])]
            else:
                keep = [latest.get((d, name)) == token for d in df["doc_id"]]
            df = df[keep]
            if len(df):
                frames.append(df)
        if name == "errors":
            df = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=ERROR_COLUMNS)
            # a later error of the same (document, stage) replaces an earlier one
            result[name] = df.drop_duplicates(["doc_id", "stage"], keep="last").reset_index(drop=True)
        else:
            result[name] = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    return result


def _error_current(doc_id: str, stage: str, token: str, latest: pd.Series, latest_doc: pd.Series) -> bool:
    done = latest_doc.get(doc_id) if stage == "read" else latest.get((doc_id, stage))
    return done is None or done < token


# ------------------------------------------------------------------------------ results

class Results(Mapping):
    """The tables of a run (a mapping ``name -> DataFrame``) and what the run did.

    ``stats``: documents processed and skipped, errors, MB, seconds, MB/s, documents/s and the
    seconds spent in each stage; ``unavailable``: stages that could not run, and why. When the run
    wrote to a folder, each table is read from it when asked for (memory stays small).
    """

    def __init__(self, names: list[str], *, frames: dict[str, pd.DataFrame] | None = None,
                 out: Path | None = None, stats: dict[str, Any] | None = None,
                 unavailable: dict[str, str] | None = None) -> None:
        self._names = names
        self._frames = frames
        self.out = out
        self.stats = stats or {}
        self.unavailable = unavailable or {}

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self._names:
            why = self.unavailable.get(name)
            raise KeyError(f"{name!r}: stage unavailable ({why})" if why else name)
        if self._frames is not None:
            return self._frames[name]
        return read_results(self.out, tables=[name])[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def __repr__(self) -> str:
        where = f", out={str(self.out)!r}" if self.out else ""
        return f"Results(tables={self._names}{where}, unavailable={sorted(self.unavailable)})"


# ------------------------------------------------------------------------------ analyze

def analyze(corpus_or_paths: Any, *, stages: Iterable[str | Callable] | Mapping[str, StageSpec] = DEFAULT_STAGES,
            n_jobs: int = 1, batch_size: int = 100, out: str | os.PathLike | None = None,
            engine: str = "local", scheduler: Any = None, start_method: str | None = None,
            progress: bool = True) -> Results:
    """Run the pipeline over a corpus, streaming, in batches; one table per stage plus ``errors``.

    Args:
        corpus_or_paths: a Corpus, a DataFrame with a text column, a path (folder of .txt, a CSV or
            JSON Lines file), a list of paths or texts, Documents, or any iterable of those.
        stages: names from :data:`STAGES`, functions ``doc -> DataFrame`` (named after the
            function), or a dict ``name -> function or "module:function"``.
        n_jobs: worker processes (``-1``: one per CPU). Batches of texts go to the workers; rows
            come back in the order of the corpus, the same as with ``n_jobs=1``.
        batch_size: documents per batch (and per Parquet part file).
        out: folder to write Parquet to; tables are then not kept in memory and a re-run skips
            what is done. Read them with :func:`read_results` (or the returned mapping).
        engine: ``"local"`` or ``"dask"`` (``dask.bag`` over the batches).
        scheduler: for Dask: a ``distributed.Client``, a scheduler address (``"tcp://..."``), a
            local scheduler name (``"sync"``, ``"processes"``), or ``None`` for a local cluster
            of ``n_jobs`` worker processes. Workers must see the same files as this process.
        start_method: how ``n_jobs > 1`` worker processes start: ``"fork"`` (at once, sharing
            the lexicons this process has compiled), ``"spawn"`` (a fresh Python each, about a
            second to import and compile), or ``"forkserver"``. Default: ``"fork"`` on Linux when
            this process runs no other thread (a script, the CLI), else ``"spawn"`` (Jupyter
            kernels run threads, and forking a threaded process can deadlock).
        progress: show a tqdm progress bar (documents and MB).

    Returns:
        :class:`Results`: ``results["sentences"]`` etc. are DataFrames; ``results.stats``.

    Example:
        >>> res = analyze(["China spoke.", ""], stages=("documents",), progress=False)
        >>> len(res["documents"]), res["errors"][["doc_id", "stage", "error"]].values.tolist()
        (1, [['1', 'read', 'InputError']])
    """
    stage_list = _normalise_stages(stages)
    unavailable: dict[str, str] = {}
    runnable: list[tuple[str, StageSpec]] = []
    for name, spec in stage_list:
        try:
            _resolve(spec)
            runnable.append((name, spec))
        except (ImportError, AttributeError) as err:
            unavailable[name] = f"{type(err).__name__}: {err}"
            warnings.warn(f"stage {name!r} is unavailable and was not run ({err})", GeolibWarning,
                          stacklevel=2)
    if n_jobs is None or n_jobs == 0:
        n_jobs = 1
    if n_jobs < 0:
        n_jobs = max(1, (os.cpu_count() or 1) + 1 + n_jobs)
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if engine not in ("local", "dask"):
        raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")

    if start_method not in (None, "fork", "spawn", "forkserver"):
        raise ValueError(f"start_method must be 'fork', 'spawn' or 'forkserver', not {start_method!r}")

    store = _Store(out) if out is not None else None
    done = store.done() if store else {}
    names = [n for n, _ in runnable]
    collected: dict[str, list[pd.DataFrame]] | None = None if store else {n: [] for n in names}
    errors: list[dict[str, Any]] = []
    stats: dict[str, Any] = {"documents": 0, "skipped": 0, "errors": 0, "bytes": 0,
                             "stage_seconds": {"load": 0.0, **{n: 0.0 for n in names}}}

    total = _count_documents(corpus_or_paths)
    # the worker processes start before the progress bar (whose monitor is a thread)
    pool = _start_pool(n_jobs, runnable, start_method) if engine == "local" and n_jobs > 1 else None
    bar = _progress_bar(total, progress)
    started = time.perf_counter()

    def batches() -> Iterator[tuple]:
        batch: list[dict[str, Any]] = []
        for rec in _iter_records(corpus_or_paths):
            batch.append(rec)
            if len(batch) >= batch_size:
                yield (batch, runnable, [done.get(r["doc_id"]) for r in batch])
                batch = []
        if batch:
            yield (batch, runnable, [done.get(r["doc_id"]) for r in batch])

    if engine == "dask":
        results = _run_dask(batches(), n_jobs=n_jobs, scheduler=scheduler)
    else:
        results = _run_local(batches(), n_jobs=n_jobs, pool=pool)
    try:
        for i, result in enumerate(results):
            if store:
                store.write(i, result)
            else:
                for n in names:
                    if result["tables"][n] is not None:
                        collected[n].append(result["tables"][n])
                errors.extend(result["errors"])
            stats["documents"] += result["processed"]
            stats["skipped"] += result["skipped"]
            stats["errors"] += len(result["errors"])
            stats["bytes"] += result["bytes"]
            for k, v in result["seconds"].items():
                stats["stage_seconds"][k] = stats["stage_seconds"].get(k, 0.0) + v
            if bar is not None:
                bar.set_postfix_str(f"{stats['bytes'] / 1e6:.1f} MB", refresh=False)
                bar.update(result["records"])
    finally:
        if bar is not None:
            bar.close()
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    seconds = time.perf_counter() - started
    stats.update({"seconds": seconds, "mb": stats["bytes"] / 1e6,
                  "mb_per_s": stats["bytes"] / 1e6 / seconds if seconds else 0.0,
                  "docs_per_s": stats["documents"] / seconds if seconds else 0.0,
                  "n_jobs": n_jobs, "engine": engine})
    table_names = names + ["errors"]
    if store:
        return Results(table_names, out=store.root, stats=stats, unavailable=unavailable)
    frames = {n: (pd.concat(collected[n], ignore_index=True) if collected[n] else pd.DataFrame())
              for n in names}
    frames["errors"] = pd.DataFrame(errors, columns=ERROR_COLUMNS)
    return Results(table_names, frames=frames, stats=stats, unavailable=unavailable)


def _progress_bar(total: int | None, progress: bool):  # noqa: ANN202
    if not progress:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="doc", desc="geolib", file=sys.stderr, dynamic_ncols=True)


def _start_method(requested: str | None) -> str:
    """The start method for worker processes: ``requested``, or fork where that is safe."""
    if requested is not None:
        return requested
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _warm(stages: list[tuple[str, StageSpec]]) -> None:
    """Run the standard stages once on a two-sentence text: their lexicons are compiled here, and
    forked workers share them instead of compiling their own."""
    standard = [(n, spec) for n, spec in stages if isinstance(spec, str) and spec in _BATCH_SPECS]
    if standard:
        _run_batch([{"doc_id": "warm-up", "where": "warm-up", "text": "China criticised NATO. \"We object,\" a spokesman "
                     "said in Beijing."}], standard, [None])


def _start_pool(n_jobs: int, stages: list[tuple[str, StageSpec]], start_method: str | None
                ) -> ProcessPoolExecutor:
    """A pool of ``n_jobs`` worker processes, started now (see ``analyze(start_method=...)``)."""
    import multiprocessing

    method = _start_method(start_method)
    if method == "fork":
        _warm(stages)
    pool = ProcessPoolExecutor(max_workers=n_jobs, mp_context=multiprocessing.get_context(method))
    # with fork the workers are made at the first task: make them now, before any thread starts
    list(pool.map(int, range(n_jobs)))
    return pool


def _run_local(batches: Iterator[tuple], *, n_jobs: int, pool: ProcessPoolExecutor | None = None
               ) -> Iterator[dict]:
    """Batch results in order; with a ``pool`` (:func:`_start_pool`), a bounded queue of batches
    in its worker processes. A script that calls ``analyze(n_jobs>1)`` with the spawn start
    method needs the usual ``if __name__ == "__main__":`` guard."""
    if pool is None:
        for args in batches:
            yield _run_batch(*args)
        return
    pending: deque = deque()
    for args in batches:
        pending.append(pool.submit(_run_batch, *args))
        if len(pending) >= 2 * n_jobs:  # bounded: memory stays a few batches
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _run_dask(batches: Iterator[tuple], *, n_jobs: int, scheduler: Any = None) -> Iterator[dict]:
    """Batch results in order, computed with ``dask.bag`` in waves of a few batches per worker."""
    try:
        import dask.bag as db
    except ImportError:
        raise ImportError("engine='dask' needs dask: pip install 'geolib[scale]'") from None
    client = cluster = None
    if scheduler is None or (isinstance(scheduler, str) and "://" in scheduler):
        from distributed import Client, LocalCluster

        if scheduler is None:
            cluster = LocalCluster(n_workers=n_jobs, threads_per_worker=1, processes=True,
                                   dashboard_address=":0")
            client = Client(cluster, set_as_default=False)
        else:
            client = Client(scheduler, set_as_default=False)
        get = client
        width = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))
    else:
        get = scheduler  # a Client, or "sync" / "threads" / "processes"
        width = n_jobs
    try:
        wave: list[tuple] = []
        for args in batches:
            wave.append(args)
            if len(wave) >= 2 * width:
                yield from db.from_sequence(wave, npartitions=len(wave)).map(_run_batch_packed) \
                    .compute(scheduler=get)
                wave = []
        if wave:
            yield from db.from_sequence(wave, npartitions=len(wave)).map(_run_batch_packed) \
                .compute(scheduler=get)
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()


# ------------------------------------------------------------------------------ geolib report

def report_command(paths: Sequence[str], out: str | os.PathLike, jobs: int = 1, *,
                   progress: bool = True) -> int:
    """``geolib report PATH... --out DIR [--jobs N]``: tables as Parquet plus the standard figures.

    Writes ``DIR/<table>/`` Parquet datasets and ``DIR/figures/`` (PNG, SVG and the CSV behind
    each figure). Returns the exit code: 0, 1 if documents had to be skipped, 2 for bad input.
    """
    missing_paths = [str(p) for p in paths if not Path(p).exists()]
    if missing_paths or not paths:
        print(f"geolib report: {', '.join(missing_paths) or 'no PATH'}: no such file or folder",
              file=sys.stderr)
        return 2
    try:
        res = analyze([Path(p) for p in paths], out=out, n_jobs=jobs, progress=progress)
    except (InputError, FileNotFoundError, TypeError) as err:
        print(f"geolib report: {err}", file=sys.stderr)
        return 2
    # only the tables the figures and the summary read: the sentences table of a large corpus
    # would not fit in memory, and nothing here needs it
    tables = read_results(out, tables=[n for n in (*_FIGURE_COLUMNS, "errors") if n in res._names],
                          columns=_FIGURE_COLUMNS)
    written, missing = write_figures(tables, Path(out) / "figures")
    s = res.stats
    print(f"geolib report: {s['documents']} documents ({s['mb']:.1f} MB) in {s['seconds']:.1f} s, "
          f"{s['skipped']} already done; tables in {out}", file=sys.stderr)
    for name in written:
        print(f"  figure: {name}", file=sys.stderr)
    for name, why in {**res.unavailable, **missing}.items():
        print(f"  not made: {name} ({why})", file=sys.stderr)
    errors = tables.get("errors", pd.DataFrame())
    if len(errors):
        print(f"geolib report: {len(errors)} error(s), see {Path(out) / 'errors'}", file=sys.stderr)
        for row in errors.head(10).itertuples():
            print(f"  {row.source} [{row.stage}]: {row.message}", file=sys.stderr)
        return 1
    return 0


def write_figures(tables: Mapping[str, pd.DataFrame], outdir: str | os.PathLike
                  ) -> tuple[list[str], dict[str, str]]:
    """Draw the standard figures from the tables of a run; return (made, {not made: why})."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    from .figures import save_figure

    made: list[str] = []
    missing: dict[str, str] = {}
    for name, recipe in _FIGURES.items():
        try:
            drawn = recipe(tables)
        except (ImportError, AttributeError, KeyError) as err:
            missing[name] = f"{type(err).__name__}: {err}"
            continue
        except Exception as err:  # noqa: BLE001 -- a figure must not lose the tables
            missing[name] = f"{type(err).__name__}: {err}"
            continue
        if drawn is None:
            missing[name] = "no data"
            continue
        ax, data = drawn
        save_figure(ax, name, data=data, outdir=outdir)
        plt.close(ax.figure if hasattr(ax, "figure") else ax)
        made.append(name)
    return made, missing


#: The tables the standard figures are drawn from, and the columns they read (the documents
#: table's lengths, not its texts; of actors, quotes and frames what their summaries count).
_FIGURE_COLUMNS = {"documents": ("doc_id", "words", "sentences", "chars"),
                   "actors": ("doc_id", "actor", "type", "affiliation", "start"),
                   "quotes": ("doc_id", "text", "kind", "speaker", "speaker_actor"),
                   "frames": ("doc_id", "frame", "in_quote", "speaker", "speaker_actor")}


def _need(tables: Mapping[str, pd.DataFrame], name: str) -> pd.DataFrame | None:
    df = tables.get(name)
    if df is None:
        raise KeyError(f"no {name} table")
    return df if len(df) else None


def _fig_document_lengths(tables):  # noqa: ANN001, ANN202
    import matplotlib.pyplot as plt

    docs = _need(tables, "documents")
    if docs is None:
        return None
    fig, ax = plt.subplots(figsize=(6, 3.5))
    ax.hist(docs["words"], bins=min(50, max(5, len(docs) // 5)), color="#4C72B0")
    ax.set_xlabel("words in the body")
    ax.set_ylabel("documents")
    ax.set_title(f"{len(docs)} documents, {int(docs['words'].sum()):,} words")
    return ax, docs[["doc_id", "words", "sentences", "chars"]]


def _fig_actor_ranking(tables):  # noqa: ANN001, ANN202
    mod = importlib.import_module("geolib.actors")

    df = _need(tables, "actors")
    if df is None:
        return None
    docs = tables.get("documents")
    words = dict(zip(docs["doc_id"], docs["words"])) if docs is not None and len(docs) else None
    counts = mod.actor_counts(df, words=words)
    ax = mod.plot_actor_ranking(counts)
    return ax, counts


def _fig_voice_share(tables):  # noqa: ANN001, ANN202
    mod = importlib.import_module("geolib.quotes")

    df = _need(tables, "quotes")
    if df is None:
        return None
    share = mod.voice_share(df)
    ax = mod.plot_voice_share(share)
    return ax, share


def _fig_frame_sponsorship(tables):  # noqa: ANN001, ANN202
    mod = importlib.import_module("geolib.frames")

    df = _need(tables, "frames")
    if df is None:
        return None
    table = mod.sponsorship(df)
    ax = mod.plot_sponsorship(table)
    return ax, table.reset_index()


_FIGURES: dict[str, Callable] = {
    "document_lengths": _fig_document_lengths,
    "actor_ranking": _fig_actor_ranking,
    "voice_share": _fig_voice_share,
    "frame_sponsorship": _fig_frame_sponsorship,
}
