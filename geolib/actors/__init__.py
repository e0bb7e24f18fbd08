"""Actors: which states, organisations, groups and people a story brings in, under every name.

The shipped lexicon ``geolib/data/actors.csv`` has one row per alias::

    actor,type,code,affiliation,alias,kind,case_sensitive
    China,state,CHN,,Beijing,metonym,1
    Xi Jinping,person,CHNGOV,China,Xi,person,1

* ``type``: ``state``, ``organisation``, ``group`` (armed and political groups), ``person`` or
  ``place`` (regions, seas, territories: they are matched so that their names do not leak into an
  actor -- "South China Sea" is not China -- and are left out of :func:`actors` unless
  ``places=True``).
* ``code``: ISO 3166-1 alpha-3 for states (``XKX`` for Kosovo), so results join with GDELT-style
  data; CAMEO-style codes elsewhere: ``IGO`` + a tag for intergovernmental bodies (``IGONAT``
  NATO, ``IGOEEC`` European Union, ``IGOUNO`` United Nations, ``IGOUNOSEC`` its Security
  Council), ``NGO`` + tag for non-governmental organisations, ``NSA`` + tag for non-state armed
  groups (``NSAHMS`` Hamas); people get the code of the actor they speak for plus a role
  (``CHNGOV`` government, ``CHNMIL`` military, ``CHNOPP`` opposition, ``USALEG`` legislature).
* ``affiliation``: for people (and bodies of an organisation) the actor they speak for.
* ``kind`` of alias: ``name``, ``official``, ``abbreviation``, ``metonym`` (capitals and seats:
  Beijing, Brussels), ``demonym`` (Chinese), ``institution`` (the Kremlin, the State Department;
  rows with actor ``*`` are generic institutions -- "Foreign Ministry", "embassy" -- that count
  only right after an actor: "China's Foreign Ministry", "the Chinese embassy", "Ministry of
  Defence of Russia"), ``person`` (full names and surnames that are unambiguous alone),
  ``short`` (a surname that counts only after the full name: "Wang" after "Wang Yi"),
  ``description`` ("the alliance": counts only when its actor is named in the same text; ``<n>``
  stands for any number, as in "the <n>-nation alliance").
* ``agency`` (optional column): for an institution row of a state, the state body it names
  ("FBI" -> Federal Bureau of Investigation), an agency of ``geolib/data/agencies.csv`` (hand-made:
  code, parent, sector) or ``phoenix_agencies.csv``; the mention keeps the state as its actor and
  takes the agency's code. A generic institution joined to a state takes the body that
  ``agencies.csv`` gives that state for the word ("China's Foreign Ministry" -> Ministry of Foreign
  Affairs of China); a legislature's or top court's generic word alone ("the Senate",
  "Parliament") names the body of the document's dominant state, or nobody.
* ``case_sensitive``: 1 = capitalised words must match exactly ("US" is not "us"; lower-case
  words of the alias, like "the", still match in any case), 0 = any case.

The words around names that decide how a name is used (titles, articles, the words that make a
capital a place, weekdays and months) are in ``geolib/data/actor_words.csv`` and ``dates.csv``;
:func:`load_actor_words` reads them, with a user's additions, for ``actors(..., words=...)``.

The stages are modules of this package, each importing only the ones above it:

- :mod:`~geolib.actors.lexicon`: the actor lexicon (:func:`load_actor_lexicon`), first names;
- :mod:`~geolib.actors.affiliations`: a person's term on a date, agencies, :func:`office_of`;
- :mod:`~geolib.actors.office_dates`: whether a title before a name, or a sentence about an
  earlier year, gives a person an office on the story's date;
- :mod:`~geolib.actors.words`: the word lists (:func:`load_actor_words`) as sets;
- :mod:`~geolib.actors.compiled`: the lexicon compiled for matching, remembered by content;
- :mod:`~geolib.actors.tokens`: the tokens matched on, hyphenated words split;
- :mod:`~geolib.actors.find`: the mentions of one document, matched and resolved;
- :mod:`~geolib.actors.table`: :func:`actors`, the table, :func:`document_mentions`,
  :func:`mentions_by_doc`;
- :mod:`~geolib.actors.candidates`: names the lexicon lacks (:func:`candidate_actors`);
- :mod:`~geolib.actors.counts`: :func:`actor_counts`, :func:`cooccurrence`, :func:`first_mentions`;
- :mod:`~geolib.actors.plots`: :func:`plot_actor_ranking`, :func:`plot_cooccurrence`.

Example:
    >>> df = actors("China’s Foreign Ministry condemned NATO. Beijing said the alliance lies.")
    >>> df[["text", "actor", "kind"]].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
    [['China’s Foreign Ministry', 'China', 'institution'], ['NATO', 'NATO', 'abbreviation'],
     ['Beijing', 'China', 'metonym'], ['alliance', 'NATO', 'description']]
"""

from __future__ import annotations

from .affiliations import office_of
from .candidates import candidate_actors, candidate_lexicon, write_candidate_lexicon
from .counts import actor_counts, cooccurrence, cooccurrence_matrix, first_mentions
from .compiled import CompiledLexicon, compile_actor_lexicon
from .find import LEVELS, MENTION_COLUMNS
from .lexicon import GENERIC, KINDS, LEXICON_COLUMNS, TYPES, load_actor_lexicon
from .plots import plot_actor_ranking, plot_cooccurrence
from .table import actors, document_mentions, mentions_by_doc
from .words import ACTOR_WORD_KINDS, load_actor_words

__all__ = ["load_actor_lexicon", "load_actor_words", "compile_actor_lexicon", "CompiledLexicon", "actors", "candidate_actors", "candidate_lexicon",
           "write_candidate_lexicon", "office_of", "actor_counts",
           "cooccurrence", "cooccurrence_matrix", "first_mentions", "plot_actor_ranking",
           "plot_cooccurrence", "LEXICON_COLUMNS", "MENTION_COLUMNS", "ACTOR_WORD_KINDS"]
