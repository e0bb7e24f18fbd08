"""geolib: text and counting helpers for media-framing analysis of geopolitical news.

Who is in the story (:func:`actors`), who speaks (:func:`quotes`), how it is framed
(:func:`frames`), and the counting around it (:func:`kwic`, :func:`frequencies`,
:func:`collocations`, :func:`keyness`); hits checked by hand (:func:`sample_hits`,
:func:`coding_sheet`, :func:`precision_by_frame`, :func:`agreement`) and documents compared by
group (:func:`group_by_meta`, :func:`rates_per_document`). Every table is a pandas DataFrame whose
first columns are ``doc_id, start, end, text``, with ``doc.text[start:end] == text``.

Example:
    >>> import geolib
    >>> doc = geolib.load("China criticised NATO's statement.")
    >>> geolib.actors(doc)[["text", "actor"]].values.tolist()
    [['China', 'China'], ['NATO', 'NATO']]
"""

from .agreement import agreement, cohen_kappa, disagreements, krippendorff_alpha
from .actors import (actor_counts, actors, candidate_actors, candidate_lexicon, cooccurrence,
                     cooccurrence_matrix, first_mentions, load_actor_lexicon, load_actor_words, compile_actor_lexicon,
                     plot_actor_ranking, plot_cooccurrence, write_candidate_lexicon)
from .coding import CODES, coding_sheet, read_coding_sheet, write_coding_sheet
from .corrections import apply_corrections, corrected_quotes, read_corrections
from .counting import collocations, frequencies, keyness, kwic, kwic_html, plot_keyness
from .decoding import GeolibWarning, InputError
from .display import render, show, to_html
from .document import (Corpus, Document, iter_documents, load, paragraphs, read_corpus, sentences,
                       tokens)
from .escaping import csv_safe
from .exercises import answer
from .figures import add_caption, corpus_caption, label_rows_with_n, save_figure
from .filenames import safe_filename
from .notes import notes
from .frames import (candidate_frames, frames, generic_frame_questions, generic_frames,
                     load_frame_lexicon, load_generic_frame_lexicon, plot_dispersion, plot_sponsorship,
                     sponsorship)
from .indexing import mentioned_vs_heard
from .grouping import (docvars, document_rates, group_by_meta, join_meta, plot_group_rates,
                       rates_per_document)
from .pipeline import Results, analyze, read_results
from .resources import example_path
from .quotes import (load_quote_words, plot_verb_groups, plot_voice_share, quotes, reporting_verbs,
                     verb_groups, voice_share)
from .relations import plot_relations, relation_pairs, relation_verbs, relations
from .text import stopwords
from .tone import actor_tone, plot_actor_tone, tone, tone_words
from .validation import (judged_precision, kept_hits, precision_by_frame, sample_hits, sentence_frame_scores,
                         tone_agreement, tone_sign, wilson_interval)

__version__ = "0.1.0"

__all__ = [
    # documents
    "Corpus", "Document", "GeolibWarning", "InputError", "iter_documents", "load", "paragraphs",
    "read_corpus", "sentences", "stopwords", "tokens",
    # actors
    "actors", "actor_counts", "candidate_actors", "candidate_lexicon", "write_candidate_lexicon",
    "cooccurrence", "cooccurrence_matrix",
    "first_mentions", "load_actor_lexicon", "load_actor_words", "compile_actor_lexicon", "plot_actor_ranking", "plot_cooccurrence",
    # quotes
    "quotes", "load_quote_words", "reporting_verbs", "voice_share", "plot_voice_share", "verb_groups",
    "plot_verb_groups",
    # quote corrections
    "read_corrections", "apply_corrections", "corrected_quotes",
    # frames
    "frames", "load_frame_lexicon", "sponsorship", "plot_sponsorship", "plot_dispersion",
    "candidate_frames",
    # generic news frames (Semetko & Valkenburg 2000), by their indicators
    "generic_frames", "load_generic_frame_lexicon", "generic_frame_questions",
    # portrayal: tone toward each actor, and who blames whom
    "tone", "actor_tone", "tone_words", "plot_actor_tone", "relations", "relation_pairs",
    "relation_verbs", "plot_relations",
    # counting
    "kwic", "kwic_html", "frequencies", "collocations", "keyness", "plot_keyness",
    # validation: hand coding, precision, agreement
    "sample_hits", "coding_sheet", "write_coding_sheet", "read_coding_sheet", "CODES",
    "precision_by_frame", "wilson_interval", "judged_precision", "tone_agreement", "tone_sign", "kept_hits",
    "sentence_frame_scores", "agreement", "disagreements",
    "cohen_kappa", "krippendorff_alpha", "example_path",
    # metadata, groups and per-document rates
    "docvars", "join_meta", "mentioned_vs_heard", "group_by_meta", "rates_per_document", "document_rates", "plot_group_rates",
    # corpus scale
    "analyze", "read_results", "Results",
    # display and figures
    "show", "render", "to_html", "save_figure", "add_caption", "corpus_caption", "label_rows_with_n", "notes", "answer",
    # safe output from data
    "safe_filename", "csv_safe",
    "__version__",
]
