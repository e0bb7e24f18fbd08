"""The stages of the pipeline: where each lives, the two built-in tables, and stage lookup.

A stage is a function ``doc -> DataFrame`` (the standard ones also take a list of documents),
named in :data:`STAGES` as ``"module:function"`` and imported when a run starts.

Example:
    >>> resolve(STAGES["sentences"]) is sentences_table
    True
"""

from __future__ import annotations

import hashlib
import importlib
import json
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import Any

import pandas as pd

from ..document import Document

__all__ = ["STAGES", "STAGE_INPUTS", "DEFAULT_STAGES", "ERROR_COLUMNS", "MANIFEST", "DOC_META",
           "DOCUMENT_COLUMNS", "SENTENCE_COLUMNS", "BATCH_SPECS", "StageSpec", "text_hash",
           "documents_table", "sentences_table", "import_stage", "resolve", "normalise_stages",
           "available_stages"]

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
DOC_META = ("title", "date", "outlet", "dateline", "url", "path")
DOCUMENT_COLUMNS = ["doc_id", "start", "end", "text", "text_hash", *DOC_META, "chars", "paragraphs",
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
        rest = {k: v for k, v in meta.items() if k not in DOC_META}
        row: dict[str, Any] = {"doc_id": doc.doc_id, "start": 0, "end": len(doc.text), "text": doc.text,
                               "text_hash": text_hash(doc.text)}
        for key in DOC_META:
            value = meta.get(key)
            row[key] = None if value is None or (isinstance(value, float) and value != value) else str(value)
        row.update({"chars": len(doc.text), "paragraphs": len(doc.paragraph_spans),
                    "sentences": len(doc.sentence_spans), "words": doc.words(),
                    "meta": json.dumps(rest, ensure_ascii=False, default=str, sort_keys=True)})
        rows.append(row)
    df = pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)
    # metadata columns are text even when missing, so that batches and Parquet parts agree
    return df.astype({"start": "int64", "end": "int64", "chars": "int64", "paragraphs": "int64",
                      "sentences": "int64", "words": "int64", **{k: "str" for k in (*DOC_META, "meta")}})


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
def import_stage(spec: str) -> Callable[[Document], pd.DataFrame]:
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


def resolve(spec: StageSpec) -> Callable[[Document], pd.DataFrame]:
    return spec if callable(spec) else import_stage(spec)


def normalise_stages(stages: Iterable[str | Callable] | Mapping[str, StageSpec]
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
    bad = [n for n in names if not n or n in (".", "..") or "/" in n or "\\" in n or n.startswith(".")]
    if bad:  # a table name is a folder name in ``analyze(out=...)``
        raise ValueError(f"stage names must be plain folder names: {bad}")
    return items


def available_stages(stages: Iterable[str] = DEFAULT_STAGES) -> dict[str, str | None]:
    """For each standard stage, ``None`` if it can run here, else why not.

    Example:
        >>> available_stages(("documents", "sentences"))
        {'documents': None, 'sentences': None}
    """
    out: dict[str, str | None] = {}
    for name, spec in normalise_stages(stages):
        try:
            resolve(spec)
            out[name] = None
        except (ImportError, AttributeError) as err:
            out[name] = f"{type(err).__name__}: {err}"
    return out


#: Standard stages whose function takes a list of documents as well as one document.
BATCH_SPECS = frozenset(STAGES.values())
