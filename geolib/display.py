"""Render a document with its actors, quotes and framing terms marked, in the style of displaCy.

``geolib.show(doc)`` returns an object that JupyterLab displays inline (it has ``_repr_html_``);
``render(doc)`` returns the same HTML as a string and ``to_html(doc, "doc.html")`` writes a page.

Three layers are drawn, each from a span table (``doc_id, start, end, text`` + a label column):

* actors: a coloured mark with the actor's name as a small label (``geolib.actors.actors``);
* quotes: underlined in the colour of the speaker's actor, with the speaker as a tag; the
  reporting verb (cue) gets a dotted underline (``geolib.quotes.quotes``);
* framing terms: a box with the frame as a label (``geolib.frames.frames``).

Any other span table can be drawn with ``spans=`` (a DataFrame, or a dict of name -> DataFrame).
Spans may nest (an actor inside a quote) or cross (a term that starts inside a quote and ends
after it): crossing spans are split into fragments that share a ``data-span`` id, so the HTML is
always well nested. Every fragment covers exactly ``doc.text[start:end]`` of its span.
"""

from __future__ import annotations

import html
import importlib
import os
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .decoding import GeolibWarning
from .document import Document, load

__all__ = ["show", "render", "to_html", "Rendered", "collect_spans", "PALETTE"]

# Colour-blind friendly, light enough to read black text on (Okabe-Ito and Tableau, lightened).
PALETTE: tuple[str, ...] = (
    # the first ten far apart in hue, so the actors of one story are easy to tell apart
    "#8ecae6", "#ffb703", "#90be6d", "#f4a6a6", "#cdb4db", "#80cbc4", "#ffc8dd", "#d4e157",
    "#bcaaa4", "#9fa8da",
    "#ffd6a5", "#b5e48c", "#e5989b", "#bde0fe", "#f9c74f", "#99d98c", "#d0a6ff", "#98c1d9",
    "#e9c46a", "#c3b1e1",
)
# Darker, for borders and labels of framing terms (one colour per frame, up to 20 in a document).
FRAME_PALETTE: tuple[str, ...] = (
    "#d62828", "#6a4c93", "#1d6fa5", "#2a9d8f", "#e76f51", "#8d6e63", "#c71f7a", "#577590",
    "#b08900", "#3a5a40", "#0077b6", "#9d0208", "#7b2cbf", "#588157", "#bc6c25", "#3d405b",
    "#e63946", "#006d77", "#a05195", "#6c757d",
)
NO_SPEAKER = "#9e9e9e"
LAYER_ORDER = {"quote": 0, "spans": 1, "actor": 2, "cue": 3, "frame": 4}

CSS = """
.geolib-doc{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;
 line-height:2.4;font-size:15px;max-width:60em;color:#222}
.geolib-par{white-space:pre-wrap;margin:0 0 .6em 0}
.geolib-par.geolib-nonbody{color:#777;font-size:13px;line-height:2}
.geolib-role{font-size:10px;text-transform:uppercase;letter-spacing:.05em;color:#fff;
 background:#999;border-radius:3px;padding:0 .35em;margin-right:.5em;vertical-align:middle;
 user-select:none}
.geolib-ent{padding:.15em .3em;margin:0 .1em;border-radius:.35em;line-height:1}
.geolib-label{font-size:.62em;font-weight:700;text-transform:uppercase;margin-left:.35em;
 vertical-align:middle;opacity:.75;user-select:none}
.geolib-quote{border-bottom:3px solid;padding-bottom:2px}
.geolib-speaker{font-size:.62em;font-weight:700;border-radius:.3em;padding:0 .3em;margin-right:.2em;
 vertical-align:super;color:#222;user-select:none}
.geolib-cue{border-bottom:2px dotted #333;font-style:italic}
.geolib-frame{border:2px solid;border-radius:.25em;padding:0 .15em;font-weight:600}
.geolib-legend{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;
 font-size:12px;line-height:1.9;margin:.3em 0 1em 0;padding:.4em .6em;border:1px solid #ddd;
 border-radius:.4em;max-width:60em}
.geolib-legend b{margin-right:.4em}
.geolib-key{display:inline-block;margin:0 .7em 0 0;white-space:nowrap}
.geolib-swatch{display:inline-block;width:1.4em;height:.9em;vertical-align:middle;margin-right:.3em;
 border-radius:.2em}
"""


