"""``geolib report``: a corpus's tables as Parquet, the standard figures, and a page to open.

``geolib report PATH... --out DIR`` writes, in ``DIR``:

* ``<table>/``: the Parquet tables (see :func:`geolib.pipeline.analyze`);
* ``figures/``: the standard figures (PNG, SVG and the CSV behind each, see
  :mod:`~geolib.pipeline.report_figures`);
* ``index.html``: one self-contained page (no server, no network) with the counts, quote
  attribution coverage, every figure inline, the errors, the key terms against general English,
  the candidate names the actor lexicon does not know, and a link to each document's page;
* ``pages/<name>.html``: each document drawn as :func:`geolib.show` draws it, named
  :func:`geolib.safe_filename` of its doc_id (at most ``pages`` documents, the first ones);
* with ``fmt="csv"`` (``--format csv``) or ``"json"``: a copy of each table in ``csv/`` or
  ``json/`` (see :mod:`~geolib.pipeline.exports`).

Every file is geolib's own by the store's rules: listed in ``DIR/_geolib.json`` before it is
written, and never written over a file geolib did not write.
"""

from __future__ import annotations

import json
import os
import sys
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from ..document import read_corpus
from ..decoding import InputError
from ..escaping import printable
from .report_figures import FIGURE_COLUMNS, FIGURES, quote_speakers, write_figures
from .report_files import ReportFiles
from .run import Results, analyze
from .stages import DOC_META
from .store import claim_figures, owned_files, read_results

__all__ = ["report_command", "write_report", "write_figures", "FIGURES", "FIGURE_COLUMNS",
           "MAX_PAGES", "SAMPLE_DOCS", "SAMPLE_CHARS", "PAGES_DIR"]

#: Documents that get a page by default (the first ones); ``--pages`` changes it.
MAX_PAGES = 2000
#: Documents the key terms and candidate names are counted in by default (an even sample of the
#: corpus when it has more); ``--sample`` changes it. They also stop at :data:`SAMPLE_CHARS`.
SAMPLE_DOCS = 2000
SAMPLE_CHARS = 5_000_000
PAGES_DIR = "pages"
TOP_TERMS = 30
SHOWN_ERRORS = 500
_CHUNK = 200  # documents read and drawn at a time


def _say(text: str) -> None:
    print(printable(text), file=sys.stderr)


# ------------------------------------------------------------------------------ geolib report

def report_command(paths: Sequence[str], out: str | os.PathLike, jobs: int = 1, *,
                   progress: bool = True, force: bool = False, fmt: str = "parquet",
                   pages: int = MAX_PAGES, sample: int = SAMPLE_DOCS, text_col: str = "text") -> int:
    """``geolib report PATH... --out DIR [--jobs N] [--force] [--format csv|json] [--pages N]
    [--sample N] [--text-col COL]``: the tables, the figures and ``index.html`` (see the module
    docstring). ``text_col`` names the text column of CSV/JSON Lines files.

    ``DIR`` must be new, empty or written by geolib before, unless ``force`` (see
    :func:`geolib.pipeline.analyze`); a file geolib did not write is never overwritten (that
    figure or page is skipped, with a message). ``fmt``: ``"parquet"`` (or ``"table"``, the
    default of the command line) writes the Parquet tables only; ``"csv"`` or ``"json"`` also
    copies each table to ``csv/`` or ``json/``. Returns the exit code: 0, 1 if documents had to
    be skipped, 2 for bad input (one line on stderr, never a traceback).
    """
    fmt = "parquet" if fmt in ("table", "parquet", None) else fmt
    if fmt not in ("parquet", "csv", "json"):
        _say(f"geolib report: --format {fmt}: the report writes Parquet tables, and with "
             "--format csv or --format json a copy of each in that format")
        return 2
    if pages < 0 or sample < 0:
        _say("geolib report: --pages and --sample take a number of documents (0 or more)")
        return 2
    missing_paths = [str(p) for p in paths if not Path(p).exists()]
    if missing_paths or not paths:
        _say(f"geolib report: {', '.join(missing_paths) or 'no PATH'}: no such file or folder")
        return 2
    try:
        # with another text column the files are read as a (lazy) corpus that knows it
        source = ([Path(p) for p in paths] if text_col == "text"
                  else read_corpus([str(p) for p in paths], text_col=text_col))
        res = analyze(source, out=out, n_jobs=jobs, progress=progress, force=force)
    except (InputError, OSError, TypeError, ValueError, ImportError) as err:
        _say(f"geolib report: {err}")
        return 2
    try:
        return write_report(res, out, fmt=fmt, pages=pages, sample=sample, sources=[str(p) for p in paths])
    except OSError as err:  # no space left, no permission ...: the tables are written already
        _say(f"geolib report: the tables are in {out}, but the report could not be finished: {err}")
        return 2


