"""Validation steps: sampling hits, coding sheets (CSV in and out), precision, kept hits."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import geolib
from conftest import ROOT, SEED, assert_offsets, load_script
from geolib.coding import CODES, coding_sheet, read_coding_sheet, voice_of, write_coding_sheet
from geolib.decoding import GeolibWarning
from geolib.validation import kept_hits, precision_by_frame, sample_hits, wilson_interval

EXAMPLE_A = geolib.example_path("seed_frames_coded.csv")
EXAMPLE_B = geolib.example_path("seed_frames_coded_b.csv")


@pytest.fixture(scope="module")
def seed_frames(seed):
    return geolib.frames(seed, layer="all")     # the example sheets code the hits of both layers


@pytest.fixture(scope="module")
def coded_a():
    return read_coding_sheet(EXAMPLE_A)


# -- the shipped example --------------------------------------------------------------------

def test_example_article_is_the_seed():
    assert geolib.example_path("000_1a88b60b02b3bbd2.txt").read_bytes() == SEED.read_bytes()


def test_example_sheets_point_at_their_keywords(seed):
    for path in (EXAMPLE_A, EXAMPLE_B):
        sheet = read_coding_sheet(path, docs=seed)       # checks every line's offsets
        assert len(sheet) == 72 and sheet.code.notna().all()
        for s, e, kw in zip(sheet.start, sheet.end, sheet.keyword):
            assert " ".join(seed.text[s:e].split()) == kw


def test_example_sheet_codes_every_hit_of_the_current_frames_table(seed_frames, coded_a):
    """If the lexicon or the matcher changes the seed's hits, the sheet must be recoded."""
    assert sorted(zip(coded_a.start, coded_a.end)) == sorted(zip(seed_frames.start, seed_frames.end))
    assert coded_a.frame.tolist() == seed_frames.sort_values("start").frame.tolist()


def test_seed_writer_voice_findings_of_the_issue(coded_a):
    """Of the 7 writer-voice 'enabling the war' hits only 'lifeline' is the journalist's own
    wording; four paraphrase accusations, two are China's denials; both writer-voice 'moral
    condemnation' hits are the reporting verb 'condemned'."""
    w = coded_a[coded_a.voice == "writer"]
    ew = w[w.frame == "enabling the war"]
    assert len(ew) == 7
    assert ew[ew.code == "own framing"].keyword.tolist() == ["lifeline"]
    assert ew.code.value_counts().to_dict() == {"paraphrase": 4, "denial": 2, "own framing": 1}
    mc = w[w.frame == "moral condemnation"]
    assert mc.keyword.tolist() == ["condemned", "condemned"] and set(mc.code) == {"paraphrase"}


def test_seed_precision_and_sponsorship_on_kept_hits(seed_frames, coded_a):
    p = precision_by_frame(coded_a, population=seed_frames).set_index("frame")
    row = p.loc["enabling the war"]
    assert (row.n_coded, row.n_kept, row.n_hits) == (13, 7, 13)
    assert row.precision == pytest.approx(7 / 13)
    assert (row.ci_low, row.ci_high) == pytest.approx(wilson_interval(7, 13))
    assert p.loc["military conflict", "n_kept"] == 0         # 'war' names the war: topic
    kept = kept_hits(seed_frames, coded_a)
    assert len(kept) == int(p.n_kept.sum())
    sp = geolib.sponsorship(kept)
    assert sp.loc["enabling the war", "writer"] == 1
    assert sp.loc["enabling the war", "NATO"] == 5
    assert "moral condemnation" not in sp.index
    before = geolib.sponsorship(seed_frames)
    assert before.loc["enabling the war", "writer"] == 7


# -- sample_hits ----------------------------------------------------------------------------

def test_sample_is_stratified_and_reproducible(seed_frames):
    s1 = sample_hits(seed_frames, per_frame=3, seed=7)
    s2 = sample_hits(seed_frames, per_frame=3, seed=7)
    pd.testing.assert_frame_equal(s1, s2)
    sizes = s1.groupby("frame").size()
    pop = seed_frames.groupby("frame").size()
    assert (sizes == pop.clip(upper=3)).all()
    assert s1.attrs["population"] == pop.to_dict()
    assert list(zip(s1.doc_id, s1.start)) == sorted(zip(s1.doc_id, s1.start))
    assert_offsets(geolib.load(SEED).text, s1)
    others = {tuple(sample_hits(seed_frames, per_frame=3, seed=k).start) for k in range(5)}
    assert len(others) > 1                                   # the seed matters


