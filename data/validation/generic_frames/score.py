"""Score geolib's generic-frame indicators on the hand-judged sentences (run from the repository root).

    python data/validation/generic_frames/score.py

Reads ``sample.csv`` (the judged sentences) and the Wikinews texts in ``data/wikinews/``, checks
that every stored span is the stored sentence, runs ``geolib.generic_frames(..., unit="sentence")``
on the sample's articles and prints, for each frame, precision and recall of "the indicators say
yes" against the judgement, on the sample as drawn and weighted back to all eligible sentences
(the sample holds half sentences with an indicator and half without, far more of the former than
the corpus has), and precision pooled with the supplement (sentences drawn from those the
indicators put in economic consequences or morality; see ``build.py``). ``score()`` returns the numbers, ``markdown()`` the table of the README
(tests/test_generic_frames.py checks that the README shows what ``markdown()`` gives).
"""

from __future__ import annotations

import sys
import warnings
from functools import lru_cache
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
FRAMES = {"conflict": "conflict", "responsibility": "responsibility", "human_interest": "human interest",
          "economic": "economic consequences", "morality": "morality"}


def _build():
    import importlib.util

    spec = importlib.util.spec_from_file_location("generic_frames_build", HERE / "build.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@lru_cache(maxsize=1)
def _docs() -> dict:
    return {d.doc_id: d for d in _build().wikinews_docs()}


def read_sample() -> pd.DataFrame:
    """The judged sentences, every span checked against its text (an error names the row)."""
    s = pd.read_csv(HERE / "sample.csv", dtype={"doc_id": str}, keep_default_na=False)
    docs = _docs()
    for i, r in s.iterrows():
        got = docs[r["doc_id"]].text[int(r["start"]):int(r["end"])]
        if got != r["text"]:
            raise ValueError(f"sample.csv, row {i + 2}: {r['doc_id']} [{r['start']}:{r['end']}] is {got!r}")
        for c in FRAMES:
            if str(r[c]) not in ("0", "1"):
                raise ValueError(f"sample.csv, row {i + 2}: {c} must be 0 or 1, not {r[c]!r}")
    return s


def score() -> dict:
    """Per frame: n judged yes, n said yes, true positives, precision and recall (as drawn and
    weighted to the corpus), and precision pooled with the frame's supplement."""
    import geolib

    s = read_sample()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        docs = [_docs()[d] for d in dict.fromkeys(s["doc_id"])]
        said = geolib.generic_frames(docs, unit="sentence")
        strata = _build().sentences_with_strata(list(_docs().values()))
    parts = s["part"] if "part" in s.columns else pd.Series("main", index=s.index)
    main = s[parts == "main"].copy()
    hit = set(zip(strata.loc[strata["has_hit"], "doc_id"], strata.loc[strata["has_hit"], "start"]))
    main["stratum"] = [(d, int(a)) in hit for d, a in zip(main["doc_id"], main["start"])]
    # weight of a sentence: how many eligible sentences of its stratum it stands for
    size = strata["has_hit"].value_counts()
    drawn = main["stratum"].value_counts()
    main["weight"] = main["stratum"].map(lambda h: size[h] / drawn[h]).astype(float)
    plain = geolib.sentence_frame_scores(main, said, columns=FRAMES).set_index("frame")
    weighted = geolib.sentence_frame_scores(main, said, columns=FRAMES, weight="weight").set_index("frame")
    yes = set(zip(said["doc_id"], said["start"], said["end"], said["frame"]))
    out = {"n": len(main), "with_indicator": int(main["stratum"].sum()), "eligible": int(len(strata)),
           "eligible_with_indicator": int(strata["has_hit"].sum()), "frames": {}}
    for col, frame in FRAMES.items():
        p = plain.loc[frame]
        # precision pooled: the judged sentences the indicators put in the frame, of the main draw
        # and of the frame's own supplement (another frame's supplement is no random draw of these)
        fs = pd.Series([(d, int(a), int(b), frame) in yes for d, a, b in zip(s["doc_id"], s["start"], s["end"])],
                       index=s.index)
        pooled = s[fs & parts.isin(["main", frame])]
        out["frames"][frame] = {
            "judged_yes": int(p["judged_yes"]), "said_yes": int(p["said_yes"]), "true_positives": int(p["both"]),
            "sample": {"precision": p["precision"], "recall": p["recall"]},
            "weighted": {"precision": weighted.loc[frame, "precision"], "recall": weighted.loc[frame, "recall"]},
            "pooled": {"n": len(pooled), "correct": int(pooled[col].astype(int).sum()),
                       "precision": pooled[col].astype(int).mean() if len(pooled) else float("nan")}}
    return out


def markdown(res: dict | None = None) -> str:
    """The results table of the README."""
    res = score() if res is None else res
    f = lambda x: "–" if x != x else f"{x:.2f}"  # noqa: E731 (nan: no case)
    lines = ["| frame | judged yes | indicators yes | both | precision | recall | weighted recall "
             "| precision with the supplement |",
             "|---|---|---|---|---|---|---|---|"]
    for frame, r in res["frames"].items():
        lines.append(f"| {frame} | {r['judged_yes']} | {r['said_yes']} | {r['true_positives']} | "
                     f"{f(r['sample']['precision'])} | {f(r['sample']['recall'])} | "
                     f"{f(r['weighted']['recall'])} | {r['pooled']['correct']}/{r['pooled']['n']} = "
                     f"{f(r['pooled']['precision'])} |")
    return "\n".join(lines)


def main() -> int:
    res = score()
    print(f"{res['n']} judged sentences ({res['with_indicator']} with an indicator), of "
          f"{res['eligible']:,} eligible ({res['eligible_with_indicator']:,} with an indicator)")
    print(markdown(res))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
