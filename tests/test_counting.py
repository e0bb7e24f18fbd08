"""Tests for kwic, frequencies, collocations and keyness, checked against hand counts and NLTK."""

from __future__ import annotations

import math
import sys

import pandas as pd
import pytest

import geolib
from geolib.counting import (KEYNESS_COLUMNS, ENGLISH_REFERENCE_SIZE, KwicHTML, collocations, frequencies, keyness, kwic,
                             kwic_html)

from .conftest import assert_offsets


# ------------------------------------------------------------------ kwic

def test_kwic_word_offsets_and_context():
    text = "The war began in May. A long war ended in peace; then war again!"
    k = kwic(text, "war", window=2)
    assert_offsets(text, k)
    assert k["start"].tolist() == [text.index("war"), text.index("war", 10), text.index("war", 40)]
    assert k["pre"].tolist() == ["The", "A long", "peace; then"]
    assert k["post"].tolist() == ["began in", "ended in", "again!"]  # paragraph end reached
    assert k["sentence"].tolist() == [0, 1, 1]
    assert (k["keyword"] == k["text"]).all()


def test_kwic_phrase_glob_case_and_hyphen():
    text = "Cold War fears; a cold\nwar. Fuel, fuels, fuelled, refuel. Dual-use and dual use goods."
    k = kwic(text, "cold war", window=1)
    assert k["text"].tolist() == ["Cold War", "cold\nwar"]
    assert k["keyword"].tolist() == ["Cold War", "cold war"]
    assert kwic(text, "fuel*")["text"].tolist() == ["Fuel", "fuels", "fuelled"]
    assert kwic(text, "Fuel", case=True)["text"].tolist() == ["Fuel"]
    assert kwic(text, "dual use")["text"].tolist() == ["Dual-use", "dual use"]
    assert kwic(text, "dual-use")["text"].tolist() == ["Dual-use", "dual use"]
    assert kwic(text, "use").empty or (kwic(text, "use")["text"] == "use").all()
    assert_offsets(text, kwic(text, "*", window=3))


def test_kwic_roles_corpus_and_errors():
    corpus = geolib.read_corpus(pd.DataFrame({"text": ["Sanctions bite. More sanctions.", "No match."]}))
    k = kwic(corpus, "sanctions")
    assert k["doc_id"].nunique() == 1 and len(k) == 2
    with pytest.raises(ValueError):
        kwic("text", "  ")
    with pytest.raises(ValueError):
        kwic("text", "x", window=-1)
    assert kwic("Some text.", "absent").columns.tolist()[:4] == ["doc_id", "start", "end", "text"]


def test_kwic_seed_offsets(seed):
    k = kwic(seed, "dual use", window=5)
    assert len(k) == 4
    assert_offsets(seed.text, k)
    body = kwic(seed, "china")
    every = kwic(seed, "china", roles=None)
    assert len(every) > len(body)  # the editor's note and captions also name China


def test_kwic_html_highlights_and_escapes():
    k = kwic("A <b>war</b> of words & war.", "war", window=2)
    h = kwic_html(k)
    assert isinstance(h, KwicHTML) and h._repr_html_() == str(h)
    assert h.count("<mark") == 2 and "&lt;b&gt;" in h and "&amp;" in h
    with pytest.raises(ValueError):
        kwic_html(pd.DataFrame({"x": [1]}))


# ------------------------------------------------------------------ frequencies

def test_frequencies_by_hand():
    text = "War and peace. The war ended."
    f = frequencies(text)
    assert f.set_index("term")["count"].to_dict() == {"war": 2, "peace": 1, "ended": 1}
    # 6 words in all (stopwords count in the denominator)
    assert f.set_index("term").loc["war", "per_1000"] == pytest.approx(2 * 1000 / 6)
    keep = frequencies(text, stopwords=True).set_index("term")["count"].to_dict()
    assert keep == {"war": 2, "and": 1, "peace": 1, "the": 1, "ended": 1}
    bi = frequencies(text, n=2, stopwords=True)["term"].tolist()
    assert sorted(bi) == ["and peace", "the war", "war and", "war ended"]  # not "peace the"
    assert frequencies(text, n=2)["term"].tolist() == ["war ended"]  # stopword edges dropped
    custom = frequencies(text, stopwords={"war"})["term"].tolist()
    assert "war" not in custom and "the" in custom


