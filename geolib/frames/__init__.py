"""Framing terms: which frames a text uses, where, and in whose voice (frame sponsorship).

The framing lexicon is a plain CSV file, ``geolib/data/frames.csv``, with the columns ``term``,
``frame``, ``dimension`` (one of the 15 dimensions of the Policy Frames Codebook, Boydstun et al.
2014), an optional ``match`` (``stem``, the default, or ``exact``) and an optional ``layer``:

* ``framing`` (the default): how a story is cast, evaluative, metaphorical or attributive words
  ("witch hunt", "Cold War mentality", "rigged", "aggression"); :func:`frames` returns these;
* ``topic``: what a story is about ("voters", "lawsuit", "unemployment"); ``frames(layer="topic")``;
* ``guard``: a phrase in which a term has another sense or is part of an idiom ("war chest",
  "to the rescue", "budget summit"); a term matched inside it is dropped (its dimension may be
  empty).

Blank lines and lines that start with ``#`` are skipped. A user lexicon in the same format adds
terms or guards or overrides shipped ones; a user row whose frame is ``-`` removes a shipped term.

How a term matches a text (all in one pass over ``doc.tokens``, see :func:`~geolib.frames.keys.term_key`):

* case, curly or straight apostrophes and accents are ignored;
* British and American spellings meet (``defence``/``defense``, ``labour``/``labor``,
  ``organise``/``organize``, ``centre``/``center``; irregular pairs are listed in
  ``geolib/data/spelling_variants.csv``);
* inflections meet through a light suffix stemmer (``fuel``, ``fuels``, ``fueling``, ``fuelled``;
  ``challenge``/``challenges``); a term whose ``match`` is ``exact`` matches only its own form (up to
  spelling), e.g. the verb ``fueling`` without the noun ``fuel``;
* a hyphenated word is matched as its parts, so ``zero-sum`` finds ``zero-sum`` and ``zero sum``;
  a hyphenated term also finds its closed form (``cease-fire`` finds ``ceasefire``). A match must
  begin at the start of a word: ``war`` is not found in ``anti-war``;
* line breaks and runs of spaces inside a term do not matter (nor a hyphen at a line break,
  ``zero-⏎sum``), but a blank line stops a match.

The matcher is a token trie (like :class:`geolib.matching.PhraseMatcher`), walked only from the tokens
whose key starts a term: the cost of matching grows with the length of the text, not with the
number of terms.

The stages are modules of this package, each importing only the ones above it:

- :mod:`~geolib.frames.keys`: words to the keys under which they match (:func:`term_key`);
- :mod:`~geolib.frames.lexicon`: the lexicon read and checked (:func:`load_frame_lexicon`);
- :mod:`~geolib.frames.trie`: the lexicon compiled into a token trie;
- :mod:`~geolib.frames.hits`: the terms found in a document;
- :mod:`~geolib.frames.voices`: the quote and speaker of each hit, and :func:`sponsorship`;
- :mod:`~geolib.frames.table`: :func:`frames`, the table;
- :mod:`~geolib.frames.plots`: :func:`plot_sponsorship`, :func:`plot_dispersion`;
- :mod:`~geolib.frames.candidates`: :func:`candidate_frames`, phrases the lexicon may lack;
- :mod:`~geolib.frames.generic`: :func:`generic_frames`, Semetko & Valkenburg's five generic news
  frames by their indicators (``geolib/data/generic_frames.csv``).

Example:
    >>> from geolib.frames import frames
    >>> frames("They warned of a new cold war.", quotes=False)[["text", "frame"]].values.tolist()
    [['new cold war', 'cold war / bloc confrontation']]
"""

from __future__ import annotations

from .candidates import candidate_frames
from .generic import GENERIC_FRAMES, generic_frame_questions, generic_frames, load_generic_frame_lexicon
from .keys import term_key
from .lexicon import DIMENSIONS, LAYERS, LEXICON_COLUMNS, LexiconSource, load_frame_lexicon
from .plots import plot_dispersion, plot_sponsorship
from .table import FRAME_COLUMNS, frames
from .voices import WRITER, QuotesArg, sponsorship

__all__ = [
    "DIMENSIONS", "FRAME_COLUMNS", "load_frame_lexicon", "frames", "sponsorship", "plot_sponsorship",
    "plot_dispersion", "candidate_frames", "term_key", "LAYERS", "generic_frames", "load_generic_frame_lexicon",
    "generic_frame_questions", "GENERIC_FRAMES",
]
