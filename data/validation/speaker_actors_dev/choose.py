"""The reproducible choice of this development sample (run from the repository root; needs ../shared).

    python data/validation/speaker_actors_dev/choose.py     # the quote candidates, with context

Documents of ``data/wikinews/`` and the PolNeAR train split that are in neither
``data/validation/speaker_actors/`` nor ``data/validation/wikinews_quotes/``, shuffled with
``random.Random("s27-orgs-<corpus>")``. The sample leans towards organisations on purpose: a
quotation-marked stretch of four words or more is a candidate when the 250 characters around it
hold a word of ``CUE`` (a company, NGO, university, spokesperson, outlet ...); up to ``PER_DOC``
candidates of each document, drawn with the same generator, until ``QUOTES`` per corpus.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHECK = HERE.parent / "speaker_actors"
sys.path.insert(0, str(CHECK))
sys.path.insert(0, str(HERE.parents[2]))

from choose import polnear_docs, print_stretches, stretches, wikinews_docs  # noqa: E402  (the check set's, same texts)

SEED = "s27-orgs"
QUOTES = 37  # 22 in session 27; session 28 grew the sample (the same documents first, then the next ones)
PER_DOC = 2
CUE = re.compile(r"\b(?:[Ss]pokes(?:man|woman|person)|[Pp]rofessor|[Uu]niversity|[Ii]nstitute|[Dd]irector|"
                 r"[Cc]hief [Ee]xecutive|CEO|[Cc]hairman|[Rr]esearcher|[Aa]nalyst|[Uu]nion|[Ff]oundation|"
                 r"[Cc]ompany|Inc\.|Corp\.|[Ff]irm|[Cc]enter|[Cc]entre|[Hh]ospital|[Tt]old|[Ww]rites|[Ww]rote|"
                 r"[Gg]roup|[Aa]ssociation|[Cc]ouncil|[Ss]chool|[Nn]ewspaper|[Pp]resident of)\b")


def used() -> set[str]:
    """doc ids of the check set."""
    import csv

    with open(CHECK / "speakers.csv", encoding="utf-8") as fh:
        return {r["doc_id"] for r in csv.DictReader(fh)}


def chosen() -> dict[str, list[tuple[str, list[tuple[int, int]]]]]:
    out = {}
    skip = used()
    for corpus, docs in (("wikinews", wikinews_docs()), ("polnear-train", polnear_docs())):
        rng = random.Random(f"{SEED}-{corpus}")
        ids = sorted(d for d in docs if d not in skip)
        rng.shuffle(ids)
        picked, n = [], 0
        for doc_id in ids:
            if n >= QUOTES:
                break
            text = docs[doc_id]
            st = [(s, e) for s, e in stretches(text) if CUE.search(text[max(0, s - 250):e + 250])]
            if not st:
                continue
            take = sorted(rng.sample(st, min(PER_DOC, len(st), QUOTES - n)))
            picked.append((doc_id, take))
            n += len(take)
        out[corpus] = picked
        out[corpus + ":texts"] = docs
    return out


def main() -> None:
    print_stretches(chosen(), 400, 200)

if __name__ == "__main__":
    main()
