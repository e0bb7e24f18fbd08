"""The speaker-actor test set (data/validation/speaker_actors): its format, and that the scorer
reproduces the numbers of its README (skipped without ../shared, where PolNeAR is read)."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest
from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "validation" / "speaker_actors"
TYPES = {"state", "organisation", "agency", "party", "person"}


def _module(name: str):
    sys.path.insert(0, str(SET))
    return load_script(SET / f"{name}.py", f"speaker_actors_{name}")


def _rows(name: str) -> list[dict]:
    with open(SET / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


common = _module("common")
needs_shared = pytest.mark.skipif(not common.have_polnear(), reason="../shared/corpora/polnear-train is missing")


def test_sizes_and_spread():
    quotes = [r for r in _rows("speakers.csv") if r["kind"] == "quote"]
    assert sum(r["corpus"] == "wikinews" for r in quotes) >= 75
    assert sum(r["corpus"] == "polnear-train" for r in quotes) >= 75
    assert len({r["doc_id"] for r in quotes}) >= 40
    mentions = _rows("mentions.csv")
    assert sum(r["corpus"] == "wikinews" for r in mentions) >= 150
    assert sum(r["corpus"] == "polnear-train" for r in mentions) >= 150
    assert {r["type"] for r in mentions} <= TYPES
    assert {r["kind"] for r in _rows("speakers.csv")} <= {"quote", "not a quote"}


def test_levels_are_filled():
    from geolib import load_actor_lexicon

    lex = load_actor_lexicon()
    states = set(lex.loc[lex["type"] == "state", "actor"])
    for i, r in enumerate(_rows("speakers.csv"), 2):
        if r["kind"] != "quote":
            continue
        assert r["state_actor"] and r["org_actor"] and r["speaker_name"], f"speakers.csv line {i}"
        assert r["state_actor"] == "none" or r["state_actor"] in states, f"speakers.csv line {i}: {r['state_actor']}"


def test_wikinews_spans_hold_their_text():
    texts = common.wikinews()
    for i, r in enumerate(_rows("speakers.csv"), 2):
        if r["corpus"] != "wikinews":
            continue
        t = texts[r["doc_id"]]
        assert 0 <= int(r["quote_start"]) < int(r["quote_end"]) <= len(t)
        assert t[int(r["quote_start"]):int(r["quote_end"])] == r["quote"], f"speakers.csv line {i}"
        if r["speaker_start"]:
            assert t[int(r["speaker_start"]):int(r["speaker_end"])] == r["speaker_text"], f"speakers.csv line {i}"
    for i, r in enumerate(_rows("mentions.csv"), 2):
        if r["corpus"] == "wikinews":
            assert texts[r["doc_id"]][int(r["start"]):int(r["end"])] == r["text"], f"mentions.csv line {i}"


def test_polnear_rows_keep_no_text():
    for r in _rows("speakers.csv"):
        if r["corpus"] == "polnear-train":
            assert "|" in r["quote"] and len(r["quote"].split("|")[1]) == 6
            assert len(r["quote"]) < 80   # a check, never the quote itself


@needs_shared
def test_polnear_spans_match_their_checks():
    for i, r in enumerate(_rows("speakers.csv"), 2):
        if r["corpus"] != "polnear-train":
            continue
        t = common.text_of(r["doc_id"])
        assert int(r["quote_end"]) <= len(t)
        assert common.check(t[int(r["quote_start"]):int(r["quote_end"])]) == r["quote"], f"speakers.csv line {i}"
        if r["speaker_start"]:
            assert common.check(t[int(r["speaker_start"]):int(r["speaker_end"])]) == r["speaker_text"]
    for i, r in enumerate(_rows("mentions.csv"), 2):
        if r["corpus"] == "polnear-train":
            assert common.text_of(r["doc_id"])[int(r["start"]):int(r["end"])] == r["text"], f"mentions.csv line {i}"


@needs_shared
def test_choice_is_reproducible():
    choose = _module("choose")
    got = choose.chosen()
    picked = {(d, s) for corpus in ("wikinews", "polnear-train") for d, sts in got[corpus] for s, _ in sts}
    stored = {(r["doc_id"], int(r["quote_start"])) for r in _rows("speakers.csv")}
    assert stored == picked
    sents = {(d, s, e) for rows in choose.chosen_sentences().values() for d, s, e in rows}
    assert sents == {(r["doc_id"], int(r["start"]), int(r["end"])) for r in _rows("sentences.csv")}


@needs_shared
def test_scorer_reproduces_the_readme():
    got = _module("score").score()
    q, m = got["quotes"]["all"], got["mentions"]["all"]
    assert (q["n"], q["documents"]) == (174, 52)
    # right = both levels: speaker_actor (state level) and speaker_agency (organisation level)
    assert (q["right"]["k"], q["state"]["k"], q["org"]["k"]) == (101, 152, 103)
    assert (q["missing"], q["wrong"]) == (60, 6)
    assert q["kinds"]["wrong actor: state for a speaker who holds no office"] == 1
    assert q["kinds"]["no actor: right speaker, actor unknown"] == 49
    assert (m["n"], m["rows"], m["precision"]["k"], m["recall"]["k"], m["spurious"]) == (351, 236, 218, 218, 9)
    w, p = got["quotes"]["wikinews"], got["quotes"]["polnear-train"]
    assert (w["right"]["k"], p["right"]["k"], w["wrong"], p["wrong"]) == (49, 52, 4, 2)
