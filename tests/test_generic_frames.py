"""Generic news frames (Semetko & Valkenburg 2000) by their indicators: geolib.generic_frames."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import geolib
from geolib.frames.generic import GENERIC_FRAMES, generic_frame_questions, load_generic_frame_lexicon

from conftest import ROOT, assert_offsets, load_script

TEXT = ("Friday, March 6, 2020\n\n"
        "The two sides clashed over the plan, and the opposition blamed the mayor.\n"
        "Officials said the repairs will cost $3.5 million and hurt the economy.\n\n"
        "A 34-year-old mother of two was killed; her family mourned her at a church service.\n"
        "Germany and France began talks. The government announced emergency measures.")
VALIDATION = ROOT / "data" / "validation" / "generic_frames"


def doc():
    return geolib.load(TEXT, doc_id="d")


def test_the_lexicon_has_the_twenty_questions():
    q = generic_frame_questions()
    assert len(q) == 20
    assert q.groupby("frame", sort=False).size().to_dict() == {
        "conflict": 4, "responsibility": 5, "human interest": 5, "economic consequences": 3, "morality": 3}
    assert q.set_index("question").loc["H5", "n_indicators"] == 0        # visual information
    assert (q.drop(index=q.index[q["question"] == "H5"])["n_indicators"] > 0).all()
    assert q["question_text"].str.endswith("?").all()


def test_hit_and_sentence_offsets_are_exact():
    d = doc()
    hits = geolib.generic_frames(d, unit="hit")
    assert len(hits) > 10
    assert_offsets(d.text, hits)
    sents = geolib.generic_frames(d)
    assert_offsets(d.text, sents)
    for text, spans, indicators in zip(sents["text"], sents["spans"], sents["indicators"]):
        for s, e in spans:
            assert f"{d.text[s:e]} [{s}:{e}]" in indicators
            assert d.text[s:e] in text
    assert "$3.5 million" in set(hits["text"])                         # the money pattern, exact


def test_the_dateline_is_not_read_by_default_but_with_roles_none():
    d = geolib.load("Monday, May 4, 2020: war\n\nThe weather was mild today in the hills.")
    assert geolib.generic_frames(d).empty
    assert "conflict" in set(geolib.generic_frames(d, roles=None)["frame"])


def test_sentence_table_questions():
    s = geolib.generic_frames(doc()).set_index(["sentence", "frame"])
    first = s.loc[(1, "conflict")]
    assert first["questions"] == "C1;C2;C3" and first["n_yes"] == 3   # clashed, blamed, two sides
    assert s.loc[(2, "economic consequences"), "questions"].startswith("E1")
    assert {"human interest", "morality"} <= set(s.loc[3].index)


def test_conditions_use_the_actors():
    # "talks" answers C3 only with two actors named in the sentence
    with_two = geolib.generic_frames("Germany and France began talks.", unit="hit")
    with_one = geolib.generic_frames("The union began talks.", unit="hit")
    assert "C3" in set(with_two["question"]) and "C3" not in set(with_one["question"])
    # "measures" answers R1 only with a government named in the sentence
    gov = geolib.generic_frames("The government of Spain announced new measures.", unit="hit")
    club = geolib.generic_frames("The club announced new measures.", unit="hit")
    assert "R1" in set(gov["question"]) and "R1" not in set(club["question"])


def test_a_guard_drops_its_indicator():
    h = geolib.generic_frames("Veterans of World War II met. The war ended.", unit="hit")
    assert h["text"].tolist() == ["war"]


def test_document_scores_are_shares_of_the_questions():
    corpus = [doc(), geolib.load("The weather was mild today in the hills.", doc_id="calm")]
    d = geolib.generic_frames(corpus, unit="document")
    assert len(d) == 2 * len(GENERIC_FRAMES)
    assert d["score"].between(0, 1).all()
    assert (d["score"] == d["n_yes"] / d["n_questions"]).all()
    assert (d.loc[d["doc_id"] == "calm", "score"] == 0).all()
    row = d[(d["doc_id"] == "d") & (d["frame"] == "human interest")].iloc[0]
    assert row["n_questions"] == 4 and row["n_yes"] >= 2                 # H5 is not counted
    assert d[d["doc_id"] == "d"]["score"].gt(0).all()


def test_bad_unit():
    with pytest.raises(ValueError, match="unit"):
        geolib.generic_frames("x", unit="paragraph")


def test_user_lexicon_adds_replaces_and_removes(tmp_path):
    base = load_generic_frame_lexicon()
    user = pd.DataFrame({"frame": ["morality", "-", "conflict", "economic consequences"],
                         "question": ["M1", "", "C5", "E2"],
                         "indicator": ["sinful", "debate", "stalemate", "cost"],
                         "match": ["", "", "", ""], "requires": ["", "", "", "two_actors"],
                         "question_text": ["", "", "Does the story describe a stalemate?", ""]})
    lex = load_generic_frame_lexicon(user=user)
    assert "sinful" in set(lex["indicator"]) and "debate" not in set(lex["indicator"])
    # + sinful, + stalemate, cost (E2) replaced, - debate
    assert len(lex) == len(base) - int((base["indicator"] == "debate").sum()) + 2
    assert lex.loc[lex["indicator"] == "cost", "requires"].tolist() == ["two_actors"]
    t = "It was a sinful stalemate, and a debate about the cost."
    h = geolib.generic_frames(t, unit="hit", lexicon=lex)
    assert set(zip(h["text"], h["question"])) >= {("sinful", "M1"), ("stalemate", "C5")}
    assert "debate" not in set(h["text"]) and "cost" not in set(h["text"])
    assert "C5" in set(generic_frame_questions(lex)["question"])
    # the same through a file, and the document score counts the new question
    p = tmp_path / "mine.csv"
    user.to_csv(p, index=False)
    d = geolib.generic_frames(t, unit="document", lexicon=load_generic_frame_lexicon(user=p))
    assert d.set_index("frame").loc["conflict", "n_questions"] == 5


@pytest.mark.parametrize("row, message", [
    ("conflict,C9,stalemate,,,", "C9 is new: give its question_text"),
    ("war,C1,stalemate,,,", "unknown frame 'war'"),
    ("conflict,C1,stalemate,fuzzy,,", "match must be"),
    ("conflict,C1,stalemate,,three_actors,", "requires must be"),
    ("conflict,C1,(unclosed,regex,,", "not a regular expression"),
    ("conflict,C1,against,,,", "only stop words"),
    ("morality,C1,stalemate,,,", "belongs to frame 'conflict'"),
])
def test_bad_rows_name_the_file_and_line(tmp_path, row, message):
    p = tmp_path / "mine.csv"
    p.write_text("# mine\nframe,question,indicator,match,requires,question_text\n" + row + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message) as err:
        load_generic_frame_lexicon(user=p)
    assert "mine.csv, line 3" in str(err.value)


def test_shipped_file_rejects_removal_rows(tmp_path):
    p = tmp_path / "base.csv"
    p.write_text("frame,question,indicator,match,requires,question_text\n-,,war,,,\n", encoding="utf-8")
    with pytest.raises(ValueError, match="only allowed in a user lexicon"):
        load_generic_frame_lexicon(p)


def test_a_duplicate_indicator_warns(tmp_path):
    user = pd.DataFrame({"frame": ["conflict", "conflict"], "question": ["C1", "C1"],
                         "indicator": ["stalemate", "stalemates"]})
    with pytest.warns(geolib.GeolibWarning, match="duplicate"):
        lex = load_generic_frame_lexicon(user=user)
    assert (lex["indicator"] == "stalemate").sum() == 1


# ------------------------------------------------------------------ the hand-judged sample

def _score_module():
    return load_script(VALIDATION / "score.py", "generic_frames_score")


def test_the_sample_is_complete():
    s = pd.read_csv(VALIDATION / "sample.csv", keep_default_na=False)
    main = s[s["part"] == "main"]
    assert len(main) >= 120 and s["id"].is_unique
    for c in ("conflict", "responsibility", "human_interest", "economic", "morality"):
        assert set(s[c].astype(str)) <= {"0", "1"}
    for name in ("GUIDELINES.md", "README.md", "build.py", "score.py"):
        assert (VALIDATION / name).exists(), name


def test_the_scorer_gives_the_readme_numbers():
    mod = _score_module()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = mod.score()                       # checks every span against its text
    assert res["n"] >= 120 and abs(res["with_indicator"] - res["n"] / 2) <= 5
    readme = (VALIDATION / "README.md").read_text(encoding="utf-8")
    assert mod.markdown(res) in readme
    assert f"{res['eligible_with_indicator']:,} of the {res['eligible']:,} eligible" in readme
