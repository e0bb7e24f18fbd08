"""Score quote attribution against brat standoff annotations (the PolNeAR format).

The unit of evaluation (issue 4): each quotation-marked stretch of text lying inside an
annotated ``Content`` span whose attribution has a ``Source``. A unit is *right* when a
predicted quote overlaps at least half of it and its speaker is the Source's person, judged
against the Source's **head noun phrase** (:mod:`geolib.evaluation_match`): the Source cut at
a comma, dash, parenthesis, relative word (``who``, ``which``) or preposition, without
determiners, owners (``Trump's``) and titles (``Mr.``, ``Sen.``, ``Emergencies Minister``). The
quote's speaker mention must overlap the head word (or the name) of that phrase or of its
apposition (``Jack Mozloom, a spokesman``), and not be resolved to a name that is not the
Source's; or the quote's ``speaker`` must end with the name's last word and hold the rest of the
name (``Paul Manafort`` for ``Mr. Manafort``; ``Regalado`` for ``Mr. Regalado, who was born in
Havana``, never ``Havana``), unless two people of the article share that surname. A relative
pronoun Source (``Roffman, who ...``) stands for the name before it; a Source that is a
reporting verb with a capitalised Cue (``said`` / ``Robert McAtee``) had its roles swapped by
the annotator and is read the other way round. A pronoun or description Source (``he``, ``the
retired neurosurgeon``) can only be matched by its span: PolNeAR does not say whom it means.
The same rule scores every set.

* precision = right predicted quotes with a speaker / predicted quotes with a speaker that
  overlap any quotation-marked text of the article
* recall = right units / all units; F1 their harmonic mean
* detection recall = units that some predicted quote overlaps by at least half / all units

The quotation-marked stretches are found here by a deliberately simple, independent mark
pairer (per paragraph, nested quotes stay inside their outer quote, an unclosed mark ends at
its paragraph), so that the scorer does not share code with the extractor it scores.

Articles annotated twice (file name suffix after the last underscore names the annotator) are
scored against the first annotation file in sorted order by default (``annotator="first"``);
``annotator="all"`` scores every annotation file as its own document.

Example:
    >>> from geolib.evaluation import evaluate
    >>> result = evaluate("../shared/corpora/polnear-dev")      # doctest: +SKIP
    >>> result.scores["f1"]                                       # doctest: +SKIP

Command line: ``python -m geolib.evaluation [DIR] [--split even|odd|all] [--errors N]``.
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import pandas as pd

from .decoding import GeolibWarning
from .evaluation_match import SpeakerMatch

__all__ = [
    "read_brat",
    "marked_stretches",
    "gold_units",
    "score_quotes",
    "evaluate",
    "EvalResult",
    "DEFAULT_DIR",
    "EVAL_SETS",
    "SET_ROLES",
    "article_pairs",
    "evaluate_sets",
]

DEFAULT_DIR = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "polnear-dev"
_VALIDATION = Path(__file__).resolve().parents[1] / "data" / "validation"
#: the sets `make evaluate` reports: PolNeAR train (fit on), dev (checked on), the hand-annotated
#: international set of the repository (data/validation/wikinews_quotes, never tuned on) and its
#: international DEVELOPMENT set (data/validation/wikinews_dev: other Wikinews articles, same
#: guidelines, for finding the error shapes of wire-style news without tuning on the held-out set)
EVAL_SETS = {
    "train": DEFAULT_DIR.parent / "polnear-train",
    "dev": DEFAULT_DIR,
    "wikinews": _VALIDATION / "wikinews_quotes",
    "wikinews-dev": _VALIDATION / "wikinews_dev",
}
#: what each set of EVAL_SETS is for (printed under the table of `make evaluate`)
SET_ROLES = {
    "train": "PolNeAR train: develop and fit here",
    "dev": "PolNeAR dev: check only",
    "wikinews": "Wikinews hand set (data/validation/wikinews_quotes): held out, check only",
    "wikinews-dev": "Wikinews DEVELOPMENT set (data/validation/wikinews_dev): international, develop here",
}



# --------------------------------------------------------------------------------------------
# brat reading
# --------------------------------------------------------------------------------------------


def _parse_spans(spec: str) -> list[tuple[int, int]]:
    spans = []
    for part in spec.split(";"):
        bits = part.split()
        if len(bits) != 2:
            raise ValueError(f"bad span {part!r}")
        spans.append((int(bits[0]), int(bits[1])))
    return spans


def read_brat(ann_path: str | Path, *, doc_id: str | None = None) -> pd.DataFrame:
    """Read a brat ``.ann`` file into one row per attribution (``E`` line).

    Columns: doc_id, attribution (the E id), label (``Attribution`` or
    ``Attribution-no-source``), source, cue, content (lists of ``(start, end)`` spans,
    discontinuous spans split at ``;``; several ``Content``/``Content2`` roles are merged),
    source_text, has_source.

    Malformed lines are skipped with a warning instead of failing the whole file.

    Example:
        >>> df = read_brat("tests/data/brat_small.ann")   # doctest: +SKIP
        >>> list(df.columns)[:3]                           # doctest: +SKIP
        ['doc_id', 'attribution', 'label']
    """
    import warnings

    path = Path(ann_path)
    doc_id = doc_id or path.stem
    ents: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events: list[tuple[str, str, list[tuple[str, str]]]] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        try:
            if line.startswith("T"):
                label, _, spec = cols[1].partition(" ")
                ents[cols[0]] = (label, _parse_spans(spec), cols[2] if len(cols) > 2 else "")
            elif line.startswith("E"):
                args = cols[1].split()
                trig_label = args[0].split(":")[0]
                roles = [tuple(a.split(":", 1)) for a in args[1:] if ":" in a]
                events.append((cols[0], trig_label, roles))  # type: ignore[arg-type]
        except (IndexError, ValueError) as exc:
            warnings.warn(f"{path.name}:{lineno}: skipped malformed line ({exc})", GeolibWarning,
                          stacklevel=2)
    rows = []
    for eid, label, roles in events:
        rec: dict[str, list[tuple[int, int]]] = {"source": [], "cue": [], "content": []}
        source_text = []
        for role, tid in roles:
            if tid not in ents:
                continue
            key = re.sub(r"\d+$", "", role).lower()
            if key in rec:
                rec[key].extend(ents[tid][1])
                if key == "source":
                    source_text.append(ents[tid][2])
        rows.append(
            {
                "doc_id": doc_id,
                "attribution": eid,
                "label": label,
                "source": rec["source"],
                "cue": rec["cue"],
                "content": sorted(rec["content"]),
                "source_text": " ".join(source_text),
                "has_source": bool(rec["source"]),
            }
        )
    return pd.DataFrame(
        rows,
        columns=["doc_id", "attribution", "label", "source", "cue", "content", "source_text", "has_source"],
    )


# --------------------------------------------------------------------------------------------
# quotation-marked stretches (independent, simple pairer)
# --------------------------------------------------------------------------------------------

_OPEN_D = "“„«"
_CLOSE_D = "”»"
_WORDCH = re.compile(r"[\w]")


def _is_word(ch: str) -> bool:
    return bool(ch) and bool(_WORDCH.match(ch))


def marked_stretches(text: str) -> list[tuple[int, int]]:
    """Top-level quotation-marked stretches of ``text`` as (start, end), marks excluded.

    Double marks (straight, curly, guillemets) pair within a paragraph (a line); single marks
    (‘ ’ and ') count only where they cannot be apostrophes (opening before a word start,
    closing after a word end). Nested quotes stay inside the outer stretch; an unclosed mark
    ends at the end of its paragraph.

    Example:
        >>> t = 'He said "it is ‘fine’" and left.'
        >>> [t[s:e] for s, e in marked_stretches(t)]
        ['it is ‘fine’']
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        out.extend((pos + s, pos + e) for s, e in _para_stretches(para))
        pos += len(para) + 1
    return out


