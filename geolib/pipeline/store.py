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

import json
import os
import re
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from ..decoding import InputError
from .stages import ERROR_COLUMNS, MANIFEST

__all__ = ["Store", "read_manifest", "read_results", "iter_results", "table_names", "read_marker", "write_marker",
           "check_out_folder", "claim_figures", "claim_files", "release_files", "owned_files",
           "committed_tokens", "MARKER", "JOURNAL", "PART_ROWS", "PART_BYTES"]

# ------------------------------------------------------------------------------ Parquet output

#: The marker of a results folder: geolib's own files and folders there are listed in it.
MARKER = "_geolib.json"
#: The intent journal: the token of each part is written here before the part itself.
JOURNAL = "_geolib.journal"
FORMAT, VERSION = "geolib-results", 2
#: A part file is written when a table's buffered rows or all buffered bytes pass these.
PART_ROWS = 100_000
PART_BYTES = 64 * 2**20
_TOKEN = re.compile(r"[0-9a-f]{16}-[0-9]{6}")
_PART = re.compile(r"part-([0-9a-f]{16}-[0-9]{6})\.parquet")
#: Folders of a results folder that hold the report's files, not tables.
REPORT_FOLDERS = ("figures", "pages", "csv", "json")


def read_marker(root: str | os.PathLike) -> dict[str, Any] | None:
    """The marker of a folder geolib wrote results to, or None if it has none (or a broken one).

    Example:
        >>> import tempfile
        >>> read_marker(tempfile.mkdtemp()) is None
        True
    """
    path = Path(root) / MARKER
    try:
        marker = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(marker, dict) or marker.get("format") != FORMAT:
        return None
    for key in ("tables", "figures", "files"):
        marker.setdefault(key, [])
    return marker


def write_marker(root: Path, marker: dict[str, Any]) -> None:
    """Write the marker atomically (a new temporary file, then renamed over the old marker)."""
    fd, tmp = tempfile.mkstemp(dir=root, prefix="._geolib-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(marker, f, indent=1, sort_keys=True)
        os.replace(tmp, root / MARKER)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)  # the temporary file is ours: made by mkstemp above
        raise


def check_out_folder(out: str | os.PathLike, *, force: bool = False) -> None:
    """InputError unless ``out`` can take geolib's results: a new or empty folder, or one whose
    marker shows geolib wrote it (or, from before the marker, whose ``_manifest`` holds parts of
    geolib's names); with ``force``, any folder (geolib still writes and removes only its own
    files there). Touches nothing.

    Example:
        >>> import tempfile
        >>> with tempfile.NamedTemporaryFile() as f:
        ...     check_out_folder(f.name)
        Traceback (most recent call last):
        geolib.decoding.InputError: ...: is a file; the output must be a folder ...
    """
    root = Path(out)
    if root.exists() and not root.is_dir():
        raise InputError(f"{root}: is a file; the output must be a folder (a new one, or one geolib "
                         "wrote before)")
    if not root.exists() or read_marker(root) is not None or committed_tokens(root):
        return  # (a manifest part of geolib's own name: a results folder from before the marker)
    if (root / MARKER).exists():  # never overwritten, even with force: it is not geolib's
        raise InputError(f"{root / MARKER}: is not a marker geolib wrote; rename it, or choose "
                         "another folder")
    if force:
        return
    entries = sorted(p.name for p in root.iterdir())
    if entries:
        shown = ", ".join(entries[:5]) + (", ..." if len(entries) > 5 else "")
        raise InputError(f"{root}: the folder is not empty ({shown}) and geolib did not write it; "
                         "choose a new or empty folder, or pass force=True (geolib report --force) "
                         "to add geolib's tables to it (geolib then writes and removes only its "
                         "own files there)")


