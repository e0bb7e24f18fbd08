"""Same results before and after a speed change: save every table, then compare.

    python benchmarks/equivalence.py save    # before the change: writes benchmarks/.cache/equivalence.pkl
    python benchmarks/equivalence.py check   # after it: every table equal, or the differences

The texts: the Wikinews corpus, the seed article, the PolNeAR development texts (read from
``../shared``, never copied) and a few odd texts (quotes without a close, shouting headlines,
hyphenated names, abbreviations). The tables: paragraphs, sentences and tokens of every document,
``actors`` (body and every part), ``candidate_actors``, ``quotes`` (body and every part),
``frames`` and the whole ``analyze`` pipeline, batch by batch as the pipeline runs them.
"""

from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

import geolib  # noqa: E402

SHARED = ROOT.parent / "shared"
STORE = HERE / ".cache" / "equivalence.pkl"
ODD = [
    "CHINA SLAMS NATO\n\nBEIJING (Reuters) -- China on Tuesday said the U.S.-led alliance had a \"Cold "
    "War mentality. It must stop,\" said Wang Wenbin, a spokesman.\n\n\"We object,\" he added. "
    "\"Unclosed quote runs to the end",
    "Sino-Russian ties and China-Russia trade grew; Moscow-based analysts and U.S. officials, "
    "Mr. Biden's aides, said so. Sen. J. Smith Jr. didn't agree: 'it's a sham', he said.",
    "The European Union's foreign-policy chief — Josep Borrell — told reporters: «Nous verrons». "
    "The EU’s dual-use export rules, he said, are “not enough”.\n\n— Credit: AP Photo",
]


def texts() -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for path in sorted((SHARED / "corpora" / "wikinews").glob("*.csv")):
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
        rows += [(f"wn:{path.stem}:{i}", t) for i, t in enumerate(df["text"]) if t.strip()]
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        rows.append((f"seed:{path.stem}", path.read_text(encoding="utf-8")))
    for path in sorted((SHARED / "corpora" / "polnear-dev" / "text").glob("*.txt")):
        rows.append((f"pn:{path.stem}", path.read_text(encoding="utf-8")))
    rows += [(f"odd:{i}", t) for i, t in enumerate(ODD)]
    return rows


def tables() -> dict[str, pd.DataFrame]:
    rows = texts()
    out: dict[str, list[pd.DataFrame]] = {}

    def add(name: str, df: pd.DataFrame) -> None:
        out.setdefault(name, []).append(df)

    t0 = time.perf_counter()
    for doc_id, text in rows:
        doc = geolib.Document(text, doc_id=doc_id)
        add("paragraphs", doc.paragraphs)
        add("sentences", doc.sentences)
        add("tokens", doc.tokens)
        add("actors_body", geolib.actors(doc))
        add("actors_all", geolib.actors(geolib.Document(text, doc_id=doc_id), roles=None, places=True))
        add("quotes_all", geolib.quotes(geolib.Document(text, doc_id=doc_id), roles=None))
        add("quotes_body", geolib.quotes(doc))
        add("frames", geolib.frames(doc))
    add("candidate_actors", geolib.candidate_actors([t for _, t in rows[:60]]))
    res = geolib.analyze(pd.DataFrame(rows, columns=["doc_id", "text"]), progress=False, batch_size=50)
    for name in res:
        add(f"analyze_{name}", res[name])
    print(f"{len(rows)} texts, {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return {k: pd.concat(v, ignore_index=True) for k, v in out.items()}


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in ("save", "check"):
        print(__doc__, file=sys.stderr)
        return 2
    got = tables()
    if argv[0] == "save":
        STORE.parent.mkdir(parents=True, exist_ok=True)
        STORE.write_bytes(pickle.dumps(got))
        print(f"saved {len(got)} tables to {STORE}: " + ", ".join(f"{k} {len(v)}" for k, v in got.items()))
        return 0
    want = pickle.loads(STORE.read_bytes())
    bad = 0
    for name in sorted(set(want) | set(got)):
        if name not in got or name not in want:
            print(f"{name}: only in {'saved' if name in want else 'new'} results")
            bad += 1
            continue
        try:
            pd.testing.assert_frame_equal(got[name], want[name], check_like=False)
        except AssertionError as err:
            bad += 1
            print(f"{name}: DIFFERENT ({len(want[name])} rows saved, {len(got[name])} now)\n  "
                  + str(err).replace("\n", "\n  ")[:1500])
            cols = [c for c in want[name].columns if c in got[name].columns]
            merged = want[name][cols].astype(str).merge(got[name][cols].astype(str), how="outer",
                                                        indicator=True)
            diff = merged[merged["_merge"] != "both"]
            print("  rows only in one side (first 10):\n  "
                  + diff.head(10).to_string().replace("\n", "\n  "))
        else:
            print(f"{name}: same ({len(got[name])} rows)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
