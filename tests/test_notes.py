"""geolib.notes: input warnings gathered and shown once, as a readable note."""

from __future__ import annotations

import warnings

import pytest

import geolib
from geolib.decoding import GeolibWarning, SkippedDocument
from geolib.notes import Notes, notes


def test_a_skipped_file_is_one_note_named_by_its_file_name(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("NATO met.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    corpus = geolib.read_corpus(tmp_path)
    with notes() as found:
        first = [d.doc_id for d in corpus]
        second = [d.doc_id for d in corpus]  # read twice: still one note
    assert first == second == ["a"]
    assert found.messages == ["skipped empty.txt: the text is empty"]
    err = capsys.readouterr().err
    assert err.count("empty.txt") == 1 and str(tmp_path) not in err
    assert corpus.errors["source"].tolist() == [str(tmp_path / "empty.txt")]  # the table keeps the path


def test_the_warning_itself_carries_doc_id_source_and_reason(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    with pytest.warns(SkippedDocument) as caught:
        list(geolib.read_corpus([str(tmp_path / "empty.txt"), "NATO met."]))
    w = caught[0].message
    assert w.doc_id == "empty" and w.source.endswith("empty.txt") and w.reason == "the text is only white space"
    assert isinstance(w, GeolibWarning)


def test_full_paths_on_request_and_other_warnings_pass_through(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    with pytest.warns(DeprecationWarning, match="not ours"):
        with notes(show=False, short_paths=False) as found:
            list(geolib.read_corpus(tmp_path))
            warnings.warn("not ours", DeprecationWarning)
    assert found.messages == [f"skipped {tmp_path / 'empty.txt'}: the text is empty"]


def test_the_html_note_escapes_messages():
    box = Notes(["skipped <script>alert(1)</script>.txt: the text is empty"])._repr_html_()
    assert "<script>" not in box and "&lt;script&gt;" in box and "(1)" in box


def test_a_corpus_read_twice_warns_once_and_keeps_the_error(tmp_path):
    (tmp_path / "a.txt").write_text("NATO met.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    corpus = geolib.read_corpus(tmp_path)
    with pytest.warns(SkippedDocument):
        assert [d.doc_id for d in corpus] == ["a"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a second pass says nothing new
        assert len(geolib.sentences(corpus)) == 1
    assert corpus.errors["doc_id"].tolist() == ["empty"]
