"""Documents, structure roles, sentences and tokens (the foundation)."""

from __future__ import annotations

import json

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
    # Punkt needs a space after a sentence: a quotation that opens right after one still starts one
    ("It was “late.”“Go home,” he said.", ["It was “late.”", "“Go home,” he said."]),
    ("Polls stand.“[HuffPost.]”", ["Polls stand.", "“[HuffPost.]”"]),
    ("It was rated “Mostly False.“", ["It was rated “Mostly False.“"]),
])
def test_sentence_before_a_quote_without_a_space(text, expected):
    from geolib.text import sentence_spans

    assert [text[s:e] for s, e in sentence_spans(text)] == expected


@pytest.mark.parametrize("text, plain, names", [
    ("J. Smith Jr.", ["J", ".", "Smith", "Jr", "."], ["J.", "Smith", "Jr."]),
    ("Plan B. Then Sen. Lee", ["Plan", "B", ".", "Then", "Sen.", "Lee"], ["Plan", "B.", "Then", "Sen.", "Lee"]),
    ("Rep. G.K. Butterfield (D-N.C.) said no.",
     ["Rep.", "G.K.", "Butterfield", "(", "D-N", ".", "C", ".", ")", "said", "no", "."],
     ["Rep.", "G.K.", "Butterfield", "(", "D-N", ".", "C", ".", ")", "said", "no."]),
    ("Znak.com and Change.org said.Trump", ["Znak", ".", "com", "and", "Change", ".", "org", "said", ".", "Trump"],
     ["Znak.com", "and", "Change.org", "said", ".", "Trump"]),
    ("at nytimes.com.au.", ["at", "nytimes", ".", "com", ".", "au", "."], ["at", "nytimes.com.au", "."]),
    ("a. b", ["a", ".", "b"], ["a", ".", "b"]),
])
def test_names_keep_their_full_stops(text, plain, names):
    from geolib.text import sentence_token_spans, token_spans, with_names

    assert [text[s:e] for s, e, _ in token_spans(text)] == plain
    found = token_spans(text, names=True)
    assert [text[s:e] for s, e, _ in found] == names
    assert all(k == "word" for s, e, k in found if text[s:e] in names and text[s:e] not in plain)
    assert with_names(text, token_spans(text)) == found
    spans = [(0, len(text), 0)]
    assert sentence_token_spans(text, spans, names=True) == [(*t, 0) for t in found]
    plain_spans = token_spans(text)
    if plain == names:
        assert with_names(text, plain_spans) is plain_spans  # nothing joined: the same list


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


# -- the fast paths give what the full rules give ------------------------------------------------

TRICKY = [
    "China’s dual-use exports to the U.S. The talks went on.",
    "Mr. Smith and Gen. Jones didn't agree; Sen. J. Smith Jr. said so at 3 p.m. on Jan. 5.",
    "It isn’t over... etc... and so on. “No,” he said. (Yes.) 'It's fine,' she said!",
    "www.example.com/x and https://a.b/c?d=1, #tag @user 5% $3.5 1st '90s 2.0. So",
    "नमस्ते दुनिया। ठीक है? inter\u00adnational a\u200db 👍🏽 🇺🇸 zero\u200bwidth \ufeffx",
    "snake_case   _   x\u212a. v. Smith vs. Jones No. 5 co-op — and -- so",
]


@pytest.mark.parametrize("text", TRICKY)
def test_token_paths_agree(text):
    from geolib import text as T

    for start in range(0, len(text), 7):
        for end in range(start, len(text) + 1, 11):
            full = T._token_spans_full(text, start, end)
            path = T._path(text, start, end)
            assert T.token_spans(text, start, end) == full
            if path == 0:
                assert T._token_spans_fast(text, start, end) == full
            if path <= 1:
                assert T._token_spans_few(text, start, end) == full


def test_sentence_token_spans_is_token_spans_per_sentence(seed):
    from geolib.text import sentence_token_spans, token_spans

    want = [(a, b, k, i) for i, (s, e, _) in enumerate(seed.sentence_spans)
            for a, b, k in token_spans(seed.text, s, e)]
    assert sentence_token_spans(seed.text, seed.sentence_spans) == want == seed.token_spans


