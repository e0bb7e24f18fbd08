"""Generic news frames (Semetko & Valkenburg 2000) as indicator sets: conflict, responsibility,
human interest, economic consequences and morality.

Content analysts code a story for these five frames with 20 yes/no questions, four to five a
frame ("Does the story reflect disagreement between parties ...?", "Does the story suggest that
some level of government is responsible for the issue?" ...), and score a frame as the share of
its questions answered yes. ``geolib/data/generic_frames.csv`` maps each question to words and
phrases that indicate a yes (matched like the framing lexicon: case, spelling and inflection
ignored, see :mod:`geolib.frames.keys`), or to a regular expression (sums of money). Two
conditions use geolib's actors (:func:`geolib.actors.actors`), in the sentence of the indicator:

* ``two_actors``: at least two different actors named (conflict, "two sides": "talks", "dispute");
* ``government``: a state or a government agency named (not a demonym such as "Afghan"), or a
  person whose office is government, legislature or judiciary (responsibility of government).

A question is answered yes in a sentence when one of its indicators is there (and its condition
holds); in a document when it is answered yes in one of its sentences. These are *indicators*,
not the hand coding they approximate: ``data/validation/generic_frames/`` has a hand-judged sample
with the precision and recall of each frame.

Example:
    >>> t = "The two sides clashed over the plan. Officials said it will cost $3 million."
    >>> s = generic_frames(t)
    >>> s[["sentence", "frame", "questions", "indicators"]].values.tolist()
    [[0, 'conflict', 'C1;C3', 'two sides [4:13]; clashed [14:21]'], [1, 'economic consequences', 'E1;E2', 'cost [60:64]; $3 million [65:75]']]
    >>> d = generic_frames(t, unit="document")
    >>> d[["frame", "n_yes", "n_questions", "score"]].values.tolist()[0]
    ['conflict', 2, 4, 0.5]
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pandas as pd

from ..actors import actors as _actors
from ..decoding import GeolibWarning
from ..document import Document, iter_documents
from ..lexicons import Table, read_table
from ..resources import data_path, table_digest
from ..segments import keep_roles
from .hits import find_terms
from .lexicon import LexiconSource, stopwords_only, term_patterns
from .trie import TermTrie

__all__ = ["GENERIC_FRAMES", "GENERIC_LEXICON_COLUMNS", "GENERIC_HIT_COLUMNS", "GENERIC_SENTENCE_COLUMNS",
           "GENERIC_DOCUMENT_COLUMNS", "REQUIRES", "generic_frames", "load_generic_frame_lexicon",
           "generic_frame_questions"]

#: the five frames, in Semetko & Valkenburg's order
GENERIC_FRAMES = ("conflict", "responsibility", "human interest", "economic consequences", "morality")
#: the conditions an indicator may require in its sentence (see the module docstring)
REQUIRES = ("", "two_actors", "government")
GUARD = "guard"
GENERIC_LEXICON_COLUMNS = ["frame", "question", "indicator", "match", "requires", "question_text",
                           "source", "line"]
GENERIC_HIT_COLUMNS = ["doc_id", "start", "end", "text", "indicator", "frame", "question", "requires",
                       "sentence"]
GENERIC_SENTENCE_COLUMNS = ["doc_id", "start", "end", "text", "sentence", "frame", "questions", "n_yes",
                            "indicators", "spans"]
GENERIC_DOCUMENT_COLUMNS = ["doc_id", "frame", "questions", "n_yes", "n_questions", "score",
                            "n_sentences", "n_hits"]
_GOVERNMENT_OFFICES = frozenset({"government", "legislature", "judiciary"})


# ------------------------------------------------------------------ the lexicon

def _read_rows(source: LexiconSource, name: str) -> Table:
    return read_table(source, kind="generic frame lexicon", required=("frame", "indicator"),
                      columns=("frame", "question", "indicator", "match", "requires", "question_text"),
                      entry=("indicator", "indicators"), name=name)


def _key(indicator: str, match: str) -> tuple:
    """What makes two indicators the same: their key sequence (a regex: its text)."""
    return (match, indicator) if match == "regex" else (match, term_patterns(indicator, match == "exact")[0])


def _validate(table: Table, source: str, *, user: bool, texts: dict[str, tuple[str, str]]
              ) -> pd.DataFrame:
    """Rows checked; ``texts``: question -> (frame, text) known so far (filled in)."""
    recs = []
    seen: dict[tuple, str] = {}
    for i, rec in enumerate(table.records()):
        where, label = table.where(i), table.label(i)
        frame = " ".join(rec.get("frame", "").split()).lower()
        question = rec.get("question", "").strip()
        indicator = rec.get("indicator", "").strip()
        match = rec.get("match", "").strip().lower() or "stem"
        requires = rec.get("requires", "").strip().lower()
        text = " ".join(rec.get("question_text", "").split())
        if frame == "-":
            if not user:
                raise ValueError(f"{where}: frame '-' (remove an indicator) is only allowed in a user lexicon")
        elif frame != GUARD and frame not in GENERIC_FRAMES:
            raise ValueError(f"{where}: unknown frame {frame!r}; use one of {', '.join(GENERIC_FRAMES)}, "
                             "guard or (in a user lexicon) -")
        if match not in ("stem", "exact", "regex"):
            raise ValueError(f"{where}: match must be 'stem', 'exact' or 'regex', not {match!r}")
        if requires not in REQUIRES:
            raise ValueError(f"{where}: requires must be empty, 'two_actors' or 'government', not {requires!r}")
        if frame in GENERIC_FRAMES:
            if not question:
                raise ValueError(f"{where}: indicator {indicator!r} has no question id")
            known = texts.get(question)
            if known is not None and known[0] != frame:
                raise ValueError(f"{where}: question {question} belongs to frame {known[0]!r}, not {frame!r}")
            if known is None:
                if not text:
                    raise ValueError(f"{where}: question {question} is new: give its question_text")
                texts[question] = (frame, text)
            elif text and text != known[1] and not user:
                raise ValueError(f"{where}: question {question} has another text above: {known[1]!r}")
            elif text:
                texts[question] = (frame, text)
        if not indicator:
            if frame in GENERIC_FRAMES:
                recs.append({"frame": frame, "question": question, "indicator": "", "match": match,
                             "requires": requires, "question_text": texts[question][1], "source": source,
                             "line": label})
                continue              # a question listed without indicators (H5)
            raise ValueError(f"{where}: the indicator is empty")
        if match == "regex":
            try:
                pat = re.compile(indicator)
            except re.error as err:
                raise ValueError(f"{where}: indicator {indicator!r} is not a regular expression ({err})") from None
            if pat.search(""):
                raise ValueError(f"{where}: regular expression {indicator!r} matches the empty string")
        else:
            if not term_patterns(indicator, match == "exact") or not any(c.isalnum() for c in indicator):
                raise ValueError(f"{where}: indicator {indicator!r} has no letter or digit (use match regex "
                                 "for a pattern)")
            if stopwords_only(indicator):
                raise ValueError(f"{where}: indicator {indicator!r} is only stop words; give a phrase "
                                 "(\"vote against\", \"people should\")")
        key = (_key(indicator, match), question if frame in GENERIC_FRAMES else frame, requires)
        if key in seen:
            warnings.warn(f"{where}: duplicate of {seen[key]}; ignored", GeolibWarning, stacklevel=4)
            continue
        seen[key] = label
        recs.append({"frame": frame, "question": question, "indicator": indicator, "match": match,
                     "requires": requires,
                     "question_text": texts[question][1] if frame in GENERIC_FRAMES else "",
                     "source": source, "line": label})
    return pd.DataFrame(recs, columns=GENERIC_LEXICON_COLUMNS)


@lru_cache(maxsize=1)
def _shipped() -> tuple[pd.DataFrame, tuple[tuple[str, tuple[str, str]], ...]]:
    texts: dict[str, tuple[str, str]] = {}
    table = _validate(_read_rows(data_path("generic_frames.csv"), "generic_frames.csv"), "shipped",
                      user=False, texts=texts)
    return table, tuple(texts.items())


def load_generic_frame_lexicon(path_or_df: LexiconSource = None, *, user: LexiconSource = None
                               ) -> pd.DataFrame:
    """Load and check the generic-frame indicators (the shipped ones by default), optionally with a
    user table on top.

    Args:
        path_or_df: a CSV path or DataFrame with the columns of ``geolib/data/generic_frames.csv``
            (frame, question, indicator; match, requires, question_text optional); ``None``: shipped.
        user: rows that add indicators (to a question listed or a new one, which then needs its
            question_text), replace one (same indicator and question) or, with frame ``-``, remove
            an indicator from every question.

    Returns:
        DataFrame frame, question, indicator, match, requires, question_text, source, line.
        Errors name the file and line.

    Example:
        >>> lex = load_generic_frame_lexicon()
        >>> sorted(set(lex["frame"]) - {"guard"}) == sorted(GENERIC_FRAMES)
        True
        >>> extra = pd.DataFrame({"frame": ["morality"], "question": ["M1"], "indicator": ["sinful"]})
        >>> "sinful" in set(load_generic_frame_lexicon(user=extra)["indicator"])
        True
    """
    if path_or_df is None:
        base, known = _shipped()
        base, texts = base.copy(), dict(known)
    else:
        texts = {}
        base = _validate(_read_rows(path_or_df, "DataFrame"), "lexicon", user=False, texts=texts)
    if user is None:
        return base.reset_index(drop=True)
    extra = _validate(_read_rows(user, "(user) DataFrame"), "user", user=True, texts=texts)
    removed = {_key(i, m) for f, i, m in zip(extra["frame"], extra["indicator"], extra["match"])
               if f == "-" and i}
    replaced = {(_key(i, m), q) for f, q, i, m in zip(extra["frame"], extra["question"], extra["indicator"],
                                                      extra["match"]) if f != "-" and i}
    keep = [not i or (_key(i, m) not in removed and (_key(i, m), q) not in replaced)
            for q, i, m in zip(base["question"], base["indicator"], base["match"])]
    out = pd.concat([base[keep], extra[extra["frame"] != "-"]], ignore_index=True)
    # a question's text as the user last gave it
    out["question_text"] = [texts[q][1] if f in GENERIC_FRAMES else ""
                            for f, q in zip(out["frame"], out["question"])]
    return out.reset_index(drop=True)


def generic_frame_questions(lexicon: LexiconSource = None) -> pd.DataFrame:
    """The questions of a generic-frame lexicon: frame, question, question_text, n_indicators
    (a question with none is never answered yes and not counted in scores).

    Example:
        >>> q = generic_frame_questions()
        >>> len(q), q.groupby("frame", sort=False).size().tolist()
        (20, [4, 5, 5, 3, 3])
    """
    lex = _as_lexicon(lexicon)
    lex = lex[lex["frame"].isin(GENERIC_FRAMES)]
    rows = []
    for (frame, q), g in lex.groupby(["frame", "question"], sort=False):
        rows.append({"frame": frame, "question": q, "question_text": g["question_text"].iloc[0],
                     "n_indicators": int((g["indicator"] != "").sum())})
    order = {f: i for i, f in enumerate(GENERIC_FRAMES)}
    rows.sort(key=lambda r: (order[r["frame"]], r["question"]))
    return pd.DataFrame(rows, columns=["frame", "question", "question_text", "n_indicators"])


def _as_lexicon(lexicon: LexiconSource) -> pd.DataFrame:
    if lexicon is None:
        return _shipped()[0]
    if isinstance(lexicon, pd.DataFrame) and set(GENERIC_LEXICON_COLUMNS) <= set(lexicon.columns):
        return lexicon            # already loaded and checked
    return load_generic_frame_lexicon(lexicon)


# ------------------------------------------------------------------ compiled

@dataclass(frozen=True)
class Indicator:
    """What one indicator answers: its text, frame, question and the condition it needs."""
    indicator: str
    frame: str
    question: str
    requires: str


@dataclass(frozen=True)
class Compiled:
    """A generic-frame lexicon ready to match: a trie of term keys (each value a tuple of
    :class:`Indicator`, or ``GUARD``), regular expressions, and the questions of each frame."""
    trie: TermTrie
    regexes: tuple[tuple[re.Pattern[str], Indicator], ...]
    questions: dict[str, tuple[str, ...]]        # frame -> the questions that have indicators


_COMPILED: dict[tuple[int, str], Compiled] = {}


def compile_generic(lexicon: LexiconSource = None) -> Compiled:
    """The lexicon compiled (once per content)."""
    lex = _as_lexicon(lexicon)
    cols = ["frame", "question", "indicator", "match", "requires"]
    key = table_digest(lex[cols])
    got = _COMPILED.get(key)
    if got is not None:
        return got
    values: dict[tuple[str, ...], list] = {}
    closed: dict[tuple[str, ...], list] = {}
    regexes = []
    questions: dict[str, list[str]] = {f: [] for f in GENERIC_FRAMES}
    for frame, q, ind, match, req in zip(*(lex[c].tolist() for c in cols)):
        if not ind:
            continue
        if frame in GENERIC_FRAMES and q not in questions[frame]:
            questions[frame].append(q)
        item = GUARD if frame == GUARD else Indicator(ind, frame, q, req)
        if match == "regex":
            if item is not GUARD:
                regexes.append((re.compile(ind), item))
            continue
        pats = term_patterns(ind, match == "exact")
        values.setdefault(pats[0], []).append(item)
        for p in pats[1:]:
            closed.setdefault(p, []).append(item)
    trie = TermTrie()
    for table in (closed, values):       # a form listed in its own right wins over a closed variant
        for p, items in table.items():
            trie.add(p, GUARD if GUARD in items else tuple(items))
    compiled = Compiled(trie, tuple(regexes), {f: tuple(qs) for f, qs in questions.items()})
    if len(_COMPILED) >= 4:
        _COMPILED.pop(next(iter(_COMPILED)))
    _COMPILED[key] = compiled
    return compiled


# ------------------------------------------------------------------ finding

def _sentence_actors(doc: Document, roles: Sequence[str] | None) -> dict[int, tuple[set[str], bool]]:
    """Per sentence: the distinct actors named, and whether one is a government (see the module
    docstring)."""
    out: dict[int, tuple[set[str], bool]] = {}
    m = _actors(doc, roles=roles)
    for actor, si, level, kind, office in zip(m["actor"], m["sentence"], m["level"], m["kind"], m["office"]):
        names, gov = out.get(int(si), (set(), False))
        if isinstance(actor, str) and actor:
            names.add(actor)
        gov = gov or (level in ("state", "agency") and kind != "demonym") or office in _GOVERNMENT_OFFICES
        out[int(si)] = (names, gov)
    return out


def _hits(doc: Document, compiled: Compiled, roles: Sequence[str] | None) -> list[tuple]:
    """(start, end, sentence, Indicator) of every indicator whose condition holds, in text order."""
    found = []
    spans = doc.token_spans
    for s, e, ti, value in find_terms(doc, compiled.trie, roles):
        if value is GUARD:
            continue
        for ind in value:
            found.append((s, e, spans[ti][3], ind))
    if compiled.regexes:
        keep = keep_roles(roles)
        paras = doc.paragraph_spans
        text = doc.text
        for si, (a, b, p) in enumerate(doc.sentence_spans):
            if keep is not None and paras[p][2] not in keep:
                continue
            for pat, ind in compiled.regexes:
                for m in pat.finditer(text, a, b):
                    if m.end() > m.start():
                        found.append((m.start(), m.end(), si, ind))
    if any(ind.requires for *_, ind in found):
        by_sentence = _sentence_actors(doc, roles)
        ok = []
        for hit in found:
            req = hit[3].requires
            names, gov = by_sentence.get(hit[2], (set(), False))
            if not req or (req == "two_actors" and len(names) >= 2) or (req == "government" and gov):
                ok.append(hit)
        found = ok
    found.sort(key=lambda h: (h[0], h[1], GENERIC_FRAMES.index(h[3].frame), h[3].question))
    return found


def generic_frames(doc_or_corpus: Any, *, unit: str = "sentence", lexicon: LexiconSource = None,
                   roles: Sequence[str] | None = ("body",)) -> pd.DataFrame:
    """Semetko & Valkenburg's five generic news frames, by their indicators, per sentence or document.

    Args:
        doc_or_corpus: text, path, Document, Corpus or anything ``geolib.iter_documents`` reads.
        unit: ``"sentence"``: one row per sentence and frame with a question answered yes;
            ``"document"``: one row per document and frame (all five, also at 0);
            ``"hit"``: one row per indicator found (its condition met).
        lexicon: a table from :func:`load_generic_frame_lexicon`, a CSV path or DataFrame; the
            shipped ``geolib/data/generic_frames.csv`` by default.
        roles: paragraph roles to read (``None``: the whole text).

    Returns:
        ``"sentence"``: doc_id, start, end, text (the sentence), sentence, frame, questions (the
        ids answered yes, ``;``-joined), n_yes, indicators (``"text [start:end]"`` of each hit,
        ``;``-joined, offsets into the document), spans (list of (start, end)).
        ``"document"``: doc_id, frame, questions, n_yes, n_questions (the frame's questions that
        have indicators), score (n_yes / n_questions, in [0, 1], as analysts average the
        frame's items), n_sentences, n_hits.
        ``"hit"``: doc_id, start, end, text, indicator, frame, question, requires, sentence.

    Example:
        >>> h = generic_frames("Villagers mourned the victims.", unit="hit")
        >>> h[["text", "question"]].values.tolist()
        [['Villagers', 'H1'], ['mourned', 'H2'], ['victims', 'H1'], ['victims', 'H3']]
    """
    if unit not in ("sentence", "document", "hit"):
        raise ValueError(f"unit must be 'sentence', 'document' or 'hit', not {unit!r}")
    compiled = compile_generic(lexicon)
    hit_rows: list[tuple] = []
    sent_rows: list[tuple] = []
    doc_rows: list[tuple] = []
    for doc in iter_documents(doc_or_corpus):
        found = _hits(doc, compiled, roles)
        text = doc.text
        if unit == "hit":
            hit_rows += [(doc.doc_id, s, e, text[s:e], ind.indicator, ind.frame, ind.question, ind.requires, si)
                         for s, e, si, ind in found]
            continue
        by: dict[tuple[int, str], list[tuple]] = {}
        for h in found:
            by.setdefault((h[2], h[3].frame), []).append(h)
        if unit == "sentence":
            sents = doc.sentence_spans
            for (si, frame), hs in sorted(by.items(), key=lambda kv: (kv[0][0], GENERIC_FRAMES.index(kv[0][1]))):
                qs = sorted({h[3].question for h in hs})
                a, b, _ = sents[si]
                where = list(dict.fromkeys((s, e) for s, e, _, _ in hs))   # a span once
                sent_rows.append((doc.doc_id, a, b, text[a:b], si, frame, ";".join(qs), len(qs),
                                  "; ".join(f"{text[s:e]} [{s}:{e}]" for s, e in where), where))
            continue
        for frame in GENERIC_FRAMES:
            hs = [h for (si, f), lst in by.items() if f == frame for h in lst]
            qs = sorted({h[3].question for h in hs})
            n_q = len(compiled.questions[frame])
            doc_rows.append((doc.doc_id, frame, ";".join(qs), len(qs), n_q, len(qs) / n_q if n_q else 0.0,
                             len({h[2] for h in hs}), len(hs)))
    if unit == "hit":
        return _table(hit_rows, GENERIC_HIT_COLUMNS, ("start", "end", "sentence"))
    if unit == "sentence":
        return _table(sent_rows, GENERIC_SENTENCE_COLUMNS, ("start", "end", "sentence", "n_yes"))
    return _table(doc_rows, GENERIC_DOCUMENT_COLUMNS, ("n_yes", "n_questions", "n_sentences", "n_hits"))


def _table(rows: list[tuple], columns: list[str], ints: Sequence[str]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=columns)
    return df.astype({c: "int64" for c in ints})
