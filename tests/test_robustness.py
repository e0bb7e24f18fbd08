"""Bad input, odd input and big input (issue 8): clear errors, exact offsets, nothing lost.

Every input kind listed in the issue has a test here. Fixture files are written to ``tmp_path``.
The analysis modules (actors, quotes, frames, counting) are checked when they can be imported and
skipped cleanly when they cannot.
"""

from __future__ import annotations

import gzip
import importlib
import json
import re
import subprocess
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest

import geolib
from geolib.decoding import GeolibWarning, InputError, decode_bytes, looks_like_html
from geolib.document import Document, load, read_corpus

from conftest import ROOT, assert_offsets


def optional(module: str, name: str):
    """A public function of an analysis module, or a clean skip when the module is not there."""
    try:
        return getattr(importlib.import_module(f"geolib.{module}"), name)
    except (ImportError, AttributeError) as err:
        pytest.skip(f"geolib.{module}.{name} is not importable ({err})")


def all_tables(doc: Document) -> None:
    """Every table of a document has exact offsets and sentences do not overlap."""
    for df in (doc.paragraphs, doc.sentences, doc.tokens):
        assert_offsets(doc.text, df)
        assert (df.start >= 0).all() and (df.end <= len(doc.text)).all()
    s = doc.sentences
    assert (s.start.iloc[1:].to_numpy() >= s.end.iloc[:-1].to_numpy()).all()


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# ----------------------------------------------------------------- missing and empty input

def test_missing_path_names_the_path(tmp_path):
    for source in (tmp_path / "nope.txt", str(tmp_path / "nope.txt"), "data/article.pdf",
                   str(tmp_path / "sub" / "a.docx")):
        with pytest.raises(InputError, match="no such file") as err:
            load(source)
        assert Path(str(source)).name in str(err.value)
    with pytest.raises(InputError, match="no such file or folder"):
        read_corpus(tmp_path / "nope")


def test_a_url_is_not_taken_for_text():
    with pytest.raises(InputError, match="does not download"):
        load("https://example.org/news/article.html")


def test_folder_without_text_files(tmp_path):
    write(tmp_path, "notes.pdf", b"%PDF-1.4")
    write(tmp_path, "sub/a.txt", "Text in a sub-folder.")
    with pytest.raises(InputError, match="no .txt") as err:
        read_corpus(tmp_path)
    assert str(tmp_path) in str(err.value) and "recursive=True" in str(err.value)
    assert [d.text for d in read_corpus(tmp_path, recursive=True)] == ["Text in a sub-folder."]
    with pytest.raises(InputError, match="folder"):
        load(tmp_path)


@pytest.mark.parametrize("content, message", [
    ("", "the text is empty"), ("   \n\t\r\n  ", "only white space"), ("\u00a0\u2003\n", "white space"),
])
def test_empty_and_blank_documents(tmp_path, content, message):
    path = write(tmp_path, "blank.txt", content)
    with pytest.raises(InputError, match=message) as err:
        load(path)
    assert "blank.txt" in str(err.value)
    with pytest.raises(InputError, match=message):
        load(content)


def test_corpus_records_and_skips_every_bad_document(tmp_path):
    write(tmp_path, "a_good.txt", "China spoke on Monday.")
    write(tmp_path, "b_empty.txt", "")
    write(tmp_path, "c_blank.txt", " \n\n \t")
    write(tmp_path, "d_png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(tmp_path, "e_pdf.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    write(tmp_path, "f_nul.txt", b"Some text\x00with a NUL")
    write(tmp_path, "g_html_only_script.txt", "<html><script>var x = 1;</script></html>")
    write(tmp_path, "h_good.txt", "NATO answered on Tuesday.")
    corpus = read_corpus(tmp_path)
    with pytest.warns(GeolibWarning) as caught:
        docs = list(corpus)
    assert [d.doc_id for d in docs] == ["a_good", "h_good"]
    errors = corpus.errors.set_index("doc_id")
    assert set(errors.index) == {"b_empty", "c_blank", "d_png", "e_pdf", "f_nul", "g_html_only_script"}
    for doc_id, row in errors.iterrows():
        assert row.source.endswith(f"{doc_id}.txt") and doc_id in row.message
    assert "PNG" in errors.message["d_png"] and "PDF" in errors.message["e_pdf"]
    assert "NUL" in errors.message["f_nul"] and "no readable text" in errors.message["g_html_only_script"]
    skipped = [str(w.message) for w in caught if str(w.message).startswith("skipped")]
    assert len(skipped) == 6 and all(m.count(str(tmp_path)) == 1 for m in skipped)
    # to_frame and a second pass give the same documents; errors are not duplicated
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert corpus.to_frame().doc_id.tolist() == ["a_good", "h_good"]
    assert len(corpus.errors) == 6


def test_a_missing_file_in_a_list_of_paths_is_recorded_and_skipped(tmp_path):
    good = write(tmp_path, "good.txt", "China spoke.")
    corpus = read_corpus([good, tmp_path / "gone.txt", str(tmp_path / "also_gone.txt")])
    with pytest.warns(GeolibWarning, match="no such file"):
        assert [d.doc_id for d in corpus] == ["good"]
    assert corpus.errors.doc_id.tolist() == ["gone", "also_gone"]
    assert corpus.errors.message.str.contains("no such file").all()


def test_corpus_table_rows_with_no_text_are_skipped_with_their_row(tmp_path):
    df = pd.DataFrame({"id": ["a", "b", "c", "d"], "text": ["Fine text.", "", None, "   "]})
    corpus = read_corpus(df)
    with pytest.warns(GeolibWarning):
        assert [d.doc_id for d in corpus] == ["a"]
    assert corpus.errors.source.tolist() == ["DataFrame, row 1 (doc_id b)", "DataFrame, row 2 (doc_id c)",
                                             "DataFrame, row 3 (doc_id d)"]


# ----------------------------------------------------------------- binary input

@pytest.mark.parametrize("data, what", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"%PDF-1.4\n1 0 obj << /Type /Catalog >>", "PDF"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
    (gzip.compress(b"China said.", mtime=0), "gzip"),  # mtime=0: the same test id in every process
    (b"\x7fELF\x02\x01\x01", "executable"),
], ids=lambda v: v if isinstance(v, str) else None)
def test_binary_files_renamed_txt_are_refused(tmp_path, data, what):
    path = write(tmp_path, "article.txt", data)
    with pytest.raises(InputError, match=what) as err:
        load(path)
    assert "article.txt" in str(err.value) and "not text" in str(err.value)


