"""Property-based tests (hypothesis): for any Unicode text every geolib function returns, spans are
exact and inside the text, sentences do not overlap, and a second run gives the same result.

Two kinds of text are drawn: any Unicode string, and "news-like" strings built from fragments that
are known to be hard (quotation marks of every kind, abbreviations, line endings, HTML, entities,
mojibake, combining marks, zero-width and right-to-left characters). The analysis modules are
checked when they can be imported, and skipped cleanly when they cannot.
"""

from __future__ import annotations

import importlib
import warnings

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geolib.decoding import InputError, decode_bytes
from geolib.document import Document, load

FRAGMENTS = [
    "China", "NATO", "the U.S.", "Mr. Xi", "Gen. Milley", "said", "told reporters", " ", "  ", ". ", ", ",
    "\n", "\n\n", "\r\n", "\r", "\t", "“", "”", "‘", "’", '"', "'", "«", "»", "„", "‹", "›", "`",
    "’90s", "rock ’n’ roll", "the Joneses’", "isn't", "China’s", "dual-use", "3.5%", "$20", "No. 4",
    "...", "…", "—", "–", "-", "(", ")", "[", "]", ":", ";", "!", "?", "<p>", "</p>", "<b>", "&amp;",
    "&ldquo;", "&#8217;", "â€œ", "â€™", "Ã©", "\u00a0", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f",
    "\ufeff", "\u00ad", "e\u0301", "\u0301", "\u05e9\u05dc\u05d5\u05dd", "\u0645\u062d\u0645\u062f",
    "\u0928\u092e\u0938\u094d\u0924\u0947", "🇷🇺", "👍🏽", "👨\u200d👩\u200d👧", "。", "！", "：", "Ｗ",
    "\u2028", "\u2029", "\x00", "\x85", "Hong Kong", "CNN —", "Photo: Getty Images", "By Jane Doe",
    "Editor’s note:", "Monday, March 4, 2024", "https://example.org/a.html", "@user", "#tag",
    "Sen. Graham", "Russia", "Ukraine", "Beijing", "Xi Jinping", "A.A.A.", "p.m.", "e.g.",
]

QUOTE_MARKS = "\"'“”‘’«»„‹›`"
news_like = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=60).map("".join)
any_text = st.text(max_size=300)
texts = st.one_of(any_text, news_like)

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def spans_ok(text: str, df: pd.DataFrame, start: str = "start", end: str = "end", col: str | None = "text"
             ) -> None:
    """Every non-missing span is inside the text and (with ``col``) its text is text[start:end]."""
    for i, (s, e) in enumerate(zip(df[start], df[end])):
        if pd.isna(s) or pd.isna(e):
            continue
        s, e = int(s), int(e)
        assert 0 <= s <= e <= len(text), (start, s, e, len(text))
        if col is not None:
            assert text[s:e] == df[col].iloc[i], (s, e, df[col].iloc[i])


