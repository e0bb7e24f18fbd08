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

How a term matches a text (all in one pass over ``doc.tokens``, see :func:`term_key`):

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
"""

from __future__ import annotations

import bisect
import heapq
import os
import re
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Union

import pandas as pd

from .decoding import GeolibWarning
from .document import Document, iter_documents
from .grouping import doc_rows, rows_by_doc
from .matching import END as _END
from .matching import PhraseMatcher, entry_of, step
from .lexicons import Table, read_table
from .quotes import quote_spans
from .quotes import quotes as _attributed_quotes
from .resources import data_path, table_digest
from .counting import keyness_table, kwic, ngram_table
from .segments import (BLANK_LINE, HYPHEN_CHARS, HYPHENS, LINE_END_HYPHEN, Part, keep_roles, segments,
                       token_parts, word_starts)
from .text import normalize, token_spans

__all__ = [
    "DIMENSIONS", "FRAME_COLUMNS", "load_frame_lexicon", "frames", "sponsorship", "plot_sponsorship",
    "plot_dispersion", "candidate_frames", "term_key", "LAYERS",
]

DIMENSIONS = (
    "Economic", "Capacity and resources", "Morality", "Fairness and equality",
    "Legality, constitutionality and jurisprudence", "Policy prescription and evaluation",
    "Crime and punishment", "Security and defense", "Health and safety", "Quality of life",
    "Cultural identity", "Public opinion", "Political", "External regulation and reputation", "Other",
)
_DIM_LOOKUP = {" ".join(d.lower().split()): d for d in DIMENSIONS}

FRAME_COLUMNS = ["doc_id", "start", "end", "text", "term", "frame", "dimension", "sentence",
                 "paragraph", "in_quote", "speaker", "speaker_actor", "layer"]
LEXICON_COLUMNS = ["term", "frame", "dimension", "match", "layer", "source", "line"]
#: the layers of the lexicon (see the module docstring); ``guard`` rows are never reported
LAYERS = ("framing", "topic", "guard")
WRITER = "writer"

LexiconSource = Union[str, os.PathLike, pd.DataFrame, None]


# ------------------------------------------------------------------ normalising words to keys

@lru_cache(maxsize=1)
def _spelling_maps() -> tuple[dict[str, str], dict[str, str]]:
    """Word-level and stem-level maps from ``spelling_variants.csv`` (variant -> canonical)."""
    word_map: dict[str, str] = {}
    table = read_table(data_path("spelling_variants.csv"), kind="spelling variants",
                       required=("variant", "canonical"), entry=("pair", "pairs"))
    for i, (variant, canonical) in enumerate(zip(table.column("variant"), table.column("canonical"))):
        if not variant or not canonical:
            raise table.error(i, "expected 'variant,canonical'")
        v, c = _fold(variant), _fold(canonical)
        if " " in v or " " in c:
            raise table.error(i, "one word per column")
        word_map[v] = c
    stem_map = {}
    for v, c in word_map.items():
        sv, sc = _stem(_americanize(v, {})), _stem(_americanize(c, {}))
        if sv != sc:
            stem_map[sv] = sc
    return word_map, stem_map


def _fold(word: str) -> str:
    """Lower case, straight quotes and dashes, accents removed."""
    w = normalize(word)
    if w.isascii():
        return w
    return "".join(ch for ch in unicodedata.normalize("NFKD", w) if not unicodedata.combining(ch))


_AMERICAN = [
    (re.compile(r"^(.{3,})is(e|ed|es|ing|ation|ations|er|ers)$"), r"\1iz\2"),   # organise
    (re.compile(r"^(.{2,})ys(e|ed|es|ing)$"), r"\1yz\2"),                          # analyse
    (re.compile(r"^(.{3,})our(s|ed|ing|ite|ites|able|ably|ful|hood|hoods|less)?$"), r"\1or\2"),  # labour
    (re.compile(r"^(.{3,})tre(s|d)?$"), r"\1ter\2"),                               # centre
]
# every ending one of those patterns needs: a word with none of them is left as it is
_AMERICAN_ENDINGS = tuple(
    ["is" + end for end in ("e", "ed", "es", "ing", "ation", "ations", "er", "ers")]
    + ["ys" + end for end in ("e", "ed", "es", "ing")]
    + ["our" + end for end in ("", "s", "ed", "ing", "ite", "ites", "able", "ably", "ful", "hood",
                               "hoods", "less")]
    + ["tre" + end for end in ("", "s", "d")])


def _americanize(word: str, word_map: dict[str, str]) -> str:
    if word in word_map:
        return word_map[word]
    w = word
    if not w.isalpha() or not w.endswith(_AMERICAN_ENDINGS):
        return w
    for pat, rep in _AMERICAN:
        new = pat.sub(rep, w)
        if new != w:
            return new
    return w


def _has_vowel(s: str) -> bool:
    return any(c in "aeiouy" for c in s)


def _stem(w: str) -> str:
    """Light inflectional stemmer: plural -s/-es/-ies, -ed, -ing, doubled consonants, final -e.

    Only inflections are removed (not -ly, -ful, -ation ...), so different words rarely meet.
    """
    if not w.isalpha():
        return w
    n = len(w)
    if w.endswith("ies") and n > 4:
        w = w[:-3] + "y"                      # countries -> country (but lies -> lie)
    elif w.endswith(("sses", "shes", "ches", "xes", "zes")) and n > 4:
        w = w[:-2]                            # crashes -> crash
    elif w.endswith("ied") and n > 4:
        w = w[:-3] + "y"                      # supplied -> supply
    elif w.endswith("ying") and n == 5:
        w = w[:-4] + "ie"                     # lying -> lie
    elif w.endswith("ed") and not w.endswith("eed") and n >= 4 and _has_vowel(w[:-2]):
        w = w[:-2]                            # fuelled -> fuell, provoked -> provok
    elif w.endswith("ing") and n >= 5 and _has_vowel(w[:-3]):
        w = w[:-3]                            # fueling -> fuel (not thing, bring)
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")) and n >= 3:
        w = w[:-1]                            # fuels -> fuel
    if len(w) >= 3 and w[-1] == w[-2] and w[-1] not in "aeiouy":
        w = w[:-1]                            # fuell -> fuel, kill -> kil (both sides alike)
    if len(w) >= 3 and w.endswith("e") and not w.endswith("ee"):
        w = w[:-1]                            # provoke -> provok, use -> us
    return w


_LL = re.compile(r"(?<=[aeiou])ll(ed|ing|er|ers)$")


@lru_cache(maxsize=200_000)
def _keys(norm: str) -> tuple[str, str]:
    """(stem key, exact key) of one normalised word."""
    word_map, stem_map = _spelling_maps()
    w = _americanize(_fold(norm), word_map)
    s = _stem(w)
    return stem_map.get(s, s), "=" + (_LL.sub(r"l\1", w) if "ll" in w else w)


def term_key(word: str, *, exact: bool = False) -> str:
    """The key under which a word is matched against the framing lexicon.

    Example:
        >>> {term_key(w) for w in ["fuel", "fuels", "fueling", "Fuelled", "fuelling"]}
        {'fuel'}
        >>> term_key("defence") == term_key("defenses"), term_key("labour") == term_key("labor")
        (True, True)
        >>> term_key("fuelling", exact=True) == term_key("fueling", exact=True) != term_key("fuel", exact=True)
        True
    """
    return _keys(_fold(word))[1 if exact else 0]


# ------------------------------------------------------------------ the lexicon

def _read_lexicon_rows(source: LexiconSource, name: str) -> Table:
    """A frame lexicon as read (see :func:`geolib.lexicons.read_table`)."""
    return read_table(source, kind="frame lexicon", required=("term", "frame"),
                      columns=("term", "frame", "dimension", "match", "layer"), entry=("term", "terms"),
                      name=name)


def _isna(v: Any) -> bool:
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _term_words(term: str) -> list[list[str]]:
    """Normalised words of a term, each split into its hyphen parts."""
    words = []
    for s, e, kind in token_spans(term):
        if kind == "quote":
            continue
        words.append([p for p in re.split(r"[-‐‑]", normalize(term[s:e])) if p])
    return [w for w in words if w]


@lru_cache(maxsize=262_144)
def _patterns(term: str, exact: bool) -> tuple[tuple[str, ...], ...]:
    """The key sequences of a term: its own, and its closed form when it has a hyphen."""
    words = _term_words(term)
    if not words:
        return ()
    idx = 1 if exact else 0
    main = tuple(_keys(p)[idx] for w in words for p in w)
    out = [main]
    if any(len(w) > 1 for w in words):
        closed = tuple(_keys("".join(w))[idx] for w in words)
        if closed != main:
            out.append(closed)
    return tuple(out)


def _stopwords_only(term: str) -> bool:
    """Whether every word of a term is a stop word ("the", "of the"); punctuation is ignored.

    Example:
        >>> _stopwords_only("of the"), _stopwords_only("war of words")
        (True, False)
    """
    from .text import stopwords

    words = [normalize(term[s:e]) for s, e, kind in token_spans(term) if kind not in ("punct", "quote")]
    return bool(words) and all(w in stopwords() for w in words)


def _validate(table: Table, source: str, *, allow_remove: bool) -> pd.DataFrame:
    recs = []
    seen: dict[tuple, tuple[str, str]] = {}
    for i, rec in enumerate(table.records()):
        where, label = table.where(i), table.label(i)
        term = " ".join(rec.get("term", "").split())
        frame = " ".join(rec.get("frame", "").split())
        dim_raw = " ".join(rec.get("dimension", "").split())
        match = rec.get("match", "").strip().lower() or "stem"
        layer = rec.get("layer", "").strip().lower() or "framing"
        if not term:
            raise ValueError(f"{where}: the term is empty")
        if not frame:
            raise ValueError(f"{where}: term {term!r} has no frame")
        if match not in ("stem", "exact"):
            raise ValueError(f"{where}: match must be 'stem' or 'exact', not {match!r}")
        if layer not in LAYERS:
            raise ValueError(f"{where}: layer must be one of {', '.join(LAYERS)}, not {layer!r}")
        if not _patterns(term, match == "exact") or not any(c.isalnum() for c in term):
            raise ValueError(f"{where}: term {term!r} has no letter or digit (a term is literal "
                             "text, not a pattern; it would match punctuation)")
        if _stopwords_only(term):
            raise ValueError(f"{where}: term {term!r} is only stop words (it would match every "
                             f"{term.lower()!r}); give the words that carry the frame")
        if frame == "-":
            if not allow_remove:
                raise ValueError(f"{where}: frame '-' (remove a term) is only allowed in a user lexicon")
            dim = ""
        elif layer == "guard" and not dim_raw:
            dim = ""
        else:
            dim = _DIM_LOOKUP.get(dim_raw.lower())
            if dim is None:
                raise ValueError(f"{where}: unknown dimension {dim_raw!r} for term {term!r}; use one of "
                                 + "; ".join(DIMENSIONS))
        key = (_patterns(term, match == "exact")[0], match)
        if key in seen:
            prev_where, prev_frame = seen[key]
            if prev_frame != frame:
                raise ValueError(f"{where}: term {term!r} is already listed at {prev_where} with frame "
                                 f"{prev_frame!r}; one term, one frame")
            warnings.warn(f"{where}: duplicate of {prev_where}; ignored", GeolibWarning, stacklevel=4)
            continue
        seen[key] = (label, frame)
        recs.append({"term": term, "frame": frame, "dimension": dim, "match": match, "layer": layer,
                     "source": source, "line": label})
    return pd.DataFrame(recs, columns=LEXICON_COLUMNS)


@lru_cache(maxsize=4)
def _shipped_lexicon() -> pd.DataFrame:
    return _validate(_read_lexicon_rows(data_path("frames.csv"), "frames.csv"), "shipped",
                     allow_remove=False)


def load_frame_lexicon(path_or_df: LexiconSource = None, *, user: LexiconSource = None
                       ) -> pd.DataFrame:
    """Load and check a framing lexicon (the shipped one by default), optionally with a user lexicon.

    Args:
        path_or_df: a CSV path or a DataFrame with columns term, frame, dimension (match optional);
            ``None`` for ``geolib/data/frames.csv``.
        user: a second lexicon (path or DataFrame) whose rows add to or replace rows of the first
            with the same term; a row whose frame is ``-`` removes that term.

    Returns:
        DataFrame term, frame, dimension, match, source, line. Errors name the file and line.

    Example:
        >>> lex = load_frame_lexicon()
        >>> lex.set_index("term").loc["zero-sum game", "dimension"]
        'External regulation and reputation'
        >>> extra = pd.DataFrame({"term": ["iron fist"], "frame": ["repression"],
        ...                       "dimension": ["Fairness and equality"]})
        >>> "iron fist" in set(load_frame_lexicon(user=extra)["term"])
        True
    """
    if path_or_df is None:
        base = _shipped_lexicon().copy()
    else:
        base = _validate(_read_lexicon_rows(path_or_df, "DataFrame"), "lexicon", allow_remove=False)
    if user is None:
        return base.reset_index(drop=True)
    extra = _validate(_read_lexicon_rows(user, "(user) DataFrame"), "user", allow_remove=True)
    ukeys = {(_patterns(t, m == "exact")[0], m) for t, m in zip(extra["term"], extra["match"])}
    keep = [(_patterns(t, m == "exact")[0], m) not in ukeys for t, m in zip(base["term"], base["match"])]
    out = pd.concat([base[keep], extra[extra["frame"] != "-"]], ignore_index=True)
    return out.reset_index(drop=True)


@dataclass(frozen=True)
class _Entry:
    term: str
    frame: str
    dimension: str
    layer: str = "framing"


_MEMO_SIZE = 200_000  # distinct token texts a compiled lexicon remembers (then it starts afresh)

_Parts = tuple[tuple[int, int, tuple[str, str]], ...]


class _TermTrie(PhraseMatcher):
    """The framing lexicon as a :class:`~geolib.matching.PhraseMatcher` keyed by term keys (see
    :func:`_keys`), which :func:`frames` walks only from the tokens whose first key is in the root,
    reusing the walk through a token's own parts (see :meth:`start`). What it learns about a token
    text is remembered (up to ``_MEMO_SIZE`` texts): the cost per token does not grow with the
    lexicon.
    """

    def __init__(self) -> None:
        super().__init__()
        self._dull: set[str] = set()        # token texts that start no term
        self._starters: set[str] = set()    # token texts that may start a term
        self._parts: dict[tuple[str, bool], _Parts] = {}
        self._starts: dict[tuple[str, bool], tuple] = {}
        self._changed = True
        self.hyphen_starts = False

    def add(self, pattern: Sequence[str], value: Any) -> None:
        """Add a key sequence; a second add of it replaces the value."""
        super().add(pattern, value)
        self._changed = True

    def forget(self) -> None:
        """Drop what was remembered about token texts (after a change, or when it grew big)."""
        self._dull, self._starters = set(), set()
        self._parts, self._starts = {}, {}
        self._changed = False
        # Whether a lone hyphen could start a term (never with real lexicons: term words are cut
        # at hyphens); frames() then takes the plain path, see _find_terms().
        self.hyphen_starts = any(k in self.root for h in HYPHEN_CHARS for k in _keys(normalize(h)))

    def longest(self, parts: Iterable[tuple[int, Sequence[str]]]) -> tuple[int, Any] | None:
        """The longest term read from the start of ``parts`` (``(end, keys)`` of each part, the
        keys a part may match as) as ``(end of its last part, entry)``, or None.

        Several nodes may be open at once (a part matches as its stem or its exact key); at equal
        length the first node in that order wins, as in ``PhraseMatcher.find``.
        """
        best = None
        frontier = [self.root]
        for end, keys in parts:
            frontier = step(frontier, keys)
            if not frontier:
                break
            entry = entry_of(frontier)
            if entry is not _END:
                best = (end, entry)
        return best

    # -- what frames() asks about token texts (remembered) -----------------------------------

    def candidates(self, text: str, spans: list[tuple[int, int, str, int]]) -> list[int]:
        """Positions of the tokens that may start a term (see :meth:`may_start`); a token text is
        asked about once, then remembered."""
        if self._changed or len(self._dull) + len(self._starters) > _MEMO_SIZE:
            self.forget()
        dull, starters = self._dull, self._starters
        out = []
        # one set test per token: known starters and texts not seen before are looked at again
        for i in [i for i, (s, e, _, _) in enumerate(spans) if text[s:e] not in dull]:
            s, e, _, _ = spans[i]
            t = text[s:e]
            if t in starters:
                out.append(i)
            elif self.may_start(t):
                starters.add(t)
                out.append(i)
            else:
                dull.add(t)
        return out

    def may_start(self, token: str) -> bool:
        """Whether a token (its text) may start a term: its first part's key is in the root.

        Checks both the whole token and its first hyphen part, whatever the token's kind, so it
        never says no where :func:`segments` would start a match."""
        root = self.root
        stem, exact = _keys(normalize(token))
        if stem in root or exact in root:
            return True
        if "-" in token or "‐" in token or "‑" in token:
            m = HYPHENS.search(token)
            if m is not None:
                stem, exact = _keys(normalize(m.group()))
                return stem in root or exact in root
        return False

    def parts(self, tok: str, kind: str) -> _Parts:
        """``(start, end, keys)`` of a token's parts, offsets relative to the token (see
        :func:`token_parts`)."""
        key = (tok, kind == "word")
        out = self._parts.get(key)
        if out is None:
            out = tuple((s, e, _keys(norm)) for s, e, norm in token_parts(tok, kind, 0))
            if len(self._parts) >= _MEMO_SIZE:
                self._parts.clear()
            self._parts[key] = out
        return out

    def start(self, tok: str, kind: str
              ) -> tuple[int, tuple[int, Any] | None, list[dict] | None, int, frozenset[str]]:
        """The walk from the root through a token's own parts: ``(start of its first part, the
        longest term within the token as (end, entry) or None, the open nodes when the walk may go
        on into the next token or None, end of its last part, the keys that go on)``, offsets
        relative to the token."""
        key = (tok, kind == "word")
        out = self._starts.get(key)
        if out is None:
            parts = self.parts(tok, kind)
            best = None
            frontier: list[dict] | None = [self.root]
            for _, e, keys in parts:
                frontier = step(frontier, keys)
                if not frontier:
                    frontier = None
                    break
                entry = entry_of(frontier)
                if entry is not _END:
                    best = (e, entry)
            follow = frozenset(k for n in frontier or () for k in n if k is not _END)
            if not follow:
                frontier = None             # only ends of terms: nothing to go on with
            out = (parts[0][0], best, frontier, parts[-1][1], follow)
            if len(self._starts) >= _MEMO_SIZE:
                self._starts.clear()
            self._starts[key] = out
        return out


def _compile(lexicon: pd.DataFrame) -> _TermTrie:
    m = _TermTrie()
    # closed-compound variants first, so that a term listed in its own right wins
    later = []
    layers = lexicon["layer"].tolist() if "layer" in lexicon.columns else ["framing"] * len(lexicon)
    for term, frame, dim, match, layer in zip(*(lexicon[c].tolist() for c in ("term", "frame", "dimension",
                                                                                "match")), layers):
        entry = _Entry(term, frame, dim, layer)
        pats = _patterns(term, match == "exact")
        for p in pats[1:]:
            if p not in m:
                m.add(p, entry)
        later.append((pats[0], entry))
    for p, entry in later:
        m.add(p, entry)
    return m


@lru_cache(maxsize=1)
def _shipped_matcher() -> _TermTrie:
    return _compile(_shipped_lexicon())


_MATCH_COLUMNS = ["term", "frame", "dimension", "match", "layer"]
_COMPILED: dict[tuple[int, str], _TermTrie] = {}  # memo by content digest: same rows, same trie
_COMPILED_MAX = 4


def _matcher_for(lexicon: LexiconSource) -> _TermTrie:
    """The compiled trie of a lexicon; compiled once per content (the pipeline calls frames() once
    per batch with the same lexicon), however it is given."""
    if lexicon is None:
        return _shipped_matcher()
    if not (isinstance(lexicon, pd.DataFrame) and set(_MATCH_COLUMNS) <= set(lexicon.columns)
            and "source" in lexicon.columns):
        lexicon = load_frame_lexicon(lexicon)   # (else already loaded and checked)
    key = table_digest(lexicon[_MATCH_COLUMNS])
    trie = _COMPILED.get(key)
    if trie is None:
        trie = _compile(lexicon)
        if len(_COMPILED) >= _COMPILED_MAX:
            _COMPILED.pop(next(iter(_COMPILED)))
        _COMPILED[key] = trie
    return trie


# ------------------------------------------------------------------ token streams

def _select(matches: list[tuple[int, int, Any]], seg: list[Part]) -> list[tuple[int, int, Any]]:
    """Leftmost-longest, non-overlapping matches among those that start at a word's start."""
    out = []
    last = -1
    for i, j, v in sorted(matches, key=lambda m: (m[0], -m[1])):
        if i < last or not seg[i].first:
            continue
        out.append((i, j, v))
        last = j
    return out


