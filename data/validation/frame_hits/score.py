"""Score geolib's framing lexicon on the hand-judged frame hits (run from the repository root).

    python data/validation/frame_hits/score.py

Reads the texts from ``../shared/corpora`` (never copied here), checks that every stored span is
the stored text, and prints:

* precision per layer as the sample was drawn (``hits.csv``: the judgement of each hit);
* precision per layer with the current lexicon: the judged hits that ``geolib.frames`` still
  reports, in the layer it now gives them (a hit the lexicon no longer finds drops out);
* recall on ``recall.csv``: the hand-listed evaluative expressions that a framing-layer hit
  overlaps.

``score()`` returns the same numbers as a dict (tests/test_validation_sets.py uses it).
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SHARED = ROOT.parent / "shared" / "corpora"


@lru_cache(maxsize=4)
def _wikinews(name: str) -> pd.Series:
    return pd.read_csv(SHARED / "wikinews" / f"{name}.csv", dtype=str, keep_default_na=False)["text"]


def text_of(corpus: str, doc_id: str) -> str:
    """The text of a document: ``wikinews_2019:12`` is row 12 of ``wikinews_2019.csv`` (as
    ``geolib.read_corpus`` numbers them); a PolNeAR id is the file name without ``.txt``."""
    if corpus == "wikinews":
        name, row = doc_id.split(":")
        return _wikinews(name)[int(row)]
    if corpus == "polnear-train":
        return (SHARED / "polnear-train" / "text" / f"{doc_id}.txt").read_text(encoding="utf-8")
    raise ValueError(f"unknown corpus {corpus!r}")


def check_spans(table: pd.DataFrame, name: str) -> None:
    """Every ``text[start:end]`` is the stored ``text`` (a clear error names the file and row)."""
    for i, r in table.iterrows():
        got = text_of(r["corpus"], r["doc_id"])[int(r["start"]):int(r["end"])]
        if got != r["text"]:
            raise ValueError(f"{name}, row {i + 2}: {r['doc_id']} [{r['start']}:{r['end']}] is {got!r}, "
                             f"not {r['text']!r}")


def _precision(hits: pd.DataFrame, layer_col: str) -> dict[str, dict[str, float]]:
    out = {}
    for layer in ("framing", "topic"):
        h = hits[hits[layer_col] == layer]
        n = len(h)
        ok = int((h["judgement"] == layer).sum())
        out[layer] = {"n": n, "correct": ok, "precision": ok / n if n else float("nan"),
                      "framing": int((h["judgement"] == "framing").sum()),
                      "topic": int((h["judgement"] == "topic").sum()),
                      "wrong sense": int((h["judgement"] == "wrong sense").sum())}
    return out


def score() -> dict:
    """Precision per layer (as drawn and with the current lexicon) and recall."""
    import geolib

    hits = pd.read_csv(HERE / "hits.csv", dtype={"doc_id": str}, keep_default_na=False)
    recall = pd.read_csv(HERE / "recall.csv", dtype={"doc_id": str}, keep_default_na=False)
    check_spans(hits, "hits.csv")
    check_spans(recall, "recall.csv")
    keys = sorted(set(zip(hits["corpus"], hits["doc_id"])) | set(zip(recall["corpus"], recall["doc_id"])))
    docs = [geolib.Document(text_of(c, d), doc_id=f"{c}|{d}") for c, d in keys]
    now = geolib.frames(docs, quotes=False, layer="all")
    now_layer = {(d, s, e): layer for d, s, e, layer in zip(now["doc_id"], now["start"], now["end"],
                                                            now["layer"])}
    hits["doc"] = hits["corpus"] + "|" + hits["doc_id"]
    hits["layer_now"] = [now_layer.get((d, s, e), "") for d, s, e in zip(hits["doc"], hits["start"],
                                                                         hits["end"])]
    framing = now[now["layer"] == "framing"]
    spans: dict[str, list[tuple[int, int]]] = {}
    for d, s, e in zip(framing["doc_id"], framing["start"], framing["end"]):
        spans.setdefault(d, []).append((s, e))
    caught = [any(s < re and rs < e for s, e in spans.get(f"{c}|{d}", []))
              for c, d, rs, re in zip(recall["corpus"], recall["doc_id"], recall["start"], recall["end"])]
    return {"as_drawn": _precision(hits, "layer"), "current": _precision(hits, "layer_now"),
            "dropped": int((hits["layer_now"] == "").sum()),
            "recall": {"n": len(recall), "caught": int(sum(caught)),
                       "recall": sum(caught) / len(recall) if len(recall) else float("nan"),
                       "caught_texts": [t for t, c in zip(recall["text"], caught) if c]}}


def main() -> int:
    res = score()
    for label in ("as_drawn", "current"):
        print(f"{label.replace('_', ' ')}:")
        for layer, r in res[label].items():
            print(f"  {layer:8s} layer: {r['n']:3d} hits, precision {r['precision']:.3f} "
                  f"(judged framing {r['framing']}, topic {r['topic']}, wrong sense {r['wrong sense']})")
    print(f"hits the current lexicon no longer reports: {res['dropped']}")
    r = res["recall"]
    print(f"recall on {r['n']} hand-listed evaluative expressions: {r['caught']} caught "
          f"({r['recall']:.3f}): {', '.join(r['caught_texts'])}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