def _para_stretches(p: str) -> list[tuple[int, int]]:
    out = []
    stack: list[tuple[str, int]] = []  # (kind 'd'/'s', content start)
    n = len(p)
    i = 0
    while i < n:
        ch = p[i]
        width = 1
        prev = p[i - 1] if i else ""
        kind = None
        action = None
        if ch == "'" and i + 1 < n and p[i + 1] == "'":
            ch, width = '"', 2  # ''typewriter double quotes'' (NYT style)
        nxt = p[i + width] if i + width < n else ""
        if ch in _OPEN_D:
            kind, action = "d", "open"
        elif ch in _CLOSE_D:
            kind, action = "d", "close"
        elif ch == '"':
            kind = "d"
            action = "close" if any(k == "d" for k, _ in stack) else "open"
        elif ch in "‘'’":
            kind = "s"
            opening = (not prev or not _is_word(prev)) and (nxt and not nxt.isspace()) and ch != "’"
            closing = prev and not prev.isspace() and not _is_word(nxt)
            if closing and stack and stack[-1][0] == "s":
                action = "close"
            elif opening and (ch == "‘" or prev in ("", " ", "(", "“", '"', "—", "-", "[")):
                action = "open"
        if action == "open":
            stack.append((kind, i + width))
        elif action == "close":
            # close the innermost open mark of the same kind
            for j in range(len(stack) - 1, -1, -1):
                if stack[j][0] == kind:
                    start = stack[j][1]
                    del stack[j:]
                    if not stack:
                        out.append((start, i))
                    break
        i += width
    if stack:
        # unclosed marks: the outermost open one runs to the paragraph end
        start = stack[0][1]
        end = len(p.rstrip())
        if end > start:
            out.append((start, end))
    return [(s, e) for s, e in out if e > s and p[s:e].strip()]