@dataclass
class Span:
    """One span to draw: where it is, which layer it belongs to and how it looks."""

    start: int
    end: int
    layer: str
    label: str
    color: str
    title: str = ""
    tag: str = ""          # shown once, at the span's first fragment (quote speaker)
    sid: str = ""


@dataclass
class Rendered:
    """HTML of a rendered document; JupyterLab shows it inline, ``str()`` gives the HTML."""

    html: str
    spans: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False)

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        n = self.html.count('data-span="')
        return f"<geolib display: {n} marked element(s), {len(self.html):,} characters of HTML>"

    def __str__(self) -> str:
        return self.html

    def save(self, path: str | os.PathLike) -> Path:
        """Write a standalone HTML page; return its path."""
        return _write_page(self.html, path)


# -- span tables --------------------------------------------------------------------------------

def _module_table(name: str, func: str, doc: Document, roles) -> pd.DataFrame | None:  # noqa: ANN001
    # geolib/__init__ binds geolib.actors, .quotes and .frames to the functions of those names,
    # so the modules are taken from the import system.
    fn = getattr(importlib.import_module(f"geolib.{name}"), func)
    try:
        return fn(doc, roles=roles)
    except Exception as err:  # noqa: BLE001 - a display shows what it can
        warnings.warn(f"geolib.{name}.{func} failed on {doc.doc_id!r} ({type(err).__name__}: {err}); "
                      f"{name} are not shown", GeolibWarning, stacklevel=4)
        return None


def _as_table(value, name: str, func: str, doc: Document, roles) -> pd.DataFrame | None:  # noqa: ANN001
    if value is False or value is None:
        return None
    if value is True:
        return _module_table(name, func, doc, roles)
    if isinstance(value, pd.DataFrame):
        return value
    raise TypeError(f"{name}= takes True, False or a DataFrame, not {type(value).__name__}")


def _clean(df: pd.DataFrame, doc: Document, what: str) -> pd.DataFrame:
    """Rows of ``df`` for this document whose offsets are valid; warn about the others."""
    if df is None or not len(df):
        return pd.DataFrame(columns=["start", "end"])
    missing = {"start", "end"} - set(df.columns)
    if missing:
        raise ValueError(f"{what}: the span table has no {', '.join(sorted(missing))} column")
    if "doc_id" in df.columns and df["doc_id"].nunique() > 1:
        df = df[df["doc_id"].astype(str) == doc.doc_id]
    df = df[df["start"].notna() & df["end"].notna()].copy()
    df["start"] = df["start"].astype(int)
    df["end"] = df["end"].astype(int)
    n = len(doc.text)
    ok = (df["start"] >= 0) & (df["end"] <= n) & (df["start"] < df["end"])
    if "text" in df.columns:
        ok &= pd.Series([doc.text[s:e] == t if (0 <= s < e <= n) else False
                         for s, e, t in zip(df["start"], df["end"], df["text"].astype(str))],
                        index=df.index, dtype=bool)
    if not ok.all():
        warnings.warn(f"{what}: {int((~ok).sum())} span(s) with offsets that do not match the text "
                      "were not drawn", GeolibWarning, stacklevel=4)
    return df[ok]


def _label_column(df: pd.DataFrame, label: str | None) -> str | None:
    if label is not None:
        if label not in df.columns:
            raise ValueError(f"label column {label!r} is not in the span table ({', '.join(df.columns)})")
        return label
    for col in ("label", "actor", "frame", "speaker_actor", "speaker", "kind", "term", "type"):
        if col in df.columns:
            return col
    return None


def _colors(labels: Iterable[str], palette: tuple[str, ...]) -> dict[str, str]:
    """A colour per label, in order of first appearance (stable for a given document)."""
    out: dict[str, str] = {}
    for lab in labels:
        if lab not in out:
            out[lab] = palette[len(out) % len(palette)]
    return out


