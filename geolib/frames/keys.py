"""The keys under which words meet the framing lexicon: folded, Americanised, lightly stemmed.

Case, curly or straight apostrophes and accents are ignored; British and American spellings meet
(``defence``/``defense``, ``labour``/``labor``; irregular pairs in
``geolib/data/spelling_variants.csv``); inflections meet through a light suffix stemmer (``fuel``,
``fuels``, ``fueling``, ``fuelled``). A word has two keys: its stem key and its exact key (spelling
only), see :func:`word_keys`.

Example:
    >>> term_key("Fuelled") == term_key("fuels")
    True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..lexicons import read_table
from ..resources import data_path
from ..text import normalize

__all__ = ["term_key", "word_keys"]


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
def word_keys(norm: str) -> tuple[str, str]:
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
    return word_keys(_fold(word))[1 if exact else 0]
