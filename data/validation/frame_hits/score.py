"""Score geolib's framing lexicon on the hand-judged frame hits (run from the repository root).

    python data/validation/frame_hits/score.py

Reads the texts from ``../shared/corpora`` (never copied here), checks that every stored span is
the stored text, and prints:

* precision per layer as the sample was drawn (``hits.csv``: the judgement of each hit);
* precision per layer with the current lexicon: the judged hits that ``geolib.frames`` still
  reports (the same span, or a longer term containing it), in the layer it now gives them (a hit
  the lexicon no longer finds drops out);
* the same for ``hits_new.csv`` (a second judged sample, of the terms added for issue 17's
  evaluative vocabulary) and for both samples together;
* recall on ``recall.csv`` and on ``recall_heldout.csv`` (held out: never used to choose terms):
  the hand-listed evaluative expressions that a framing-layer hit overlaps.

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


def _read(name: str) -> pd.DataFrame:
    table = pd.read_csv(HERE / name, dtype={"doc_id": str}, keep_default_na=False)
    check_spans(table, name)
    return table


def _recall(recall: pd.DataFrame, spans: dict[str, list[tuple[int, int]]]) -> dict:
    caught = [any(s < re and rs < e for s, e in spans.get(f"{c}|{d}", []))
              for c, d, rs, re in zip(recall["corpus"], recall["doc_id"], recall["start"], recall["end"])]
    return {"n": len(recall), "caught": int(sum(caught)),
            "recall": sum(caught) / len(recall) if len(recall) else float("nan"),
            "caught_texts": [t for t, c in zip(recall["text"], caught) if c]}


def score() -> dict:
    """Precision per layer (as drawn and with the current lexicon) on each judged sample, and
    recall on each recall list."""
    import geolib

    samples = {name: _read(f"{name}.csv") for name in ("hits", "hits_new")}
    lists = {name: _read(f"{name}.csv") for name in ("recall", "recall_heldout")}
    keys = sorted({(c, d) for t in (*samples.values(), *lists.values())
                   for c, d in zip(t["corpus"], t["doc_id"])})
    docs = [geolib.Document(text_of(c, d), doc_id=f"{c}|{d}") for c, d in keys]
    now = geolib.frames(docs, quotes=False, layer="all")
    now_layer = {(d, s, e): layer for d, s, e, layer in zip(now["doc_id"], now["start"], now["end"],
                                                            now["layer"])}
    by_doc: dict[str, list[tuple[int, int, str]]] = {}
    for d, s, e, layer in zip(now["doc_id"], now["start"], now["end"], now["layer"]):
        by_doc.setdefault(d, []).append((s, e, layer))

    def layer_now(d: str, s: int, e: int) -> str:
        # the same span, or a longer term that contains it ("historic" judged, "historic mandate" now)
        if (d, s, e) in now_layer:
            return now_layer[(d, s, e)]
        return next((layer for hs, he, layer in by_doc.get(d, []) if hs <= s and e <= he), "")

    for hits in samples.values():
        hits["doc"] = hits["corpus"] + "|" + hits["doc_id"]
        hits["layer_now"] = [layer_now(d, s, e) for d, s, e in zip(hits["doc"], hits["start"], hits["end"])]
    framing = now[now["layer"] == "framing"]
    spans: dict[str, list[tuple[int, int]]] = {}
    for d, s, e in zip(framing["doc_id"], framing["start"], framing["end"]):
        spans.setdefault(d, []).append((s, e))
    hits, new = samples["hits"], samples["hits_new"]
    both = pd.concat([hits, new], ignore_index=True)
    return {"as_drawn": _precision(hits, "layer"), "current": _precision(hits, "layer_now"),
            "dropped": int((hits["layer_now"] == "").sum()),
            "new": {"as_drawn": _precision(new, "layer"), "current": _precision(new, "layer_now"),
                    "dropped": int((new["layer_now"] == "").sum())},
            "both_current": _precision(both, "layer_now"),
            "recall": _recall(lists["recall"], spans),
            "recall_heldout": _recall(lists["recall_heldout"], spans)}


def _print_precision(title: str, res: dict) -> None:
    print(f"{title}:")
    for layer, r in res.items():
        if r["n"]:
            print(f"  {layer:8s} layer: {r['n']:3d} hits, precision {r['precision']:.3f} "
                  f"(judged framing {r['framing']}, topic {r['topic']}, wrong sense {r['wrong sense']})")


def main() -> int:
    res = score()
    _print_precision("hits.csv as drawn", res["as_drawn"])
    _print_precision("hits.csv, current lexicon", res["current"])
    print(f"  hits the current lexicon no longer reports: {res['dropped']}")
    _print_precision("hits_new.csv as drawn", res["new"]["as_drawn"])
    _print_precision("hits_new.csv, current lexicon", res["new"]["current"])
    print(f"  hits the current lexicon no longer reports: {res['new']['dropped']}")
    _print_precision("both samples, current lexicon", res["both_current"])
    for name in ("recall", "recall_heldout"):
        r = res[name]
        print(f"recall on {name}.csv, {r['n']} hand-listed evaluative expressions: {r['caught']} caught "
              f"({r['recall']:.3f}): {', '.join(r['caught_texts'])}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
