"""The reproducible choice of documents, quotes and sentences of this set (run from the repository root).

    python data/validation/speaker_actors/choose.py quotes      # the quote candidates, with context
    python data/validation/speaker_actors/choose.py sentences   # the sentences for mentions.csv

The choice uses only the texts (quotation marks, sentence boundaries by a simple rule), never
geolib's output, so that the set does not lean towards what geolib finds.

* Documents: Wikinews articles of ``data/wikinews/`` that are not in ``data/validation/
  wikinews_quotes/`` (those were used to develop quote attribution) and PolNeAR train texts
  (``../shared/corpora/polnear-train/text``), each with at least two quotation-marked stretches of
  four words or more; ``random.Random(SEED)`` shuffles each list and the first ``DOCS`` are taken.
* Quotes: in each chosen document, up to ``PER_DOC`` such stretches, drawn with the same generator
  and listed in reading order. A stretch that is no attributed quote (a title, a scare quote) is
  judged ``not a quote`` and left out of the scores.
* Sentences (mentions.csv): other documents of both corpora (the next ones of the shuffled lists),
  one sentence drawn per document.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SHARED = ROOT.parent / "shared" / "corpora"
SEED = 2312
DOCS = {"wikinews": 28, "polnear-train": 24}
PER_DOC = 4
SENT_DOCS = 120
QUOTE = re.compile(r'"[^"\n]{3,}?"|“[^”\n]{3,}?”')


def wikinews_docs() -> dict[str, str]:
    """doc_id (as ``geolib.read_corpus`` gives it: ``wikinews_2019:12``) -> text, without the
    articles of the wikinews_quotes set."""
    import geolib

    used = set(re.findall(r'https://en\.wikinews\.org/[^"\s]+',
                          (ROOT / "data/validation/wikinews_quotes/spec.py").read_text(encoding="utf-8")))
    out = {}
    for path in sorted((ROOT / "data" / "wikinews").glob("*.csv")):
        for d in geolib.read_corpus(path):
            if d.meta.get("url") not in used:
                out[d.doc_id] = d.text
    return out


def polnear_docs() -> dict[str, str]:
    """file name without .txt -> text of the PolNeAR train split (read in ``../shared``)."""
    folder = SHARED / "polnear-train" / "text"
    if not folder.is_dir():
        raise SystemExit(f"{folder} is missing: the PolNeAR part needs ../shared/corpora")
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}


def stretches(text: str) -> list[tuple[int, int]]:
    """Quotation-marked stretches of four words or more."""
    return [(m.start(), m.end()) for m in QUOTE.finditer(text) if len(m.group().split()) >= 4]


def chosen() -> dict[str, list[tuple[str, list[tuple[int, int]]]]]:
    """corpus -> [(doc_id, [quote stretches])] for the quotes, and the shuffled rest for sentences."""
    out = {}
    for corpus, docs in (("wikinews", wikinews_docs()), ("polnear-train", polnear_docs())):
        rng = random.Random(f"{SEED}-{corpus}")
        ids = sorted(docs)
        rng.shuffle(ids)
        picked, rest = [], []
        for doc_id in ids:
            st = stretches(docs[doc_id])
            if len(picked) < DOCS[corpus] and len(st) >= 2:
                take = sorted(rng.sample(st, min(PER_DOC, len(st))))
                picked.append((doc_id, take))
            elif len(picked) >= DOCS[corpus]:
                rest.append(doc_id)
        out[corpus] = picked
        out[corpus + ":rest"] = [(d, []) for d in rest[:SENT_DOCS]]
        out[corpus + ":texts"] = docs
    return out


SENT = re.compile(r"[^\n]+?(?:[.!?][\"”’)]?(?=\s)|$)")


def sentences(text: str) -> list[tuple[int, int]]:
    """Body-like sentences (a simple rule: ends at . ! ? before a space; at least eight words)."""
    out = []
    for m in SENT.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        if len(text[s:e].split()) >= 8:
            out.append((s, e))
    return out


def chosen_sentences() -> dict[str, list[tuple[str, int, int]]]:
    """corpus -> [(doc_id, start, end)]: one sentence of each of the next SENT_DOCS documents."""
    got = chosen()
    out = {}
    for corpus in ("wikinews", "polnear-train"):
        rng = random.Random(f"{SEED}-{corpus}-sentences")
        texts = got[corpus + ":texts"]
        rows = []
        for doc_id, _ in got[corpus + ":rest"]:
            sents = sentences(texts[doc_id])[1:]  # not the first line (a dateline or a title)
            if sents:
                s, e = rng.choice(sents)
                rows.append((doc_id, s, e))
        out[corpus] = rows
    return out


def print_stretches(got: dict, before: int, after: int) -> None:
    """Print each chosen stretch of ``got`` (as :func:`chosen` returns it) with ``before`` and
    ``after`` characters of context, for judging by hand."""
    for corpus in ("wikinews", "polnear-train"):
        texts = got[corpus + ":texts"]
        for doc_id, sts in got[corpus]:
            text = texts[doc_id]
            print(f"\n######## {corpus} {doc_id}")
            for s, e in sts:
                ctx = text[max(0, s - before):s].replace("\n", " / ")
                tail = text[e:e + after].replace("\n", " / ")
                print(f"--- Q {s} {e}\n  ...{ctx}[[{text[s:e]}]]{tail}")


def main(what: str) -> None:
    if what == "quotes":
        print_stretches(chosen(), 350, 150)
    else:
        got = chosen_sentences()
        texts = chosen()
        for corpus, rows in got.items():
            t = texts[corpus + ":texts"]
            for doc_id, s, e in rows:
                print(f"\n## {corpus} {doc_id} {s} {e}\n{t[doc_id][s:e]}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "quotes")
