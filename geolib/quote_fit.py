"""Fit the ``confidence`` of quote speakers (``make fit``): count, on the PolNeAR training
articles only, how many speakers each rule finds per speaker_type and how many of them are right
(scored as :mod:`geolib.evaluation` scores), and write ``geolib/data/quote_confidence.csv``, which
:mod:`geolib.quotes.confidence` reads. Plain counting: no model, no extra dependency; the same
command on the same data writes the same file.

Command line: ``python -m geolib.quote_fit [TRAIN_DIR] [--out FILE]``.

Example:
    >>> counts = count_outcomes("../shared/corpora/polnear-train")   # doctest: +SKIP
    >>> counts.head(1).columns.tolist()                                # doctest: +SKIP
    ['rule', 'speaker_type', 'n', 'right']
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections import Counter
from pathlib import Path

import pandas as pd

from .decoding import GeolibWarning
from .document import Document
from .evaluation import EVAL_SETS, article_pairs, gold_units, read_brat, score_quotes
from .quotes.confidence import CONFIDENCE_COLUMNS, CONFIDENCE_FILE
from .quotes.table import doc_quotes
from .quotes.words import word_sets
from .resources import data_path

HEADER = """# Counts of the speakers found on the PolNeAR training articles, by the rule that found them and
# their speaker_type: n (speakers counted as the evaluation counts them) and right (those right).
# Written by make fit (python -m geolib.quote_fit); read by geolib.quotes.confidence, which gives
# (right + 1) / (n + 2) for a pair seen at least 20 times, else its rule's row (speaker_type *),
# else the row * *.
"""


def count_outcomes(folder: str | Path, *, rows_by_doc: dict[str, list[dict]] | None = None) -> pd.DataFrame:
    """(rule, speaker_type, n, right) over the articles of a brat folder, with a row per rule
    (speaker_type ``*``) and one for all (``*``, ``*``), most frequent first.

    ``rows_by_doc``, when given, receives each article's quote rows (doc_id -> the rows of
    :func:`geolib.quotes.table.doc_quotes`), so a caller can score the same rows again without
    running the extractor a second time."""
    wl = word_sets(None)
    n: Counter[tuple[str, str]] = Counter()
    right: Counter[tuple[str, str]] = Counter()
    for doc_id, txt, ann in article_pairs(Path(folder)):
        text = txt.read_text(encoding="utf-8")
        units = gold_units(text, read_brat(ann, doc_id=doc_id))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", GeolibWarning)
            rows = doc_quotes(Document(text, doc_id=doc_id), None, wl)
        if rows_by_doc is not None:
            rows_by_doc[doc_id] = rows
        outcomes: list[tuple[int, bool, bool]] = []
        score_quotes(pd.DataFrame(rows), units, text=text, outcomes=outcomes)
        for i, counted, ok in outcomes:
            if not counted:
                continue
            rule, typ = rows[i]["rule"], rows[i]["speaker_type"]
            for key in ((rule, typ), (rule, "*"), ("*", "*")):
                n[key] += 1
                right[key] += ok
    out = pd.DataFrame([(r, t, c, right[(r, t)]) for (r, t), c in n.items()], columns=list(CONFIDENCE_COLUMNS))
    return out.sort_values(["n", "rule", "speaker_type"], ascending=[False, True, True], kind="stable",
                           ignore_index=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m geolib.quote_fit", description=__doc__.split("\n")[0])
    ap.add_argument("train", nargs="?", default=str(EVAL_SETS["train"]), help="brat folder (default: %(default)s)")
    ap.add_argument("--out", default=str(data_path(CONFIDENCE_FILE)), help="file to write (default: %(default)s)")
    a = ap.parse_args(argv)
    if not Path(a.train).is_dir():
        print(f"training data not found at {a.train}; nothing written.")
        return 1
    counts = count_outcomes(a.train)
    Path(a.out).write_text(HEADER + counts.to_csv(index=False), encoding="utf-8")
    print(f"wrote {a.out}: {len(counts)} rows from {int(counts.loc[counts['rule'] == '*', 'n'].sum())} speakers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