# --------------------------------------------------------------------------------------------
# units
# --------------------------------------------------------------------------------------------


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _covered(span: tuple[int, int], segs: Iterable[tuple[int, int]]) -> int:
    return sum(_overlap(span, s) for s in segs)


def gold_units(text: str, attributions: pd.DataFrame) -> pd.DataFrame:
    """Evaluation units: marked stretches at least half inside a sourced Content span.

    One row per stretch (a stretch inside several sourced attributions keeps all their
    sources). Columns: doc_id, start, end, text, sources (list of (start, end, text)).
    A second frame of stretches inside Content spans *without* a source is returned as
    ``attrs['no_source']`` for the error breakdown.

    Example:
        >>> import pandas as pd
        >>> t = 'Al Bo said "we win" today.'
        >>> a = pd.DataFrame([{"doc_id": "d", "source": [(0, 5)], "content": [(11, 19)],
        ...                    "has_source": True, "source_text": "Al Bo"}])
        >>> gold_units(t, a)[["start", "end", "text"]].values.tolist()
        [[12, 18, 'we win']]
    """
    doc_id = attributions["doc_id"].iloc[0] if len(attributions) else ""
    stretches = marked_stretches(text)
    source_spans = _repaired_sources(text, attributions)
    rows, no_source = [], []
    for s, e in stretches:
        sources = []
        in_unsourced = False
        for n, att in enumerate(attributions.itertuples(index=False)):
            if _covered((s, e), att.content) * 2 < (e - s):
                continue
            if att.has_source:
                for ss, se in source_spans[n]:
                    src = (ss, se, text[ss:se])
                    if src not in sources:
                        sources.append(src)
            else:
                in_unsourced = True
        if sources:
            rows.append({"doc_id": doc_id, "start": s, "end": e, "text": text[s:e], "sources": sources})
        elif in_unsourced:
            no_source.append((s, e))
    df = pd.DataFrame(rows, columns=["doc_id", "start", "end", "text", "sources"])
    df.attrs["no_source"] = no_source
    df.attrs["stretches"] = stretches
    return df


def _repaired_sources(text: str, attributions: pd.DataFrame) -> list[list[tuple[int, int]]]:
    """The Source spans of each attribution, with Source and Cue swapped back where the annotator
    swapped them: a Source that is one lower-case word written as some Cue of the same article
    (``said``) while its own Cue holds a capitalised word (``Robert McAtee, one of ...``)."""
    if "cue" not in attributions.columns:
        return [list(a) for a in attributions["source"]] if len(attributions) else []
    cue_words = {text[cs:ce].strip().lower() for cues in attributions["cue"] for cs, ce in cues}
    out = []
    for att in attributions.itertuples(index=False):
        spans = list(att.source)
        words = " ".join(text[ss:se] for ss, se in spans).split()
        cue_text = " ".join(text[cs:ce] for cs, ce in att.cue)
        if len(words) == 1 and words[0].islower() and words[0] in cue_words \
                and any(w[:1].isupper() for w in cue_text.split()):
            spans = list(att.cue)
        out.append(spans)
    return out


