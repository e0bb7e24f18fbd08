"""Input that would cost unbounded memory or never end is refused with a clear error (issue 13):
gzip bombs, giant documents and rows, paths that are not regular files, NUL bytes in a table row,
and large table files read lazily by a corpus."""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import warnings
from pathlib import Path

import pytest

import geolib
from geolib import tables
from geolib.decoding import InputError, TooLargeError, max_document_chars, read_bytes, regular_file
from geolib.document import load, read_corpus
from geolib.tables import _Lines, iter_table_records, iter_table_records_or_error


@pytest.fixture
def no_hang():
    """Fail (not hang) if a test blocks, e.g. on opening a named pipe: 60 s, far above need."""
    if not hasattr(signal, "SIGALRM"):
        pytest.skip("needs SIGALRM")

    def stop(signum, frame):  # noqa: ANN001
        raise TimeoutError("blocked: a named pipe or device was opened")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def quiet(func, *args, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return func(*args, **kw)


def docs_and_errors(corpus):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        docs = [(d.doc_id, d.text) for d in corpus]
    return docs, corpus.errors.set_index("doc_id").message.to_dict()


def records(path, **kw):
    """(doc_id, text, error after the file name) of each record of a table file."""
    recs = quiet(lambda: list(iter_table_records(path, **kw)))
    return [(r["doc_id"], r.get("text"), r.get("error", "")[len(str(path)):]) for r in recs]


def whole_and_streamed(path, monkeypatch):
    whole = records(path)
    original = tables.STREAM_BYTES
    monkeypatch.setattr(tables, "STREAM_BYTES", 0)
    streamed = records(path)
    monkeypatch.setattr(tables, "STREAM_BYTES", original)
    return whole, streamed


# ----------------------------------------------------------------- gzip bombs

def test_read_bytes_stops_at_the_limit_once_decompressed(tmp_path):
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a " * 50_000))  # 100 kB from a few hundred bytes
    assert bomb.stat().st_size < 1000
    with pytest.raises(TooLargeError, match=r"bomb\.txt\.gz: more than 1,000 bytes once decompressed"):
        read_bytes(bomb, limit=1000)
    assert read_bytes(bomb, limit=100_000) == b"a " * 50_000
    plain = tmp_path / "plain.txt"
    plain.write_bytes(b"x" * 1001)
    with pytest.raises(TooLargeError, match=r"plain\.txt: 1,001 bytes, more than"):
        read_bytes(plain, limit=1000)


def test_a_gzip_bomb_as_a_text_file_is_refused_by_its_decompressed_size(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOLIB_MAX_CHARS", "1000")  # 4,000 bytes at most
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"China spoke. " * 10_000))
    with pytest.raises(TooLargeError, match="bomb.txt.gz: more than 4,000 bytes once decompressed") as err:
        load(bomb)
    assert "1,000 characters" in str(err.value) and "one per file" in str(err.value)
    (tmp_path / "good.txt").write_text("NATO met.", encoding="utf-8")
    docs, errors = docs_and_errors(read_corpus(tmp_path))  # in a folder: one error row
    assert docs == [("good", "NATO met.")] and "once decompressed" in errors["bomb"]
    res = quiet(geolib.analyze, tmp_path, stages=("documents",), progress=False)
    assert res["documents"].doc_id.tolist() == ["good"] and res["errors"].doc_id.tolist() == ["bomb"]


def test_a_gzip_table_is_streamed_when_large_once_decompressed(tmp_path, monkeypatch):
    """A .csv.gz is read whole only if its decompressed size is at most STREAM_BYTES."""
    text = "id,text\n" + "".join(f"d{i},Text number {i}.\n" for i in range(300))
    small = tmp_path / "t.csv.gz"
    small.write_bytes(gzip.compress(text.encode()))
    assert small.stat().st_size < 2000 < len(text)
    monkeypatch.setattr(tables, "STREAM_BYTES", 2000)
    assert tables._whole_bytes(small) is None  # streamed: compressed size is not the measure
    streamed = records(small)
    monkeypatch.setattr(tables, "STREAM_BYTES", 10**6)
    assert tables._whole_bytes(small) == text.encode()
    assert records(small) == streamed and len(streamed) == 300


