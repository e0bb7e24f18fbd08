"""Table files read whole and read as a stream give the same records (tables.py)."""

from __future__ import annotations

import json
import warnings

import pytest

import geolib
from geolib import tables
from geolib.decoding import InputError
from geolib.document import read_corpus
from geolib.tables import iter_table_records, iter_table_records_or_error


def _records(path, **kw):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        recs = list(iter_table_records(path, **kw))
    return [(r["doc_id"], r.get("text"), r["meta"], r.get("error", "")[len(str(path)):].split(": ", 1)[-1])
            for r in recs], [str(w.message) for w in caught]


def _both(path, monkeypatch, **kw):
    """(whole, streamed) records of a file: streamed = the file read 2 rows at a time."""
    whole = _records(path, **kw)
    monkeypatch.setattr(tables, "STREAM_BYTES", 0)
    monkeypatch.setattr(tables.iter_table_records, "__kwdefaults__", {"chunk": 2})
    streamed = _records(path, **kw)
    monkeypatch.undo()
    return whole, streamed


CSV = ('doc_id,text,year\n'
       'a,"China said: ""No."" NATO, in turn,\nreplied.",2024\n'
       '\n'
       'b,Beijing spoke.,2023\n'
       'a,Repeated id.,2022\n'
       'c,Short row\n'
       'd,"Too, many",fields,here\n'
       'e,Last one.,2021\n')


def test_well_formed_csv_streamed_equals_pandas(tmp_path, monkeypatch):
    """Read whole, a well-formed CSV goes through pandas; streamed, through the csv module."""
    path = tmp_path / "c.csv"
    path.write_text(CSV.replace('d,"Too, many",fields,here\n', "") + 'f,"Tab\tand ""quotes"" inside",\n',
                    encoding="utf-8")
    (whole, _), (streamed, _) = _both(path, monkeypatch)
    assert streamed == whole
    assert [r[0] for r in whole] == ["a", "b", "a~1", "c", "e", "f"]
    assert whole[-1][1] == 'Tab\tand "quotes" inside'


def test_csv_streamed_equals_csv_read_whole(tmp_path, monkeypatch):
    path = tmp_path / "c.csv"
    path.write_text(CSV, encoding="utf-8")
    (whole, _), (streamed, _) = _both(path, monkeypatch)
    assert streamed == whole
    assert [r[0] for r in whole] == ["a", "b", "a~1", "c", "c:4", "e"]
    assert whole[0][1] == 'China said: "No." NATO, in turn,\nreplied.'
    assert whole[3][1:3] == ("Short row", {"year": ""})
    assert whole[4][3] == "not a readable CSV row (expected 3 fields, found 4)"


def test_jsonl_streamed_equals_jsonl_read_whole(tmp_path, monkeypatch):
    rows = [{"id": "x", "text": "One.", "lang": "en"}, {"id": "y", "text": "Two."}, "not an object",
            {"id": "z", "text": "Line\u2028separator."}, {"id": "w", "body": "no text key"}]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    lines.insert(3, "{broken")
    path = tmp_path / "j.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (whole, _), (streamed, _) = _both(path, monkeypatch)
    # meta keys a chunk did not have are missing in the stream, not NaN: compare what is there
    strip = lambda recs: [(i, t, {k: v for k, v in m.items() if v == v}, e) for i, t, m, e in recs]  # noqa: E731
    assert strip(streamed) == strip(whole)
    assert [r[0] for r in whole] == ["x", "y", "j:2", "j:3", "z", "w"]
    assert [r[3] for r in whole][2:4] == ["expected a JSON object, got str", "not valid JSON (Expecting property name enclosed in double quotes)"]


def test_streamed_file_encoding_and_repairs(tmp_path, monkeypatch):
    monkeypatch.setattr(tables, "STREAM_BYTES", 0)
    cp = tmp_path / "cp.csv"
    cp.write_bytes("id,text\na,China’s “Cold War mentality”\n".encode("cp1252"))
    recs, warned = _records(cp)
    assert recs[0][1] == "China’s “Cold War mentality”" and any("decoded as cp1252" in w for w in warned)
    moji = tmp_path / "moji.jsonl"
    moji.write_text(json.dumps({"text": "Café in Zürich"}, ensure_ascii=False).encode("utf-8").decode("cp1252")
                    + "\n", encoding="utf-8")
    recs, warned = _records(moji)
    assert recs[0][1] == "Café in Zürich" and any("mojibake" in w and "1 line" in w for w in warned)
    bom = tmp_path / "bom.csv"
    bom.write_bytes(b"\xef\xbb\xbfid,text\na,Fine.\n")
    recs, warned = _records(bom)
    assert recs == [("a", "Fine.", {}, "")] and any("byte-order mark" in w for w in warned)