def test_punkt_shortcuts_agree_with_punkt(seed):
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from geolib import text as T

    tok = T._punkt()
    texts = [seed.text] + TRICKY + ['He said "no". Then left. It was 1973. About 2.0. So food". He']
    contexts = [c for t in texts for _, c in tok._match_potential_end_contexts(t)]
    contexts += ["Gen. Santos", "a.m. ET", "J. Smith", "95. the", "95.: x", "I. These", "etc. The"]
    assert any(T._plain_sentence_end(c, tok._params.abbrev_types) for c in contexts)
    for c in contexts:
        if T._plain_sentence_end(c, tok._params.abbrev_types):
            assert PunktSentenceTokenizer.text_contains_sentbreak(tok, c), c
    for t in texts:
        assert tok.span_tokenize(t) == list(PunktSentenceTokenizer.span_tokenize(tok, t))


def test_role_cue_shortcuts_are_safe():
    from geolib import structure as S

    checks = {pat.pattern: (needed, longest) for _, pat, needed, longest in S._cue_checks()}
    assert any(n == ":" for n, _ in checks.values())  # "photo credit:" needs its colon
    assert any(lg is not None for _, lg in checks.values())  # the anchored agency-credit line
    for role, pat, needed, longest in S._cue_checks():
        for t in ["Photo: AP", "Getty Images/AFP", "Monday, March 3, 2020", "■ x", "2020-01-01",
                  "Editor's note: x", "Read more: x", "This story has been updated"]:
            if pat.search(t):
                assert all(c in t for c in needed) and (longest is None or len(t) <= longest)


def test_words_counts_roles(seed):
    rp = [r for _, _, r in seed.paragraph_spans]
    sp = [p for _, _, p in seed.sentence_spans]
    for roles in (None, ("body",), ("caption", "credit"), (), ("title",)):
        keep = None if roles is None else set(roles)
        want = sum(1 for _, _, k, si in seed.token_spans
                   if k in ("word", "number") and (keep is None or rp[sp[si]] in keep))
        assert seed.words(roles=roles) == want


@pytest.mark.parametrize("text", TRICKY + ["  _  a", "x" * 50 + " " * 30 + "_"])
def test_fast_token_pattern_finds_the_matches_of_the_plain_one(text):
    from geolib import text as T

    for start in range(0, len(text), 5):
        plain = [(m.start(), m.end(), m.lastgroup) for m in T._TOKEN.finditer(text, start)]
        fast = [(m.start(m.lastindex), m.end(), T._FAST_GROUPS[m.lastindex])
                for m in T._FAST_TOKEN.finditer(text, start)]
        assert [f for f in fast if f[2] != "underscore"] == plain


def test_role_cue_words_are_safe():
    import re

    from geolib import structure as S

    # Every character outside ASCII that a case-insensitive pattern matches with an ASCII one.
    twins = {c for c in re.findall(r"(?i)[\x00-\x7f]", "".join(map(chr, range(0x110000))))
             if ord(c) > 127}
    assert twins == set(S._ASCII_CASE_TWINS.findall("".join(map(chr, range(0x80, 0x110000)))))
    words = dict(zip((p.pattern for _, p, _, _ in S._cue_checks()), S._cue_words()))
    assert any(len(w) > 5 for w in words.values())  # the credits have theirs
    assert S._required_words(re.compile("(sign up|subscribe) x", re.I)) in (("s",), ("sign up", "subscribe"))
    assert S._required_words(re.compile("a|(b)")) == ()
    assert S._required_words(re.compile("(x)?y")) == ()
    for _, pat, _, _ in S._cue_checks():
        for t in ["Photo: AP", "Getty Images/AFP", "PHOTO CREDIT: x", "Image: \u0130mage", "ſource: x",
                  "Monday, March 3, 2020", "Credit: Reuters/Kremlin.ru", "x ap photo y", "■ x"]:
            if pat.search(t):
                assert not S._lacks_words(t, words[pat.pattern]), (pat.pattern, t)
    assert S._lacks_words("He said no.", ("photo",))
    assert not S._lacks_words("ſ", ("s",))


