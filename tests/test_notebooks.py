"""The notebooks: kept without outputs, laid out as the cookbook promises, and reproducible.

The ``notebooks`` tests execute every notebook (as ``make figures`` does, with
``geolib.notebooks.run_notebook``) into a temporary figures folder, then compare each table in
``figures/data/`` with ``tests/expected/data/`` (pandas, numeric tolerance) and each PNG with
``tests/expected/images/`` (matplotlib's image comparison, RMS tolerance).

When a library change moves a figure on purpose, regenerate the expected files, look at them, and
commit them with the change:

    GEOLIB_UPDATE_EXPECTED=1 .venv/bin/pytest -m notebooks tests/test_notebooks.py
"""

from __future__ import annotations

import os
import shutil

import nbformat
import pandas as pd
import pytest

from conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
EXPECTED = ROOT / "tests" / "expected"
EXPECTED_DATA = sorted((EXPECTED / "data").glob("*.csv"))
EXPECTED_IMAGES = sorted((EXPECTED / "images").glob("*.png"))
UPDATE = os.environ.get("GEOLIB_UPDATE_EXPECTED") == "1"
IMAGE_TOLERANCE = 2.0      # RMS over 0-255 grey levels; a moved bar or label goes far above it
NAMES = ["00_start_here", "01_actors", "02_quotes", "03_framing_terms", "04_corpus", "05_portrayal"]


def _ids(paths):
    return [p.stem for p in paths]


# -- without executing -------------------------------------------------------------------------

def test_all_notebooks_are_here():
    assert [p.stem for p in NOTEBOOKS] == NAMES


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_committed_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, (path.name, cell.source[:60])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_cookbook_layout(path):
    nb = nbformat.read(path, as_version=4)
    md = [c.source for c in nb.cells if c.cell_type == "markdown"]
    headings = [line.strip() for s in md for line in s.splitlines() if line.startswith("#")]
    assert headings[0].startswith("# "), "a title first"
    order = ["## Overview", "## Prerequisites", "## Learning goals", "## Imports", "## Summary",
             "## What's next", "## References"]
    found = [next((i for i, h in enumerate(headings) if h.startswith(o)), None) for o in order]
    assert None not in found, dict(zip(order, found))
    assert found == sorted(found), "sections in cookbook order"
    overview = next(s for s in md if s.lstrip().startswith("## Overview"))
    assert "1. " in overview and "2. " in overview, "numbered topics"
    prereq = next(s for s in md if s.lstrip().startswith("## Prerequisites"))
    assert "| Concepts | Importance |" in prereq and "Time to learn" in prereq
    assert any("Pitfalls" in s for s in md), "a pitfalls box"
    assert any("<details>" in s and "Answer" in s for s in md), "answers a teacher can hide"
    if path.stem != "00_start_here":
        assert any("solution" in c.metadata.get("tags", []) for c in nb.cells if c.cell_type == "code")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_logic_lives_in_geolib(path):
    """Cells call geolib: no function or class definitions in a notebook."""
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            for line in cell.source.splitlines():
                assert not line.lstrip().startswith(("def ", "class ")), (path.name, line)


# -- executing ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """Run every notebook once; return the figures folder and the executed notebooks."""
    from geolib.notebooks import run_notebook

    figures = tmp_path_factory.mktemp("figures")
    old = os.environ.get("GEOLIB_FIGURES")
    runs, errors = {}, {}
    try:
        for path in NOTEBOOKS:
            try:
                runs[path.stem] = run_notebook(path, figures=figures, reports=None, timeout=600)
            except Exception as err:  # noqa: BLE001 - reported per notebook below
                errors[path.stem] = err
    finally:
        if old is None:
            os.environ.pop("GEOLIB_FIGURES", None)
        else:
            os.environ["GEOLIB_FIGURES"] = old
    if UPDATE and not errors:
        for sub, pattern in (("data", "data/*.csv"), ("images", "*.png")):
            target = EXPECTED / sub
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir(parents=True)
            for f in figures.glob(pattern):
                shutil.copy(f, target / f.name)
    return figures, runs, errors


@pytest.mark.notebooks
@pytest.mark.parametrize("name", NAMES)
def test_notebook_executes_without_error(executed, name):
    _, runs, errors = executed
    assert name not in errors, f"{name}: {errors.get(name)}"
    nb = runs[name]
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not [o for o in cell.outputs if o.output_type == "error"], cell.source[:80]


@pytest.mark.notebooks
def test_every_figure_has_its_table_and_an_expected_copy(executed):
    figures, _, errors = executed
    assert not errors, list(errors)
    pngs = {p.stem for p in figures.glob("*.png")}
    svgs = {p.stem for p in figures.glob("*.svg")}
    tables = {p.stem for p in (figures / "data").glob("*.csv")}
    assert pngs == svgs == tables, (pngs ^ svgs, pngs ^ tables)
    assert pngs == {p.stem for p in EXPECTED_IMAGES}, "figures without an expected image, or gone"
    assert tables == {p.stem for p in EXPECTED_DATA}
    for name in ("actor_ranking", "actor_cooccurrence", "voice_share", "reporting_verbs_by_actor",
                 "frame_sponsorship", "frame_dispersion", "keyness_general_english"):
        assert name in pngs, name
    assert any(n.startswith("corpus_") for n in pngs)
    assert (figures / "seed_display.html").exists()


@pytest.mark.notebooks
@pytest.mark.parametrize("expected", EXPECTED_DATA, ids=_ids(EXPECTED_DATA))
def test_figure_table_matches_expected(executed, expected):
    figures, _, _ = executed
    got_path = figures / "data" / expected.name
    assert got_path.exists(), f"the notebooks no longer write {expected.name}"
    want = pd.read_csv(expected)
    got = pd.read_csv(got_path)
    assert list(got.columns) == list(want.columns)
    pd.testing.assert_frame_equal(got, want, check_dtype=False, check_exact=False, rtol=1e-6,
                                  atol=1e-9)


@pytest.mark.notebooks
@pytest.mark.parametrize("expected", EXPECTED_IMAGES, ids=_ids(EXPECTED_IMAGES))
def test_figure_image_matches_expected(executed, expected, tmp_path):
    from matplotlib.testing.compare import compare_images

    figures, _, _ = executed
    got = figures / expected.name
    assert got.exists(), f"the notebooks no longer draw {expected.name}"
    # compare_images writes a diff image next to the actual one: work on copies.
    actual = tmp_path / f"actual_{expected.name}"
    want = tmp_path / f"expected_{expected.name}"
    shutil.copy(got, actual)
    shutil.copy(expected, want)
    result = compare_images(str(want), str(actual), tol=IMAGE_TOLERANCE)
    assert result is None, result


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_a_teacher_can_remove_the_answers(path):
    """nbconvert's TagRemovePreprocessor with the `solution` tag leaves questions, no answers."""
    from nbconvert.preprocessors import TagRemovePreprocessor

    nb = nbformat.read(path, as_version=4)
    questions = sum(c.source.startswith("**Exercise") for c in nb.cells)
    assert questions >= 3
    students, _ = TagRemovePreprocessor(remove_cell_tags={"solution"}, enabled=True).preprocess(nb, {})
    text = "\n".join(c.source for c in students.cells)
    assert "<details>" not in text and "Answer 1" not in text
    assert sum(c.source.startswith("**Exercise") for c in students.cells) == questions
