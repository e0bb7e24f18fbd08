"""Turn raw bytes into text, refusing what is not text and saying what was repaired.

Binary files are refused (:func:`decode_bytes`: known file signatures, NUL bytes), UTF-8 is read
as is (a leading BOM dropped), other encodings are detected with charset-normalizer, and mojibake
such as ``â€œ`` is repaired with ftfy. :func:`clean_text` then makes the text geolib analyses
from any source: mojibake repaired, pasted HTML turned into text, character references such as
``&rsquo;`` decoded. Line endings (CRLF, CR) are kept, so offsets match the file. Every change is
reported as a :class:`GeolibWarning` naming the input and what was done, so a researcher knows
when ``doc.text`` differs from what was given.
"""

from __future__ import annotations

import gzip
import os
import re
import stat
import warnings
import zlib
from pathlib import Path
from typing import IO

__all__ = ["GeolibWarning", "SkippedDocument", "InputError", "TooLargeError", "decode_bytes", "refuse_binary", "read_bytes",
           "open_bytes", "regular_file", "MAX_DOCUMENT_CHARS", "BYTES_PER_CHAR", "max_document_chars",
           "file_suffix", "file_stem", "fix_mojibake", "looks_like_html", "markup_from_start",
           "blank_tags",
           "html_to_text", "unescape_entities", "clean_text"]


class GeolibWarning(UserWarning):
    """A warning about input that geolib repaired or could only partly use."""


class SkippedDocument(GeolibWarning):
    """A document of a corpus that was skipped: ``doc_id``, ``source`` (the file, or the file
    and row) and ``reason`` say which and why; the corpus's ``errors`` table keeps the same."""

    def __init__(self, message: str, *, doc_id: str | None = None, source: str | None = None,
                 reason: str | None = None) -> None:
        super().__init__(message)
        self.doc_id, self.source, self.reason = doc_id, source, reason


class InputError(ValueError):
    """Input that geolib cannot turn into a document (missing, empty, binary, malformed)."""


class TooLargeError(InputError):
    """A file, or a gzip file once decompressed, larger than geolib reads in one piece."""


#: The most characters geolib analyses as one document: a longer text is refused with an
#: InputError (in a corpus: an error row; the run goes on). Analysing a document takes about 100
#: times its size in memory. Change it per call (``load(..., max_chars=)``,
#: ``read_corpus(..., max_chars=)``) or for a whole session, CLI and worker processes included,
#: with the environment variable ``GEOLIB_MAX_CHARS``.
MAX_DOCUMENT_CHARS = 5_000_000
#: A character takes at most this many bytes in any encoding geolib reads (UTF-8, UTF-16/32), so
#: a file of more than ``BYTES_PER_CHAR * max_chars`` bytes is refused before it is read.
BYTES_PER_CHAR = 4


def max_document_chars(max_chars: int | None = None) -> int:
    """The document size limit in characters: ``max_chars`` if given, else the environment
    variable ``GEOLIB_MAX_CHARS``, else :data:`MAX_DOCUMENT_CHARS`.

    Example:
        >>> max_document_chars(1000), max_document_chars() >= 1
        (1000, True)
    """
    if max_chars is None:
        env = os.environ.get("GEOLIB_MAX_CHARS", "").replace("_", "").strip()
        if not env:
            return MAX_DOCUMENT_CHARS
        try:
            max_chars = int(env)
        except ValueError:
            raise ValueError(f"GEOLIB_MAX_CHARS={env!r} is not a whole number of characters") from None
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, not {max_chars}")
    return int(max_chars)


#: How to get a document under the limit, for the messages that refuse one.
SPLIT_ADVICE = ("If the file holds many articles, give one per file or one per row of a CSV or "
                "JSON Lines file; to analyse it whole, raise the limit (max_chars= or the "
                "environment variable GEOLIB_MAX_CHARS)")


_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a ZIP archive (docx, xlsx, ...)",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office file",
    b"\x7fELF": "an executable",
}

# Typical UTF-8-read-as-cp1252 sequences: "â€œ", "â€™", "Ã©" ...
#: UTF-8 text once decoded as cp1252 ("â€œ" for "“"): what :func:`fix_mojibake` looks for.
MOJIBAKE = re.compile("â€[\u0080-\u02ff\u2010-\u203a]|Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]")


