"""Coding sheets: KWIC lines of sampled hits to code by hand, written to and read from CSV.

A coding sheet is the form a coder fills in, one line per hit (a framing term, an actor mention,
a quote): where it is (doc_id, start, end), what the tool said (frame, term, voice), the keyword
in its context (pre, keyword, post), and three empty columns for the coder: ``code`` (one of the
scheme's codes, by default :data:`CODES`), ``coder`` and ``note``.

* :func:`coding_sheet` makes it from a sample (:func:`geolib.sample_hits`) and the documents;
* :func:`write_coding_sheet` writes it as CSV (UTF-8 with a byte-order mark, so a spreadsheet
  shows curly quotes right), its first line naming the codes: ``# codes: own framing; ...``;
* :func:`read_coding_sheet` reads a filled sheet back and checks it: an unknown code, a start
  that is not a whole number or a hit coded twice is an error naming the file and line; a line
  without a code is kept as uncoded, with a warning.

Example:
    >>> import geolib, tempfile, os
    >>> doc = geolib.load("Officials fear a new cold war. Trade is a lifeline.", doc_id="d")
    >>> sheet = coding_sheet(geolib.frames(doc, quotes=False), doc, window=3)
    >>> sheet[["frame", "voice", "pre", "keyword", "post"]].values.tolist()[0]
    ['cold war / bloc confrontation', 'writer', 'Officials fear a', 'new cold war', '. Trade is a']
    >>> path = os.path.join(tempfile.mkdtemp(), "sheet.csv")
    >>> sheet["code"] = ["own framing", "topic"]
    >>> read_coding_sheet(write_coding_sheet(sheet, path))["code"].tolist()
    ['own framing', 'topic']
"""

from __future__ import annotations

import bisect
import csv
import os
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from .decoding import GeolibWarning
from .document import Document, iter_documents
from .escaping import csv_safe
from .lexicons import offset
from .segments import is_word

__all__ = ["CODES", "coding_sheet", "read_coding_sheet", "voice_of", "write_coding_sheet"]

#: The default codes of a framing hit (see geolib/data/examples/coding_guidelines.md).
CODES = ("own framing", "paraphrase", "denial", "topic", "wrong sense")
KEYS = ["doc_id", "start", "end"]
CODER_COLUMNS = ["code", "coder", "note"]
_CARRY = ("frame", "term", "actor", "type", "kind", "speaker", "speaker_actor", "cue")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def voice_of(table: pd.DataFrame) -> pd.Series:
    """Whose voice each row of a frames table is in, as :func:`geolib.sponsorship` counts it:
    ``"writer"`` outside quotes, else the quote's speaker_actor, speaker, or ``"unattributed"``.

    Example:
        >>> f = pd.DataFrame({"in_quote": [False, True, True], "speaker": [None, "Ann", None],
        ...                   "speaker_actor": [None, "NATO", None]})
        >>> voice_of(f).tolist()
        ['writer', 'NATO', 'unattributed']
    """
    out = []
    cols = [c for c in ("speaker_actor", "speaker") if c in table.columns]
    for rec in table[["in_quote"] + cols].itertuples(index=False):
        if not rec[0]:
            out.append("writer")
            continue
        name = next((str(v) for v in rec[1:] if isinstance(v, str) and v.strip()), "unattributed")
        out.append(name)
    return pd.Series(out, index=table.index, dtype=object)


def _word_spans(doc: Document) -> dict[int, tuple[list[int], list[tuple[int, int]]]]:
    """Start offsets and spans of the words and numbers of each paragraph."""
    out: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}
    text, para_of = doc.text, [p for _, _, p in doc.sentence_spans]
    for s, e, kind, si in doc.token_spans:
        if kind == "number" or is_word(text[s:e], kind):
            starts, spans = out.setdefault(para_of[si], ([], []))
            starts.append(s)
            spans.append((s, e))
    return out


