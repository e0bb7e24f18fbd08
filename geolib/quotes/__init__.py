"""Quotes: who speaks, in whose words, through which verb.

Rule-based quote extraction and attribution for news text, with no model download:

1. *Marks*: straight ``"``, curly ``“ ”``, single ``‘ ’`` / ``'`` where they are quotes and not
   apostrophes (``’s``, ``’90s``, ``rock ’n’ roll``, ``Joneses’``), guillemets, and ``''`` used as a
   double mark. Marks pair within a paragraph; a nested quote stays inside its outer quote; a
   paragraph that ends inside a quote and is followed by a paragraph reopening with a mark of the
   same family (double or single) continues the quote (only the last paragraph closes it); any other
   unclosed mark ends at its paragraph.
2. *Cues*: reporting verbs (``geolib/data/reporting_verbs.csv``, grouped by stance) next to the
   quote (``"…," X said`` / ``said X`` / ``X said: "…"`` / ``X: "…"``), anywhere earlier in the
   quote's sentence (``X called on Y to "…"``, ``X criticized Y as "…"``, ``X, describing Y as
   "…"``), ``according to X``; a quote without a cue that opens its sentence continues the speaker
   of the previous attribution in the same or the previous paragraph; a quoted phrase inside a
   sentence without a cue belongs to the subject of its main clause when a finite verb follows
   that subject (``Cruz blamed the law on "…"``; ``finite_verb``, ``label_word`` and
   ``not_subject`` of ``quote_words.csv`` say which verbs, labels and pronouns).
3. *Speakers*: the subject of the cue found by light rules (capitalised names, titles and speaker
   nouns from ``geolib/data/speaker_words.csv``, the grammar words of ``quote_words.csv``,
   appositions, ``who`` clauses, coordinated verbs);
   pronouns and descriptions (``he``, ``they``, ``the statement``, ``the leaders``) resolve to the
   latest earlier speaker that fits; names expand to the fullest form in the article.
4. *Actors*: ``speaker_actor`` comes from :func:`geolib.actors.actors` when that module is
   available (a person's affiliation, an organisation or country itself), otherwise it is null.

Every word list the rules read is a file in ``geolib/data/`` (see :func:`load_quote_words`); a
user table adds or removes words for one call: ``quotes(text, words=load_quote_words(user=...))``.

The stages are modules of this package, each importing only the ones above it:

- :mod:`~geolib.quotes.verbs`: the reporting-verb lexicon;
- :mod:`~geolib.quotes.words`: the word lists (:func:`load_quote_words`);
- :mod:`~geolib.quotes.spans`: quote marks and spans (:func:`quote_spans`);
- :mod:`~geolib.quotes.tokens`: token records, a quote one token, and sentences;
- :mod:`~geolib.quotes.cues`: reporting cues at a token;
- :mod:`~geolib.quotes.phrases`: speaker noun phrases and the light grammar around a cue;
- :mod:`~geolib.quotes.context`: per-document state, mentions, the subject search;
- :mod:`~geolib.quotes.speakers`: mentions resolved (pronouns, descriptions, fullest names);
- :mod:`~geolib.quotes.candidates`: the attribution rules, each proposing a speaker;
- :mod:`~geolib.quotes.attribute`: the speaker of each quote chosen, direct or partial;
- :mod:`~geolib.quotes.speaker_actors`: ``speaker_actor`` from the actor mentions;
- :mod:`~geolib.quotes.table`: :func:`quotes`, the table;
- :mod:`~geolib.quotes.summaries`: :func:`voice_share`, :func:`verb_groups` and their plots.

Example:
    >>> import geolib
    >>> from geolib.quotes import quotes
    >>> doc = geolib.load('"We will win," Sen. Ann Lee said. "No doubt."', doc_id="d")
    >>> quotes(doc)[["text", "kind", "speaker", "cue"]].values.tolist()
    [['We will win,', 'direct', 'Ann Lee', 'said'], ['No doubt.', 'direct', 'Ann Lee', None]]
"""

from __future__ import annotations

from .summaries import VERB_GROUP_COLOURS, plot_verb_groups, plot_voice_share, verb_groups, voice_share
from .table import QUOTE_COLUMNS, quotes
from .spans import quote_spans
from .tokens import CAP, END, KIND, LOW, QI, START, TEXT, TokInfo
from .verbs import reporting_verbs
from .words import QUOTE_WORD_KINDS, load_quote_words

__all__ = ["quotes", "quote_spans", "load_quote_words", "voice_share", "plot_voice_share", "reporting_verbs",
           "verb_groups", "plot_verb_groups", "QUOTE_COLUMNS", "QUOTE_WORD_KINDS"]