def test_nul_bytes_anywhere_are_refused_with_their_line(tmp_path):
    data = ("A line of text.\n" * 10_000).encode() + b"late \x00 byte\n"
    path = write(tmp_path, "late_nul.txt", data)
    with pytest.raises(InputError, match="NUL") as err:
        load(path)
    assert "late_nul.txt, line 10001" in str(err.value)
    with pytest.raises(InputError, match="NUL"):
        decode_bytes(b"abc\x00def")


# ----------------------------------------------------------------- encodings and line endings

TEXT = "“We reject the Cold War mentality,” China’s envoy said — in Zürich, São Paulo and Kraków."


def test_cp1252_smart_quotes(tmp_path):
    text = TEXT.replace("ó", "o").replace("ü", "u").replace("ã", "a")  # all in cp1252
    path = write(tmp_path, "w.txt", text.encode("cp1252"))
    with pytest.warns(GeolibWarning, match=r"w\.txt, line 1: not valid UTF-8.*decoded as cp1252"):
        doc = load(path)
    assert doc.text == text
    all_tables(doc)
    assert doc.tokens.kind.tolist().count("quote") == 2


def test_latin1(tmp_path):
    text = "Café owners in São Paulo, Zürich and Córdoba said «non» to the naïve plan."
    path = write(tmp_path, "l.txt", text.encode("latin-1"))
    with pytest.warns(GeolibWarning, match="decoded as") as caught:
        doc = load(path)
    assert doc.text == text
    assert any("l.txt" in str(w.message) for w in caught)
    all_tables(doc)


def test_other_encodings_are_detected(tmp_path):
    for text, enc in [("Москва заявила, что санкции незаконны. Киев не согласился.", "cp1251"),
                      (TEXT, "utf-16")]:
        path = write(tmp_path, f"{enc}.txt", text.encode(enc))
        with pytest.warns(GeolibWarning, match="decoded as"):
            doc = load(path)
        assert doc.text == text
        all_tables(doc)


def test_mojibake_is_repaired_with_a_warning(tmp_path):
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)

    broken = TEXT.encode("utf-8").decode("sloppy-windows-1252")
    assert "â€œ" in broken
    for source in (write(tmp_path, "m.txt", broken), broken):
        with pytest.warns(GeolibWarning, match="mojibake") as caught:
            doc = load(source)
        assert doc.text == TEXT
        message = " ".join(str(w.message) for w in caught)
        assert "ftfy" in message and "â€" in message
        all_tables(doc)
        assert "China’s" in doc.sentences.text.iloc[0]


def test_text_without_mojibake_is_untouched():
    text = "Ã© is what “é” looks like when UTF-8 is read as Latin-1, the article explained."
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no warning: nothing changed
        doc = load("The café’s owner, Renée, said “voilà”.")
    assert doc.text == "The café’s owner, Renée, said “voilà”."
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert load(text).text.startswith(("Ã©", "é"))  # whatever ftfy decides, no crash


def test_utf8_bom_is_dropped_with_a_warning(tmp_path):
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    with pytest.warns(GeolibWarning, match="byte-order mark"):
        doc = load(path)
    assert doc.text == TEXT and doc.tokens.start.iloc[0] == 0
    all_tables(doc)


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_line_endings_are_kept_and_offsets_exact(tmp_path, newline):
    paras = ["Hong Kong", "CNN —", TEXT, "NATO said it would not respond.", "“We will see,” he added."]
    raw = newline.join(paras) + newline
    path = write(tmp_path, "nl.txt", raw)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing is changed, so nothing to warn about
        doc = load(path)
    assert doc.text == raw  # the text geolib reports is the file, byte for byte decoded
    assert doc.paragraphs.text.tolist() == paras
    all_tables(doc)
    assert not doc.tokens.text.str.contains("[\r\n]").any()
    assert not doc.sentences.text.str.contains("[\r\n]").any()
    assert doc.sentences.text.tolist()[-2:] == paras[-2:]


