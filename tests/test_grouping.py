"""Metadata and grouping: docvars, join_meta, pooled counts per group and per-document rates."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import geolib
from conftest import ROOT
from geolib.decoding import GeolibWarning
from geolib.grouping import docvars, document_rates, group_by_meta, join_meta, rates_per_document

WIKINEWS = ROOT / "data" / "wikinews"


@pytest.fixture(scope="module")
def corpus():
    return geolib.read_corpus(pd.DataFrame({
        "doc_id": ["a", "b", "c", "d"],
        "date": ["2019-03-01", "2020-01-02", "2020-07-08", None],
        "outlet": ["P", "Q", "Q", "P"],
        "text": ["China met Russia. China spoke.", "NATO spoke. " * 20, "China and NATO met. Russia left.",
                 "Russia spoke."]}))


@pytest.fixture(scope="module")
def mentions(corpus):
    return geolib.actors(corpus)


def test_docvars(corpus):
    dv = docvars(corpus)
    assert list(dv.columns) == ["doc_id", "date", "outlet", "year", "genre", "words"]
    assert set(dv.genre) == {"news"}
    assert dv.year.tolist()[:3] == ["2019", "2020", "2020"] and pd.isna(dv.year.iloc[3])
    assert dv.words.tolist() == [d.words() for d in corpus]
    seed = docvars([geolib.load(geolib.example_path("000_1a88b60b02b3bbd2.txt"))])
    assert "path" not in seed.columns and seed.outlet.tolist() == ["CNN"]
    assert docvars([]).columns.tolist() == ["doc_id", "words"]


def test_interviews_are_a_genre():
    interview = ("((WN)) Why now?\n\n((Smith)) We chose to act after many years of talks with them.\n\n"
                 "((WN)) And the others?\n\n((Smith)) I think they agree with us on most of it.")
    news = "NATO leaders met in Washington. China said no."
    dv = docvars([geolib.load(interview, doc_id="i"), geolib.load(news, doc_id="n")])
    assert dict(zip(dv.doc_id, dv.genre)) == {"i": "interview", "n": "news"}


def test_join_meta_keeps_rows_and_order(corpus, mentions):
    shuffled = mentions.sample(frac=1, random_state=3)
    joined = join_meta(shuffled, corpus)
    assert joined.index.equals(shuffled.index)
    assert {"date", "outlet", "year", "words"} <= set(joined.columns)
    year = docvars(corpus).set_index("doc_id").year
    assert (joined.year.fillna("-") == shuffled.doc_id.map(year).fillna("-")).all()
    only = join_meta(mentions, docvars(corpus), columns="outlet")
    assert list(only.columns) == list(mentions.columns) + ["outlet"]
    with pytest.raises(ValueError, match="already has"):
        join_meta(mentions.assign(year="x"), docvars(corpus), columns=["year"])
    with pytest.warns(GeolibWarning, match="not in the metadata"):
        out = join_meta(mentions, docvars(corpus).iloc[:1], columns=["year"])
    assert out.year.isna().sum() == (mentions.doc_id != "a").sum()


def test_group_by_meta_pooled_counts(corpus, mentions):
    g = group_by_meta(mentions, corpus, "year", of="actor")
    dv = docvars(corpus)
    assert set(g.year) == {"2019", "2020", "(none)"}
    for r in g.itertuples():
        docs = dv[dv.year.fillna("(none)") == r.year]
        rows = mentions[mentions.doc_id.isin(docs.doc_id) & (mentions.actor == r.actor)]
        assert r.count == len(rows) and r.n_docs == rows.doc_id.nunique()
        assert r.docs == len(docs) and r.words == docs.words.sum()
        assert r.per_1000 == pytest.approx(len(rows) / docs.words.sum() * 1000)
    # every actor in every group, zeros included
    assert len(g) == 3 * mentions.actor.nunique()
    overall = group_by_meta(mentions, corpus, "outlet")
    assert overall.columns.tolist() == ["outlet", "count", "n_docs", "docs", "words", "per_1000"]
    assert overall["count"].sum() == len(mentions)


def test_group_by_meta_agrees_with_actor_counts(corpus, mentions):
    dv = docvars(corpus)
    in2020 = dv[dv.year == "2020"]
    ac = geolib.actor_counts(mentions[mentions.doc_id.isin(in2020.doc_id)], words=int(in2020.words.sum()))
    g = group_by_meta(mentions, dv, of="actor").query("year == '2020' and count > 0")
    assert dict(zip(g.actor, g.per_1000)) == pytest.approx(dict(zip(ac.actor, ac.per_1000)))


def test_rates_per_document_against_document_rates(corpus, mentions):
    r = rates_per_document(mentions, corpus, by="outlet", of="actor")
    d = document_rates(mentions, corpus, by="outlet", of="actor")
    ref = d.groupby(["outlet", "actor"]).per_1000.agg(["mean", "median", "std", "size"])
    for row in r.itertuples():
        exp = ref.loc[(row.outlet, row.actor)]
        assert row.mean_per_1000 == pytest.approx(exp["mean"])
        assert row.median_per_1000 == pytest.approx(exp["median"])
        assert row.sd_per_1000 == pytest.approx(exp["std"])
        assert row.n_docs == exp["size"]
    assert len(r) == len(ref[ref["mean"] > 0])     # an actor absent from a group has no row


def test_rates_per_document_zero_and_small_groups():
    t = pd.DataFrame({"doc_id": ["a", "a", "b"], "frame": ["x", "x", "y"]})
    meta = pd.DataFrame({"doc_id": ["a", "b", "c"], "words": [100, 200, 0], "year": ["1", "1", "2"]})
    with pytest.warns(GeolibWarning, match="without words"):
        r = rates_per_document(t, meta)
    assert r[["year", "frame", "n_docs", "n_docs_with", "count"]].values.tolist() == [
        ["1", "x", 2, 1, 2], ["1", "y", 2, 1, 1]]
    assert r.mean_per_1000.tolist() == [10.0, 2.5] and r.median_per_1000.tolist() == [10.0, 2.5]
    with pytest.warns(GeolibWarning, match="1 row\\(s\\) from 1 document\\(s\\) not in the metadata"):
        one = rates_per_document(t, {"a": 100}, by=None, of=None)
    assert one.n_docs.tolist() == [1] and math.isnan(one.sd_per_1000.iloc[0])
    with pytest.raises(ValueError, match="a dict of word counts"):
        rates_per_document(t, {"a": 100})
    with pytest.raises(ValueError, match="min_docs"):
        rates_per_document(t, meta, min_docs=0)
    two = pd.DataFrame({"doc_id": ["a", "b", "b"], "frame": ["x", "x", "y"]})
    kept = rates_per_document(two, meta.iloc[:2], min_docs=2)
    assert kept.frame.tolist() == ["x"]


@pytest.mark.parametrize("call", [group_by_meta, rates_per_document, document_rates])
def test_clear_errors(call, mentions):
    with pytest.raises(ValueError, match="of='nope'"):
        call(mentions, pd.DataFrame({"doc_id": ["a"], "words": [3], "year": ["1"]}), of="nope")
    with pytest.raises(ValueError, match="no doc_id column"):
        call(mentions, pd.DataFrame({"id": ["a"], "words": [3]}), of="actor")
    with pytest.raises(ValueError, match=r"no column\(s\) \['words'\]"):
        call(mentions, pd.DataFrame({"doc_id": ["a"], "year": ["1"]}), of="actor")
    with pytest.raises(ValueError, match="appears twice"):
        call(mentions, pd.DataFrame({"doc_id": ["a", "a"], "words": [3, 3], "year": ["1", "1"]}), of="actor")


@pytest.mark.skipif(not WIKINEWS.exists(), reason="data/wikinews is not here")
def test_wikinews_per_document_rates_undo_the_pooled_difference():
    """Issue #19: pooled over all words, the United States fell from 6.06 to 2.53 mentions per
    1,000 words from 2019 to 2020, because long 2020 interviews held most of the words; per
    document it did not fall. The interviews' turns are now ``transcript``, not body: the pooled
    rates agree with the per-document means again, and pooling over all parts still shows the
    artefact."""
    docs = list(geolib.read_corpus(WIKINEWS))
    meta = docvars(docs)
    meta = meta[meta.year.isin(["2019", "2020"])]
    docs = [d for d in docs if d.doc_id in set(meta.doc_id)]
    us = geolib.actors(docs).query("actor == 'United States'")
    r = rates_per_document(us, meta, of="actor").set_index("year")
    assert r.n_docs.to_dict() == {"2019": 171, "2020": 122}
    pooled, mean = r.pooled_per_1000, r.mean_per_1000
    assert abs(pooled["2020"] - pooled["2019"]) < 1.0  # body only: no artificial fall
    assert abs(mean["2020"] - mean["2019"]) < 1.0 and (mean - pooled).abs().max() < 1.0
    # the same count over every word of the documents (interviews included) falls by half
    all_words = meta.assign(words=[len(d.tokens.query("kind == 'word'")) for d in docs])
    us_all = geolib.actors(docs, roles=None).query("actor == 'United States'")
    r_all = rates_per_document(us_all, all_words, of="actor").set_index("year")
    assert r_all.pooled_per_1000["2020"] < 0.6 * r_all.pooled_per_1000["2019"]
    assert r_all.mean_per_1000["2020"] > 0.8 * r_all.mean_per_1000["2019"]


def test_year_comes_from_date_when_missing():
    t = pd.DataFrame({"doc_id": ["a", "b"], "frame": ["x", "x"]})
    meta = pd.DataFrame({"doc_id": ["a", "b"], "date": ["2019-12-31", "2020-01-01"], "words": [10, 10]})
    assert group_by_meta(t, meta).year.tolist() == ["2019", "2020"]
    assert rates_per_document(t, meta).year.tolist() == ["2019", "2020"]