def test_streamed_file_problems(tmp_path, monkeypatch):
    monkeypatch.setattr(tables, "STREAM_BYTES", 0)
    png = tmp_path / "img.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    with pytest.raises(InputError, match="PNG"):
        list(iter_table_records(png))
    assert [r["doc_id"] for r in iter_table_records_or_error(png)] == ["img"]
    with pytest.raises(InputError, match="PNG"):
        list(iter_table_records_or_error(png, strict=True))
    notjson = tmp_path / "plain.jsonl"
    notjson.write_text("just text\nmore text\n", encoding="utf-8")
    with pytest.raises(InputError, match="plain.jsonl, line 1: not valid JSON"):
        list(iter_table_records(notjson))
    nocol = tmp_path / "nocol.csv"
    nocol.write_text("id,body\na,x\n", encoding="utf-8")
    with pytest.raises(InputError, match="no 'text' column"):
        list(iter_table_records(nocol))


def test_analyze_streams_a_large_table_file(tmp_path, monkeypatch):
    """analyze() over a table file larger than STREAM_BYTES gives the tables it gives when the
    file is read whole (same documents, sentences, errors)."""
    path = tmp_path / "c.csv"
    path.write_text(CSV, encoding="utf-8")
    stages = ("documents", "sentences")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        whole = geolib.analyze(path, stages=stages, progress=False, batch_size=2)
        monkeypatch.setattr(tables, "STREAM_BYTES", 0)
        streamed = geolib.analyze(path, stages=stages, progress=False, batch_size=2)
    for name in stages:
        assert streamed[name].equals(whole[name]), name
    assert streamed["errors"]["doc_id"].tolist() == whole["errors"]["doc_id"].tolist() == ["c:4"]
    assert "c" in streamed["documents"]["doc_id"].tolist()
    assert len(read_corpus(path)) == 6


def test_gzip_files_are_read_like_the_plain_ones(tmp_path, monkeypatch):
    """a.txt.gz, b.csv.gz and c.jsonl.gz in a folder: the same documents (and ids) as unzipped."""
    import gzip

    plain, zipped = tmp_path / "plain", tmp_path / "zipped"
    plain.mkdir()
    zipped.mkdir()
    files = {"a.txt": "NATO met. China spoke.", "b.csv": CSV,
             "c.jsonl": json.dumps({"id": "j1", "text": "Russia replied."}) + "\n{broken\n"}
    for name, text in files.items():
        (plain / name).write_text(text, encoding="utf-8")
        with gzip.open(zipped / f"{name}.gz", "wt", encoding="utf-8") as f:
            f.write(text)

    def docs(folder):
        corpus = read_corpus(folder)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return [(d.doc_id, d.text, {k: v for k, v in d.meta.items() if k != "path"}) for d in corpus], \
                sorted(corpus.errors.doc_id)

    want = docs(plain)
    assert docs(zipped) == want and want[1] == ["b:4", "c:1"]
    assert [i for i, _, _ in want[0]][:1] == ["a"]  # "a", not "a.txt"
    monkeypatch.setattr(tables, "STREAM_BYTES", 0)  # and streamed
    assert docs(zipped) == want
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = geolib.analyze(zipped, stages=("documents",), progress=False)
    assert res["documents"]["doc_id"].tolist() == [i for i, _, _ in want[0]]


@pytest.mark.parametrize("stream", [False, True])
def test_damaged_gzip_file(tmp_path, monkeypatch, stream):
    import gzip

    if stream:
        monkeypatch.setattr(tables, "STREAM_BYTES", 0)
    data = gzip.compress(("id,text\n" + "".join(f"d{i},Text number {i}.\n" for i in range(2000))).encode())
    bad = tmp_path / "cut.csv.gz"
    bad.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="cut.csv.gz: a damaged or incomplete gzip file"):
        list(iter_table_records(bad))
    recs = list(iter_table_records_or_error(bad))
    assert [r["doc_id"] for r in recs] == ["cut"] and "gzip" in recs[0]["error"]
    txt = tmp_path / "x.txt.gz"
    txt.write_bytes(b"\x1f\x8b\x08garbage")
    with pytest.raises(InputError, match="x.txt.gz: a damaged or incomplete gzip file"):
        geolib.load(txt)