def _str(x: Any) -> str:
    return "" if x is None or (isinstance(x, float) and x != x) or x is pd.NA else str(x)


def collect_spans(doc: Document | str, *, actors: bool | pd.DataFrame = True,
                  quotes: bool | pd.DataFrame = True, frames: bool | pd.DataFrame = True,
                  spans: pd.DataFrame | Mapping[str, pd.DataFrame] | None = None,
                  label: str | None = None, roles: Iterable[str] | None = None
                  ) -> tuple[list[Span], dict[str, dict[str, str]]]:
    """The spans :func:`render` draws, and the legend (layer -> label -> colour).

    Example:
        >>> import pandas as pd
        >>> doc = load("China and NATO met.", doc_id="d")
        >>> t = pd.DataFrame({"doc_id": ["d"], "start": [0], "end": [5], "text": ["China"],
        ...                   "label": ["state"]})
        >>> sp, legend = collect_spans(doc, actors=False, quotes=False, frames=False, spans=t)
        >>> [(s.start, s.end, s.label) for s in sp], list(legend["spans"])
        ([(0, 5, 'state')], ['state'])
    """
    doc = load(doc) if not isinstance(doc, Document) else doc
    roles = None if roles is None else tuple(roles)
    out: list[Span] = []
    legend: dict[str, dict[str, str]] = {}

    act = _clean(_as_table(actors, "actors", "actors", doc, roles), doc, "actors")
    quo = _clean(_as_table(quotes, "quotes", "quotes", doc, roles), doc, "quotes")
    fra = _clean(_as_table(frames, "frames", "frames", doc, roles), doc, "frames")

    # One colour per actor, shared by actor marks and the quotes their speakers give.
    names: list[str] = []
    if len(act):
        col = _label_column(act, "actor" if "actor" in act.columns else None)
        act = act.sort_values(["start", "end"])
        texts = act["text"] if "text" in act.columns else [""] * len(act)
        names += [_str(x) or _str(t) for x, t in zip(act[col] if col else texts, texts)]
    if len(quo):
        for c in ("speaker_actor", "speaker"):
            if c in quo.columns:
                names += [_str(x) for x in quo[c] if _str(x)]
                break
    actor_colors = _colors(names, PALETTE)

    if len(act):
        col = "actor" if "actor" in act.columns else _label_column(act, None)
        legend["actors"] = {}
        for i, row in enumerate(act.to_dict("records")):
            name = _str(row.get(col)) or _str(row.get("text"))
            extra = " · ".join(_str(row.get(c)) for c in ("type", "kind", "affiliation", "code")
                               if _str(row.get(c)))
            # The label says what the mention stands for ("Beijing" -> China); when the mention is
            # the name itself, the actor's type says more.
            shown = name if _str(row.get("text")).casefold() != name.casefold() else (
                _str(row.get("type")) or name)
            out.append(Span(row["start"], row["end"], "actor", shown, actor_colors[name],
                            title=f"actor: {name}" + (f" ({extra})" if extra else ""), sid=f"a{i}"))
            legend["actors"][name] = actor_colors[name]

    if len(quo):
        legend["speakers"] = {}
        for i, row in enumerate(quo.sort_values(["start", "end"]).to_dict("records")):
            speaker = _str(row.get("speaker_actor")) or _str(row.get("speaker"))
            color = actor_colors.get(speaker, NO_SPEAKER) if speaker else NO_SPEAKER
            who = speaker or "no speaker found"
            said = _str(row.get("speaker"))
            title = f"{_str(row.get('kind')) or 'quote'} · speaker: {said or '?'}"
            if _str(row.get("speaker_actor")):
                title += f" ({row['speaker_actor']})"
            if _str(row.get("cue")):
                title += f" · cue: {row['cue']}" + (f" [{row['cue_group']}]" if _str(row.get("cue_group")) else "")
            out.append(Span(row["start"], row["end"], "quote", who, color, title=title,
                            tag=who, sid=f"q{i}"))
            legend["speakers"][who] = color
            cs, ce = row.get("cue_start"), row.get("cue_end")
            if _str(cs) and _str(ce) and 0 <= int(cs) < int(ce) <= len(doc.text):
                group = _str(row.get("cue_group"))
                out.append(Span(int(cs), int(ce), "cue", group or "cue", "#333",
                                title="reporting verb" + (f" ({group})" if group else ""),
                                sid=f"c{i}"))

    if len(fra):
        col = "frame" if "frame" in fra.columns else _label_column(fra, None)
        fra = fra.sort_values(["start", "end"])
        labels = [_str(x) or "frame" for x in (fra[col] if col else [""] * len(fra))]
        frame_colors = _colors(sorted(set(labels)), FRAME_PALETTE)
        legend["frames"] = {}
        for i, (row, lab) in enumerate(zip(fra.to_dict("records"), labels)):
            extra = " · ".join(_str(row.get(c)) for c in ("dimension", "term") if _str(row.get(c)))
            out.append(Span(row["start"], row["end"], "frame", lab, frame_colors[lab],
                            title=f"frame: {lab}" + (f" ({extra})" if extra else ""), sid=f"f{i}"))
            legend["frames"][lab] = frame_colors[lab]

    if spans is not None:
        tables = spans.items() if isinstance(spans, Mapping) else [("spans", spans)]
        for name, df in tables:
            if not isinstance(df, pd.DataFrame):
                raise TypeError(f"spans= takes a DataFrame or a dict of DataFrames, not {type(df).__name__}")
            df = _clean(df, doc, str(name))
            if not len(df):
                continue
            col = _label_column(df, label)
            df = df.sort_values(["start", "end"])
            labs = [_str(x) or str(name) for x in (df[col] if col else [name] * len(df))]
            colors = _colors(labs, PALETTE)
            legend[str(name)] = {}
            for i, (row, lab) in enumerate(zip(df.to_dict("records"), labs)):
                out.append(Span(row["start"], row["end"], "spans", lab, colors[lab],
                                title=f"{name}: {lab}", sid=f"s{name}-{i}"))
                legend[str(name)][lab] = colors[lab]
    return out, legend


