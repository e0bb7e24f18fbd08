"""Writing the report's own files into a results folder by the store's rules.

The report's files (``index.html``, ``pages/*.html``, ``csv/*.csv`` ...) are listed in the
folder's marker (``_geolib.json``) before they are written, like the figures. A file is written
only where no file is, or where the marker lists it as geolib's; never through a symbolic link;
never outside the folder (names are made by geolib, see :func:`geolib.safe_filename`). Files of an
earlier report that this one does not write again are removed only if the marker lists them and
their names are of geolib's own making.

Example:
    >>> import tempfile
    >>> from pathlib import Path
    >>> from geolib.pipeline import analyze
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = analyze(["China spoke."], stages=("documents",), out=d, progress=False)
    >>> files = ReportFiles(d)
    >>> files.write({"index.html": "<p>hi</p>"}), (d / "index.html").read_text()
    (['index.html'], '<p>hi</p>')
    >>> _ = (d / "mine.html").write_text("user's")
    >>> files.write({"mine.html": "x"}), files.refused["mine.html"]
    ([], 'exists and geolib did not write it')
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from .store import claim_files, owned_files, release_files

__all__ = ["ReportFiles", "REPORT_FILE"]

#: The names of the report's files (relative to the results folder) geolib may remove when a
#: later report does not write them again: nothing else is ever removed.
REPORT_FILE = re.compile(r"(index\.html|pages/[A-Za-z0-9_-]+\.html|(csv/[A-Za-z0-9_-]+\.csv)"
                         r"|(json/[A-Za-z0-9_-]+\.jsonl))")
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


class ReportFiles:
    """Writes files (paths relative to ``root``, ``/``-separated) into a results folder.

    ``written`` lists what was written in this run, ``refused`` maps each file not written to
    the reason (a file geolib did not write, a symbolic link, a folder in the way).
    """

    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root)
        self.own = owned_files(self.root)
        self.written: list[str] = []
        self.refused: dict[str, str] = {}

    def why_not(self, rel: str) -> str | None:
        """Why ``rel`` may not be written, or None if it may."""
        parts = rel.split("/")
        if rel.startswith("/") or any(p in ("", ".", "..") for p in parts) or "\\" in rel or "\x00" in rel:
            raise ValueError(f"{rel!r}: not a file name geolib makes")
        here = self.root
        for part in parts[:-1]:
            here = here / part
            if here.is_symlink():
                return f"{here.name}/ is a symbolic link; geolib does not write through links"
            if here.exists() and not here.is_dir():
                return f"{here.name} is a file, not a folder"
        path = self.root / rel
        if path.is_symlink():
            return "is a symbolic link; geolib does not write through links"
        if path.is_dir():
            return "is a folder"
        if path.exists() and rel not in self.own:
            return "exists and geolib did not write it"
        return None

    def write(self, files: Mapping[str, str | bytes]) -> list[str]:
        """Write each file that may be written (claimed in the marker first); return their names.

        The others go into ``refused`` with the reason."""
        allowed: dict[str, str | bytes] = {}
        for rel, data in files.items():
            why = self.why_not(rel)
            if why is None:
                allowed[rel] = data
            else:
                self.refused[rel] = why
        if not allowed:
            return []
        claim_files(self.root, allowed)
        self.own |= set(allowed)
        for rel, data in allowed.items():
            with self._open(rel) as f:
                f.write(data.encode("utf-8") if isinstance(data, str) else data)
        return list(allowed)

    @contextmanager
    def open(self, rel: str) -> Iterator[BinaryIO | None]:
        """A binary file to write ``rel`` to, as it is made (a large table), or None if it may not
        be written (the reason is in ``refused``).

        Example:
            >>> import tempfile
            >>> from geolib.pipeline import analyze
            >>> d = tempfile.mkdtemp()
            >>> _ = analyze(["China spoke."], stages=("documents",), out=d, progress=False)
            >>> with ReportFiles(d).open("csv/documents.csv") as f:
            ...     _ = f.write(b"doc_id\\n0\\n")
        """
        why = self.why_not(rel)
        if why is not None:
            self.refused[rel] = why
            yield None
            return
        claim_files(self.root, [rel])
        self.own.add(rel)
        with self._open(rel) as f:
            yield f

    @contextmanager
    def _open(self, rel: str) -> Iterator[BinaryIO]:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _NOFOLLOW, 0o644)
        with os.fdopen(fd, "wb") as f:
            yield f
        self.written.append(rel)

    def remove_stale(self, keep: Iterable[str], *, prefixes: tuple[str, ...]) -> list[str]:
        """Remove geolib's own report files under ``prefixes`` that are not in ``keep`` (files of
        an earlier report); return their names. Only names of :data:`REPORT_FILE`'s form that the
        marker lists are touched, never through a symbolic link."""
        keep = set(keep)
        stale = sorted(rel for rel in self.own if rel.startswith(prefixes) and rel not in keep
                       and REPORT_FILE.fullmatch(rel))
        removed = []
        for rel in stale:
            path = self.root / rel
            if path.is_symlink() or path.parent.is_symlink() or (path.exists() and not path.is_file()):
                continue
            path.unlink(missing_ok=True)
            removed.append(rel)
        if removed:
            release_files(self.root, removed)
            self.own -= set(removed)
        return removed