def test_mixed_line_endings(tmp_path):
    raw = "First paragraph here.\r\n\r\nSecond one.\rThird one.\n\nFourth.\r\n"
    doc = load(write(tmp_path, "mixed.txt", raw))
    assert doc.paragraphs.text.tolist() == ["First paragraph here.", "Second one.", "Third one.", "Fourth."]
    all_tables(doc)


# ----------------------------------------------------------------- HTML pasted as text

PAGE = """<!DOCTYPE html><html><head><title>Talks</title><style>p {color: red}</style>
<script>var quote = "not a quote"; track('Joe Biden');</script></head><body>
<div class="story"><p>China&rsquo;s foreign ministry said on Monday that NATO had shown
&ldquo;a Cold War mentality.&rdquo;</p>
<p><a href="https://example.org/biden" title="Joe Biden">President Joe Biden</a> said: <em>"We will not
be intimidated."</em></p>
<img src="putin.jpg" alt="Vladimir Putin"><p>Russia did not comment.</p></div></body></html>"""


def test_html_is_detected_and_tags_never_become_text(tmp_path):
    path = write(tmp_path, "page.txt", PAGE)
    with pytest.warns(GeolibWarning, match="HTML") as caught:
        doc = load(path)
    assert any("character reference" in str(w.message) or "HTML" in str(w.message) for w in caught)
    for bad in ("<", ">", "href", "script", "var quote", "track(", "color: red", "putin.jpg", "&rsquo;"):
        assert bad not in doc.text, bad
    assert "China’s foreign ministry" in doc.text and "“a Cold War mentality.”" in doc.text
    all_tables(doc)


def test_html_tags_never_become_actors_or_quotes(tmp_path):
    quotes = optional("quotes", "quotes")
    actors = optional("actors", "actors")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = load(write(tmp_path, "page.txt", PAGE))
    q = quotes(doc)
    assert_offsets(doc.text, q)
    assert q.text.tolist() == ["a Cold War mentality.", "We will not be intimidated."]
    a = actors(doc, roles=None)
    assert_offsets(doc.text, a)
    assert not a.text.str.contains(r"[<>=/\"]|href|alt|title|quote").any()
    assert {"China", "NATO", "Russia"} <= set(a.actor)


def test_a_single_tag_with_an_attribute_is_html():
    assert looks_like_html('He said <a href="https://x.org">here</a> that it was over.')
    assert not looks_like_html("If x < 3 and y > 4, the <b>-value is small.")
    assert not looks_like_html("Use the <Enter> key; scores were <10% and >90%.")


TWEET_EXPORT = ("Warren grilled the CEO on Tuesday.\n\n"
                '<tweet pic="pic.twitter.com/x" author="carl" tweet_id="7782579">Warren: '
                '"You should be criminally investigated."</tweet>\n\n'
                '"This is a scandal," Warren said after the hearing.\n')


def test_tags_in_a_plain_text_are_blanked_out_in_place(tmp_path):
    """A news export with a few tags keeps every offset: start/end point into the user's file."""
    path = write(tmp_path, "export.txt", TWEET_EXPORT)
    with pytest.warns(GeolibWarning, match=r"2 markup tag\(s\) .*replaced by spaces"):
        doc = load(path)
    assert len(doc.text) == len(TWEET_EXPORT)
    for i, (a, b) in enumerate(zip(doc.text, TWEET_EXPORT)):
        assert a == b or (a == " " and b != "\n"), i  # only tag characters become spaces
    assert "<" not in doc.text and "tweet_id" not in doc.text
    raw = path.read_text(encoding="utf-8")
    q = quotes_of(doc)
    assert_offsets(raw, q)  # offsets into the file itself, not into an extracted text
    assert "This is a scandal," in q.text.tolist()
    assert not q.text.str.contains("pic.twitter|carl|7782579").any()


def test_text_that_is_markup_from_its_start_is_still_extracted():
    with pytest.warns(GeolibWarning, match="HTML document"):
        doc = load("<div><p>NATO met.</p><p>China <b>replied</b>.</p></div>")
    assert "<" not in doc.text and "China replied." in doc.text
    assert not looks_like_html("If x < 3 and y > 4, the <b>-value is small.")
    with warnings.catch_warnings():  # not HTML at all: nothing blanked, no warning
        warnings.simplefilter("error")
        assert load("If x < 3 and y > 4, the <b>-value is small.").text.count("<") == 2


def quotes_of(doc: Document) -> pd.DataFrame:
    from geolib.quotes import quotes

    return quotes(doc, roles=None)


def test_character_references_are_decoded_with_a_warning():
    with pytest.warns(GeolibWarning, match="character reference"):
        doc = load("&ldquo;No,&rdquo; said AT&T&#8217;s chief &amp; the board.")
    assert doc.text == "“No,” said AT&T’s chief & the board."
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert load("R&D at AT&T; Q&A;").text == "R&D at AT&T; Q&A;"


# ----------------------------------------------------------------- quotation marks