def test_sample_census_simple_and_other_tables(seed, seed_frames):
    assert len(sample_hits(seed_frames, per_frame=None)) == len(seed_frames)
    assert len(sample_hits(seed_frames, per_frame=5, by=None)) == 5
    m = geolib.actors(seed)
    s = sample_hits(m, per_frame=1, by="actor")
    assert sorted(s.actor) == sorted(set(m.actor))
    with pytest.raises(ValueError, match="by='nope'"):
        sample_hits(seed_frames, by="nope")
    with pytest.raises(ValueError, match="at least 1"):
        sample_hits(seed_frames, per_frame=0)
    with pytest.raises(ValueError, match="doc_id"):
        sample_hits(pd.DataFrame({"frame": ["a"]}))


def test_sample_keeps_rows_with_a_missing_group():
    t = pd.DataFrame({"doc_id": "d", "start": [0, 5], "end": [3, 8], "text": ["a", "b"],
                      "frame": ["x", None]})
    assert len(sample_hits(t, per_frame=1)) == 2


# -- coding sheets ----------------------------------------------------------------------------

def test_coding_sheet_columns_and_kwic(seed, seed_frames):
    s = sample_hits(seed_frames, per_frame=2)
    sheet = coding_sheet(s, seed, window=4)
    assert list(sheet.columns) == ["item", "doc_id", "start", "end", "frame", "term", "voice", "pre",
                                   "keyword", "post", "code", "coder", "note"]
    assert sheet.item.tolist() == list(range(1, len(s) + 1))
    assert (sheet.voice == voice_of(s).to_numpy()).all()
    for r in sheet.itertuples():
        assert r.keyword == " ".join(seed.text[r.start:r.end].split())
        assert len(r.pre.replace("“", " ").split()) <= 6 and len(r.post.split()) <= 8
    life = sheet[sheet.keyword == "lifeline"]
    if len(life):
        assert life.pre.iloc[0].endswith("providing a vital")


def test_coding_sheet_context_stays_in_the_paragraph():
    doc = geolib.load("First paragraph ends here.\n\nA new cold war looms over talks.", doc_id="p")
    sheet = coding_sheet(geolib.frames(doc, quotes=False), doc, window=10)
    assert sheet.pre.tolist() == ["A"] and sheet.post.tolist() == ["looms over talks."]


def test_coding_sheet_errors(seed, seed_frames):
    with pytest.raises(ValueError, match="no document 'other'"):
        coding_sheet(seed_frames.assign(doc_id="other"), seed)
    bad = seed_frames.head(1).assign(start=seed_frames.start.iloc[0] + 1)
    with pytest.raises(ValueError, match="another version"):
        coding_sheet(bad, seed)
    with pytest.raises(ValueError, match="columns"):
        coding_sheet(seed_frames, seed, columns=["nope"])
    with pytest.raises(ValueError, match="list of codes"):
        coding_sheet(seed_frames, seed, codes="own framing")
    with pytest.raises(ValueError, match="doc_id"):
        coding_sheet(pd.DataFrame({"x": [1]}), seed)


def test_sheet_round_trip_keeps_text_and_offsets(tmp_path, seed, seed_frames):
    sheet = coding_sheet(seed_frames, seed, codes=("frame", "no frame"))
    sheet.loc[0, "code"] = "frame"
    sheet.loc[0, "note"] = "=SUM(A1) is text, not a formula"
    path = write_coding_sheet(sheet, tmp_path / "s.csv")
    raw = path.read_text(encoding="utf-8-sig")
    assert raw.splitlines()[0] == "# codes: frame; no frame"
    assert "'=SUM(A1)" in raw
    with pytest.warns(GeolibWarning, match=f"{len(sheet) - 1} of {len(sheet)} line"):
        back = read_coding_sheet(path, docs=seed)
    assert back.attrs["codes"] == ("frame", "no frame")
    assert back.note.iloc[0] == "=SUM(A1) is text, not a formula"
    assert back.code.iloc[0] == "frame" and back.code.iloc[1:].isna().all()
    for col in ("doc_id", "start", "end", "pre", "keyword", "post", "frame", "voice"):
        assert back[col].tolist() == sheet[col].tolist(), col


