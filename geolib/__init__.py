"""geolib: text and counting helpers for media-framing analysis of geopolitical news.

Who is in the story (:func:`actors`), who speaks (:func:`quotes`), how it is framed
(:func:`frames`), and the counting around it (:func:`kwic`, :func:`frequencies`,
:func:`collocations`, :func:`keyness`). Every table is a pandas DataFrame whose first columns are
``doc_id, start, end, text``, with ``doc.text[start:end] == text``.

Example:
    >>> import geolib
    >>> doc = geolib.load("China criticised NATO's statement.")
    >>> geolib.actors(doc)[["text", "actor"]].values.tolist()
    [['China', 'China'], ['NATO', 'NATO']]
"""

from .actors import (actor_counts, actors, candidate_actors, cooccurrence, cooccurrence_matrix,
                     first_mentions, load_actor_lexicon, load_actor_words, plot_actor_ranking,
                     plot_cooccurrence)
from .counting import collocations, frequencies, keyness, kwic, kwic_html, plot_keyness
from .decoding import GeolibWarning, InputError
from .display import render, show, to_html
from .document import (Corpus, Document, iter_documents, load, paragraphs, read_corpus, sentences,
                       tokens)
from .escaping import csv_safe
from .figures import save_figure
from .filenames import safe_filename
from .frames import (candidate_frames, frames, load_frame_lexicon, plot_dispersion,
                     plot_sponsorship, sponsorship)
from .pipeline import Results, analyze, read_results
from .quotes import (load_quote_words, plot_verb_groups, plot_voice_share, quotes, reporting_verbs,
                     verb_groups, voice_share)
from .text import stopwords

__version__ = "0.1.0"

__all__ = [
    # documents
    "Corpus", "Document", "GeolibWarning", "InputError", "iter_documents", "load", "paragraphs",
    "read_corpus", "sentences", "stopwords", "tokens",
    # actors
    "actors", "actor_counts", "candidate_actors", "cooccurrence", "cooccurrence_matrix",
    "first_mentions", "load_actor_lexicon", "load_actor_words", "plot_actor_ranking", "plot_cooccurrence",
    # quotes
    "quotes", "load_quote_words", "reporting_verbs", "voice_share", "plot_voice_share", "verb_groups",
    "plot_verb_groups",
    # frames
    "frames", "load_frame_lexicon", "sponsorship", "plot_sponsorship", "plot_dispersion",
    "candidate_frames",
    # counting
    "kwic", "kwic_html", "frequencies", "collocations", "keyness", "plot_keyness",
    # corpus scale
    "analyze", "read_results", "Results",
    # display and figures
    "show", "render", "to_html", "save_figure",
    # safe output from data
    "safe_filename", "csv_safe",
    "__version__",
]
