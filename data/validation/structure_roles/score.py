"""Score geolib's paragraph roles against the hand-judged sample (sample.csv).

    python data/validation/structure_roles/score.py     # from the repository root

Prints, for ``transcript`` and ``boilerplate``, precision and recall with the role as geolib names
it (strict), and the share of paragraphs judged either role that geolib leaves out of the body
(any role but ``body``: a newsletter prompt labelled ``editor_note`` is left out too), on the whole
sample and on its Wikinews, invented and PolNeAR parts (the last read from ``../shared``, skipped
when it is absent); then the paragraphs geolib gets wrong.
"""

from __future__ import annotations

import csv
import sys
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

import geolib  # noqa: E402
from geolib.document import Document  # noqa: E402

ROLES = ("transcript", "boilerplate")
SHARED = ROOT.parent / "shared" / "corpora"  # PolNeAR texts: read there, never copied here


@lru_cache(maxsize=1)
def _wikinews() -> dict:
    return {d.doc_id: d for path in sorted((ROOT / "data" / "wikinews").glob("*.csv"))
            for d in geolib.read_corpus(path)}


def judged(sample: Path = HERE / "sample.csv") -> list[dict]:
    """The sample's rows with geolib's role (``got``) added; each row's text is checked."""
    out = []
    with open(sample, encoding="utf-8", newline="") as fh:
        for line, row in enumerate(csv.DictReader(fh), 2):
            if row["source"] == "wikinews":
                doc = _wikinews()[row["doc"]]
            else:
                doc = Document((HERE / "invented" / f"{row['doc']}.txt").read_text(encoding="utf-8"))
            s, e, role = doc.paragraph_spans[int(row["paragraph"])]
            if not doc.text[s:e].startswith(row["text"]):
                raise ValueError(f"{sample}, line {line}: paragraph {row['paragraph']} of "
                                 f"{row['doc']} does not start with {row['text']!r}")
            out.append({**row, "got": role})
    return out


def judged_polnear(sample: Path = HERE / "polnear.csv") -> list[dict]:
    """The PolNeAR rows (labels only: the articles stay in ``../shared``) with geolib's role;
    ``[]`` when ``../shared`` is absent."""
    out = []
    with open(sample, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            path = SHARED / row["corpus"] / "text" / row["file"]
            if not path.exists():
                return []
            doc = Document(path.read_text(encoding="utf-8"))
            out.append({**row, "source": "polnear", "doc": row["file"],
                        "got": doc.paragraph_spans[int(row["paragraph"])][2], "text": ""})
    return out


def _pr(rows: list[dict], gold: str, hit) -> dict:  # noqa: ANN001
    tp = sum(r["gold"] == gold and hit(r) for r in rows)
    fp = sum(r["gold"] != gold and hit(r) for r in rows)
    fn = sum(r["gold"] == gold and not hit(r) for r in rows)
    return {"n": tp + fn, "tp": tp, "fp": fp, "fn": fn,
            "precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall": tp / (tp + fn) if tp + fn else 1.0}


def score(sample: Path = HERE / "sample.csv", source: str | None = None) -> dict:
    """Precision and recall per role (strict), and of "left out of the body" for both roles."""
    rows = [r for r in judged(sample) + judged_polnear() if source in (None, r["source"])]
    out = {role: _pr(rows, role, lambda r, role=role: r["got"] == role) for role in ROLES}
    both = [r for r in rows if r["gold"] in ROLES]
    out["left out"] = {"n": len(both), "recall": sum(r["got"] != "body" for r in both) / max(len(both), 1)}
    return out


def main() -> None:
    for source in (None, "wikinews", "invented", "polnear"):
        got = score(source=source)
        print(f"== {source or 'all'}")
        for role, m in got.items():
            if role == "left out":
                print(f"  {role:12} n={m['n']:3}  recall {m['recall']:.3f} (of either role, any role but body)")
                continue
            print(f"  {role:12} n={m['n']:3}  precision {m['precision']:.3f} ({m['tp']}/{m['tp'] + m['fp']})"
                  f"  recall {m['recall']:.3f} ({m['tp']}/{m['tp'] + m['fn']})")
    print("== disagreements")
    for r in judged() + judged_polnear():
        if (r["gold"] in ROLES or r["got"] in ROLES) and r["gold"] != r["got"]:
            print(f"  {r['doc']} #{r['paragraph']}: gold {r['gold']}, geolib {r['got']}: {r['text'][:60]!r}")


if __name__ == "__main__":
    main()
