"""Score geolib.relations on the hand-judged rows (run from the repository root):

    python data/validation/relations/score.py           # the numbers of README.md
    python data/validation/relations/score.py --check   # and check that in_cameo is today's output

Reads ``sample.csv`` (every row geolib gave at three stages of December 2026, judged by hand: see
``GUIDELINES.md``: ``in_before`` / ``in_after`` the first fix, ``in_cameo`` the relation verbs
from the CAMEO dictionary, today's output) and ``recall.csv`` (26 relations found by reading Wikinews). Every
stored span is checked against its text, read from where it lives (never copied here).

``score()`` returns the numbers as a dict; ``tests/test_relations_validation.py`` checks them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

from corpora import documents, text_of  # noqa: E402

PARTS = ["source_ok", "target_ok", "verb_ok", "direction_ok"]


def read(name: str) -> pd.DataFrame:
    """A table of this folder, every column as text, its spans checked against the texts."""
    df = pd.read_csv(HERE / name, dtype=str, keep_default_na=False)
    pairs = ([("verb_start", "verb_end", "verb"), ("target_start", "target_end", "target_text"),
              ("source_start", "source_end", "source_text")] if name == "sample.csv"
             else [("start", "end", "text")])
    for i, r in df.iterrows():
        text = text_of(r["corpus"], r["doc_id"])
        for s, e, t in pairs:
            if r[s] and text[int(r[s]):int(r[e])] != r[t]:
                raise ValueError(f"{HERE / name}, line {i + 2}: {r['doc_id']} [{r[s]}:{r[e]}] is "
                                 f"{text[int(r[s]):int(r[e])]!r}, not {r[t]!r}")
    if name == "sample.csv":
        bad = df[~df[PARTS].isin(["y", "n"]).all(axis=1)]
        if len(bad):
            raise ValueError(f"{HERE / name}, line {bad.index[0] + 2}: every judgement must be y or n")
    return df


def precision(rows: pd.DataFrame) -> dict:
    """n, and for the whole triple and each part: correct, precision, Wilson 95% interval."""
    from geolib.validation import wilson_interval

    ok = rows[PARTS] == "y"
    out: dict = {"n": len(rows)}
    for name, col in [("triple", ok.all(axis=1))] + [(p[:-3], ok[p]) for p in PARTS]:
        k = int(col.sum())
        lo, hi = wilson_interval(k, len(rows))
        out[name] = {"correct": k, "precision": k / len(rows) if len(rows) else float("nan"),
                     "low": lo, "high": hi}
    return out


def matches(names: str, actor: str) -> bool:
    return any(n.strip().lower() in str(actor).lower() for n in names.split(";") if n.strip())


def recall(rel: pd.DataFrame | None = None) -> dict:
    """The hand-found relations that geolib.relations finds now: a row in the same sentence whose
    source and target are the listed actors (``found``), and of the same relation (``same``)."""
    import warnings

    import geolib

    rc = read("recall.csv")
    keys = sorted(set(zip(rc["corpus"], rc["doc_id"])))
    docs = {f"{c}|{d}": doc for (c, d), doc in zip(keys, documents(keys))}
    if rel is None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            rel = geolib.relations(list(docs.values()))
    found, same = [], []
    for r in rc.itertuples(index=False):
        doc = docs[f"{r.corpus}|{r.doc_id}"]
        si = next(i for i, (s, e, _) in enumerate(doc.sentence_spans) if s <= int(r.start) < e)
        rows = rel[(rel["doc_id"] == doc.doc_id) & (rel["sentence"] == si)]
        ok = [matches(r.source, s) and matches(r.target, t) for s, t in zip(rows["source"], rows["target"])]
        hit = rows.loc[pd.Series(ok, index=rows.index, dtype=bool)]
        found.append(len(hit) > 0)
        same.append(bool((hit["relation"] == r.relation).any()))
    n = len(rc)
    return {"n": n, "found": sum(found), "same_relation": sum(same),
            "recall": sum(found) / n if n else float("nan"),
            "found_texts": [f"{d} {t}" for d, t, f in zip(rc["doc_id"], rc["text"], found) if f]}


def score(with_recall: bool = True) -> dict:
    """Precision at each stage (all rows, by corpus and by relation; ``cameo_new``: the rows the
    CAMEO verbs add), and recall."""
    s = read("sample.csv")
    res: dict = {}
    s = s.assign(cameo_new=((s["in_after"] == "0") & (s["in_cameo"] == "1")).map({True: "1", False: "0"}))
    for label, col in (("before", "in_before"), ("after", "in_after"), ("cameo", "in_cameo"),
                       ("cameo_new", "cameo_new")):
        rows = s[s[col] == "1"]
        res[label] = precision(rows)
        res[label]["by_corpus"] = {c: precision(g) for c, g in rows.groupby("corpus")}
        res[label]["by_relation"] = {c: precision(g) for c, g in rows.groupby("relation")}
    res["judged"] = len(s)
    res["dropped"] = int(((s["in_before"] == "1") & (s["in_after"] == "0")).sum())
    res["added"] = int(((s["in_before"] == "0") & (s["in_after"] == "1")).sum())
    res["cameo_dropped"] = int(((s["in_after"] == "1") & (s["in_cameo"] == "0")).sum())
    res["cameo_added"] = int(((s["in_after"] == "0") & (s["in_cameo"] == "1")).sum())
    if with_recall:
        res["recall"] = recall()
    return res


def check(keys=None) -> list[str]:
    """The differences between ``in_after`` and what geolib.relations gives now (on the documents
    of ``keys``, pairs of corpus and doc_id; default: both corpora, about 30 s)."""
    from draw import current, key_of

    s = read("sample.csv")
    now = current(None if keys is None else documents(keys))
    if keys is not None:
        s = s[[(c, d) in set(keys) for c, d in zip(s["corpus"], s["doc_id"])]]
    want = set(key_of(s[s["in_cameo"] == "1"]))
    got = set(key_of(now.astype(str)))
    return sorted(f"not judged: {k}" for k in got - want) + sorted(f"no longer given: {k}" for k in want - got)


def _fmt(p: dict) -> str:
    return f"{p['correct']}/{{n}} = {p['precision']:.3f} [{p['low']:.3f}, {p['high']:.3f}]"


def main(argv: list[str]) -> int:
    res = score()
    for label in ("before", "after", "cameo", "cameo_new"):
        r = res[label]
        print(f"{label}: {r['n']} rows")
        for part in ("triple", "source", "target", "verb", "direction"):
            print(f"  {part:9s} {_fmt(r[part]).format(n=r['n'])}")
        for c, p in r["by_corpus"].items():
            print(f"  {c:14s} triple {_fmt(p['triple']).format(n=p['n'])}")
    print(f"judged rows {res['judged']}; the fix dropped {res['dropped']} and added {res['added']}; "
          f"the CAMEO verbs dropped {res['cameo_dropped']} and added {res['cameo_added']}")
    rc = res["recall"]
    print(f"recall: {rc['found']}/{rc['n']} = {rc['recall']:.3f} found (source and target right), "
          f"{rc['same_relation']} with the same relation")
    if "--check" in argv:
        diff = check()
        print("in_cameo is today's output" if not diff else "\n".join(diff))
        return 1 if diff else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
