"""The hand-judged tone rows (data/validation/tone): the scorer gives the README's numbers."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "validation" / "tone"
SHARED = ROOT.parent / "shared" / "corpora" / "polnear-train"


def _score():
    return load_script(SET / "score.py", "tone_score")


def test_sign_thresholds_and_agreement_on_a_toy_table():
    s = _score()
    assert [s.sign(x) for x in (-0.05, -0.049, 0.049, 0.05)] == ["negative", "neutral", "neutral", "positive"]
    a = s.agreement(pd.Series(["negative", "neutral", "positive", "neutral"]), pd.Series([-0.5, 0.3, 0.6, 0.0]))
    assert (a["correct"], a["n"]) == (3, 4)
    assert a["positive"]["precision"] == 0.5 and a["neutral"]["recall"] == 0.5


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/corpora not here")
def test_the_scorer_gives_the_reported_numbers():
    s = _score()
    res = s.score()
    assert (res["n"], res["correct"]) == (130, 63)
    assert round(res["accuracy"], 3) == 0.485
    assert [res[c]["n"] for c in s.CLASSES] == [28, 96, 6]
    assert round(res["negative"]["precision"], 3) == 0.323 and round(res["positive"]["precision"], 3) == 0.091
    assert res["by_corpus"]["wikinews"]["correct"] == 37
    # the stored scores are what geolib.tone gives now
    now = s.rescore(10)
    assert (now.round(4) == s.read()["tone"].astype(float).round(4)).all()