# --------------------------------------------------------------------------------------------
# scoring
# --------------------------------------------------------------------------------------------


def _speaker_right(q, sources, match: SpeakerMatch) -> bool:
    """Whether the quote's speaker is the person of one of the unit's Sources (see
    :mod:`geolib.evaluation_match`)."""
    ms, me = q.get("speaker_start"), q.get("speaker_end")
    has_span = ms is not None and me is not None and not pd.isna(ms) and not pd.isna(me)
    return match.right(q.get("speaker"), int(ms) if has_span else None, int(me) if has_span else None, sources)


def _has_speaker(q) -> bool:
    sp = q.get("speaker")
    return isinstance(sp, str) and bool(sp.strip())


def score_quotes(quotes: pd.DataFrame, units: pd.DataFrame, *, text: str = "",
                 outcomes: list[tuple[int, bool, bool]] | None = None) -> tuple[dict, pd.DataFrame]:
    """Score the predicted ``quotes`` of ONE document against its gold ``units``.

    ``outcomes``, when given, receives (row position, counted, right) for every predicted row:
    counted when it has a speaker and lies in a marked stretch (it counts for precision), right
    when its speaker is right for a unit it detects.

    Returns (counts, errors): counts has n_units, n_detected, n_right_units, n_pred,
    n_pred_right; errors has one row per error with doc_id, start, end, text, error
    (missed / no_speaker / wrong_speaker / spurious / spurious_no_source / partial_overlap),
    gold_source, speaker, mention.
    """
    stretches = units.attrs.get("stretches", [])
    no_source = units.attrs.get("no_source", [])
    preds = [r for r in quotes.to_dict("records")] if len(quotes) else []
    doc_id = units["doc_id"].iloc[0] if len(units) else (preds[0]["doc_id"] if preds else "")
    errors = []

    def err(kind, s, e, gold="", q=None):
        mention = ""
        if q is not None and not pd.isna(q.get("speaker_start")) and text:
            mention = text[int(q["speaker_start"]) : int(q["speaker_end"])]
        errors.append(
            {
                "doc_id": doc_id,
                "start": s,
                "end": e,
                "text": text[s:e] if text else "",
                "error": kind,
                "gold_source": gold,
                "speaker": q.get("speaker") if q is not None else None,
                "mention": mention,
            }
        )

    match = SpeakerMatch(text)
    unit_list = list(units.itertuples(index=False))
    pred_right = [False] * len(preds)
    n_detected = n_right = 0
    for u in unit_list:
        us, ue = int(u.start), int(u.end)
        detecting = [
            i for i, q in enumerate(preds) if _overlap((int(q["start"]), int(q["end"])), (us, ue)) * 2 >= ue - us
        ]
        gold = " | ".join(t for _, _, t in u.sources)
        if not detecting:
            err("missed", us, ue, gold)
            continue
        n_detected += 1
        right = [i for i in detecting if _has_speaker(preds[i]) and _speaker_right(preds[i], u.sources, match)]
        if right:
            n_right += 1
            for i in right:
                pred_right[i] = True
        elif any(_has_speaker(preds[i]) for i in detecting):
            q = next(preds[i] for i in detecting if _has_speaker(preds[i]))
            err("wrong_speaker", us, ue, gold, q)
        else:
            err("no_speaker", us, ue, gold, preds[detecting[0]])

    n_pred = n_pred_right = 0
    for i, q in enumerate(preds):
        if not _has_speaker(q):
            continue
        span = (int(q["start"]), int(q["end"]))
        if not any(_overlap(span, st) for st in stretches):
            continue
        n_pred += 1
        if pred_right[i]:
            n_pred_right += 1
            continue
        touching = [u for u in unit_list if _overlap(span, (int(u.start), int(u.end)))]
        if touching:
            u = touching[0]
            ok = [_overlap(span, (int(u.start), int(u.end))) * 2 >= int(u.end) - int(u.start) for u in touching]
            if not any(ok):
                err("partial_overlap", span[0], span[1], " | ".join(t for _, _, t in u.sources), q)
            # a wrong speaker on a detected unit is already reported on the unit side
        elif any(_overlap(span, ns) for ns in no_source):
            err("spurious_no_source", span[0], span[1], "", q)
        else:
            err("spurious", span[0], span[1], "", q)
    if outcomes is not None:
        for i, q in enumerate(preds):
            span = (int(q["start"]), int(q["end"]))
            counted = _has_speaker(q) and any(_overlap(span, st) for st in stretches)
            outcomes.append((i, counted, pred_right[i]))
    counts = {
        "n_units": len(unit_list),
        "n_detected": n_detected,
        "n_right_units": n_right,
        "n_pred": n_pred,
        "n_pred_right": n_pred_right,
    }
    return counts, pd.DataFrame(
        errors, columns=["doc_id", "start", "end", "text", "error", "gold_source", "speaker", "mention"]
    )