def check_document(doc: Document) -> None:
    text = doc.text
    p, s, t = doc.paragraphs, doc.sentences, doc.tokens
    for df in (p, s, t):
        spans_ok(text, df)
        assert (df.end > df.start).all()  # no empty spans
        assert (df.doc_id == doc.doc_id).all()
    for df in (p, s, t):  # in order and never overlapping
        assert (df.start.iloc[1:].to_numpy() >= df.end.iloc[:-1].to_numpy()).all()
    # tokens inside their sentence, sentences inside their paragraph
    for row in s.itertuples():
        assert p.start[row.paragraph] <= row.start and row.end <= p.end[row.paragraph]
    sent = s.set_index("sentence")
    for row in t.itertuples():
        assert sent.start[row.sentence] <= row.start and row.end <= sent.end[row.sentence]
    assert not t.text.str.isspace().any()
    for i in range(0, len(text), max(1, len(text) // 7)):
        doc.role_at(i), doc.paragraph_at(i), doc.sentence_at(i)


@SETTINGS
@given(texts)
def test_document_tables_for_any_text(text):
    doc = Document(text)
    check_document(doc)
    again = Document(text)
    for a, b in ((doc.paragraphs, again.paragraphs), (doc.sentences, again.sentences),
                 (doc.tokens, again.tokens)):
        pd.testing.assert_frame_equal(a, b)


@SETTINGS
@given(texts)
def test_load_any_text(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            doc = load(text)
        except InputError as err:
            # blank text, HTML or entities with nothing readable, or a one-line string that names
            # a file ("a.csv", "data/x.pdf"), an existing folder ("/") or a web page
            looks_like_a_name = "\n" not in text and any(
                cue in str(err) for cue in ("no such file", "download", "is a folder"))
            # (a leading byte-order mark is dropped, so "\ufeff" alone is blank too)
            assert not text.replace("\ufeff", "").strip() or "<" in text or "&" in text or looks_like_a_name, (text, str(err))
            return
        again = load(text)
    assert doc.text == again.text and doc.text.strip()
    check_document(doc)


@SETTINGS
@given(st.binary(max_size=400) | news_like.map(lambda s: s.encode("utf-8", "surrogatepass")))
def test_decode_any_bytes(data):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            text = decode_bytes(data)
        except InputError as err:
            assert str(err).startswith("input")
            return
        assert isinstance(text, str)
        assert decode_bytes(data) == text  # deterministic


def optional(module: str, name: str):
    try:
        return getattr(importlib.import_module(f"geolib.{module}"), name)
    except (ImportError, AttributeError) as err:
        pytest.skip(f"geolib.{module}.{name} is not importable ({err})")


# (module, function, extra span column pairs checked against the text)
ANALYSES = [
    # the speaker is the fullest name; its span is the mention the cue links to (may be "she")
    ("quotes", "quotes", [("speaker_start", "speaker_end", None), ("cue_start", "cue_end", "cue")]),
    ("actors", "actors", []),
    ("frames", "frames", []),
    ("counting", "kwic", []),
]


@pytest.mark.parametrize("module, name, extra", ANALYSES, ids=[a[1] for a in ANALYSES])
def test_analysis_functions_for_any_text(module, name, extra):
    fn = optional(module, name)

    @FEW
    @given(texts)
    def run(text):
        doc = Document(text, doc_id="d")
        call = (lambda d: fn(d, "china")) if name == "kwic" else (lambda d: fn(d, roles=None))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            df = call(doc)
            again = call(Document(text, doc_id="d"))
        assert list(df.columns[:4]) == ["doc_id", "start", "end", "text"]
        spans_ok(doc.text, df)
        for s, e, col in extra:
            if s in df.columns:
                spans_ok(doc.text, df, s, e, col if col in df.columns else None)
                assert (df[s].dropna() < df[e].dropna()).all()
        pd.testing.assert_frame_equal(df.reset_index(drop=True), again.reset_index(drop=True))
        if name == "quotes":  # no runaway quote: it runs on only into a paragraph opening with a mark
            for row in df.itertuples():
                for ps in doc.paragraphs.start:
                    assert not (row.start < ps < row.end) or doc.text[ps] in QUOTE_MARKS, (row.start, row.end)

    run()



# Public functions built on the span tables: they must return a DataFrame for any text.
DERIVED = {
    "frequencies": lambda g, d: g.frequencies(d),
    "frequencies_bigrams": lambda g, d: g.frequencies(d, n=2),
    "collocations": lambda g, d: g.collocations(d, "china", min_count=1),
    "keyness": lambda g, d: g.keyness(d),
    "candidate_actors": lambda g, d: g.candidate_actors(d),
    "candidate_frames": lambda g, d: g.candidate_frames(d),
    "actor_counts": lambda g, d: g.actor_counts(g.actors(d, roles=None)),
    "cooccurrence": lambda g, d: g.cooccurrence(g.actors(d, roles=None)),
    "first_mentions": lambda g, d: g.first_mentions(g.actors(d, roles=None)),
    "voice_share": lambda g, d: g.voice_share(g.quotes(d, roles=None)),
    "sponsorship": lambda g, d: g.sponsorship(g.frames(d, roles=None)),
}
KNOWN_CRASHES: dict[str, str] = {}  # name -> reason, for a crash reported to a module's owner


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=KNOWN_CRASHES[n])) if n in KNOWN_CRASHES
    else n for n in DERIVED])
def test_derived_tables_for_any_text(name):
    g = importlib.import_module("geolib")
    if not hasattr(g, name.replace("_bigrams", "")):
        pytest.skip(f"geolib.{name} is not there yet")
    call = DERIVED[name]

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(texts)
    def run(text):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out = call(g, Document(text, doc_id="d"))
            again = call(g, Document(text, doc_id="d"))
        assert isinstance(out, pd.DataFrame)
        pd.testing.assert_frame_equal(out, again)
        if {"start", "end", "text"} <= set(out.columns):
            spans_ok(text, out)

    run()
