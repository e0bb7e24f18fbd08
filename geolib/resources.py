"""Where geolib's shipped data files live (read them with :mod:`geolib.lexicons`), and the key
compiled lexicons are kept by."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

__all__ = ["DATA_DIR", "data_path", "example_path", "table_digest"]

DATA_DIR = Path(__file__).resolve().parent / "data"


def data_path(name: str) -> Path:
    """Path of a file shipped in ``geolib/data/``.

    Example:
        >>> data_path("stopwords.txt").name
        'stopwords.txt'
    """
    return DATA_DIR / name


def example_path(name: str) -> Path:
    """Path of an example shipped in ``geolib/data/examples/``: the seed article
    (``000_1a88b60b02b3bbd2.txt``), its coded framing hits (``seed_frames_coded.csv``, coder A;
    ``seed_frames_coded_b.csv``, coder B), the guidelines they follow (``coding_guidelines.md``)
    and quote corrections (``seed_quote_corrections.csv``).

    Example:
        >>> example_path("seed_frames_coded.csv").name
        'seed_frames_coded.csv'
    """
    path = DATA_DIR / "examples" / name
    if not path.is_file():
        have = sorted(p.name for p in (DATA_DIR / "examples").iterdir())
        raise FileNotFoundError(f"no example {name!r}; the examples are: {', '.join(have)}")
    return path


def table_digest(df: Any) -> tuple[int, str]:
    """``(rows, digest)`` of a DataFrame's content, read from its Arrow buffers: a few ms for
    300,000 rows (pandas' per-value hashing took 0.35 s). Compiled lexicons are kept by this key,
    so an edited lexicon is compiled again and an unchanged one is not.

    Example:
        >>> import pandas as pd
        >>> a = pd.DataFrame({"term": ["cold war"]})
        >>> table_digest(a) == table_digest(a.copy()), table_digest(a) == table_digest(a.assign(term="x"))
        (True, False)
    """
    import pandas as pd

    try:
        import pyarrow as pa

        table = pa.Table.from_pandas(df, preserve_index=False)
        h = hashlib.sha256()
        for name, col in zip(table.column_names, table.columns):
            h.update(f"{name}|{col.type}|{len(col)}|".encode())
            for chunk in col.chunks:
                h.update(f"{chunk.offset},{len(chunk)};".encode())
                for buf in chunk.buffers():
                    h.update(b"-" if buf is None else memoryview(buf))
                    h.update(b"|")
        return len(df), h.hexdigest()
    except Exception:  # noqa: BLE001 - odd column types: pandas' hashing always works
        return len(df), str(int(pd.util.hash_pandas_object(df, index=False).sum()))