def test_frequencies_n_docs_and_curly_apostrophes():
    corpus = [geolib.load("China’s war. China's peace.", doc_id="a"), geolib.load("War.", doc_id="b")]
    f = frequencies(corpus).set_index("term")
    assert f.loc["war", "n_docs"] == 2 and f.loc["china", "count"] == 2
    assert "'s" not in f.index  # clitics are not words
    with pytest.raises(ValueError):
        frequencies("x", n=0)


# ------------------------------------------------------------------ collocations

COLL_TEXT = "cold war ends. cold war starts. hot war. cold feet."


def test_collocations_by_hand():
    # words: cold war ends | cold war starts | hot war | cold feet  -> N = 10
    # node "war" x3; window 1 inside the sentence: (cold, ends), (cold, starts), (hot) -> R1 = 5
    c = collocations(COLL_TEXT, "war", window=1, min_count=1, stopwords=True).set_index("collocate")
    assert c.loc["cold", "observed"] == 2 and c.loc["cold", "collocate_count"] == 3
    assert "feet" not in c.index  # "hot war. cold feet": windows stop at the sentence end
    o11, r1, c1, n = 2, 5, 3, 10
    e11 = r1 * c1 / n
    assert c.loc["cold", "expected"] == pytest.approx(1.5)
    cells = [(2, 1.5), (3, 3.5), (1, 1.5), (4, 3.5)]
    g2 = 2 * sum(o * math.log(o / e) for o, e in cells)
    assert c.loc["cold", "g2"] == pytest.approx(g2)
    assert c.loc["cold", "pmi"] == pytest.approx(math.log2(o11 / e11))
    assert c.loc["cold", "t_score"] == pytest.approx((o11 - e11) / math.sqrt(o11))
    assert c.loc["cold", "log_dice"] == pytest.approx(14 + math.log2(2 * 2 / (3 + 3)))
    assert c.loc["hot", "observed"] == 1 and c.loc["ends", "observed"] == 1


def test_collocations_match_nltk():
    assoc = pytest.importorskip("nltk.metrics.association")
    m = assoc.BigramAssocMeasures
    c = collocations(COLL_TEXT, "war", window=1, min_count=1, stopwords=True)
    for row in c.itertuples():
        args = (row.observed, (5, row.collocate_count), 10)
        assert row.g2 == pytest.approx(m.likelihood_ratio(*args), rel=1e-9)
        assert row.pmi == pytest.approx(m.pmi(*args), rel=1e-9)
        assert row.t_score == pytest.approx(m.student_t(*args), rel=1e-6)


def test_collocations_phrase_node_min_count_and_stopwords():
    text = "the cold war ended. the cold war began. a cold war, again."
    c = collocations(text, "cold war", window=2, min_count=2)
    assert "cold" not in set(c["collocate"]) and "war" not in set(c["collocate"])  # node words
    assert "the" not in set(c["collocate"])  # stopwords dropped by default
    assert (c["observed"] >= 2).all()
    c_all = collocations(text, "cold war", window=2, min_count=1, stopwords=True).set_index("collocate")
    assert c_all.loc["the", "observed"] == 2
    assert collocations(text, "absent").empty
    with pytest.raises(ValueError):
        collocations(text, "war", window=0)


# ------------------------------------------------------------------ keyness

