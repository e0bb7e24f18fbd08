"""The HTML of ``geolib report``: ``index.html`` and one page per document.

Both are self-contained: no server, no network, no script. Figures are inline PNG (``data:``
URLs), the style sheet is inline, and a Content-Security-Policy forbids anything else (scripts,
remote images, fonts, frames). Every string that comes from the data (document ids, texts,
metadata, actor and speaker names, lexicon entries, error messages) is HTML-escaped, with its
control characters written as ``\\xNN`` (see :func:`geolib.escaping.printable`).

Example:
    >>> esc("<script>alert(1)</script>")
    '&lt;script&gt;alert(1)&lt;/script&gt;'
    >>> esc("a\\x00b")
    'a\\\\x00b'
"""

from __future__ import annotations

import base64
import html
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from ..escaping import printable

__all__ = ["esc", "page", "table_html", "ReportSummary", "index_html", "document_html", "CSP",
           "SHOWN_CHARS"]

#: Content-Security-Policy of every page: inline styles and ``data:`` images only.
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
#: Longest piece of data shown in a cell or a heading (a 10,000-character doc_id is cut, with "…").
SHOWN_CHARS = 200

STYLE = """
body{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;color:#222;
 max-width:72em;margin:1.5em auto;padding:0 1em;line-height:1.45}
h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.25em;margin-top:1.8em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5em 0;font-size:.92em}
th,td{border:1px solid #ddd;padding:.25em .55em;text-align:left;vertical-align:top}
th{background:#f4f4f4}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
figure{margin:1em 0}figure img{max-width:100%;height:auto;border:1px solid #eee}
figcaption{font-size:.85em;color:#555}.note{color:#555;font-size:.92em}.warn{color:#9d0208}
nav a{margin-right:1em}code{background:#f4f4f4;padding:0 .2em}
"""


def esc(value: Any, limit: int | None = SHOWN_CHARS) -> str:
    """``value`` as HTML text: control characters escaped, cut to ``limit`` characters (with
    "…"), then HTML-escaped (quotes too, so it is safe in an attribute)."""
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return ""
    text = printable(value)
    if limit is not None and len(text) > limit:
        text = text[:limit - 1] + "…"
    return html.escape(text, quote=True)


def _num(value: Any, digits: int = 0) -> str:
    try:
        x = float(value)
    except (TypeError, ValueError):
        return esc(value)
    if x != x:
        return ""
    return f"{x:,.{digits}f}" if digits else f"{int(round(x)):,}"


def page(title: str, body: str, *, style: str = STYLE) -> str:
    """A whole HTML page; ``title`` is data (escaped here), ``body`` is HTML made by geolib."""
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<meta name=\"referrer\" content=\"no-referrer\"><title>{esc(title)}</title>"
            f"<style>{style}</style></head>\n<body>\n{body}\n</body></html>\n")


