"""Who blames whom (geolib.relations): verbs, cues, passives and quoted framing terms, with CAMEO."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import pandas as pd
import pytest

from geolib.relations import (RELATION_COLUMNS, cameo_verbs, plot_relations, relation_pairs,
                              relation_verbs, relations)

ROOT = Path(__file__).resolve().parents[1]
PHOENIX = ROOT.parent / "shared" / "dictionaries" / "phoenix"


def rel(text, **kw):
    kw.setdefault("quotes", False)
    r = relations(text, **kw)
    for s, e, v in zip(r["verb_start"], r["verb_end"], r["verb"]):
        assert text[s:e] == v
    return [tuple(x) for x in r[["source", "relation", "target", "kind"]].values.tolist()]


def test_cameo_codes_of_the_relation_verbs():
    v = relation_verbs().drop_duplicates("relation").set_index("relation")
    assert v.loc["accuse", "code"] == "112" and v.loc["criticize", "code"] == "111"
    assert v.loc["condemn", "code"] == "111" and v.loc["threaten", "root"] == "13"
    assert v.loc["warn", "root"] == "13" and v.loc["call on", "root"] == "02"
    assert v.loc["urge", "root"] == "02" and v.loc["meet with", "root"] == "04"
    assert v.loc["praise", "root_name"] == "engage in diplomatic cooperation"
    assert v.loc["sanction", "code"] == "163"


def test_a_bad_relation_verb_table_names_its_line(tmp_path):
    p = tmp_path / "mine.csv"
    p.write_text("relation,phrase,cameo\nscold,scold,no such verb\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"mine.csv, line 2: 'no such verb' is not a verb"):
        relation_verbs(p)


@pytest.mark.skipif(not PHOENIX.is_dir(), reason="../shared/dictionaries/phoenix not here")
def test_the_shipped_cameo_table_is_what_the_converter_writes():
    spec = importlib.util.spec_from_file_location("cameo_convert", ROOT / "data" / "cameo" / "convert.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    fresh = pd.DataFrame(mod.convert()).astype(str)
    shipped = cameo_verbs().astype(str)
    pd.testing.assert_frame_equal(fresh.reset_index(drop=True), shipped.reset_index(drop=True))
    assert (ROOT / "geolib" / "data" / "licenses" / "CAMEO_LICENSE.txt").read_text() == (PHOENIX / "LICENSE").read_text()


def test_active_passive_and_coordination():
    assert rel("Germany accused Russia of lying.") == [("Germany", "accuse", "Russia", "verb")]
    assert rel("Russia was criticized by France.") == [("France", "criticize", "Russia", "passive")]
    assert rel("Japan and India have repeatedly condemned Pakistan.") == [
        ("Japan", "condemn", "Pakistan", "verb"), ("India", "condemn", "Pakistan", "verb")]
    assert rel("Chile called on Peru to stop.") == [("Chile", "call on", "Peru", "verb")]
    assert rel("Egypt met with Israel.") == [("Egypt", "meet with", "Israel", "verb")]
    assert rel("The EU imposed sanctions on Iran.") == [("European Union", "sanction", "Iran", "verb")]


def test_nothing_is_invented():
    assert rel("Germany accused the government of lying.") == []          # no actor after the verb
    assert rel("Germany said that Russia, in a statement, was accused.") == []
    assert rel("The new sanctions on Iran hurt.") == []                     # the noun, not the verb
    assert rel("Germany warned, and then Russia left.") == []               # a boundary between


def test_seed_who_blames_whom(seed):
    r = relations(seed)
    assert r.columns.tolist() == RELATION_COLUMNS
    pairs = set(zip(r["source"], r["relation"], r["target"]))
    assert ("NATO", "accuse", "China") in pairs                           # "decisive supporter"
    assert ("China", "criticize", "NATO") in pairs                        # criticized NATO's statement
    assert ("China", "accuse", "NATO") in pairs                           # "Cold War mentality"
    decisive = r[r["evidence"].str.contains("decisive supporter")]
    assert decisive[["source", "target", "kind"]].values.tolist() == [["NATO", "China", "framing term"]]
    for s, e, v in zip(r["verb_start"], r["verb_end"], r["verb"]):
        assert seed.text[s:e] == v
    # every source and target is an actor the text names in that sentence, or the quote's speaker
    assert (r["source"] != r["target"]).all()
    assert set(r["target"]) <= {"China", "NATO", "Iran", "North Korea"}
    p = relation_pairs(r)
    assert p.iloc[0][["source", "target", "relation"]].tolist() == ["NATO", "China", "accuse"]
    assert p["count"].sum() == len(r)


def test_plot_relations(seed):
    ax = plot_relations(seed)
    labels = {t.get_text() for t in ax.texts}
    assert {"NATO", "China"} <= labels and any(t.startswith("accuse (") for t in labels)
    assert len(plot_relations("Nothing here.", quotes=False).texts) == 0
