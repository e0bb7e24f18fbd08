"""Turn raw bytes into text, refusing what is not text and saying what was repaired.

The one job of this module is decoding: binary files are refused, UTF-8 is read as is (a leading
BOM dropped), other encodings are detected with charset-normalizer, and mojibake such as
``â€œ`` is repaired with ftfy. Every repair is reported as a :class:`GeolibWarning`, so a
researcher knows when ``doc.text`` differs from the bytes on disk.
"""

from __future__ import annotations

import re
import warnings

__all__ = ["GeolibWarning", "InputError", "decode_bytes", "looks_like_html", "html_to_text"]


class GeolibWarning(UserWarning):
    """A warning about input that geolib repaired or could only partly use."""


class InputError(ValueError):
    """Input that geolib cannot turn into a document (missing, empty, binary, malformed)."""


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
_MOJIBAKE = re.compile("â€[\u0080-\u02ff\u2010-\u203a]|Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]")


def decode_bytes(data: bytes, *, name: str = "input") -> str:
    """Decode ``data`` to text, warning about every repair.

    Raises :class:`InputError` for binary data (NUL bytes or a known file signature).

    Example:
        >>> decode_bytes("“Hi”".encode("utf-8"))
        '“Hi”'
    """
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{name}: this is {what}, not text; convert it to plain text first")
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: binary data (NUL bytes); geolib reads plain text only")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        text = _decode_other(data, name=name, err=err)
    return fix_mojibake(text, name=name)


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
    warnings.warn(
        f"{name}: not valid UTF-8 (byte {err.start}); decoded as {encoding}", GeolibWarning,
        stacklevel=3,
    )
    return text


def fix_mojibake(text: str, *, name: str = "input") -> str:
    """Repair UTF-8 text that was once decoded as cp1252 (``â€œ`` → ``“``), with a warning."""
    if not _MOJIBAKE.search(text):
        return text
    import ftfy

    fixed = ftfy.fix_encoding(text)
    if fixed != text:
        warnings.warn(f"{name}: repaired mojibake (e.g. 'â€œ' → '“') with ftfy", GeolibWarning,
                      stacklevel=3)
    return fixed


_TAG = re.compile(r"<(/?)(html|head|body|p|div|span|a|br|script|style|meta|article|section|h[1-6]|"
                  r"li|ul|ol|table|tr|td|img|figure|figcaption|strong|em|b|i)\b[^>]*>", re.I)


def looks_like_html(text: str) -> bool:
    """True when ``text`` is markup rather than prose (several HTML tags in its first 20,000 chars)."""
    head = text[:20000]
    return len(_TAG.findall(head)) >= 3 or head.lstrip().lower().startswith(("<!doctype html", "<html"))


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
            if not self.skip:
                self.parts.append(data)

    parser = _Parser()
    parser.feed(html)
    parser.close()
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in "".join(parser.parts).split("\n")]
    return "\n".join(line for line in lines if line)