QUOTE_CASES = {
    "unbalanced_open": "He said “this is never closed. And it goes on.\n\nA new paragraph follows here.",
    "unbalanced_close": "This was never opened,” she said. Then she left the room.",
    "mixed": "Mixed \"straight and curly” marks, he said. ‘Single\" ones too’.",
    "nested": "She said “they told me ‘no way’ twice” on Monday.",
    "last_char_open": "The minister said “",
    "last_char_close": "The minister said it was over”",
    "only_marks": "“ ” ‘ ’ \" ' « » „ “",
    "many_unclosed": "“One. “Two. “Three. “Four.\n\n“Five.",
    "german_french": "„Nein“, sagte er. «Non», a-t-il dit. ‹Oui›.",
}
APOSTROPHES = ["In the ’90s, rock ’n’ roll was loud, the Joneses’ son said.",
               "The Joneses’ house and the Smiths’ farm, in the ’80s and ’90s.",
               "Rock ’n’ roll, ’tis said, never dies; it’s the players’ music.",
               "Students' rights, the teachers' union and O'Brien's view in the '90s."]


@pytest.mark.parametrize("name", sorted(QUOTE_CASES))
def test_odd_quotation_marks_no_crash_no_runaway(name):
    quotes = optional("quotes", "quotes")
    text = QUOTE_CASES[name]
    doc = load(text)
    all_tables(doc)
    q = quotes(doc, roles=None)
    assert_offsets(doc.text, q)
    for row in q.itertuples():
        # no runaway quote: it runs on only into a paragraph that opens with a quotation mark
        for ps in doc.paragraphs.start:
            assert not (row.start < ps < row.end) or doc.text[ps] in "\"“‘«„", row
    assert quotes(doc, roles=None).equals(q)


def test_open_quote_does_not_run_into_a_paragraph_opening_another_kind_of_mark():
    quotes = optional("quotes", "quotes")
    text = "He said “this is never closed.\n\n‘Nested “quotes” here,’ she said."
    q = quotes(text, roles=None)
    assert q.text.iloc[0] == "this is never closed."


def test_unclosed_quote_stops_at_its_paragraph():
    quotes = optional("quotes", "quotes")
    q = quotes(QUOTE_CASES["unbalanced_open"])
    assert len(q) == 1 and "\n" not in q.text.iloc[0] and "new paragraph" not in q.text.iloc[0]


def test_nested_quote_is_inside_the_outer_one():
    quotes = optional("quotes", "quotes")
    q = quotes(QUOTE_CASES["nested"])
    assert q.text.tolist() == ["they told me ‘no way’ twice"]


@pytest.mark.parametrize("text", APOSTROPHES)
def test_apostrophes_are_not_quotes(text):
    quotes = optional("quotes", "quotes")
    assert quotes(text).empty
    toks = geolib.tokens(text)
    assert_offsets(text, toks)
    # a decade and a name are one token each (a trailing possessive ’ is left to quotes())
    for word, kind in (("’90s", "number"), ("’80s", "number"), ("O'Brien", "word")):
        if word in text:
            assert toks.loc[toks.text == word, "kind"].tolist() == [kind] * text.count(word), toks.text.tolist()


# ----------------------------------------------------------------- Unicode edge cases

def test_combining_marks_rtl_and_joiners_stay_in_their_words():
    text = ("Zoe\u0308 met Jose\u0301 and \u05d1\u05b4\u05bc\u05e0\u05b0\u05d9\u05b8\u05de\u05b4\u05d9\u05df "
            "(Benjamin) and \u0645\u064f\u062d\u064e\u0645\u0651\u064e\u062f (Muhammad) in \u0928\u092e\u0938\u094d\u0924\u0947; "
            "Persian \u0645\u06cc\u200c\u0634\u0648\u062f and inter\u00adnational.")
    doc = load(text)
    all_tables(doc)
    words = doc.tokens[doc.tokens.kind == "word"].text.tolist()
    for w in ("Zoe\u0308", "Jose\u0301", "\u05d1\u05b4\u05bc\u05e0\u05b0\u05d9\u05b8\u05de\u05b4\u05d9\u05df",
              "\u0645\u064f\u062d\u064e\u0645\u0651\u064e\u062f", "\u0928\u092e\u0938\u094d\u0924\u0947",
              "\u0645\u06cc\u200c\u0634\u0648\u062f", "inter\u00adnational"):
        assert w in words, (w, words)


def test_rtl_names_with_direction_marks_and_actors():
    text = "Iran’s foreign minister \u200f\u0645\u062d\u0645\u062f \u062c\u0648\u0627\u062f \u0638\u0631\u06cc\u0641\u200e spoke with Russia and China."
    doc = load(text)
    all_tables(doc)
    assert not doc.tokens.text.isin(["\u200f", "\u200e"]).any()
    assert "\u0638\u0631\u06cc\u0641" in doc.tokens.text.tolist()
    actors = optional("actors", "actors")
    a = actors(doc)
    assert_offsets(doc.text, a)
    assert {"Iran", "Russia", "China"} <= set(a.actor)