def _walk_on(matcher: _TermTrie, frontier: list[dict], best: tuple[int, Any] | None, text: str,
             spans: list[tuple[int, int, str, int]], i: int, last: int, kept: list[bool] | None
             ) -> tuple[int, Any] | None:
    """Go on with a walk of the trie (``frontier``: its open nodes) into token ``i`` and on, up to
    where :func:`segments` ends the run: a token of another role, a blank line or the end of the
    text (a hyphen at a line break is skipped, as there). ``last``: end of the last part so far.
    Returns the longest term as ``(end, entry)``, or ``best`` (the longest found before)."""
    prev_end = spans[i - 1][1]
    for i in range(i, len(spans)):
        s, e, kind, si = spans[i]
        if kept is not None and not kept[si]:
            break
        if s - prev_end > 1 and BLANK_LINE.search(text, prev_end, s):
            break                     # (a blank line takes two characters at least)
        tok = text[s:e]
        if kind == "punct" and tok in HYPHEN_CHARS and last == s and LINE_END_HYPHEN.match(text, e):
            prev_end = e
            continue
        for _, pe, keys in matcher.parts(tok, kind):
            frontier = step(frontier, keys)
            if not frontier:
                return best
            entry = entry_of(frontier)
            if entry is not _END:
                best = (s + pe, entry)
            last = s + pe
        prev_end = e
    return best


