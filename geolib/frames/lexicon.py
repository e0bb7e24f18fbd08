"""The framing lexicon: read, checked and merged with a user's (``geolib/data/frames.csv``).

See :mod:`geolib.frames` for the columns and layers. Every error names the file and line.

Example:
    >>> lex = load_frame_lexicon()
    >>> sorted(set(lex["layer"])) == sorted(LAYERS)
    True
"""

from __future__ import annotations

import os
import re
import warnings
from functools import lru_cache
from typing import Union

import pandas as pd

from ..decoding import GeolibWarning
from ..lexicons import Table, read_table
from ..resources import data_path
from ..text import normalize, token_spans
from .keys import word_keys

__all__ = ["DIMENSIONS", "LEXICON_COLUMNS", "LAYERS", "LexiconSource", "load_frame_lexicon",
           "shipped_lexicon", "stopwords_only", "term_patterns", "term_words"]

DIMENSIONS = (
    "Economic", "Capacity and resources", "Morality", "Fairness and equality",
    "Legality, constitutionality and jurisprudence", "Policy prescription and evaluation",
    "Crime and punishment", "Security and defense", "Health and safety", "Quality of life",
    "Cultural identity", "Public opinion", "Political", "External regulation and reputation", "Other",
)
_DIM_LOOKUP = {" ".join(d.lower().split()): d for d in DIMENSIONS}

LEXICON_COLUMNS = ["term", "frame", "dimension", "match", "layer", "source", "line"]
#: the layers of the lexicon (see :mod:`geolib.frames`); ``guard`` rows are never reported
LAYERS = ("framing", "topic", "guard")

LexiconSource = Union[str, os.PathLike, pd.DataFrame, None]


def _read_lexicon_rows(source: LexiconSource, name: str) -> Table:
    """A frame lexicon as read (see :func:`geolib.lexicons.read_table`)."""
    return read_table(source, kind="frame lexicon", required=("term", "frame"),
                      columns=("term", "frame", "dimension", "match", "layer"), entry=("term", "terms"),
                      name=name)


def term_words(term: str) -> list[list[str]]:
    """Normalised words of a term, each split into its hyphen parts."""
    words = []
    for s, e, kind in token_spans(term):
        if kind == "quote":
            continue
        words.append([p for p in re.split(r"[-‐‑]", normalize(term[s:e])) if p])
    return [w for w in words if w]


@lru_cache(maxsize=262_144)
def term_patterns(term: str, exact: bool) -> tuple[tuple[str, ...], ...]:
    """The key sequences of a term: its own, and its closed form when it has a hyphen."""
    words = term_words(term)
    if not words:
        return ()
    idx = 1 if exact else 0
    main = tuple(word_keys(p)[idx] for w in words for p in w)
    out = [main]
    if any(len(w) > 1 for w in words):
        closed = tuple(word_keys("".join(w))[idx] for w in words)
        if closed != main:
            out.append(closed)
    return tuple(out)


def stopwords_only(term: str) -> bool:
    """Whether every word of a term is a stop word ("the", "of the"); punctuation is ignored.

    Example:
        >>> stopwords_only("of the"), stopwords_only("war of words")
        (True, False)
    """
    from ..text import stopwords

    words = [normalize(term[s:e]) for s, e, kind in token_spans(term) if kind not in ("punct", "quote")]
    return bool(words) and all(w in stopwords() for w in words)


