"""Draw the hand-judged sample of generic-frame sentences (run once from the repository root).

    python data/validation/generic_frames/build.py

Body sentences of the 295 Wikinews articles in ``data/wikinews/`` with at least five words (map
legends and datelines left out), split into those with at least one indicator of
``geolib.generic_frames`` (condition met) and those without; 65 drawn from each with
``random_state=23`` and shuffled together, so that the judge does not see which is which. Writes
``sample.csv`` with empty judgement columns (it refuses to overwrite judgements).

``python data/validation/generic_frames/build.py supplement`` then adds (ids 131-170) 20 more
sentences from those the indicators put in the economic consequences frame and 20 from those
they put in morality (two frames the first draw had too few of), not drawn before, with the
same seed; ``part`` says which draw a row comes from.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SEED = 23
PER_STRATUM = 65
FRAME_COLUMNS = ["conflict", "responsibility", "human_interest", "economic", "morality"]


def wikinews_docs() -> list:
    import geolib

    return [d for name in ("wikinews_2019", "wikinews_2020")
            for d in geolib.read_corpus(ROOT / "data" / "wikinews" / f"{name}.csv")]


def sentences_with_strata(docs: list) -> pd.DataFrame:
    """Every body sentence of at least five words, with ``has_hit`` (an indicator found in it)."""
    import geolib

    hits = geolib.generic_frames(docs, unit="hit")
    with_hit = set(zip(hits["doc_id"], hits["sentence"]))
    rows = []
    for doc in docs:
        paras = doc.paragraph_spans
        for si, (a, b, p) in enumerate(doc.sentence_spans):
            text = doc.text[a:b]
            if paras[p][2] != "body" or "█" in text or len(text.split()) < 5:
                continue
            rows.append((doc.doc_id, si, a, b, text, (doc.doc_id, si) in with_hit))
    return pd.DataFrame(rows, columns=["doc_id", "sentence", "start", "end", "text", "has_hit"])


def draw(sents: pd.DataFrame) -> pd.DataFrame:
    parts = [sents[sents["has_hit"] == flag].sample(PER_STRATUM, random_state=SEED) for flag in (True, False)]
    sample = pd.concat(parts).sample(frac=1, random_state=SEED).reset_index(drop=True)
    sample.insert(0, "id", range(1, len(sample) + 1))
    return sample.drop(columns=["has_hit"])


SUPPLEMENT = {"economic consequences": 20, "morality": 20}


def supplement(sample: pd.DataFrame, docs: list) -> pd.DataFrame:
    """The supplementary rows: sentences the indicators put in a rare frame, not drawn before."""
    import geolib

    sents = sentences_with_strata(docs)
    said = geolib.generic_frames(docs, unit="sentence")
    taken = set(zip(sample["doc_id"], sample["start"]))
    parts = []
    for frame, n in SUPPLEMENT.items():
        keys = set(zip(said.loc[said["frame"] == frame, "doc_id"], said.loc[said["frame"] == frame, "start"]))
        pool = sents[[(d, a) in keys and (d, a) not in taken for d, a in zip(sents["doc_id"], sents["start"])]]
        got = pool.sample(n, random_state=SEED)
        taken |= set(zip(got["doc_id"], got["start"]))
        parts.append(got.assign(part=frame))
    extra = pd.concat(parts).sample(frac=1, random_state=SEED).reset_index(drop=True)
    extra.insert(0, "id", range(len(sample) + 1, len(sample) + len(extra) + 1))
    return extra.drop(columns=["has_hit"])


def main() -> int:
    out = HERE / "sample.csv"
    if sys.argv[1:] == ["supplement"]:
        sample = pd.read_csv(out, dtype={"doc_id": str}, keep_default_na=False)
        if "part" in sample.columns:
            print("the supplement is drawn already", file=sys.stderr)
            return 1
        sample.insert(1, "part", "main")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            extra = supplement(sample, wikinews_docs())
        for c in FRAME_COLUMNS + ["note"]:
            extra[c] = ""
        pd.concat([sample, extra[sample.columns]], ignore_index=True).to_csv(out, index=False)
        print(f"added {len(extra)} sentences to {out}")
        return 0
    if out.exists() and pd.read_csv(out)[FRAME_COLUMNS].notna().any().any():
        print(f"{out} holds judgements; not overwritten", file=sys.stderr)
        return 1
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sample = draw(sentences_with_strata(wikinews_docs()))
    for c in FRAME_COLUMNS:
        sample[c] = ""
    sample["note"] = ""
    sample.to_csv(out, index=False)
    print(f"wrote {len(sample)} sentences to {out}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
