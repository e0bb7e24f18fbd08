"""Mentioned and heard (geolib.indexing), and the figure captions (geolib.figures)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd
import pytest

import geolib
from conftest import ROOT

SEED = ROOT / "seeds" / "000_1a88b60b02b3bbd2.txt"


def test_seed_russia_the_us_and_ukraine_are_named_never_heard():
    doc = geolib.load(SEED)
    q = geolib.corrected_quotes(doc, geolib.example_path("seed_quote_corrections.csv"))
    t = geolib.mentioned_vs_heard(geolib.actors(doc), q).set_index("actor")
    assert set(t.index[t.heard]) == {"China", "NATO"}           # the EU's quotes were China's
    for actor in ("Russia", "United States", "Ukraine"):
        assert t.loc[actor, "mentions"] > 5 and t.loc[actor, "quotes"] == 0
    assert t.loc["China", "mentions"] == 40                     # Xi counts for China (affiliation)
    assert t.share_words.sum() == pytest.approx(1.0)
    as_found = geolib.mentioned_vs_heard(geolib.actors(doc), geolib.quotes(doc)).set_index("actor")
    assert as_found.loc["European Union", "heard"]


def test_by_actor_keeps_people_apart_and_min_mentions_keeps_the_heard():
    m = pd.DataFrame({"doc_id": ["a", "a", "b"], "actor": ["Xi Jinping", "China", "Iran"],
                      "affiliation": ["China", "", ""]})
    q = pd.DataFrame({"doc_id": ["a"], "text": ["one two three"], "kind": ["direct"],
                      "speaker": ["envoy"], "speaker_actor": ["NATO"]})
    t = geolib.mentioned_vs_heard(m, q, by="actor", min_mentions=2)
    assert t.actor.tolist() == ["NATO"] and t.quoted_words.tolist() == [3] and t.mentions.tolist() == [0]
    assert geolib.mentioned_vs_heard(m, q.iloc[0:0]).heard.sum() == 0
    with pytest.raises(ValueError, match="geolib.quotes"):
        geolib.mentioned_vs_heard(m, q.drop(columns="speaker_actor"))
    with pytest.raises(ValueError, match="affiliation"):
        geolib.mentioned_vs_heard(m, q, by="speaker")


def test_corpus_caption_and_rows_with_n():
    meta = pd.DataFrame({"doc_id": list("abc"), "outlet": ["P", None, "P"],
                         "date": ["2020-02-01", "2019-05-01T10:00", None]})
    text = geolib.corpus_caption(meta, by="outlet", what="Body text")
    assert text == "Body text. N = 3 articles ((none): 1, P: 2); 2019-05-01 to 2020-02-01."
    with pytest.raises(ValueError, match="no such column"):
        geolib.corpus_caption(meta, by="year")
    counts = pd.DataFrame({"writer": [1, 0], "NATO": [0, 2]}, index=pd.Index(["x", "y"], name="frame"))
    shares = counts.div(counts.sum(axis=1), axis=0)
    labelled = geolib.label_rows_with_n(shares, counts=counts)
    assert labelled.index.tolist() == ["x (n=1)", "y (n=2)"] and labelled.index.name == "frame"
    assert labelled.to_numpy().tolist() == shares.to_numpy().tolist()


def test_plot_group_rates_draws_the_mean_per_document_with_standard_errors():
    import matplotlib.pyplot as plt

    t = pd.DataFrame({"doc_id": ["long"] * 30 + ["s1", "s2"], "actor": ["US"] * 31 + ["UK"]})
    meta = pd.DataFrame({"doc_id": ["long", "s1", "s2", "s3"], "year": ["2020", "2020", "2019", "2019"],
                         "words": [3000, 300, 300, 300]})
    r = geolib.rates_per_document(t, meta, by="year", of="actor")
    ax = geolib.plot_group_rates(r, of="actor", values=["US", "UK"])
    assert [x.get_text() for x in ax.get_yticklabels()] == ["UK", "US"]      # the first at the top
    widths = sorted(round(p.get_width(), 3) for p in ax.patches)
    want = sorted(round(v, 3) for v in r.pivot_table(index="actor", columns="year",
                                                      values="mean_per_1000").fillna(0).to_numpy().ravel())
    assert widths == want
    with pytest.raises(ValueError, match="rates_per_document"):
        geolib.plot_group_rates(r, of="frame")
    plt.close("all")
