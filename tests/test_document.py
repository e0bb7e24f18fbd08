"""Documents, structure roles, sentences and tokens (the foundation)."""

from __future__ import annotations

import json
import warnings

import pandas as pd
import pytest

import geolib
from geolib import InputError
from geolib.document import Document, read_corpus

from conftest import SEED, assert_offsets


def test_seed_text_is_the_exact_file(seed):
    assert seed.text == SEED.read_text(encoding="utf-8")
    assert seed.doc_id == SEED.stem


def test_seed_roles(seed):
    p = seed.paragraphs
    assert (p.role == "body").sum() == 29
    role_of = lambda prefix: p.loc[p.text.str.startswith(prefix), "role"].tolist()  # noqa: E731
    assert role_of("Editor’s note") == ["editor_note"]
    assert role_of("Hong Kong") == ["dateline"]
    assert role_of("CNN") == ["byline"]
    assert role_of("Sergey Bobirov/Pool/AFP/Getty Images") == ["credit"]
    assert role_of("Chinese President Xi Jinping welcomed") == ["caption"]
    assert role_of("Close ties between China and Russia") == ["heading"]
    assert role_of("This story has been updated") == ["update_note"]
    assert seed.meta["dateline"] == "Hong Kong" and seed.meta["outlet"] == "CNN"
    assert_offsets(seed.text, p)


def test_seed_sentences_do_not_break_after_abbreviations(seed):
    s = seed.sentences
    assert_offsets(seed.text, s)
    assert not s.text.str.endswith("U.S.").any()
    assert s.text.str.contains("hosted by U.S. President Joe Biden.", regex=False).sum() == 1
    # sentences never cross paragraphs
    para = seed.paragraphs.set_index("paragraph")
    for row in s.itertuples():
        assert para.start[row.paragraph] <= row.start < row.end <= para.end[row.paragraph]
    assert (s.start.diff().dropna() > 0).all()


@pytest.mark.parametrize("text, expected", [
    ("U.S. President Joe Biden met Gen. Smith.", 1),
    ("They met in Washington, D.C. at 3 p.m. on Jan. 5 in Room No. 4.", 1),
    ("It was “a Cold War mentality.” “We reject it,” he said.", 2),
    ('It was "a Cold War mentality." "We reject it," he said.', 2),
    ("Sen. Graham and Rep. Smith spoke. Mr. Xi did not.", 2),
    ("The talks ended. Then came more! Why? Nobody knows.", 4),
])
def test_sentence_counts(text, expected):
    df = geolib.sentences(text)
    assert len(df) == expected, df.text.tolist()
    assert_offsets(text, df)


def test_closing_quote_stays_with_its_sentence():
    text = "He called it “full of Cold War mentality.” “We reject it,” he said."
    s = geolib.sentences(text).text.tolist()
    assert s == ["He called it “full of Cold War mentality.”", "“We reject it,” he said."]


@pytest.mark.parametrize("text, expected", [
    ("China’s dual-use exports", ["China", "’s", "dual-use", "exports"]),
    ("the U.S. and the 32-nation alliance", ["the", "U.S.", "and", "the", "32-nation", "alliance"]),
    ("a zero-sum game, isn't it?", ["a", "zero-sum", "game", ",", "is", "n't", "it", "?"]),
    ("Mr. Xi met Gen. Milley", ["Mr.", "Xi", "met", "Gen.", "Milley"]),
    ("“Cold War mentality”", ["“", "Cold", "War", "mentality", "”"]),
    ("O'Brien paid $20 or 3.5%", ["O'Brien", "paid", "$20", "or", "3.5%"]),
])
def test_tokens(text, expected):
    df = geolib.tokens(text)
    assert df.text.tolist() == expected
    assert_offsets(text, df)


def test_token_columns_and_normal_forms():
    df = geolib.tokens("China’s “defence” and US and us")
    assert list(df.columns[:4]) == ["doc_id", "start", "end", "text"]
    row = df[df.text == "’s"].iloc[0]
    assert row.norm == "'s" and row.kind == "word"
    assert df[df.text == "“"].iloc[0].kind == "quote"
    assert df[df.text == "defence"].iloc[0].norm == "defence"  # spelling left as written
    assert df.loc[df.text == "us", "is_stop"].item() is True
    assert df.loc[df.text == "US", "lower"].item() == "us"


