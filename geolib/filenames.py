"""File names from data: a ``doc_id`` is data, never a path.

:func:`safe_filename` turns any document id into one file name that cannot leave its folder: a
slug of safe characters (``A-Z a-z 0-9 _ -``) plus a short hash of the exact id, so that ids that
differ only in case or only in characters the slug drops still get different names, also on
case-insensitive file systems.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["safe_filename", "MAX_FILENAME"]

MAX_FILENAME = 100
_HASH_LEN = 12  # hex digits of SHA-256: 48 bits
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
_SUFFIX = re.compile(r"^(\.[A-Za-z0-9]+)*$")
# Names Windows reserves, with or without an extension.
_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
                       *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))})


def _digest(doc_id: str) -> str:
    data = doc_id.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:_HASH_LEN]


def _slug(doc_id: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", doc_id).encode("ascii", "ignore").decode("ascii")
    slug = _UNSAFE.sub("_", ascii_text).strip("_-")
    return "_" + slug if slug.split(".")[0].upper() in _RESERVED else slug


def safe_filename(doc_id: object, *, suffix: str = "", max_len: int = MAX_FILENAME) -> str:
    """A file name made from ``doc_id`` that is safe to create inside any folder.

    The name is ``<slug>_<hash><suffix>``: the slug keeps the letters, digits, ``_`` and ``-`` of
    the id (accents dropped, every other run of characters becomes ``_``), cut so that the whole
    name has at most ``max_len`` characters; the hash is the first 12 hex digits of the SHA-256 of
    the exact id. The name never is empty, never contains ``/``, ``\\`` or NUL, never starts with
    a dot or a hyphen and is never a name Windows reserves (``CON``, ``NUL``, ``COM1`` ...).

    Args:
        doc_id: the document id (any object; ``str()`` of it is used).
        suffix: an extension such as ``".html"`` (dots, letters and digits only).
        max_len: the longest name to return, suffix included.

    Example:
        >>> safe_filename("../../etc/passwd", suffix=".html")
        'etc_passwd_3754d6cb3a38.html'
        >>> safe_filename("Report") != safe_filename("report")
        True
        >>> safe_filename("")
        'e3b0c44298fc'
    """
    if not _SUFFIX.match(suffix):
        raise ValueError(f"safe_filename(): suffix must be like '.html', not {suffix!r}")
    text = str(doc_id)
    digest = _digest(text)
    room = max_len - len(digest) - len(suffix) - 1  # 1: the "_" before the hash
    if max_len < len(digest) + len(suffix):
        raise ValueError(f"safe_filename(): max_len={max_len} leaves no room for the "
                         f"{len(digest)}-character hash and the suffix {suffix!r}")
    slug = _slug(text)[:max(room, 0)].rstrip("_-")
    return f"{slug}_{digest}{suffix}" if slug else f"{digest}{suffix}"
