"""The hand-judged relations (data/validation/relations): the scorer gives the README's numbers,
the judged rows are today's output, and the reject verbs are found."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import load_script

from geolib.relations import relation_verbs, relations

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "validation" / "relations"
SHARED = ROOT.parent / "shared" / "corpora" / "polnear-train"
needs_texts = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/corpora not here")


def _load(name: str):
    return load_script(SET / f"{name}.py", f"relations_{name}")


@needs_texts
def test_the_scorer_gives_the_reported_numbers():
    res = _load("score").score(with_recall=False)
    before, after = res["before"], res["after"]
    assert (before["n"], before["triple"]["correct"]) == (110, 81)
    assert (after["n"], after["triple"]["correct"]) == (114, 85)
    assert round(before["triple"]["precision"], 3) == 0.736 and round(after["triple"]["precision"], 3) == 0.746
    assert [round(x, 3) for x in (before["triple"]["low"], before["triple"]["high"])] == [0.647, 0.810]
    assert [before[p]["correct"] for p in ("source", "target", "verb", "direction")] == [94, 100, 98, 109]
    assert (res["judged"], res["dropped"], res["added"]) == (369, 10, 14)
    cameo, new = res["cameo"], res["cameo_new"]
    assert (cameo["n"], cameo["triple"]["correct"], new["n"], new["triple"]["correct"]) == (274, 182, 179, 104)
    assert round(cameo["triple"]["precision"], 3) == 0.664 and round(new["triple"]["precision"], 3) == 0.581
    assert (res["cameo_dropped"], res["cameo_added"]) == (19, 179)


@needs_texts
def test_recall_and_the_judged_rows_are_todays_output():
    score = _load("score")
    rc = score.recall()
    assert (rc["n"], rc["found"]) == (26, 9)
    keys = sorted({(c, d) for c, d in zip(*[score.read("sample.csv")[k] for k in ("corpus", "doc_id")])})
    assert score.check(keys) == []


def test_reject_verbs_come_from_the_cameo_table():
    v = relation_verbs().set_index("phrase")
    assert v.loc["reject", ["relation", "code", "root_name"]].tolist() == ["reject", "120", "reject"]
    assert v.loc["refuse", "code"] == "120" and v.loc["refuse to meet with", "code"] == "125"
    assert v.loc["deny", "code"] == "016" and v.loc["defy", "root"] == "12"
    r = relations("China rejected NATO's plan. Russia refused to meet with Ukraine. "
                  "Iran dismissed the U.S. offer.", quotes=False)
    assert r[["source", "relation", "target", "code"]].values.tolist() == [
        ["China", "reject", "NATO", "120"], ["Russia", "reject", "Ukraine", "125"],
        ["Iran", "reject", "United States", "120"]]


def test_noun_patterns_after_a_possessive_target():
    # CAMEO's own patterns: "dismiss accusation", "reject claim" are 016 (deny), "reject proposal" 120
    r = relations("China rejected NATO's claims. Germany dismissed Russia's accusations. "
                  "Iran rejected Israel's proposal. Chile denied Peru's entry.", quotes=False)
    assert r[["source", "relation", "target", "code"]].values.tolist() == [
        ["China", "deny", "NATO", "016"], ["Germany", "deny", "Russia", "016"],
        ["Iran", "reject", "Israel", "120"]]                  # "deny entry" is 160: no relation


def test_cameo_verbs_phrasal_verbs_nouns_and_modals():
    v = relation_verbs().set_index("phrase")
    assert v.loc["endorse", ["relation", "code"]].tolist() == ["endorse", "051"]
    assert v.loc["lash out", "code"] == "111" and v.loc["visit", "possessive"] == "no"
    assert "say" not in v.index and "tell" not in v.index and "support" not in v.index
    assert relations("Japan lashed out at China.", quotes=False)[["source", "target"]].values.tolist() == [
        ["Japan", "China"]]
    assert len(relations("Japan would criticize China.", quotes=False)) == 0        # a possibility
    assert len(relations("Japan asked Korea to criticize China.", quotes=False)) == 0  # asked for, not done
    assert len(relations("Japan is scheduled to meet with China.", quotes=False)) == 1
    assert len(relations("Japan's rebuke China.", quotes=False)) == 0               # a noun


@pytest.mark.skipif(not (ROOT.parent / "shared" / "dictionaries" / "phoenix").is_dir(), reason="no CAMEO dictionary")
def test_the_shipped_relation_verbs_are_what_the_converter_writes():
    import csv

    mod = load_script(ROOT / "data" / "cameo" / "convert.py", "cameo_convert")
    kept = [c["phrase"] for c in mod.relation_candidates() if c["keep"] == "yes"]
    with (ROOT / "geolib" / "data" / "cameo_relation_verbs.csv").open(encoding="utf-8") as f:
        shipped = [r["phrase"] for r in csv.DictReader(l for l in f if not l.startswith("#"))]
    assert kept == shipped and len(kept) > 100


def test_negation_gerunds_and_possessive_targets():
    assert len(relations("The United States has not accused Russia.", quotes=False)) == 0
    assert len(relations("Germany has never met France.", quotes=False)) == 0
    r = relations("France criticized Germany for accusing Russia.", quotes=False)
    assert r[["source", "relation", "target"]].values.tolist() == [
        ["France", "criticize", "Germany"], ["Germany", "accuse", "Russia"]]
    assert len(relations("Chile met Peru's goal.", quotes=False)) == 0
    assert len(relations("Chile criticized Peru's plan.", quotes=False)) == 1


def test_a_bad_possessive_value_names_its_line(tmp_path):
    p = tmp_path / "mine.csv"
    p.write_text("relation,phrase,cameo,match,possessive\nmeet,meet,meet,,maybe\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"mine.csv, line 2: possessive must be"):
        relation_verbs(p)


def test_seed_still_has_the_accusations_both_ways(seed):
    pairs = set(zip(*[relations(seed)[c] for c in ("source", "relation", "target")]))
    assert ("NATO", "accuse", "China") in pairs
    assert ("China", "criticize", "NATO") in pairs       # "criticized NATO's statement": no reject verb
