"""The whole geolib pipeline over a corpus, as a stream: documents in, tidy tables out.

:func:`analyze` reads documents lazily, hands them in batches (plain texts or paths, never
``Document`` objects) to one or more processes, or to a Dask cluster, and runs each *stage* on
every document. A stage is a function ``doc -> DataFrame``; the standard ones are

=============  ==========================================  ==================================
table          function                                    rows
=============  ==========================================  ==================================
documents      :func:`documents_table`                     one per document (text, metadata)
sentences      :func:`sentences_table`                     one per sentence, every part
actors         ``geolib.actors.actors``                    one per actor mention (body)
quotes         ``geolib.quotes.quotes``                    one per quote (body)
frames         ``geolib.frames.frames``                    one per framing term (body)
=============  ==========================================  ==================================

A stage whose module cannot be imported is reported as unavailable (a warning, and
``results.unavailable``); it is not run and never marked done. A document that cannot be read, a
stage that fails on it, or one that takes longer than ``time_limit`` seconds in a stage
(``StageTimeout``), goes into the ``errors`` table and the run goes on.

With ``out=DIR`` the batches' tables are written as Parquet part files (one dataset per table, plus
a small manifest of what is done; small batches merged into parts of up to ~100,000 rows or 64 MB)
and the memory used is bounded by that buffer, not by the corpus. A re-run into the same folder
skips the (document, stage) pairs already done, keyed by ``doc_id`` and a hash of the text, so an
interrupted run resumes, and a stage that became available later is added.
:func:`read_results` reads the tables back into pandas.

``DIR`` must be new, empty, or a folder geolib wrote (marked by ``DIR/_geolib.json``); another
folder is refused unless ``force=True``. geolib removes or overwrites only files it wrote itself:
parts whose names it journaled (``DIR/_geolib.journal``) before writing them, and figures its
marker lists. Worker processes end with their parent, and Ctrl-C stops them at once.

Example:
    >>> res = analyze(["NATO met. China objected.", "Russia spoke."], stages=("sentences",),
    ...               progress=False)
    >>> res["sentences"][["doc_id", "text"]].values.tolist()
    [['0', 'NATO met.'], ['0', 'China objected.'], ['1', 'Russia spoke.']]

The package's modules follow its jobs: :mod:`~geolib.pipeline.stages` (the stage registry and
the built-in tables), :mod:`~geolib.pipeline.records` (reading records lazily from the sources),
:mod:`~geolib.pipeline.worker` (one batch through the stages), :mod:`~geolib.pipeline.store`
(the Parquet store), :mod:`~geolib.pipeline.executors` (processes and Dask),
:mod:`~geolib.pipeline.run` (:func:`analyze`), and ``geolib report``'s: :mod:`~geolib.pipeline.report`
(the command), :mod:`~geolib.pipeline.report_figures` (the figures), :mod:`~geolib.pipeline.report_page`
(the HTML), :mod:`~geolib.pipeline.report_files` (its files, by the store's rules) and
:mod:`~geolib.pipeline.exports` (``--format csv|json``).
"""

from .report import report_command
from .run import Results, analyze
from .stages import DEFAULT_STAGES, STAGES, available_stages, documents_table, sentences_table, text_hash
from .store import read_results

__all__ = ["analyze", "read_results", "report_command", "Results", "STAGES", "DEFAULT_STAGES",
           "documents_table", "sentences_table", "text_hash", "available_stages"]
