"""Agreement statistics against textbook values, and the coded-table wrappers."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from geolib.agreement import agreement, code_matrix, cohen_kappa, disagreements, krippendorff_alpha

N = None
# Krippendorff (2011), "Computing Krippendorff's alpha-reliability", section C: 4 coders, 12 units
KRIPPENDORFF_2011 = [[1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
                     [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
                     [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
                     [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N]]


def test_krippendorff_2011_example():
    assert krippendorff_alpha(KRIPPENDORFF_2011) == pytest.approx(0.743, abs=5e-4)
    assert krippendorff_alpha(KRIPPENDORFF_2011, level="interval") == pytest.approx(0.849, abs=5e-4)


def test_krippendorff_example_with_many_missing_values():
    # the example of the `krippendorff` package (3 coders, 15 units): nominal 0.691, interval 0.811
    rows = ["*    *    *    *    *    3    4    1    2    1    1    3    3    *    3",
            "1    *    2    1    3    3    4    3    *    *    *    *    *    *    *",
            "*    *    2    1    3    4    4    *    2    1    1    3    3    *    4"]
    data = [[None if v == "*" else int(v) for v in r.split()] for r in rows]
    assert krippendorff_alpha(data) == pytest.approx(0.691, abs=5e-4)
    assert krippendorff_alpha(data, level="interval") == pytest.approx(0.811, abs=5e-4)


def test_krippendorff_takes_a_dataframe_and_strings():
    df = pd.DataFrame(KRIPPENDORFF_2011).map(lambda v: None if v is None or v != v else f"c{int(v)}")
    assert krippendorff_alpha(df) == pytest.approx(0.743, abs=5e-4)


def test_krippendorff_edge_cases():
    assert math.isnan(krippendorff_alpha([]))
    assert math.isnan(krippendorff_alpha([["a", None], [None, "b"]]))   # nothing pairable
    assert math.isnan(krippendorff_alpha([["a", "a"], ["a", "a"]]))     # one value throughout
    assert krippendorff_alpha([["a", "b"], ["a", "b"]]) == 1.0
    assert krippendorff_alpha([["a", "b"], ["b", "a"]]) < 0
    with pytest.raises(ValueError, match="one value per unit"):
        krippendorff_alpha([["a", "b"], ["a"]])
    with pytest.raises(ValueError, match="nominal"):
        krippendorff_alpha([["a"], ["a"]], level="ordinal")


def _from_table(yy: int, yn: int, ny: int, nn: int) -> tuple[list[str], list[str]]:
    a = ["y"] * (yy + yn) + ["n"] * (ny + nn)
    b = ["y"] * yy + ["n"] * yn + ["y"] * ny + ["n"] * nn
    return a, b


@pytest.mark.parametrize("table, kappa", [
    ((20, 5, 10, 15), 0.40),        # the classic 50-item example (p_o 0.70, p_e 0.50)
    ((45, 15, 25, 15), 0.1304),     # same agreement (60%), different marginals ...
    ((25, 35, 5, 35), 0.2593),      # ... different kappa
])
def test_cohen_kappa_textbook(table, kappa):
    assert cohen_kappa(*_from_table(*table)) == pytest.approx(kappa, abs=5e-5)


def test_cohen_kappa_edges():
    assert cohen_kappa(["a", "b", "c"], ["a", "b", "c"]) == 1.0
    assert math.isnan(cohen_kappa(["a", "a"], ["a", "a"]))
    assert math.isnan(cohen_kappa([], []))
    assert cohen_kappa(["a", None, "b", ""], ["a", "b", "b", "a"]) == 1.0   # missing left out
    with pytest.raises(ValueError, match="same order"):
        cohen_kappa(["a"], ["a", "b"])


@given(st.lists(st.tuples(st.sampled_from("abc"), st.sampled_from("abc")), min_size=2, max_size=40))
def test_alpha_is_scotts_pi_corrected_for_sample_size(pairs):
    """Two coders, no missing value: alpha = 1 - (1 - pi) (2N - 1) / 2N (Krippendorff 2011)."""
    a, b = [x for x, _ in pairs], [y for _, y in pairs]
    n = len(pairs)
    p_o = sum(x == y for x, y in pairs) / n
    pooled = pd.Series(a + b).value_counts(normalize=True)
    p_e = float((pooled ** 2).sum())
    alpha = krippendorff_alpha([a, b])
    if p_e == 1:
        assert math.isnan(alpha)
        return
    pi = (p_o - p_e) / (1 - p_e)
    assert alpha == pytest.approx(1 - (1 - pi) * (2 * n - 1) / (2 * n))


def _sheet(codes, coder=None):
    df = pd.DataFrame({"doc_id": "d", "start": range(0, 10 * len(codes), 10),
                       "end": range(5, 10 * len(codes) + 5, 10), "frame": "f", "code": codes})
    return df if coder is None else df.assign(coder=coder)


def test_agreement_two_sheets_and_long_table_agree():
    a = _sheet(["own framing", "topic", "topic", "denial", "own framing", "paraphrase"], "ann")
    b = _sheet(["own framing", "topic", "paraphrase", "denial", "own framing", "paraphrase"], "bo")
    two = agreement(a, b)
    long = agreement(pd.concat([a, b]))
    pd.testing.assert_frame_equal(two, long)
    row = two.iloc[0]
    assert (row.n_items, row.n_coders) == (6, 2)
    assert row.percent_agreement == pytest.approx(100 * 5 / 6)
    assert row.cohen_kappa == pytest.approx(cohen_kappa(a.code, b.code))
    assert row.krippendorff_alpha == pytest.approx(krippendorff_alpha([a.code, b.code]))


def test_agreement_matches_items_by_offsets_not_order():
    a = _sheet(["topic", "own framing", "denial"])
    b = a.iloc[::-1].reset_index(drop=True)
    assert agreement(a, b).iloc[0].percent_agreement == 100.0


def test_agreement_leaves_out_items_one_coder_did_not_code():
    a = _sheet(["topic", "own framing", "denial"])
    b = _sheet(["topic", None, "denial"])
    assert agreement(a, b).iloc[0].n_items == 2
    b2 = b.iloc[:2]                                  # the third item not on sheet B at all
    assert agreement(a, b2).iloc[0].n_items == 1


def test_agreement_three_coders_gives_alpha_only():
    a, b, c = (_sheet(x, n) for x, n in ((list("abab"), "A"), (list("abaa"), "B"), (list("abab"), "C")))
    res = agreement(pd.concat([a, b, c])).iloc[0]
    assert res.n_coders == 3 and math.isnan(res.cohen_kappa)
    data = [list("abab"), list("abaa"), list("abab")]
    assert res.krippendorff_alpha == pytest.approx(krippendorff_alpha(data))


def test_agreement_by_frame_has_an_all_row_first():
    a = _sheet(["x", "y", "x", "y"]).assign(frame=["f", "f", "g", "g"])
    b = a.assign(code=["x", "y", "x", "x"])
    res = agreement(a, b, by="frame")
    assert res.frame.tolist() == ["(all)", "f", "g"]
    assert res.n_items.tolist() == [4, 2, 2]
    assert res.set_index("frame").loc["f", "krippendorff_alpha"] == 1.0


def test_agreement_errors():
    a = _sheet(["x"])
    with pytest.raises(ValueError, match="'coder' column"):
        agreement(a)
    with pytest.raises(ValueError, match="no column"):
        agreement(a.drop(columns="code"), a)
    with pytest.raises(ValueError, match="coders"):
        agreement(pd.concat([a.assign(coder="A"), a.assign(coder="B")]), a)
    with pytest.raises(ValueError, match="more than once"):
        agreement(pd.concat([a, a]).assign(coder="A"), a.assign(coder="B"))
    with pytest.raises(ValueError, match="by='nope'"):
        agreement(a, a, by="nope")


def test_disagreements_and_code_matrix():
    a = _sheet(["x", "y", "z"], "ann").assign(keyword=["k1", "k2", "k3"])
    b = _sheet(["x", "z", None], "bo")
    wide = code_matrix(a, b)
    assert list(wide.columns[-2:]) == ["ann", "bo"] and "keyword" in wide.columns
    d = disagreements(a, b)
    assert d.keyword.tolist() == ["k2"] and d[["ann", "bo"]].values.tolist() == [["y", "z"]]
    same_name = code_matrix(_sheet(["x"], "A"), _sheet(["y"], "A"))
    assert same_name.attrs["coders"] == ["A (1)", "A (2)"]


def test_seed_sheets_agreement():
    """The shipped sheets: five disagreements in 72 lines (documented in coding_guidelines.md)."""
    import geolib

    a = geolib.read_coding_sheet(geolib.example_path("seed_frames_coded.csv"))
    b = geolib.read_coding_sheet(geolib.example_path("seed_frames_coded_b.csv"))
    res = agreement(a, b).iloc[0]
    assert res.n_items == 72
    assert round(res.percent_agreement, 1) == 93.1
    assert round(res.cohen_kappa, 3) == 0.896
    assert round(res.krippendorff_alpha, 3) == 0.896
    d = disagreements(a, b)
    assert d.keyword.tolist() == ["hardened its stance", "nuclear arsenal", "military drills",
                                  "tougher stance", "geopolitical competition"]
    guide = geolib.example_path("coding_guidelines.md").read_text(encoding="utf-8")
    for kw in d.keyword:
        assert f"| {kw} |" in guide
    assert "0.896" in guide