# -- HTML ---------------------------------------------------------------------------------------

def _attr(x: str) -> str:
    return html.escape(x, quote=True)


def _open(span: Span, first: bool) -> str:
    common = f'data-span="{_attr(span.sid)}" title="{_attr(span.title)}"'
    if span.layer == "quote":
        tag = (f'<span class="geolib-speaker" style="background:{span.color}">{html.escape(span.tag)}</span>'
               if first and span.tag else "")
        return (f'<span class="geolib-quote" data-speaker="{_attr(span.label)}" {common} '
                f'style="border-color:{span.color};background:{span.color}22">{tag}')
    if span.layer == "cue":
        return f'<span class="geolib-cue" data-group="{_attr(span.label)}" {common}>'
    if span.layer == "frame":
        return (f'<span class="geolib-frame" data-frame="{_attr(span.label)}" {common} '
                f'style="border-color:{span.color}">')
    cls = "geolib-ent" if span.layer == "actor" else "geolib-ent geolib-span"
    return (f'<mark class="{cls}" data-label="{_attr(span.label)}" {common} '
            f'style="background:{span.color}">')


def _close(span: Span, last: bool) -> str:
    if span.layer in ("actor", "spans"):
        label = f'<span class="geolib-label">{html.escape(span.label)}</span>' if last else ""
        return f"{label}</mark>"
    if span.layer == "frame":
        label = (f'<span class="geolib-label" style="color:{span.color}">{html.escape(span.label)}</span>'
                 if last else "")
        return f"{label}</span>"
    return "</span>"


def _key(s: Span) -> tuple[int, int, int, str]:
    """Nesting order: earlier start outside, then the longer span, then the layer."""
    return (s.start, -s.end, LAYER_ORDER.get(s.layer, 9), s.sid)


