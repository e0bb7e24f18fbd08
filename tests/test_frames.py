"""Tests for the framing lexicon, frame matching, frame sponsorship and candidate frames."""

from __future__ import annotations

import importlib.util
import random
import warnings

import matplotlib

matplotlib.use("Agg")

import pandas as pd
import pytest

import geolib
from geolib.frames import (DIMENSIONS, FRAME_COLUMNS, candidate_frames, frames, load_frame_lexicon,
                           plot_dispersion, plot_sponsorship, sponsorship, term_key)
from geolib.frames.hits import find_terms, find_terms_plain
from geolib.frames.lexicon import term_patterns
from geolib.frames.trie import TermEntry, compile_lexicon, matcher_for
from geolib.frames.voices import mark_quotes

from .conftest import assert_offsets

HAVE_QUOTES = importlib.util.find_spec("geolib.quotes") is not None
needs_quotes = pytest.mark.skipif(not HAVE_QUOTES, reason="geolib.quotes (the quotes issue) is not "
                                  "importable yet: speaker attribution cannot be checked")


def lex(*rows, match=None):
    """A small user lexicon: rows of (term, frame, dimension)."""
    df = pd.DataFrame(rows, columns=["term", "frame", "dimension"])
    if match is not None:
        df["match"] = match
    return load_frame_lexicon(df)


def hits(text, lexicon=None, **kw):
    kw.setdefault("quotes", False)
    f = frames(text, lexicon=lexicon, **kw)
    doc = geolib.load(text) if isinstance(text, str) else text
    assert_offsets(doc.text, f)
    return f


# ------------------------------------------------------------------ the shipped lexicon

def test_shipped_lexicon_is_valid_and_uses_codebook_dimensions():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no duplicate warnings in the shipped file
        lx = load_frame_lexicon()
    assert set(lx["dimension"]) <= set(DIMENSIONS)
    assert lx["frame"].nunique() >= 20
    need = {"cold war / bloc confrontation", "threat and security", "enabling the war",
            "peace and neutrality", "delegitimising"}
    assert need <= set(lx["frame"])
    for term in ["cold war mentality", "zero-sum game", "systemic challenge", "coercive tactics",
                 "dual-use", "lifeline", "peace broker", "neutrality", "lies and slander",
                 "mistaken perception", "disinformation", "hegemony"]:
        assert term in set(lx["term"]), term


# ------------------------------------------------------------------ variants

@pytest.mark.parametrize("form", ["fuel", "fuels", "fueling", "fuelling", "fueled", "fuelled", "Fuels"])
def test_inflections_meet(form):
    lx = lex(("fuel", "enabling", "Security and defense"))
    f = hits(f"They say exports {form} the war.", lx)
    assert f["text"].tolist() == [form]


def test_inflection_of_multiword_and_plural_terms():
    lx = lex(("structural challenge", "threat", "Security and defense"),
             ("add fuel to the fire", "enabling", "Security and defense"),
             ("supply weapons", "enabling", "Security and defense"))
    text = ("It named structural challenges. It is adding fuel to the fire; "
            "it added fuel to the fire. They supplied weapons.")
    f = hits(text, lx)
    assert f["text"].tolist() == ["structural challenges", "adding fuel to the fire",
                                  "added fuel to the fire", "supplied weapons"]


@pytest.mark.parametrize("term,text", [
    ("defence", "the Defense ministry"), ("defense", "the defence ministry"),
    ("defence", "new defences"), ("labour", "labor unions"), ("organise", "they organized"),
    ("centre", "the center"), ("fuelling", "fueling it"), ("manoeuvres", "military maneuvers"),
])
def test_british_and_american_spellings_meet(term, text):
    lx = lex((term, "x", "Other"))
    assert len(hits(text, lx)) == 1


@pytest.mark.parametrize("text", ["a zero-sum game", "a zero sum game", "a Zero‑Sum game",
                                  "a zero-\nsum game"])
def test_hyphen_and_space_meet(text):
    f = hits(text, lex(("zero-sum game", "cold war", "Other")))
    assert len(f) == 1 and f["text"][0].endswith("game")


