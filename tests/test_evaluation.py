"""Tests for the brat reader and the quote-attribution scorer (geolib.evaluation)."""

from pathlib import Path

import pandas as pd
import pytest

from geolib.evaluation import (
    DEFAULT_DIR,
    EVAL_SETS,
    SET_ROLES,
    evaluate,
    evaluate_sets,
    gold_units,
    main,
    marked_stretches,
    read_brat,
    score_quotes,
)

FIX = Path(__file__).parent / "data" / "brat_small"
TEXT = (FIX / "text" / "article.txt").read_text(encoding="utf-8")

COLS = ["doc_id", "start", "end", "text", "speaker", "speaker_start", "speaker_end"]


def _q(doc_id, inner, speaker, mention, after=0):
    """A predicted quote row whose content is `inner` and whose mention is `mention`."""
    s = TEXT.index(inner, after)
    if mention is None:
        ms = me = None
    else:
        ms = TEXT.index(mention)
        me = ms + len(mention)
    return {"doc_id": doc_id, "start": s, "end": s + len(inner), "text": inner,
            "speaker": speaker, "speaker_start": ms, "speaker_end": me}


def _preds(doc_id="article"):
    return pd.DataFrame(
        [
            _q(doc_id, "taxes will rise.", "Ann Lee", "Ann Lee"),           # right (span overlap)
            _q(doc_id, "We have no choice.", "Senator Ann Lee", "She"),     # right (mention = She)
            _q(doc_id, "It is late,", "Ann Lee", "Ann Lee"),                # wrong speaker
            # "but we will act." is not predicted -> missed
            _q(doc_id, "bold", "The plan", "The plan"),                      # spurious_no_source
            _q(doc_id, "reform", None, None),                                # no speaker: not scored
        ],
        columns=COLS,
    )


def test_read_brat_discontinuous_and_no_source():
    df = read_brat(FIX / "attributions" / "article_A1.ann")
    assert len(df) == 4
    mayor = df[df["source_text"] == "the mayor"].iloc[0]
    assert len(mayor["content"]) == 2  # "Content 73 86;103 121"
    for s, e in mayor["content"]:
        assert TEXT[s] == '"' and TEXT[e - 1] == '"'
    assert df["has_source"].tolist() == [True, True, True, False]
    for row in df.itertuples():
        for s, e in row.source:
            assert TEXT[s:e] == row.source_text


def test_read_brat_skips_malformed_line(tmp_path):
    ann = tmp_path / "x.ann"
    ann.write_text("T1\tSource 0 3\tAnn\nT2\tContent zero\tbad\nE1\tAttribution:T9 Source:T1\n")
    with pytest.warns(UserWarning):
        df = read_brat(ann)
    assert len(df) == 1 and df["has_source"].iloc[0]


def test_marked_stretches_pairs_and_apostrophes():
    t = "Smith’s aide said “it’s the ’90s, not ‘rock ’n’ roll’” and the Joneses’ dog barked."
    got = [t[s:e] for s, e in marked_stretches(t)]
    assert got == ["it’s the ’90s, not ‘rock ’n’ roll’"]
    t2 = "He said ''we win'' and 'they lose'."
    assert [t2[s:e] for s, e in marked_stretches(t2)] == ["we win", "they lose"]


def test_marked_stretches_unclosed_mark_ends_at_paragraph():
    t = 'She said "this never closes\nNext paragraph "is quoted" here.'
    got = [t[s:e] for s, e in marked_stretches(t)]
    assert got == ["this never closes", "is quoted"]


def test_gold_units_from_fixture():
    atts = read_brat(FIX / "attributions" / "article_A1.ann", doc_id="article")
    units = gold_units(TEXT, atts)
    assert units["text"].tolist() == ["taxes will rise.", "We have no choice.", "It is late,", "but we will act."]
    for r in units.itertuples():
        assert TEXT[r.start : r.end] == r.text
    # 6 marked stretches in all, "bold" is inside an unsourced attribution
    assert len(units.attrs["stretches"]) == 6
    assert [TEXT[s:e] for s, e in units.attrs["no_source"]] == ["bold"]


def test_score_quotes_known_counts_and_error_kinds():
    atts = read_brat(FIX / "attributions" / "article_A1.ann", doc_id="article")
    units = gold_units(TEXT, atts)
    counts, errors = score_quotes(_preds(), units, text=TEXT)
    assert counts == {"n_units": 4, "n_detected": 3, "n_right_units": 2, "n_pred": 4, "n_pred_right": 2}
    assert sorted(errors["error"]) == ["missed", "spurious_no_source", "wrong_speaker"]
    wrong = errors[errors["error"] == "wrong_speaker"].iloc[0]
    assert wrong["gold_source"] == "the mayor" and wrong["mention"] == "Ann Lee"