def test_punkt_end_contexts_are_nltks(seed):
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from geolib import text as T

    tok = T._punkt()
    period_re = T._stdlib_pattern(tok._lang_vars.period_context_re())
    texts = [seed.text] + TRICKY + [
        " A. b", "\tHe left. She.", "x.\x1cY. z.\x1d\x1e Q!\x1f\x1fR", "a.\u2028B. c.\u00a0D. e.\x85F",
        "So... what?! “Yes.” (No.) [x.] {y.} 'z.' He.--She", "   .  . .", "U.S.A. is. Mr. X? Y!"]
    for t in texts:
        ours = [(m.span(), m.groupdict(), c) for m, c in T._end_contexts(t, period_re)]
        theirs = [(m.span(), m.groupdict(), c) for m, c in tok._match_potential_end_contexts(t)]
        assert ours == theirs, t
        assert tok.span_tokenize(t) == list(PunktSentenceTokenizer.span_tokenize(tok, t)), t


def test_joined_cues_find_the_first_cue(seed):
    from geolib import structure as S

    assert S._any_cue() is not None
    texts = [seed.text[s:e] for s, e, _ in seed.paragraph_spans] + [
        "Photo: AP", "Getty Images/AFP", "Monday, March 3, 2020", "■ x", "2020-01-01",
        "Editor's note: x", "Read more: x", "This story has been updated", "Updated: Monday, March 3, 2020",
        "Read more: Photo: AP", "Sign up for our newsletter. Photo: AP", "March 3, 2020 ■",
        "Editor’s note (update): photo credit: x", "Correction — Getty Images", "x" * 6000 + " Photo: AP",
        "Photo: AP " + "x" * 6000, "March 3, 2020\n", "Subscribe to the newsletter ■"]
    roles = set()
    for t in texts:
        short = len(t) <= S._MAX_CUE_SEARCH
        roles.add(S._paragraph_role(t))
        assert S._paragraph_role(t) == S._first_cue_role(t, short), t
    assert {"credit", "map_legend", "editor_note", "update_note", "date"} <= roles


def test_split_paragraphs_is_the_line_loop():
    import random
    import re

    from geolib.structure import _TERMINAL, split_paragraphs

    def plain(text):  # the first version: every line, trimmed char by char
        spans = []
        for m in re.finditer(r"[^\r\n]+", text):
            s, e = m.start(), m.end()
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s == e:
                continue
            if spans:
                ps, pe = spans[-1]
                breaks = text[pe:s].replace("\r\n", "\n").replace("\r", "\n").count("\n")
                if breaks <= 1 and not text[pe - 1].endswith(_TERMINAL) and text[s].islower():
                    spans[-1] = (ps, e)
                    continue
            spans.append((s, e))
        return spans

    rng = random.Random(7)
    chars = " \t\r\n\x0b\x0c\x1c\x1d\x85\u2028\u00a0aB.”x"
    for _ in range(5000):
        t = "".join(rng.choice(chars) for _ in range(rng.randint(0, 14)))
        assert split_paragraphs(t) == plain(t), repr(t)


def test_cues_of_non_ascii_characters_skip_ascii_paragraphs():
    import re

    from geolib import structure as S

    assert S._needs_non_ascii(re.compile("[■●▲]")) and S._needs_non_ascii(re.compile("x\u00e9", re.I))
    # a class or branch that may match ASCII, or a character a case-blind pattern matches with one
    for pat in ("[■x]", "■|x", "(■)", "[^■]", "[\u0100-\u0200]", "\u212a", "[\\w■]"):
        assert not S._needs_non_ascii(re.compile(pat, re.I)), pat
    assert any(row[-1] for row in S._searched_cue_rows())  # the map legend's symbols
    for t in ["■ Russia", "Russia ■", "Map: ● capital", "A plain line", "\u212aelvin ■"]:
        assert S._paragraph_role(t) == S._first_cue_role(t, True), t