def _find_terms(doc: Document, matcher: _TermTrie, roles: Sequence[str] | None
                ) -> list[tuple[int, int, int, _Entry]]:
    """``(start, end, token, entry)`` of the terms in a document, leftmost-longest: the result of
    :func:`_find_terms_plain`, but walked only from the tokens that may start a term."""
    text = doc.text
    spans = doc.token_spans
    cands = matcher.candidates(text, spans)
    if matcher.hyphen_starts:
        return _find_terms_plain(doc, matcher, roles)
    if not cands:
        return []
    kept = None
    if roles is not None:
        keep = keep_roles(roles)
        para_kept = [r in keep for _, _, r in doc.paragraph_spans]
        kept = [para_kept[p] for _, _, p in doc.sentence_spans]
    found = []
    last_end = -1
    for t in cands:
        s, e, kind, si = spans[t]
        if kept is not None and not kept[si]:
            continue
        first, best, frontier, last, follow = matcher.start(text[s:e], kind)
        if s + first < last_end:
            continue                  # inside the term found before
        if best is not None:
            best = (s + best[0], best[1])
        if frontier is not None and t + 1 < len(spans):
            ns, ne, nkind, _ = spans[t + 1]
            nxt = text[ns:ne]
            # most walks end at the next token: its first part's keys do not go on (a hyphen may
            # be skipped at a line break, so then look further)
            if nxt in HYPHEN_CHARS or not follow.isdisjoint(matcher.parts(nxt, nkind)[0][2]):
                best = _walk_on(matcher, frontier, best, text, spans, t + 1, s + last, kept)
        if best is not None:
            found.append((s + first, best[0], t, best[1]))
            last_end = best[0]
    return found


