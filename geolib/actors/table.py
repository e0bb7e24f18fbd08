"""The actor mentions as a table (:func:`actors`), as records for one document
(:func:`document_mentions`), and each document with its mentions (:func:`mentions_by_doc`).

Example:
    >>> actors("China met NATO.")[["text", "actor", "type"]].values.tolist()
    [['China', 'China', 'state'], ['NATO', 'NATO', 'organisation']]
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np
import pandas as pd

from ..decoding import GeolibWarning
from ..document import Document, iter_documents
from ..grouping import doc_rows, rows_by_doc
from ..segments import keep_roles
from .compiled import CompiledLexicon, compiled_lexicon
from .find import MENTION_COLUMNS, Mention, doc_mentions
from .words import word_sets

_INT_COLUMNS = {"start": "int64", "end": "int64", "sentence": "int64", "paragraph": "int64"}


def _mention_frame(doc_ids: list[str], found: list[Mention]) -> pd.DataFrame:
    """The table of :func:`actors`, built once from column lists (integer columns as int64
    arrays, text columns as pandas' "str"; with no rows, "object" text columns as always)."""
    if not found:
        return pd.DataFrame([], columns=MENTION_COLUMNS).astype(_INT_COLUMNS)
    cols = dict(zip(MENTION_COLUMNS, [doc_ids, *map(list, zip(*found))]))
    for c in _INT_COLUMNS:
        cols[c] = np.array(cols[c], dtype="int64")
    return pd.DataFrame(cols)


def actors(doc_or_corpus: Any, *, lexicon: CompiledLexicon | pd.DataFrame | str | os.PathLike | None = None,
           roles: Iterable[str] | str | None = ("body",), places: bool = False,
           words: pd.DataFrame | str | os.PathLike | None = None, date: Any = None,
           unresolved: bool = False) -> pd.DataFrame:
    """One row per actor mention: doc_id, start, end, text, actor, type, code, affiliation,
    kind, sentence, paragraph, role, agency, parent, level, office.

    ``agency`` names the sub-state body a mention names ("Federal Bureau of Investigation"; its
    ``actor`` stays the state, its ``code`` is the body's CAMEO-style code, ``USACOP``);
    ``parent`` is what the mention rolls up to (an agency's state, a person's affiliation);
    ``level`` is ``agency``, ``person`` or the actor's type; ``office`` a person's sector from
    the code (``government``, ``legislature``, ``military`` ...) or an agency's.

    Args:
        doc_or_corpus: text, a path, a Document, a Corpus, or an iterable of them.
        lexicon: a lexicon from :func:`load_actor_lexicon`, a CSV path, or one compiled once by
            :func:`compile_actor_lexicon` (fastest for a very large lexicon); default: shipped.
        roles: parts of the article to report (``None``: all, captions and notes included).
        places: also report regions and places ("South China Sea", "Washington" as a place).
        words: word lists from :func:`load_actor_words` (articles, titles, the words that make a
            capital a place); default: the shipped ones.
        date: the date the texts speak of (``"2004-05-17"``), which picks the affiliation of a
            person who held several; default: each document's ``date`` metadata, and without
            one the best-supported affiliation.
        unresolved: also report bare surnames that several people of the article share and
            nothing in the context decides (kind ``ambiguous``, actor empty).

    The table's ``attrs["words"]`` holds the number of words in those parts per document, which
    :func:`actor_counts` uses for rates; ``attrs["chars"]`` holds each document's length.

    A Document remembers its mentions (all parts, places included) per lexicon, so asking again
    with other ``roles`` or ``places`` costs only the filtering and the table.

    Example:
        >>> actors("Putin met Xi Jinping in Moscow. Xi said China and Russia agree.")[
        ...     ["text", "actor", "affiliation"]].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
        [['Putin', 'Vladimir Putin', 'Russia'], ['Xi Jinping', 'Xi Jinping', 'China'],
         ['Xi', 'Xi Jinping', 'China'], ['China', 'China', ''], ['Russia', 'Russia', '']]
    """
    comp = compiled_lexicon(lexicon)
    wl = word_sets(words)
    keep = keep_roles(roles)
    doc_ids: list[str] = []
    rows: list[Mention] = []
    words: dict[str, int] = {}
    chars: dict[str, int] = {}
    for doc in documents_of(doc_or_corpus):
        try:
            found, _ = doc_mentions(doc, comp, wl, date)
        except Exception as err:  # never crash a corpus run on one odd text
            warnings.warn(f"actors: skipped document {doc.doc_id!r}: {err}", GeolibWarning,
                          stacklevel=2)
            found = ()
        words[doc.doc_id] = doc.words(roles=None if keep is None else tuple(keep))
        chars[doc.doc_id] = len(doc.text)
        kept = _select(found, keep, places, unresolved)
        rows += kept
        doc_ids += [doc.doc_id] * len(kept)
    df = _mention_frame(doc_ids, rows)
    df.attrs["words"] = words
    df.attrs["chars"] = chars
    return df


def _select(found: Iterable[Mention], keep: set[str] | None, places: bool,
            unresolved: bool = False) -> list[Mention]:
    """The mentions in the roles kept, places only if asked for, surnames that several people
    share (kind ``ambiguous``, no actor) only if asked for."""
    return [o for o in found if (keep is None or o.role in keep) and (places or o.type != "place")
            and (unresolved or o.kind != "ambiguous")]


def mentions_by_doc(doc_or_corpus: Any, mentions: pd.DataFrame | None = None, *,
                    roles: Iterable[str] | str | None = ("body",)) -> Iterator[tuple[Document, pd.DataFrame]]:
    """Each document with its actor mentions: the rows of ``mentions`` for it (a table made
    before, grouped once), or :func:`actors` of the document when ``mentions`` is None.

    Example:
        >>> [(d.doc_id, m.actor.tolist()) for d, m in mentions_by_doc(["China met NATO."])]
        [('0', ['China', 'NATO'])]
    """
    by_doc = rows_by_doc(mentions) if mentions is not None and "doc_id" in mentions.columns else None
    for doc in iter_documents(doc_or_corpus):
        yield doc, (actors(doc, roles=roles) if mentions is None else doc_rows(mentions, doc.doc_id, by_doc))


def document_mentions(doc: Document, *, lexicon: CompiledLexicon | pd.DataFrame | str | os.PathLike | None = None,
                      roles: Iterable[str] | str | None = ("body",), places: bool = False,
                      words: pd.DataFrame | str | os.PathLike | None = None,
                      date: Any = None) -> list[Mention]:
    """The rows :func:`actors` gives for one Document, as named tuples (fields: the columns but
    doc_id), without building a table -- for stages that only read the mentions (the speakers'
    actors of :mod:`geolib.quotes`): after :func:`actors` on the same Document and lexicon
    this costs only the filtering. Errors are raised (:func:`actors` warns and skips instead).

    Example:
        >>> [(m.text, m.actor) for m in document_mentions(Document("Beijing and NATO met."))]
        [('Beijing', 'China'), ('NATO', 'NATO')]
    """
    found, _ = doc_mentions(doc, compiled_lexicon(lexicon), word_sets(words), date)
    return _select(found, keep_roles(roles), places)


def documents_of(source: Any) -> Any:
    """Documents of any source; blank text is one empty document, not a path."""
    if isinstance(source, str) and not source.strip():
        return [Document(source, doc_id="text")]
    return iter_documents(source)
