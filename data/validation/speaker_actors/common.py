"""Shared by build.py and score.py: where the texts are, and short checks of spans.

Wikinews texts are rows of ``data/wikinews/*.csv`` (the doc_id ``geolib.read_corpus`` gives:
``wikinews_2019:12``); PolNeAR train texts are read in ``../shared/corpora/polnear-train/text``
(the doc_id is the file name without ``.txt``) and never copied here: for their spans the tables
keep a short checksum and the first and last word instead of the text.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SHARED = ROOT.parent / "shared" / "corpora"
POLNEAR = SHARED / "polnear-train" / "text"


def corpus_of(doc_id: str) -> str:
    """``wikinews`` or ``polnear-train``, from the form of the id."""
    return "wikinews" if re.fullmatch(r"wikinews_\d{4}:\d+", doc_id) else "polnear-train"


@lru_cache(maxsize=1)
def wikinews() -> dict[str, str]:
    import geolib

    return {d.doc_id: d.text for p in sorted((ROOT / "data" / "wikinews").glob("*.csv"))
            for d in geolib.read_corpus(p)}


def have_polnear() -> bool:
    return POLNEAR.is_dir()


@lru_cache(maxsize=256)
def text_of(doc_id: str) -> str:
    """The text of a document of either corpus (FileNotFoundError when ../shared is missing)."""
    if corpus_of(doc_id) == "wikinews":
        return wikinews()[doc_id]
    return (POLNEAR / f"{doc_id}.txt").read_text(encoding="utf-8")


def check(span: str) -> str:
    """A short check of a span without its text: first word, last word and 6 hex digits of its
    SHA-1 (``Graham…sense|1a2b3c``)."""
    words = span.split()
    first, last = (words[0], words[-1]) if words else ("", "")
    return f"{first}…{last}|{hashlib.sha1(span.encode('utf-8')).hexdigest()[:6]}"


def snippet(doc_id: str, span: str) -> str:
    """What a table stores of a span: its text for Wikinews, :func:`check` for PolNeAR."""
    return span if corpus_of(doc_id) == "wikinews" else check(span)
