"""Issue 15: the new columns of quotes() (speaker_mention, speaker_type, confidence), the fitted
confidence counts (make fit) and the three evaluation sets (make evaluate); issue 18: unclosed."""

from __future__ import annotations

import math
import warnings

import pandas as pd
import pytest

import geolib
from conftest import POLNEAR
from geolib.decoding import GeolibWarning
from geolib.evaluation import EVAL_SETS, evaluate, evaluate_sets
from geolib.quotes import QUOTE_COLUMNS, quotes
from geolib.quotes.confidence import confidence, confidence_table
from geolib.quotes.speaker_actors import SPEAKER_TYPES
from geolib.resources import data_path

TRAIN = POLNEAR.parent / "polnear-train"


def q_of(text: str) -> pd.DataFrame:
    return quotes(geolib.load(text, doc_id="t"), roles=None)


def test_new_columns_are_at_the_end_with_their_types():
    assert QUOTE_COLUMNS[-5:] == ["speaker_mention", "speaker_type", "confidence", "unclosed", "speaker_agency"]
    q = q_of('“We won,” he said. Ann Lee arrived. “Again,” said Lee.')
    assert list(q.columns) == QUOTE_COLUMNS
    assert q["confidence"].dtype == "float64" and q["unclosed"].dtype == bool
    empty = q_of("No quotes here.")
    assert list(empty.columns) == QUOTE_COLUMNS and empty["unclosed"].dtype == bool


def test_speaker_mention_is_the_text_at_the_speaker_offsets():
    text = 'Sen. Ann Lee spoke on Monday. “We will win,” she said. “Fine,” said a protester.'
    q = q_of(text)
    assert q["speaker_mention"].tolist() == ["she", "a protester"]
    for r in q.itertuples():
        assert text[r.speaker_start:r.speaker_end] == r.speaker_mention
    assert q["speaker"].tolist()[0] == "Ann Lee"


def test_speaker_types():
    q = q_of('“We will win,” Sen. Ann Lee said. “No,” said a protester. “Stop,” he said.\n\n'
             'China said the plan was “a provocation”.')
    got = dict(zip(q["text"], q["speaker_type"]))
    assert got["We will win,"] == "person"
    assert got["No,"] == "description"
    assert got["a provocation"] == "state"
    assert set(q["speaker_type"].dropna()) <= set(SPEAKER_TYPES)
    lone = q_of("“Stop,” he said.")
    assert lone["speaker_type"].tolist() == ["unresolved pronoun"] and lone["speaker"].tolist() == ["he"]


def test_confidence_is_a_probability_where_there_is_a_speaker():
    q = q_of('“We will win,” Sen. Ann Lee said. Nobody cared about “that”.')
    with_speaker = q[q["speaker"].notna()]
    assert len(with_speaker) and all(0 < c < 1 for c in with_speaker["confidence"])
    assert all(math.isnan(c) for c in q.loc[q["speaker"].isna(), "confidence"])
    # an unresolved pronoun is less sure than a name found the same way
    assert confidence("X said", "unresolved pronoun") < confidence("X said", "person")


def test_shipped_confidence_counts_are_consistent():
    table = confidence_table()
    assert ("*", "*") in table and all(0 < v < 1 for v in table.values())
    text = data_path("quote_confidence.csv").read_text(encoding="utf-8")
    rows = pd.read_csv(data_path("quote_confidence.csv"), comment="#")
    assert list(rows.columns) == ["rule", "speaker_type", "n", "right"] and "make fit" in text
    assert (rows["right"] <= rows["n"]).all()
    total = rows[(rows["rule"] == "*") & (rows["speaker_type"] == "*")]["n"].item()
    assert rows[rows["speaker_type"] == "*"].query("rule != '*'")["n"].sum() == total


def test_a_bad_confidence_file_names_its_line(tmp_path, monkeypatch):
    from geolib.quotes import confidence as C

    bad = tmp_path / "quote_confidence.csv"
    bad.write_text("rule,speaker_type,n,right\n*,*,10,11\n", encoding="utf-8")
    monkeypatch.setattr(C, "data_path", lambda name: bad)
    C.confidence_table.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"line 2.*between 0 and n"):
            C.confidence_table()
    finally:
        monkeypatch.undo()
        C.confidence_table.cache_clear()


def test_an_unclosed_quote_is_flagged_and_named():
    text = ("Lee spoke.\n\nHe said “we will win and then he left the room.\n\nKim agreed.\n\n"
            "Kim said “no and Lee said “yes” to that.")
    with pytest.warns(GeolibWarning, match=r"quotes: u: 2 paragraph\(s\) .*closing mark is missing "
                                           r"\(paragraph 1, 3\)"):
        q = quotes(geolib.load(text, doc_id="u"), roles=None)
    assert q["unclosed"].tolist() == [True, True, False]
    assert q["text"].tolist() == ["we will win and then he left the room.", "no and Lee said", "yes"]


def test_closed_quotes_warn_nothing():
    with warnings.catch_warnings():
        warnings.simplefilter("error", GeolibWarning)
        q = q_of("“Yes,” Lee said. “No,” Kim said.")
    assert not q["unclosed"].any()


@pytest.mark.polnear
@pytest.mark.skipif(not POLNEAR.is_dir(), reason="../shared/corpora/polnear-dev is not here")
def test_evaluate_reports_every_set_in_one_table():
    scores, errors = evaluate_sets({"dev": POLNEAR, "wikinews": EVAL_SETS["wikinews"]})
    assert scores["set"].tolist() == ["dev", "wikinews"]
    dev = scores.set_index("set").loc["dev"]
    assert (dev["precision"], dev["recall"], dev["f1"]) == (0.934, 0.923, 0.928)
    assert set(errors.columns) == {"dev", "wikinews"} and errors.loc["no_speaker", "dev"] > 0


@pytest.mark.polnear
@pytest.mark.skipif(not TRAIN.is_dir(), reason="../shared/corpora/polnear-train is not here")
def test_make_fit_reproduces_the_shipped_counts():
    from geolib.quote_fit import count_outcomes
    from geolib.quotes.table import _frame

    shipped = pd.read_csv(data_path("quote_confidence.csv"), comment="#", keep_default_na=False)
    rows_by_doc: dict[str, list[dict]] = {}
    fitted = count_outcomes(TRAIN, rows_by_doc=rows_by_doc)
    assert fitted.astype(str).values.tolist() == shipped.astype(str).values.tolist()
    # the fit counts what the evaluation counts: scored by evaluate(), the same rows give the same
    # total of right speakers (the rows are reused, not found again: the next test checks on dev
    # that reused rows score exactly as quotes() does)
    res = evaluate(TRAIN, quotes_fn=lambda text, doc_id: _frame(rows_by_doc[doc_id]))
    assert res.scores["n_docs"] == len(rows_by_doc) == 840
    assert fitted.loc[(fitted["rule"] == "*") & (fitted["speaker_type"] == "*"), "right"].item() \
        == res.scores["n_pred_right"]


@pytest.mark.polnear
@pytest.mark.skipif(not POLNEAR.is_dir(), reason="../shared/corpora/polnear-dev is not here")
def test_rows_kept_by_the_fit_score_as_quotes_does():
    from geolib.quote_fit import count_outcomes
    from geolib.quotes.table import _frame

    rows_by_doc: dict[str, list[dict]] = {}
    count_outcomes(POLNEAR, rows_by_doc=rows_by_doc)
    again = evaluate(POLNEAR, quotes_fn=lambda text, doc_id: _frame(rows_by_doc[doc_id]))
    assert again.scores == evaluate(POLNEAR).scores
