"""geolib.show / render: exact offsets, escaping, well-nested HTML, legend, real module layers."""

from __future__ import annotations

from html.parser import HTMLParser

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geolib
from geolib.display import Rendered, render, show, to_html

VOID = {"br", "meta", "img", "hr", "input", "link"}
DECOR = {"geolib-label", "geolib-speaker", "geolib-role"}  # added text that is not the document's


class Reader(HTMLParser):
    """Checks nesting and collects, per data-span id, the document text inside its elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.errors: list[str] = []
        self.span_text: dict[str, list[str]] = {}   # sid -> text of each fragment
        self.elements: dict[str, int] = {}           # sid -> number of elements
        self.meta: dict[str, dict] = {}
        self.paragraph_text: list[str] = []
        self.legend_text: list[str] = []
        self.in_style = False

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        if tag in VOID:
            return
        a = dict(attrs)
        self.stack.append((tag, a))
        if tag == "style":
            self.in_style = True
        if "data-span" in a:
            sid = a["data-span"]
            self.span_text.setdefault(sid, []).append("")
            self.elements[sid] = self.elements.get(sid, 0) + 1
            self.meta[sid] = a
        if "geolib-par" in a.get("class", "").split():
            self.paragraph_text.append("")

    def handle_endtag(self, tag):  # noqa: ANN001
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else 'nothing'}")
            return
        self.stack.pop()
        if tag == "style":
            self.in_style = False

    def handle_data(self, data):  # noqa: ANN001
        if self.in_style:
            return
        classes = [set(a.get("class", "").split()) for _, a in self.stack]
        if any(c & DECOR for c in classes):
            return
        if any("geolib-legend" in c for c in classes):
            self.legend_text.append(data)
            return
        for _, a in self.stack:
            if "data-span" in a:
                self.span_text[a["data-span"]][-1] += data
        if any("geolib-par" in c for c in classes):
            self.paragraph_text[-1] += data


def read(html_: str) -> Reader:
    r = Reader()
    r.feed(html_)
    r.close()
    assert not r.errors, r.errors[:5]
    assert not r.stack, [t for t, _ in r.stack]
    return r


def table(text: str, items: list[tuple[str, dict]], doc_id: str = "d") -> pd.DataFrame:
    rows, pos = [], {}
    for sub, extra in items:
        s = text.index(sub, pos.get(sub, 0))
        pos[sub] = s + 1
        rows.append({"doc_id": doc_id, "start": s, "end": s + len(sub), "text": sub, **extra})
    return pd.DataFrame(rows)


TEXT = ('NATO said: "China <b>is</b> a threat & a Cold War mentality" today.\n'
        'Beijing replied that NATO\'s <script>alert(1)</script> talk was "a Cold War mentality".')


@pytest.fixture()
def layers():
    doc = geolib.Document(TEXT, doc_id="d")  # load() would strip the tags: keep them as text
    actors = table(TEXT, [("NATO", {"actor": "NATO", "type": "organization"}),
                          ("China", {"actor": "China", "type": "state"}),
                          ("Beijing", {"actor": "China", "type": "state"}),
                          ("NATO", {"actor": "NATO", "type": "organization"})])
    q1 = '"China <b>is</b> a threat & a Cold War mentality"'
    q2 = '"a Cold War mentality"'
    quotes = table(TEXT, [(q1, {"kind": "direct", "speaker": "NATO", "speaker_actor": "NATO",
                                "cue": "said", "cue_start": 5, "cue_end": 9, "cue_group": "neutral"}),
                          (q2, {"kind": "partial", "speaker": "Beijing", "speaker_actor": "China",
                                "cue": None, "cue_start": None, "cue_end": None})])
    frames = table(TEXT, [("Cold War mentality", {"frame": "cold war"}),
                          ("Cold War mentality", {"frame": "cold war"}),
                          ("threat & a Cold", {"frame": "crossing"})])  # crosses the first term
    return doc, actors, quotes, frames


def test_every_span_text_once_and_exact(layers):
    doc, actors, quotes, frames = layers
    r = read(render(doc, actors=actors, quotes=quotes, frames=frames))
    expected = ([("a", t) for t in actors["text"]] + [("q", t) for t in quotes["text"]]
                + [("f", t) for t in frames["text"]] + [("c", "said")])
    got = {p: sorted("".join(r.span_text[sid]) for sid in r.span_text if sid.startswith(p))
           for p in "aqfc"}
    for p in "aqfc":
        assert got[p] == sorted(t for q, t in expected if q == p), p
    # Spans that nest are one element each; only the two crossing frame terms are split.
    split = {sid for sid, n in r.elements.items() if n > 1}
    assert split and all(sid.startswith("f") for sid in split)
    for sid, parts in r.span_text.items():
        if r.elements[sid] == 1:
            assert len(parts) == 1


def test_document_text_is_kept_whole_and_escaped(layers):
    doc, actors, quotes, frames = layers
    html_ = render(doc, actors=actors, quotes=quotes, frames=frames)
    assert "<script>" not in html_ and "<b>is</b>" not in html_
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html_ and "&amp; a" in html_
    r = read(html_)
    assert r.paragraph_text == doc.paragraphs["text"].tolist()


def test_legend_names_every_label(layers):
    doc, actors, quotes, frames = layers
    r = read(render(doc, actors=actors, quotes=quotes, frames=frames))
    legend = " ".join(r.legend_text)
    for label in ["NATO", "China", "cold war", "crossing", "actors", "speakers", "frames"]:
        assert label in legend, label
    assert 'class="geolib-legend"' not in render(doc, actors=actors, quotes=False, frames=False, legend=False)


def test_quotes_take_the_colour_of_their_speakers_actor(layers):
    doc, actors, quotes, frames = layers
    r = read(render(doc, actors=actors, quotes=quotes, frames=False))
    colour = {}
    for sid, a in r.meta.items():
        style = dict(kv.split(":", 1) for kv in a.get("style", "").split(";") if ":" in kv)
        if sid.startswith("a"):
            colour.setdefault(a["data-label"] if a["data-label"] in ("NATO", "China") else
                              "".join(r.span_text[sid]), style["background"])
        if sid.startswith("q"):
            colour[("quote", a["data-speaker"])] = style["border-color"]
    assert colour[("quote", "NATO")] == colour["NATO"]
    assert colour[("quote", "China")] != colour[("quote", "NATO")]


def test_actor_label_shows_what_a_metonym_stands_for(layers):
    doc, actors, quotes, frames = layers
    r = read(render(doc, actors=actors, quotes=False, frames=False))
    labels = {"".join(r.span_text[s]): r.meta[s]["data-label"] for s in r.meta if s.startswith("a")}
    assert labels["Beijing"] == "China" and labels["China"] == "state"


def test_bad_offsets_are_dropped_with_a_warning(layers):
    doc, actors, _, _ = layers
    bad = actors.copy()
    bad.loc[0, "end"] = 3              # text no longer matches
    bad.loc[1, "start"] = -4
    with pytest.warns(geolib.GeolibWarning, match="2 span"):
        r = read(render(doc, actors=bad, quotes=False, frames=False))
    assert sorted("".join(v) for v in r.span_text.values()) == sorted(actors["text"][2:])


def test_generic_span_tables_and_roles():
    text = "Editor’s note: Sign up for our newsletter.\nNATO met China in Washington."
    doc = geolib.load(text, doc_id="x")
    places = table(text, [("Washington", {"label": "place"})], doc_id="x")
    other = table(text, [("China", {"kind": "state"})], doc_id="x")
    r = read(render(doc, actors=False, quotes=False, frames=False,
                    spans={"places": places, "other": other}))
    assert sorted("".join(v) for v in r.span_text.values()) == ["China", "Washington"]
    roles = doc.paragraphs["role"].tolist()
    if "body" in roles and len(set(roles)) > 1:
        only_body = read(render(doc, actors=False, quotes=False, frames=False, roles=("body",)))
        assert only_body.paragraph_text == doc.paragraphs.loc[doc.paragraphs.role == "body", "text"].tolist()
    with pytest.raises(ValueError, match="label column"):
        render(doc, actors=False, quotes=False, frames=False, spans=places, label="nope")
    with pytest.raises(TypeError):
        render(doc, actors="yes", quotes=False, frames=False)


def test_show_is_inline_html_and_to_html_writes_a_page(tmp_path, layers):
    doc, actors, quotes, frames = layers
    out = show(doc, actors=actors, quotes=quotes, frames=frames)
    assert isinstance(out, Rendered) and out._repr_html_() == str(out)
    path = tmp_path / "doc.html"
    page = to_html(doc, path, actors=actors, quotes=quotes, frames=frames)
    assert path.read_text(encoding="utf-8") == page and page.startswith("<!DOCTYPE html>")
    read(page)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ab <&>\"'\n.", min_size=1, max_size=60), st.data())
def test_any_spans_nest_and_keep_their_text(text, data):
    if not text.strip():
        return
    doc = geolib.Document(text, doc_id="h")
    n = len(doc.text)
    pairs = data.draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n)), max_size=8))
    rows = [{"start": min(a, b), "end": max(a, b), "label": f"L{i % 3}"}
            for i, (a, b) in enumerate(pairs) if a != b]
    spans = pd.DataFrame(rows, columns=["start", "end", "label"])
    spans["text"] = [doc.text[s:e] for s, e in zip(spans["start"], spans["end"])]
    r = read(render(doc, actors=False, quotes=False, frames=False, spans=spans))
    # Each span's fragments, put together, are its text minus what falls between paragraphs.
    paras = doc.paragraph_spans
    for i, row in enumerate(sorted(rows, key=lambda x: (x["start"], x["end"]))):
        want = "".join(doc.text[max(s, row["start"]):min(e, row["end"])] for s, e, _ in paras)
        assert "".join(r.span_text.get(f"sspans-{i}", [])) == want


def test_seed_with_the_library_layers(seed):
    pytest.importorskip("geolib.actors")
    pytest.importorskip("geolib.quotes")
    pytest.importorskip("geolib.frames")
    from geolib.actors import actors
    from geolib.frames import frames
    from geolib.quotes import quotes

    html_ = render(seed, roles=None)
    r = read(html_)
    for prefix, df in (("a", actors(seed, roles=None)), ("q", quotes(seed, roles=None)),
                       ("f", frames(seed, roles=None))):
        got = sorted("".join(v) for k, v in r.span_text.items() if k.startswith(prefix))
        assert got == sorted(df["text"]), prefix
    assert r.paragraph_text == seed.paragraphs["text"].tolist()


def test_a_failing_layer_is_left_out_with_a_warning(monkeypatch):
    module = pytest.importorskip("geolib.quotes")  # the module (geolib.quotes may be the function)

    def broken(doc, roles=None):  # noqa: ANN001, ARG001
        raise RuntimeError("boom")

    monkeypatch.setattr(module, "quotes", broken)
    doc = geolib.Document("NATO said China must stop.", doc_id="x")
    with pytest.warns(geolib.GeolibWarning, match="quotes.quotes failed"):
        r = read(render(doc, actors=False, frames=False))
    assert r.paragraph_text == ["NATO said China must stop."]


def test_show_jupyter_true_displays_at_once(monkeypatch, layers):
    import IPython.display

    shown = []
    monkeypatch.setattr(IPython.display, "display", lambda obj: shown.append(obj))
    doc, actors, quotes, frames = layers
    assert show(doc, actors=actors, quotes=quotes, frames=frames, jupyter=True) is None
    assert len(shown) == 1 and 'class="geolib-display"' in shown[0].data