def write_report(res: Results | None, out: str | os.PathLike, *, fmt: str = "parquet",
                 pages: int = MAX_PAGES, sample: int = SAMPLE_DOCS, sources: Sequence[str] = ()) -> int:
    """Figures, pages and ``index.html`` from the tables in the results folder ``out``; the
    summary on stderr; the exit code (0, or 1 if the errors table has rows).

    Example:
        >>> import tempfile
        >>> from pathlib import Path
        >>> d = Path(tempfile.mkdtemp())
        >>> res = analyze(["China said: “We object.”"], out=d, progress=False)
        >>> write_report(res, d), sorted(p.name for p in d.glob("*.html"))
        (0, ['index.html'])
    """
    from .. import __version__
    from .store import table_names

    root = Path(out)
    names = set(res) if res is not None else set(table_names(root))
    unavailable = dict(res.unavailable) if res is not None else {}
    # only the tables (and columns) the figures and the summary read: the sentences table of a
    # large corpus would not fit in memory, and nothing here needs it
    tables = read_results(root, tables=[n for n in (*FIGURE_COLUMNS, "errors") if n in names],
                          columns=FIGURE_COLUMNS)
    own_figures = {f.removeprefix("figures/") for f in owned_files(root) if f.startswith("figures/")}
    made, not_made = write_figures(tables, root / "figures", own=own_figures,
                                   claim=lambda files: claim_figures(root, [f"figures/{f}" for f in files]))
    files = ReportFiles(root)
    summary = _summary(tables, unavailable)
    summary.version, summary.sources = __version__, list(sources)
    summary.figures = [(name, (root / "figures" / f"{name}.png").read_bytes() if name in made else None,
                        not_made.get(name, unavailable.get(name, "no data")))
                       for name in FIGURES]
    docs = tables.get("documents", pd.DataFrame())
    _key_terms(root, docs, summary, sample)
    page_files = _document_pages(root, tables, summary, files, pages)
    exports: list[str] = []
    if fmt in ("csv", "json"):
        from .exports import export_tables

        exports = export_tables(root, fmt, files)
    summary.files = _file_list(names, made, page_files, exports)
    files.write({"index.html": _index(summary)})
    removed = files.remove_stale({*files.written}, prefixes=(f"{PAGES_DIR}/", "csv/", "json/"))
    # what was done, on stderr
    if res is not None:
        s = res.stats
        _say(f"geolib report: {s['documents']} documents ({s['mb']:.1f} MB) in {s['seconds']:.1f} s, "
             f"{s['skipped']} already done; tables in {out}")
    for name in made:
        _say(f"  figure: {name}")
    for name, why in {**unavailable, **not_made}.items():
        _say(f"  not made: {name} ({why})")
    if "index.html" in files.written:
        _say(f"  page: {root / 'index.html'} ({len(page_files):,} document pages in {root / PAGES_DIR})")
    for rel in exports:
        _say(f"  {fmt}: {rel}")
    refused = files.refused
    for rel in list(refused)[:20]:
        _say(f"  not made: {rel} ({root / rel} {refused[rel]})")
    if len(refused) > 20:
        _say(f"  ... and {len(refused) - 20:,} more files not made")
    if removed:
        _say(f"  removed {len(removed):,} file(s) of an earlier report that this one does not have")
    errors = tables.get("errors", pd.DataFrame())
    if len(errors):
        _say(f"geolib report: {len(errors)} error(s), see {root / 'errors'}")
        for row in errors.head(10).itertuples():
            _say(f"  {row.source} [{row.stage}]: {row.message}")
        return 1
    return 0


# ------------------------------------------------------------------------------ the summary

def _present(values: pd.Series) -> pd.Series:
    return values.notna() & (values.astype(str).str.strip() != "")


def _summary(tables: Mapping[str, pd.DataFrame], unavailable: Mapping[str, str]) -> Any:
    from .report_page import ReportSummary

    docs = tables.get("documents", pd.DataFrame())
    errors = tables.get("errors", pd.DataFrame())
    unread = int(errors.loc[errors["stage"] == "read", "doc_id"].nunique()) if len(errors) else 0
    counts: list[tuple[str, int, str]] = [
        ("documents", len(docs), f"{unread:,} more could not be read" if unread else "all read"),
        ("words", int(docs["words"].sum()) if len(docs) else 0, "in the bodies of the documents")]
    actors = tables.get("actors")
    if actors is not None:
        n_actors = actors["actor"].nunique() if len(actors) else 0
        counts.append(("actor mentions", len(actors), f"{n_actors:,} different actors"))
    quotes = tables.get("quotes")
    summary = ReportSummary(counts=counts, unavailable=dict(unavailable))
    if quotes is not None:
        kinds = quote_speakers(quotes).value_counts() if len(quotes) else pd.Series(dtype=int)
        summary.quotes = len(quotes)
        summary.with_speaker_actor = int(kinds.get("speaker actor", 0))
        summary.with_speaker = summary.with_speaker_actor + int(kinds.get("speaker, no actor", 0))
        counts.append(("quotes", len(quotes), f"{summary.with_speaker:,} with a speaker, "
                                              f"{summary.with_speaker_actor:,} with a speaker actor"))
    frames = tables.get("frames")
    if frames is not None:
        n_frames = frames["frame"].nunique() if len(frames) else 0
        quoted = int(frames["in_quote"].fillna(False).astype(bool).sum()) if len(frames) else 0
        counts.append(("framing terms", len(frames), f"{n_frames:,} different frames; {quoted:,} in quotes"))
    counts.append(("errors", len(errors), "documents or stages that failed (see below)"))
    summary.errors = errors.head(SHOWN_ERRORS) if len(errors) else None
    summary.errors_total = len(errors)
    return summary