def test_emoji_nbsp_zero_width_and_full_width():
    text = ("Putin 🇷🇺 and Biden 🇺🇸 met 👍🏽. The 👨\u200d👩\u200d👧 left. Ali\u00a0Khamenei spoke. "
            "anti\u200bwar protests. Ｔｏｋｙｏ said： “ｎｏ！” （ｆｕｌｌ　ｗｉｄｔｈ）。")
    doc = load(text)
    all_tables(doc)
    toks = doc.tokens
    assert toks.loc[toks.text == "🇷🇺", "kind"].tolist() == ["symbol"]
    assert toks.loc[toks.text == "👍🏽", "kind"].tolist() == ["symbol"]
    assert "👨\u200d👩\u200d👧" in toks.text.tolist()
    assert {"Ali", "Khamenei", "anti", "war", "Ｔｏｋｙｏ"} <= set(toks.text)
    assert not toks.text.str.contains("[\u200b\u00a0\u3000]").any()
    assert not toks.text.str.strip().eq("").any()
    assert toks.loc[toks.text.isin(["：", "！", "（", "）", "。"]), "kind"].eq("punct").all()


@pytest.mark.parametrize("text", [
    "\u0301\u0301\u0301 starts with marks.", "\u200b\u200b\u200b", "a\u200bb\u200bc.", "\ufeff\ufeffx",
    "🇷" * 5, "\U0001F600" * 100, "\u202eevil reversed text\u202c.", "A\u0000B said.", "x\u2028y\u2029z.",
    "\x0b\x0c\x1c\x1d\x1e\x85 control characters.", "\ud7ff\ue000\uffff\U0010FFFF", "İstanbul ǅ ẞ ﬃ ﬁ.",
])
def test_unicode_oddities_do_not_crash(text):
    if not text.strip():
        with pytest.raises(InputError):
            load(text)
        return
    try:
        doc = load(text)
    except InputError:  # e.g. only format characters
        return
    all_tables(doc)


def test_byte_order_marks_only_are_blank():
    """Found by hypothesis: load() dropped one mark and Document the next, leaving no text."""
    for text in ("\ufeff", "\ufeff\ufeff", "\ufeff\ufeff \n"):
        with pytest.raises(InputError, match="empty|white space"):
            load(text)
    assert load("\ufeff\ufeffChina spoke.").text == "China spoke."


def test_a_very_long_document_warns_and_is_analysed(monkeypatch):
    import geolib.document as document

    monkeypatch.setattr(document, "LARGE_CHARS", 50)
    text = "China spoke. " * 10
    with pytest.warns(GeolibWarning, match=r"text: 0\.0 million characters in one document.*one per file"):
        doc = load(text)
    assert len(doc.sentences) == 10
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        load("China spoke.")  # short texts: no warning


def test_a_folder_of_saved_web_pages(tmp_path):
    write(tmp_path, "a.html", "<html><body><h1>Summit</h1><p>NATO called China a &ldquo;decisive "
                              "enabler&rdquo;, the alliance said.</p></body></html>")
    write(tmp_path, "b.htm", "<p>China rejected the <b>Cold War mentality</b>.</p>")
    write(tmp_path, "c.txt", "Russia spoke.")
    corpus = read_corpus(tmp_path)
    with pytest.warns(GeolibWarning, match="HTML document"):
        docs = list(corpus)
    assert [d.doc_id for d in docs] == ["a", "b", "c"]
    assert "NATO called China a “decisive enabler”" in docs[0].text and "<" not in docs[0].text
    assert docs[1].text.strip() == "China rejected the Cold War mentality."


# ----------------------------------------------------------------- malformed corpora

def test_csv_without_the_text_column(tmp_path):
    path = write(tmp_path, "c.csv", "id,body\na,Some text.\n")
    with pytest.raises(InputError, match="no 'text' column") as err:
        read_corpus(path)
    assert "c.csv" in str(err.value) and "body" in str(err.value) and "text_col=" in str(err.value)
    assert [d.text for d in read_corpus(path, text_col="body")] == ["Some text."]


@pytest.mark.parametrize("content, where, what, kept", [
    ('id,text\na,"Fine."\nb,x,y,z\nc,ok\n', "line 3", "expected 2 fields, found 4", ["a", "c"]),
    ('id,text\na,"Fine."\nb,"never closed\nc,ok\n', "line 3", "never closed; lines 3-4 were not read",
     ["a"]),
    ('id,text\na,"Fine,\nstill fine."\nb,x,y\nc,"Also fine."\n', "line 4", "expected 2 fields, found 3",
     ["a", "c"]),
    ('id,text\na,"Fine."\nb,"bad"quote,x\nc,ok\n', "line 3", "text after a closing quote mark", ["a", "c"]),
])
def test_malformed_csv_row_is_skipped_naming_the_line(tmp_path, content, where, what, kept):
    path = write(tmp_path, "bad.csv", content)
    corpus = read_corpus(path)
    with pytest.warns(GeolibWarning, match=f"bad.csv, {where}: .*{re.escape(what)}"):
        docs = list(corpus)
    assert [d.doc_id for d in docs] == kept
    assert corpus.errors.source.tolist() == [f"{path}, {where}"]
    assert what in corpus.errors.message.iloc[0]


