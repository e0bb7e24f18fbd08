"""pyproject.toml and environment.yml declare the same dependencies; the CLI basics work."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib

import yaml

from conftest import ROOT


def _name(req: str) -> str:
    return re.split(r"[<>=!~ \[;]", req.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    py = {_name(r) for r in project["dependencies"]} | {_name(r) for r in project["optional-dependencies"]["test"]}
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = {_name(d) for d in env["dependencies"] if isinstance(d, str)} - {"python", "pip"}
    pip_extra = next((d["pip"] for d in env["dependencies"] if isinstance(d, dict)), [])
    conda |= {_name(d) for d in pip_extra}
    assert py == conda, (py - conda, conda - py)
    assert "conda-forge" in env["channels"]


def test_no_nltk_downloads_anywhere():
    for path in list((ROOT / "geolib").rglob("*.py")) + list((ROOT / "notebooks").rglob("*.ipynb")):
        text = path.read_text(encoding="utf-8")
        # the forbidden names are spelled in two halves so that this file does not name them
        for forbidden in ("nltk." + "download(", "nltk" + "_data"):
            assert forbidden not in text, (path, forbidden)


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "geolib.cli", *args], capture_output=True, text=True,
                          cwd=ROOT)


def test_cli_version_and_help():
    r = _cli("--version")
    assert r.returncode == 0 and r.stdout.startswith("geolib ")
    r = _cli("--help")
    assert r.returncode == 0 and "sentences" in r.stdout and "tokens" in r.stdout


def test_cli_sentences_json(tmp_path):
    import json

    path = tmp_path / "a.txt"
    path.write_text("NATO met in Washington, D.C. on Monday. China objected.", encoding="utf-8")
    r = _cli("sentences", str(path), "--format", "json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert [row["text"] for row in rows] == ["NATO met in Washington, D.C. on Monday.", "China objected."]
    assert {"doc_id", "start", "end", "text"} <= set(rows[0])


def test_cli_tokens_csv_and_errors(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("China’s move.", encoding="utf-8")
    r = _cli("tokens", str(path), "--format", "csv")
    assert r.returncode == 0 and "China" in r.stdout
    r = _cli("tokens", str(tmp_path / "missing.txt"))
    assert r.returncode == 2 and "no such file" in r.stderr and "Traceback" not in r.stderr
    (tmp_path / "bad.txt").write_bytes(b"%PDF-1.4")
    r = _cli("tokens", str(tmp_path))
    assert r.returncode == 1 and "skipped 1 document" in r.stderr


def test_cli_analysis_commands_on_the_seed(tmp_path):
    import json

    seed = str(ROOT / "seeds")
    r = _cli("actors", seed, "--counts", "--format", "json")
    assert r.returncode == 0, r.stderr
    counts = json.loads(r.stdout)
    assert [row["actor"] for row in counts[:3]] == ["China", "NATO", "Russia"]
    r = _cli("kwic", seed, "cold war", "--format", "json")
    assert r.returncode == 0, r.stderr
    assert [row["keyword"].lower() for row in json.loads(r.stdout)] == ["cold war", "cold war"]
    r = _cli("quotes", seed, "--format", "csv")
    assert r.returncode == 0 and "speaker_actor" in r.stdout.splitlines()[0]


def test_cli_show_and_report_write_files(tmp_path):
    seed = str(ROOT / "seeds" / "000_1a88b60b02b3bbd2.txt")
    r = _cli("show", seed, "-o", str(tmp_path / "seed.html"))
    assert r.returncode == 0, r.stderr
    html = (tmp_path / "seed.html").read_text(encoding="utf-8")
    assert "Cold War mentality" in html and "<html" in html.lower()
    r = _cli("report", seed, "--out", str(tmp_path / "out"), "--quiet")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out" / "figures" / "actor_ranking.png").exists()
    assert (tmp_path / "out" / "quotes").exists()


def test_wheel_holds_every_module_and_data_file(tmp_path):
    """The built wheel contains every module of every geolib package and every data file, so a
    new subpackage or lexicon is never left out of ``pip install geolib``."""
    import zipfile

    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path),
                        str(ROOT)], capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 0, r.stderr[-2000:]
    wheel, = tmp_path.glob("geolib-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    package = ROOT / "geolib"
    wanted = {p.relative_to(ROOT).as_posix() for p in package.rglob("*")
              if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith(".pyc")}
    assert any(n.startswith("geolib/data/") for n in wanted)
    assert wanted - names == set()