def _find_terms_plain(doc: Document, matcher: _TermTrie, roles: Sequence[str] | None
                      ) -> list[tuple[int, int, int, _Entry]]:
    """:func:`_find_terms` the plain way: every token's keys, a match tried at every part."""
    found = []
    for seg in segments(doc, roles):
        keys = [_keys(p.norm) for p in seg]
        for i, j, entry in _select(matcher.find(keys, overlapping=True), seg):
            found.append((seg[i].start, seg[j - 1].end, seg[i].token, entry))
    return found


# ------------------------------------------------------------------ quotes

QuotesArg = Union[pd.DataFrame, Callable[[Document], pd.DataFrame], bool, None]


def _mark_quotes(doc: Document) -> pd.DataFrame:
    """Fallback: the quotes that quotation marks make (:func:`geolib.quotes.quote_spans`), with no
    speaker."""
    rows = [(doc.doc_id, a, b, doc.text[a:b], None, None) for a, b in _quote_mark_spans(doc)]
    return pd.DataFrame(rows, columns=["doc_id", "start", "end", "text", "speaker", "speaker_actor"])


def _quote_mark_spans(doc: Document) -> list[tuple[int, int]]:
    """``(start, end)`` of the quotes of ``doc`` (their content, without the marks), found by
    :func:`geolib.quotes.quote_spans` paragraph by paragraph, as :func:`geolib.quotes.quotes`
    finds them."""
    return quote_spans(doc.text, [(s, e) for s, e, _ in doc.paragraph_spans])


