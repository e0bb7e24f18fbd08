"""Score geolib.tone on the hand-judged rows (run from the repository root):

    python data/validation/tone/score.py            # the numbers of README.md
    python data/validation/tone/score.py --windows  # and the same rows scored with other windows

Reads ``sample.csv`` (130 actor mentions with the words geolib scored around them, judged
negative, neutral or positive toward the actor: see ``GUIDELINES.md``). The sign of VADER's
compound score is read with VADER's own thresholds (``actor_tone`` uses them too): positive from
0.05, negative from -0.05, neutral between. Every mention span is checked against its text.

``score()`` returns the numbers as a dict; ``tests/test_tone_validation.py`` checks them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "relations"))
sys.path.insert(0, str(HERE.parents[2]))

from corpora import documents, text_of  # noqa: E402

CLASSES = ("negative", "neutral", "positive")


def sign(tone: float) -> str:
    """VADER's reading of a compound score: negative (<= -0.05), positive (>= 0.05), else neutral."""
    return "positive" if tone >= 0.05 else "negative" if tone <= -0.05 else "neutral"


def read() -> pd.DataFrame:
    """The judged rows, their mention spans checked against the texts."""
    df = pd.read_csv(HERE / "sample.csv", dtype={"doc_id": str}, keep_default_na=False)
    for i, r in df.iterrows():
        got = text_of(r["corpus"], r["doc_id"])[int(r["start"]):int(r["end"])]
        if got != r["text"]:
            raise ValueError(f"{HERE / 'sample.csv'}, line {i + 2}: {r['doc_id']} [{r['start']}:{r['end']}] "
                             f"is {got!r}, not {r['text']!r}")
        if r["judgement"] not in CLASSES:
            raise ValueError(f"{HERE / 'sample.csv'}, line {i + 2}: judgement must be one of {CLASSES}")
    return df


def agreement(judged: pd.Series, tone: pd.Series) -> dict:
    """Accuracy of the sign of ``tone`` against ``judged`` (Wilson 95% interval), and per class
    n (judged), predicted, precision and recall."""
    from geolib.validation import wilson_interval

    pred = tone.astype(float).map(sign)
    ok = int((pred.to_numpy() == judged.to_numpy()).sum())
    lo, hi = wilson_interval(ok, len(judged))
    out: dict = {"n": len(judged), "correct": ok, "accuracy": ok / len(judged), "low": lo, "high": hi}
    for c in CLASSES:
        tp = int(((pred.to_numpy() == c) & (judged.to_numpy() == c)).sum())
        npred, ngold = int((pred == c).sum()), int((judged == c).sum())
        out[c] = {"n": ngold, "predicted": npred, "correct": tp,
                  "precision": tp / npred if npred else float("nan"),
                  "recall": tp / ngold if ngold else float("nan")}
    return out


def score() -> dict:
    """Agreement of the stored (as drawn) scores, overall and by corpus."""
    s = read()
    res = agreement(s["judgement"], s["tone"])
    res["by_corpus"] = {c: agreement(g["judgement"], g["tone"]) for c, g in s.groupby("corpus")}
    return res


def rescore(window: int | None = 10) -> pd.Series:
    """geolib.tone's score now for each judged row, with another ``window`` (the same mention
    and voice; 0 when that voice has no word in the window)."""
    import warnings

    import geolib

    s = read()
    keys = sorted(set(zip(s["corpus"], s["doc_id"])))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t = geolib.tone(documents(keys), window=window)
    got = dict(zip(zip(t["doc_id"], t["start"], t["voice"]), t["tone"]))
    # a voice with no word left in a smaller window scores 0 (neutral)
    return pd.Series([float(got.get((f"{c}|{d}", int(st), v), 0.0)) for c, d, st, v in
                      zip(s["corpus"], s["doc_id"], s["start"], s["voice"])], index=s.index)


def main(argv: list[str]) -> int:
    res = score()
    print(f"sign agreement: {res['correct']}/{res['n']} = {res['accuracy']:.3f} "
          f"[{res['low']:.3f}, {res['high']:.3f}]")
    for c in CLASSES:
        r = res[c]
        print(f"  {c:8s} judged {r['n']:3d}, VADER {r['predicted']:3d}: precision {r['precision']:.3f}, "
              f"recall {r['recall']:.3f}")
    for c, r in res["by_corpus"].items():
        print(f"  {c:14s} {r['correct']}/{r['n']} = {r['accuracy']:.3f}")
    if "--windows" in argv:
        s = read()
        for w in (10, 5, 3, None):
            a = agreement(s["judgement"], rescore(w))
            print(f"  window={w}: {a['correct']}/{a['n']} = {a['accuracy']:.3f}; negative P "
                  f"{a['negative']['precision']:.3f} R {a['negative']['recall']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