def test_keyness_by_hand():
    k = keyness("war war war peace truce", "war peace peace peace", stopwords=True).set_index("term")
    a, b, c, d = 3, 1, 5, 4
    e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
    g2 = 2 * (a * math.log(a / e1) + b * math.log(b / e2)
              + (c - a) * math.log((c - a) / (c - e1)) + (d - b) * math.log((d - b) / (d - e2)))
    assert k.loc["war", "g2"] == pytest.approx(g2)
    assert k.loc["war", "log_ratio"] == pytest.approx(math.log2((3 / 5) / (1 / 4)))
    assert k.loc["war", "p_value"] == pytest.approx(math.erfc(math.sqrt(g2 / 2)))
    # under-represented: negative G2
    assert k.loc["peace", "g2"] < 0 and k.loc["peace", "log_ratio"] < 0
    # a zero count is replaced by 0.5 in the log ratio
    assert k.loc["truce", "count_reference"] == 0
    assert k.loc["truce", "log_ratio"] == pytest.approx(math.log2((1 / 5) / (0.5 / 4)))
    assert k["g2"].is_monotonic_decreasing


def test_keyness_p_value_is_chi2_one_df():
    # chi-squared(1) critical values: 3.841 -> 0.05, 6.635 -> 0.01 (standard tables)
    assert math.erfc(math.sqrt(3.8415 / 2)) == pytest.approx(0.05, abs=1e-4)
    from geolib.counting import _keyness_stats
    import numpy as np
    st = _keyness_stats(np.array([30.0]), np.array([10.0]), 1000.0, 1000.0)
    assert 0 < st["p_value"][0] < 0.05 and st["g2"][0] > 3.841


def test_keyness_reference_only_terms_and_min_docs():
    k = keyness("war war peace", "peace truce truce", stopwords=True, min_count=1)
    assert k.set_index("term").loc["truce", "count_target"] == 0
    corpus = [geolib.load("war and war", doc_id="a"), geolib.load("peace and war", doc_id="b")]
    k2 = keyness(corpus, "truce talks", min_docs=2, stopwords=True)
    # "peace" is in one target document only; reference terms come with count_target 0
    assert set(k2["term"]) == {"war", "and", "truce", "talks"}


def test_keyness_against_english():
    wordfreq = pytest.importorskip("wordfreq")
    text = "Sanctions and sanctions: the sanctions regime. The regime fell."
    k = keyness(text).set_index("term")
    assert k.loc["sanctions", "count_reference"] == pytest.approx(
        wordfreq.word_frequency("sanctions", "en") * ENGLISH_REFERENCE_SIZE)
    assert k.loc["sanctions", "g2"] > 0
    small = keyness(text, reference_size=1e6).set_index("term")
    # the log ratio does not depend on the assumed size; G2 does
    assert small.loc["sanctions", "log_ratio"] == pytest.approx(k.loc["sanctions", "log_ratio"])
    assert small.loc["sanctions", "g2"] != pytest.approx(k.loc["sanctions", "g2"])
    assert "the" not in k.index  # stopwords dropped by default


def test_keyness_without_wordfreq_says_so(monkeypatch):
    monkeypatch.setitem(sys.modules, "wordfreq", None)
    with pytest.raises(ImportError, match="wordfreq"):
        keyness("war and peace")


def test_keyness_bigrams_against_corpus():
    k = keyness("cold war talk. cold war.", "warm war talk. cold feet.", n=2, stopwords=True)
    row = k.set_index("term").loc["cold war"]
    assert row["count_target"] == 2 and row["count_reference"] == 0


@pytest.mark.parametrize("text", ["... !!", "", "— “” 42"])
def test_tables_for_a_text_without_words_are_empty_and_typed(text):
    """Regression (found by hypothesis): an empty n-gram table had float64 string columns and
    keyness picked zero columns of it (KeyError 'term'); now an empty table, with a warning."""
    f = frequencies(geolib.load(text or " x", doc_id="t") if not text else text)
    if text:
        assert f.empty and pd.api.types.is_string_dtype(f["term"])
    with pytest.warns(UserWarning, match="has no words"):
        k = keyness(text or "...")
    assert k.empty and list(k.columns) == KEYNESS_COLUMNS
    assert pd.api.types.is_string_dtype(k["term"]) and k["count_target"].dtype == "int64"
    with pytest.warns(UserWarning, match="reference has no words"):
        assert keyness("war and peace", text or "...").empty
    from geolib.frames import candidate_frames
    assert candidate_frames(text or "...").empty


