"""geolib.pipeline: the streaming corpus pipeline, its Parquet output, re-runs, processes and Dask."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings

import pandas as pd
import pytest

from conftest import ROOT, SEED, assert_offsets
from geolib.decoding import InputError
from geolib.document import Document, read_corpus
from geolib.pipeline import (DEFAULT_STAGES, STAGES, analyze, available_stages, documents_table,
                             read_results, report_command, sentences_table, text_hash)
from geolib.pipeline.stages import resolve

ARTICLE = """MOSCOW, March 3 (Wire) -- Russia's foreign minister said on Monday that NATO was "playing with fire".

"We will respond," Sergey Lavrov told reporters in Moscow. China urged all sides to show restraint.

The European Union called the move a threat to peace. U.S. officials declined to comment.
"""


def _texts(n: int = 12) -> list[str]:
    """Short news-like texts that differ from each other (names, numbers and paragraphs vary)."""
    actors = ["China", "Russia", "NATO", "Japan", "the European Union", "Iran"]
    out = []
    for i in range(n):
        a, b = actors[i % len(actors)], actors[(i + 2) % len(actors)]
        body = (f"{a} criticised {b} on day {i}. \"This is a cold war mentality,\" a spokesman said.\n\n"
                f"{b} rejected the claim. Officials in {a} said talks would go on.")
        out.append(body + ("\n\n" + ARTICLE if i % 3 == 0 else ""))
    return out


def _corpus(n: int = 12) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [f"d{i:02d}" for i in range(n)], "text": _texts(n),
                         "title": [f"Story {i}" for i in range(n)]})


def _norm(df: pd.DataFrame) -> pd.DataFrame:
    """Values only: Parquet and concatenation may change string dtypes and None/NaN."""
    df = df.reset_index(drop=True).astype(object)
    return df.where(df.notna(), None)


def _same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    assert list(a.columns) == list(b.columns)
    pd.testing.assert_frame_equal(_norm(a), _norm(b), check_dtype=False)


def _available() -> list[str]:
    return [name for name, why in available_stages(DEFAULT_STAGES).items() if why is None]


def _direct(docs, name: str) -> pd.DataFrame:
    """What calling the stage function directly on each document gives."""
    func = resolve(STAGES[name])
    frames = [func(d) for d in docs]
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


# ------------------------------------------------------------------ streaming results

def test_stream_equals_stages_called_directly():
    df = _corpus(12)
    stages = _available()
    assert {"documents", "sentences"} <= set(stages)
    res = analyze(df, stages=stages, batch_size=5, progress=False)
    assert res.stats["documents"] == 12 and res.stats["errors"] == 0
    docs = list(read_corpus(df))
    for name in stages:
        _same(res[name], _direct(docs, name))
    assert list(res) == stages + ["errors"] and len(res["errors"]) == 0
    # the tables keep the span invariant against each document's text
    texts = dict(zip(res["documents"]["doc_id"], res["documents"]["text"]))
    for name in stages:
        for doc_id, group in res[name].groupby("doc_id"):
            assert_offsets(texts[doc_id], group)


def test_documents_table_and_hash():
    doc = Document(ARTICLE, doc_id="a", meta={"title": "Lavrov", "source_id": 7})
    row = documents_table(doc).iloc[0]
    assert row["text"] == doc.text and (row["start"], row["end"]) == (0, len(doc.text))
    assert row["title"] == "Lavrov" and '"source_id": 7' in row["meta"]
    assert row["sentences"] == len(doc.sentence_spans) and row["words"] == doc.words() > 20
    assert row["text_hash"] == text_hash(doc.text) != text_hash(doc.text + " ")
    assert len(sentences_table(doc)) == len(doc.sentences)


def test_sources_paths_and_texts(tmp_path):
    (tmp_path / "one.txt").write_text(ARTICLE, encoding="utf-8")
    _corpus(3).to_csv(tmp_path / "more.csv", index=False)
    res = analyze(tmp_path, stages=("documents",), progress=False)
    # same ids, same order as geolib.read_corpus
    assert res["documents"]["doc_id"].tolist() == read_corpus(tmp_path).doc_ids == ["one", "d00", "d01", "d02"]
    res = analyze([str(tmp_path / "one.txt"), "China spoke.", Document("NATO met.", doc_id="x")],
                  stages=("sentences",), progress=False)
    assert res["sentences"]["doc_id"].unique().tolist() == ["one", "1", "x"]


# ------------------------------------------------------------------ errors and unavailable stages

def _fails_on_marker(doc: Document) -> pd.DataFrame:
    if "EXPLODE" in doc.text:
        raise RuntimeError("stage broke on this one")
    return doc.sentences.head(1)


def test_bad_documents_go_to_errors_and_the_run_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text("China spoke. NATO replied.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"%PDF-1.4 binary")
    (tmp_path / "c.txt").write_text("   \n ", encoding="utf-8")
    (tmp_path / "d.txt").write_text("Russia said EXPLODE today.", encoding="utf-8")
    (tmp_path / "e.txt").write_text("Japan answered.", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = analyze(tmp_path, stages={"documents": STAGES["documents"], "first": _fails_on_marker},
                      batch_size=2, progress=False)
    err = res["errors"].set_index("doc_id")
    assert set(err.index) == {"b", "c", "d"}
    assert err.loc["b", "stage"] == "read" and "PDF" in err.loc["b", "message"]
    assert err.loc["c", "stage"] == "read" and err.loc["c", "error"] == "InputError"
    assert err.loc["d", "stage"] == "first" and err.loc["d", "error"] == "RuntimeError"
    # the failing stage loses only its own row; the other stage of "d" and every other document stay
    assert res["documents"]["doc_id"].tolist() == ["a", "d", "e"]
    assert res["first"]["doc_id"].tolist() == ["a", "e"]
    assert res.stats["documents"] == 3 and res.stats["errors"] == 3


def test_malformed_rows_and_table_files_go_to_errors(tmp_path):
    """A bad JSON line, a CSV row with too many fields and an unreadable table file each cost
    only themselves: the rows around them and the other files are analysed."""
    (tmp_path / "a.jsonl").write_text('{"doc_id": "j1", "text": "China spoke."}\n{"doc_id": "j2", "text": oops\n'
                                      '{"doc_id": "j3", "text": "NATO replied."}\n', encoding="utf-8")
    (tmp_path / "b.csv").write_text('doc_id,text\nc1,"Russia said no."\nc2,"x",y,z\nc3,Japan answered.\n',
                                    encoding="utf-8")
    (tmp_path / "c.csv").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    (tmp_path / "d.txt").write_text("India met.", encoding="utf-8")
    # a folder reads its text files first, then its tables; a list keeps its order
    for source, ids in ((tmp_path, ["d", "j1", "j3", "c1", "c3"]),
                        (sorted(tmp_path.iterdir()), ["j1", "j3", "c1", "c3", "d"])):
        res = analyze(source, stages=("documents", "sentences"), progress=False)
        assert res["documents"]["doc_id"].tolist() == ids
        assert sorted(res["sentences"]["doc_id"].unique()) == sorted(ids)
        err = res["errors"]
        assert err["source"].tolist()[:2] == [f"{tmp_path / 'a.jsonl'}, line 2", f"{tmp_path / 'b.csv'}, line 3"]
        assert "not valid JSON" in err["message"].iloc[0] and "expected 2 fields, found 4" in err["message"].iloc[1]
        assert err["doc_id"].iloc[2] == "c" and "PNG" in err["message"].iloc[2]
        assert set(err["stage"]) == {"read"} and res.stats["errors"] == 3
    # a single table file that is wholly unreadable is the whole corpus: an error, not a silent result
    with pytest.raises(InputError, match="PNG"):
        analyze(tmp_path / "c.csv", stages=("documents",), progress=False)
    # a missing file in a list is one error row
    res = analyze([tmp_path / "missing.csv", tmp_path / "d.txt"], stages=("documents",), progress=False)
    assert res["documents"]["doc_id"].tolist() == ["d"]
    assert res["errors"][["doc_id", "message"]].values.tolist() == [["missing", f"{tmp_path / 'missing.csv'}: no such file"]]


def test_unavailable_stage_is_reported_not_stubbed():
    with pytest.warns(Warning, match="unavailable"):
        res = analyze(["China spoke."], stages={"sentences": STAGES["sentences"],
                                                "ghost": "geolib.no_such_module:ghost"}, progress=False)
    assert "ghost" in res.unavailable and "ghost" not in res
    with pytest.raises(KeyError, match="unavailable"):
        res["ghost"]
    assert len(res["sentences"]) == 1
    with pytest.raises(ValueError, match="unknown stage"):
        analyze(["x"], stages=("nonsense",), progress=False)


# ------------------------------------------------------------------ Parquet, re-runs

def test_parquet_round_trip_and_rerun_skips(tmp_path):
    df = _corpus(9)
    stages = ["documents", "sentences"] + [s for s in ("actors",) if s in _available()]
    mem = analyze(df, stages=stages, progress=False)
    out = tmp_path / "run"
    res = analyze(df, stages=stages, out=out, batch_size=4, progress=False)
    assert res.stats["documents"] == 9
    # the three batches are merged into one part per table (few files, however small the batches)
    assert len(list((out / "sentences").glob("part-*.parquet"))) == 1
    back = read_results(out)
    for name in stages:
        _same(back[name], mem[name])
        _same(res[name], mem[name])  # the returned mapping reads from the folder
    # a re-run does nothing new
    again = analyze(df, stages=stages, out=out, batch_size=4, progress=False)
    assert again.stats["documents"] == 0 and again.stats["skipped"] == 9
    for name in stages:
        _same(read_results(out)[name], mem[name])
    # one changed text is done again, and its old rows are gone
    df2 = df.copy()
    df2.loc[4, "text"] = "Brand new text about Iran. It has two sentences."
    third = analyze(df2, stages=stages, out=out, batch_size=4, progress=False)
    assert third.stats["documents"] == 1 and third.stats["skipped"] == 8
    sents = read_results(out)["sentences"]
    assert sents[sents["doc_id"] == "d04"]["text"].tolist() == ["Brand new text about Iran.",
                                                                  "It has two sentences."]
    assert len(read_results(out)["documents"]) == 9
    expected = analyze(df2, stages=stages, progress=False)
    _same(read_results(out)["sentences"].sort_values(["doc_id", "start"]),
          expected["sentences"].sort_values(["doc_id", "start"]))


def test_read_results_columns(tmp_path):
    res = analyze(_corpus(3), stages=("documents", "sentences"), out=tmp_path, progress=False)
    full = read_results(tmp_path)
    slim = read_results(tmp_path, tables=["documents", "sentences"], columns=["words", "sentence"])
    assert list(slim["documents"].columns) == ["doc_id", "words"]
    assert list(slim["sentences"].columns) == ["doc_id", "sentence"]
    pd.testing.assert_frame_equal(slim["documents"], full["documents"][["doc_id", "words"]])
    assert res.stats["documents"] == 3


def test_rerun_adds_a_new_stage_and_retries_errors(tmp_path):
    df = _corpus(5)
    out = tmp_path / "run"
    analyze(df, stages=("documents",), out=out, progress=False)
    res = analyze(df, stages=("documents", "sentences"), out=out, progress=False)
    assert res.stats["documents"] == 5  # each document had the sentences stage to do
    back = read_results(out)
    assert len(back["documents"]) == 5 and back["documents"]["doc_id"].is_unique
    _same(back["sentences"], analyze(df, stages=("sentences",), progress=False)["sentences"])
    # an error is retried on the next run and disappears once the document works
    bad = pd.DataFrame({"doc_id": ["x"], "text": ["   "]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        analyze(bad, stages=("documents",), out=out, progress=False)
    assert read_results(out)["errors"]["doc_id"].tolist() == ["x"]
    analyze(pd.DataFrame({"doc_id": ["x"], "text": ["Fixed now."]}), stages=("documents",), out=out,
            progress=False)
    back = read_results(out)
    assert len(back["errors"]) == 0 and "x" in set(back["documents"]["doc_id"])


def test_parts_of_an_interrupted_batch_are_dropped(tmp_path):
    """A part journaled but never committed (no manifest part) is removed by the next run; a
    part-like file geolib never journaled is neither read nor removed."""
    out = tmp_path / "run"
    analyze(_corpus(3), stages=("sentences",), out=out, progress=False)
    token = "ffffffffffffffff-000000"
    orphan = out / "sentences" / f"part-{token}.parquet"  # journaled, no manifest entry
    stranger = out / "sentences" / "part-eeeeeeeeeeeeeeee-000000.parquet"  # never journaled
    for path in (orphan, stranger):
        pd.DataFrame({"doc_id": ["zz"], "start": [0], "end": [1], "text": ["x"]}).to_parquet(path)
    with open(out / "_geolib.journal", "a", encoding="utf-8") as f:
        f.write(json.dumps({"token": token, "tables": ["sentences", "_manifest"]}) + "\n")
    assert "zz" not in set(read_results(out)["sentences"]["doc_id"])
    analyze(_corpus(3), stages=("sentences",), out=out, progress=False)
    assert not orphan.exists() and stranger.exists()
    assert "zz" not in set(read_results(out)["sentences"]["doc_id"])


# ------------------------------------------------------------------ processes and Dask

@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_two_processes_give_the_same_tables(start_method):
    df = _corpus(14)
    stages = _available()
    one = analyze(df, stages=stages, batch_size=3, progress=False)
    two = analyze(df, stages=stages, batch_size=3, n_jobs=2, start_method=start_method, progress=False)
    assert two.stats["n_jobs"] == 2
    for name in list(one):
        _same(two[name], one[name])


def test_start_method_forks_only_without_other_threads():
    import threading

    from geolib.pipeline.executors import choose_start_method

    assert choose_start_method("spawn") == "spawn"
    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        assert choose_start_method(None) == "spawn"  # a thread (Jupyter, tqdm's monitor): never fork
    finally:
        stop.set()
        t.join()
    with pytest.raises(ValueError, match="start_method"):
        analyze(["China spoke."], n_jobs=2, start_method="thread", progress=False)


def test_dask_local_cluster_gives_the_same_tables():
    pytest.importorskip("dask.bag")
    pytest.importorskip("distributed")
    df = _corpus(8)
    stages = _available()
    local = analyze(df, stages=stages, batch_size=3, progress=False)
    on_dask = analyze(df, stages=stages, batch_size=3, engine="dask", n_jobs=2, progress=False)
    for name in list(local):
        _same(on_dask[name], local[name])
    sync = analyze(df, stages=("sentences",), batch_size=3, engine="dask", scheduler="sync",
                   progress=False)
    _same(sync["sentences"], local["sentences"])


# ------------------------------------------------------------------ report and benchmark smoke

def test_report_command_writes_tables_and_figures(tmp_path, capsys):
    src = tmp_path / "corpus"
    src.mkdir()
    _corpus(6).to_csv(src / "news.csv", index=False)
    out = tmp_path / "report"
    assert report_command([str(src)], out, 1, progress=False) == 0
    tables = read_results(out)
    assert len(tables["documents"]) == 6 and len(tables["sentences"]) > 12
    figs = {p.name for p in (out / "figures").glob("*.png")}
    assert "document_lengths.png" in figs
    if "actors" in _available():
        assert "actor_ranking.png" in figs
        ranking = pd.read_csv(out / "figures" / "data" / "actor_ranking.csv")
        assert ranking["count"].sum() == len(tables["actors"])
    # the figures read only some columns: their tables equal those made from the whole tables
    from geolib.pipeline.report import FIGURES

    for name, recipe in FIGURES.items():
        if f"{name}.png" in figs:
            want = recipe(tables)[1].reset_index(drop=True)
            got = pd.read_csv(out / "figures" / "data" / f"{name}.csv")
            pd.testing.assert_frame_equal(got, want, check_dtype=False, check_names=False)
    if set(_available()) >= {"actors", "quotes", "frames"}:
        assert len(figs) == 4, figs
    (src / "bad.txt").write_bytes(b"\x89PNG....")
    assert report_command([str(src)], out, 1, progress=False) == 1
    assert "bad.txt" in capsys.readouterr().err
    assert report_command([str(tmp_path / "missing")], tmp_path / "r2", 1, progress=False) == 2


def test_benchmark_quick_runs(tmp_path):
    script = ROOT / "benchmarks" / "run.py"
    if not script.exists():
        pytest.skip("benchmarks/run.py not here")
    # (the timeout only stops a hang: speed is what the benchmark itself measures)
    r = subprocess.run([sys.executable, str(script), "--quick", "--results", str(tmp_path)],
                       capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    assert (tmp_path / "results.json").exists() and (tmp_path / "results.md").exists()
    assert "MB/s" in (tmp_path / "results.md").read_text()
    res = json.loads((tmp_path / "results.json").read_text())
    for key in ("memory_pipeline", "memory_one_file"):  # both memory runs ran, over every document
        assert "error" not in res[key] and res[key]["docs"] == res["corpus"]["docs"], key


def test_seed_through_the_pipeline():
    if not SEED.exists():
        pytest.skip("seed not here")
    res = analyze(SEED, stages=("documents", "sentences"), progress=False)
    body = res["sentences"][res["sentences"]["role"] == "body"]
    assert len(body) > 20 and res["documents"]["doc_id"].tolist() == [SEED.stem]


def test_a_batch_hands_stages_the_same_document_objects():
    """Stages get the batch's Documents themselves, with their sentences and tokens made once
    (geolib.iter_documents reads a plain list again as texts)."""
    from geolib.document import iter_documents
    from geolib.pipeline.worker import Batch

    docs = [Document(t, doc_id=str(i)) for i, t in enumerate(_texts(3))]
    assert [id(d) for d in iter_documents(Batch(docs))] == [id(d) for d in docs]
    assert [d.doc_id for d in Batch(docs)] == ["0", "1", "2"] and len(Batch(docs)) == 3


def test_max_chars_and_lazy_corpora(tmp_path, monkeypatch):
    """analyze(max_chars=) reaches the text check; a lazy Corpus is streamed through records()
    and not counted in advance (that would read its files once more)."""
    res = analyze(["China spoke. " * 10, "NATO met."], stages=("documents",), max_chars=50,
                  progress=False)
    assert res["documents"]["doc_id"].tolist() == ["1"]
    assert res["errors"][["doc_id", "error"]].values.tolist() == [["0", "InputError"]]
    assert "130 characters" in res["errors"]["message"].iloc[0]
    import geolib.tables
    from geolib.pipeline.records import count_documents

    monkeypatch.setattr(geolib.tables, "STREAM_BYTES", 10)  # any table file is read lazily
    _corpus(4).to_csv(tmp_path / "news.csv", index=False)
    corpus = read_corpus(tmp_path / "news.csv")
    assert corpus.is_lazy and count_documents(corpus) is None
    assert analyze(corpus, stages=("documents",), progress=False)["documents"]["doc_id"].tolist() == \
        ["d00", "d01", "d02", "d03"]
