"""geolib: text and counting helpers for media-framing analysis of geopolitical news.

Example:
    >>> import geolib
    >>> doc = geolib.load("China criticised NATO's statement.")
    >>> len(doc.sentences)
    1
"""

from .decoding import GeolibWarning, InputError
from .document import (Corpus, Document, iter_documents, load, paragraphs, read_corpus, sentences,
                       tokens)
from .text import stopwords

__version__ = "0.1.0"

__all__ = ["Corpus", "Document", "GeolibWarning", "InputError", "iter_documents", "load",
           "paragraphs", "read_corpus", "sentences", "stopwords", "tokens", "__version__"]