def test_csv_read_row_by_row_keeps_what_pandas_keeps(tmp_path):
    """The row-by-row reader (used once pandas fails) agrees with pandas on the good rows."""
    good = 'text,text,n\n"One, two.",x,1\n\n"Multi\nline.",y,2\nShort row.\n'
    expected = [(d.doc_id, d.text, d.meta) for d in read_corpus(write(tmp_path, "good.csv", good))]
    bad_path = write(tmp_path, "good.csv", good + "extra,fields,here,4\n")
    corpus = read_corpus(bad_path)
    with pytest.warns(GeolibWarning, match="line 7"):
        got = [(d.doc_id, d.text, d.meta) for d in corpus]
    assert got == expected == [("good:0", "One, two.", {"text.1": "x", "n": "1"}),
                               ("good:1", "Multi\nline.", {"text.1": "y", "n": "2"}),
                               ("good:2", "Short row.", {"text.1": "", "n": ""})]
    assert corpus.doc_ids[-1] == "good:3"  # positional ids of the rows after it do not move


def test_csv_rows_with_one_field_too_many_are_not_an_index(tmp_path):
    """pandas reads rows that all have one field more than the header as an index column plus
    shifted fields ("b" would become the index, "x" the text); geolib flags them instead, and
    a trailing comma (an empty extra field) is not a problem."""
    corpus = read_corpus(write(tmp_path, "shift.csv", "id,text\nb,x,y\nc,Fine.,\n"))
    with pytest.warns(GeolibWarning, match="shift.csv, line 2: .*expected 2 fields, found 3"):
        assert [(d.doc_id, d.text) for d in corpus] == [("c", "Fine.")]
    corpus = read_corpus(write(tmp_path, "trailing.csv", "id,text,\na,One.,\nb,Two.,\n"))
    assert [(d.doc_id, d.text) for d in corpus] == [("a", "One."), ("b", "Two.")]


def test_csv_with_every_row_malformed_is_an_error(tmp_path):
    with pytest.raises(InputError, match=r"one.csv, line 2: .*never closed"):
        read_corpus(write(tmp_path, "one.csv", 'id,text\na,"never closed\n'))


def test_empty_and_header_only_csv(tmp_path):
    with pytest.raises(InputError, match="empty"):
        read_corpus(write(tmp_path, "e.csv", ""))
    with pytest.warns(GeolibWarning, match="no documents"):
        assert len(read_corpus(write(tmp_path, "h.csv", "id,text\n"))) == 0


def test_csv_rows_without_text_are_skipped_naming_the_row(tmp_path):
    path = write(tmp_path, "rows.csv", 'id,text\na,"One\nmulti-line text."\nb,\nc,"  "\nd,Fine.\n')
    corpus = read_corpus(path)
    with pytest.warns(GeolibWarning):
        assert [d.doc_id for d in corpus] == ["a", "d"]
    assert corpus.errors.source.tolist() == [f"{path}, row 3 (doc_id b)", f"{path}, row 4 (doc_id c)"]


@pytest.mark.parametrize("lines, where, what", [
    (['{"text": "ok"}', '{bad json', '{"text": "also ok"}'], "line 2", "not valid JSON"),
    (['{"text": "ok"}', "", '["a", "list"]', '{"text": "also ok"}'], "line 3", "expected a JSON object"),
    (['{"text": "ok"}', "42", '{"text": "also ok"}'], "line 2", "expected a JSON object"),
])
def test_malformed_jsonl_line_is_skipped_naming_the_line(tmp_path, lines, where, what):
    path = write(tmp_path, "bad.jsonl", "\n".join(lines))
    corpus = read_corpus(path)
    with pytest.warns(GeolibWarning, match=f"bad.jsonl, {where}: {what}"):
        assert [d.text for d in corpus] == ["ok", "also ok"]
    assert corpus.errors.source.tolist() == [f"{path}, {where}"]


def test_file_of_only_malformed_lines_is_an_error(tmp_path):
    with pytest.raises(InputError, match=r"notjson.jsonl, line 1: not valid JSON .*every other line"):
        read_corpus(write(tmp_path, "notjson.jsonl", "plain text\nmore plain text\n"))