@dataclass
class EvalResult:
    """Scores (dict), per-document counts and the error table of an evaluation run."""

    scores: dict
    per_doc: pd.DataFrame
    errors: pd.DataFrame
    error_counts: pd.Series = field(default_factory=lambda: pd.Series(dtype=int))

    def summary(self) -> str:
        s = self.scores
        lines = [
            f"documents          {s['n_docs']}",
            f"units              {s['n_units']}",
            f"precision          {s['precision']:.3f}  ({s['n_pred_right']}/{s['n_pred']})",
            f"recall             {s['recall']:.3f}  ({s['n_right_units']}/{s['n_units']})",
            f"F1                 {s['f1']:.3f}",
            f"detection recall   {s['detection_recall']:.3f}  ({s['n_detected']}/{s['n_units']})",
            "errors:",
        ]
        for k, v in self.error_counts.items():
            lines.append(f"  {k:<22}{v}")
        return "\n".join(lines)


def article_pairs(folder: Path, annotator: str = "first") -> list[tuple[str, Path, Path]]:
    """(doc_id, text file, annotation file) of every annotated article of a brat folder."""
    text_dir = folder / "text" if (folder / "text").is_dir() else folder
    ann_dir = folder / "attributions" if (folder / "attributions").is_dir() else folder
    out = []
    for txt in sorted(text_dir.glob("*.txt")):
        anns = sorted(ann_dir.glob(txt.stem + "_*.ann"))
        exact = ann_dir / (txt.stem + ".ann")
        if exact.exists():
            anns = [exact] + anns
        if not anns:
            continue
        if annotator == "first":
            anns = anns[:1]
        for ann in anns:
            out.append((ann.stem if len(anns) > 1 else txt.stem, txt, ann))
    return out