def _write(tmp_path, text, name="sheet.csv"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_read_sheet_unknown_code_names_file_and_line(tmp_path):
    p = _write(tmp_path, "# codes: own framing; topic\ndoc_id,start,end,code\n"
                         "d,0,3,own framing\nd,4,7,Topic\n\nd,8,9,paraphrase\n")
    with pytest.raises(ValueError) as err:
        read_coding_sheet(p)
    msg = str(err.value)
    assert f"{p}, line 6: unknown code 'paraphrase'" in msg and "own framing; topic" in msg
    ok = read_coding_sheet(p, codes=CODES)                    # codes given: the default scheme
    assert ok.code.tolist() == ["own framing", "topic", "paraphrase"]


def test_read_sheet_line_numbers_count_multiline_cells(tmp_path):
    p = _write(tmp_path, 'doc_id,start,end,note,code\nd,0,3,"two\nlines",topic\nd,4,7,x,bad\n')
    with pytest.raises(ValueError, match=r"line 4: unknown code 'bad'"):
        read_coding_sheet(p)


@pytest.mark.parametrize("body, message", [
    ("doc_id,start,code\nd,0,topic\n", r"line 1: the header has no column\(s\) \['end'\]"),
    ("doc_id,start,end,code\nd,zero,3,topic\n", r"line 2: start 'zero' is not a whole number"),
    ("doc_id,start,end,code\nd,1.5,3,topic\n", r"line 2: start '1.5' is not a whole number"),
    ("doc_id,start,end,code\nd,5,3,topic\n", r"line 2: end 3 is before start 5"),
    ("doc_id,start,end,code\n,0,3,topic\n", r"line 2: doc_id is empty"),
    ("doc_id,start,end,code\nd,0,3,topic\nd,0,3,denial\n", r"line 3: the hit d 0-3 is coded twice .*line 2"),
    ("doc_id,start,end,code\nd,0,3,topic,extra\n", r"line 2: 5 cells but the header has 4"),
    ("doc_id,start,end,code,code\n", r"appear twice"),
    ("# just a comment\n", r"empty"),
])
def test_read_sheet_errors(tmp_path, body, message):
    p = _write(tmp_path, body)
    with pytest.raises(ValueError, match=message) as err:
        read_coding_sheet(p)
    assert str(p) in str(err.value)


def test_read_sheet_other_failures(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such file"):
        read_coding_sheet(tmp_path / "missing.csv")
    p = tmp_path / "latin1.csv"
    p.write_bytes("doc_id,start,end,code\nd,0,3,caf\xe9\n".encode("latin-1"))
    with pytest.raises(ValueError, match=r"line 2: not UTF-8"):
        read_coding_sheet(p)


def test_read_sheet_spreadsheet_quirks(tmp_path):
    """Excel adds empty trailing cells and writes 3.0 for 3; both are fine."""
    p = _write(tmp_path, '"# codes: yes; no",,,\ndoc_id,start,end,code,,\nd,0.0,3,YES,,\n')
    df = read_coding_sheet(p, coder="me")
    assert df.code.tolist() == ["yes"] and df.start.tolist() == [0] and df.coder.tolist() == ["me"]


def test_read_sheet_checks_offsets_against_docs(tmp_path, seed):
    p = _write(tmp_path, "doc_id,start,end,keyword,code\n000_1a88b60b02b3bbd2,2829,2837,lifeline,topic\n"
                         "000_1a88b60b02b3bbd2,2830,2837,lifeline,topic\n")
    with pytest.raises(ValueError, match=r"line 3: the text at 2830-2837 is 'ifeline'"):
        read_coding_sheet(p, docs=seed)
    q = _write(tmp_path, "doc_id,start,end,code\nnope,0,3,topic\n", "q.csv")
    with pytest.raises(ValueError, match="line 2: no document 'nope'"):
        read_coding_sheet(q, docs=seed)


# -- precision and kept hits ------------------------------------------------------------------

def test_wilson_interval_reference_values():
    # Newcombe (1998), Statistics in Medicine 17: 81/263 and 15/148, Wilson score intervals
    assert wilson_interval(81, 263) == pytest.approx((0.2553, 0.3662), abs=5e-5)
    assert wilson_interval(15, 148) == pytest.approx((0.0624, 0.1605), abs=5e-5)
    lo, hi = wilson_interval(0, 20)
    assert lo == 0.0 and hi == pytest.approx(0.1611, abs=5e-5)
    assert wilson_interval(5, 5)[1] == 1.0
    assert all(x != x for x in wilson_interval(0, 0))
    with pytest.raises(ValueError):
        wilson_interval(3, 2)


def test_precision_options(coded_a):
    both = precision_by_frame(coded_a, keep=("own framing", "paraphrase")).set_index("frame")
    assert both.loc["enabling the war", "n_kept"] == 11
    assert both.loc["moral condemnation", "n_kept"] == 2
    by_voice = precision_by_frame(coded_a, by=["frame", "voice"])
    ew = by_voice[(by_voice.frame == "enabling the war") & (by_voice.voice == "writer")].iloc[0]
    assert (ew.n_coded, ew.n_kept) == (7, 1)
    with pytest.raises(ValueError, match="not a code"):
        precision_by_frame(coded_a, keep=("own-framing",))
    with pytest.raises(ValueError, match="by"):
        precision_by_frame(coded_a, by="nope")


def test_precision_leaves_out_uncoded_and_needs_one_coder(coded_a):
    c = coded_a.copy()
    c.loc[c.keyword == "lifeline", "code"] = ""
    p = precision_by_frame(c).set_index("frame")
    assert (p.loc["enabling the war", "n_coded"], p.loc["enabling the war", "n_kept"]) == (12, 6)
    b = read_coding_sheet(EXAMPLE_B)
    two = pd.concat([coded_a, b])
    with pytest.raises(ValueError, match="coder="):
        precision_by_frame(two)
    pd.testing.assert_frame_equal(precision_by_frame(two, coder="B"), precision_by_frame(b))
    with pytest.raises(ValueError, match="no line coded by 'C'"):
        precision_by_frame(two, coder="C")


def test_kept_hits_keeps_order_columns_and_warns_on_stray_lines(seed_frames, coded_a):
    kept = kept_hits(seed_frames, coded_a)
    assert list(kept.columns) == list(seed_frames.columns) + ["code"]
    assert kept.start.is_monotonic_increasing and set(kept.code) == {"own framing"}
    own_writer = kept[~kept.in_quote]
    assert sorted(own_writer.text) == sorted(["hardened its stance", "lifeline", "tougher stance",
                                              "confrontation", "rifts", "aggressive"])
    part = seed_frames[seed_frames.in_quote]                 # the writer's hits filtered out
    with pytest.warns(GeolibWarning, match="match no hit"):
        k2 = kept_hits(part, coded_a)
    assert len(k2) == int(kept.in_quote.sum())


def test_kept_hits_uncoded_option(seed_frames, coded_a):
    half = coded_a[coded_a.frame == "enabling the war"]
    only = kept_hits(seed_frames, half)
    assert set(only.frame) == {"enabling the war"} and len(only) == 7
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        also = kept_hits(seed_frames, half, uncoded="keep")
    assert len(also) == len(seed_frames) - 6                 # the 6 rejected hits dropped
    with pytest.raises(ValueError, match="'drop' or 'keep'"):
        kept_hits(seed_frames, half, uncoded="maybe")
    with pytest.raises(ValueError, match="more than once"):
        kept_hits(seed_frames, pd.concat([half, half]).drop(columns="coder"))


@pytest.mark.skipif(not (ROOT.parent / "shared" / "corpora" / "polnear-train").is_dir(),
                    reason="../shared/corpora not here")
def test_judged_precision_and_tone_agreement_give_the_scorers_numbers():
    """The notebook's tables (05_portrayal section 7) give the numbers of the sets' own scorers,
    which their tests tie to the READMEs."""
    judged = pd.read_csv(ROOT / "data" / "validation" / "relations" / "sample.csv", dtype=str,
                         keep_default_na=False)
    p = geolib.judged_precision(judged, ["source_ok", "target_ok", "verb_ok", "direction_ok"],
                                groups={"before": "in_before", "cameo": "in_cameo"}).set_index(["group", "part"])
    res = load_script(ROOT / "data" / "validation" / "relations" / "score.py", "relations_score_v").score(
        with_recall=False)
    for group in ("before", "cameo"):
        assert p.loc[(group, "triple"), ["n", "correct"]].tolist() == [res[group]["n"], res[group]["triple"]["correct"]]
        low, high = p.loc[(group, "triple"), ["low", "high"]]
        assert (round(low, 6), round(high, 6)) == (round(res[group]["triple"]["low"], 6),
                                                   round(res[group]["triple"]["high"], 6))
    assert (p["correct"] <= p["n"]).all() and p.loc[("cameo", "triple"), "n"] > 100
    with pytest.raises(ValueError, match="no column"):
        geolib.judged_precision(judged, ["nope"])

    tone = pd.read_csv(ROOT / "data" / "validation" / "tone" / "sample.csv", keep_default_na=False)
    t = geolib.tone_agreement(tone)
    scored = load_script(ROOT / "data" / "validation" / "tone" / "score.py", "tone_score_v").score()
    assert (t.attrs["n"], t.attrs["agree"]) == (scored["n"], scored["correct"])
    assert t.attrs["neutral"] == scored["neutral"]["n"] and int(t.loc["All", "All"]) == scored["n"]


def test_tone_sign_cut_offs():
    assert geolib.tone_sign([0.05, -0.05, 0.049, -0.049]).tolist() == ["positive", "negative", "neutral", "neutral"]
