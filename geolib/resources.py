"""Where geolib's shipped data files live, and small readers for them."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

__all__ = ["DATA_DIR", "data_path", "read_lines"]

DATA_DIR = Path(__file__).resolve().parent / "data"


def data_path(name: str) -> Path:
    """Path of a file shipped in ``geolib/data/``.

    Example:
        >>> data_path("stopwords.txt").name
        'stopwords.txt'
    """
    return DATA_DIR / name


@lru_cache(maxsize=None)
def read_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment (``#``) lines of a shipped text file, stripped."""
    with open(data_path(name), encoding="utf-8") as fh:
        return tuple(s for line in fh if (s := line.strip()) and not s.startswith("#"))