def evaluate(
    folder: str | Path = DEFAULT_DIR,
    *,
    quotes_fn: Callable | None = None,
    annotator: str = "first",
    split: str = "all",
) -> EvalResult:
    """Run the quote extractor over a brat folder (``text/`` + ``attributions/``) and score it.

    Args:
        folder: folder with ``text/*.txt`` and ``attributions/*.ann`` (or both side by side).
        quotes_fn: ``f(text, doc_id) -> quotes DataFrame``; default runs
            ``geolib.quotes.quotes`` on every role of the article.
        annotator: ``"first"`` (first annotation file of an article) or ``"all"``.
        split: ``"all"``, ``"even"`` or ``"odd"`` (articles by sorted index) for a
            development / held-out check.

    Returns:
        EvalResult with scores: precision, recall, f1, detection_recall and the counts.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"no such folder: {folder}")
    if annotator not in ("first", "all"):
        raise ValueError("annotator must be 'first' or 'all'")
    if quotes_fn is None:
        quotes_fn = _default_quotes_fn
    pairs = article_pairs(folder, annotator)
    texts = sorted({t for _, t, _ in pairs})
    keep = {t for i, t in enumerate(texts) if split == "all" or (i % 2 == 0) == (split == "even")}
    per_doc, errors = [], []
    for doc_id, txt, ann in pairs:
        if txt not in keep:
            continue
        text = txt.read_text(encoding="utf-8")
        atts = read_brat(ann, doc_id=doc_id)
        units = gold_units(text, atts)
        q = quotes_fn(text, doc_id)
        counts, errs = score_quotes(q, units, text=text)
        counts["doc_id"] = doc_id
        per_doc.append(counts)
        errs["doc_id"] = doc_id
        errors.append(errs)
    per = pd.DataFrame(per_doc)
    errs = pd.concat(errors, ignore_index=True) if errors else pd.DataFrame()
    tot = per[["n_units", "n_detected", "n_right_units", "n_pred", "n_pred_right"]].sum().to_dict() if len(per) else {
        "n_units": 0, "n_detected": 0, "n_right_units": 0, "n_pred": 0, "n_pred_right": 0}
    tot = {k: int(v) for k, v in tot.items()}
    p = tot["n_pred_right"] / tot["n_pred"] if tot["n_pred"] else 0.0
    r = tot["n_right_units"] / tot["n_units"] if tot["n_units"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    d = tot["n_detected"] / tot["n_units"] if tot["n_units"] else 0.0
    scores = {"n_docs": len(per), **tot, "precision": p, "recall": r, "f1": f, "detection_recall": d}
    counts = errs["error"].value_counts() if len(errs) else pd.Series(dtype=int)
    return EvalResult(scores=scores, per_doc=per, errors=errs, error_counts=counts)


def _default_quotes_fn(text: str, doc_id: str) -> pd.DataFrame:
    from geolib.document import Document
    from geolib.quotes import quotes

    # Document() keeps the text as is (load() may clean HTML-looking text, which moves offsets)
    doc = Document(text, doc_id=doc_id)
    with warnings.catch_warnings():  # unclosed quotes are scored, not reported here
        warnings.simplefilter("ignore", GeolibWarning)
        return quotes(doc, roles=None)


def evaluate_sets(sets: dict[str, Path] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Score every set of ``sets`` (default :data:`EVAL_SETS`; a missing folder is left out):
    (scores, one row per set: set, documents, units, precision, recall, f1, detection_recall;
    errors by kind, one row per kind and a column per set).

    Example:
        >>> scores, errors = evaluate_sets()   # doctest: +SKIP
    """
    rows, kinds = [], {}
    for name, folder in (EVAL_SETS if sets is None else sets).items():
        if not Path(folder).is_dir():
            continue
        res = evaluate(folder)
        s = res.scores
        rows.append({"set": name, "documents": s["n_docs"], "units": s["n_units"],
                     "precision": round(s["precision"], 3), "recall": round(s["recall"], 3),
                     "f1": round(s["f1"], 3), "detection_recall": round(s["detection_recall"], 3)})
        kinds[name] = res.error_counts
    errors = pd.DataFrame(kinds).fillna(0).astype(int).rename_axis("error") if kinds else pd.DataFrame()
    return pd.DataFrame(rows), errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m geolib.evaluation", description=__doc__.split("\n")[0])
    ap.add_argument("dir", nargs="?", default=None,
                    help="brat folder (default: every set of EVAL_SETS, train, dev, wikinews and the development "
                         "set wikinews-dev, in one table)")
    ap.add_argument("--annotator", choices=["first", "all"], default="first")
    ap.add_argument("--split", choices=["all", "even", "odd"], default="all")
    ap.add_argument("--errors", type=int, default=0, help="print N error examples")
    ap.add_argument("--kind", default=None, help="only print errors of this kind")
    a = ap.parse_args(argv)
    if a.dir is None:
        scores, errors = evaluate_sets()
        if not len(scores):
            print("evaluation data not found; skipping.")
            return 0
        print(scores.to_string(index=False))
        for name in scores["set"]:
            print(f"  {name}: {SET_ROLES.get(name, '')}")
        print("\nerrors by kind:")
        print(errors.to_string())
        return 0
    folder = Path(a.dir)
    if not folder.is_dir():
        print(f"evaluation data not found at {folder}; skipping.")
        return 0
    res = evaluate(folder, annotator=a.annotator, split=a.split)
    print(res.summary())
    if a.errors and len(res.errors):
        e = res.errors if a.kind is None else res.errors[res.errors["error"] == a.kind]
        with pd.option_context("display.max_colwidth", 70, "display.width", 250):
            print(e.head(a.errors)[["doc_id", "error", "text", "gold_source", "speaker", "mention"]].to_string())
    return 0


if __name__ == "__main__":
    sys.exit(main())