def _markup(text: str, lo: int, hi: int, inside: list[Span], started: set[str]) -> str:
    """HTML for ``text[lo:hi]`` with ``inside``, the spans that touch it, well nested (crossing
    spans split).

    One sweep over the sorted boundaries: the spans open at a boundary are those open at the one
    before, less those that end there, plus those that start there (they start after every open
    one, so they go last, in nesting order): no span list is scanned or sorted per boundary (that
    made a paragraph of 25,000 quotes quadratic).

    Example:
        >>> sp = [Span(0, 5, "actor", "state", "#fff", sid="a0")]
        >>> _markup("China met.", 0, 10, sp, set()).count("</mark>")
        1
    """
    bounds = sorted({lo, hi} | {max(lo, s.start) for s in inside} | {min(hi, s.end) for s in inside})
    order = sorted(inside, key=_key)  # by start: spans begun before lo first, all at lo
    nxt = 0
    stack: list[Span] = []
    parts: list[str] = []
    for a, b in zip(bounds, bounds[1:]):
        want = [s for s in stack if s.end > a]  # a span ends at a boundary: still open up to b
        while nxt < len(order) and max(lo, order[nxt].start) <= a:
            want.append(order[nxt])
            nxt += 1
        keep = 0
        while keep < len(stack) and keep < len(want) and stack[keep] is want[keep]:
            keep += 1
        for s in reversed(stack[keep:]):
            parts.append(_close(s, s.end <= a))
        for s in want[keep:]:
            parts.append(_open(s, s.sid not in started))
            started.add(s.sid)
        stack = want
        parts.append(html.escape(text[a:b], quote=False))
    for s in reversed(stack):
        parts.append(_close(s, s.end <= hi))
    return "".join(parts)


class _Touching:
    """The spans that touch a range, for ranges asked in document order (the paragraphs): a
    sweep that adds the spans starting before the range and drops those ending before it, so
    each span is looked at about once per paragraph it covers, not once per paragraph.

    Example:
        >>> t = _Touching([Span(0, 5, "actor", "x", "#fff"), Span(8, 12, "actor", "y", "#fff")])
        >>> [s.label for s in t(0, 6)], [s.label for s in t(7, 12)]
        (['x'], ['y'])
    """

    def __init__(self, spans: list[Span]) -> None:
        self.spans = sorted(spans, key=lambda s: s.start)  # stable: the list order among equals
        self.rank = {id(s): k for k, s in enumerate(spans)}
        self.next = 0
        self.open: list[Span] = []
        self.last = -1

    def __call__(self, lo: int, hi: int) -> list[Span]:
        if lo < self.last:  # asked out of order: start the sweep again
            self.next, self.open = 0, []
        self.last = lo
        while self.next < len(self.spans) and self.spans[self.next].start < hi:
            self.open.append(self.spans[self.next])
            self.next += 1
        self.open = [s for s in self.open if s.end > lo]
        hit = [s for s in self.open if s.start < hi]
        hit.sort(key=lambda s: self.rank[id(s)])  # the order of the span list, as before
        return hit


def _legend(legend: dict[str, dict[str, str]]) -> str:
    rows = []
    keys = {
        "actors": ('<mark class="geolib-ent" style="background:#ddd">actor</mark>', "background = actor"),
        "speakers": ('<span class="geolib-quote" style="border-color:#888">quote</span>',
                     "underline = speaker's actor; <span class=\"geolib-cue\">dotted</span> = reporting verb"),
        "frames": ('<span class="geolib-frame" style="border-color:#888">term</span>', "box = frame"),
    }
    for layer, items in legend.items():
        if not items:
            continue
        sample, how = keys.get(layer, (f"<b>{html.escape(layer)}</b>", ""))
        swatches = "".join(
            f'<span class="geolib-key"><span class="geolib-swatch" style="background:{c}"></span>'
            f"{html.escape(lab)}</span>" for lab, c in items.items())
        rows.append(f'<div data-layer="{_attr(layer)}"><b>{html.escape(layer)}</b> {sample} '
                    f'<i>{how}</i><br>{swatches}</div>')
    if not rows:
        rows.append("<div><i>nothing to mark in this document</i></div>")
    return f'<div class="geolib-legend">{"".join(rows)}</div>'