def decode_bytes(data: bytes, *, name: str = "input", table: bool = False) -> str:
    """Decode ``data`` to text, warning about every repair.

    Raises :class:`InputError` for binary data (NUL bytes or a known file signature). For a
    ``table`` file only its first line is looked at for NUL bytes: a NUL in a later row makes
    that row an error, read row by row (see :mod:`geolib.tables`).

    Example:
        >>> decode_bytes("“Hi”".encode("utf-8"))
        '“Hi”'
    """
    refuse_binary(data, name=name, first_line=table)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        warnings.warn(f"{name}: dropped the UTF-8 byte-order mark at the start; offsets count from "
                      "the character after it", GeolibWarning, stacklevel=2)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        text = _decode_other(data, name=name, err=err)
    return fix_mojibake(text, name=name)


#: Errors of a damaged or truncated gzip file.
GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)


def file_suffix(path: Path) -> str:
    """The lower-case suffix that says what a file holds, under a ``.gz``: ``a.csv.gz`` → ``.csv``.

    Example:
        >>> file_suffix(Path("news/A.JSONL.gz")), file_suffix(Path("a.txt"))
        ('.jsonl', '.txt')
    """
    suffix = path.suffix.lower()
    return Path(path.stem).suffix.lower() if suffix == ".gz" else suffix


def file_stem(path: Path) -> str:
    """A file's name without its suffixes (``.gz`` and the one under it): ``a.txt.gz`` → ``a``.

    Example:
        >>> file_stem(Path("news/a.txt.gz")), file_stem(Path("b.csv"))
        ('a', 'b')
    """
    return Path(path.stem).stem if path.suffix.lower() == ".gz" else path.stem


_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"),
          (stat.S_ISCHR, "a device such as /dev/zero"), (stat.S_ISBLK, "a disk device"),
          (stat.S_ISSOCK, "a socket"))


