"""Warnings shown as the notes they are: in a notebook, geolib's warnings about its input (an
empty file skipped, mojibake repaired, tags blanked out) are advice, not errors, yet Jupyter shows
them as red boxes with the source line. :func:`notes` gathers them and shows each once, as a
readable note.

Example:
    >>> import warnings
    >>> with notes(show=False) as found:
    ...     warnings.warn(GeolibWarning("x.txt: repaired mojibake"))
    >>> found.messages
    ['x.txt: repaired mojibake']
"""

from __future__ import annotations

import html
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import PurePath

from .decoding import GeolibWarning, SkippedDocument

__all__ = ["notes", "Notes"]


@dataclass
class Notes:
    """The notes gathered by :func:`notes`, each message once, in order."""

    messages: list[str] = field(default_factory=list)

    def add(self, message: str) -> None:
        if message not in self.messages:
            self.messages.append(message)

    def __len__(self) -> int:
        return len(self.messages)

    def _repr_html_(self) -> str:
        items = "".join(f"<li>{html.escape(m)}</li>" for m in self.messages)
        return ('<div class="geolib-notes" style="border-left:4px solid #4c72b0;background:#f3f6fb;'
                'padding:6px 12px;margin:4px 0"><b>geolib notes</b> '
                f"({len(self.messages)})<ul style=\"margin:4px 0\">{items}</ul></div>")

    def __str__(self) -> str:
        return "\n".join(f"note: {m}" for m in self.messages)


def _text(w: Warning, short_paths: bool) -> str:
    if short_paths and isinstance(w, SkippedDocument) and w.source and w.reason:
        return f"skipped {PurePath(w.source.split(', ')[0]).name}: {w.reason}"
    return str(w)


@contextmanager
def notes(*, show: bool = True, short_paths: bool = True) -> Iterator[Notes]:
    """Gather the :class:`GeolibWarning` s raised inside the block and show them once, at its
    end, as one note (an HTML box in Jupyter, lines on stderr elsewhere); other warnings pass
    through unchanged.

    Args:
        show: display the notes at the end of the block (else only gather them).
        short_paths: name a skipped file by its file name, not its whole path.

    Example:
        >>> import geolib, warnings
        >>> with notes(show=False) as found:
        ...     corpus = geolib.read_corpus(["NATO met.", ""])
        ...     ids = [d.doc_id for d in corpus]
        >>> ids, found.messages
        (['0'], ['skipped item 1: the text is empty'])
    """
    found = Notes()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", GeolibWarning)
        try:
            yield found
        finally:
            others = []
            for w in caught:
                if issubclass(w.category, GeolibWarning):
                    found.add(_text(w.message, short_paths))
                else:
                    others.append(w)
    for w in others:  # not ours: shown as they would have been
        warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    if show and found.messages:
        _display(found)


def _display(found: Notes) -> None:
    if "IPython" in sys.modules:
        try:
            from IPython import get_ipython
            from IPython.display import display

            if get_ipython() is not None:
                display(found)
                return
        except ImportError:  # pragma: no cover
            pass
    print(found, file=sys.stderr)