def _quotes_for(doc: Document, quotes: QuotesArg, fn: Callable | None,
                by_doc: dict[str, Any] | None = None) -> pd.DataFrame:
    """The quotes of one document (``by_doc``: row positions of a quotes table per doc_id, so a
    corpus does not filter the whole table once per document)."""
    if isinstance(quotes, pd.DataFrame):
        if by_doc is None and "doc_id" in quotes.columns:
            by_doc = rows_by_doc(quotes)
        return doc_rows(quotes, doc.doc_id, by_doc)
    if callable(quotes):
        return quotes(doc)
    if quotes is False or fn is None:
        return _mark_quotes(doc)
    try:
        return fn(doc)
    except Exception as err:  # noqa: BLE001 - one odd text must not stop a corpus
        warnings.warn(f"{doc.doc_id}: quote attribution failed ({err!r}); in_quote from quotation "
                      "marks only", GeolibWarning, stacklevel=3)
        return _mark_quotes(doc)


def _attribute(starts: list[int], ends: list[int], q: pd.DataFrame) -> list[tuple[bool, Any, Any]]:
    """For each span, (in_quote, speaker, speaker_actor) from the innermost quote holding its start
    (the shortest; the first in the table among equally short ones).

    One sweep over the starts in order with a heap of the open quotes, not a scan of every quote
    for every span (which made long documents quadratic)."""
    if q is None or len(q) == 0:
        return [(False, None, None)] * len(starts)
    qs = q["start"].astype(int).tolist()
    qe = q["end"].astype(int).tolist()
    spk = q["speaker"].tolist() if "speaker" in q.columns else [None] * len(q)
    act = q["speaker_actor"].tolist() if "speaker_actor" in q.columns else [None] * len(q)
    return _attribute_lists(starts, qs, qe, spk, act)


class _QuoteColumns:
    """A quotes table with a doc_id column as Python lists, made once per :func:`frames` call, so
    that each document takes its quotes by row position instead of slicing the DataFrame."""

    def __init__(self, q: pd.DataFrame) -> None:
        self.q = q
        self.by_doc: dict[str, Any] | None = None
        self.cols: tuple[list, list, list, list] | None = None

    def attribute(self, doc_id: str, starts: list[int]) -> list[tuple[bool, Any, Any]]:
        """:func:`_attribute` of spans in one document against its rows of the table."""
        if self.by_doc is None:
            self.by_doc = rows_by_doc(self.q)
        pos = self.by_doc.get(doc_id)
        if pos is None or len(pos) == 0:
            return [(False, None, None)] * len(starts)
        if self.cols is None:
            q = self.q
            none = [None] * len(q)
            self.cols = (q["start"].tolist(), q["end"].tolist(),
                         q["speaker"].tolist() if "speaker" in q.columns else none,
                         q["speaker_actor"].tolist() if "speaker_actor" in q.columns else none)
        qs, qe, spk, act = self.cols
        return _attribute_lists(starts, [int(qs[k]) for k in pos], [int(qe[k]) for k in pos],
                                [spk[k] for k in pos], [act[k] for k in pos])