def table_html(df: pd.DataFrame, columns: Mapping[str, str], *, numbers: Mapping[str, int] = {},
               links: Mapping[str, str] | None = None, limit: int = SHOWN_CHARS) -> str:
    """An HTML table of ``df``'s ``columns`` (column -> heading). Cells are escaped; columns in
    ``numbers`` are formatted with that many decimals. ``links`` (column -> column of hrefs made
    by geolib) makes a column's cells links.

    Example:
        >>> table_html(pd.DataFrame({"a": ["<b>"], "n": [1234.5]}), {"a": "A", "n": "N"}, numbers={"n": 0})
        '<table><tr><th>A</th><th>N</th></tr>\\n<tr><td>&lt;b&gt;</td><td class="n">1,234</td></tr></table>'
    """
    head = "".join(f"<th>{html.escape(h)}</th>" for h in columns.values())
    rows = []
    for rec in df.to_dict("records"):
        cells = []
        for col in columns:
            value = rec.get(col)
            if col in numbers:
                cells.append(f'<td class="n">{_num(value, numbers[col])}</td>')
                continue
            text = esc(value, limit)
            href = rec.get(links[col]) if links and col in links else None
            href = href if isinstance(href, str) and href else None
            cells.append(f'<td><a href="{html.escape(href, quote=True)}">{text}</a></td>' if href
                         else f"<td>{text}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><tr>{head}</tr>\n" + "\n".join(rows) + "</table>"


# ------------------------------------------------------------------------------ index.html

@dataclass
class ReportSummary:
    """What ``index.html`` shows. Tables are DataFrames as geolib made them (not yet escaped)."""

    counts: list[tuple[str, int, str]]              # (what, number, note)
    quotes: int = 0
    with_speaker: int = 0
    with_speaker_actor: int = 0
    figures: list[tuple[str, bytes | None, str]] = field(default_factory=list)  # (name, png, why not)
    keyness: pd.DataFrame | None = None
    keyness_note: str = ""
    candidates: pd.DataFrame | None = None
    candidates_note: str = ""
    sample_note: str = ""
    errors: pd.DataFrame | None = None
    errors_total: int = 0
    documents: pd.DataFrame | None = None          # rows with a page: doc_id, href, title, ...
    documents_total: int = 0
    pages_note: str = ""
    unavailable: dict[str, str] = field(default_factory=dict)
    files: list[tuple[str, str]] = field(default_factory=list)  # (path, what)
    sources: list[str] = field(default_factory=list)
    version: str = ""


def _size(png: bytes, dpi: int = 150) -> str:
    """``width``/``height`` attributes that show a PNG saved at ``dpi`` at its size in inches."""
    if png[:8] != b"\x89PNG\r\n\x1a\n" or len(png) < 24:
        return ""
    w, h = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    return f' width="{round(w * 96 / dpi)}" height="{round(h * 96 / dpi)}"'


def _pct(n: int, total: int) -> str:
    return f"{100 * n / total:.1f}%" if total else "–"


def index_html(s: ReportSummary) -> str:
    """The report's ``index.html``."""
    sections = ['<nav><a href="#counts">Counts</a><a href="#figures">Figures</a>'
                '<a href="#keyness">Key terms</a><a href="#candidates">Candidate names</a>'
                '<a href="#errors">Errors</a><a href="#documents">Documents</a><a href="#files">Files</a></nav>']
    sections.append("<h1>geolib report</h1>")
    if s.sources:
        sections.append('<p class="note">Made by geolib ' + esc(s.version) + " from "
                        + ", ".join(f"<code>{esc(p)}</code>" for p in s.sources) + ".</p>")
    # counts and coverage
    rows = "".join(f'<tr><th>{html.escape(what)}</th><td class="n">{n:,}</td><td>{html.escape(note)}</td></tr>'
                   for what, n, note in s.counts)
    sections.append(f'<h2 id="counts">Counts</h2><table>{rows}</table>')
    q = s.quotes
    sections.append(
        "<h3>Quote attribution coverage</h3><table>"
        f'<tr><th>quotes</th><td class="n">{q:,}</td><td></td></tr>'
        f'<tr><th>with a speaker</th><td class="n">{s.with_speaker:,}</td><td>{_pct(s.with_speaker, q)}</td></tr>'
        f'<tr><th>with a speaker actor</th><td class="n">{s.with_speaker_actor:,}</td>'
        f"<td>{_pct(s.with_speaker_actor, q)}</td></tr></table>"
        '<p class="note">A speaker is the name or description the quote is attributed to; a speaker '
        "actor is the actor of the lexicon that speaker stands for.</p>")
    for stage, why in s.unavailable.items():
        sections.append(f'<p class="warn">Not run: {esc(stage)} ({esc(why, 500)})</p>')
    # figures
    figs = ['<h2 id="figures">Figures</h2>']
    for name, png, why in s.figures:
        if png is None:
            figs.append(f'<p class="warn">Figure {esc(name)} not made: {esc(why, 500)}</p>')
            continue
        data = base64.b64encode(png).decode("ascii")
        figs.append(f'<figure id="fig-{esc(name)}"><img alt="{esc(name)}"{_size(png)} src="data:image/png;base64,{data}">'
                    f"<figcaption>{esc(name)}: <code>figures/{esc(name)}.png</code>, <code>.svg</code>; "
                    f"the table behind it: <code>figures/data/{esc(name)}.csv</code></figcaption></figure>")
    sections.append("".join(figs))
    # key terms
    sections.append('<h2 id="keyness">Key terms against general English</h2>')
    if s.keyness is not None and len(s.keyness):
        sections.append(f'<p class="note">{esc(s.keyness_note, None)}</p>' + table_html(
            s.keyness, {"term": "term", "log_ratio": "log ratio", "count_target": "count",
                        "per_1000_target": "per 1,000 words", "count_reference": "count in general English",
                        "per_1000_reference": "general English per 1,000 words", "g2": "G²"},
            numbers={"log_ratio": 2, "count_target": 0, "per_1000_target": 2, "count_reference": 0,
                     "per_1000_reference": 3, "g2": 0}))
    else:
        sections.append(f'<p class="note">{esc(s.keyness_note or "No key terms.", None)}</p>')
    # candidate names
    sections.append('<h2 id="candidates">Candidate names</h2>')
    if s.candidates is not None and len(s.candidates):
        sections.append(f'<p class="note">{esc(s.candidates_note, None)}</p>' + table_html(
            s.candidates, {"name": "name", "count": "count", "n_docs": "documents", "example": "example"},
            numbers={"count": 0, "n_docs": 0}))
    else:
        sections.append(f'<p class="note">{esc(s.candidates_note or "No candidate names.", None)}</p>')
    if s.sample_note:
        sections.append(f'<p class="note">{esc(s.sample_note, None)}</p>')
    # errors
    sections.append('<h2 id="errors">Errors</h2>')
    if s.errors is not None and len(s.errors):
        shown = len(s.errors)
        more = (f" The first {shown:,} of {s.errors_total:,} are shown." if s.errors_total > shown else "")
        sections.append(f'<p class="note">{s.errors_total:,} document(s) or stage(s) failed; the '
                        f"whole table is in <code>errors/</code>.{more}</p>" + table_html(
                            s.errors, {"doc_id": "document", "source": "source", "stage": "stage",
                                       "error": "error", "message": "message"}, limit=500))
    else:
        sections.append('<p class="note">None: every document was read and went through every stage.</p>')
    # documents
    sections.append('<h2 id="documents">Documents</h2>')
    if s.pages_note:
        sections.append(f'<p class="note">{esc(s.pages_note, None)}</p>')
    if s.documents is not None and len(s.documents):
        cols = {"doc_id": "document"}
        for c, h in (("title", "title"), ("date", "date"), ("outlet", "outlet")):
            if c in s.documents.columns and any(esc(v).strip() for v in s.documents[c]):
                cols[c] = h
        cols.update({"words": "words", "actors": "actor mentions", "quotes": "quotes", "frames": "framing terms"})
        sections.append(table_html(s.documents, {c: h for c, h in cols.items() if c in s.documents.columns},
                                   numbers={"words": 0, "actors": 0, "quotes": 0, "frames": 0},
                                   links={"doc_id": "href"}))
    # files
    if s.files:
        rows = "".join(f"<tr><td><code>{esc(p)}</code></td><td>{html.escape(what)}</td></tr>"
                       for p, what in s.files)
        sections.append(f'<h2 id="files">Files</h2><table>{rows}</table>')
    return page("geolib report", "\n".join(sections))


# ------------------------------------------------------------------------------ document pages

#: Metadata shown at the top of a document's page, in this order (then the other metadata).
META_SHOWN = ("title", "date", "outlet", "dateline", "url", "path")


def document_html(doc_id: str, fragment: str, meta: Mapping[str, Any], counts: Sequence[tuple[str, int]],
                  *, back: str = "../index.html") -> str:
    """A document's page: a link back to the report, its metadata (escaped) and ``fragment``, the
    HTML of :func:`geolib.render` (which escapes the text itself)."""
    title = meta.get("title") if isinstance(meta.get("title"), str) and meta.get("title").strip() else doc_id
    rows = [f"<tr><th>document</th><td>{esc(doc_id, 1000)}</td></tr>"]
    for key in _meta_order(meta):
        value = meta[key]
        if value is None or (isinstance(value, float) and value != value) or str(value).strip() == "":
            continue
        shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
        rows.append(f"<tr><th>{esc(key, 80)}</th><td>{esc(shown, 1000)}</td></tr>")
    rows.append("<tr><th>found</th><td>" + ", ".join(f"{n:,} {html.escape(what)}" for what, n in counts)
                + "</td></tr>")
    body = (f'<nav><a href="{html.escape(back, quote=True)}">← the report</a></nav>'
            f"<h1>{esc(title)}</h1><table>{''.join(rows)}</table>\n{fragment}")
    return page(str(title), body)


def _meta_order(meta: Mapping[str, Any]) -> Iterable[str]:
    yield from (k for k in META_SHOWN if k in meta)
    yield from (k for k in meta if k not in META_SHOWN)