@pytest.mark.parametrize("suffix", [".csv.gz", ".jsonl.gz"])
def test_a_gzip_bomb_of_zeros_as_a_table_is_refused_as_binary(tmp_path, monkeypatch, suffix):
    monkeypatch.setattr(tables, "STREAM_BYTES", 1000)
    bomb = tmp_path / f"zeros{suffix}"
    bomb.write_bytes(gzip.compress(b"\x00" * 1_000_000))
    with pytest.raises(InputError, match=r"zeros.*line 1: binary data \(a NUL byte"):
        list(iter_table_records(bomb))
    assert "NUL" in list(iter_table_records_or_error(bomb))[0]["error"]


def test_a_json_array_is_read_whole_up_to_its_limit(tmp_path, monkeypatch):
    path = tmp_path / "a.json.gz"
    path.write_bytes(gzip.compress(json.dumps([{"text": "China spoke."}] * 500).encode()))
    assert len(records(path)) == 500
    monkeypatch.setattr(tables, "MAX_JSON_BYTES", 1000)
    with pytest.raises(TooLargeError, match="a.json.gz: more than 1,000 bytes once decompressed.*JSON Lines"):
        records(path)


# ----------------------------------------------------------------- giant documents

def test_max_document_chars_comes_from_the_argument_the_environment_or_the_constant(monkeypatch):
    monkeypatch.delenv("GEOLIB_MAX_CHARS", raising=False)
    assert max_document_chars() == geolib.decoding.MAX_DOCUMENT_CHARS == 5_000_000
    monkeypatch.setenv("GEOLIB_MAX_CHARS", "2_000")
    assert max_document_chars() == 2000 and max_document_chars(10) == 10
    monkeypatch.setenv("GEOLIB_MAX_CHARS", "lots")
    with pytest.raises(ValueError, match="GEOLIB_MAX_CHARS"):
        max_document_chars()


def test_a_giant_text_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOLIB_MAX_CHARS", "1000")
    big = tmp_path / "big.txt"
    big.write_text("China spoke. " * 400, encoding="utf-8")  # 5,200 bytes > 4 * 1,000
    with pytest.raises(TooLargeError, match=r"big.txt: 5,200 bytes, more than the 4,000 geolib reads") as err:
        load(big)
    assert "up to 1,000 characters" in str(err.value) and "GEOLIB_MAX_CHARS" in str(err.value)
    mid = tmp_path / "mid.txt"
    mid.write_text("China spoke. " * 100, encoding="utf-8")  # 1,300 characters: read, then refused
    with pytest.raises(InputError, match=r"mid.txt: 1,300 characters in one document, more than geolib "
                                         r"analyses \(1,000;.*one per row of a CSV"):
        load(mid)
    assert len(load(mid, max_chars=2000).text) == 1300  # the limit is per call too
    with pytest.raises(InputError, match="text: 1,300 characters"):
        load("China spoke. " * 100)
    assert len(load("China spoke. " * 50).sentences) == 50


def test_a_giant_document_in_a_corpus_is_an_error_row(tmp_path):
    (tmp_path / "a.txt").write_text("NATO met. " * 10, encoding="utf-8")
    (tmp_path / "b.txt").write_text("China spoke.", encoding="utf-8")
    (tmp_path / "c.csv").write_text("id,text\nc1,Short.\nc2," + "Long " * 10 + "\n", encoding="utf-8")
    docs, errors = docs_and_errors(read_corpus(tmp_path, max_chars=30))
    assert [d for d, _ in docs] == ["b", "c1"]
    assert set(errors) == {"a", "c2"} and all("characters in one document" in m for m in errors.values())
    res = quiet(geolib.analyze, tmp_path, stages=("documents",), progress=False)  # default limit
    assert res["documents"].doc_id.tolist() == ["a", "b", "c1", "c2"]


def test_a_giant_csv_field_becomes_an_error_row_both_ways(tmp_path, monkeypatch):
    """A field over the document limit is refused as a document, read whole or streamed; a
    streamed row over the row limit is not even held: an error row naming file and line."""
    monkeypatch.setenv("GEOLIB_MAX_CHARS", "100")  # rows of up to 800 characters
    path = tmp_path / "f.csv"
    path.write_text('id,text\na,"' + "x" * 500 + '"\nb,"' + "y" * 5000 + '"\nc,Fine.\n', encoding="utf-8")
    whole, streamed = whole_and_streamed(path, monkeypatch)
    assert whole[0][:2] == ("a", "x" * 500) and whole[1][:2] == ("b", "y" * 5000)
    assert streamed[0] == whole[0] and streamed[2] == whole[2] == ("c", "Fine.", "")
    assert streamed[1][0] == "f:1" and streamed[1][2].startswith(", line 3: a row of 5,00")
    assert "longer than the 800 geolib holds in one row" in streamed[1][2]
    for stream in (False, True):
        if stream:
            monkeypatch.setattr(tables, "STREAM_BYTES", 0)
        docs, errors = docs_and_errors(read_corpus(path))
        assert docs == [("c", "Fine.")] and set(errors) == {"a", "f:1" if stream else "b"}
        assert "500 characters in one document" in errors["a"]


