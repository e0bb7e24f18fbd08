"""The ``confidence`` of a quote's speaker: the share of speakers found the same way (the rule that
found it and the speaker type) that were right on the PolNeAR training articles, smoothed
((right + 1) / (n + 2)). The counts ship in ``geolib/data/quote_confidence.csv``; ``make fit``
(:mod:`geolib.quote_fit`) counts them again from ``../shared/corpora/polnear-train``.

A pair seen fewer than ``MIN_COUNT`` times falls back to the rule alone (speaker_type ``*``), then
to all speakers (rule ``*``).

Example:
    >>> from geolib.quotes.confidence import confidence
    >>> 0.5 < confidence("X said ... quote", "person") <= 1.0
    True
    >>> confidence(None, None) is None
    True
"""

from __future__ import annotations

from functools import lru_cache

from ..lexicons import read_table
from ..resources import data_path

#: the file of counts, and the fewest examples a (rule, speaker_type) pair needs to be read alone
CONFIDENCE_FILE = "quote_confidence.csv"
MIN_COUNT = 20
CONFIDENCE_COLUMNS = ("rule", "speaker_type", "n", "right")


@lru_cache(maxsize=1)
def confidence_table() -> dict[tuple[str, str], float]:
    """(rule, speaker_type) -> smoothed share right, from ``geolib/data/quote_confidence.csv``;
    pairs with fewer than :data:`MIN_COUNT` examples are left out (their rule's row answers)."""
    t = read_table(data_path(CONFIDENCE_FILE), kind="quote confidence", required=CONFIDENCE_COLUMNS,
                   entry=("count", "counts"))
    out: dict[tuple[str, str], float] = {}
    for i, (rule, typ, n, right) in enumerate(zip(*(t.column(c) for c in CONFIDENCE_COLUMNS))):
        try:
            n_, r_ = int(n), int(right)
        except ValueError:
            raise t.error(i, f"n and right must be whole numbers, not {n!r}, {right!r}") from None
        if not 0 <= r_ <= n_:
            raise t.error(i, f"right ({r_}) must be between 0 and n ({n_})")
        if n_ >= MIN_COUNT or "*" in (rule, typ):
            out[(rule, typ)] = (r_ + 1) / (n_ + 2)
    return out


def confidence(rule: str | None, speaker_type: str | None) -> float | None:
    """The probability that a speaker found by ``rule`` (the rule's name, e.g. ``"said X"``) and
    of ``speaker_type`` is right; None without a speaker."""
    if rule is None or speaker_type is None:
        return None
    table = confidence_table()
    for key in ((rule, speaker_type), (rule, "*"), ("*", "*")):
        got = table.get(key)
        if got is not None:
            return got
    return None