def test_plot_keyness_draws_both_sides():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from geolib.counting import plot_keyness

    key = keyness("war war war sanctions sanctions peace talks", "peace peace peace talks talks war",
                  stopwords=True)
    ax = plot_keyness(key, n=2, labels=("2020", "2019"))
    bars = {t.get_text(): p.get_width() for t, p in zip(ax.get_yticklabels(), ax.patches)}
    over, under = key[key.g2 > 0].head(2), key[key.g2 < 0].tail(2)
    assert set(bars) == set(over.term) | set(under.term)
    for term, g2 in zip(key.term, key.g2):
        if term in bars:
            assert bars[term] == pytest.approx(g2)
    # the largest over-represented term is at the top, the most under-represented at the bottom
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[-1] == key.term.iloc[0] and labels[0] == key.term.iloc[-1]
    assert "more in 2020" in ax.get_xlabel()
    with pytest.raises(ValueError, match="missing columns"):
        plot_keyness(pd.DataFrame({"word": ["x"]}))
    # counts=True: each bar says its counts, target / reference
    ax = plot_keyness(key, n=2, measure="log_ratio", counts=True)
    notes = [t.get_text() for t in ax.texts]
    shown = pd.concat([key.sort_values("log_ratio").head(2), key.sort_values("log_ratio").tail(2)])
    assert sorted(notes) == sorted(f"{a} / {b}" for a, b in zip(shown.count_target, shown.count_reference))
    plt.close("all")


def test_keyness_counts_are_whole_numbers_and_the_reference_is_named_with_its_size():
    pytest.importorskip("wordfreq")
    text = "Sanctions and sanctions: the sanctions regime. The regime fell."
    k = keyness(text)
    assert list(k.columns) == KEYNESS_COLUMNS and KEYNESS_COLUMNS[1] == "log_ratio"
    assert k["count_reference"].dtype == "int64" and k["count_target"].dtype == "int64"
    assert k.attrs["reference"] == "general English (wordfreq)"
    assert k.attrs["reference_words"] == int(ENGLISH_REFERENCE_SIZE)
    assert k.attrs["target_words"] == 9  # the body's words, stop words included
    small = keyness(text, "war peace peace peace talks", stopwords=True)
    assert small.attrs["reference_words"] == 5 and small.attrs["reference"] == "reference corpus"


# ------------------------------------------------------------------ multi-word names as one term

NAMES_TEXT = ("Protests spread across Hong Kong on Monday. Police in Hong  Kong fired tear gas.\n\n"
              "Red Hat said the United States would buy the software. Red Hat staff agreed. "
              "A red hat was found. Prime Minister Boris Johnson met Boris Johnson's aides; "
              "the prime minister left.")


def test_multi_word_names_count_as_one_term_with_exact_offsets():
    from geolib.counting import ngram_table
    from geolib.terms import name_terms

    doc = geolib.Document(NAMES_TEXT, doc_id="n")
    f = frequencies(doc, stopwords=True).set_index("term")
    assert f.loc["hong kong", "count"] == 2 and f.loc["hong kong", "display"] == "Hong Kong"
    assert "hong" not in f.index and "kong" not in f.index
    assert f.loc["united states", "count"] == 1          # an alias of the actor lexicon
    assert f.loc["boris johnson", "count"] == 2          # always capitalised, seen twice
    # "Red Hat" twice, but "a red hat" too: not always capitalised, so words stay words;
    # "Prime Minister" is written in lower case too, and a title does not start a name
    assert f.loc["red", "count"] == 3 and "red hat" not in f.index
    assert "prime minister" not in f.index and "minister boris johnson" not in f.index
    # per 1,000 words divides by words, every word of a name counted
    words = len([t for t in doc.tokens.itertuples() if t.kind == "word" and any(c.isalpha() for c in t.text)
                 and t.text[0] not in "'’"])
    assert f.loc["hong kong", "per_1000"] == pytest.approx(2000 / words)
    # offsets of the first occurrence are exact, with any white space between the words
    runs = [geolib.counting._runs(doc, ("body",))]
    tab, total = ngram_table([doc], 1, True, ("body",), name_terms(r for rr in runs for r in rr))
    assert total == words
    for row in tab.itertuples():
        assert NAMES_TEXT[row.first_start:row.first_end] == row.first_text
    hk = tab.set_index("term").loc["hong kong"]
    assert hk.first_text == "Hong Kong" and hk.display == "Hong Kong"
    second = NAMES_TEXT.index("Hong  Kong")
    k = kwic(doc, "hong kong")
    assert k.start.tolist()[1] == second and k.text.tolist()[1] == "Hong  Kong"
    later = ngram_table([doc], 1, True, ("body",), name_terms(r for rr in runs for r in rr))[0]
    assert later.equals(tab)


