"""``geolib report``: index.html and the document pages (self-contained, escaped, inside the
folder, geolib's own files only), --format csv|json, no traceback, and the figures."""

from __future__ import annotations

import json
import os
import sys
import tomllib
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from conftest import ROOT
from geolib.cli import main
from geolib.filenames import safe_filename
from geolib.pipeline import available_stages, read_results, report_command
from geolib.pipeline.report_figures import FIGURE_COLUMNS, FIGURES, QUOTE_SPEAKERS, VOICE_KINDS
from geolib.pipeline.stages import DEFAULT_STAGES
from geolib.pipeline.store import MARKER

STORY = ('China said on Monday: "We firmly oppose the sanctions, which are a Cold War mentality." '
         "NATO met in Brussels. Jens Stoltenberg, the NATO secretary general, told reporters that "
         '"the alliance will defend every ally." Ruritania objected. "This is a threat," an '
         "official said. Ruritania and Borduria signed a treaty in Geneva. {extra}")
HOSTILE_IDS = ["../x", "/etc/x", "a\x00b", "L" * 10_000, "<script>alert(1)</script>",
               '"><img src=x onerror=alert(1)>', "CON", "..", ".", "../../../../tmp/evil"]
# the tags a page may hold: geolib's own (a tag from the data would be escaped text)
ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "nav", "a", "h1", "h2", "h3", "p",
                "table", "tr", "th", "td", "code", "figure", "img", "figcaption", "div", "span", "mark",
                "b", "i", "br"}


def _stages() -> set[str]:
    return {name for name, why in available_stages(DEFAULT_STAGES).items() if why is None}


def _corpus(tmp_path: Path, n: int = 6, ids: list[str] | None = None, **columns) -> Path:
    src = tmp_path / "src"
    src.mkdir(exist_ok=True)
    ids = ids or [f"d{i}" for i in range(n)]
    df = pd.DataFrame({"id": ids, "text": [STORY.format(extra=f"Story number {i}.") for i in range(len(ids))],
                       "title": [f"Story {i}" for i in range(len(ids))], **columns})
    df.to_csv(src / "news.csv", index=False)
    return src


class _Page(HTMLParser):
    """Every tag, attribute and link of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        self.tags.append(tag)
        self.attrs += [(tag, k, v or "") for k, v in attrs]

    def handle_data(self, data):  # noqa: ANN001
        self.text.append(data)


def _parse(path: Path) -> _Page:
    p = _Page()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def _assert_safe_page(path: Path, out: Path) -> _Page:
    """No markup but geolib's; no script, no event handler, no remote resource; links stay in out."""
    page = _parse(path)
    assert set(page.tags) <= ALLOWED_TAGS, set(page.tags) - ALLOWED_TAGS
    for tag, name, value in page.attrs:
        assert not name.startswith("on"), (tag, name, value)
        if name == "src":
            assert value.startswith("data:image/png;base64,"), value[:80]
        if name == "href":
            assert "://" not in value and not value.startswith(("/", "javascript:", "data:")), value
            if not value.startswith("#"):
                target = (path.parent / value).resolve()
                assert target.is_file() and target.is_relative_to(out.resolve()), value
    head = path.read_text(encoding="utf-8")[:600]
    assert 'http-equiv="Content-Security-Policy"' in head and "default-src 'none'" in head
    return page


def _files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*")}


# ------------------------------------------------------------------------------ index.html