def _attribute_lists(starts: list[int], qs: list[int], qe: list[int], spk: list[Any], act: list[Any]
                     ) -> list[tuple[bool, Any, Any]]:
    """:func:`_attribute` with the quotes as lists (start, end, speaker, speaker_actor)."""
    by_start = sorted(range(len(qs)), key=lambda k: qs[k])
    out: list[tuple[bool, Any, Any]] = [(False, None, None)] * len(starts)
    open_: list[tuple[int, int, int]] = []  # (length, table position, end) of quotes begun so far
    nxt = 0
    for i in sorted(range(len(starts)), key=lambda i: starts[i]):
        s = starts[i]
        while nxt < len(by_start) and qs[by_start[nxt]] <= s:
            k = by_start[nxt]
            heapq.heappush(open_, (qe[k] - qs[k], k, qe[k]))
            nxt += 1
        while open_ and open_[0][2] <= s:  # ended before this span (starts only grow)
            heapq.heappop(open_)
        if open_:
            best = open_[0][1]
            sp = None if _isna(spk[best]) else spk[best]
            ac = None if _isna(act[best]) else act[best]
            out[i] = (True, sp, ac)
    return out


# ------------------------------------------------------------------ frames()

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
    matcher = _matcher_for(lexicon)
    wanted = _layers_wanted(layer)
    fn = _attributed_quotes if quotes is None else None
    rows: list[tuple] = []
    table = None        # a quotes table with doc_id, as lists
    if isinstance(quotes, pd.DataFrame) and "doc_id" in quotes.columns:
        table = _QuoteColumns(quotes)
    # quotation marks only (as _quotes_for decides), as lists
    marks_only = (not isinstance(quotes, pd.DataFrame) and not callable(quotes)
                  and (quotes is False or fn is None))
    for doc in iter_documents(doc_or_corpus):
        found = [f for f in _find_terms(doc, matcher, roles) if f[3].layer in wanted]
        if not found:
            continue
        starts = [f[0] for f in found]
        if table is not None:
            attr = table.attribute(str(doc.doc_id), starts)
        elif marks_only:
            marks = _quote_mark_spans(doc)
            nones = [None] * len(marks)
            attr = _attribute_lists(starts, [a for a, _ in marks], [b for _, b in marks], nones, nones)
        else:
            attr = _attribute(starts, [f[1] for f in found], _quotes_for(doc, quotes, fn))
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


# ------------------------------------------------------------------ sponsorship

def _voices(df: pd.DataFrame) -> pd.Series:
    def voice(row) -> str:
        if not row["in_quote"]:
            return WRITER
        for col in ("speaker_actor", "speaker"):
            v = row.get(col)
            if v is not None and not _isna(v) and str(v).strip():
                return str(v)
        return "unattributed"
    if len(df) == 0:
        return pd.Series([], dtype=object)
    return df.apply(voice, axis=1)


def sponsorship(frames_df: pd.DataFrame, *, by: str = "frame", normalize: bool = False) -> pd.DataFrame:
    """Frame sponsorship: how often each frame (or term) is voiced by each speaker.

    Args:
        frames_df: output of :func:`frames`.
        by: ``"frame"``, ``"term"`` or ``"dimension"`` for the rows.
        normalize: divide each row by its total (shares instead of counts).

    Returns:
        A frames x voices table. The writer's own voice is the column ``"writer"`` (first); a
        quoted term takes the quote's ``speaker_actor`` (else its ``speaker``, else
        ``"unattributed"``). Rows and other columns are sorted by total, largest first.

    Example:
        >>> f = pd.DataFrame({"frame": ["a", "a", "b"], "in_quote": [False, True, True],
        ...                   "speaker": [None, "Ann", "Bo"], "speaker_actor": [None, "X", None]})
        >>> sponsorship(f).to_dict()
        {'writer': {'a': 1, 'b': 0}, 'Bo': {'a': 0, 'b': 1}, 'X': {'a': 1, 'b': 0}}
    """
    if by not in frames_df.columns:
        raise ValueError(f"sponsorship(by={by!r}): no such column in the frames table")
    if "in_quote" not in frames_df.columns:
        raise ValueError("sponsorship() needs the in_quote column of a frames() table")
    voices = _voices(frames_df)
    table = pd.crosstab(frames_df[by], voices) if len(frames_df) else pd.DataFrame()
    if WRITER not in table.columns:
        table[WRITER] = 0
    others = [c for c in table.sum().sort_values(ascending=False, kind="stable").index if c != WRITER]
    others = sorted(others, key=lambda c: (-int(table[c].sum()), str(c)))
    table = table[[WRITER] + others]
    order = sorted(table.index, key=lambda r: (-int(table.loc[r].sum()), str(r)))
    table = table.loc[order]
    table.index.name, table.columns.name = by, "voice"
    if normalize:
        table = table.div(table.sum(axis=1).replace(0, 1), axis=0)
    return table


