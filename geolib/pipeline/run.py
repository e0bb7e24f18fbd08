"""analyze(): a corpus through the stages, in batches, into memory or a Parquet store."""

from __future__ import annotations

import itertools
import os
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from ..decoding import GeolibWarning
from .executors import progress_bar, run_dask, run_local, start_pool, stop_pool
from .records import count_documents, iter_records
from .stages import DEFAULT_STAGES, ERROR_COLUMNS, StageSpec, normalise_stages, resolve
from .store import Store, check_out_folder, read_results

__all__ = ["analyze", "Results"]

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
            progress: bool = True, max_chars: int | None = None, time_limit: float | None = 60.0,
            force: bool = False) -> Results:
    """Run the pipeline over a corpus, streaming, in batches; one table per stage plus ``errors``.

    Args:
        corpus_or_paths: a Corpus, a DataFrame with a text column, a path (folder of .txt, a CSV or
            JSON Lines file), a list of paths or texts, Documents, or any iterable of those.
        stages: names from :data:`STAGES`, functions ``doc -> DataFrame`` (named after the
            function), or a dict ``name -> function or "module:function"``.
        n_jobs: worker processes (``-1``: one per CPU). Batches of texts go to the workers; rows
            come back in the order of the corpus, the same as with ``n_jobs=1``.
        batch_size: documents per batch (the unit of work of a process).
        out: folder to write Parquet to; tables are then not kept in memory and a re-run skips
            what is done. Read them with :func:`read_results` (or the returned mapping). The
            folder must be new, empty, or one geolib wrote (it holds ``_geolib.json``); any
            other folder is refused with an InputError, before anything is read or written.
            Small batches are merged: a part file is written per ~100,000 rows or 64 MB.
        force: write into ``out`` even if it is a folder geolib did not write; geolib then
            writes only new files of its own there and removes nothing it did not write.
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
        max_chars: the longest document analysed, in characters (default
            :data:`geolib.decoding.MAX_DOCUMENT_CHARS`, or ``GEOLIB_MAX_CHARS``); a longer one
            is an error row.
        time_limit: seconds each document may take in each stage (``None``: no limit); a
            document over it becomes an error row (``StageTimeout``, naming the stage) and the
            run goes on. It is enforced with ``SIGALRM``, in the main thread of the process that
            runs the batch (worker processes, or this process when it is its main thread); off
            the main thread (Dask workers, a thread of yours) there is no guard.

    Returns:
        :class:`Results`: ``results["sentences"]`` etc. are DataFrames; ``results.stats``.

    Example:
        >>> res = analyze(["China spoke.", ""], stages=("documents",), progress=False)
        >>> len(res["documents"]), res["errors"][["doc_id", "stage", "error"]].values.tolist()
        (1, [['1', 'read', 'InputError']])
    """
    stage_list = normalise_stages(stages)
    unavailable: dict[str, str] = {}
    runnable: list[tuple[str, StageSpec]] = []
    for name, spec in stage_list:
        try:
            resolve(spec)
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
    if time_limit is not None and not time_limit > 0:
        raise ValueError("time_limit must be a positive number of seconds, or None")

    # nothing in ``out`` is touched before the inputs are seen to be readable: the folder is
    # checked, then the first record is read (a missing or empty input fails here), then opened
    if out is not None:
        check_out_folder(out, force=force)
    records = iter_records(corpus_or_paths)
    first = list(itertools.islice(records, 1))
    store = Store(out, force=force) if out is not None else None
    done = store.done() if store else {}
    names = [n for n, _ in runnable]
    collected: dict[str, list[pd.DataFrame]] | None = None if store else {n: [] for n in names}
    errors: list[dict[str, Any]] = []
    stats: dict[str, Any] = {"documents": 0, "skipped": 0, "errors": 0, "bytes": 0,
                             "stage_seconds": {"load": 0.0, **{n: 0.0 for n in names}}}

    total = count_documents(corpus_or_paths)
    # the worker processes start before the progress bar (whose monitor is a thread)
    pool = start_pool(n_jobs, runnable, start_method) if engine == "local" and n_jobs > 1 else None
    bar = progress_bar(total, progress)
    started = time.perf_counter()

    def batches() -> Iterator[tuple]:
        batch: list[dict[str, Any]] = []
        for rec in itertools.chain(first, records):
            batch.append(rec)
            if len(batch) >= batch_size:
                yield (batch, runnable, [done.get(r["doc_id"]) for r in batch], max_chars, time_limit)
                batch = []
        if batch:
            yield (batch, runnable, [done.get(r["doc_id"]) for r in batch], max_chars, time_limit)

    if engine == "dask":
        results = run_dask(batches(), n_jobs=n_jobs, scheduler=scheduler)
    else:
        results = run_local(batches(), n_jobs=n_jobs, pool=pool)
    finished = False
    try:
        for result in results:
            if store:
                store.add(result)
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
        if store:
            store.flush()
        finished = True
    finally:
        # interrupted (Ctrl-C) or failed: the workers stop now; the store keeps every part
        # whose manifest part was written, and the next run removes the journaled rest
        results.close()
        if bar is not None:
            bar.close()
        if pool is not None:
            stop_pool(pool, now=not finished)
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