class Store:
    """A folder of Parquet datasets: ``DIR/<table>/part-<run>-<seq>.parquet`` + the manifest.

    Safety: the folder must be new, empty or marked as geolib's (``DIR/_geolib.json``), unless
    ``force``. Every part's token is journaled (``DIR/_geolib.journal``) before the part is
    written, and its manifest part is written last; a part whose token is journaled but has no
    manifest part (an interrupted run) is removed when the folder is opened again. Nothing else
    is ever removed, and no existing file is overwritten.

    Batch results are buffered and written as one part per table when a table has
    :data:`PART_ROWS` rows or the buffer holds :data:`PART_BYTES` (and at the end): the number
    of files is bounded by the size of the corpus, not by its number of batches.
    """

    def __init__(self, out: str | os.PathLike, *, force: bool = False, part_rows: int | None = None,
                 part_bytes: int | None = None) -> None:
        try:
            import pyarrow  # noqa: F401
        except ImportError:  # pragma: no cover - pyarrow is a core dependency
            raise ImportError("writing Parquet needs pyarrow, a dependency of geolib that is missing "
                              "here: pip install pyarrow (or reinstall geolib)") from None
        check_out_folder(out, force=force)
        self.root = Path(out)
        self.root.mkdir(parents=True, exist_ok=True)
        marker = read_marker(self.root)
        if marker is None:
            marker = {"format": FORMAT, "version": VERSION, "tables": [], "figures": []}
            write_marker(self.root, marker)
        self.marker = marker
        self.run = f"{time.time_ns():016x}"
        self.seq = 0
        self.part_rows = part_rows or PART_ROWS
        self.part_bytes = part_bytes or PART_BYTES
        self._tables: dict[str, list[pd.DataFrame]] = {}
        self._errors: list[dict[str, Any]] = []
        self._manifest: list[tuple[str, str, str]] = []
        self._rows: dict[str, int] = {}
        self._bytes = 0
        self.files_written = 0
        self.clean_orphans()

    def clean_orphans(self) -> None:
        """Remove the parts an interrupted run journaled but never committed (and their
        temporary files); then empty the journal. Nothing that is not journaled is touched."""
        journal = self.root / JOURNAL
        if not journal.exists() or journal.stat().st_size == 0:
            return
        committed = committed_tokens(self.root)
        ours = set(self.marker["tables"])
        for line in journal.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
                token, tables = entry["token"], entry["tables"]
            except (ValueError, KeyError, TypeError):
                continue  # a line cut short by the interruption: its parts were never begun
            if not isinstance(token, str) or not _TOKEN.fullmatch(token) or token in committed:
                continue
            for name in tables:
                if name in ours and "/" not in name and name not in (".", ".."):
                    for f in (f"part-{token}.parquet", f".tmp-{token}.parquet"):
                        (self.root / name / f).unlink(missing_ok=True)
        journal.write_text("", encoding="utf-8")

    def done(self) -> dict[str, dict[str, frozenset[str]]]:
        """doc_id -> {text hash -> stages done}."""
        m = read_manifest(self.root)
        out: dict[str, dict[str, set[str]]] = {}
        for doc_id, h, stage in zip(m["doc_id"], m["text_hash"], m["stage"]):
            out.setdefault(doc_id, {}).setdefault(h, set()).add(stage)
        return {d: {h: frozenset(s) for h, s in hs.items()} for d, hs in out.items()}

    def add(self, result: dict[str, Any]) -> None:
        """Buffer one batch's result; write a part when the buffer is full."""
        for name, df in result["tables"].items():
            if df is not None and len(df):
                self._tables.setdefault(name, []).append(df)
                self._rows[name] = self._rows.get(name, 0) + len(df)
                self._bytes += int(df.memory_usage(index=False, deep=True).sum())
        self._errors.extend(result["errors"])
        self._manifest.extend(result["manifest"])
        if self._bytes >= self.part_bytes or max(self._rows.values(), default=0) >= self.part_rows \
                or len(self._manifest) >= self.part_rows:
            self.flush()

    def flush(self) -> None:
        """Write what is buffered: one part per table, the manifest part last (the commit)."""
        if not (self._tables or self._errors or self._manifest):
            return  # nothing new: no part, not even an empty manifest part
        token = f"{self.run}-{self.seq:06d}"
        self.seq += 1
        frames = {name: pd.concat(dfs, ignore_index=True) if len(dfs) > 1 else dfs[0]
                  for name, dfs in self._tables.items()}
        if self._errors:
            frames["errors"] = pd.DataFrame(self._errors, columns=ERROR_COLUMNS)
        frames[MANIFEST] = pd.DataFrame(self._manifest, columns=["doc_id", "text_hash", "stage"])
        self._claim_tables(list(frames))
        with open(self.root / JOURNAL, "a", encoding="utf-8") as f:  # intent, before any part
            f.write(json.dumps({"token": token, "tables": list(frames)}) + "\n")
            f.flush()
            os.fsync(f.fileno())
        for name, df in frames.items():  # the manifest part is last: the commit
            self._write(name, token, df)
        self._tables, self._errors, self._manifest, self._rows, self._bytes = {}, [], [], {}, 0

    def _claim_tables(self, names: list[str]) -> None:
        """Record table folders in the marker before their first part is written."""
        new = [n for n in names if n not in self.marker["tables"]]
        if new:
            self.marker["tables"] = [*self.marker["tables"], *new]
            write_marker(self.root, self.marker)

    def _write(self, name: str, token: str, df: pd.DataFrame) -> None:
        folder = self.root / name
        folder.mkdir(exist_ok=True)
        tmp = folder / f".tmp-{token}.parquet"
        final = folder / f"part-{token}.parquet"
        if tmp.exists() or final.exists():  # a token is new: never overwrite what is there
            raise FileExistsError(f"{final}: already exists; geolib does not overwrite it")
        df.to_parquet(tmp, index=False)
        os.replace(tmp, final)
        self.files_written += 1


