"""Build text/*.txt, attributions/*_A1.ann and speakers.csv from the hand annotations in spec.py.

Each annotation names its spans by their text; the builder finds them in the article (the Content
first, then the Cue nearest to it, then the Source nearest to the Cue; ``[x]`` inside a string
marks the target x inside a longer, unambiguous anchor) and checks every span it writes.
Run from the repository root: ``python data/validation/wikinews_quotes/build.py``. Other sets in
the same format reuse it: ``build(folder)`` reads ``folder/spec.py`` and writes into ``folder``
(``data/validation/wikinews_dev/build.py``).
"""
from __future__ import annotations

import csv
import importlib.util
import re
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


def load_articles(folder: Path = HERE) -> dict:
    """The ARTICLES dict of ``folder/spec.py`` (loaded by path: every set has its own spec.py)."""
    spec = importlib.util.spec_from_file_location(f"spec_{folder.name}", folder / "spec.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ARTICLES


def _find_all(text, s, word=True, anchor=True):
    """All (start, end) of target in text; s may hold [target] inside an anchor."""
    if anchor and "[" in s and "]" in s:
        pre, rest = s.split("[", 1)
        tgt, post = rest.split("]", 1)
    else:
        pre, tgt, post = "", s, ""
    anchor = pre + tgt + post
    pat = re.escape(anchor)
    if word and anchor[:1].isalnum():
        pat = r"(?<!\w)" + pat
    if word and anchor[-1:].isalnum():
        pat = pat + r"(?!\w)"
    return [(m.start() + len(pre), m.start() + len(pre) + len(tgt)) for m in re.finditer(pat, text)]


def _gap(a, b):
    return max(a[0] - b[1], b[0] - a[1], 0)


def _nearest(text, s, ref, what):
    cands = _find_all(text, s)
    if not cands:
        raise SystemExit(f"{what} not found: {s!r}")
    return min(cands, key=lambda c: (_gap(c, ref), c[0]))


def build(folder: Path = HERE) -> None:
    """Write ``folder``'s text/, attributions/ and speakers.csv from its spec.py, then check()."""
    folder = Path(folder)
    ARTICLES = load_articles(folder)
    rows = []
    for y in (2019, 2020):
        df = pd.read_csv(ROOT / "data" / "wikinews" / f"wikinews_{y}.csv")
        rows.extend(df.to_dict("records"))
    by_url = {r["url"]: r for r in rows}
    (folder / "text").mkdir(exist_ok=True)
    (folder / "attributions").mkdir(exist_ok=True)
    speakers = []
    for slug, art in ARTICLES.items():
        text = by_url[art["url"]]["text"]
        (folder / "text" / f"{slug}.txt").write_bytes(text.encode("utf-8"))
        lines, t, e = [], 0, 0
        for a in art["atts"]:
            src, cue, content, name, actor = a[:5]
            note = a[5] if len(a) > 5 else ""
            parts = content if isinstance(content, tuple) else (content,)
            cspans = []
            for p in parts:
                c = _find_all(text, p, word=False, anchor=False)
                if len(c) != 1:
                    raise SystemExit(f"{slug}: content part found {len(c)} times: {p!r}")
                cspans.append(c[0])
            ref = (min(s for s, _ in cspans), max(e_ for _, e_ in cspans))
            cue_span = _nearest(text, cue, ref, f"{slug}: cue")
            src_span = _nearest(text, src, cue_span, f"{slug}: source")
            ids = {}
            for role, spans in (("Source", [src_span]), ("Cue", [cue_span]), ("Content", cspans),
                                ("Attribution", [cue_span])):
                t += 1
                ids[role] = f"T{t}"
                spec = ";".join(f"{s} {e_}" for s, e_ in spans)
                stext = " ".join(text[s:e_] for s, e_ in spans)
                lines.append(f"T{t}\t{role} {spec}\t{stext}")
            e += 1
            lines.append(f"E{e}\tAttribution:{ids['Attribution']} Content:{ids['Content']} "
                         f"Cue:{ids['Cue']} Source:{ids['Source']}")
            speakers.append({"file": f"{slug}_A1.ann", "source_start": src_span[0], "source_end": src_span[1],
                             "source_text": text[src_span[0]:src_span[1]], "speaker_name": name,
                             "speaker_actor": actor, "note": note})
        (folder / "attributions" / f"{slug}_A1.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open(folder / "speakers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["file", "source_start", "source_end", "source_text",
                                          "speaker_name", "speaker_actor", "note"])
        w.writeheader()
        w.writerows(speakers)
    check(folder)


def check(folder: Path = HERE) -> None:
    """Every span of every .ann of ``folder`` equals its text."""
    folder = Path(folder)
    n = 0
    for ann in sorted((folder / "attributions").glob("*.ann")):
        text = (folder / "text" / (ann.stem.rsplit("_", 1)[0] + ".txt")).read_text(encoding="utf-8")
        for line in ann.read_text(encoding="utf-8").splitlines():
            if line.startswith("T"):
                tid, spec, stext = line.split("\t")
                spans = [tuple(map(int, p.split())) for p in spec.split(" ", 1)[1].split(";")]
                got = " ".join(text[s:e] for s, e in spans)
                assert got == stext, (ann.name, line, got)
                n += 1
    print(f"{n} spans checked")


if __name__ == "__main__":
    build()