def test_index_html_has_everything_on_one_self_contained_page(tmp_path, capsys):
    src = _corpus(tmp_path, 6)
    out = tmp_path / "out"
    assert report_command([str(src)], out, 1, progress=False) == 0
    assert "page: " in capsys.readouterr().err
    index = out / "index.html"
    page = _assert_safe_page(index, out)
    text = " ".join(page.text)
    html = index.read_text(encoding="utf-8")
    assert "<script" not in html.lower() and "<link" not in html.lower() and "http://" not in html
    docs = read_results(out, tables=["documents"])["documents"]
    assert f"documents</th><td class=\"n\">{len(docs)}</td>" in html
    if {"actors", "quotes", "frames"} <= _stages():
        tables = read_results(out)
        for what, table in (("actor mentions", "actors"), ("quotes", "quotes"), ("framing terms", "frames")):
            assert f"{what}</th><td class=\"n\">{len(tables[table]):,}</td>" in html, what
        # coverage: how many quotes have a speaker and a speaker actor
        q = tables["quotes"]
        with_actor = int(q["speaker_actor"].notna().sum())
        assert f"with a speaker actor</th><td class=\"n\">{with_actor:,}</td>" in html
        assert "with a speaker</th>" in html
        # every figure inline
        imgs = [v for t, k, v in page.attrs if t == "img" and k == "src"]
        assert len(imgs) == len(FIGURES)
        assert "Candidate names" in text and "Borduria" in text  # a name the lexicon does not know
    assert "Key terms against general English" in text and "ruritania" in text
    assert "1,000,000,000 words" in text  # the reference named with its size
    # a link per document to its page, named from safe_filename
    links = [v for t, k, v in page.attrs if t == "a" and k == "href" and v.startswith("pages/")]
    assert sorted(links) == sorted(f"pages/{safe_filename(d, suffix='.html')}" for d in docs["doc_id"])
    doc_page = out / links[0]
    _assert_safe_page(doc_page, out)
    assert "geolib-display" in doc_page.read_text(encoding="utf-8")
    assert "None: every document was read" in text


def test_errors_are_listed_and_escaped(tmp_path):
    src = _corpus(tmp_path, 3)
    (src / "<b>bad<i>.txt").write_bytes(b"\x89PNG\x00\x00binary")
    out = tmp_path / "out"
    assert report_command([str(src)], out, 1, progress=False) == 1
    html = (out / "index.html").read_text(encoding="utf-8")
    page = _assert_safe_page(out / "index.html", out)
    assert "&lt;b&gt;bad&lt;i&gt;.txt" in html and "<b>bad" not in html
    assert "1 document(s) or stage(s) failed" in " ".join(page.text)


# ------------------------------------------------------------------------------ hostile data

def test_hostile_ids_texts_and_metadata_are_escaped_and_stay_inside(tmp_path):
    outer = tmp_path / "outer"
    outer.mkdir()
    src = _corpus(outer, ids=HOSTILE_IDS, outlet=['"><svg onload=alert(1)>'] * len(HOSTILE_IDS),
                  url=["javascript:alert(1)"] * len(HOSTILE_IDS))
    # texts with markup that is not HTML (two tags, no attribute: the text keeps them)
    df = pd.read_csv(src / "news.csv", keep_default_na=False)
    df["text"] = [t + " <script>alert(document.cookie)</script>" for t in df["text"]]
    df["title"] = ["<script>alert('title')</script>"] * len(df)
    df.to_csv(src / "news.csv", index=False)
    out = outer / "out"
    before = _files(tmp_path) - _files(out)
    code = main(["report", str(src), "--out", str(out), "--quiet"])
    assert code in (0, 1)
    # nothing written outside the out folder
    assert _files(tmp_path) - _files(out) - {out} == before
    pages = sorted((out / "pages").iterdir())
    assert pages, "no document pages"
    for p in [*pages, out / "index.html"]:
        assert p.resolve().is_relative_to(out.resolve())
        assert len(p.name) <= 100 and "\x00" not in p.name
        _assert_safe_page(p, out)
        raw = p.read_text(encoding="utf-8")
        assert "<script" not in raw.lower() and "<svg" not in raw.lower() and "<img src=x" not in raw
        assert "\x00" not in raw
    docs = read_results(out, tables=["documents"])["documents"]
    assert {p.name for p in pages} == {safe_filename(d, suffix=".html") for d in docs["doc_id"]}
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # the id, shown as text
    one = (out / "pages" / safe_filename("<script>alert(1)</script>", suffix=".html")).read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(document.cookie)&lt;/script&gt;" in one  # the text, shown as text
    assert "javascript:alert(1)" in one and 'href="javascript' not in one  # metadata is text, not a link
    # the 10,000-character id is cut where it is shown, and its page name is short
    assert "L" * 10_000 not in html and "L" * 150 in html