def test_space_term_finds_hyphenated_text_and_closed_forms():
    lx = lex(("dual use", "enabling", "Other"), ("cease-fire", "peace", "Other"))
    f = hits("dual-use goods; dual use goods; a ceasefire; a cease fire; a cease-fire.", lx)
    assert f["text"].tolist() == ["dual-use", "dual use", "ceasefire", "cease fire", "cease-fire"]


def test_case_apostrophes_and_line_breaks():
    lx = lex(("women's rights", "rights", "Other"), ("cold war mentality", "cw", "Other"))
    text = ("WOMEN’S RIGHTS and women's rights.\n"
            "They abandon the cold\nwar mentality, the COLD   WAR\n  Mentality.")
    f = hits(text, lx, roles=None)
    assert f["term"].tolist() == ["women's rights"] * 2 + ["cold war mentality"] * 2
    assert "\n" in f["text"][2]


def test_blank_line_and_other_roles_stop_a_match():
    lx = lex(("cold war", "cw", "Other"))
    assert hits("The cold\n\nwar is over.", lx).empty
    # the caption between two body paragraphs is not searched, nor matched across
    assert len(hits("The cold war.", lx, roles=None)) == 1


def test_match_starts_at_a_word_start():
    lx = lex(("war", "war", "Security and defense"))
    f = hits("An anti-war march, a Cold War-era plan, the war-torn city.", lx)
    assert f["text"].tolist() == ["War", "war"]  # not inside anti-war; from Cold War-era, war-torn


def test_exact_terms_match_only_their_form():
    lx = lex(("fueling", "enabling", "Security and defense"), match=["exact"])
    f = hits("Jet fuel prices rose. Exports are fuelling the war and fueling it.", lx)
    assert f["text"].tolist() == ["fuelling", "fueling"]


def test_term_key_is_stable():
    assert term_key("Challenges") == term_key("challenge") == term_key("challenged")
    assert term_key("countries") == term_key("country")
    assert term_key("lies") == term_key("lie") == term_key("lying")
    assert term_key("thing") != term_key("th")
    assert term_key("general") != term_key("generous")


def test_leftmost_longest():
    lx = lex(("cold war", "a", "Other"), ("cold war mentality", "b", "Other"), ("mentality", "c", "Other"))
    f = hits("Cold War mentality and cold war.", lx)
    assert f["frame"].tolist() == ["b", "a"]


# ------------------------------------------------------------------ lexicon validation

def write(tmp_path, body, name="lex.csv"):
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    return p


def test_validation_names_the_line(tmp_path):
    p = write(tmp_path, "term,frame,dimension\ncold war,cw,Other\n\nhegemony,cw,Economy\n")
    with pytest.raises(ValueError, match=r"lex.csv, line 4: unknown dimension 'Economy'"):
        load_frame_lexicon(p)
    p = write(tmp_path, "term,frame,dimension\n# a comment\n,cw,Other\n")
    with pytest.raises(ValueError, match="line 3: the term is empty"):
        load_frame_lexicon(p)
    p = write(tmp_path, "term,frame,dimension,match\nwar,w,Other,fuzzy\n")
    with pytest.raises(ValueError, match="line 2: match must be"):
        load_frame_lexicon(p)
    p = write(tmp_path, "term,frame,dimension\nwar,w,Other\nWars,other,Other\n")
    with pytest.raises(ValueError, match="line 3: term 'Wars' is already listed at lex.csv, line 2"):
        load_frame_lexicon(p)
    p = write(tmp_path, "word,frame\nwar,w\n")
    with pytest.raises(ValueError, match="line 1: the header"):
        load_frame_lexicon(p)
    p = write(tmp_path, "term,frame,dimension\nwar,-,Other\n")
    with pytest.raises(ValueError, match="only allowed in a user lexicon"):
        load_frame_lexicon(p)
    p = write(tmp_path, "term,frame,dimension\nwar,w,Legality, constitutionality and jurisprudence\n")
    with pytest.raises(ValueError, match="line 2: 4 fields"):
        load_frame_lexicon(p)
    with pytest.raises(FileNotFoundError):
        load_frame_lexicon(tmp_path / "missing.csv")