def claim_figures(root: str | os.PathLike, files: Iterable[str]) -> None:
    """Record figure files (paths relative to ``root``) as geolib's, before they are written."""
    claim_files(root, files, key="figures")


def claim_files(root: str | os.PathLike, files: Iterable[str], *, key: str = "files") -> None:
    """Record report files (paths relative to ``root``: ``index.html``, ``pages/...``) as
    geolib's in the marker's list ``key``, before they are written. A folder without a marker
    records nothing.

    Example:
        >>> import tempfile
        >>> from geolib.pipeline import analyze
        >>> d = tempfile.mkdtemp()
        >>> _ = analyze(["China spoke."], stages=("documents",), out=d, progress=False)
        >>> claim_files(d, ["index.html"]); sorted(owned_files(d))
        ['index.html']
    """
    root = Path(root)
    marker = read_marker(root)
    if marker is None:
        return
    listed = set(marker[key])
    new = [f for f in dict.fromkeys(files) if f not in listed]
    if new:
        marker[key] = [*marker[key], *new]
        write_marker(root, marker)


def release_files(root: str | os.PathLike, files: Iterable[str]) -> None:
    """Take files off the marker's lists (after geolib removed them)."""
    root = Path(root)
    marker = read_marker(root)
    gone = set(files)
    if marker is None or not gone:
        return
    for key in ("figures", "files"):
        marker[key] = [f for f in marker[key] if f not in gone]
    write_marker(root, marker)


def owned_files(root: str | os.PathLike) -> set[str]:
    """The files (paths relative to ``root``) the marker lists as written by geolib: figures
    and report files. geolib overwrites a file only if it is new or listed here."""
    marker = read_marker(root)
    return set() if marker is None else {*marker["figures"], *marker["files"]}


def committed_tokens(root: str | os.PathLike) -> set[str]:
    """Tokens of the parts whose manifest part is written (the parts that count).

    Example:
        >>> import tempfile
        >>> committed_tokens(tempfile.mkdtemp())
        set()
    """
    mdir = Path(root) / MANIFEST
    return {m.group(1) for p in (mdir.iterdir() if mdir.is_dir() else ()) if (m := _PART.fullmatch(p.name))}


def read_manifest(root: Path) -> pd.DataFrame:
    """What is done: doc_id, text_hash, stage and the token of the part that holds it."""
    mdir = root / MANIFEST
    parts = sorted(p for p in mdir.iterdir() if _PART.fullmatch(p.name)) if mdir.is_dir() else []
    frames = []
    for p in parts:
        df = pd.read_parquet(p)
        df["_token"] = p.stem[len("part-"):]
        frames.append(df)
    if not frames:
        return pd.DataFrame(columns=["doc_id", "text_hash", "stage", "_token"])
    return pd.concat(frames, ignore_index=True)


def read_results(out: str | os.PathLike, *, tables: Iterable[str] | None = None,
                 columns: Iterable[str] | Mapping[str, Iterable[str]] | None = None,
                 doc_ids: Iterable[str] | None = None) -> dict[str, pd.DataFrame]:
    """Read the tables that :func:`analyze` wrote to ``out`` back into pandas.

    Only the latest rows of each (document, stage) are returned, so a document re-run with a
    changed text appears once; errors later fixed by a successful re-run are dropped.
    ``columns`` reads only those columns (and ``doc_id``) of each table that has them, or, as a
    dict ``table -> columns``, only those of the tables it names: the documents and sentences
    tables hold the texts, which a large corpus may not fit in memory. ``doc_ids`` reads only
    the rows of those documents.

    Example:
        >>> import tempfile
        >>> from geolib.pipeline import analyze
        >>> d = tempfile.mkdtemp()
        >>> _ = analyze(["China spoke.", "NATO met."], stages=("sentences",), out=d, progress=False)
        >>> read_results(d)["sentences"]["text"].tolist()
        ['China spoke.', 'NATO met.']
        >>> read_results(d, doc_ids=["1"])["sentences"]["text"].tolist()
        ['NATO met.']
    """
    view = _ResultsView(out)
    names = view.names if tables is None else list(tables)
    result: dict[str, pd.DataFrame] = {}
    for name in names:
        wanted = columns.get(name) if isinstance(columns, Mapping) else columns
        frames = list(view.parts(name, columns=wanted, doc_ids=doc_ids))
        if name == "errors":
            df = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=ERROR_COLUMNS)
            # a later error of the same (document, stage) replaces an earlier one
            result[name] = df.drop_duplicates(["doc_id", "stage"], keep="last").reset_index(drop=True)
        else:
            result[name] = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    return result