def test_us_abbreviation_is_not_a_stopword():
    df = geolib.tokens("The U.S. told us.")
    assert not df.loc[df.text == "U.S.", "is_stop"].item()
    assert df.loc[df.text == "us", "is_stop"].item()


def test_seed_token_offsets(seed):
    df = seed.tokens
    assert_offsets(seed.text, df)
    assert (df.start.diff().dropna() > 0).all()
    assert not df.text.str.contains(r"\s").any()


def test_tokens_body_only_by_default(seed):
    body = geolib.tokens(seed)
    everything = geolib.tokens(seed, roles=None)
    assert set(body.role) == {"body"}
    assert len(everything) > len(body)
    assert "Getty" in set(everything.text) and "Getty" not in set(body.text)


def test_load_from_string_and_bytes():
    doc = geolib.load("China said no.", doc_id="x")
    assert doc.text == "China said no." and doc.doc_id == "x"
    doc = geolib.load("\ufeffChina said no.".encode("utf-8"))
    assert doc.text == "China said no."


def test_bom_dropped_and_newlines_kept(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbfOne.\r\nTwo.\r\n")
    doc = geolib.load(path)
    assert doc.text == "One.\r\nTwo.\r\n"
    assert doc.paragraphs.text.tolist() == ["One.", "Two."]


def test_read_corpus_folder_csv_jsonl_frame(tmp_path):
    (tmp_path / "b.txt").write_text("Second text.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First text.", encoding="utf-8")
    c = read_corpus(tmp_path)
    assert [d.doc_id for d in c] == ["a", "b"]
    csv = tmp_path / "c.csv"
    pd.DataFrame({"id": ["x", "y"], "text": ["X.", "Y."], "date": ["2020", "2021"]}).to_csv(csv, index=False)
    c = read_corpus(csv)
    assert [d.doc_id for d in c] == ["x", "y"] and c[1].meta["date"] == "2021"
    jl = tmp_path / "d.jsonl"
    jl.write_text("\n".join(json.dumps({"text": t}) for t in ["P.", "Q."]), encoding="utf-8")
    assert [d.text for d in read_corpus(jl)] == ["P.", "Q."]
    assert read_corpus(pd.DataFrame({"text": ["Z."]})).to_frame().text.tolist() == ["Z."]


def test_wikinews_corpus(wikinews_dir):
    c = read_corpus(wikinews_dir / "wikinews_2019.csv")
    assert len(c) == 171
    doc = c[0]
    assert doc.meta["url"].startswith("https://en.wikinews.org")
    assert doc.paragraphs.role.iloc[0] == "date"
    assert_offsets(doc.text, doc.sentences)


def test_corpus_skips_bad_documents(tmp_path):
    (tmp_path / "good.txt").write_text("China spoke.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\nxxxx")
    c = read_corpus(tmp_path)
    with pytest.warns(geolib.GeolibWarning):
        docs = list(c)
    assert [d.doc_id for d in docs] == ["good"]
    assert set(c.errors.doc_id) == {"empty", "image"}


@pytest.mark.parametrize("content, message", [
    (b"", "empty"), (b"  \n\t ", "white space"), (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"%PDF-1.4 ...", "PDF"), (b"abc\x00def", "NUL"),
])
def test_single_bad_documents_raise_clear_errors(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        geolib.load(path)


def test_missing_path_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        geolib.load(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="no such file"):
        read_corpus(tmp_path / "nope")


def test_cp1252_is_decoded_with_a_warning(tmp_path):
    path = tmp_path / "w.txt"
    path.write_bytes("China’s “Cold War mentality”, he said.".encode("cp1252"))
    with pytest.warns(geolib.GeolibWarning, match="cp1252"):
        doc = geolib.load(path)
    assert doc.text == "China’s “Cold War mentality”, he said."


def test_document_is_plain_python():
    doc = Document("A.\n\nB.", doc_id=7)
    assert doc.doc_id == "7" and len(doc.paragraphs) == 2
    with pytest.raises(TypeError):
        Document(b"bytes")  # type: ignore[arg-type]