def regular_file(path: Path) -> os.stat_result:
    """The ``os.stat`` of ``path`` (a link followed), or InputError if it is missing or not a
    regular file: a device, a named pipe or a socket would be read forever or wait forever,
    so it is never opened.

    Example:
        >>> regular_file(Path("/dev/null"))
        Traceback (most recent call last):
        geolib.decoding.InputError: /dev/null: not a regular file but a device such as /dev/zero; ...
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    if not stat.S_ISREG(st.st_mode):
        kind = next((what for test, what in _KINDS if test(st.st_mode)), "not a file")
        link = f" (a link to {os.path.realpath(path)})" if os.path.islink(path) else ""
        raise InputError(f"{path}{link}: not a regular file but {kind}; geolib reads files (and folders "
                         "of files) only")
    return st


def open_bytes(path: Path) -> IO[bytes]:
    """A regular file (:func:`regular_file`) opened for reading bytes, decompressed if its name
    ends in ``.gz``."""
    regular_file(path)
    return gzip.open(path, "rb") if path.suffix.lower() == ".gz" else open(path, "rb")


def read_bytes(path: Path, *, limit: int | None = None, advice: str | None = None) -> bytes:
    """A file's bytes, decompressed if its name ends in ``.gz``: InputError if it is not a regular
    file or is damaged, :class:`TooLargeError` (with ``advice``) if it holds more than ``limit``
    bytes, by default those of the longest document (``BYTES_PER_CHAR * max_document_chars()``,
    and ``advice`` says how to split a document).
    A gzip file is decompressed only up to the limit, so a "gzip bomb" costs no more memory.

    Example:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     p = Path(tmp, "a.txt")
        ...     _ = p.write_text("China spoke.")
        ...     read_bytes(p, limit=5)
        Traceback (most recent call last):
        geolib.decoding.TooLargeError: ...a.txt: 12 bytes, more than the 5 geolib reads in one piece...
    """
    st = regular_file(path)
    if limit is None:
        chars = max_document_chars()
        limit = BYTES_PER_CHAR * chars
        if advice is None:
            advice = f"geolib analyses documents of up to {chars:,} characters. {SPLIT_ADVICE}"
    gz = path.suffix.lower() == ".gz"
    if not gz and st.st_size > limit:
        raise _too_large(path, st.st_size, limit, gz=False, advice=advice)
    try:
        with (gzip.open(path, "rb") if gz else open(path, "rb")) as f:
            data = f.read(limit + 1)
    except GZIP_ERRORS as err:
        raise damaged_gzip(path, err) from None
    if len(data) > limit:
        raise _too_large(path, len(data), limit, gz=gz, advice=advice)
    return data


def _too_large(path: Path, size: int, limit: int, *, gz: bool, advice: str) -> TooLargeError:
    def amount(n: int) -> str:
        return f"{n / 1e6:,.1f} MB" if n >= 1e6 else f"{n:,} bytes"

    lim = f"{amount(limit)}" if limit >= 1e6 else f"{limit:,}"
    got = (f"more than {amount(limit)} once decompressed, the most geolib reads in one piece" if gz
           else f"{amount(size)}, more than the {lim} geolib reads in one piece")
    return TooLargeError(f"{path}: {got}" + (f". {advice}" if advice else ""))


def damaged_gzip(path: Path, err: BaseException) -> InputError:
    """The error for a gzip file that cannot be decompressed (one of :data:`GZIP_ERRORS`)."""
    return InputError(f"{path}: a damaged or incomplete gzip file ({err})")


def refuse_binary(data: bytes, *, name: str = "input", first_line: bool = False) -> None:
    """Raise :class:`InputError` if ``data`` (a file, or its first bytes) is not text: a known
    file signature, or a NUL byte (UTF-16 with its byte-order mark is text); with
    ``first_line``, a NUL byte in its first line only (a table's header or first row: a binary
    file or UTF-16 text without its byte-order mark has one there).

    Example:
        >>> refuse_binary(b"%PDF-1.4", name="a.txt")
        Traceback (most recent call last):
        geolib.decoding.InputError: a.txt: this is a PDF file, not text; convert it to plain text first
    """
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{name}: this is {what}, not text; convert it to plain text first")
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16/32 with a byte-order mark
        end = data.find(b"\n") if first_line else -1
        nul = data.find(b"\x00", 0, end if end >= 0 else len(data))
        if nul >= 0:
            line = data.count(b"\n", 0, nul) + 1
            raise InputError(f"{name}, line {line}: binary data (a NUL byte at byte {nul}); geolib "
                             "reads plain text only (UTF-16 text needs its byte-order mark)")


def _decode_other(data: bytes, *, name: str, err: UnicodeDecodeError) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: not text in any encoding geolib recognises ({err.reason})")
    encoding = best.encoding
    # charset-normalizer may say cp1250/latin-1 for short Western text; cp1252 is the usual culprit
    # for smart quotes, and it decodes whatever latin-1 decodes but for five bytes.
    if encoding in {"latin_1", "iso8859_1", "cp1250", "iso8859_15", "iso8859_2"}:
        try:
            text = data.decode("cp1252")
            encoding = "cp1252"
        except UnicodeDecodeError:
            text = str(best)
    else:
        text = str(best)
    line = data.count(b"\n", 0, err.start) + 1
    warnings.warn(
        f"{name}, line {line}: not valid UTF-8 (byte {err.start}); decoded as {encoding}",
        GeolibWarning, stacklevel=3,
    )
    return text


def fix_mojibake(text: str, *, name: str = "input") -> str:
    """Repair UTF-8 text that was once decoded as cp1252 (``â€œ`` → ``“``), with a warning."""
    if not MOJIBAKE.search(text):
        return text
    import ftfy

    fixed = ftfy.fix_encoding(text)
    if fixed != text:
        found = MOJIBAKE.findall(text)
        example = found[0] if found else text[:1]
        warnings.warn(
            f"{name}: repaired mojibake (UTF-8 text once read as cp1252/Latin-1; {len(found)} "
            f"sequence(s) such as {example!r} → {ftfy.fix_encoding(example)!r}) with ftfy; "
            f"text is {len(fixed)} characters instead of {len(text)}", GeolibWarning, stacklevel=3)
    return fixed


_TAG = re.compile(r"<(/?)(html|head|body|p|div|span|a|br|script|style|meta|article|section|h[1-6]|"
                  r"li|ul|ol|table|tr|td|img|figure|figcaption|strong|em|b|i)\b[^>]*>", re.I)


_TAG_WITH_ATTRIBUTE = re.compile(r"""<[a-z][a-z0-9]*\s+[a-z-]+\s*=\s*["'][^>]*>""", re.I)


def looks_like_html(text: str) -> bool:
    """True when ``text`` holds markup: in its first 20,000 characters, three or more HTML tags or
    a tag with an attribute (``<a href="...">``, whose quoted value must not become a quote).

    Example:
        >>> looks_like_html('<a href="/x">Putin</a> spoke.'), looks_like_html("x < y and y > z")
        (True, False)
    """
    head = text[:20000]
    # Only the first 14 characters can decide it (lower() never shortens a text).
    if head.lstrip()[:14].lower().startswith(("<!doctype html", "<html")):
        return True
    return len(_TAG.findall(head)) >= 3 or bool(_TAG_WITH_ATTRIBUTE.search(head))


#: Any tag: ``<p>``, ``</tweet>``, ``<tweet tweet-id="1">``, ``<br/>`` (not ``x < y`` nor ``<10%``).
_ANY_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:_.-]*(?:\s+[^<>]*)?/?>")


def markup_from_start(text: str) -> bool:
    """True when ``text`` is an HTML document rather than text with a few tags in it: it opens
    with a tag and :func:`looks_like_html` says it holds markup.

    Example:
        >>> markup_from_start("<p>NATO met.</p><p>China <b>replied</b>.</p>")
        True
        >>> markup_from_start('NATO met. <tweet id="1">China replied.</tweet>')
        False
    """
    return text.lstrip("\ufeff \t\r\n")[:1] == "<" and looks_like_html(text)