def test_document_pages_are_capped_and_the_page_says_so(tmp_path):
    src = _corpus(tmp_path, 6)
    out = tmp_path / "out"
    assert main(["report", str(src), "--out", str(out), "--quiet", "--pages", "2"]) == 0
    assert len(list((out / "pages").iterdir())) == 2
    text = " ".join(_parse(out / "index.html").text)
    assert "first 2 of 6 documents" in text and "4 left out" in text
    # fewer pages on a re-run: geolib's own pages of before are removed, nothing else
    (out / "pages" / "notes.txt").write_text("mine")
    assert main(["report", str(src), "--out", str(out), "--quiet", "--pages", "0"]) == 0
    assert [p.name for p in (out / "pages").iterdir()] == ["notes.txt"]
    assert not [f for f in json.loads((out / MARKER).read_text())["files"] if f.startswith("pages/")]
    assert main(["report", str(src), "--out", str(out), "--quiet", "--pages", "-1"]) == 2


def test_reruns_overwrite_only_geolib_s_own_report_files(tmp_path, capsys):
    src = _corpus(tmp_path, 3)
    out = tmp_path / "out"
    assert report_command([str(src)], out, 1, progress=False) == 0
    marker = json.loads((out / MARKER).read_text())
    assert "index.html" in marker["files"]
    page = next(f for f in marker["files"] if f.startswith("pages/"))
    assert page in marker["files"]
    # geolib's own files are written again
    (out / "index.html").write_text("stale")
    (out / page).write_text("stale")
    capsys.readouterr()
    assert report_command([str(src)], out, 1, progress=False) == 0
    assert (out / "index.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (out / page).read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    # files geolib did not write (not in the marker) are left alone, with a message
    marker = json.loads((out / MARKER).read_text())
    marker["files"] = [f for f in marker["files"] if f not in ("index.html", page)]
    (out / MARKER).write_text(json.dumps(marker))
    (out / "index.html").write_text("my index")
    (out / page).write_text("my page")
    capsys.readouterr()
    assert report_command([str(src)], out, 1, progress=False) == 0
    err = capsys.readouterr().err
    assert (out / "index.html").read_text() == "my index" and (out / page).read_text() == "my page"
    assert "not made: index.html" in err and "exists and geolib did not write it" in err
    # never written through a symbolic link
    elsewhere = tmp_path / "elsewhere.html"
    elsewhere.write_text("precious")
    (out / "index.html").unlink()
    (out / "index.html").symlink_to(elsewhere)
    assert report_command([str(src)], out, 1, progress=False) == 0
    assert elsewhere.read_text() == "precious"


def test_the_pages_folder_as_a_link_is_never_written_through(tmp_path, capsys):
    src = _corpus(tmp_path, 2)
    out = tmp_path / "out"
    out.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (out / "pages").symlink_to(elsewhere, target_is_directory=True)
    assert report_command([str(src)], out, 1, progress=False, force=True) == 0
    assert list(elsewhere.iterdir()) == []
    assert "symbolic link" in capsys.readouterr().err
    assert (out / "index.html").exists()


# ------------------------------------------------------------------------------ --format

def test_format_csv_copies_every_table_beside_the_parquet(tmp_path):
    src = _corpus(tmp_path, 4, ids=["=cmd|' /C calc'!A0", "b", "c", "d"])
    out = tmp_path / "out"
    assert main(["report", str(src), "--out", str(out), "--quiet", "--format", "csv"]) == 0
    tables = read_results(out)
    for name, df in tables.items():
        path = out / "csv" / f"{name}.csv"
        assert path.exists(), name
        if len(df):
            back = pd.read_csv(path, keep_default_na=False)
            assert len(back) == len(df) and list(back.columns) == list(df.columns), name
    docs = pd.read_csv(out / "csv" / "documents.csv", keep_default_na=False)
    assert docs["doc_id"].tolist()[0] == "'=cmd|' /C calc'!A0"  # a formula is quoted
    assert (out / "documents").is_dir()  # the Parquet store is still what a re-run resumes from
    marker = json.loads((out / MARKER).read_text())
    assert "csv/documents.csv" in marker["files"]
    assert "csv/documents.csv" in (out / "index.html").read_text(encoding="utf-8")
    # json: JSON Lines, one object per row
    assert main(["report", str(src), "--out", str(out), "--quiet", "--format", "json"]) == 0
    lines = (out / "json" / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4 and json.loads(lines[0])["doc_id"] == "=cmd|' /C calc'!A0"
    assert not (out / "csv" / "documents.csv").exists()  # a copy of an earlier report, removed
    # a user's file where a copy would go is left alone
    (out / "csv").mkdir(exist_ok=True)
    (out / "csv" / "quotes.csv").write_text("mine")
    assert main(["report", str(src), "--out", str(out), "--quiet", "--format", "csv"]) == 0
    assert (out / "csv" / "quotes.csv").read_text() == "mine"
    assert (out / "csv" / "documents.csv").exists()


# ------------------------------------------------------------------------------ no traceback

def test_no_command_ends_in_a_traceback(tmp_path, capsys, monkeypatch):
    src = _corpus(tmp_path, 2)
    # pyarrow missing (it is a core dependency, but an environment may lack it)
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    assert main(["report", str(src), "--out", str(tmp_path / "o1"), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "pyarrow" in err and "Traceback" not in err and "geolib[scale]" not in err
    monkeypatch.undo()
    # an unexpected failure: one line, exit 2
    import geolib.pipeline

    def broken(*args, **kwargs):  # noqa: ANN002, ANN003
        raise RuntimeError("boom")

    monkeypatch.setattr(geolib.pipeline, "report_command", broken)
    assert main(["report", str(src), "--out", str(tmp_path / "o2"), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "unexpected error: RuntimeError: boom" in err and "Traceback" not in err
    monkeypatch.undo()
    # a folder that cannot be written
    if os.geteuid() != 0:  # (root writes anywhere)
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        assert main(["report", str(src), "--out", str(locked / "out"), "--quiet"]) == 2
        assert "Traceback" not in capsys.readouterr().err


def test_pyarrow_is_a_core_dependency():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert any(d.startswith("pyarrow") for d in project["dependencies"])
    assert "scale" in project["optional-dependencies"]  # the extra's name keeps working
    env = (ROOT / "environment.yml").read_text()
    core = env.split("# test extra")[0]
    assert "pyarrow" in core


# ------------------------------------------------------------------------------ the figures

@pytest.fixture(scope="module")
def run_tables(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("figs")
    src = _corpus(tmp, 5)
    out = tmp / "out"
    assert report_command([str(src)], out, 1, progress=False) == 0
    return read_results(out, tables=[*FIGURE_COLUMNS, "errors"], columns=FIGURE_COLUMNS)


def _count_axes(fig):  # noqa: ANN001, ANN202
    return [ax for ax in fig.axes if ax.get_xlabel() in ("mentions", "quotes", "quoted words")
            or ax.get_ylabel() == "documents"]


def _integers(ticks) -> bool:  # noqa: ANN001
    return all(float(t).is_integer() for t in ticks)


def test_every_figure_says_what_it_covers_with_integer_counts(run_tables):
    import matplotlib.pyplot as plt

    for name, recipe in FIGURES.items():
        drawn = recipe(run_tables)
        if drawn is None:
            continue
        fig, _ = drawn
        title = fig.get_suptitle()
        assert " of " in title or "all " in title, (name, title)
        for ax in _count_axes(fig):
            axis = ax.yaxis if ax.get_ylabel() == "documents" else ax.xaxis
            assert _integers(axis.get_majorticklocs()), (name, axis.get_majorticklocs())
        plt.close(fig)


def test_document_length_histogram_counts_whole_documents():
    import matplotlib.pyplot as plt

    docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "words": [10, 200, 3000]})
    fig, _ = FIGURES["document_lengths"]({"documents": docs, "errors": pd.DataFrame(
        {"doc_id": ["x"], "source": ["x"], "stage": ["read"], "error": ["E"], "message": ["m"]})})
    ax = fig.axes[0]
    assert _integers(ax.yaxis.get_majorticklocs())
    assert "3 of 4 documents (1 could not be read)" in fig.get_suptitle()
    plt.close(fig)


def test_voice_share_shows_every_quote():
    import matplotlib.pyplot as plt

    q = pd.DataFrame({"doc_id": ["a"] * 5, "text": ["one two", "three", "four five", "six", "seven"],
                      "kind": ["direct"] * 5, "speaker": ["Ann", "Ann", "Bo", None, None],
                      "speaker_actor": ["X", "X", None, None, None]})
    fig, data = FIGURES["voice_share"]({"quotes": q})
    assert "2 of 5 quotes (40%) have a speaker actor; 3 have a speaker" in fig.get_suptitle()
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert set(labels) == set(QUOTE_SPEAKERS)  # the quotes with no speaker actor are shown
    cover = data[data["level"] == "attribution"]
    assert cover["n_quotes"].sum() == 5
    assert dict(zip(cover["value"], cover["n_quotes"])) == {"speaker actor": 2, "speaker, no actor": 1,
                                                            "no speaker found": 2}
    # the actor panel holds actors only
    assert [t.get_text() for t in fig.axes[1].get_yticklabels()] == ["X"]
    for ax in fig.axes:
        assert _integers(ax.xaxis.get_majorticklocs())
    plt.close(fig)


def test_sponsorship_puts_one_kind_of_voice_per_axis():
    import matplotlib.pyplot as plt

    f = pd.DataFrame({"doc_id": ["a"] * 6, "frame": ["threat", "threat", "threat", "peace", "peace", "peace"],
                      "in_quote": [False, True, True, True, False, True],
                      "speaker": [None, "Ann", "Bo", None, None, "Ann"],
                      "speaker_actor": [None, "China", None, None, None, "China"]})
    fig, data = FIGURES["frame_sponsorship"]({"frames": f})
    assert data["count"].sum() == 6
    panels = [[t.get_text() for t in ax.get_xticklabels()] for ax in fig.axes]
    assert panels[0] == list(VOICE_KINDS)  # kinds of voice: narration, unattributed ... together
    assert panels[1] == ["China"]            # speaker actors only
    assert panels[2] == ["Bo"]               # speakers with no actor only
    placeholders = {"narration", "unattributed quote", "writer", "unattributed"}
    assert not placeholders & set(panels[1] + panels[2])
    assert "6 framing terms: 2 in narration, 4 in quotes" in fig.get_suptitle()
    plt.close(fig)


def test_report_reads_another_text_column_and_refuses_all_parts(tmp_path, capsys):
    corpus = tmp_path / "news.csv"
    pd.DataFrame({"id": ["a", "b"], "body": ["NATO leaders met. China said no, a spokesman said.",
                                             "Russia rejected the sanctions."]}).to_csv(corpus, index=False)
    out = tmp_path / "rep"
    assert main(["report", str(corpus), "--out", str(out), "--quiet", "--text-col", "body"]) == 0
    docs = read_results(out)["documents"]
    assert len(docs) == 2 and docs["words"].sum() > 10
    assert main(["report", str(corpus), "--out", str(tmp_path / "r2"), "--quiet", "--text-col", "body",
                 "--all-parts"]) == 2
    assert "--all-parts is not an option of report" in capsys.readouterr().err
    assert not (tmp_path / "r2").exists()