def test_jsonl_rows_with_bad_text_are_skipped_naming_the_line(tmp_path):
    rows = [{"text": "Fine."}, {"text": 5}, {"text": None}, {"title": "no text"}, {"text": ""},
            {"text": "Line\u2028separator inside a JSON string."}]
    path = write(tmp_path, "rows.jsonl", "\r\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    corpus = read_corpus(path)
    with pytest.warns(GeolibWarning):
        docs = list(corpus)
    assert [d.text for d in docs] == ["Fine.", "Line\u2028separator inside a JSON string."]
    assert [s.split(", ")[-1] for s in corpus.errors.source] == ["line 2", "line 3", "line 4", "line 5"]


def test_json_array_corpus(tmp_path):
    path = write(tmp_path, "arr.json", json.dumps([{"id": "x", "text": "One."}, {"id": "y", "text": "Two."}]))
    assert [d.doc_id for d in read_corpus(path)] == ["x", "y"]
    corpus = read_corpus(write(tmp_path, "arr2.json", json.dumps([{"text": "One."}, "two"])))
    with pytest.warns(GeolibWarning, match="arr2.json, item 1: expected a JSON object, got str"):
        assert [d.text for d in corpus] == ["One."]


def test_not_text_corpus_files(tmp_path):
    with pytest.raises(InputError, match="PNG"):
        read_corpus(write(tmp_path, "img.csv", b"\x89PNG\r\n\x1a\nxxxx"))


def test_bad_table_file_in_a_folder_or_list_is_skipped(tmp_path):
    """One unreadable table file does not stop the folder (or list) it is part of."""
    write(tmp_path, "a.txt", "China spoke.")
    write(tmp_path, "img.csv", b"\x89PNG\r\n\x1a\nxxxx")
    write(tmp_path, "empty.jsonl", "")
    write(tmp_path, "b.csv", "id,text\nb1,Russia spoke.\n")
    for source in (tmp_path, [tmp_path / "a.txt", tmp_path / "img.csv", tmp_path / "empty.jsonl",
                              tmp_path / "b.csv"]):
        corpus = read_corpus(source)
        with pytest.warns(GeolibWarning):
            assert [d.doc_id for d in corpus] == ["a", "b1"]
        assert sorted(corpus.errors.doc_id) == ["empty", "img"]
        msgs = dict(zip(corpus.errors.doc_id, corpus.errors.message))
        assert "PNG" in msgs["img"] and "empty.jsonl: the file is empty" in msgs["empty"]


# ----------------------------------------------------------------- malformed user lexicons

ACTOR_LEXICONS = {
    "missing column": ("actor,alias\nAcme Corp,Acme\n", "type"),
    "empty alias": ("actor,type,alias\nAcme Corp,organisation,Acme\nAcme Corp,organisation,\n", "line 3"),
    "empty actor": ("actor,type,alias\n,organisation,Acme\n", "line 2"),
    "unknown type": ("actor,type,alias\nAcme Corp,company,Acme\n", "line 2"),
    "conflicting duplicate": ("actor,type,alias\nAcme Corp,organisation,Acme\nAcme Corp,state,Acme Inc\n", "line 3"),
}


@pytest.mark.parametrize("name", sorted(ACTOR_LEXICONS))
def test_malformed_actor_lexicon_names_the_line(tmp_path, name):
    load_actor_lexicon = optional("actors", "load_actor_lexicon")
    content, where = ACTOR_LEXICONS[name]
    path = write(tmp_path, "my_actors.csv", content)
    with pytest.raises(ValueError, match=where) as err:
        load_actor_lexicon(user=path)
    assert "my_actors.csv" in str(err.value)


@pytest.mark.parametrize("content, where", [
    ("actor,type,alias\nAcme Corp,organisation,Acme\nAcme Ltd,organisation,Acme\n", "line 3"),
    ("actor,type,alias\nAcme Corp,organisation,—\n", "line 2"),
    ("", "empty"),
])
def test_actor_lexicon_duplicate_alias_and_empty_pattern(tmp_path, content, where):
    load_actor_lexicon = optional("actors", "load_actor_lexicon")
    path = write(tmp_path, "my_actors.csv", content)
    with pytest.raises(ValueError, match=where):
        load_actor_lexicon(user=path)


FRAME_LEXICONS = {
    "missing column": ("term,dimension\niron fist,Fairness and equality\n", "line 1"),
    "empty term": ("term,frame,dimension\n,repression,Fairness and equality\n", "line 2"),
    "punctuation-only term": ("term,frame,dimension\n\"—\",repression,Fairness and equality\n", "line 2"),
    "duplicate term": ("term,frame,dimension\niron fist,repression,Fairness and equality\n"
                       "iron fist,other,Fairness and equality\n", "line 3"),
    "too many fields": ("term,frame,dimension\niron fist,repression,Fairness and equality,x\n", "line 2"),
    "unknown dimension": ("term,frame,dimension\niron fist,repression,Nonsense\n", "line 2"),
}


@pytest.mark.parametrize("name", sorted(FRAME_LEXICONS))
def test_malformed_frame_lexicon_names_the_line(tmp_path, name):
    load_frame_lexicon = optional("frames", "load_frame_lexicon")
    content, where = FRAME_LEXICONS[name]
    path = write(tmp_path, "my_frames.csv", content)
    with pytest.raises(ValueError, match=where) as err:
        load_frame_lexicon(user=path)
    assert "my_frames.csv" in str(err.value)


def test_frame_lexicon_that_is_not_text(tmp_path):
    load_frame_lexicon = optional("frames", "load_frame_lexicon")
    with pytest.raises(ValueError, match="my_frames.csv"):
        load_frame_lexicon(user=write(tmp_path, "my_frames.csv", b"\x89PNG\r\n\x1a\n\x00\x00"))


# ----------------------------------------------------------------- very long input

SENTENCE = ("China said on Monday that the U.S. had shown “a Cold War mentality,” while NATO’s "
            "32 members, meeting in Brussels, rejected what Mr. Stoltenberg called ‘bullying’. ")


def _pipeline(text: str) -> None:
    doc = Document(text)
    doc.paragraphs, doc.sentences, doc.tokens  # noqa: B018


# How long these take is measured by benchmarks/scaling.py (4x the text must take about 4x the
# time, `make bench`), not here: the house rule keeps timings out of tests. These tests check that
# big and pathological inputs finish with exact offsets.

@pytest.mark.parametrize("shape", ["single_line", "paragraphs"])
def test_long_inputs_finish_with_exact_offsets(shape):
    k = 1_000_000 // len(SENTENCE)
    text = SENTENCE * k if shape == "single_line" else "\n\n".join(SENTENCE for _ in range(k))
    doc = Document(text)
    assert len(doc.sentence_spans) == k
    assert len(doc.paragraph_spans) == (1 if shape == "single_line" else k)
    toks = doc.token_spans
    assert all(text[s:e].strip() == text[s:e] != "" for s, e, _, _ in toks[:: max(1, len(toks) // 5000)])


@pytest.mark.parametrize("unit", ["A.", "Gen. ", "p.m. ", "“", "“a ", "’", "1.", "a-", "www.",
                                  "x\u0301", "\u200b", "🇷", "<p>", "A\n", "—\n", "No. "])
def test_pathological_repetitions_finish(unit):
    text = unit * (40_000 // len(unit))
    all_tables(Document(text))


def test_one_huge_paragraph_does_not_hit_nltk_regex_timeouts():
    """NLTK >= 3.9.3 stops a regex after 5 s; Punkt is run in windows so it never gets there."""
    from geolib.text import _PUNKT_WINDOW, sentence_spans

    text = SENTENCE * (4 * _PUNKT_WINDOW // len(SENTENCE) + 3)
    spans = sentence_spans(text)
    assert len(spans) == text.count("bullying’.")
    assert all(text[s:e] == SENTENCE.strip() for s, e in spans)
    # a "sentence" longer than a window is cut, never lost
    blob = "word " * (3 * _PUNKT_WINDOW // 5)
    spans = sentence_spans(blob)
    assert spans[0][0] == 0 and spans[-1][1] == len(blob.rstrip()) and len(spans) >= 3
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_memory_is_linear():
    import tracemalloc

    def peak(text: str) -> int:
        tracemalloc.start()
        doc = Document(text)
        doc.sentence_spans, doc.token_spans  # noqa: B018
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top

    small, big = peak(SENTENCE * 250), peak(SENTENCE * 1000)
    assert big / small < 5, (small, big)


@pytest.mark.parametrize("module, name", [("quotes", "quotes"), ("actors", "actors"), ("frames", "frames"),
                                          ("counting", "kwic")])
def test_analysis_functions_on_a_long_text(module, name):
    fn = optional(module, name)
    text = SENTENCE * (200_000 // len(SENTENCE))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        df = fn(Document(text), "china") if name == "kwic" else fn(Document(text))
    assert len(df) >= text.count("China") // 2
    assert_offsets(text, df)


# ----------------------------------------------------------------- command line

def cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geolib.cli", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def test_cli_exit_0_when_all_is_read(tmp_path):
    path = write(tmp_path, "good.txt", "China spoke on Monday. NATO replied.")
    r = cli("sentences", str(path), "--format", "json")
    assert r.returncode == 0, r.stderr
    assert [row["text"] for row in json.loads(r.stdout)] == ["China spoke on Monday.", "NATO replied."]


def test_cli_exit_1_names_every_skipped_file(tmp_path):
    write(tmp_path, "good.txt", "China spoke on Monday.")
    write(tmp_path, "empty.txt", "")
    write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\nxx")
    r = cli("tokens", str(tmp_path), "--format", "csv")
    assert r.returncode == 1
    assert "skipped 2 document(s)" in r.stderr
    assert str(tmp_path / "empty.txt") in r.stderr and str(tmp_path / "image.txt") in r.stderr
    assert "PNG" in r.stderr and "empty" in r.stderr
    assert pd.read_csv(__import__("io").StringIO(r.stdout)).text.tolist() == ["China", "spoke", "on",
                                                                              "Monday", "."]


def test_cli_exit_2_for_usage_and_input_errors(tmp_path):
    r = cli("sentences", str(tmp_path / "missing.txt"))
    assert r.returncode == 2 and "missing.txt" in r.stderr and "no such file" in r.stderr
    bad = write(tmp_path, "bad.csv", "id,text\nb,x,y\n")  # its only row is malformed
    r = cli("sentences", str(bad))
    assert r.returncode == 2 and "bad.csv, line 2" in r.stderr
    r = cli("sentences", str(tmp_path / "empty_dir_does_not_exist"))
    assert r.returncode == 2
    assert cli().returncode == 2
    assert cli("no-such-command", "x").returncode == 2


def test_cli_skips_malformed_rows_exit_1(tmp_path):
    """A malformed row is skipped like an unreadable document: the rest is written, exit code 1."""
    bad = write(tmp_path, "bad.csv", "id,text\na,China spoke.\nb,x,y\n")
    r = cli("sentences", str(bad))
    assert r.returncode == 1 and "bad.csv, line 3" in r.stderr and "skipped 1 document" in r.stderr
    assert "China spoke." in r.stdout
    bad = write(tmp_path, "bad.jsonl", '{"text": "NATO met."}\n{nope\n')
    r = cli("tokens", str(bad))
    assert r.returncode == 1 and "bad.jsonl, line 2" in r.stderr and "NATO" in r.stdout


def test_cli_warns_about_repairs_naming_the_file(tmp_path):
    path = write(tmp_path, "w.txt", "China’s “Cold War mentality”, he said.".encode("cp1252"))
    r = cli("sentences", str(path))
    assert r.returncode == 0
    assert "w.txt" in r.stderr and "cp1252" in r.stderr