def blank_tags(text: str, *, name: str = "input") -> str:
    """Tags in a plain text (a news export's ``<tweet tweet-id="...">``) replaced by as many
    spaces, with a warning: every other character keeps its offset, so ``start``/``end`` still
    point into the user's file, and a tag's quoted attribute never becomes a quote.

    Example:
        >>> import warnings
        >>> with warnings.catch_warnings():
        ...     warnings.simplefilter("ignore")
        ...     blank_tags('He wrote <tweet id="7">"No."</tweet> then.')
        'He wrote             "No."         then.'
    """
    found = 0
    example = ""

    def repl(m: re.Match[str]) -> str:
        nonlocal found, example
        found += 1
        example = example or m.group()
        return " " * len(m.group())

    out = _ANY_TAG.sub(repl, text)
    if found:
        shown = example if len(example) <= 40 else example[:37] + "..."
        warnings.warn(f"{name}: {found} markup tag(s) such as {shown!r} in plain text replaced by "
                      "spaces (offsets are unchanged: they count into the file as given; a document "
                      "that is HTML from its first character has its text extracted instead)",
                      GeolibWarning, stacklevel=3)
    return out


_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescape_entities(text: str, *, name: str = "input") -> str:
    """Decode HTML character references left in scraped text (``&quot;`` ``&#8217;`` ``&amp;``),
    with a warning. Only complete references (ending in ``;``) are decoded, so "AT&T" stays.

    Example:
        >>> import warnings
        >>> with warnings.catch_warnings():
        ...     warnings.simplefilter("ignore")
        ...     unescape_entities("&ldquo;No,&rdquo; said AT&T.")
        '“No,” said AT&T.'
    """
    import html

    if "&" not in text or not _ENTITY.search(text):
        return text
    count = 0

    def repl(m: re.Match[str]) -> str:
        nonlocal count
        out = html.unescape(m.group())
        if out != m.group():
            count += 1
        return out

    fixed = _ENTITY.sub(repl, text)
    if count:
        warnings.warn(f"{name}: decoded {count} HTML character reference(s) such as "
                      f"{_ENTITY.search(text).group()!r}", GeolibWarning, stacklevel=3)
    return fixed


def clean_text(text: str, *, name: str = "input", html: bool | None = None) -> str:
    """The text geolib analyses: mojibake repaired, HTML turned into text, character references
    decoded, each with a :class:`GeolibWarning`; text that needs none of this is returned as is.

    ``html``: ``True`` extracts the text of an HTML document (a saved web page), ``False`` keeps
    the text as it is, ``None`` (default) decides: a text that is markup from its first
    character (:func:`markup_from_start`) is extracted; a plain text with tags in it keeps its
    characters and offsets, its tags replaced by spaces (:func:`blank_tags`).

    Example:
        >>> clean_text("NATO met. China replied.")
        'NATO met. China replied.'
    """
    fixed = fix_mojibake(text, name=name)
    text = fixed
    if html is None:
        html = markup_from_start(text)
        if not html and looks_like_html(text):
            text = blank_tags(text, name=name)
    if html:
        warnings.warn(f"{name}: HTML document; tags removed and text extracted (offsets are into "
                      "the extracted text)", GeolibWarning, stacklevel=3)
        text = html_to_text(text)
    return unescape_entities(text, name=name)


def html_to_text(html: str) -> str:
    """Extract readable text from HTML: block elements become paragraphs, scripts are dropped.

    Example:
        >>> html_to_text("<p>One.</p><p>Two &amp; three.</p>")
        'One.\\nTwo & three.'
    """
    from html.parser import HTMLParser

    blocks = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article",
              "section", "figcaption", "blockquote", "header", "footer", "title"}

    class _Parser(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag, attrs):  # noqa: ANN001
            if tag in {"script", "style", "noscript", "template"}:
                self.skip += 1
            elif tag in blocks:
                self.parts.append("\n")

        def handle_endtag(self, tag):  # noqa: ANN001
            if tag in {"script", "style", "noscript", "template"}:
                self.skip = max(0, self.skip - 1)
            elif tag in blocks:
                self.parts.append("\n")

        def handle_data(self, data):  # noqa: ANN001
            if not self.skip:  # in HTML a line break in running text is a space
                self.parts.append(re.sub(r"\s+", " ", data))

    parser = _Parser()
    parser.feed(html)
    parser.close()
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in "".join(parser.parts).split("\n")]
    return "\n".join(line for line in lines if line)