def iter_results(out: str | os.PathLike, name: str, *, columns: Iterable[str] | None = None,
                 doc_ids: Iterable[str] | None = None) -> Iterator[pd.DataFrame]:
    """The rows :func:`read_results` returns for one table (not ``errors``), one part file at
    a time: memory holds one part, never the whole table.

    Example:
        >>> import tempfile
        >>> from geolib.pipeline import analyze
        >>> d = tempfile.mkdtemp()
        >>> _ = analyze(["China spoke."], stages=("sentences",), out=d, progress=False)
        >>> [len(df) for df in iter_results(d, "sentences")]
        [1]
    """
    if name == "errors":
        raise ValueError("iter_results(): read the errors table with read_results()")
    yield from _ResultsView(out).parts(name, columns=columns, doc_ids=doc_ids)


def table_names(out: str | os.PathLike) -> list[str]:
    """The tables of a results folder (not its manifest), ``errors`` always among them.

    Example:
        >>> import tempfile
        >>> from geolib.pipeline import analyze
        >>> d = tempfile.mkdtemp()
        >>> _ = analyze(["China spoke."], stages=("documents",), out=d, progress=False)
        >>> table_names(d)
        ['documents', 'errors']
    """
    return _ResultsView(out).names


class _ResultsView:
    """What is committed in a results folder: its manifest, tables and the latest parts."""

    def __init__(self, out: str | os.PathLike) -> None:
        root = Path(out)
        if not root.is_dir():
            raise InputError(f"{root}: no such folder of results")
        self.root = root
        manifest = read_manifest(root)
        self.latest = manifest.groupby(["doc_id", "stage"], sort=False)["_token"].max() if len(manifest) \
            else pd.Series(dtype=object)
        self.latest_doc = manifest.groupby("doc_id", sort=False)["_token"].max() if len(manifest) \
            else pd.Series(dtype=object)
        self.committed = committed_tokens(root)
        marker = read_marker(root)
        folders = [n for n in marker["tables"] if n != MANIFEST] if marker is not None else \
            [p.name for p in root.iterdir() if p.is_dir() and p.name not in (MANIFEST, *REPORT_FOLDERS)]
        self.names = sorted(set(folders) | set(manifest["stage"]) | {"errors"})

    def parts(self, name: str, *, columns: Iterable[str] | None = None,
              doc_ids: Iterable[str] | None = None) -> Iterator[pd.DataFrame]:
        """The current rows of table ``name``, one committed part at a time (none empty)."""
        folder = self.root / name
        wanted = set(columns) if columns is not None else None
        ids = None if doc_ids is None else sorted(set(doc_ids))
        if ids is not None and not ids:
            return
        # only the committed parts: never a file that merely looks like one
        parts = sorted(p for p in folder.iterdir() if (m := _PART.fullmatch(p.name)) and m.group(1) in self.committed) \
            if folder.is_dir() else []
        for p in parts:
            read_columns = None
            if wanted is not None and name != "errors":
                import pyarrow.parquet as pq

                names_here = pq.read_schema(p).names
                read_columns = [c for c in names_here if c == "doc_id" or c in wanted]
            if ids is None:
                df = pd.read_parquet(p, columns=read_columns)
            else:
                df = pd.read_parquet(p, columns=read_columns, filters=[("doc_id", "in", ids)])
            token = p.stem[len("part-"):]
            if name == "errors":
                keep = [_error_current(d, s, token, self.latest, self.latest_doc)
                        for d, s in zip(df["doc_id"], df["stage"])]
            else:
                keep = [self.latest.get((d, name)) == token for d in df["doc_id"]]
            df = df[keep]
            if len(df):
                yield df


def _error_current(doc_id: str, stage: str, token: str, latest: pd.Series, latest_doc: pd.Series) -> bool:
    done = latest_doc.get(doc_id) if stage == "read" else latest.get((doc_id, stage))
    return done is None or done < token