def test_speaker_name_containment_counts_as_right():
    atts = read_brat(FIX / "attributions" / "article_A1.ann", doc_id="article")
    units = gold_units(TEXT, atts)
    # mention points elsewhere, but the speaker's name contains the Source's name words
    q = pd.DataFrame([_q("article", "taxes will rise.", "Senator Ann Lee", "the mayor")], columns=COLS)
    counts, _ = score_quotes(q, units, text=TEXT)
    assert counts["n_right_units"] == 1
    # a pronoun Source ("She") is never matched by name, only by span
    q = pd.DataFrame([_q("article", "We have no choice.", "She", "Senator Ann Lee")], columns=COLS)
    counts, errors = score_quotes(q, units, text=TEXT)
    assert counts["n_right_units"] == 0
    row = errors[errors["text"] == "We have no choice."].iloc[0]
    assert row["error"] == "wrong_speaker"


def test_half_overlap_rule():
    atts = read_brat(FIX / "attributions" / "article_A1.ann", doc_id="article")
    units = gold_units(TEXT, atts)
    s = TEXT.index("taxes will rise.")
    short = {"doc_id": "article", "start": s, "end": s + 5, "text": TEXT[s : s + 5],
             "speaker": "Ann Lee", "speaker_start": 8, "speaker_end": 15}
    counts, errors = score_quotes(pd.DataFrame([short]), units, text=TEXT)
    assert counts["n_detected"] == 0 and counts["n_pred"] == 1 and counts["n_pred_right"] == 0
    assert "partial_overlap" in errors["error"].tolist()


def test_evaluate_first_and_all_annotators():
    fn = lambda text, doc_id: _preds(doc_id)  # noqa: E731
    first = evaluate(FIX, quotes_fn=fn)
    assert first.scores["n_docs"] == 1
    assert first.scores["precision"] == pytest.approx(0.5)
    assert first.scores["recall"] == pytest.approx(0.5)
    assert first.scores["f1"] == pytest.approx(0.5)
    assert first.scores["detection_recall"] == pytest.approx(0.75)
    both = evaluate(FIX, quotes_fn=fn, annotator="all")
    assert both.scores["n_docs"] == 2
    # annotator B2 marked only the first quote: 4 + 1 units in all
    assert both.scores["n_units"] == 5
    assert set(both.per_doc["doc_id"]) == {"article_A1", "article_B2"}
    assert "precision" in first.summary()


def test_main_skips_missing_folder(tmp_path, capsys):
    assert main([str(tmp_path / "absent")]) == 0
    assert "skipping" in capsys.readouterr().out


def test_evaluate_missing_folder_raises(tmp_path):
    with pytest.raises(FileNotFoundError):
        evaluate(tmp_path / "absent", quotes_fn=lambda t, d: pd.DataFrame())


def test_default_dir_is_relative_to_repo():
    assert DEFAULT_DIR.parts[-3:] == ("shared", "corpora", "polnear-dev")


def test_eval_sets_are_train_dev_wikinews_and_the_wikinews_development_set():
    assert list(EVAL_SETS) == ["train", "dev", "wikinews", "wikinews-dev"]
    assert EVAL_SETS["wikinews-dev"].parts[-2:] == ("validation", "wikinews_dev")
    assert set(SET_ROLES) == set(EVAL_SETS) and "DEVELOPMENT" in SET_ROLES["wikinews-dev"]


def test_evaluate_sets_one_row_and_one_error_column_per_set(tmp_path, monkeypatch):
    import geolib.evaluation as ev

    # no predictions (fast): every unit is missed
    monkeypatch.setattr(ev, "_default_quotes_fn", lambda text, doc_id: pd.DataFrame(columns=COLS))
    sets = {"wikinews": EVAL_SETS["wikinews"], "wikinews-dev": EVAL_SETS["wikinews-dev"],
            "absent": tmp_path / "absent"}
    scores, errors = evaluate_sets(sets)
    assert scores["set"].tolist() == ["wikinews", "wikinews-dev"]       # a missing folder is left out
    assert list(scores.columns) == ["set", "documents", "units", "precision", "recall", "f1",
                                    "detection_recall"]
    dev = scores.set_index("set").loc["wikinews-dev"]
    assert dev["documents"] >= 20 and dev["recall"] == 0
    assert list(errors.columns) == ["wikinews", "wikinews-dev"]
    assert errors.loc["missed", "wikinews-dev"] == dev["units"]
