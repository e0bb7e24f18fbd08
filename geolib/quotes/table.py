"""The quotes table: :func:`quotes` runs the stages on every document and builds one row per quote.

Example:
    >>> from geolib.quotes.table import quotes
    >>> quotes('“Yes,” Lee said.')[["text", "speaker"]].values.tolist()
    [['Yes,', 'Lee']]
"""

from __future__ import annotations

import os
import warnings
from typing import Any, Iterable, Union

import pandas as pd

from ..decoding import GeolibWarning
from ..grouping import doc_rows
from .attribute import attribute, quote_kind
from .confidence import confidence
from .context import Doc
from .full_names import by_full_name, by_party_description
from .spans import Span, find_spans
from .speaker_actors import ActorIndex, actor_records, mention_records, speaker_actors, speaker_type
from .tokens import TokInfo
from .words import Words, word_sets


QUOTE_COLUMNS = [
    "doc_id", "start", "end", "text", "kind", "speaker", "speaker_start", "speaker_end", "speaker_actor",
    "cue", "cue_start", "cue_end", "cue_group", "sentence", "paragraph",
    "speaker_mention", "speaker_type", "confidence", "unclosed", "speaker_agency",
]


def doc_quotes(doc: Any, roles: tuple[str, ...] | None, wl: Words,
                given: dict[str, list[dict]] | None = None, memo: dict[str, TokInfo] | None = None
                ) -> list[dict]:
    text = doc.text
    pspans = list(doc.paragraph_spans)
    paras = [(s, e) for s, e, _ in pspans]
    spans = find_spans(text, paras)
    if not spans:
        return []  # no quote: nothing to attribute
    d = Doc(wl, doc, paras, spans, memo)
    try:
        return _quote_rows(doc, d, spans, roles, given)
    finally:
        d.close()


def _quote_rows(doc: Any, d: Doc, spans: list[Span], roles: tuple[str, ...] | None,
                given: dict[str, list[dict]] | None) -> list[dict]:
    """The rows of :func:`doc_quotes` once the quotes are found (``spans``) and ``d`` is made."""
    text = doc.text
    found = attribute(d)
    keep = None if roles is None else set(roles)
    actors_df = None
    actor_memo: dict[int, tuple[str | None, str | None]] = {}
    type_memo: dict[int, str] = {}
    name_memo: dict[str, Any] = {}
    rows = []
    for qi, sp in enumerate(spans):
        role = doc.role_at(sp.start)
        if keep is not None and role not in keep:
            continue
        f = found.get(qi)
        m = f.mention if f is not None else None
        if m is not None and actors_df is None:
            recs = given.get(str(doc.doc_id), []) if given is not None else mention_records(doc)
            actors_df = ActorIndex(recs) if recs is not None else False  # type: ignore[assignment]
        cue = f.cue if f is not None else None
        actor_index = actors_df if actors_df is not False and actors_df is not None else None
        typ = speaker_type(actor_index, m, type_memo)
        rule = f.how if m is not None else None
        s_actor, s_agency = speaker_actors(actor_index, m, actor_memo)
        if s_actor is None and s_agency is None:  # "Carson said": the actor of "Ben Carson" (one Carson)
            s_actor, s_agency = by_full_name(actor_index, m, d, name_memo) or (None, None)
        elif s_agency is not None and s_actor == s_agency:  # "the Texas Republican": the one named before
            s_actor, s_agency = by_party_description(actor_index, m, s_agency) or (s_actor, s_agency)
        rows.append({
            "doc_id": doc.doc_id,
            "start": sp.start,
            "end": sp.end,
            "text": text[sp.start:sp.end],
            "kind": quote_kind(d, qi, f),
            "speaker": m.speaker if m is not None else None,
            "speaker_start": m.start if m is not None else None,
            "speaker_end": m.end if m is not None else None,
            "speaker_actor": s_actor,
            "cue": cue[2] if cue else None,
            "cue_start": cue[0] if cue else None,
            "cue_end": cue[1] if cue else None,
            "cue_group": cue[3] if cue else None,
            "sentence": doc.sentence_at(sp.start),
            "paragraph": doc.paragraph_at(sp.start),
            "speaker_mention": text[m.start:m.end] if m is not None else None,
            "speaker_type": typ,
            "confidence": confidence(rule, typ),
            "unclosed": sp.unclosed,
            "speaker_agency": s_agency,
            "rule": rule,  # the rule that found the speaker: for quote_rows (make fit), not a column
        })
    unclosed = sorted({r["paragraph"] for r in rows if r["unclosed"]})
    if unclosed:
        where = ", ".join(map(str, unclosed[:10])) + (" ..." if len(unclosed) > 10 else "")
        warnings.warn(f"quotes: {doc.doc_id}: {len(unclosed)} paragraph(s) with a quote whose closing mark is "
                      f"missing (paragraph {where}): each such quote runs on to the next quote or the end of "
                      "its paragraph and may hold narration; its row has unclosed=True", GeolibWarning,
                      stacklevel=4)  # doc_quotes -> _quote_rows
    return rows


_TEXT_COLUMNS = ("speaker", "speaker_actor", "cue", "cue_group", "speaker_mention", "speaker_type", "speaker_agency")