def _validate(table: Table, source: str, *, allow_remove: bool) -> pd.DataFrame:
    recs = []
    seen: dict[tuple, tuple[str, str]] = {}
    for i, rec in enumerate(table.records()):
        where, label = table.where(i), table.label(i)
        term = " ".join(rec.get("term", "").split())
        frame = " ".join(rec.get("frame", "").split())
        dim_raw = " ".join(rec.get("dimension", "").split())
        match = rec.get("match", "").strip().lower() or "stem"
        layer = rec.get("layer", "").strip().lower() or "framing"
        if not term:
            raise ValueError(f"{where}: the term is empty")
        if not frame:
            raise ValueError(f"{where}: term {term!r} has no frame")
        if match not in ("stem", "exact"):
            raise ValueError(f"{where}: match must be 'stem' or 'exact', not {match!r}")
        if layer not in LAYERS:
            raise ValueError(f"{where}: layer must be one of {', '.join(LAYERS)}, not {layer!r}")
        if not term_patterns(term, match == "exact") or not any(c.isalnum() for c in term):
            raise ValueError(f"{where}: term {term!r} has no letter or digit (a term is literal "
                             "text, not a pattern; it would match punctuation)")
        if stopwords_only(term):
            raise ValueError(f"{where}: term {term!r} is only stop words (it would match every "
                             f"{term.lower()!r}); give the words that carry the frame")
        if frame == "-":
            if not allow_remove:
                raise ValueError(f"{where}: frame '-' (remove a term) is only allowed in a user lexicon")
            dim = ""
        elif layer == "guard" and not dim_raw:
            dim = ""
        else:
            dim = _DIM_LOOKUP.get(dim_raw.lower())
            if dim is None:
                raise ValueError(f"{where}: unknown dimension {dim_raw!r} for term {term!r}; use one of "
                                 + "; ".join(DIMENSIONS))
        key = (term_patterns(term, match == "exact")[0], match)
        if key in seen:
            prev_where, prev_frame = seen[key]
            if prev_frame != frame:
                raise ValueError(f"{where}: term {term!r} is already listed at {prev_where} with frame "
                                 f"{prev_frame!r}; one term, one frame")
            warnings.warn(f"{where}: duplicate of {prev_where}; ignored", GeolibWarning, stacklevel=4)
            continue
        seen[key] = (label, frame)
        recs.append({"term": term, "frame": frame, "dimension": dim, "match": match, "layer": layer,
                     "source": source, "line": label})
    return pd.DataFrame(recs, columns=LEXICON_COLUMNS)


@lru_cache(maxsize=4)
def shipped_lexicon() -> pd.DataFrame:
    return _validate(_read_lexicon_rows(data_path("frames.csv"), "frames.csv"), "shipped",
                     allow_remove=False)


def load_frame_lexicon(path_or_df: LexiconSource = None, *, user: LexiconSource = None
                       ) -> pd.DataFrame:
    """Load and check a framing lexicon (the shipped one by default), optionally with a user lexicon.

    Args:
        path_or_df: a CSV path or a DataFrame with columns term, frame, dimension (match optional);
            ``None`` for ``geolib/data/frames.csv``.
        user: a second lexicon (path or DataFrame) whose rows add to or replace rows of the first
            with the same term; a row whose frame is ``-`` removes that term.

    Returns:
        DataFrame term, frame, dimension, match, source, line. Errors name the file and line.

    Example:
        >>> lex = load_frame_lexicon()
        >>> lex.set_index("term").loc["zero-sum game", "dimension"]
        'External regulation and reputation'
        >>> extra = pd.DataFrame({"term": ["iron fist"], "frame": ["repression"],
        ...                       "dimension": ["Fairness and equality"]})
        >>> "iron fist" in set(load_frame_lexicon(user=extra)["term"])
        True
    """
    if path_or_df is None:
        base = shipped_lexicon().copy()
    else:
        base = _validate(_read_lexicon_rows(path_or_df, "DataFrame"), "lexicon", allow_remove=False)
    if user is None:
        return base.reset_index(drop=True)
    extra = _validate(_read_lexicon_rows(user, "(user) DataFrame"), "user", allow_remove=True)
    ukeys = {(term_patterns(t, m == "exact")[0], m) for t, m in zip(extra["term"], extra["match"])}
    keep = [(term_patterns(t, m == "exact")[0], m) not in ukeys for t, m in zip(base["term"], base["match"])]
    out = pd.concat([base[keep], extra[extra["frame"] != "-"]], ignore_index=True)
    return out.reset_index(drop=True)