def test_names_can_be_turned_off_and_bigrams_keep_words():
    plain = frequencies(NAMES_TEXT, stopwords=True, names=False).set_index("term")
    assert plain.loc["hong", "count"] == 2 and "hong kong" not in plain.index
    bi = frequencies(NAMES_TEXT, n=2, stopwords=True)["term"].tolist()
    assert "hong kong" in bi and all(len(t.split()) == 2 for t in bi)
    joined = frequencies(NAMES_TEXT, n=2, stopwords=True, names=True)["term"].tolist()
    assert "hong kong fired" in joined or "police in" in joined  # items of n-grams are terms


def test_keyness_names_are_the_same_on_both_sides():
    target = "Hong Kong protests grew. Hong Kong police acted. The United States watched."
    reference = "Hong Kong was calm. Trade grew. The United States traded."
    k = keyness(target, reference, stopwords=True).set_index("term")
    assert k.loc["hong kong", "count_target"] == 2 and k.loc["hong kong", "count_reference"] == 1
    assert k.loc["united states", "count_reference"] == 1 and "kong" not in k.index
    assert k.loc["hong kong", "display"] == "Hong Kong"
    # a name that only one side writes joins in the other too (found in both together)
    k2 = keyness("Dorsa Derakhshani won. Dorsa Derakhshani smiled.", "Dorsa Derakhshani lost.",
                 stopwords=True).set_index("term")
    assert k2.loc["dorsa derakhshani", "count_reference"] == 1


def test_plot_keyness_labels_bars_with_the_display_form():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from geolib.counting import plot_keyness

    key = keyness("Hong Kong protests. Hong Kong police. Hong Kong.", "Trade talks. Officials said trade fell.",
                  stopwords=True)
    ax = plot_keyness(key, n=1)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert "Hong Kong" in labels and "trade" in labels
    plt.close("all")


def test_keyness_keeps_the_true_target_count_of_a_term_below_the_thresholds():
    """A term too rare in the target to pass min_count (or min_docs) but frequent in the reference
    is reported for the reference's side with its real target count, not 0; a term that fails the
    target's thresholds is never reported as over-represented in the target."""
    k = keyness("war war war peace talks talks talks talks talks talks",
                "war peace peace peace peace peace peace talks", stopwords=True, min_count=3)
    assert k.set_index("term").loc["peace", ["count_target", "count_reference"]].tolist() == [1, 6]
    docs = ["storm storm storm storm. quiet day", "quiet day", "quiet day"]
    ref = ["storm. calm day", "storm calm", "calm calm"]
    k = keyness(docs, ref, stopwords=True, min_count=2, min_docs=2)
    assert "storm" not in set(k.term[k.g2 > 0])           # four uses, all in one target document
    assert k.count_target[k.term == "calm"].tolist() == [0]
    # the reference's side: a term of one reference document is not "key" in the reference
    k = keyness(ref, docs, stopwords=True, min_count=2, min_docs=2)
    assert "storm" in set(k.term[k.g2 < 0])                  # by default only the target's side
    k = keyness(ref, docs, stopwords=True, min_count=2, min_docs=2, reference_min_docs=2)
    assert "storm" not in set(k.term) and "calm" in set(k.term[k.g2 > 0])
