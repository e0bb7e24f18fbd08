"""The frames table: :func:`frames`, the framing terms of a text, document or corpus, with who voices
each one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from ..document import iter_documents
from ..quotes.table import quotes as _attributed_quotes
from .hits import find_terms
from .lexicon import LexiconSource
from .trie import matcher_for
from .voices import QuoteColumns, QuotesArg, attribute_lists, attribute_spans, quote_mark_spans, quotes_for

__all__ = ["FRAME_COLUMNS", "frames"]

FRAME_COLUMNS = ["doc_id", "start", "end", "text", "term", "frame", "dimension", "sentence",
                 "paragraph", "in_quote", "speaker", "speaker_actor", "layer"]


def _layers_wanted(layer: str | None) -> frozenset[str]:
    """The layers a ``layer=`` argument asks for (``None`` or ``"all"``: framing and topic)."""
    if layer is None or layer == "all":
        return frozenset(("framing", "topic"))
    if layer not in ("framing", "topic"):
        raise ValueError(f"layer must be 'framing', 'topic', 'all' or None, not {layer!r}")
    return frozenset((layer,))


def frames(doc_or_corpus: Any, *, lexicon: LexiconSource = None, roles: Sequence[str] | None = ("body",),
           quotes: QuotesArg = None, layer: str | None = "framing") -> pd.DataFrame:
    """Framing terms in a text, document or corpus, with who voices each one.

    Args:
        doc_or_corpus: text, path, Document, Corpus or anything ``geolib.iter_documents`` reads.
        lexicon: a lexicon from :func:`load_frame_lexicon`, a CSV path or DataFrame; the shipped
            lexicon by default.
        roles: paragraph roles to search (``None``: the whole text).
        quotes: the quote table to attribute terms with (a DataFrame with doc_id, start, end,
            speaker, speaker_actor, or a function doc -> DataFrame). By default
            ``geolib.quotes.quotes``; where it fails on a document, the quotes that quotation marks
            make are used (:func:`geolib.quotes.quote_spans`: ``in_quote`` only, no speaker) and
            a warning says so. ``False``: those quotes, without the warning.
        layer: ``"framing"`` (the default): the framing terms, how a story is cast; ``"topic"``:
            the topic markers, what it is about; ``None`` or ``"all"``: both. Terms matched inside
            a guard phrase of the lexicon ("war chest", "to the rescue") are never reported.

    Returns:
        DataFrame doc_id, start, end, text, term, frame, dimension, sentence, paragraph, in_quote,
        speaker, speaker_actor, layer. A term outside every quote is in the writer's voice
        (``in_quote`` False, speaker null).

    Example:
        >>> t = "They warned of a new cold war, of dual use exports and of a war chest."
        >>> frames(t, quotes=False)[["text", "term", "frame"]].values.tolist()
        [['new cold war', 'new cold war', 'cold war / bloc confrontation']]
        >>> frames(t, quotes=False, layer="all")[["text", "layer"]].values.tolist()
        [['new cold war', 'framing'], ['dual use', 'topic']]
    """
    matcher = matcher_for(lexicon)
    wanted = _layers_wanted(layer)
    fn = _attributed_quotes if quotes is None else None
    rows: list[tuple] = []
    table = None        # a quotes table with doc_id, as lists
    if isinstance(quotes, pd.DataFrame) and "doc_id" in quotes.columns:
        table = QuoteColumns(quotes)
    # quotation marks only (as quotes_for decides), as lists
    marks_only = (not isinstance(quotes, pd.DataFrame) and not callable(quotes)
                  and (quotes is False or fn is None))
    for doc in iter_documents(doc_or_corpus):
        found = [f for f in find_terms(doc, matcher, roles) if f[3].layer in wanted]
        if not found:
            continue
        starts = [f[0] for f in found]
        if table is not None:
            attr = table.attribute(str(doc.doc_id), starts)
        elif marks_only:
            marks = quote_mark_spans(doc)
            nones = [None] * len(marks)
            attr = attribute_lists(starts, [a for a, _ in marks], [b for _, b in marks], nones, nones)
        else:
            attr = attribute_spans(starts, [f[1] for f in found], quotes_for(doc, quotes, fn))
        spans, sents, text = doc.token_spans, doc.sentence_spans, doc.text
        for (s, e, ti, entry), (inq, spk, act) in zip(found, attr):
            si = spans[ti][3]
            rows.append((doc.doc_id, s, e, text[s:e], entry.term, entry.frame, entry.dimension,
                         si, sents[si][2], inq, spk, act, entry.layer))
    return _frames_table(rows)


def _frames_table(rows: list[tuple]) -> pd.DataFrame:
    """The frames DataFrame from its rows (tuples in FRAME_COLUMNS order), built column by column."""
    if not rows:
        df = pd.DataFrame(rows, columns=FRAME_COLUMNS)
    else:
        df = pd.DataFrame(dict(zip(FRAME_COLUMNS, map(list, zip(*rows)))))
    types = {"start": "int64", "end": "int64", "sentence": "int64", "paragraph": "int64", "in_quote": "bool"}
    if all(df[c].dtype == t for c, t in types.items()):
        return df                     # (Python ints and bools give these already)
    return df.astype(types)