def test_a_long_quoted_field_over_many_lines_is_skipped_and_the_next_rows_read(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOLIB_MAX_CHARS", "100")
    monkeypatch.setattr(tables, "STREAM_BYTES", 0)
    path = tmp_path / "m.csv"
    long_field = "\n".join(['line with a ""quote""'] * 100)  # 2,200 characters over 100 lines
    path.write_text(f'id,text\na,One.\nb,"{long_field}",\nc,"Two, with a comma."\n', encoding="utf-8")
    recs = records(path)
    assert [r[0] for r in recs] == ["a", "m:1", "c"]
    assert recs[0][1] == "One." and recs[2][1] == "Two, with a comma."
    assert recs[1][2].startswith(", line 3: a row of 800 characters or more")


def test_a_giant_jsonl_line_is_never_held(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOLIB_MAX_CHARS", "100")
    path = tmp_path / "j.jsonl.gz"
    lines = [{"id": "a", "text": "One."}, {"id": "b", "text": "z" * 10_000}, {"id": "c", "text": "Two."}]
    path.write_bytes(gzip.compress("\n".join(map(json.dumps, lines)).encode()))
    whole, streamed = whole_and_streamed(path, monkeypatch)
    assert whole == streamed
    assert [r[0] for r in whole] == ["a", "j:1", "c"]
    assert whole[1][2].startswith(", line 2: a row of 10,0") and "not read" in whole[1][2]


class _Pieces(io.StringIO):
    """A text stream that records the longest piece it returned."""

    longest = 0

    def readline(self, size=-1):  # noqa: ANN001, ANN201
        piece = super().readline(size)
        self.longest = max(self.longest, len(piece))
        return piece


def test_lines_reads_past_a_long_line_in_blocks():
    f = _Pieces('a,b\n"' + "x" * 3_000_000 + '"\nc,d\n', newline="")
    lines = _Lines(f, limit=100)
    assert list(lines) == ["a,b\n", "\n", "c,d\n"]  # two quote marks: even, a plain line break
    assert lines.too_long == {2: 3_000_003} and f.longest <= 2**20


# ----------------------------------------------------------------- not a regular file

def test_a_link_to_dev_zero_is_refused(tmp_path, no_hang):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    for name in ("zero.txt", "zero.csv", "zero.jsonl.gz"):
        link = tmp_path / name
        link.symlink_to("/dev/zero")
        with pytest.raises(InputError, match=rf"{name} \(a link to /dev/zero\): not a regular file but a "
                                             "device"):
            regular_file(link)
    with pytest.raises(InputError, match="not a regular file"):
        load(tmp_path / "zero.txt")
    with pytest.raises(InputError, match="not a regular file"):
        read_corpus(tmp_path / "zero.csv")
    with pytest.raises(InputError, match="not a regular file"):
        read_corpus(tmp_path / "zero.txt")[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_named_pipe_is_refused_without_opening_it(tmp_path, no_hang):
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(InputError, match=r"pipe.txt: not a regular file but a named pipe \(FIFO\)"):
        load(tmp_path / "pipe.txt")
    with pytest.raises(InputError, match="pipe.txt: not a regular file"):
        geolib.load(str(tmp_path / "pipe.txt"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_folder_with_a_pipe_and_a_device_link_reads_the_rest(tmp_path, no_hang):
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "pipe.csv")
    if Path("/dev/zero").exists():
        (tmp_path / "zero.jsonl").symlink_to("/dev/zero")
    (tmp_path / "good.txt").write_text("China spoke.", encoding="utf-8")
    (tmp_path / "t.csv").write_text("id,text\nr1,NATO met.\n", encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")  # a broken link: said, not skipped
    docs, errors = docs_and_errors(read_corpus(tmp_path))
    assert docs == [("good", "China spoke."), ("r1", "NATO met.")]
    assert "no such file" in errors.pop("gone")
    assert set(errors) >= {"pipe", "pipe~1"} and all("not a regular file" in m for m in errors.values())
    res = quiet(geolib.analyze, tmp_path, stages=("documents",), progress=False)
    assert res["documents"].doc_id.tolist() == ["good", "r1"]
    assert set(res["errors"].doc_id) == {*errors, "gone"}


# ----------------------------------------------------------------- NUL bytes in a table row

@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_a_nul_byte_in_a_row_skips_that_row_whole_or_streamed(tmp_path, monkeypatch, kind):
    path = tmp_path / f"n.{kind}"
    if kind == "csv":
        data = b'id,text\na,One.\nb,"Bro\x00ken"\nc,Two.\n'
    else:
        data = b'{"id": "a", "text": "One."}\n{"id": "b", "text": "Bro\x00ken"}\n{"id": "c", "text": "Two."}\n'
    path.write_bytes(data)
    whole, streamed = whole_and_streamed(path, monkeypatch)
    assert whole == streamed
    line = 3 if kind == "csv" else 2
    assert whole == [("a", "One.", ""), (f"n:1", None, f", line {line}: binary data in this row (a NUL byte); "
                                                    "the row was not read"), ("c", "Two.", "")]
    path.write_bytes(data.replace(b"id", b"i\x00d", 1))  # in the first line: not a table at all
    for stream in (False, True):
        monkeypatch.setattr(tables, "STREAM_BYTES", 0 if stream else 2**25)
        with pytest.raises(InputError, match=r"line 1: binary data \(a NUL byte"):
            records(path)


# ----------------------------------------------------------------- lazy corpora

def test_a_large_table_is_read_lazily_with_the_same_documents(tmp_path, monkeypatch):
    path = tmp_path / "big.jsonl"
    path.write_text("".join(json.dumps({"id": f"d{i % 50}", "text": f"Text {i}."}) + "\n"
                            for i in range(120)) + "{broken\n", encoding="utf-8")
    eager = read_corpus(path)
    monkeypatch.setattr(tables, "STREAM_BYTES", 100)
    lazy = read_corpus(path)
    assert not eager.is_lazy and lazy.is_lazy
    assert repr(lazy) == "Corpus('big.jsonl', documents=not counted yet (a lazy corpus; len() counts))"
    assert docs_and_errors(lazy) == docs_and_errors(eager)
    assert docs_and_errors(lazy) == docs_and_errors(eager)  # a second pass reads the file again
    assert len(lazy) == len(eager) == 121 and lazy.doc_ids == eager.doc_ids
    assert lazy[60].text == eager[60].text == "Text 60." and lazy[-2].doc_id == "d19~2"
    with pytest.raises(IndexError):
        lazy[121]
    with pytest.raises(InputError, match="no 'body' column"):  # whole-file problems: at once
        read_corpus(path, text_col="body")


def test_a_folder_with_large_tables_is_read_lazily(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("China spoke.", encoding="utf-8")
    (tmp_path / "b.csv").write_text("id,text\na,Dup id.\nx,More.\n", encoding="utf-8")
    with gzip.open(tmp_path / "c.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write('{"id": "x", "text": "Dup again."}\n')
    monkeypatch.setattr(tables, "STREAM_BYTES", 10**6)
    eager = read_corpus([tmp_path / "a.txt", tmp_path / "b.csv"])
    lazy = read_corpus(tmp_path)
    assert not eager.is_lazy and lazy.is_lazy  # .gz: lazy
    assert lazy.doc_ids == ["a", "a~1", "x", "x~1"] == [d.doc_id for d in lazy]
    assert eager.doc_ids == lazy.doc_ids[:3]
    res = quiet(geolib.analyze, lazy, stages=("documents",), progress=False)
    assert res["documents"].doc_id.tolist() == lazy.doc_ids


def test_a_giant_csv_header_refuses_the_file(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOLIB_MAX_CHARS", "10")  # rows of up to 80 characters
    monkeypatch.setattr(tables, "STREAM_BYTES", 0)
    path = tmp_path / "h.csv"
    path.write_text("id,text," + ",".join(f"column{i}" for i in range(50)) + "\na,One.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"h.csv, line 1: a header of 4\d\d characters or more"):
        list(iter_table_records(path))
