"""The hand-judged affiliations sample (data/validation/affiliations): its files are well formed
and its scorer gives today the numbers of its README (recall 6/13 + 13/24, precision 19/19)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "validation" / "affiliations"
needs_shared = pytest.mark.skipif(not (ROOT.parent / "shared" / "corpora" / "polnear-train").is_dir(),
                                  reason="../shared/corpora not here")


@pytest.mark.parametrize("name, n", [("speakers.csv", 74), ("people.csv", 208)])
def test_files_are_well_formed(name, n):
    rows = list(csv.DictReader(open(SET / name, encoding="utf-8")))
    assert len(rows) == n and len({r["id"] for r in rows}) == n
    for r in rows:
        assert r["corpus"] in ("wikinews", "polnear-train") and r["name"] and r["organisation"], r
        assert 0 <= int(r["name_start"]) < int(r["name_end"]), r


@needs_shared
def test_the_scorer_gives_the_readme_numbers():
    s = load_script(SET / "score.py", "affiliations_score")
    # speakers: the Scottish National Party is right but, a party of the lexicon now, no non-state answer
    for res, judged, right, n_given in ((s.results(), 13, 6, 5), (s.people_results(), 24, 13, 13)):
        assert sum(bool(r["judged_org"]) for r in res) == judged
        assert sum(r["right"] for r in res if r["judged_org"]) == right
        given = [r for r in res if r["got_org"]]
        assert len(given) == n_given and not any(r["wrong"] for r in given)  # precision n/n
    readme = (SET / "README.md").read_text(encoding="utf-8")
    assert "**19/37** (0.51)" in readme and "**18/18**" in readme