def plot_sponsorship(data: pd.DataFrame, *, by: str = "frame", normalize: bool = False,
                     max_voices: int = 12, ax: Any = None, cmap: str = "Blues", annotate: bool = True):
    """Heatmap of frame sponsorship (frames x voices, the writer first).

    Args:
        data: a :func:`frames` table or a :func:`sponsorship` table.
        by, normalize: as in :func:`sponsorship`.
        max_voices: show at most this many voices (the most frequent); the rest are summed into
            "other speakers".
        ax: matplotlib Axes to draw on (a new figure otherwise).

    Returns:
        The matplotlib Axes.

    Example:
        >>> f = pd.DataFrame({"frame": ["a", "b"], "in_quote": [False, True],
        ...                   "speaker": [None, "Bo"], "speaker_actor": [None, "X"]})
        >>> ax = plot_sponsorship(f)
        >>> ax.get_xlabel(), ax.get_title(), [t.get_text() for t in ax.get_yticklabels()]
        ('voice', 'Frame sponsorship: 2 hits (counts)', ['a (n=1)', 'b (n=1)'])
    """
    import matplotlib.pyplot as plt

    table = sponsorship(data, by=by) if "in_quote" in data.columns else data.copy()
    n_rows = table.sum(axis=1)  # hits per row, before any share: a share of 1.00 from 1 hit says little
    if table.shape[1] > max_voices:
        keep = list(table.columns[:max_voices])
        rest = table.drop(columns=keep).sum(axis=1)
        table = table[keep].copy()
        table["other speakers"] = rest
    if normalize:
        table = table.div(table.sum(axis=1).replace(0, 1), axis=0)
    if ax is None:
        _, ax = plt.subplots(figsize=(1.2 + 0.8 * max(1, table.shape[1]),
                                      1.0 + 0.4 * max(1, table.shape[0])))
    values = table.to_numpy(dtype=float)
    im = ax.imshow(values if values.size else [[0.0]], cmap=cmap, aspect="auto")
    ax.set_xticks(range(table.shape[1]), [str(c) for c in table.columns], rotation=45, ha="right")
    ax.set_yticks(range(table.shape[0]), [f"{r} (n={int(n_rows.get(r, 0))})" for r in table.index])
    ax.set_xlabel("voice")
    ax.set_ylabel(table.index.name or by)
    ax.set_title(f"Frame sponsorship: {int(n_rows.sum()):,} hits"
                 + (" (row shares)" if normalize else " (counts)"))
    if annotate and values.size:
        top = values.max() or 1
        for r in range(values.shape[0]):
            for c in range(values.shape[1]):
                v = values[r, c]
                if v:
                    ax.text(c, r, f"{v:.2f}" if normalize else f"{int(v)}", ha="center", va="center",
                            color="white" if v > top * 0.6 else "black", fontsize=8)
    ax.figure.colorbar(im, ax=ax, fraction=0.03)
    return ax


# ------------------------------------------------------------------ dispersion (x-ray) plot

def plot_dispersion(source: Any, targets: str | Sequence[str], *, by: str = "auto",
                    lexicon: LexiconSource = None, roles: Sequence[str] | None = ("body",),
                    ax: Any = None, title: str | None = None):
    """Lexical dispersion ("x-ray") plot: where chosen terms or frames occur in a text or corpus.

    Like NLTK's ``Text.dispersion_plot`` and quanteda's ``textplot_xray``: one row per target, a
    mark at every hit, x = word offset (documents laid end to end, with thin lines between them).

    Args:
        source: text, Document, Corpus, anything ``iter_documents`` reads, or a :func:`frames`
            table (then x is the hit's position in its document, documents side by side).
        targets: frame names, lexicon terms or :func:`geolib.counting.kwic` patterns
            (``"cold war"``, ``"fuel*"``).
        by: ``"frame"``, ``"term"`` (lexicon term), ``"pattern"`` (kwic) or ``"auto"`` (a frame
            name if it is one, else a lexicon term, else a pattern).
        lexicon: framing lexicon for frames and terms.
        ax: matplotlib Axes.
        title: the title; by default it names the document ("Lexical dispersion in 000_1a88")
            or the number of documents.

    Returns:
        The matplotlib Axes.

    Example:
        >>> ax = plot_dispersion("War, then peace talks, then war again.", ["war", "peace and neutrality"])
        >>> [t.get_text() for t in ax.get_yticklabels()]
        ['war', 'peace and neutrality']
        >>> ax.get_title()
        'Lexical dispersion in text'
    """
    import matplotlib.pyplot as plt


    targets = [targets] if isinstance(targets, str) else list(targets)
    if not targets:
        raise ValueError("plot_dispersion(): give at least one term, frame or pattern")
    if by not in ("auto", "frame", "term", "pattern"):
        raise ValueError("by must be 'auto', 'frame', 'term' or 'pattern'")
    lex = load_frame_lexicon() if lexicon is None else (
        lexicon if isinstance(lexicon, pd.DataFrame) and "source" in lexicon.columns
        else load_frame_lexicon(lexicon))
    frame_names = {f.lower(): f for f in lex["frame"]}
    term_names = {t.lower(): t for t in lex["term"]}

    def kind_of(t: str) -> str:
        if by != "auto":
            return by
        if t.lower() in frame_names:
            return "frame"
        if t.lower() in term_names:
            return "term"
        return "pattern"

    kinds = [kind_of(t) for t in targets]
    points: list[list[float]] = [[] for _ in targets]
    bounds: list[float] = []
    xlabel = "word offset"
    if isinstance(source, pd.DataFrame) and {"frame", "term", "start"} <= set(source.columns):
        fdf = source if "doc_id" in source.columns else source.assign(doc_id="doc")
        ids = list(dict.fromkeys(fdf["doc_id"]))
        span = fdf.groupby("doc_id")["end"].max() + 1
        for k, t in enumerate(targets):
            col = "frame" if kinds[k] == "frame" else "term"
            hit = fdf[fdf[col].astype(str).str.lower() == t.lower()]
            for d_id, s in zip(hit["doc_id"], hit["start"]):
                points[k].append(ids.index(d_id) + s / span[d_id] if len(ids) > 1 else float(s))
        xlabel = "character offset" if len(ids) == 1 else "document (hits at their relative position)"
        names = ids
        bounds = list(range(1, len(ids))) if len(ids) > 1 else []
    else:
        docs = list(iter_documents(source))
        names = [doc.doc_id for doc in docs]
        need_frames = any(k in ("frame", "term") for k in kinds)
        offset = 0
        for d_i, doc in enumerate(docs):
            starts = word_starts(doc, roles)
            if need_frames:
                fdf = frames(doc, lexicon=lex, roles=roles, quotes=False, layer=None)
            for k, t in enumerate(targets):
                if kinds[k] == "pattern":
                    hits = kwic(doc, t, window=0, roles=roles)["start"].tolist()
                else:
                    col = "frame" if kinds[k] == "frame" else "term"
                    hits = fdf.loc[fdf[col].str.lower() == t.lower(), "start"].tolist()
                points[k].extend(offset + bisect.bisect_left(starts, s) for s in hits)
            offset += len(starts)
            if d_i < len(docs) - 1:
                bounds.append(offset)
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 0.6 + 0.45 * len(targets)))
    for k, xs in enumerate(points):
        ax.plot(xs, [k] * len(xs), "|", markersize=14, color="C0")
    if len(bounds) <= 60:
        for b in bounds:
            ax.axvline(b, color="0.85", linewidth=0.6, zorder=0)
    ax.set_yticks(range(len(targets)), targets)
    ax.set_ylim(len(targets) - 0.5, -0.5)
    ax.set_xlabel(xlabel)
    if title is None:
        title = (f"Lexical dispersion in {names[0]}" if len(names) == 1
                 else f"Lexical dispersion across {len(names):,} documents")
    ax.set_title(title)
    return ax


