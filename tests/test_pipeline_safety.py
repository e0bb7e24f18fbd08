"""geolib.pipeline's output folder is safe: geolib removes or overwrites only files it wrote itself
(issue 13), writes a bounded number of files, guards each document's time in each stage, and its
worker processes end with their parent."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import warnings
from pathlib import Path

import pandas as pd
import pytest

from conftest import ROOT
from geolib.cli import main
from geolib.decoding import InputError
from geolib.pipeline import STAGES, analyze, read_results, report_command
from geolib.pipeline import store as store_module
from geolib.pipeline.store import JOURNAL, MANIFEST, MARKER, committed_tokens


def _corpus(n: int = 8) -> pd.DataFrame:
    actors = ["China", "Russia", "NATO", "Japan"]
    texts = [f"{actors[i % 4]} criticised {actors[(i + 1) % 4]} on day {i}. \"We object,\" a spokesman "
             f"said.\n\nOfficials met again on day {i + 1}." for i in range(n)]
    return pd.DataFrame({"doc_id": [f"d{i:02d}" for i in range(n)], "text": texts})


def _snapshot(root: Path) -> dict[str, bytes]:
    """Every file under root (relative path -> bytes)."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _user_files(root: Path) -> dict[str, bytes]:
    """A user's files with names like geolib's, in sub-folders, at the top and in figures/."""
    files = {"mydata/part-00000-abc.snappy.parquet": b"spark output",
             "mydata2/part-0.parquet": b"mine",
             "documents/part-mine.parquet": b"not geolib's",
             "documents/.tmp-session.json": b"{}",
             ".tmp-session.json": b"{}",
             "part-2023.parquet": b"top level",
             "archive/part-2023.parquet": b"archive",
             "figures/document_lengths.png": b"my own figure"}
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    return files


def _sorted(df: pd.DataFrame) -> pd.DataFrame:
    keys = [c for c in ("doc_id", "start", "stage") if c in df.columns]
    return df.sort_values(keys).reset_index(drop=True).astype(object)


def _same_tables(a: dict[str, pd.DataFrame], b: dict[str, pd.DataFrame], names) -> None:  # noqa: ANN001
    for name in names:
        pd.testing.assert_frame_equal(_sorted(a[name]), _sorted(b[name]), check_dtype=False)


# ------------------------------------------------------------------ a folder geolib did not write