def render(doc: Document | str, *, actors: bool | pd.DataFrame = True,
           quotes: bool | pd.DataFrame = True, frames: bool | pd.DataFrame = True,
           spans: pd.DataFrame | Mapping[str, pd.DataFrame] | None = None, label: str | None = None,
           roles: Iterable[str] | None = None, legend: bool = True, title: str | None = None) -> str:
    """HTML (a ``<div>`` with its own ``<style>``) of ``doc`` with its spans marked.

    ``actors``, ``quotes``, ``frames``: ``True`` computes the layer with geolib (skipped with a
    warning if the module is missing), ``False`` leaves it out, a DataFrame draws that table.
    ``spans``: any other span table(s) (``start, end`` and a label column, ``label=`` or the first of
    label/actor/frame/speaker/kind/term/type). ``roles``: paragraph roles to show (``None``: all;
    paragraphs that are not body text are greyed and tagged with their role).

    Example:
        >>> doc = load("A <b> & “China threat” talk.", doc_id="d")
        >>> html_ = render(doc, actors=False, quotes=False, frames=False)
        >>> "&lt;b&gt; &amp;" in html_ and "geolib-legend" in html_
        True
    """
    doc = load(doc) if not isinstance(doc, Document) else doc
    roles = None if roles is None else tuple(roles)
    found, keys = collect_spans(doc, actors=actors, quotes=quotes, frames=frames, spans=spans,
                                label=label, roles=roles)
    paras = doc.paragraph_spans or [(0, len(doc.text), "body")]
    started: set[str] = set()
    body = []
    touching = _Touching(found)
    for i, (s, e, role) in enumerate(paras):
        if roles is not None and role not in roles:
            continue
        badge = f'<span class="geolib-role">{html.escape(role)}</span>' if role != "body" else ""
        cls = "geolib-par" + (" geolib-nonbody" if role != "body" else "")
        body.append(f'<div class="{cls}" data-role="{_attr(role)}" data-paragraph="{i}">{badge}'
                    f"{_markup(doc.text, s, e, touching(s, e), started)}</div>")
    head = f"<h3>{html.escape(title)}</h3>" if title else ""
    leg = _legend(keys) if legend else ""
    return (f'<div class="geolib-display" data-doc-id="{_attr(doc.doc_id)}"><style>{CSS}</style>'
            f'{head}{leg}<div class="geolib-doc">{"".join(body)}</div></div>')


def show(doc: Document | str, *, actors: bool | pd.DataFrame = True,
         quotes: bool | pd.DataFrame = True, frames: bool | pd.DataFrame = True,
         roles: Iterable[str] | None = None,
         spans: pd.DataFrame | Mapping[str, pd.DataFrame] | None = None, label: str | None = None,
         legend: bool = True, jupyter: bool | None = None) -> Rendered | None:
    """Show ``doc`` with actors, quotes (coloured by speaker) and framing terms marked.

    Returns a :class:`Rendered` that JupyterLab displays inline (``.html`` is the HTML string,
    ``.save(path)`` writes a page). With ``jupyter=True`` it is displayed at once through IPython
    and ``None`` is returned. Options as in :func:`render`.

    Example:
        >>> r = show("NATO met China.", actors=False, quotes=False, frames=False)
        >>> r._repr_html_().startswith('<div class="geolib-display"')
        True
    """
    doc = load(doc) if not isinstance(doc, Document) else doc
    out = Rendered(render(doc, actors=actors, quotes=quotes, frames=frames, spans=spans, label=label,
                          roles=roles, legend=legend))
    if jupyter:
        from IPython.display import HTML, display

        display(HTML(out.html))
        return None
    return out


def _write_page(fragment: str, path: str | os.PathLike) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
                    f"<title>geolib</title></head><body>{fragment}</body></html>\n", encoding="utf-8")
    return path


def to_html(doc: Document | str, path: str | os.PathLike | None = None, **options: Any) -> str:
    """The rendered document as a standalone HTML page; written to ``path`` when given.

    Example:
        >>> page = to_html("NATO met.", actors=False, quotes=False, frames=False)
        >>> page.startswith("<!DOCTYPE html>")
        True
    """
    fragment = render(doc, **options)
    page = (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f"<title>geolib</title></head><body>{fragment}</body></html>\n")
    if path is not None:
        _write_page(fragment, path)
    return page
