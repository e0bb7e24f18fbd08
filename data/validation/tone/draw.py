"""Draw the tone rows to judge (run from the repository root):

    python data/validation/tone/draw.py      # writes sample.csv with empty judgements (never over judged rows)

Runs ``geolib.tone`` (default settings: window of 10 words, body paragraphs, quotes found per
document) over every Wikinews article of ``data/wikinews/`` and every PolNeAR train text, keeps
the rows with at least one word in scope, and draws ``PER_CORPUS`` rows of each corpus with
``geolib.sample_hits`` (seed ``SEED``: the same rows on any machine). The stored window is the
first and last character of the words in scope (``window_start``, ``window_end``); for PolNeAR only
offsets and the mention itself are stored.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "relations"))
sys.path.insert(0, str(HERE.parents[2]))

from corpora import documents  # noqa: E402

SEED = 23
PER_CORPUS = 65
SAMPLE = HERE / "sample.csv"
COLUMNS = ["corpus", "doc_id", "start", "end", "text", "actor", "sentence", "voice", "n_words",
           "window_start", "window_end", "tone", "scored", "judgement", "note"]


def scope(doc, row, window: int | None = 10) -> tuple[int, int]:
    """The first and last character of the words a tone row scores (its sentence, ``window`` words
    either side of the mention)."""
    spans = doc.token_spans
    s0, s1, _ = doc.sentence_spans[int(row["sentence"])]
    words = [(s, e) for s, e, kind, _ in spans if kind == "word" and s0 <= s < s1]
    before = [w for w in words if w[1] <= int(row["start"])]
    after = [w for w in words if w[0] >= int(row["end"])]
    if window is not None:
        before, after = before[-window:] if window else [], after[:window]
    chosen = before + after
    return (chosen[0][0], chosen[-1][1]) if chosen else (int(row["start"]), int(row["end"]))


def main() -> int:
    import geolib

    if SAMPLE.exists():
        print(f"{SAMPLE} exists (judged): not overwritten")
        return 1
    docs = documents()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t = geolib.tone(docs)
    t = t[t["n_words"] > 0].copy()
    t[["corpus", "doc"]] = t["doc_id"].str.split("|", n=1, expand=True)
    s = geolib.sample_hits(t, per_frame=PER_CORPUS, by="corpus", seed=SEED)
    by_id = {d.doc_id: d for d in docs}
    win = [scope(by_id[r["doc_id"]], r) for _, r in s.iterrows()]
    s["window_start"], s["window_end"] = [a for a, _ in win], [b for _, b in win]
    s["scored"] = s["scored"].map(lambda sc: "; ".join(f"{w} {v:+g}" for _, _, w, v in sc))
    s["doc_id"] = s["doc"]
    s["judgement"], s["note"] = "", ""
    s[COLUMNS].to_csv(SAMPLE, index=False)
    print(f"{len(s)} rows drawn of {len(t)} ({s.attrs['population']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