def _read_documents(root: Path, doc_ids: Sequence[str]) -> Any:
    """(doc_id, text, metadata) of the given documents, read from the store a chunk at a time."""
    for i in range(0, len(doc_ids), _CHUNK):
        chunk = list(doc_ids[i:i + _CHUNK])
        docs = read_results(root, tables=["documents"], doc_ids=chunk)["documents"]
        by_id = {d: rec for d, rec in zip(docs["doc_id"], docs.to_dict("records"))} if len(docs) else {}
        for doc_id in chunk:
            if doc_id in by_id:
                yield by_id[doc_id]


def _sample(doc_ids: list[str], chars: list[int], n: int) -> list[str]:
    """An even sample of at most ``n`` documents (and about :data:`SAMPLE_CHARS` characters)."""
    if not doc_ids or n == 0:
        return []
    mean = max(sum(chars) / len(chars), 1.0)
    k = min(n, len(doc_ids), max(1, int(SAMPLE_CHARS / mean)))
    if k >= len(doc_ids):
        return list(doc_ids)
    return [doc_ids[i * len(doc_ids) // k] for i in range(k)]


def _key_terms(root: Path, docs: pd.DataFrame, summary: Any, sample: int) -> None:
    """Key terms against general English and candidate names, counted in a sample."""
    from ..document import Document

    if not len(docs):
        summary.keyness_note = summary.candidates_note = "No documents."
        return
    ids = docs["doc_id"].tolist()
    chars = docs["chars"].fillna(0).astype(int).tolist() if "chars" in docs.columns else [1] * len(ids)
    chosen = _sample(ids, chars, sample)
    if not chosen:
        summary.keyness_note = summary.candidates_note = "Not counted (--sample 0)."
        return
    documents = [Document(rec["text"], doc_id=rec["doc_id"]) for rec in _read_documents(root, chosen)]
    n, total = len(documents), len(ids)
    summary.sample_note = ("Key terms and candidate names are counted in all "
                           f"{total:,} documents." if n == total else
                           f"Key terms and candidate names are counted in {n:,} of {total:,} documents, "
                           "an even sample of the corpus (geolib report --sample N to change it).")
    min_docs = 2 if n >= 10 else 1
    try:
        from ..counting import ENGLISH_REFERENCE_SIZE, keyness

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            key = keyness(documents, "english", min_docs=min_docs)
        key = key[key["g2"] > 0].head(TOP_TERMS)
        summary.keyness = key
        summary.keyness_note = (
            f"The {len(key)} terms most over-represented in the bodies of these documents against "
            f"general English (wordfreq's frequencies, as counts in a reference of "
            f"{int(ENGLISH_REFERENCE_SIZE):,} words), found in at least {min_docs} document(s), "
            "stopwords left out. Log ratio: log2 of the ratio of the two relative frequencies "
            "(1 = twice as frequent); G²: log-likelihood (how sure the difference is), the order.")
    except Exception as err:  # noqa: BLE001 - a summary table must not lose the report
        summary.keyness_note = f"Not counted: {type(err).__name__}: {err}"
    try:
        from ..actors import candidate_actors

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            cands = candidate_actors(documents, top=TOP_TERMS)
        summary.candidates = cands
        summary.candidates_note = (
            f"The {len(cands)} most frequent capitalised names the actor lexicon does not know: add "
            "the ones that are actors to a user lexicon (geolib actors --lexicon my_actors.csv).")
    except Exception as err:  # noqa: BLE001
        summary.candidates_note = f"Not counted: {type(err).__name__}: {err}"


# ------------------------------------------------------------------------------ document pages

def _document_pages(root: Path, tables: Mapping[str, pd.DataFrame], summary: Any, files: ReportFiles,
                    limit: int) -> list[str]:
    """Write one page per document (the first ``limit``); fill the summary's list of them."""
    from ..display import render
    from ..document import Document
    from ..filenames import safe_filename
    from .report_page import document_html

    docs = tables.get("documents", pd.DataFrame())
    total = len(docs)
    summary.documents_total = total
    if not total:
        return []
    listed = docs.head(limit)
    per_doc = {name: tables[name]["doc_id"].value_counts() for name in ("actors", "quotes", "frames")
               if name in tables and len(tables[name])}
    rows = listed[["doc_id", "words"]].copy()
    for name in ("actors", "quotes", "frames"):
        if name in tables:
            counts = per_doc.get(name)
            rows[name] = [int(counts.get(d, 0)) if counts is not None else 0 for d in rows["doc_id"]]
    used: set[str] = set()
    hrefs: list[str | None] = []
    for doc_id in rows["doc_id"]:
        name = safe_filename(doc_id, suffix=".html")
        base, n = name[:-len(".html")], 1
        while name.casefold() in used:  # (a hash clash: never in practice)
            n += 1
            name = f"{base}-{n}.html"
        used.add(name.casefold())
        hrefs.append(f"{PAGES_DIR}/{name}")
    rows["href"] = hrefs
    span_tables = [n for n in ("actors", "quotes", "frames") if n in tables]
    written: list[str] = []
    meta_rows: dict[str, dict[str, Any]] = {}
    ids = rows["doc_id"].tolist()
    href_of = dict(zip(ids, hrefs))
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i:i + _CHUNK]
        got = read_results(root, tables=["documents", *span_tables], doc_ids=chunk)
        # plain Python objects: drawing reads the spans row by row, slow on Arrow-backed strings
        spans = {n: {d: g for d, g in got[n].astype(object).groupby("doc_id", sort=False)}
                 if len(got[n]) else {} for n in span_tables}
        out: dict[str, str] = {}
        for rec in got["documents"].to_dict("records"):
            doc_id = rec["doc_id"]
            meta = _meta(rec)
            meta_rows[doc_id] = meta
            layers = {n: spans[n].get(doc_id, pd.DataFrame(columns=["doc_id", "start", "end"]))
                      for n in span_tables}
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    fragment = render(Document(rec["text"], doc_id=doc_id), roles=None,
                                      actors=layers.get("actors", False), quotes=layers.get("quotes", False),
                                      frames=layers.get("frames", False))
                counts = [(what, len(layers[n])) for n, what in
                          (("actors", "actor mentions"), ("quotes", "quotes"), ("frames", "framing terms"))
                          if n in layers]
                out[href_of[doc_id]] = document_html(doc_id, fragment, meta, counts)
            except Exception as err:  # noqa: BLE001 - one document never stops the report
                files.refused[href_of[doc_id]] = f"{type(err).__name__}: {err}"
        written += files.write(out)
    ok = set(written)
    rows["href"] = [h if h in ok else None for h in rows["href"]]
    for key in ("title", "date", "outlet"):
        rows[key] = [meta_rows.get(d, {}).get(key) for d in rows["doc_id"]]
    summary.documents = rows
    missing = len(rows) - len(ok)
    summary.pages_note = (
        (f"Each document links to its page, drawn as geolib.show draws it: actors, quotes coloured by "
         f"speaker, framing terms. " if len(rows) else "")
        + (f"Only the first {len(rows):,} of {total:,} documents are listed and have a page "
           f"({total - len(rows):,} left out; geolib report --pages N to change it). " if total > len(rows) else "")
        + (f"{missing:,} page(s) could not be written (named on the command line)." if missing else ""))
    return written


def _meta(rec: Mapping[str, Any]) -> dict[str, Any]:
    """A document's metadata from its row of the documents table (the JSON column unpacked)."""
    meta = {k: rec.get(k) for k in DOC_META if k in rec}
    extra = rec.get("meta")
    if isinstance(extra, str) and extra.strip():
        try:
            more = json.loads(extra)
        except ValueError:
            more = {"meta": extra}
        if isinstance(more, dict):
            meta.update({str(k): v for k, v in more.items() if str(k) not in meta})
    return meta


def _file_list(names: set[str], figures: list[str], pages: list[str], exports: list[str]) -> list[tuple[str, str]]:
    out = [(f"{n}/", "Parquet table (pandas.read_parquet, or geolib.read_results)")
           for n in sorted(names) if n != "errors"] + [("errors/", "Parquet table of the errors")]
    if figures:
        out.append(("figures/", f"{len(figures)} figures: PNG, SVG, and data/ with the CSV behind each"))
    if pages:
        out.append((f"{PAGES_DIR}/", f"{len(pages):,} document pages"))
    out += [(rel, "a copy of a table") for rel in exports]
    return out


def _index(summary: Any) -> str:
    from .report_page import index_html

    return index_html(summary)
