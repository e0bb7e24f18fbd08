"""The texts of the validation corpora, read where they live (never copied here).

A Wikinews ``doc_id`` such as ``wikinews_2020:105`` is row 105 of ``data/wikinews/wikinews_2020.csv``
(the id ``geolib.read_corpus`` gives it); a PolNeAR id is the file name in
``../shared/corpora/polnear-train/text/`` without ``.txt``. Shared by the relations and tone sets.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[3]
WIKINEWS = ROOT / "data" / "wikinews"
POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear-train" / "text"
CORPORA = ("wikinews", "polnear-train")


@lru_cache(maxsize=4)
def _wikinews(name: str) -> pd.Series:
    return pd.read_csv(WIKINEWS / f"{name}.csv", dtype=str, keep_default_na=False)["text"]


def text_of(corpus: str, doc_id: str) -> str:
    """The text of one document of ``corpus`` (``wikinews`` or ``polnear-train``)."""
    if corpus == "wikinews":
        name, row = doc_id.split(":")
        return _wikinews(name)[int(row)]
    if corpus == "polnear-train":
        return (POLNEAR / f"{doc_id}.txt").read_text(encoding="utf-8")
    raise ValueError(f"unknown corpus {corpus!r}")


def documents(keys=None) -> list:
    """geolib Documents with doc_id ``corpus|doc_id``: every non-empty text of both corpora, or
    those of ``keys`` (pairs of corpus and doc_id)."""
    import geolib

    if keys is None:
        keys = []
        for path in sorted(WIKINEWS.glob("wikinews_*.csv")):
            keys += [("wikinews", f"{path.stem}:{i}") for i, t in enumerate(_wikinews(path.stem)) if t.strip()]
        keys += [("polnear-train", p.stem) for p in sorted(POLNEAR.glob("*.txt"))]
    return [geolib.Document(text_of(c, d), doc_id=f"{c}|{d}") for c, d in keys]