def test_a_file_that_is_not_utf8_text_is_a_clear_error(tmp_path):
    p = tmp_path / "cp1252.csv"
    p.write_bytes("term,frame,dimension\nwar,w,Other\n\u201ciron fist\u201d,r,Other\n".encode("cp1252"))
    with pytest.raises(ValueError, match=r"cp1252.csv, line 3: not UTF-8 text") as err:
        load_frame_lexicon(p)
    assert isinstance(err.value.__cause__, UnicodeDecodeError)
    png = tmp_path / "image.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(ValueError, match=r"image.csv, line 1: not UTF-8"):
        load_frame_lexicon(user=png)


def test_dimension_case_and_quoting(tmp_path):
    p = write(tmp_path, 'term,frame,dimension\nwar,w,"legality,  constitutionality and jurisprudence"\n')
    assert load_frame_lexicon(p)["dimension"][0] == "Legality, constitutionality and jurisprudence"


def test_user_lexicon_adds_overrides_and_removes(tmp_path):
    user = write(tmp_path, "term,frame,dimension\n"
                           "decisive supporter,my frame,Morality\n"
                           "iron fist,repression,Fairness and equality\n"
                           "lifeline,-,\n")
    lx = load_frame_lexicon(user=user)
    by_term = lx.set_index("term")
    assert by_term.loc["decisive supporter", "frame"] == "my frame"
    assert by_term.loc["iron fist", "source"] == "user"
    assert "lifeline" not in by_term.index
    assert (lx["term"] == "decisive supporter").sum() == 1
    f = hits("A decisive supporter, an iron fist and a lifeline.", lx)
    assert f["frame"].tolist() == ["my frame", "repression"]