def _frame(rows: list[dict]) -> pd.DataFrame:
    """The quotes table from row dicts, with its column types, built column by column."""
    cols: dict[str, Any] = {}
    for c in QUOTE_COLUMNS:
        vals = [r[c] for r in rows]
        if c in ("speaker_start", "speaker_end", "cue_start", "cue_end"):
            cols[c] = pd.array(vals, dtype="Int64")
        elif c in _TEXT_COLUMNS:
            cols[c] = pd.Series(vals, dtype=object)
        elif c == "confidence":
            cols[c] = pd.Series([float("nan") if v is None else v for v in vals], dtype="float64")
        elif c == "unclosed":
            cols[c] = pd.Series(vals, dtype=bool)
        else:
            cols[c] = vals
    if not rows:
        return _typed(pd.DataFrame(columns=QUOTE_COLUMNS))
    return pd.DataFrame(cols, columns=QUOTE_COLUMNS)


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    for col in ("speaker_start", "speaker_end", "cue_start", "cue_end"):
        df[col] = df[col].astype("Int64")
    for col in _TEXT_COLUMNS:
        df[col] = df[col].astype(object).where(df[col].notna(), None)
    df["confidence"] = df["confidence"].astype("float64")
    df["unclosed"] = df["unclosed"].astype(bool)
    return df


def quotes(source: Any, *, roles: Iterable[str] | None = ("body",),
           actors: pd.DataFrame | None = None,
           words: pd.DataFrame | str | os.PathLike | None = None) -> pd.DataFrame:
    """Quotes with their speaker, cue and reporting-verb group, one row per quote.

    Args:
        source: text, path, :class:`geolib.Document`, :class:`geolib.Corpus` or an iterable of them.
        roles: paragraph roles to report quotes from (``None`` = all). Attribution always reads
            the whole document.
        actors: an actors table already computed for these documents (output of
            :func:`geolib.actors.actors`, ideally with ``roles=None``); its rows are matched by
            doc_id and the actor search is not run again. Default: run it per document.
        words: the word lists, from :func:`load_quote_words` (titles, speaker nouns, the verbs
            that may come before their subject ...); default: the shipped ones.

    Returns:
        DataFrame with columns doc_id, start, end (the quote's content without its marks), text,
        kind (direct|partial), speaker (fullest name in the article), speaker_start/speaker_end
        (the mention the cue links to, may be "he"), speaker_actor, cue, cue_start, cue_end,
        cue_group, sentence, paragraph, speaker_mention (the text at speaker_start:speaker_end,
        e.g. "he"), speaker_type (person, organisation, state, description or unresolved
        pronoun), confidence (the probability that the speaker is right, from counts on the
        PolNeAR training articles: :mod:`geolib.quotes.confidence`) and unclosed (True for a quote
        whose closing mark is missing: it runs on to the next quote or the end of its paragraph
        and may hold narration; a warning names the document and paragraph) and speaker_agency (the
        organisation-level actor the speaker speaks for: the party, ministry, agency, company or
        NGO; speaker_actor when nothing more specific is known, none for an official of a
        sub-national government whose party the text does not give -- "Sen. Jane Roe (R-Texas)":
        speaker_actor United States, speaker_agency Republican Party). Unknown values are
        null; a quote that continues the previous speaker without a cue of its own has a speaker
        but no cue.

    Example:
        >>> import geolib
        >>> q = quotes(geolib.load('China called the plan “provocative”.', doc_id="x"))
        >>> q[["text", "kind", "speaker", "cue", "cue_group"]].values.tolist()
        [['provocative', 'partial', 'China', 'called', 'characterizing']]
    """
    from ..document import iter_documents

    keep = None if roles is None else tuple(roles)
    wl = word_sets(words)
    given = None
    if actors is not None:
        if not isinstance(actors, pd.DataFrame) or not {"doc_id", "start", "end"} <= set(actors.columns):
            raise ValueError("quotes: actors= must be a DataFrame from geolib.actors.actors() "
                             "(doc_id, start, end, actor, type, affiliation)")
        given = {str(k): actor_records(g) or [] for k, g in actors.groupby("doc_id", sort=False)}
    rows: list[dict] = []
    memo: dict[str, TokInfo] = {}  # token text -> kind, low, cap: words repeat across documents
    for doc in iter_documents(source):
        if len(memo) > 200_000:
            memo.clear()
        try:
            rows.extend(doc_quotes(doc, keep, wl, given, memo))
        except Exception as exc:  # noqa: BLE001 - never crash a corpus run on one odd text
            warnings.warn(f"quotes: skipped {doc.doc_id}: {type(exc).__name__}: {exc}", GeolibWarning,
                          stacklevel=2)
    return _frame(rows)


QuotesArg = Union[pd.DataFrame, bool, None]


def quotes_of(doc: Any, given: QuotesArg) -> pd.DataFrame | None:
    """The quotes of one document for a stage that reads them (relations, tone): ``False`` none,
    a table (``quotes(...)`` of a corpus, perhaps corrected) that document's rows, ``None`` or
    ``True`` found now with :func:`quotes`.

    Example:
        >>> import geolib
        >>> doc = geolib.load('"We will win," Ann Lee said.', doc_id="d")
        >>> quotes_of(doc, False) is None, quotes_of(doc, None)["speaker"].tolist()
        (True, ['Ann Lee'])
    """
    if given is False:
        return None
    if isinstance(given, pd.DataFrame):
        return doc_rows(given, doc.doc_id)
    return quotes(doc)
