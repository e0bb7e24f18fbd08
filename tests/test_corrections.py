"""Quote corrections: read and checked, applied to quotes, and carried into frames and sponsorship."""

from __future__ import annotations

import pandas as pd
import pytest

import geolib
from geolib.corrections import apply_corrections, corrected_quotes, read_corrections
from geolib.decoding import GeolibWarning

EXAMPLE = geolib.example_path("seed_quote_corrections.csv")
DOC_ID = "000_1a88b60b02b3bbd2"


@pytest.fixture(scope="module")
def seed_quotes(seed):
    return geolib.quotes(seed)


def _write(tmp_path, text):
    p = tmp_path / "corr.csv"
    p.write_text(text, encoding="utf-8")
    return p


def test_example_corrections_point_at_quotes(seed, seed_quotes):
    corr = read_corrections(EXAMPLE)
    assert len(corr) == 4 and set(corr.speaker_actor) == {"China"}
    for r in corr.itertuples():
        assert seed.text[r.start:r.end] == r.text
    assert corr.source.iloc[0] == f"{EXAMPLE}, line 5"


def test_apply_changes_only_the_corrected_rows(seed_quotes):
    q = apply_corrections(seed_quotes, EXAMPLE)
    assert list(q.columns) == list(seed_quotes.columns) + ["corrected"]
    assert len(q) == len(seed_quotes) and int(q.corrected.sum()) == 4
    fixed = q[q.corrected]
    assert set(fixed.speaker) == {"China’s mission to the EU"} and set(fixed.speaker_actor) == {"China"}
    same = q[~q.corrected].drop(columns="corrected")
    pd.testing.assert_frame_equal(same, seed_quotes[~q.corrected.to_numpy()])
    assert "European Union" not in set(q.speaker_actor)
    assert len(seed_quotes[seed_quotes.speaker_actor == "European Union"]) == 4   # input unchanged


def test_frames_and_sponsorship_use_the_corrected_speaker(seed, seed_quotes):
    q = corrected_quotes(seed, EXAMPLE)
    before = geolib.sponsorship(geolib.frames(seed, quotes=seed_quotes, layer="all"))
    f = geolib.frames(seed, quotes=q, layer="all")   # both layers: the coded sheet codes every hit
    after = geolib.sponsorship(f)
    assert "European Union" in before.columns and "European Union" not in after.columns
    assert after.loc["cold war / bloc confrontation", "China"] == 4
    assert after.loc["peace and neutrality", "China"] == 3
    hit = f[f.text == "peace negotiations"].iloc[0]
    assert (hit.speaker, hit.speaker_actor) == ("China’s mission to the EU", "China")
    # the coded sheet's hits join on offsets, so kept hits take the corrected speakers too
    coded = geolib.read_coding_sheet(geolib.example_path("seed_frames_coded.csv"))
    kept = geolib.sponsorship(geolib.kept_hits(f, coded))
    assert "European Union" not in kept.columns and kept["China"].sum() == 13


def test_empty_cell_keeps_the_value_and_dash_removes_the_quote(seed_quotes):
    q0 = seed_quotes.iloc[0]
    corr = pd.DataFrame({"doc_id": [DOC_ID, DOC_ID], "start": [q0.start, seed_quotes.start.iloc[1]],
                         "end": [q0.end, seed_quotes.end.iloc[1]], "speaker": [None, "-"],
                         "speaker_actor": ["North Atlantic Treaty Organization", None]})
    q = apply_corrections(seed_quotes, corr)
    assert len(q) == len(seed_quotes) - 1
    assert q.iloc[0].speaker == q0.speaker and q.iloc[0].speaker_actor == "North Atlantic Treaty Organization"
    assert seed_quotes.start.iloc[1] not in set(q.start)


def test_a_quote_removed_is_the_writers_voice_again(seed, seed_quotes):
    target = seed_quotes[seed_quotes.text == "decisive supporter"].iloc[0]
    corr = pd.DataFrame({"doc_id": [DOC_ID], "start": [target.start], "end": [target.end], "speaker": ["-"]})
    f = geolib.frames(seed, quotes=apply_corrections(seed_quotes, corr))
    hit = f[f.text == "decisive supporter"].iloc[0]
    assert not hit.in_quote and pd.isna(hit.speaker)


def test_unknown_offsets_name_line_and_nearest_quote(tmp_path, seed_quotes):
    p = _write(tmp_path, f"doc_id,start,end,speaker_actor\n{DOC_ID},3395,3552,China\n")
    with pytest.raises(ValueError) as err:
        apply_corrections(seed_quotes, p)
    msg = str(err.value)
    assert f"{p}, line 2: no quote at {DOC_ID} 3395-3552" in msg
    assert "nearest quote is 3394-3552 'China did not cause" in msg
    with pytest.warns(GeolibWarning, match="correction skipped"):
        q = apply_corrections(seed_quotes, p, strict=False)
    assert not q.corrected.any()
    other = _write(tmp_path, "doc_id,start,end,speaker_actor\nnope,1,5,China\n")
    with pytest.raises(ValueError, match="no quote in a document 'nope'"):
        apply_corrections(seed_quotes, other)


def test_stale_text_is_caught(tmp_path, seed_quotes):
    p = _write(tmp_path, f"doc_id,start,end,text,speaker_actor\n{DOC_ID},217,235,decisive supporters,X\n")
    with pytest.raises(ValueError, match=r"line 2: the quote at .* is 'decisive supporter', not 'decisive supporters'"):
        apply_corrections(seed_quotes, p)


@pytest.mark.parametrize("body, message", [
    ("doc_id,start,speaker\nd,1,X\n", r"no column\(s\) \['end'\]"),
    ("doc_id,start,end,note\nd,1,5,x\n", r"speaker or speaker_actor"),
    ("doc_id,start,end,speaker\nd,one,5,X\n", r"line 2: start 'one' is not a whole number"),
    ("doc_id,start,end,speaker\nd,5,5,X\n", r"line 2: end 5 is not after start 5"),
    ("doc_id,start,end,speaker,speaker_actor\nd,1,5,,\n", r"line 2: speaker and speaker_actor are both empty"),
    ("doc_id,start,end,speaker\n,1,5,X\n", r"line 2: doc_id is empty"),
    ("# c\ndoc_id,start,end,speaker\nd,1,5,X\n\nd,1,5,Y\n", r"line 5: the quote d 1-5 is corrected twice \(also .*line 3\)"),
    ("doc_id,start,end,speaker\nd,1,5,X,extra\n", r"line 2: 5 fields"),
    ("# only a comment\n", r"empty"),
])
def test_bad_corrections_files(tmp_path, body, message):
    p = _write(tmp_path, body)
    with pytest.raises(ValueError, match=message) as err:
        read_corrections(p)
    assert str(p) in str(err.value)


def test_other_input_errors(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such file"):
        read_corrections(tmp_path / "none.csv")
    with pytest.raises(ValueError, match="row 0: start"):
        read_corrections(pd.DataFrame({"doc_id": ["d"], "start": ["x"], "end": [2], "speaker": ["A"]}))
    with pytest.raises(ValueError, match="quotes table has no column"):
        apply_corrections(pd.DataFrame({"text": ["x"]}), EXAMPLE)
    empty_ok = read_corrections(_write(tmp_path, "doc_id,start,end,speaker\n"))
    assert empty_ok.empty and list(empty_ok.columns)[:5] == ["doc_id", "start", "end", "speaker", "speaker_actor"]