# ------------------------------------------------------------------ candidate frames

# A scare quote: a quote (geolib.quotes.quote_spans, nested ones too) of at most this many
# characters whose content starts and ends with a letter or digit.
_SCARE_CHARS = 80


def candidate_frames(doc_or_corpus: Any, *, reference: Any = "english", lexicon: LexiconSource = None,
                     n: Sequence[int] = (2, 3), max_words: int = 4, min_count: int = 2, top: int = 30,
                     roles: Sequence[str] | None = ("body",), reference_size: float = 1e9) -> pd.DataFrame:
    """Phrases that may be framing terms the lexicon lacks: scare-quoted phrases and key n-grams.

    * scare quotes: 1 to ``max_words`` words between quotation marks (``“decisive supporter”``),
      kept whatever their count, except names and titles (every word capitalised);
    * key n-grams: n-grams (see :func:`geolib.counting.frequencies`) seen at least ``min_count``
      times and over-represented against ``reference`` (see :func:`geolib.counting.keyness`;
      ``"english"``: general English from wordfreq), leaving out n-grams that are always
      capitalised (names) or contain a number.

    Phrases the lexicon already matches in full are dropped; at most ``top`` of each kind are kept.

    Returns:
        DataFrame doc_id, start, end, text (the first occurrence), phrase, kind ("scare_quote" or
        "key_ngram"), count, n_docs, g2, log_ratio; scare quotes first, then by g2.

    Example:
        >>> t = "Officials called it a “special operation”. Critics saw a “war”. Border talks failed."
        >>> candidate_frames(t, min_count=5)["phrase"].tolist()
        ['special operation']
    """

    matcher = _matcher_for(lexicon)

    def covered(phrase: str) -> bool:
        seg_keys = [_keys(p) for w in _term_words(phrase) for p in w]
        if not seg_keys:
            return True
        hit = matcher.longest((j + 1, k) for j, k in enumerate(seg_keys))
        return hit is not None and hit[0] == len(seg_keys)

    docs = list(iter_documents(doc_or_corpus))
    scare: dict[str, dict[str, Any]] = {}
    keep = None if roles is None else set([roles] if isinstance(roles, str) else roles)
    for doc in docs:
        paras = [(s, e) for s, e, role in doc.paragraph_spans if keep is None or role in keep]
        for a, b in quote_spans(doc.text, paras, nested=True):
            if b - a > _SCARE_CHARS:
                continue               # a quotation, not a scare quote
            while b > a and doc.text[b - 1] in ",;:":
                b -= 1                     # “...,” : the comma belongs to the sentence
            inner = doc.text[a:b]
            if not inner or not inner[0].isalnum() or not inner[-1].isalnum():
                continue
            words = [inner[x:y] for x, y, kind in token_spans(inner) if kind in ("word", "number")]
            if not words or len(words) > max_words or not any(c.isalpha() for c in inner):
                continue
            if len(words) > 1 and all(w[:1].isupper() for w in words):
                continue                   # a name or a title, not a framing phrase
            phrase = " ".join(normalize(w) for w in words)
            if all(normalize(w) in _stopword_set() for w in words) or covered(phrase):
                continue
            rec = scare.setdefault(phrase, {"doc_id": doc.doc_id, "start": a, "end": b, "text": inner,
                                            "phrase": phrase, "kind": "scare_quote", "count": 0,
                                            "docs": set()})
            rec["count"] += 1
            rec["docs"].add(doc.doc_id)
    rows = []
    for rec in scare.values():
        rec["n_docs"] = len(rec.pop("docs"))
        rec["g2"] = float("nan")
        rec["log_ratio"] = float("nan")
        rows.append(rec)
    ngram_rows = []
    for k in n:
        tab, _ = ngram_table(docs, k, False, roles)
        tab = tab[(tab["count"] >= min_count) & ~tab["term"].str.contains(r"\d")
                  & ~tab["always_capitalised"]]
        if tab.empty:
            continue
        key = keyness_table(tab, docs, reference, n=k, roles=roles, reference_size=reference_size)
        key = key[(key["g2"] > 0) & ~key["term"].isin(scare)]
        for _, r in key.iterrows():
            if covered(r["term"]):
                continue
            ngram_rows.append({"doc_id": r["first_doc"], "start": r["first_start"], "end": r["first_end"],
                               "text": r["first_text"], "phrase": r["term"], "kind": "key_ngram",
                               "count": int(r["count_target"]), "n_docs": int(r["n_docs"]),
                               "g2": float(r["g2"]), "log_ratio": float(r["log_ratio"])})
    ngram_rows.sort(key=lambda r: -r["g2"])
    cols = ["doc_id", "start", "end", "text", "phrase", "kind", "count", "n_docs", "g2", "log_ratio"]
    rows = sorted(rows, key=lambda r: (-r["count"], r["phrase"]))[:top] + ngram_rows[:top]
    return pd.DataFrame(rows, columns=cols)


@lru_cache(maxsize=1)
def _stopword_set() -> frozenset[str]:
    from .text import stopwords
    return stopwords()
