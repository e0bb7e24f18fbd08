"""The hand-annotated validation set data/validation/wikinews_quotes: spans, texts, size."""

import csv
from pathlib import Path

import pandas as pd
import pytest

from geolib.evaluation import read_brat

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "validation" / "wikinews_quotes"
TEXTS = sorted((SET / "text").glob("*.txt"))
ANNS = sorted((SET / "attributions").glob("*.ann"))


def _text_of(ann: Path) -> str:
    return (SET / "text" / (ann.stem.rsplit("_", 1)[0] + ".txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize("ann", ANNS, ids=lambda p: p.stem)
def test_every_span_matches_its_text(ann):
    text = _text_of(ann)
    n = 0
    for line in ann.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        _, spec, stext = line.split("\t")
        label, spans = spec.split(" ", 1)
        assert label in {"Source", "Cue", "Content", "Attribution"}
        parts = [tuple(map(int, p.split())) for p in spans.split(";")]
        assert " ".join(text[s:e] for s, e in parts) == stext, line
        n += 1
    assert n


def test_every_text_is_a_wikinews_row():
    rows = set()
    for csv_path in sorted((ROOT / "data" / "wikinews").glob("*.csv")):
        rows.update(pd.read_csv(csv_path)["text"])
    for txt in TEXTS:
        raw = txt.read_bytes()
        assert raw.decode("utf-8") in rows, txt.name


def test_size_and_structure():
    assert len(TEXTS) >= 25
    assert {a.stem.rsplit("_", 1)[0] for a in ANNS} == {t.stem for t in TEXTS}
    atts = pd.concat([read_brat(a) for a in ANNS], ignore_index=True)
    assert len(atts) >= 100
    assert atts["has_source"].all()
    assert atts["cue"].map(len).gt(0).all() and atts["content"].map(len).gt(0).all()


def test_speakers_table_matches_the_sources():
    with open(SET / "speakers.csv", encoding="utf-8", newline="") as f:
        speakers = list(csv.DictReader(f))
    sources = set()
    for ann in ANNS:
        df = read_brat(ann)
        for spans in df["source"]:
            sources.add((ann.name, *spans[0]))
    assert {(r["file"], int(r["source_start"]), int(r["source_end"])) for r in speakers} == sources
    for r in speakers:
        text = _text_of(SET / "attributions" / r["file"])
        assert text[int(r["source_start"]):int(r["source_end"])] == r["source_text"]
        assert r["speaker_name"].strip()
