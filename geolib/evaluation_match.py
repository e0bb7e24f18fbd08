"""Whether a predicted quote speaker is the person of a gold ``Source`` span: the scorer's rule
(:mod:`geolib.evaluation`), kept apart from the extractor it scores (it shares no code with
:mod:`geolib.quotes`; it reads the ``title`` and speaker nouns of ``geolib/data/speaker_words.csv``).

A gold Source is often more than a name: ``Mr. Regalado, who was born in Havana``, ``Jack
Mozloom, a spokesman for the National Federation of Independent Business``, ``Sen. Bernie
Sanders (I-Vt.)``, ``The council``. The scorer compares a prediction with the Source's **head
noun phrase**, found by these steps:

1. cut the Source at its first comma, semicolon, dash or parenthesis and at a relative word
   (``who``, ``which``, ``that``, ``whose``): ``Mr. Regalado``;
2. cut that at a preposition (``of``, ``for``, ``at``, ``by`` ...; an ``of`` between two
   capitalised words stays: ``Secretary of State John Kerry``): ``Jason Gilbert of Cheyenne`` ->
   ``Jason Gilbert``; ``a White House pool report`` stays whole;
3. a description followed by a name after a comma takes the name (``Trump's Virginia state
   director, Mike Rubino`` -> ``Mike Rubino``) unless the description was cut at a preposition
   (``a study by an influential sociologist, Mikhail Dmitriyev`` is the study);
4. its *head word* is its last word; its *name* is its capitalised words when the head word is
   capitalised (a description such as ``the retired neurosurgeon`` or ``Clinton advisers`` has
   none), without determiners (``The``), owners before a possessive (``Trump's campaign
   manager``) and titles: the words up to the last title of ``speaker_words.csv`` (``Mr.``,
   ``Sen.``, ``Emergencies Minister``, ``Republican Senator``);
5. a relative pronoun (``who``, ``which``) after a comma stands for the name right before the
   comma (``Roffman, who estimates ...``): that name is its head phrase; after a preposition only
   when the word before it is no speaker noun of ``speaker_words.csv`` (``a rebuke from President
   Obama, who``, not ``a spokesman for Senator Lee, who``), and a person of a place is the person
   (``Sen. Marco Rubio of Florida, who``); a Source that is
   only a reporting verb (``said``) with a capitalised Cue is an annotation with the two roles
   swapped, repaired in :func:`geolib.evaluation.gold_units`.

A predicted speaker is the Source's person when its **mention** (``speaker_start:speaker_end``)
overlaps the head word of the Source or of its apposition, or when the predicted ``speaker``
ends with the name's last word and holds every word of the name (``Paul Manafort`` for ``Mr.
Manafort``, not ``Clinton advisers``) or is part of the name (``Sanders`` for ``Sen. Bernie
Sanders``). A surname that two people
of the article share (two different first names before it, or both ``Mr.`` and ``Mrs.``/``Ms.``)
matches only with the same first name: ``Bill Clinton`` is not ``Mrs. Clinton`` there.

Example:
    >>> t = "Mr. Regalado, who was born in Havana, said it."
    >>> h = source_head(t, 0, 36)
    >>> h.name, [t[s:e] for s, e in h.heads]
    (['regalado'], ['Regalado'])
    >>> SpeakerMatch(t).right("Regalado", None, None, [(0, 36)]), SpeakerMatch(t).right("Havana", None, None, [(0, 36)])
    (True, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicons import read_table, read_words
from .resources import data_path

__all__ = ["SourceHead", "source_head", "SpeakerMatch", "speaker_nouns", "title_words"]

_WORD = re.compile(r"[\w][\w.'’&–-]*|[,;()\[\]—]|\s–\s|--|\s-\s")
_RELATIVE = {"who", "which", "that", "whose", "whom"}
_PREPS = {"of", "for", "at", "from", "with", "in", "on", "by", "to", "about", "representing", "under",
          "inside", "near", "outside", "within"}
_DETS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my"}
_PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "his", "its", "their"}
_REFLEXIVE = {"himself", "herself", "themselves", "itself"}
_NAME_JOINS = {"of", "for", "de", "van", "von", "der", "da", "del", "la", "le", "bin", "al", "el"}
_ABBREV = re.compile(r"^[A-Z][a-z]{1,3}\.$")  # a title written short: Del., Sen., Lt., Atty.
_BREAKS = {",", ";", "(", ")", "[", "]", "—", "–", "--", "-"}
_GENDER_TITLES = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """The ``title`` words of ``geolib/data/speaker_words.csv`` (lower case, no full stop)."""
    t = read_table(data_path("speaker_words.csv"), kind="speaker words", required=("word", "kind"))
    return frozenset(w.strip().lower().rstrip(".") for w, k in zip(t.column("word"), t.column("kind"))
                     if k.strip() == "title")


@lru_cache(maxsize=1)
def speaker_nouns() -> frozenset[str]:
    """The person, group and organisation nouns of ``geolib/data/speaker_words.csv`` (lower case):
    the nouns a relative pronoun after their preposition may stand for ("a spokesman for X, who")."""
    t = read_table(data_path("speaker_words.csv"), kind="speaker words", required=("word", "kind"))
    return frozenset(w.strip().lower() for w, k in zip(t.column("word"), t.column("kind"))
                     if k.strip() in ("person", "group", "organisation"))


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """First name -> gender ('m'/'f'), the ``first_name`` rows of ``geolib/data/gender_words.csv``."""
    t = read_table(data_path("gender_words.csv"), kind="gender words", required=("word", "gender", "kind"))
    return {w.strip().lower(): g.strip() for w, g, k in zip(t.column("word"), t.column("gender"), t.column("kind"))
            if k.strip() == "first_name"}


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    """``geolib/data/stopwords.txt`` (function words: never a first name)."""
    return frozenset(w.lower() for w in read_words(data_path("stopwords.txt"), kind="stop words"))


def _norm(w: str) -> str:
    """A word compared: lower case, no full stop, no possessive ending."""
    w = w.lower().rstrip(".")
    return re.sub(r"['’]s?$", "", w)


def _is_cap(w: str) -> bool:
    return w[:1].isupper()


def _is_cap_or_num(w: str) -> bool:
    return w[:1].isupper() or w[:1].isdigit()


def _is_poss(w: str) -> bool:
    return w.endswith(("’s", "'s", "s’", "s'"))


@dataclass
class SourceHead:
    """The head noun phrase of a Source: ``name`` (its name words, normalised; empty for a
    description or a pronoun) and ``heads`` (the offsets of the head words a mention must
    overlap: the head phrase's last word, and an apposition's)."""

    name: list[str] = field(default_factory=list)
    heads: list[tuple[int, int]] = field(default_factory=list)
    words: list[str] = field(default_factory=list)  # a description's words, when it has a capitalised owner
    first: list[str] = field(default_factory=list)  # the name of the first conjunct (or its apposition)
    gender: str | None = None  # 'm' / 'f' from a title before the name (Mr., Mrs., Ms., Miss)


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group().strip(), start + m.start(), start + m.end()) for m in _WORD.finditer(text[start:end])]


def _segments(toks: list[tuple[str, int, int]]) -> list[list[tuple[str, int, int]]]:
    """The Source's tokens split at commas, semicolons, dashes and parentheses (the text in
    parentheses dropped)."""
    segs: list[list[tuple[str, int, int]]] = [[]]
    depth = 0
    for t in toks:
        w = t[0]
        if w in ("(", "["):
            depth += 1
            continue
        if w in (")", "]"):
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        if w in _BREAKS:
            segs.append([])
            continue
        segs[-1].append(t)
    return [s for s in segs if s]


def _head_phrase(seg: list[tuple[str, int, int]]) -> tuple[list[tuple[str, int, int]], bool]:
    """(the segment up to a relative word or a preposition, whether a preposition cut it; see
    :func:`_agent` for what follows a ``by``).

    A preposition stays inside the phrase after a title before a capitalised word (``Secretary
    of State John Kerry``) and inside a capitalised modifier of a later name (``Johns Hopkins
    Center for Health Security medical anthropologist Monica Schoch-Spana``)."""
    out: list[tuple[str, int, int]] = []
    for k, t in enumerate(seg):
        low = t[0].lower()
        if out and low in _RELATIVE and not (low == "that" and k == 0):
            return out, False
        if out and low in _REFLEXIVE:
            continue  # "Cruz himself"
        if out and low.endswith("ed") and t[0] == low and out[-1][0].lower() not in _DETS and k + 1 < len(seg) \
                and (seg[k + 1][0].lower() in _PREPS or seg[k + 1][0].lower() in _DETS):
            return out, True  # a participle after the head: "one Republican involved in", "The decree signed by"
        if out and low in _PREPS:
            nxt = seg[k + 1][0] if k + 1 < len(seg) else ""
            if _is_cap_or_num(nxt) and nxt.lower() not in _DETS and (
                    _norm(out[-1][0]) in title_words() or _is_cap(out[-1][0]) and _modifier_of_name(seg, k + 1)
                    or len(out) == 1 and _is_cap(out[0][0]) and _name_run(seg, k + 1) >= 2):
                out.append(t)
                continue
            return out, True
        out.append(t)
    return out, False


def _agent(seg: list[tuple[str, int, int]], k: int) -> list[tuple[str, int, int]] | None:
    """The head phrase of the agent after ``by`` at token k (or after a participle and ``by``:
    "The decree signed by the Pope"), if the segment is cut there."""
    if k + 1 < len(seg) and seg[k][0].endswith("ed") and seg[k + 1][0].lower() == "by":
        k += 1
    if k < len(seg) and seg[k][0].lower() == "by":
        agent, _ = _head_phrase(seg[k + 1:])
        return agent or None
    return None


def _name_run(seg: list[tuple[str, int, int]], k: int) -> int:
    """Length of the run of capitalised words from token k when it ends the segment, else 0
    ("Member of Parliament Yvette Cooper": a role of a place, then the name)."""
    n = 0
    while k + n < len(seg) and _is_cap(seg[k + n][0]):
        n += 1
    return n if k + n == len(seg) or seg[k + n][0].lower() in _PREPS else 0


def _modifier_of_name(seg: list[tuple[str, int, int]], k: int) -> bool:
    """Whether the capitalised run from token k is followed by lower-case words and then a
    capitalised run that ends the segment (the run modifies a later name)."""
    while k < len(seg) and (_is_cap_or_num(seg[k][0]) or seg[k][0].lower() in _NAME_JOINS and k + 1 < len(seg)
                            and _is_cap(seg[k + 1][0])):
        k += 1
    lower = k
    while k < len(seg) and not _is_cap(seg[k][0]):
        if seg[k][0].lower() in _PREPS or seg[k][0].lower() in _RELATIVE:
            return False
        k += 1
    return lower < k < len(seg) and all(_is_cap(w) or w.lower() in _NAME_JOINS for w, _, _ in seg[k:])


def _name_of(phrase: list[tuple[str, int, int]]) -> list[str]:
    """Name words of a head phrase (see :func:`_names`)."""
    return _names(phrase)[0]


def _names(phrase: list[tuple[str, int, int]]) -> tuple[list[str], list[tuple[int, int]], str | None]:
    """(name words, head spans, the gender of a title before a name) of a head phrase: of each conjunct ("X and Y", "Mrs. Clinton and
    her surrogates") whose last word is capitalised, its last capitalised run (particles such as
    ``of``, ``de`` inside it), after its owners and up to its last title dropped, and that run's
    span; of a conjunct without a name, the span of its last word."""
    conjuncts: list[list[tuple[str, int, int]]] = [[]]
    for t in phrase:
        if t[0].lower() in ("and", "&") and conjuncts[-1]:
            conjuncts.append([])
        else:
            conjuncts[-1].append(t)
    out: list[str] = []
    heads: list[tuple[int, int]] = []
    gender = None
    titles = title_words()
    for toks in conjuncts:
        if not toks:
            continue
        if not _is_cap(toks[-1][0]) or toks[-1][0].lower() in _PRONOUNS:
            heads.append((toks[-1][1], toks[-1][2]))
            continue
        # owners: everything up to the last possessive word ("Trump's campaign manager")
        poss = [k for k, t in enumerate(toks[:-1]) if _is_poss(t[0])]
        if poss:
            toks = toks[poss[-1] + 1:]
        k = len(toks) - 1
        while k - 1 >= 0 and (_is_cap(toks[k - 1][0]) or toks[k - 1][0].lower() in _NAME_JOINS and k - 2 >= 0
                              and _is_cap(toks[k - 2][0])):
            k -= 1
        run = [t for t in toks[k:] if t[0].lower() not in _DETS]
        for t in run[:-1]:
            gender = gender or _GENDER_TITLES.get(_norm(t[0]))
        cut = [i for i, t in enumerate(run[:-1]) if _norm(t[0]) in titles or _ABBREV.match(t[0])]
        if cut:
            run = run[cut[-1] + 1:]
        while run and run[0][0].lower() in _NAME_JOINS:
            run = run[1:]
        words = [_norm(t[0]) for t in run if _is_cap(t[0]) and _norm(t[0])]
        out.extend(words)
        heads.append((run[0][1], run[-1][2]) if words else (toks[-1][1], toks[-1][2]))
    return out, heads, gender


def source_head(text: str, start: int, end: int) -> SourceHead:
    """The :class:`SourceHead` of the Source span ``text[start:end]``.

    Example:
        >>> t = "Jack Mozloom, a spokesman for the National Federation"
        >>> h = source_head(t, 0, len(t))
        >>> h.name, [t[s:e] for s, e in h.heads]
        (['jack', 'mozloom'], ['Jack Mozloom', 'spokesman'])
    """
    toks = _tokens(text, start, end)
    if len(toks) == 1 and toks[0][0].lower() in _RELATIVE:
        ante = _antecedent(text, start)
        if ante is not None:
            found = source_head(text, *ante)
            found.heads.append((start, end))
            return found
    segs = _segments(toks)
    if not segs:
        return SourceHead([], [(start, end)])
    # "the former secretary of state and current Democratic nominee": each described conjunct
    conj: list[list[tuple[str, int, int]]] = [[]]
    for k, t in enumerate(segs[0]):
        if t[0].lower() in ("and", "&") and conj[-1] and k + 1 < len(segs[0]) and not _is_cap(segs[0][k + 1][0]):
            conj.append([])
        else:
            conj[-1].append(t)
    phrase, cut = _head_phrase(conj[0])
    name, heads, gender = _names(phrase)
    agent = _agent(conj[0], len(phrase)) if cut and not _is_cap(phrase[-1][0]) else None
    if agent is not None:
        # "A projection by the consulting firm Oxford Economics": its author speaks in it
        agent_name, agent_heads, _ = _names(agent)
        heads += agent_heads
        name = name or agent_name
    # "a protester using the pseudonym Katya": the noun before a participle is a head too
    heads += [(phrase[k - 1][1], phrase[k - 1][2]) for k in range(1, len(phrase))
              if phrase[k][0].endswith("ing") and phrase[k][0].islower() and phrase[k - 1][0].islower()
              and phrase[k - 1][0] not in _DETS]
    for more in conj[1:]:
        extra, _ = _head_phrase(more)
        if extra:
            more_name, more_heads, _ = _names(extra)
            heads.extend(more_heads)
            name = name + [w for w in more_name if w not in name]
    first = list(name if len(conj) == 1 else _name_of(phrase))
    if len(segs) > 1 and segs[1][0][0].lower() not in _RELATIVE:
        app, _ = _head_phrase(segs[1])
        app_name, app_heads, app_gender = _names(app)
        # "Trump's Virginia state director, Mike Rubino"; "A member of the Tunisian Parliament,
        # Samir Dilou" (not "a study by a sociologist, Mikhail Dmitriyev": the nearest noun)
        joins = not cut or _is_cap(conj[0][-1][0]) and len(conj) == 1
        if app and _is_cap(app[0][0]) and app[0][0].lower() not in _DETS:
            # a name: of a description before it ("Trump's Virginia state director, Mike
            # Rubino", "A member of the Tunisian Parliament, Samir Dilou"), never of a name
            # ("Stacy Baker of Columbia, South Carolina")
            if not name and joins and app_name:
                name, first, gender = app_name, app_name, app_gender
                heads.extend(app_heads)
        elif app and not cut:
            heads.extend(app_heads)  # "Jack Mozloom, a spokesman for ..."
    # a description with a capitalised owner ("Clinton’s campaign") can be matched word for word
    owned = len(phrase) >= 2 and not _is_cap(phrase[-1][0]) \
        and any(_is_cap(w) and w.lower() not in _DETS and w.lower() not in _PRONOUNS for w, _, _ in phrase)
    words = [_norm(w) for w, _, _ in phrase if w.lower() not in _DETS] if owned else []
    return SourceHead(name, heads or [(start, end)], [w for w in words if w], first, gender)


def _antecedent(text: str, start: int) -> tuple[int, int] | None:
    """The noun phrase right before ', who': the capitalised words there (``Roffman, who``) or a
    description from its determiner (``the Mexican president, who``); none after a preposition
    (``a spokesman for Senator Lee, who`` may be the spokesman)."""
    lo = max(0, start - 120)
    m = re.search(r"(?<![\w.'’-])((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*),\s*$", text[lo:start]) \
        or re.search(r"(?<![\w'’-])((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){0,4}[\w'’-]+),\s*$",
                     text[lo:start])
    if m is None:
        return None
    s = lo + m.start(1)
    e = s + len(m.group(1))
    before = text[max(0, s - 60):s].split()
    if before and before[-1].lower() in _PREPS:
        prev = before[-2] if len(before) > 1 else ""
        if before[-1].lower() == "of" and _is_cap(prev):
            # "Sen. Jane Roe of Ohio, who": a person of a place (source_head cuts at "of")
            m2 = re.search(r"(?<![\w.'’-])((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*)\s+of\s+$", text[max(0, s - 120):s])
            return (s - len(m2.group(0)), e) if m2 else None
        if not prev or _is_cap(prev) or _norm(prev) in speaker_nouns() or prev.lower() in _DETS \
                or not _is_cap(m.group(1)):
            return None  # "a spokesman for Senator Lee, who": the relative may be the spokesman
        # "a rebuke from President Roe, who": a person's relative, not the rebuke's
    return s, e


class SpeakerMatch:
    """The speaker check of one article: :meth:`right` for a predicted quote against the
    Source spans of a unit (the article's shared surnames are found once)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._shared: dict[tuple[str, str | None], bool] = {}
        self._lower: set[str] | None = None

    def shared_surname(self, surname: str, gender: str | None = None) -> bool:
        """Whether two people of the article bear this surname: two different first names before
        it, or both Mr. and Mrs./Ms./Miss. A first name is a word of the first names of
        ``gender_words.csv``, or a capitalised word that is no title, possessive or stopword, is
        never written in lower case in the article (as "Despite" is) and does not open a
        sentence; Pete and Peter (one the start of the other) are one name. Given the gender of
        the Source's title, first names of the other gender do not count."""
        key = (surname, gender)
        if key in self._shared:
            return self._shared[key]
        if self._lower is None:
            self._lower = set(re.findall(r"(?<![\w])[a-z][\w'’-]*", self.text))
        known, stop = _first_names(), _stopwords()
        firsts: set[str] = set()
        genders = set()
        titles = title_words()
        pat = re.compile(r"(?<![\w.'’-])([A-Z][\w.'’-]*)\s+(?i:" + re.escape(surname) + r")(?![\w])")
        for m in pat.finditer(self.text):
            if not self.text[m.start(0) + len(m.group(1)):m.end()].strip()[:1].isupper():
                continue
            word = m.group(1)
            w = _norm(word)
            if w in _GENDER_TITLES:
                genders.add(_GENDER_TITLES[w])
                continue
            if w in titles or _is_poss(word) or word.endswith(".") or len(w) < 2:
                continue
            if w not in known:
                before = self.text[max(0, m.start() - 3):m.start()].rstrip(" ")
                if w in stop or w in self._lower or not before or before[-1] in ".!?\"“”'‘’\n:—":
                    continue
            if gender and known.get(w, gender) != gender:
                continue
            firsts.add(w)
        distinct = {f for f in firsts if not any(g != f and f.startswith(g) for g in firsts)}
        found = self._shared[key] = len(distinct) > 1 or gender is None and len(genders) > 1
        return found

    @staticmethod
    def _names_another(speaker: str | None, spk: list[str], name: list[str], mention: str) -> bool:
        """Whether a speaker resolved from the right mention names someone else than the
        Source's name: a name that is not the mention's own words ("Joshua Wong" for "a
        protester" when the Source is "a protester using the pseudonym Katya") and shares no
        word with the Source's name (nor spells its acronym: ``University College London`` for
        ``UCL``)."""
        if not name or not isinstance(speaker, str) or not any(_is_cap(w) for w in speaker.split()):
            return False
        said = {_norm(w) for w in re.findall(r"[\w][\w.'’-]*", mention)}
        if all(w in said for w in spk):
            return False
        if any(w in name for w in spk):
            return False
        initials = "".join(w[0] for w in speaker.split() if _is_cap(w)).lower()
        return not any(len(w) > 1 and w == initials for w in name)

    def right(self, speaker: str | None, ms: int | None, me: int | None,
              sources: list[tuple[int, int]] | list[tuple[int, int, str]]) -> bool:
        """Whether a predicted speaker (its string and mention offsets, None when absent) is the
        person of one of the Source spans ((start, end) or (start, end, text); a Source whose
        text is not the article's text at its offsets is read from its own text)."""
        spk = [_norm(w) for w in re.findall(r"[\w][\w.'’-]*", speaker)] if isinstance(speaker, str) else []
        spk = [w for w in spk if w]
        for src in sources:
            ss, se = src[0], src[1]
            stext = src[2] if len(src) > 2 else None
            if stext is None or self.text[ss:se] == stext:
                head = source_head(self.text, ss, se)
            else:
                head = source_head(stext, 0, len(stext))
                head.heads = [(ss + a, ss + b) for a, b in head.heads]
            name = head.name
            if ms is not None and me is not None and any(min(me, he) > max(ms, hs) for hs, he in head.heads) \
                    and not self._names_another(speaker, spk, head.first, self.text[ms:me]):
                return True
            if not name and spk and head.words and spk[-1] == head.words[-1] and all(w in spk for w in head.words):
                return True  # "Clinton’s campaign"
            if not name or not spk:
                continue
            last = name[-1]
            if spk[-1] != last:
                continue  # the speaker's own head is another word: "Clinton advisers"
            # a first name of the other gender than the Source's title: Bill Clinton for Mrs. Clinton
            known = _first_names()
            if head.gender and any(known.get(w, head.gender) != head.gender for w in spk[:-1]):
                continue
            if all(w in spk for w in name):
                extra = [w for w in spk if w not in name]
                if not extra or len(name) > 1 or not self.shared_surname(last, head.gender):
                    return True
            elif all(w in name for w in spk) and not self.shared_surname(last, head.gender):
                return True  # "Sanders" for "Sen. Bernie Sanders"
        return False
