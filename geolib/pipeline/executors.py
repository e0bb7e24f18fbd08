"""Where batches run: in this process, a pool of worker processes, or a Dask cluster.

Each executor takes an iterator of ``run_batch`` arguments and yields the batch results in order.

Example:
    >>> from geolib.pipeline.stages import STAGES
    >>> args = ([{"doc_id": "a", "where": "a", "text": "China spoke."}], [("s", STAGES["sentences"])], [None])
    >>> [r["processed"] for r in run_local(iter([args]), n_jobs=1)]
    [1]
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from .stages import BATCH_SPECS, StageSpec
from .worker import run_batch, run_batch_packed

__all__ = ["progress_bar", "choose_start_method", "start_pool", "stop_pool", "worker_init", "run_local",
           "run_dask"]

def progress_bar(total: int | None, progress: bool):  # noqa: ANN202
    if not progress:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="doc", desc="geolib", file=sys.stderr, dynamic_ncols=True)


def choose_start_method(requested: str | None) -> str:
    """The start method for worker processes: ``requested``, or fork where that is safe."""
    if requested is not None:
        return requested
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _warm(stages: list[tuple[str, StageSpec]]) -> None:
    """Run the standard stages once on a two-sentence text: their lexicons are compiled here, and
    forked workers share them instead of compiling their own."""
    standard = [(n, spec) for n, spec in stages if isinstance(spec, str) and spec in BATCH_SPECS]
    if standard:
        run_batch([{"doc_id": "warm-up", "where": "warm-up", "text": "China criticised NATO. \"We object,\" a spokesman "
                     "said in Beijing."}], standard, [None])


def start_pool(n_jobs: int, stages: list[tuple[str, StageSpec]], start_method: str | None
                ) -> ProcessPoolExecutor:
    """A pool of ``n_jobs`` worker processes, started now (see ``analyze(start_method=...)``)."""
    import multiprocessing

    method = choose_start_method(start_method)
    if method == "fork":
        _warm(stages)
    # a forkserver's workers are its children, not ours: they watch whichever parent they have
    parent = os.getpid() if method in ("fork", "spawn") else None
    pool = ProcessPoolExecutor(max_workers=n_jobs, mp_context=multiprocessing.get_context(method),
                               initializer=worker_init, initargs=(parent,))
    # with fork the workers are made at the first task: make them now, before any thread starts
    list(pool.map(int, range(n_jobs)))
    return pool


def worker_init(parent: int | None = None) -> None:
    """Set up a worker process so that it ends with its parent.

    On Linux the kernel sends it SIGTERM when the parent dies (``prctl(PR_SET_PDEATHSIG)``); a
    daemon thread also checks every second that the parent is still the same (other systems,
    and a parent killed between the fork and this call). Ctrl-C is the parent's to handle: the
    worker ignores SIGINT, and the parent stops the pool (:func:`stop_pool`).
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, int(signal.SIGTERM), 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):  # pragma: no cover - no prctl: the thread below does it
            pass
    watched = os.getppid()
    if parent is not None and watched != parent:  # the parent died before this worker began
        os._exit(1)

    def watch() -> None:
        while os.getppid() == watched:
            time.sleep(1.0)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, name="geolib-parent-watch", daemon=True).start()


def stop_pool(pool: ProcessPoolExecutor, *, now: bool = False) -> None:
    """Shut the pool down; ``now`` (an interrupted or failed run): cancel the queued batches and
    terminate the workers at once instead of waiting for the batches they are running."""
    if not now:
        pool.shutdown(wait=True, cancel_futures=True)
        return
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        if proc.is_alive():
            proc.terminate()
    for proc in processes:
        proc.join(timeout=5)
        if proc.is_alive():  # pragma: no cover - a worker that ignores SIGTERM
            proc.kill()
            proc.join(timeout=5)


def run_local(batches: Iterator[tuple], *, n_jobs: int, pool: ProcessPoolExecutor | None = None
               ) -> Iterator[dict]:
    """Batch results in order; with a ``pool`` (:func:`start_pool`), a bounded queue of batches
    in its worker processes. A script that calls ``analyze(n_jobs>1)`` with the spawn start
    method needs the usual ``if __name__ == "__main__":`` guard."""
    if pool is None:
        for args in batches:
            yield run_batch(*args)
        return
    pending: deque = deque()
    for args in batches:
        pending.append(pool.submit(run_batch, *args))
        if len(pending) >= 2 * n_jobs:  # bounded: memory stays a few batches
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def run_dask(batches: Iterator[tuple], *, n_jobs: int, scheduler: Any = None) -> Iterator[dict]:
    """Batch results in order, computed with ``dask.bag`` in waves of a few batches per worker."""
    try:
        import dask.bag as db
    except ImportError:
        raise ImportError("engine='dask' needs dask: pip install 'geolib[scale]'") from None
    client = cluster = None
    if scheduler is None or (isinstance(scheduler, str) and "://" in scheduler):
        from distributed import Client, LocalCluster

        if scheduler is None:
            # no dashboard (":0" listened on every interface of the machine); the little HTTP
            # server the scheduler still runs listens on 127.0.0.1, its own address
            cluster = LocalCluster(n_workers=n_jobs, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
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
                yield from db.from_sequence(wave, npartitions=len(wave)).map(run_batch_packed) \
                    .compute(scheduler=get)
                wave = []
        if wave:
            yield from db.from_sequence(wave, npartitions=len(wave)).map(run_batch_packed) \
                .compute(scheduler=get)
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()

