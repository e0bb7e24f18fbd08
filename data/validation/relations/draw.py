"""Draw the relation rows to judge (run from the repository root):

    python data/validation/relations/draw.py            # update sample.csv, keeping every judgement

Runs ``geolib.relations`` (default settings: quotes found per document, framing terms on) over
every Wikinews article of ``data/wikinews/`` and every PolNeAR train text. The whole output has
fewer rows than a sample of 120 would need (110 before the fix of December 2026), so the "draw"
is a census: every row is kept. When there are more than ``MAX_PER_CORPUS`` rows in a corpus,
``geolib.sample_hits`` draws that many with ``SEED`` (reproducible on any machine).

``sample.csv`` gets the rows of the current output that it does not hold yet (judgement columns
empty, ``in_before`` and ``in_after`` 0) and column ``in_cameo`` (the current stage: relation verbs
from the CAMEO dictionary, December 2026) is set to whether the current output holds each row.
``in_before`` / ``in_after``: the output before / after the first fix (reject verbs, negation),
kept as judged. Rows judged earlier are never changed or removed. With the CAMEO verbs the output
is 240 rows (polnear-train 200), so ``MAX_PER_CORPUS`` is 250: still a census.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

from corpora import CORPORA, documents  # noqa: E402

SEED = 17
MAX_PER_CORPUS = 250
KEY = ["corpus", "doc_id", "verb_start", "verb_end", "source", "target", "relation", "kind"]
COLUMNS = KEY[:2] + ["sentence", "verb", "verb_start", "verb_end", "relation", "code", "root", "kind",
                     "source", "source_text", "source_start", "source_end", "target", "target_text",
                     "target_start", "target_end", "in_before", "in_after", "in_cameo", "source_ok", "target_ok",
                     "verb_ok", "direction_ok", "note"]
JUDGED = ["source_ok", "target_ok", "verb_ok", "direction_ok", "note"]
SAMPLE = HERE / "sample.csv"


def current(docs=None) -> pd.DataFrame:
    """The relation rows geolib gives now, in the columns of ``sample.csv`` (no judgements)."""
    import warnings

    import geolib

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        r = geolib.relations(documents() if docs is None else docs)
    r = r.copy()
    r[["corpus", "doc_id"]] = r["doc_id"].str.split("|", n=1, expand=True)
    for c in ("source_start", "source_end"):
        r[c] = r[c].map(lambda v: "" if v is None or pd.isna(v) else str(int(v)))
    r["source_text"] = r["source_text"].fillna("")
    return r


def read_sample(path: Path = SAMPLE) -> pd.DataFrame:
    """The judged rows (every column as text)."""
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def key_of(df: pd.DataFrame) -> pd.Series:
    return df[KEY].astype(str).agg("\t".join, axis=1)


def main() -> int:
    import geolib

    now = current()
    parts = []
    for corpus in CORPORA:
        part = now[now["corpus"] == corpus].assign(start=lambda d: d["verb_start"],
                                                  end=lambda d: d["verb_end"])
        if len(part) > MAX_PER_CORPUS:
            part = geolib.sample_hits(part, per_frame=MAX_PER_CORPUS, by=None, seed=SEED)
        parts.append(part)
    drawn = pd.concat(parts, ignore_index=True).astype(str)
    old = read_sample() if SAMPLE.exists() else pd.DataFrame(columns=COLUMNS)
    new = drawn[~key_of(drawn).isin(set(key_of(old)))].assign(in_before="0" if len(old) else "1",
                                                               in_after="0" if len(old) else "1")
    for c in JUDGED:
        new[c] = ""
    out = pd.concat([old, new[[c for c in COLUMNS if c != "in_cameo"]]], ignore_index=True)
    out["in_cameo"] = key_of(out).isin(set(key_of(drawn))).map({True: "1", False: "0"})
    out = out[COLUMNS].sort_values(["corpus", "doc_id", "verb_start", "target_start"], kind="stable",
                                   key=lambda s: s.astype(int) if s.name != "corpus" and s.name != "doc_id" else s)
    out.to_csv(SAMPLE, index=False)
    print(f"{len(drawn)} rows now ({', '.join(f'{c} {int((drawn.corpus == c).sum())}' for c in CORPORA)}); "
          f"{len(new)} new to judge; {int((out.in_cameo == '0').sum())} judged rows no longer given")
    return 0


if __name__ == "__main__":
    sys.exit(main())