def test_synthetic_lexicon_100x_does_not_change_results(seed):
    base = load_frame_lexicon()
    rng = random.Random(5)
    words = sorted(set(" ".join(base["term"]).replace("-", " ").split()))
    fake = []
    while len(fake) < 100 * len(base):
        n = rng.randint(2, 4)
        # real words in new combinations, plus a nonce word so no fake term can occur in news
        t = " ".join(rng.choice(words) for _ in range(n - 1)) + f" zq{len(fake)}x"
        fake.append((t, f"fake {len(fake) % 50}", rng.choice(DIMENSIONS)))
    big = pd.DataFrame(fake, columns=["term", "frame", "dimension"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        lx = load_frame_lexicon(user=big)
    assert len(lx) > 100 * len(base)
    small = frames(seed, quotes=False)
    large = frames(seed, lexicon=lx, quotes=False)
    pd.testing.assert_frame_equal(small, large)


# ------------------------------------------------------------------ frames() output

def test_frames_columns_offsets_and_positions(seed):
    f = frames(seed, quotes=False)
    assert f.columns.tolist() == FRAME_COLUMNS
    assert_offsets(seed.text, f)
    for s, sent, para in zip(f["start"], f["sentence"], f["paragraph"]):
        assert seed.sentence_at(s) == sent and seed.paragraph_at(s) == para
        assert seed.role_at(s) == "body"
    assert f["start"].is_monotonic_increasing


def test_frames_on_a_corpus_and_odd_input():
    corpus = geolib.read_corpus(pd.DataFrame({"text": ["A new cold war.", "Peace talks resumed.", "…"]}))
    f = frames(corpus, quotes=False, layer="all")
    assert f["frame"].tolist() == ["cold war / bloc confrontation", "peace and neutrality"]
    assert f["layer"].tolist() == ["framing", "topic"]
    assert frames(corpus, quotes=False)["term"].tolist() == ["new cold war"]   # framing by default
    assert frames(corpus, quotes=False, layer="topic")["term"].tolist() == ["peace talks"]
    assert f["doc_id"].nunique() == 2
    empty = frames("Nothing to see here.", quotes=False)
    assert empty.empty and empty.columns.tolist() == FRAME_COLUMNS


def test_quote_table_gives_the_voice():
    text = 'NATO called China a "decisive supporter" of the war. China said "this is lies and slander".'
    doc = geolib.load(text, doc_id="d")
    a = text.index("decisive")
    b = text.index("this is")
    q = pd.DataFrame({"doc_id": ["d", "d", "other"],
                      "start": [a, b, 0], "end": [a + len("decisive supporter"), len(text) - 2, len(text)],
                      "speaker": ["NATO", "China", "Z"], "speaker_actor": ["NATO", "China", "Z"]})
    q["text"] = [text[s:e] for s, e in zip(q["start"], q["end"])]
    f = frames(doc, quotes=q, layer="all")
    rows = f.set_index("term")
    assert rows.loc["decisive supporter", "speaker_actor"] == "NATO"
    assert rows.loc["lies and slander", "speaker"] == "China"
    assert not rows.loc["war", "in_quote"] and pd.isna(rows.loc["war", "speaker"])
    # a function works as well as a table
    g = frames(doc, quotes=lambda d: q[q["doc_id"] == d.doc_id], layer="all")
    pd.testing.assert_frame_equal(f, g)


def test_quotation_marks_fallback():
    f = frames('They fear “a new cold war” but the war goes on.', quotes=False, layer="all")
    assert f["in_quote"].tolist() == [True, False]
    assert f["speaker"].isna().all()


@pytest.mark.parametrize("text, in_quote", [
    ("They fear ‘a new cold war’ but the war goes on.", [True, False]),
    ("«A new cold war», they said. The war goes on.", [True, False]),
    ("“The cold war is back,\n\n“and the war goes on,” he said. The war.", [True, True, False]),
    ("The Joneses’ cold war and the ’90s war.", [False, False]),
])
def test_quotation_marks_fallback_is_the_quote_finder_of_quotes(text, in_quote):
    from geolib.quotes import quote_spans

    f = frames(text, quotes=False, layer="all")
    assert f["in_quote"].tolist() == in_quote
    doc = geolib.load(text)
    spans = quote_spans(text, [(s, e) for s, e, _ in doc.paragraph_spans])
    assert f["in_quote"].tolist() == [any(a <= s < b for a, b in spans) for s in f["start"]]


@needs_quotes
def test_seed_voices(seed):
    f = frames(seed, layer="all")
    assert_offsets(seed.text, f)
    cw = f[f["term"] == "cold war mentality"]
    assert len(cw) == 2 and cw["in_quote"].all()
    assert cw["speaker_actor"].iloc[0] == "China"
    assert "EU delegation" in cw["speaker"].iloc[1]  # the actor the text names for the second
    du = f[f["term"] == "dual-use"]
    assert len(du) == 4 and not du["in_quote"].any() and du["speaker"].isna().all()
    for term in ["decisive supporter", "systemic challenge"]:
        row = f[f["term"] == term]
        assert len(row) == 1 and row["speaker_actor"].iloc[0] == "NATO", term


def test_seed_hits_without_quotes(seed):
    f = frames(seed, quotes=False, layer="all")
    counts = f["term"].value_counts()
    assert counts["cold war mentality"] == 2
    assert counts["dual-use"] == 4
    for term in ["decisive supporter", "systemic challenge", "zero-sum game", "lies and slander",
                 "peace broker", "add fuel to the fire", "structural challenge", "coercive tactics",
                 "defense industrial base"]:
        assert counts.get(term, 0) == 1, term
    assert set(f.loc[f["term"] == "dual-use", "text"]) == {"dual-use"}
    assert not f.loc[f["term"] == "dual-use", "in_quote"].any()


# ------------------------------------------------------------------ sponsorship and plots

def fake_frames():
    return pd.DataFrame({
        "doc_id": "d", "start": [0, 5, 9, 20], "end": [3, 8, 12, 25], "text": ["a", "b", "c", "d"],
        "term": ["t1", "t2", "t3", "t4"], "frame": ["f1", "f1", "f2", "f2"], "dimension": "Other",
        "in_quote": [False, True, True, True], "speaker": [None, "Ann", "the ministry", None],
        "speaker_actor": [None, "NATO", None, None]})


def test_sponsorship_table():
    t = sponsorship(fake_frames())
    assert t.columns[0] == "writer"
    assert t.loc["f1", "writer"] == 1 and t.loc["f1", "NATO"] == 1
    assert t.loc["f2", "the ministry"] == 1 and t.loc["f2", "unattributed"] == 1
    assert int(t.to_numpy().sum()) == 4
    shares = sponsorship(fake_frames(), normalize=True)
    assert shares.sum(axis=1).round(9).eq(1).all()
    with pytest.raises(ValueError):
        sponsorship(fake_frames(), by="nope")


def test_sponsorship_of_seed_counts_every_hit(seed):
    f = frames(seed, quotes=False)
    t = sponsorship(f)
    assert int(t.to_numpy().sum()) == len(f)
    assert t["writer"].sum() == (~f["in_quote"]).sum()


def test_plots_return_axes(seed):
    ax = plot_sponsorship(fake_frames())
    assert ax.get_xlabel() == "voice" and len(ax.get_yticklabels()) == 2
    targets = ["dual-use", "peace and neutrality", "fuel*"]
    ax = plot_dispersion(seed, targets)
    assert [t.get_text() for t in ax.get_yticklabels()] == targets
    n_points = [len(line.get_xdata()) for line in ax.get_lines() if line.get_linestyle() == "None"]
    f = frames(seed, quotes=False, layer="all")
    assert n_points[0] == 4
    assert n_points[1] == (f["frame"] == "peace and neutrality").sum()
    ax = plot_dispersion(f, ["dual-use"])
    assert ax.get_xlabel() == "character offset"
    with pytest.raises(ValueError):
        plot_dispersion(seed, [])


# ------------------------------------------------------------------ candidate frames

def test_candidate_frames_finds_scare_quotes_the_lexicon_lacks(seed):
    c = candidate_frames(seed)
    assert_offsets(seed.text, c.dropna(subset=["start"]))
    sq = c[c["kind"] == "scare_quote"]
    assert "unrestricted" in set(sq["phrase"])
    assert sq.set_index("phrase").loc["unrestricted", "count"] == 2
    assert "decisive supporter" not in set(c["phrase"])  # in the lexicon
    user = pd.DataFrame({"term": ["decisive supporter"], "frame": ["-"], "dimension": [""]})
    c2 = candidate_frames(seed, lexicon=load_frame_lexicon(user=user))
    assert "decisive supporter" in set(c2["phrase"])


def test_candidate_scare_quotes_are_the_short_quotes_of_the_quote_finder():
    text = ("He called it a ''special operation,'' they said. “We reject the ‘special operation’ "
            "and all it stands for,” she said. The \"special operation\" goes on. Joneses’ dog, ’90s.\n\n"
            "“A very long quotation that is no scare quote at all, since it runs on and on past the limit,” "
            "he said.")
    c = candidate_frames(text, n=(), lexicon=pd.DataFrame(columns=["term", "frame", "dimension"]))
    sq = c.set_index("phrase")
    assert sq.loc["special operation", "count"] == 3  # '' '', nested ‘ ’ and straight marks
    assert set(sq.index) == {"special operation"}
    assert_offsets(text, c)


def test_candidate_key_ngrams_against_a_reference():
    target = "The special military operation began. The special military operation goes on. " * 3
    reference = "The army began an attack. The war goes on. " * 3
    c = candidate_frames(target, reference=reference, n=(3,), min_count=2)
    ng = c[c["kind"] == "key_ngram"].set_index("phrase")
    assert ng.loc["special military operation", "count"] == 6
    assert ng["g2"].idxmax() == "special military operation"
    assert "the war goes" not in ng.index           # under-represented: only in the reference
    assert (ng["g2"] > 0).all()


# ------------------------------------------------------------------ the fast walk equals the plain one

def _fast_and_plain(doc, lexicon, roles):
    m = matcher_for(lexicon)
    return find_terms(doc, m, roles), find_terms_plain(doc, m, roles)


_PIECES = ["cold", "war", "Cold War", "cold-war", "mentality", "new", "dual", "use", "dual-use",
           "dualuse", "zero", "sum", "zero-sum", "game", "cease", "fire", "cease-fire", "ceasefire",
           "fuel", "fuelling", "Fueled", "the", "fire", "add", "to", "structural", "challenges",
           "anti-war", "war-torn", "-", "‐", "—", ",", ".", "“", "”", "'s", "women", "rights",
           "defence", "labour", "-war", "war-", "--", "co-operation", "U.S.", "3", "peace", "broker"]
_GAPS = [" ", " ", " ", "  ", "\n", "-\n", "\n\n", " \n \n", "-", ""]


@pytest.mark.parametrize("seed_", range(40))
def test_fast_walk_equals_plain_walk_on_random_texts(seed_):
    rng = random.Random(seed_)
    lx = lex(("cold war", "cw", "Other"), ("new cold war", "ncw", "Other"),
             ("cold war mentality", "cwm", "Other"), ("dual-use", "du", "Other"),
             ("zero-sum game", "zs", "Other"), ("cease-fire", "cf", "Other"),
             ("add fuel to the fire", "fuel", "Other"), ("fuel", "f", "Other"),
             ("structural challenge", "sc", "Other"), ("war", "w", "Other"),
             ("women's rights", "wr", "Other"), ("defense", "d", "Other"),
             ("fueling", "fx", "Other"), ("peace broker", "pb", "Other"),
             match=["stem"] * 12 + ["exact", "stem"])
    for _ in range(5):
        text = "".join(rng.choice(_PIECES) + rng.choice(_GAPS) for _ in range(rng.randint(1, 60)))
        doc = geolib.load("Title line\n\n" + text + "\n\nPhoto: a cold war museum", doc_id="r")
        for roles in (("body",), None, "title", ("caption", "body")):
            fast, plain = _fast_and_plain(doc, lx, roles)
            assert fast == plain, (text, roles)
        assert _fast_and_plain(doc, None, ("body",))[0] == _fast_and_plain(doc, None, ("body",))[1]


def test_fast_walk_on_the_seed_and_an_edited_lexicon(seed):
    fast, plain = _fast_and_plain(seed, None, ("body",))
    assert fast == plain and len(fast) > 5
    m = compile_lexicon(lex(("war", "w", "Other")))
    assert [e.term for *_, e in find_terms(seed, m, None)] == ["war"] * len(find_terms(seed, m, None))
    m.add(term_patterns("cold war", False)[0], TermEntry("cold war", "cw", "Other"))  # memo forgotten
    assert find_terms(seed, m, None) == find_terms_plain(seed, m, None)


def test_a_quote_table_and_a_quote_function_give_the_same_rows(seed):
    q = geolib.quotes(seed) if HAVE_QUOTES else pd.DataFrame(
        {"doc_id": [seed.doc_id], "start": [0], "end": [50], "speaker": ["X"], "speaker_actor": [None]})
    by_table = frames(seed, quotes=q)
    by_function = frames(seed, quotes=lambda d: q[q["doc_id"] == d.doc_id].reset_index(drop=True))
    pd.testing.assert_frame_equal(by_table, by_function)
    assert frames(seed, quotes=q.iloc[:0]).equals(frames(seed, quotes=lambda d: q.iloc[:0]))


def test_a_term_that_starts_with_a_hyphen_key_takes_the_plain_walk():
    # "﹣" folds to "-": a lone hyphen token may then start a term, which the fast walk (that
    # skips a hyphen at a line break by looking back) does not handle, so the plain walk is taken
    lx = lex(("﹣ war", "x", "Other"))
    doc = geolib.load("The - war and the -\nwar, the cold-\nwar.")
    fast, plain = _fast_and_plain(doc, lx, None)
    assert fast == plain and len(fast) == 2


def test_the_compiled_lexicon_cache_follows_content(tmp_path):
    lx = lex(("cold war", "cw", "Other"), ("hot war", "hw", "Other"))
    text = "A cold war and a hot war and a new war."
    assert hits(text, lx)["frame"].tolist() == ["cw", "hw"]
    edited = lx.copy()
    edited.loc[1, "term"] = "new war"                 # same length, same shape
    assert hits(text, edited)["text"].tolist() == ["cold war", "new war"]
    edited.loc[1, "frame"] = "nw"
    assert hits(text, edited)["frame"].tolist() == ["cw", "nw"]
    p = write(tmp_path, "term,frame,dimension\ncold war,cw,Other\n")
    assert hits(text, str(p))["frame"].tolist() == ["cw"]
    p.write_text("term,frame,dimension\nhot war,hw,Other\n", encoding="utf-8")
    assert hits(text, str(p))["frame"].tolist() == ["hw"]   # the file is read again


def test_quotation_marks_only_as_lists_equals_the_table_way(seed):
    text = 'He spoke of “a new cold war” and "peace talks", then "the war\n\nended".'
    for src in (seed, text):
        pd.testing.assert_frame_equal(frames(src, quotes=False), frames(src, quotes=mark_quotes))


# ------------------------------------------------------------------ layers and guards

def test_every_shipped_term_has_a_layer_and_the_issue_examples_are_where_they_belong():
    lx = load_frame_lexicon().set_index("term")
    assert set(lx["layer"]) == {"framing", "topic", "guard"}
    for term in ["voters", "lawsuit", "endorsement", "unemployment", "war", "peace talks", "dual-use"]:
        assert lx.loc[term, "layer"] == "topic", term
    for term in ["cold war mentality", "decisive supporter", "rigged", "witch hunt", "aggression",
                 "bully", "provocation", "miscarriage of justice", "vast right-wing conspiracy",
                 "decades of lies", "serial liar", "xenophobe"]:
        assert lx.loc[term, "layer"] == "framing", term
    for term in ["war chest", "to the rescue", "republican allies", "budget summit"]:
        assert lx.loc[term, "layer"] == "guard", term


def test_the_issue_examples_match_as_framing_terms():
    text = ("The election was rigged, one of the great miscarriages of justice, a vast right-wing "
            "conspiracy and decades of lies from a serial liar, rampant xenophobe.")
    assert hits(text)["term"].tolist() == ["rigged", "miscarriage of justice",
                                           "vast right-wing conspiracy", "decades of lies",
                                           "serial liar", "xenophobe"]


@pytest.mark.parametrize("text", [
    "She has twice as much in her war chest.", "Cash is coming to the rescue of the firm.",
    "His Republican allies balked.", "A budget summit in the White House.",
    "The sanctions regime was tightened.", "The car was rigged with a timer."])
def test_guards_drop_idioms_in_every_layer(text):
    assert hits(text, layer="all").empty


def test_a_user_guard_and_a_user_layer():
    user = pd.DataFrame({"term": ["peace dividend", "cold war"], "frame": ["economic impact", "-"],
                         "dimension": ["Economic", ""], "layer": ["guard", ""]})
    lx = load_frame_lexicon(user=user)
    f = hits("A peace dividend after the cold war ended; peace talks too.", lx, layer="all")
    assert f["term"].tolist() == ["war", "peace talks"]   # the cold war removed, war is left
    mine = pd.DataFrame({"term": ["iron curtain"], "frame": ["x"], "dimension": ["Other"],
                         "layer": ["topic"]})
    assert hits("The iron curtain fell.", load_frame_lexicon(mine), layer="topic")["term"].tolist() == [
        "iron curtain"]
    with pytest.raises(ValueError, match="layer must be"):
        load_frame_lexicon(mine.assign(layer="tone"))
    with pytest.raises(ValueError, match="layer must be"):
        frames("x", layer="frames", quotes=False)


def test_layers_partition_the_hits(seed):
    both = frames(seed, quotes=False, layer="all")
    framing = frames(seed, quotes=False)
    topic = frames(seed, quotes=False, layer="topic")
    assert len(both) == len(framing) + len(topic) and len(framing) and len(topic)
    assert set(framing["layer"]) == {"framing"} and set(topic["layer"]) == {"topic"}