def _paragraph_of(doc: Document, offset: int) -> int:
    starts = [s for s, _, _ in doc.paragraph_spans]
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _kwic_line(doc: Document, words: dict, s: int, e: int, window: int) -> tuple[str, str, str]:
    """(pre, keyword, post): ``window`` words either side of text[s:e], inside its paragraph."""
    para = _paragraph_of(doc, s)
    ps, pe, _ = doc.paragraph_spans[para]
    starts, spans = words.get(para, ([], []))
    i, j = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
    pre_start = spans[i - window][0] if window and i - window >= 0 else (ps if window else s)
    post_end = spans[j + window - 1][1] if window and j + window - 1 < len(spans) else (
        pe if window else e)
    text = doc.text
    return (" ".join(text[min(pre_start, s):s].split()), " ".join(text[s:e].split()),
            " ".join(text[e:max(post_end, e)].split()))


def coding_sheet(sample: pd.DataFrame, docs: Any, *, window: int = 12,
                 codes: Sequence[str] = CODES, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """A coding sheet: one KWIC line per row of ``sample``, with empty code, coder and note.

    Args:
        sample: hits to code (:func:`geolib.sample_hits`, or any geolib table with doc_id,
            start, end, text).
        docs: the documents the hits come from (a Document, Corpus, list, folder ...).
        window: words of context on each side of the keyword (inside its paragraph).
        codes: the codes a coder may give (kept in ``attrs["codes"]`` and written on the
            sheet's first line by :func:`write_coding_sheet`).
        columns: the table's columns to carry onto the sheet; by default frame, term and voice
            for a frames table (voice: whose voice the hit is in, see :func:`voice_of`), else
            whichever of frame, term, actor, type, kind, speaker, speaker_actor, cue it has.

    Returns:
        DataFrame item (1, 2, ...), doc_id, start, end, the carried columns, pre, keyword, post,
        code, coder, note; the rows in the sample's order.

    Example:
        >>> import geolib
        >>> doc = geolib.load("China denies supplying weapons, NATO says.", doc_id="d")
        >>> sheet = coding_sheet(geolib.actors(doc), doc, window=2)
        >>> sheet[["item", "actor", "pre", "keyword", "post", "code"]].values.tolist()
        [[1, 'China', '', 'China', 'denies supplying', ''], [2, 'NATO', 'supplying weapons,', 'NATO', 'says.', '']]
    """
    missing = [c for c in KEYS if c not in sample.columns]
    if missing:
        raise ValueError(f"coding_sheet(): the sample has no column(s) {missing}; give a geolib "
                         "table (doc_id, start, end, text), e.g. from geolib.sample_hits()")
    if window < 0:
        raise ValueError("coding_sheet(): window must be >= 0")
    codes = _check_codes(codes)
    wanted = set(sample["doc_id"].astype(str))
    by_id: dict[str, Document] = {}
    if len(sample):
        for doc in iter_documents(docs):
            if str(doc.doc_id) in wanted:
                by_id.setdefault(str(doc.doc_id), doc)
    absent = sorted(wanted - set(by_id))
    if absent:
        raise ValueError(f"coding_sheet(): no document {absent[0]!r} in docs ({len(absent)} doc_id(s) "
                         "of the sample missing); pass the documents the table was made from")
    if columns is None:
        if "in_quote" in sample.columns:
            columns = [c for c in ("frame", "term") if c in sample.columns] + ["voice"]
        else:
            columns = [c for c in _CARRY if c in sample.columns]
    columns = list(columns)
    unknown = [c for c in columns if c not in sample.columns and c != "voice"]
    if unknown:
        raise ValueError(f"coding_sheet(columns=...): no column(s) {unknown} in the sample")
    words: dict[str, dict] = {}
    lines = []
    for i, rec in enumerate(sample.to_dict("records")):
        d_id, s, e = str(rec["doc_id"]), int(rec["start"]), int(rec["end"])
        doc = by_id[d_id]
        if not 0 <= s <= e <= len(doc.text):
            raise ValueError(f"coding_sheet(): row {i} ({d_id} {s}-{e}) lies outside the document "
                             f"({len(doc.text)} characters)")
        if "text" in rec and isinstance(rec["text"], str) and doc.text[s:e] != rec["text"]:
            raise ValueError(f"coding_sheet(): row {i}: the text at {d_id} {s}-{e} is "
                             f"{doc.text[s:e]!r}, not {rec['text']!r} (was the table made from "
                             "another version of the document?)")
        if d_id not in words:
            words[d_id] = _word_spans(doc)
        lines.append(_kwic_line(doc, words[d_id], s, e, window))
    out = pd.DataFrame({"item": range(1, len(sample) + 1),
                        "doc_id": sample["doc_id"].astype(str).to_numpy(),
                        "start": sample["start"].astype("int64").to_numpy(),
                        "end": sample["end"].astype("int64").to_numpy()})
    for c in columns:
        out[c] = (voice_of(sample) if c == "voice" else sample[c]).to_numpy()
    out["pre"] = [p for p, _, _ in lines]
    out["keyword"] = [k for _, k, _ in lines]
    out["post"] = [q for _, _, q in lines]
    for c in CODER_COLUMNS:
        out[c] = ""
    out.attrs["codes"] = codes
    return out


def _check_codes(codes: Sequence[str]) -> tuple[str, ...]:
    if isinstance(codes, str):
        raise ValueError("codes must be a list of codes, e.g. ('own framing', 'topic'), not one string")
    out = tuple(" ".join(str(c).split()) for c in codes)
    if not out or any(not c for c in out):
        raise ValueError("codes: give at least one non-empty code")
    bad = [c for c in out if ";" in c or c.startswith("#")]
    if bad:
        raise ValueError(f"codes: a code may not contain ';' or start with '#': {bad}")
    folded = [c.casefold() for c in out]
    if len(set(folded)) != len(folded):
        raise ValueError(f"codes: a code is given twice: {list(out)}")
    return out


def write_coding_sheet(sheet: pd.DataFrame, path: str | os.PathLike, *,
                       codes: Sequence[str] | None = None) -> Path:
    """Write a coding sheet as CSV: a first line ``# codes: a; b; ...``, then the table.

    Text cells a spreadsheet would run as a formula get a ``'`` before them
    (:func:`geolib.csv_safe`); :func:`read_coding_sheet` takes it off again. Returns the path.

    Example:
        >>> import tempfile, os
        >>> p = os.path.join(tempfile.mkdtemp(), "s.csv")
        >>> s = pd.DataFrame({"doc_id": ["d"], "start": [0], "end": [3], "keyword": ["war"], "code": [""]})
        >>> open(write_coding_sheet(s, p, codes=["topic", "frame"]), encoding="utf-8-sig").read().splitlines()
        ['# codes: topic; frame', 'doc_id,start,end,keyword,code', 'd,0,3,war,']
    """
    codes = _check_codes(codes if codes is not None else sheet.attrs.get("codes", CODES))
    missing = [c for c in KEYS if c not in sheet.columns]
    if missing:
        raise ValueError(f"write_coding_sheet(): the sheet has no column(s) {missing}")
    path = Path(path)
    if path.parent and not path.parent.exists():
        raise FileNotFoundError(f"write_coding_sheet(): the folder {path.parent} does not exist")
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write("# codes: " + "; ".join(codes) + "\n")
        csv_safe(sheet).to_csv(fh, index=False, lineterminator="\n")
    return path


def _unquote(value: str) -> str:
    """A cell as it was before :func:`geolib.csv_safe` put a ``'`` before it."""
    if len(value) > 2 and value[0] == "'" and value[1] in _FORMULA_START:
        return value[1:]
    return value


def _codes_line(cells: list[str]) -> tuple[str, ...] | None:
    """The codes of a ``# codes: a; b`` line (a spreadsheet may have added empty cells)."""
    line = ",".join(c for c in cells if c.strip()).strip()
    head = line[1:].strip()
    if not head.lower().startswith("codes:"):
        return None
    return tuple(c for c in (" ".join(x.split()) for x in head[6:].split(";")) if c)


def read_coding_sheet(path: str | os.PathLike, *, codes: Sequence[str] | None = None,
                      coder: str | None = None, docs: Any = None) -> pd.DataFrame:
    """Read a filled coding sheet (CSV) and check it.

    Args:
        path: the CSV file (from :func:`write_coding_sheet`, edited by hand or in a spreadsheet).
        codes: the allowed codes; by default those on the sheet's ``# codes:`` line, else
            :data:`CODES`. Codes are matched ignoring case and extra spaces.
        coder: the coder's name for lines whose ``coder`` cell is empty.
        docs: the documents, to check that every line's doc_id, start and end still point at
            its keyword.

    Returns:
        The sheet as a DataFrame (start and end as integers, code in the scheme's spelling or
        missing when the line is uncoded, coder filled in from ``coder``); ``attrs`` keep the
        path and the codes.

    Raises:
        ValueError naming the file and line: a missing column, an unknown code, a start or end
        that is not a whole number, or one hit coded twice by the same coder.

    Example:
        >>> import tempfile, os
        >>> p = os.path.join(tempfile.mkdtemp(), "s.csv")
        >>> _ = open(p, "w").write("doc_id,start,end,code\\nd,0,3,Own  Framing\\nd,9,12,topics\\n")
        >>> read_coding_sheet(p)
        Traceback (most recent call last):
        ...
        ValueError: ...s.csv, line 3: unknown code 'topics'; the codes are: own framing; paraphrase; denial; topic; wrong sense
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"coding sheet {path}: no such file")
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            records = _records(fh)
    except UnicodeDecodeError as err:
        line = path.read_bytes()[:err.start].count(b"\n") + 1
        raise ValueError(f"{path}, line {line}: not UTF-8 text; save the sheet as CSV UTF-8") from err
    except csv.Error as err:
        raise ValueError(f"{path}: cannot be read as CSV ({err})") from err
    sheet_codes: tuple[str, ...] | None = None
    header: list[str] | None = None
    header_line = 0
    rows: list[tuple[int, dict[str, str]]] = []
    for lineno, cells in records:
        if not "".join(cells).strip():
            continue
        if cells[0].lstrip().startswith("#"):
            if header is None and sheet_codes is None:
                sheet_codes = _codes_line(cells)
            continue
        if header is None:
            header, header_line = [c.strip().lower() for c in cells], lineno
            while header and not header[-1]:
                header.pop()
            missing = [c for c in KEYS + ["code"] if c not in header]
            if missing:
                raise ValueError(f"{path}, line {lineno}: the header has no column(s) {missing}; a "
                                 "coding sheet needs doc_id, start, end and code")
            dup = sorted({c for c in header if header.count(c) > 1})
            if dup:
                raise ValueError(f"{path}, line {lineno}: column(s) {dup} appear twice in the header")
            continue
        if len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
            raise ValueError(f"{path}, line {lineno}: {len(cells)} cells but the header has "
                             f"{len(header)} (put a text with a comma in quotes)")
        rows.append((lineno, {h: (cells[i] if i < len(cells) else "") for i, h in enumerate(header)}))
    if header is None:
        raise ValueError(f"{path}: the coding sheet is empty (it needs a header line "
                         "doc_id,start,end,...,code and one line per hit)")
    allowed = _check_codes(codes if codes is not None else (sheet_codes or CODES))
    canon = {c.casefold(): c for c in allowed}
    errors: list[str] = []
    uncoded: list[int] = []
    seen: dict[tuple, int] = {}
    out: list[dict[str, Any]] = []
    for lineno, rec in rows:
        rec = {k: _unquote(v) for k, v in rec.items()}
        where = f"{path}, line {lineno}"
        d_id = rec["doc_id"].strip()
        if not d_id:
            errors.append(f"{where}: doc_id is empty")
            continue
        rec["doc_id"] = d_id
        for col in ("start", "end"):
            value = rec[col].strip()
            try:
                rec[col] = offset(value)
            except ValueError:
                errors.append(f"{where}: {col} {value!r} is not a whole number (an offset in the text)")
        if isinstance(rec["start"], str) or isinstance(rec["end"], str):
            continue
        if rec["end"] < rec["start"]:
            errors.append(f"{where}: end {rec['end']} is before start {rec['start']}")
            continue
        code = " ".join(rec["code"].split())
        if not code:
            rec["code"] = None
            uncoded.append(lineno)
        elif code.casefold() in canon:
            rec["code"] = canon[code.casefold()]
        else:
            errors.append(f"{where}: unknown code {code!r}; the codes are: {'; '.join(allowed)}")
        who = " ".join(rec.get("coder", "").split()) or coder
        rec["coder"] = who if who else None
        key = (d_id, rec["start"], rec["end"], rec["coder"])
        if key in seen:
            errors.append(f"{where}: the hit {d_id} {rec['start']}-{rec['end']} is coded twice by "
                          f"{'the same coder' if who is None else repr(who)} (also line {seen[key]})")
        seen[key] = lineno
        if "item" in rec:
            rec["item"] = int(rec["item"]) if rec["item"].strip().isdigit() else None
        out.append(rec)
    if errors:
        more = f"\n... and {len(errors) - 5} more" if len(errors) > 5 else ""
        raise ValueError("\n".join(errors[:5]) + more)
    cols = header + (["coder"] if "coder" not in header else [])
    df = pd.DataFrame(out, columns=cols)
    df["start"] = df["start"].astype("int64")
    df["end"] = df["end"].astype("int64")
    if "item" in df.columns:
        df["item"] = df["item"].astype("Int64")
    df["code"] = df["code"].astype(object)
    if uncoded:
        shown = ", ".join(map(str, uncoded[:8])) + (", ..." if len(uncoded) > 8 else "")
        warnings.warn(f"{path}: {len(uncoded)} of {len(df)} line(s) have no code yet (line(s) {shown}); "
                      "they are kept as uncoded and left out of precision and agreement",
                      GeolibWarning, stacklevel=2)
    if docs is not None:
        _check_offsets(df, docs, path, [n for n, _ in rows])
    df.attrs["path"] = str(path)
    df.attrs["codes"] = allowed
    df.attrs["header_line"] = header_line
    return df


def _records(fh: Any) -> list[tuple[int, list[str]]]:
    """(first line number, cells) of each CSV record."""
    reader = csv.reader(fh)
    out = []
    last = 0
    for cells in reader:
        out.append((last + 1, cells))
        last = reader.line_num
    return out


def _check_offsets(df: pd.DataFrame, docs: Any, path: Path, lines: list[int]) -> None:
    wanted = set(df["doc_id"])
    by_id = {str(d.doc_id): d for d in iter_documents(docs) if str(d.doc_id) in wanted}
    for lineno, rec in zip(lines, df.to_dict("records")):
        doc = by_id.get(rec["doc_id"])
        where = f"{path}, line {lineno}"
        if doc is None:
            raise ValueError(f"{where}: no document {rec['doc_id']!r} among the documents given")
        s, e = rec["start"], rec["end"]
        if e > len(doc.text):
            raise ValueError(f"{where}: {s}-{e} lies outside {rec['doc_id']} ({len(doc.text)} characters)")
        kw = rec.get("keyword")
        if isinstance(kw, str) and kw.strip() and " ".join(doc.text[s:e].split()) != " ".join(kw.split()):
            raise ValueError(f"{where}: the text at {s}-{e} is {doc.text[s:e]!r}, not the keyword "
                             f"{kw!r} (were the offsets edited, or the document changed?)")