def test_a_foreign_folder_is_refused_and_left_alone(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    _user_files(out)
    before = _snapshot(out)
    with pytest.raises(InputError, match="geolib did not write it.*force"):
        analyze(_corpus(3), stages=("documents",), out=out, progress=False)
    assert _snapshot(out) == before
    src = tmp_path / "src"
    src.mkdir()
    _corpus(3).to_csv(src / "news.csv", index=False)
    assert report_command([str(src)], out, 1, progress=False) == 2
    assert "not empty" in capsys.readouterr().err
    assert main(["report", str(src), "--out", str(out), "--quiet"]) == 2
    assert _snapshot(out) == before


def test_force_writes_beside_user_files_and_touches_none(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    user = _user_files(out)
    df = _corpus(6)
    mem = analyze(df, stages=("documents", "sentences"), progress=False)
    res = analyze(df, stages=("documents", "sentences"), out=out, force=True, batch_size=2, progress=False)
    assert res.stats["documents"] == 6
    assert {rel: data for rel, data in _snapshot(out).items() if rel in user} == user
    back = read_results(out)
    _same_tables(back, mem, ["documents", "sentences"])  # documents/part-mine.parquet is not read
    assert "mydata" not in back and "figures" not in back
    # the folder is now marked: a re-run needs no force, and an interrupted-run clean-up
    # (which runs on every open) removes none of the user's files
    analyze(df, stages=("documents", "sentences"), out=out, progress=False)
    assert {rel: data for rel, data in _snapshot(out).items() if rel in user} == user
    # the report: the user's figure of the same name is not overwritten, the others are made
    src = tmp_path / "src"
    src.mkdir()
    df.to_csv(src / "news.csv", index=False)
    capsys.readouterr()
    code = report_command([str(src)], out, 1, progress=False)
    err = capsys.readouterr().err
    assert code == 0
    assert (out / "figures" / "document_lengths.png").read_bytes() == b"my own figure"
    assert "not made: document_lengths" in err and "document_lengths.png exists and geolib did not write it" in err
    assert not (out / "figures" / "document_lengths.svg").exists()
    assert {rel: data for rel, data in _snapshot(out).items() if rel in user} == user


def test_report_overwrites_only_its_own_figures(tmp_path, capsys):
    src = tmp_path / "src"
    src.mkdir()
    _corpus(4).to_csv(src / "news.csv", index=False)
    out = tmp_path / "report"
    assert report_command([str(src)], out, 1, progress=False) == 0
    assert "figure: document_lengths" in capsys.readouterr().err
    marker = json.loads((out / MARKER).read_text())
    assert "figures/document_lengths.png" in marker["figures"]
    (out / "figures" / "document_lengths.png").write_bytes(b"stale")  # geolib's own file
    assert report_command([str(src)], out, 1, progress=False) == 0
    assert "figure: document_lengths" in capsys.readouterr().err
    assert (out / "figures" / "document_lengths.png").read_bytes()[:4] == b"\x89PNG"
    # a file geolib did not write (here: one the marker does not list), beside its own: left
    # alone, and that figure skipped
    marker["figures"].remove("figures/document_lengths.svg")
    (out / MARKER).write_text(json.dumps(marker))
    (out / "figures" / "document_lengths.svg").write_text("<svg>mine</svg>")
    assert report_command([str(src)], out, 1, progress=False) == 0
    assert "not made: document_lengths" in capsys.readouterr().err
    assert (out / "figures" / "document_lengths.svg").read_text() == "<svg>mine</svg>"


# ------------------------------------------------------------------ inputs and outputs that overlap

def test_out_at_or_inside_the_input_folder(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, text in enumerate(_corpus(3)["text"]):
        (corpus / f"a{i}.txt").write_text(text, encoding="utf-8")
    (corpus / "archive").mkdir()
    (corpus / "archive" / "part-2023.parquet").write_bytes(b"archive")
    before = _snapshot(corpus)
    # the input folder itself: not empty and not geolib's, refused untouched
    assert report_command([str(corpus)], corpus, 1, progress=False) == 2
    assert _snapshot(corpus) == before
    # with force: geolib's files beside the texts; the archive stays; a re-run reads no output back
    for _ in range(2):
        assert report_command([str(corpus)], corpus, 1, progress=False, force=True) == 0
        docs = read_results(corpus)["documents"]
        assert sorted(docs["doc_id"]) == ["a0", "a1", "a2"]
    assert (corpus / "archive" / "part-2023.parquet").read_bytes() == b"archive"
    # a folder inside the input folder
    inner = tmp_path / "corpus2"
    inner.mkdir()
    (inner / "a.txt").write_text("China spoke. NATO replied.", encoding="utf-8")
    for _ in range(2):
        res = analyze(inner, stages=("documents",), out=inner / "out", progress=False)
        assert read_results(inner / "out")["documents"]["doc_id"].tolist() == ["a"]
    assert res.stats["skipped"] == 1


def test_a_marker_geolib_did_not_write_is_never_overwritten(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / MARKER).write_text("my notes")
    with pytest.raises(InputError, match="not a marker geolib wrote"):
        analyze(["China spoke."], stages=("documents",), out=out, force=True, progress=False)
    assert (out / MARKER).read_text() == "my notes" and len(list(out.iterdir())) == 1


def test_a_results_folder_from_before_the_marker_is_resumed(tmp_path):
    df = _corpus(4)
    out = tmp_path / "old"
    analyze(df, stages=("documents",), out=out, progress=False)
    (out / MARKER).unlink()  # as geolib wrote it before the marker
    (out / JOURNAL).unlink()
    res = analyze(df, stages=("documents",), out=out, progress=False)
    assert res.stats["skipped"] == 4 and (out / MARKER).exists()
    assert read_results(out)["documents"]["doc_id"].tolist() == df["doc_id"].tolist()


def test_bad_input_fails_before_the_folder_is_touched(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    new = tmp_path / "new"
    with pytest.raises(InputError, match="no .txt"):
        analyze([empty], stages=("documents",), out=new, progress=False)
    assert not new.exists()
    with pytest.raises(InputError, match="no such file"):
        analyze(tmp_path / "missing", stages=("documents",), out=new, progress=False)
    assert not new.exists()
    # a folder of the user's, forced: nothing created or removed before the failure
    out = tmp_path / "out"
    out.mkdir()
    _user_files(out)
    before = _snapshot(out)
    with pytest.raises(InputError):
        analyze([empty], stages=("documents",), out=out, force=True, progress=False)
    assert _snapshot(out) == before and not (out / MARKER).exists()


def test_out_naming_a_file_is_a_clear_error(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text("China spoke.", encoding="utf-8")
    target = tmp_path / "results.parquet"
    target.write_bytes(b"precious")
    with pytest.raises(InputError, match="is a file"):
        analyze([src], stages=("documents",), out=target, progress=False)
    assert main(["report", str(src), "--out", str(target), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "is a file" in err and "Traceback" not in err
    assert target.read_bytes() == b"precious"


# ------------------------------------------------------------------ interrupted runs

class _Interrupting:
    """A stage that raises KeyboardInterrupt (Ctrl-C) on its n-th call."""

    def __init__(self, n: int | None) -> None:
        self.n, self.calls = n, 0

    def __call__(self, doc):  # noqa: ANN001, ANN204
        self.calls += 1
        if self.n is not None and self.calls == self.n:
            raise KeyboardInterrupt
        return doc.sentences[["doc_id", "start", "end", "text"]]


def test_interrupted_run_and_rerun_give_complete_tables(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "PART_ROWS", 6)  # small parts: some are written before Ctrl-C
    df = _corpus(12)
    clean = analyze(df, stages={"documents": STAGES["documents"], "sents": _Interrupting(None)},
                    out=tmp_path / "clean", batch_size=2, progress=False)
    out = tmp_path / "run"
    with pytest.raises(KeyboardInterrupt):
        analyze(df, stages={"documents": STAGES["documents"], "sents": _Interrupting(9)}, out=out,
                batch_size=2, progress=False)
    assert committed_tokens(out)  # some parts were written before the interruption
    res = analyze(df, stages={"documents": STAGES["documents"], "sents": _Interrupting(None)}, out=out,
                  batch_size=2, progress=False)
    assert 0 < res.stats["documents"] < 12 and res.stats["skipped"] > 0
    back, want = read_results(out), read_results(clean.out)
    _same_tables(back, want, ["documents", "sents"])
    assert back["documents"]["doc_id"].is_unique and len(back["errors"]) == 0


def test_a_run_cut_between_its_parts_and_its_manifest(tmp_path, monkeypatch):
    """Parts written, manifest part not (killed in between): the next run removes exactly those
    journaled parts and redoes their documents."""
    df = _corpus(5)
    out = tmp_path / "run"
    real = store_module.Store._write

    def cut(self, name, token, frame):  # noqa: ANN001, ANN202
        if name == MANIFEST:
            raise KeyboardInterrupt
        return real(self, name, token, frame)

    monkeypatch.setattr(store_module.Store, "_write", cut)
    with pytest.raises(KeyboardInterrupt):
        analyze(df, stages=("documents", "sentences"), out=out, progress=False)
    monkeypatch.setattr(store_module.Store, "_write", real)
    orphans = sorted((out / "sentences").glob("part-*.parquet"))
    assert len(orphans) == 1 and not committed_tokens(out)
    assert read_results(out)["sentences"].empty  # uncommitted parts are never read
    analyze(df, stages=("documents", "sentences"), out=out, progress=False)
    assert not orphans[0].exists()
    _same_tables(read_results(out), analyze(df, stages=("documents", "sentences"), progress=False),
                 ["documents", "sentences"])
    assert (out / JOURNAL).read_text() != ""  # this run's own journal, kept until the next open


# ------------------------------------------------------------------ bounded number of files

def test_many_tiny_documents_give_few_files_and_a_rerun_none(tmp_path):
    df = pd.DataFrame({"doc_id": [f"t{i}" for i in range(400)], "text": [f"Text {i}." for i in range(400)]})
    out = tmp_path / "run"
    analyze(df, stages=("documents", "sentences"), out=out, batch_size=1, progress=False)
    files = _snapshot(out)
    parts = [f for f in files if f.endswith(".parquet")]
    assert len(parts) == 3, parts  # documents, sentences and the manifest: one part each
    assert len(read_results(out)["sentences"]) == 400
    res = analyze(df, stages=("documents", "sentences"), out=out, batch_size=1, progress=False)
    assert res.stats["skipped"] == 400
    assert set(_snapshot(out)) == set(files)  # nothing new, not even an empty manifest part


def test_parts_are_cut_at_the_row_threshold(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "PART_ROWS", 50)
    df = pd.DataFrame({"doc_id": [f"t{i}" for i in range(200)], "text": [f"Text {i}." for i in range(200)]})
    out = tmp_path / "run"
    analyze(df, stages=("sentences",), out=out, batch_size=10, progress=False)
    assert len(list((out / "sentences").glob("part-*.parquet"))) == 4
    assert read_results(out)["sentences"]["doc_id"].tolist() == df["doc_id"].tolist()


# ------------------------------------------------------------------ per-document time guard

def _loops_on_marker(doc):  # noqa: ANN001, ANN202
    if "LOOP" in doc.text:
        while True:  # a stage stuck on one document
            pass
    return doc.sentences[["doc_id", "start", "end", "text"]]


def test_a_document_over_its_time_budget_is_an_error_row(tmp_path):
    def mine(signum, frame):  # noqa: ANN001, ANN202
        pass

    previous = signal.signal(signal.SIGALRM, mine)
    try:
        texts = ["China spoke.", "Russia said LOOP forever.", "NATO replied."]
        res = analyze(texts, stages={"documents": STAGES["documents"], "slow": _loops_on_marker},
                      time_limit=0.5, progress=False)
        assert signal.getsignal(signal.SIGALRM) is mine  # the caller's handler is back
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    finally:
        signal.signal(signal.SIGALRM, previous)
    err = res["errors"]
    assert err[["doc_id", "stage", "error"]].values.tolist() == [["1", "slow", "StageTimeout"]]
    assert "'slow'" in err["message"].iloc[0]
    assert res["slow"]["doc_id"].tolist() == ["0", "2"]
    assert res["documents"]["doc_id"].tolist() == ["0", "1", "2"]  # its other stage is kept


def batch_stage_that_loops(docs):  # noqa: ANN001, ANN201 -- "module:function" spec below
    """Like a standard stage: takes a batch or one document; stuck on a document with LOOP."""
    docs = [docs] if hasattr(docs, "sentences") else list(docs)
    _ = [_loops_on_marker(d) for d in docs]
    return pd.concat([d.sentences[["doc_id", "start", "end", "text"]] for d in docs], ignore_index=True)


def test_a_batch_call_over_budget_falls_back_to_documents(monkeypatch):
    from geolib.pipeline import worker

    spec = "test_pipeline_safety:batch_stage_that_loops"
    monkeypatch.setattr(worker, "BATCH_SPECS", worker.BATCH_SPECS | {spec})
    texts = ["China spoke.", "Russia said LOOP forever.", "NATO replied."]
    res = analyze(texts, stages={"batchy": spec}, time_limit=0.3, progress=False)
    assert res["errors"][["doc_id", "stage", "error"]].values.tolist() == [["1", "batchy", "StageTimeout"]]
    assert res["batchy"]["doc_id"].tolist() == ["0", "2"]


def test_time_guard_in_worker_processes():
    texts = ["China spoke.", "Russia said LOOP forever.", "NATO replied.", "Japan met."]
    res = analyze(texts, stages={"slow": _loops_on_marker}, time_limit=0.5, n_jobs=2, batch_size=1,
                  start_method="fork", progress=False)
    assert res["errors"][["doc_id", "error"]].values.tolist() == [["1", "StageTimeout"]]
    assert res["slow"]["doc_id"].tolist() == ["0", "2", "3"]


def test_bad_options_and_stage_names():
    with pytest.raises(ValueError, match="time_limit"):
        analyze(["x"], time_limit=0, progress=False)
    with pytest.raises(ValueError, match="plain folder names"):
        analyze(["China spoke."], stages={"../evil": STAGES["sentences"]}, progress=False)


# ------------------------------------------------------------------ workers end with their parent

_PARENT = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    from geolib.pipeline import analyze

    PIDS = Path(sys.argv[1])

    def slow(doc):
        (PIDS / str(os.getpid())).write_text("")
        time.sleep(600)

    if __name__ == "__main__":
        out = sys.argv[3] if len(sys.argv) > 3 else None
        analyze([f"Text {i}." for i in range(8)], stages={"documents": "geolib.pipeline:documents_table",
                "slow": slow}, n_jobs=2, batch_size=1, start_method=sys.argv[2], time_limit=None,
                out=out, progress=False)
""")


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")  # a zombie has ended; its parent is gone and cannot reap it


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_workers_end_when_the_parent_is_killed(tmp_path, method):
    script = tmp_path / "parent.py"
    script.write_text(_PARENT)
    pids = tmp_path / "pids"
    pids.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    parent = subprocess.Popen([sys.executable, str(script), str(pids), method], env=env)
    try:
        deadline = time.monotonic() + 120  # only a hang guard
        while len(list(pids.iterdir())) < 2 and time.monotonic() < deadline and parent.poll() is None:
            time.sleep(0.2)
        workers = [int(p.name) for p in pids.iterdir()]
        assert len(workers) == 2, "the workers did not start"
        assert all(_alive(w) for w in workers)
    finally:
        parent.kill()
        parent.wait()
    deadline = time.monotonic() + 20  # a hang guard, not a timed assertion
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [w for w in workers if _alive(w)]
    for w in left:
        os.kill(w, signal.SIGKILL)
    assert not left, f"workers {left} outlived their parent"


def _start_parent(tmp_path: Path, method: str, *extra: str) -> tuple[subprocess.Popen, list[int]]:
    script = tmp_path / "parent.py"
    script.write_text(_PARENT)
    pids = tmp_path / "pids"
    pids.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    parent = subprocess.Popen([sys.executable, str(script), str(pids), method, *extra], env=env,
                              stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120  # only a hang guard
    while len(list(pids.iterdir())) < 2 and time.monotonic() < deadline and parent.poll() is None:
        time.sleep(0.2)
    return parent, [int(p.name) for p in pids.iterdir()]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_ctrl_c_stops_the_workers_and_keeps_the_store_readable(tmp_path):
    out = tmp_path / "out"
    parent, workers = _start_parent(tmp_path, "fork", str(out))
    try:
        assert len(workers) == 2, "the workers did not start"
        parent.send_signal(signal.SIGINT)
        _, err = parent.communicate(timeout=60)  # a hang guard
    finally:
        if parent.poll() is None:
            parent.kill()
    assert parent.returncode != 0 and b"KeyboardInterrupt" in err
    deadline = time.monotonic() + 20
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [w for w in workers if _alive(w)]
    tables = read_results(out)  # readable; no batch finished, so nothing is in it
    assert tables and all(df.empty for df in tables.values())


# ------------------------------------------------------------------ Dask

def test_dask_local_cluster_has_no_public_dashboard(monkeypatch):
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    made = []
    real = distributed.LocalCluster

    def spy(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        cluster = real(*args, **kwargs)
        # what HTTP server the scheduler still runs (health checks) listens on this machine only
        sockets = cluster.scheduler.http_server._sockets.values()
        made.append((kwargs, {sock.getsockname()[0] for sock in sockets}))
        return cluster

    monkeypatch.setattr(distributed, "LocalCluster", spy)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = analyze(["China spoke.", "NATO met."], stages=("sentences",), engine="dask", n_jobs=1,
                      progress=False)
    assert len(res["sentences"]) == 2
    (kwargs, hosts), = made
    assert kwargs["dashboard_address"] is None  # no dashboard
    assert hosts and hosts <= {"127.0.0.1", "::1"}, hosts
