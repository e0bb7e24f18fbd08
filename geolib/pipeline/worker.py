"""Running the stages on one batch of records: in a worker process, a Dask task or in-process.

Example:
    >>> out = run_batch([{"doc_id": "a", "where": "a", "text": "China spoke."}],
    ...                 [("sentences", STAGES["sentences"])], [None])
    >>> out["tables"]["sentences"]["text"].tolist(), out["manifest"][0][2]
    (['China spoke.'], 'sentences')
"""

from __future__ import annotations

import gc
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pandas as pd

from ..document import Corpus, Document
from .records import record_text
from .stages import STAGES  # noqa: F401 -- the doctest uses it
from .stages import BATCH_SPECS, DOC_META, STAGE_INPUTS, StageSpec, resolve, text_hash

__all__ = ["run_batch", "run_batch_packed", "Batch", "StageTimeout", "time_budget", "fewer_collections"]

# ------------------------------------------------------------------------------ the worker

class StageTimeout(BaseException):
    """A stage ran past its time budget on a document (``analyze(time_limit=...)``).

    A BaseException, so that a stage's own ``except Exception`` does not swallow it."""


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise :class:`StageTimeout` in the block if it runs longer than ``seconds``.

    Uses ``SIGALRM`` (``signal.setitimer``), so it guards only in the main thread of a process
    on a system that has it (worker processes and in-process runs call stages there; Dask
    worker threads do not, and there is then no guard). The previous handler and timer are
    restored afterwards. ``None`` disables the guard.

    Example:
        >>> with time_budget(5.0):
        ...     sum(range(10))
        45
    """
    if not seconds or not hasattr(signal, "setitimer") \
            or threading.current_thread() is not threading.main_thread():
        yield
        return
    armed = [True]

    def on_alarm(signum: int, frame: Any) -> None:
        if armed[0]:
            raise StageTimeout(f"more than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    old_delay, old_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        yield
    finally:
        armed[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)
        if old_delay > 0:  # someone else's timer: give it back what is left of it
            signal.setitimer(signal.ITIMER_REAL, max(old_delay - (time.monotonic() - started), 1e-3),
                             old_interval)


#: Allocations between two runs of the garbage collector's youngest generation while a batch runs
#: (Python's default is 700). See :func:`fewer_collections`.
BATCH_GC_THRESHOLD = 500_000


@contextmanager
def fewer_collections(threshold: int = BATCH_GC_THRESHOLD) -> Iterator[None]:
    """Run the garbage collector less often in the block: its youngest generation every
    ``threshold`` allocations of containers instead of Python's 700 (the older generations' own
    thresholds are kept); the previous thresholds are restored afterwards. Nothing changes when
    the collector is off or its threshold is already as high.

    A batch makes some 200,000 tuples per MB of text (tokens and their records), each of which
    the default threshold has the collector examine while the batch still holds what it made
    before: objects pushed into the oldest generation, and full collections of every object of
    the process (some 0.1 s each) every few batches. With 10,000, about 8% of the pipeline's CPU
    time less on the Wikinews sample. The standard stages leave no cycles (the quotes stage closes
    its per-document state, ``Doc.close``), so what a batch makes goes with its last reference and
    the collector only walks what is alive: with 100,000, its time per 4 MB fell from about 0.33 s
    to 0.20 s (mean of 5 runs). With 500,000 a batch of 100 news articles (fewer than 300,000 new
    containers alive at once) is never interrupted: the collector's time per 4 MB fell from about
    0.14 s to under 0.05 s (0.01 s in most runs; 4 runs each), and the peak memory of a 30 MB run
    with two processes stayed the same even with 1,000,000 (302 MB a worker, 362 MB the main
    process). At most 500,000 new containers of a stage's own cycles (some 50 MB) wait for the
    collector.

    Example:
        >>> import gc
        >>> before = gc.get_threshold()
        >>> with fewer_collections(50_000):
        ...     gc.get_threshold()[0] >= 50_000 or not gc.isenabled()
        True
        >>> gc.get_threshold() == before
        True
    """
    old = gc.get_threshold()
    if not gc.isenabled() or old[0] == 0 or old[0] >= threshold:
        yield
        return
    gc.set_threshold(threshold, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def run_batch(records: list[dict[str, Any]], stages: list[tuple[str, StageSpec]],
              done: list[dict[str, frozenset[str]] | None], max_chars: int | None = None,
              time_limit: float | None = None) -> dict[str, Any]:
    """Run the stages on one batch of records (in a worker process, a Dask task or in-process),
    with the garbage collector run less often (:func:`fewer_collections`).

    A standard stage is called once on the batch's documents (one DataFrame for the batch: the
    per-table cost of pandas is paid once, not per document); if that call fails, it is called
    document by document so that only the bad document goes to the errors table. Other stages
    are called document by document.

    ``time_limit`` is each document's budget in each stage, in seconds (see :func:`time_budget`):
    the batch call gets the budget of all its documents; a document over its own budget
    becomes an error row (``StageTimeout``) naming the stage.
    """
    with fewer_collections():
        return _run_batch(records, stages, done, max_chars, time_limit)


def _run_batch(records: list[dict[str, Any]], stages: list[tuple[str, StageSpec]],
               done: list[dict[str, frozenset[str]] | None], max_chars: int | None,
               time_limit: float | None) -> dict[str, Any]:
    """:func:`run_batch` with the collector as it is."""
    funcs = [(name, resolve(spec)) for name, spec in stages]
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
            text = record_text(rec, max_chars=max_chars)
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
        if specs[k] in BATCH_SPECS:
            try:
                with time_budget(time_limit * len(group) if time_limit else None):
                    batch_df = _check_frame(name, func(Batch([doc for _, _, doc in group]), **kwargs))
            except (Exception, StageTimeout):  # noqa: BLE001 -- find the bad document one by one below
                batch_df = None
        if batch_df is not None:
            frames.append(batch_df)
            manifest.extend((rec["doc_id"], key, name) for rec, key, _ in group)
            ok_ids = ids
        else:
            for rec, key, doc in group:
                try:
                    with time_budget(time_limit):
                        df = _check_frame(name, func(doc, **kwargs))
                except StageTimeout:
                    errors.append(_error_row(rec, name, StageTimeout(
                        f"stage {name!r} took more than {time_limit:g} s on this document and was "
                        "stopped (analyze(time_limit=...))")))
                    continue
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




class Batch(Corpus):
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
        cols = [c for c in (*DOC_META, "meta") if c in df.columns and df[c].dtype != "str"]
        if cols:
            df = df.astype({c: "str" for c in cols})
    return df


def _error_row(rec: dict[str, Any], stage: str, err: BaseException) -> dict[str, Any]:
    return {"doc_id": rec["doc_id"], "source": rec.get("where", rec["doc_id"]), "stage": stage,
            "error": type(err).__name__, "message": str(err)[:2000]}


def run_batch_packed(args: tuple) -> dict[str, Any]:
    return run_batch(*args)

