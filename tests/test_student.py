"""`make student`: copies of the notebooks without the answer cells (tagged `solution`)."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys

import nbformat
import pytest

from conftest import ROOT
from geolib.student import main, student_notebook, write_student_notebooks

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def _tagged(cell) -> bool:
    return "solution" in cell.metadata.get("tags", [])


def test_student_copies_drop_exactly_the_answer_cells(tmp_path):
    written = write_student_notebooks(ROOT / "notebooks", tmp_path / "student")
    assert [p.name for p in written] == [p.name for p in NOTEBOOKS]
    for src, dst in zip(NOTEBOOKS, written):
        nb = nbformat.read(src, as_version=4)
        out = nbformat.read(dst, as_version=4)
        nbformat.validate(out)
        kept = [c for c in nb.cells if not _tagged(c)]
        assert [c.source for c in out.cells] == [c.source for c in kept]
        assert any(map(_tagged, nb.cells)) and len(out.cells) == len(nb.cells) - sum(map(_tagged, nb.cells))
        text = "\n".join(c.source for c in out.cells)
        assert "<details>" not in text and "geolib.answer(" not in text
        assert all(c.outputs == [] for c in out.cells if c.cell_type == "code")


def test_no_later_cell_needs_a_name_an_answer_defines():
    """The student copy runs: no kept cell uses a variable that only an answer cell assigns."""
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        defined_by_answers: set[str] = set()
        defined_elsewhere: set[str] = set()
        for cell in nb.cells:
            if cell.cell_type != "code":
                continue
            src = "\n".join(line for line in cell.source.splitlines() if not line.lstrip().startswith(("%", "!")))
            tree = ast.parse(src)
            assigned = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
            if _tagged(cell):
                defined_by_answers |= assigned - defined_elsewhere
                continue
            used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
            needs = (used & defined_by_answers) - defined_elsewhere
            assert not needs, (path.name, needs, cell.source[:80])
            defined_elsewhere |= assigned


def test_student_notebook_keeps_the_original_and_clears_outputs():
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("1 + 1", outputs=[nbformat.v4.new_output("execute_result", {"text/plain": "2"},
                                                                          execution_count=1)]),
        nbformat.v4.new_code_cell("2 + 2", metadata={"tags": ["solution", "other"]})])
    out = student_notebook(nb)
    assert [c.source for c in out.cells] == ["1 + 1"] and out.cells[0].outputs == []
    assert len(nb.cells) == 2 and nb.cells[0].outputs                       # the original untouched


def test_cli_errors(tmp_path, capsys):
    assert main([str(tmp_path), str(tmp_path / "out")]) == 2
    assert "no notebooks" in capsys.readouterr().err
    nbformat.write(nbformat.v4.new_notebook(), tmp_path / "a.ipynb")
    assert main([str(tmp_path), str(tmp_path)]) == 2
    assert "overwrite" in capsys.readouterr().err
    assert main([str(tmp_path), str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "a.ipynb").exists()


def test_make_student(tmp_path):
    """`make student` runs the module into $(STUDENT) (the venv stamp left out here)."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    out = tmp_path / "student"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    res = subprocess.run(["make", "-s", "-C", str(ROOT), "student", "BASE_STAMP=",
                          f"BIN={os.path.dirname(sys.executable)}", f"STUDENT={out}"],
                         capture_output=True, text=True, env=env, timeout=300)
    assert res.returncode == 0, res.stderr
    assert sorted(p.name for p in out.glob("*.ipynb")) == [p.name for p in NOTEBOOKS]
    assert "student/" in (ROOT / ".gitignore").read_text().splitlines()
