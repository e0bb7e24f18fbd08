"""The Parquet store of a run: ``DIR/<table>/part-*.parquet`` plus a manifest of what is done.

Example:
    >>> import tempfile
    >>> from geolib.pipeline import analyze
    >>> d = tempfile.mkdtemp()
    >>> _ = analyze(["China spoke."], stages=("documents",), out=d, progress=False)
    >>> read_results(d)["documents"]["doc_id"].tolist()
    ['0']
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from ..decoding import InputError
from .stages import ERROR_COLUMNS, MANIFEST

__all__ = ["Store", "read_manifest", "read_results"]

# ------------------------------------------------------------------------------ Parquet output

class Store:
    """A folder of Parquet datasets: ``DIR/<table>/part-<run>-<batch>.parquet`` + the manifest."""

    def __init__(self, out: str | os.PathLike) -> None:
        try:
            import pyarrow  # noqa: F401
        except ImportError:  # pragma: no cover - pyarrow is in the test and scale extras
            raise ImportError("writing Parquet needs pyarrow: pip install 'geolib[scale]'") from None
        self.root = Path(out)
        self.root.mkdir(parents=True, exist_ok=True)
        self.run = f"{time.time_ns():016x}"
        self._clean_orphans()

    def _tokens(self) -> set[str]:
        mdir = self.root / MANIFEST
        return {p.stem[len("part-"):] for p in mdir.glob("part-*.parquet")} if mdir.exists() else set()

    def _clean_orphans(self) -> None:
        """Part files of a batch whose manifest was never written (an interrupted run) go."""
        tokens = self._tokens()
        for sub in self.root.iterdir():
            if sub.is_dir() and sub.name != MANIFEST:
                for p in sub.glob("part-*.parquet"):
                    if p.stem[len("part-"):] not in tokens:
                        p.unlink()
                for p in sub.glob(".tmp-*"):
                    p.unlink()

    def done(self) -> dict[str, dict[str, frozenset[str]]]:
        """doc_id -> {text hash -> stages done}."""
        m = read_manifest(self.root)
        out: dict[str, dict[str, set[str]]] = {}
        for doc_id, h, stage in zip(m["doc_id"], m["text_hash"], m["stage"]):
            out.setdefault(doc_id, {}).setdefault(h, set()).add(stage)
        return {d: {h: frozenset(s) for h, s in hs.items()} for d, hs in out.items()}

    def write(self, batch: int, result: dict[str, Any]) -> None:
        token = f"{self.run}-{batch:06d}"
        for name, df in result["tables"].items():
            if df is not None and len(df):
                self._write(name, token, df)
        if result["errors"]:
            self._write("errors", token, pd.DataFrame(result["errors"], columns=ERROR_COLUMNS))
        manifest = pd.DataFrame(result["manifest"], columns=["doc_id", "text_hash", "stage"])
        self._write(MANIFEST, token, manifest)  # last: the batch counts as written from here on

    def _write(self, name: str, token: str, df: pd.DataFrame) -> None:
        folder = self.root / name
        folder.mkdir(exist_ok=True)
        tmp = folder / f".tmp-{token}.parquet"
        df.to_parquet(tmp, index=False)
        os.replace(tmp, folder / f"part-{token}.parquet")


def read_manifest(root: Path) -> pd.DataFrame:
    parts = sorted((root / MANIFEST).glob("part-*.parquet")) if (root / MANIFEST).exists() else []
    frames = []
    for p in parts:
        df = pd.read_parquet(p)
        df["_token"] = p.stem[len("part-"):]
        frames.append(df)
    if not frames:
        return pd.DataFrame(columns=["doc_id", "text_hash", "stage", "_token"])
    return pd.concat(frames, ignore_index=True)


def read_results(out: str | os.PathLike, *, tables: Iterable[str] | None = None,
                 columns: Iterable[str] | Mapping[str, Iterable[str]] | None = None
                 ) -> dict[str, pd.DataFrame]:
    """Read the tables that :func:`analyze` wrote to ``out`` back into pandas.

    Only the latest rows of each (document, stage) are returned, so a document re-run with a
    changed text appears once; errors later fixed by a successful re-run are dropped.
    ``columns`` reads only those columns (and ``doc_id``) of each table that has them, or, as a
    dict ``table -> columns``, only those of the tables it names: the documents and sentences
    tables hold the texts, which a large corpus may not fit in memory.

    Example:
        >>> import tempfile
        >>> from geolib.pipeline import analyze
        >>> d = tempfile.mkdtemp()
        >>> _ = analyze(["China spoke."], stages=("sentences",), out=d, progress=False)
        >>> read_results(d)["sentences"]["text"].tolist()
        ['China spoke.']
    """
    root = Path(out)
    if not root.is_dir():
        raise InputError(f"{root}: no such folder of results")
    manifest = read_manifest(root)
    latest = manifest.groupby(["doc_id", "stage"], sort=False)["_token"].max() if len(manifest) \
        else pd.Series(dtype=object)
    latest_doc = manifest.groupby("doc_id", sort=False)["_token"].max() if len(manifest) \
        else pd.Series(dtype=object)
    names = sorted({p.name for p in root.iterdir() if p.is_dir() and p.name != MANIFEST}
                   | set(manifest["stage"]) | {"errors"})
    if tables is not None:
        names = [n for n in tables]
    result: dict[str, pd.DataFrame] = {}
    for name in names:
        folder = root / name
        frames = []
        wanted = columns.get(name) if isinstance(columns, Mapping) else columns
        wanted = set(wanted) if wanted is not None else None
        for p in sorted(folder.glob("part-*.parquet")) if folder.exists() else []:
            if wanted is None or name == "errors":
                df = pd.read_parquet(p)
            else:
                import pyarrow.parquet as pq

                names_here = pq.read_schema(p).names
                df = pd.read_parquet(p, columns=[c for c in names_here if c == "doc_id" or c in wanted])
            token = p.stem[len("part-"):]
            if name == "errors":
                keep = [_error_current(d, s, token, latest, latest_doc)
                        for d, s in zip(df["doc_id"], df["stage"])]
            else:
                keep = [latest.get((d, name)) == token for d in df["doc_id"]]
            df = df[keep]
            if len(df):
                frames.append(df)
        if name == "errors":
            df = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=ERROR_COLUMNS)
            # a later error of the same (document, stage) replaces an earlier one
            result[name] = df.drop_duplicates(["doc_id", "stage"], keep="last").reset_index(drop=True)
        else:
            result[name] = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    return result


def _error_current(doc_id: str, stage: str, token: str, latest: pd.Series, latest_doc: pd.Series) -> bool:
    done = latest_doc.get(doc_id) if stage == "read" else latest.get((doc_id, stage))
    return done is None or done < token

