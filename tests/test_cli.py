"""The ``geolib`` command: safe file names, skipped documents, Ctrl-C, streamed output, CSV cells
and terminal escapes (issue 13)."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest

import geolib
from geolib import cli
from geolib.cli import TableWriter, main, per_document
from geolib.document import Document
from geolib.escaping import csv_safe, csv_safe_cell, printable
from geolib.filenames import safe_filename

ROOT = Path(__file__).resolve().parents[1]

HOSTILE_IDS = [
    "..", ".", "../../x/deep/new/dir/pwned", "/tmp/abs_pwned", "C:\\Windows\\evil", "a\\b\\c",
    "nul\x00id", "x" * 10_000, "Case", "case", "CASE", "", " ", "Zürich 北京", "北京", "\x1b[31mred\x07",
    "CON", "con", "NUL", "com1", "LPT9.txt", ".hidden", "-rf", "a/b", "a_b", "a b", "a:b", "a?b",
    "=HYPERLINK(\"http://x\")", "\u202eevil",
]
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)),
            *(f"LPT{i}" for i in range(10))}


# ------------------------------------------------------------------ safe_filename

@pytest.mark.parametrize("doc_id", HOSTILE_IDS)
def test_safe_filename_is_one_harmless_name(doc_id):
    name = safe_filename(doc_id, suffix=".html")
    assert name and name.endswith(".html") and len(name) <= 100
    assert "/" not in name and "\\" not in name and "\x00" not in name
    assert not name.startswith((".", "-"))
    assert name.split(".")[0].upper() not in RESERVED
    assert all(c.isascii() and (c.isalnum() or c in "._-") for c in name)
    assert safe_filename(doc_id, suffix=".html") == name  # the same id, the same name
    assert Path(name).name == name and not Path(name).is_absolute()


def test_safe_filenames_are_unique_even_without_case():
    names = [safe_filename(i) for i in HOSTILE_IDS]
    assert len(set(names)) == len(HOSTILE_IDS)
    assert len({n.casefold() for n in names}) == len(HOSTILE_IDS)
    # ids that differ only in characters the slug drops, or only in case
    assert safe_filename("a/b") != safe_filename("a_b") != safe_filename("a?b")
    assert safe_filename("Case").casefold() != safe_filename("case").casefold()


def test_safe_filename_keeps_a_readable_slug_and_respects_max_len():
    assert safe_filename("000_1a88b60b02b3bbd2", suffix=".html").startswith("000_1a88b60b02b3bbd2_")
    assert safe_filename("Zürich").startswith("Zurich_")
    assert len(safe_filename("x" * 10_000, max_len=30, suffix=".html")) == 30
    with pytest.raises(ValueError, match="suffix"):
        safe_filename("a", suffix="/../x")
    with pytest.raises(ValueError, match="max_len"):
        safe_filename("a", max_len=5)
    assert geolib.safe_filename is safe_filename


# ------------------------------------------------------------------ geolib show

def _hostile_corpus(path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for doc_id in HOSTILE_IDS:
            fh.write(json.dumps({"id": doc_id, "text": "China met NATO."}) + "\n")
    return path


def _files_under(path: Path) -> set[Path]:
    return {p for p in path.rglob("*") if p.is_file()}


def test_show_writes_every_page_inside_its_folder(tmp_path, monkeypatch, capsys):
    corpus = _hostile_corpus(tmp_path / "hostile.jsonl")
    work = tmp_path / "a" / "b" / "c"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)  # a "../../x" that escaped would land inside tmp_path
    before = _files_under(tmp_path)
    out = work / "pages"
    code = main(["show", str(corpus), "--out", str(out), "--no-actors", "--no-quotes", "--no-frames"])
    err = capsys.readouterr().err
    assert code == 0, err
    written = _files_under(tmp_path) - before
    assert written and all(p.parent == out for p in written)
    assert len(written) == len(HOSTILE_IDS) == len({p.name.casefold() for p in written})
    assert not (tmp_path / "x").exists() and not Path("/tmp/abs_pwned.html").exists()
    assert err.count("geolib show: wrote ") == len(HOSTILE_IDS)
    assert "\x1b" not in err and "\x00" not in err
    page = (out / safe_filename("Case", suffix=".html")).read_text(encoding="utf-8")
    assert "China" in page and "<html" in page


def test_show_default_folder_is_the_current_one(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "../escape", "text": "China met NATO."}) + "\n",
                      encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    assert main(["show", str(corpus), "--no-actors", "--no-quotes", "--no-frames"]) == 0
    assert [p.name for p in work.iterdir()] == [safe_filename("../escape", suffix=".html")]
    assert not (tmp_path / "escape.html").exists()


def test_show_single_file_and_duplicate_ids(tmp_path, capsys):
    one = tmp_path / "one.txt"
    one.write_text("China met NATO.", encoding="utf-8")
    assert main(["show", str(one), "-o", str(tmp_path / "page.html")]) == 0
    assert "China" in (tmp_path / "page.html").read_text(encoding="utf-8")
    # a file for several documents: the first gets it, the others go beside it with safe names
    two = tmp_path / "two.jsonl"
    two.write_text("".join(json.dumps({"id": i, "text": "NATO met."}) + "\n"
                           for i in ["d", "../d", "d"]), encoding="utf-8")
    assert main(["show", str(two), "-o", str(tmp_path / "out" / "p.html"), "--no-actors"]) == 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert len(names) == 3 and "p.html" in names
    assert all(n.startswith("p") and n.endswith(".html") for n in names)
    # duplicate ids in a folder: never one page over another
    assert main(["show", str(two), "-o", str(tmp_path / "dups"), "--no-actors"]) == 0
    assert len(list((tmp_path / "dups").iterdir())) == 3


def test_show_refuses_to_write_through_a_symlink(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": "China met NATO."}) + "\n", encoding="utf-8")
    out = tmp_path / "pages"
    out.mkdir()
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep", encoding="utf-8")
    try:
        (out / safe_filename("a", suffix=".html")).symlink_to(target)
    except OSError:
        pytest.skip("no symbolic links here")
    code = main(["show", str(corpus), "-o", str(out), "--no-actors", "--no-quotes", "--no-frames"])
    err = capsys.readouterr().err
    assert code == 1 and "symbolic link" in err and "'a'" in err
    assert target.read_text(encoding="utf-8") == "keep"


# ------------------------------------------------------------------ skipped documents, warnings

def _corpus(tmp_path: Path, ids=("a", "b", "c")) -> Path:
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": f"Text {i} said China."}) + "\n" for i in ids),
                    encoding="utf-8")
    return path


def test_a_failing_document_is_skipped_named_and_exit_1(tmp_path, monkeypatch, capsys):
    import importlib

    module = importlib.import_module("geolib.quotes")  # (geolib.quotes is the function)
    real = module.quotes

    def quotes(doc, **kw):  # noqa: ANN001, ANN003
        if doc.doc_id == "b":
            raise RuntimeError("boom")
        return real(doc, **kw)

    monkeypatch.setattr(module, "quotes", quotes)
    code = main(["quotes", str(_corpus(tmp_path)), "--format", "csv"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "skipped 1 document(s)" in err and "'b'" in err and "RuntimeError: boom" in err
    assert "Traceback" not in err


def test_frames_failure_on_one_document_does_not_stop_the_run(tmp_path, monkeypatch, capsys):
    import importlib

    module = importlib.import_module("geolib.frames")
    real = module.frames

    def frames(doc, **kw):  # noqa: ANN001, ANN003
        if doc.doc_id == "a":
            raise ValueError("odd text")
        return real(doc, **kw)

    monkeypatch.setattr(module, "frames", frames)
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": "They warned of a new cold war."}) + "\n"
                            for i in "ab"), encoding="utf-8")
    code = main(["frames", str(path), "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 1 and "'a'" in err and "odd text" in err
    assert [r["doc_id"] for r in json.loads(out)] == ["b"]  # the run went on
    # a bad user lexicon is a usage error, not a failure of every document
    bad = tmp_path / "lex.csv"
    bad.write_text("term,frame,dimension\n(,x,Other\n", encoding="utf-8")
    assert main(["frames", str(path), "--lexicon", str(bad)]) == 2
    assert "lex.csv, line 2" in capsys.readouterr().err


def test_every_warning_is_reported_and_stage_skips_exit_1(tmp_path, monkeypatch, capsys):
    def runner(doc, args):  # noqa: ANN001
        warnings.warn(f"odd spacing in {doc.doc_id}")  # a plain UserWarning
        if doc.doc_id == "c":
            warnings.warn(f"stage: skipped {doc.doc_id}: broken", UserWarning)
        return doc.sentences

    monkeypatch.setitem(cli.COMMANDS, "sentences", ("s", per_document(runner), None))
    code = main(["sentences", str(_corpus(tmp_path)), "--format", "csv"])
    out, err = capsys.readouterr()
    assert "geolib: warning: odd spacing in a" in err and "odd spacing in b" in err
    assert code == 1 and "stage: skipped c: broken" in err and "skipped 1 document(s)" in err
    assert "Text a said China." in out


def test_reading_skips_and_show_skips_exit_1(tmp_path, capsys):
    (tmp_path / "good.txt").write_text("China met NATO.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    code = main(["show", str(tmp_path), "-o", str(tmp_path / "pages"), "--no-actors"])
    err = capsys.readouterr().err
    assert code == 1 and "empty.txt" in err and "skipped 1 document(s)" in err


# ------------------------------------------------------------------ Ctrl-C

def test_ctrl_c_is_one_line_and_exit_130(tmp_path, monkeypatch, capsys):
    def runner(docs, args):  # noqa: ANN001
        raise KeyboardInterrupt

    monkeypatch.setitem(cli.COMMANDS, "sentences", ("s", runner, None))
    assert main(["sentences", str(_corpus(tmp_path))]) == 130
    err = capsys.readouterr().err
    assert err == "geolib: interrupted\n"


def test_sigint_to_a_running_command(tmp_path):
    path = tmp_path / "big.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(200_000):
            fh.write(f'{{"id": "d{i}", "text": "China spoke. NATO replied."}}\n')
    proc = subprocess.Popen([sys.executable, "-m", "geolib.cli", "sentences", str(path), "--format",
                             "csv"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert proc.stdout.readline().startswith("doc_id,")  # streaming: running, in main()
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err
    assert err.strip().endswith("geolib: interrupted") and "Traceback" not in err


# ------------------------------------------------------------------ streamed output

def _old_print_table(df: pd.DataFrame, fmt: str, out: io.StringIO) -> None:
    """How the command printed a whole table before it streamed (the reference)."""
    if fmt == "json":
        records = json.loads(df.to_json(orient="records", force_ascii=False))
        json.dump(records, out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "csv":
        df.to_csv(out, index=False)
    else:
        with pd.option_context("display.max_rows", None, "display.max_columns", None,
                               "display.width", 200, "display.max_colwidth", 60):
            out.write(df.to_string(index=False) if len(df) else "(no rows)")
            out.write("\n")


def _docs(n: int) -> list[Document]:
    return [Document(f"Sentence {i}. China replied {i}.", doc_id=f"d{i}") for i in range(n)]


@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
def test_streamed_output_is_the_table_of_old(fmt):
    docs = _docs(5)
    whole = pd.concat([d.sentences for d in docs], ignore_index=True)
    old = io.StringIO()
    _old_print_table(whole, fmt, old)
    new = io.StringIO()
    writer = TableWriter(fmt, new)
    for d in docs:
        writer.add(d.sentences)
    writer.close()
    assert new.getvalue() == old.getvalue()
    if fmt != "table":  # in blocks of one row: still one CSV header, one JSON array
        small = io.StringIO()
        writer = TableWriter(fmt, small, block_rows=1)
        for d in docs:
            writer.add(d.sentences)
        writer.close()
        assert small.getvalue() == old.getvalue()


@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
def test_empty_output_as_before(fmt):
    for empty in (pd.DataFrame(), pd.DataFrame(columns=["actor", "count"])):
        old, new = io.StringIO(), io.StringIO()
        _old_print_table(empty, fmt, old)
        writer = TableWriter(fmt, new)
        writer.add(empty)
        writer.close()
        assert new.getvalue() == old.getvalue()


class _CountingDocs:
    """Documents handed out one at a time, counting how many were taken."""

    def __init__(self, docs: list[Document]) -> None:
        self.docs, self.taken = docs, 0

    def __iter__(self):  # noqa: ANN204
        for d in self.docs:
            self.taken += 1
            yield d

    def errors(self) -> pd.DataFrame:
        return pd.DataFrame()


def test_rows_are_written_before_the_next_documents_are_read(monkeypatch):
    docs = _CountingDocs(_docs(50))
    taken_at_first_write = []

    class Out(io.StringIO):
        def write(self, s: str) -> int:
            if not taken_at_first_write:
                taken_at_first_write.append(docs.taken)
            return super().write(s)

    monkeypatch.setattr(cli, "BLOCK_ROWS", 1)
    out = Out()
    writer = TableWriter("csv", out, block_rows=1)
    run = cli.COMMANDS["sentences"][1]
    args = cli.build_parser().parse_args(["sentences", "x"])
    for chunk in run(docs, args):
        writer.add(chunk)
    writer.close()
    assert taken_at_first_write == [1] and docs.taken == 50
    assert out.getvalue().count("doc_id") == 1 and out.getvalue().count("\n") == 101


def test_cli_output_equals_one_table(tmp_path, capsys):
    path = _corpus(tmp_path, ids=[f"d{i}" for i in range(4)])
    docs = list(geolib.read_corpus(str(path)))
    whole = pd.concat([d.sentences for d in docs], ignore_index=True)
    for fmt in ("csv", "json", "table"):
        expected = io.StringIO()
        _old_print_table(whole, fmt, expected)
        assert main(["sentences", str(path), "--format", fmt]) == 0
        assert capsys.readouterr().out == expected.getvalue()


# ------------------------------------------------------------------ CSV cells and escapes

def test_formula_cells_are_quoted_numbers_are_not():
    df = pd.DataFrame({"doc_id": ["=HYPERLINK(\"http://x\",\"y\")", "+1+2", "@SUM(A1)", "\tx", "\r=1",
                                  "-3.5", "-", "plain"],
                       "value": [-3.5, -1.0, 2.0, 0.0, 1e-3, -7.0, 8.0, 9.0],
                       "count": [-1, 2, 3, 4, 5, 6, 7, 8]})
    out = csv_safe(df)
    assert out["doc_id"].tolist() == ["'=HYPERLINK(\"http://x\",\"y\")", "'+1+2", "'@SUM(A1)", "'\tx",
                                      "'\r=1", "-3.5", "-", "plain"]
    assert out["value"].tolist() == df["value"].tolist() and out["count"].tolist() == df["count"].tolist()
    assert df["doc_id"].iloc[0].startswith("=")  # the table itself is not changed
    assert csv_safe_cell(-3.5) == -3.5 and csv_safe_cell("-1+2") == "'-1+2"
    text = io.StringIO()
    plain = df[~df["doc_id"].str.contains("\r")]  # (pandas reads a bare CR as a line end)
    csv_safe(plain).to_csv(text, index=False)
    back = pd.read_csv(io.StringIO(text.getvalue()))
    assert back["value"].tolist() == plain["value"].tolist()
    assert back["count"].tolist() == plain["count"].tolist()


def test_cli_csv_quotes_formula_ids(tmp_path, capsys):
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "=HYPERLINK(\"http://evil\")", "text": "China met NATO."}) + "\n",
                    encoding="utf-8")
    assert main(["sentences", str(path), "--format", "csv"]) == 0
    rows = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert rows["doc_id"].tolist() == ["'=HYPERLINK(\"http://evil\")"]
    assert rows["start"].tolist() == [0]
    assert main(["sentences", str(path), "--format", "json"]) == 0  # JSON keeps the data as it is
    assert json.loads(capsys.readouterr().out)[0]["doc_id"] == "=HYPERLINK(\"http://evil\")"


def test_save_figure_data_csv_is_quoted(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    ax.plot([1, 2])
    data = pd.DataFrame({"actor": ["=cmd|' /C calc'!A0", "China"], "share": [-0.5, 0.25]})
    paths = geolib.save_figure(fig, "demo", data=data, outdir=tmp_path)
    plt.close(fig)
    back = pd.read_csv(paths[-1])
    assert back["actor"].tolist() == ["'=cmd|' /C calc'!A0", "China"]
    assert back["share"].tolist() == [-0.5, 0.25]


def test_printable_escapes_control_characters():
    assert printable("a\x1b[2Jb\x07\x9b\u202e") == "a\\x1b[2Jb\\x07\\x9b\\u202e"
    assert printable("tab\tand\nnewline") == "tab\tand\nnewline"
    assert printable("北京 café") == "北京 café"


def test_terminal_escapes_in_ids_are_escaped_on_stderr(tmp_path, capsys):
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "\x1b]0;pwned\x07", "text": ""}) + "\n"
                    + json.dumps({"id": "ok", "text": "China met NATO."}) + "\n", encoding="utf-8")
    assert main(["sentences", str(path), "--format", "csv"]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and "\\x1b]0;pwned\\x07" in err
    path.write_text(json.dumps({"id": "\x1b[2Jclear", "text": "China met NATO."}) + "\n",
                    encoding="utf-8")
    assert main(["sentences", str(path)]) == 0  # table format (for people): escaped on stdout too
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\\x1b[2Jclear" in out


def test_exit_codes_documented_in_help(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "130 interrupted" in capsys.readouterr().out


def test_kwic_with_swapped_arguments_says_which_looks_like_the_term(tmp_path, capsys):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("NATO spoke of a Cold War mentality.", encoding="utf-8")
    assert main(["kwic", "cold war", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "swapped" in err and "'cold war' is not a file or folder" in err
    assert main(["kwic", str(folder), "cold war"]) == 0
    assert "Cold War" in capsys.readouterr().out


def test_missing_text_column_names_the_command_line_option(tmp_path, capsys):
    path = tmp_path / "c.csv"
    path.write_text("id,body\na,Some text.\n", encoding="utf-8")
    assert main(["sentences", str(path)]) == 2
    err = capsys.readouterr().err
    assert "no 'text' column (columns: id, body)" in err and "--text-col" in err
    assert "text_col=" not in err
    assert main(["sentences", str(path), "--text-col", "body"]) == 0
