"""Paragraphs of a news article and the role each one plays (body, dateline, caption, ...).

Counting in geolib uses the story's body by default. Everything else an article carries (editor's
notes and newsletter promos, datelines and bylines, photo credits and captions, section headings,
update notes, map legends, date lines, site furniture, interview transcripts) is labelled with a
role here so that it can be left out, or asked for. The cue patterns are in
``geolib/data/structure.csv``, the outlet names in ``geolib/data/outlets.txt``; the layout rules
(top-of-story lines, captions next to credits, short headings, lists under a "Sources" heading,
the turns of an interview) are below.

Two roles hold what is not the journalist's own story:

* ``boilerplate``: site furniture, the same on every page of an outlet ("Have an opinion on this
  story?", "Follow us on Twitter", "All rights reserved", "Reporting by ...; Editing by ...",
  a "Sources" or "Related news" heading and the list under it).
* ``transcript``: an interview printed as questions and answers. The whole paragraph is
  labelled, speaker label and words: the interviewer's questions are not the story's narration,
  and the answers are the interviewee's own words -- quotes without quotation marks -- which
  counted as ``body`` would make the interview's spoken words ("yeah", "like", "I think") look
  like the outlet's language. A paragraph opening with a speaker label ("((WN))", "Q:",
  "TAPPER:", "Natasha Gownaris:") is a turn when the document has a speaker who speaks twice (a
  label seen once is a turn next to, or inside, the turns of such a speaker); the unlabelled
  paragraphs between two turns are part of the interview when one of them speaks in the first or
  second person outside quotation marks (``geolib/data/speech_words.txt``) or all are stage
  directions in brackets ("(BEGIN VIDEO CLIP)") -- third-person narration between two
  interviews stays in the body --, and so are the interviewer's opening
  lines right before the first turn (a question, or words to "you") and the answer's paragraphs
  right after the last turn that speak in the first or second person. Count an interview with
  ``roles=("body", "transcript")`` or ``roles=("transcript",)``.

Example:
    >>> text = ("Wikinews spoke to Ann Lee.\\n\\nQ: How did it start?\\n\\nA: I was ten.\\n\\n"
    ...         "Q: And then?\\n\\nA: We moved.\\n\\nHave an opinion on this story? Share it!")
    >>> paras, _ = assign_roles(text, split_paragraphs(text))
    >>> [p.role for p in paras]
    ['body', 'transcript', 'transcript', 'transcript', 'transcript', 'boilerplate']
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from .lexicons import read_table, read_words
from .resources import data_path

__all__ = ["Paragraph", "split_paragraphs", "assign_roles", "ROLES"]

ROLES = ("body", "title", "date", "dateline", "byline", "editor_note", "credit", "caption",
         "heading", "update_note", "map_legend", "boilerplate", "transcript")
#: Values of the ``scope`` column of ``structure.csv``: the paragraph alone (its cue matched at its
#: start), a heading and the list of short paragraphs under it, or a cue searched anywhere in a
#: short paragraph (as credits are: "... contributed to this report.").
SCOPES = ("", "paragraph", "list", "search")


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    role: str = "body"


# A line's text without the white space around it: from its first visible character to its last
# (re's \s is str.isspace; \r and \n are white space, so a match never crosses a line break).
_LINE = re.compile(r"\S(?:[^\r\n]*\S)?")
_TERMINAL = tuple('.!?:;"”’)…')


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into paragraph spans (start, end), trimmed of surrounding white space.

    A paragraph is a line; a line break inside a sentence (a hard-wrapped line whose next line
    starts in lower case) joins the two lines. Blank lines only separate.

    Example:
        >>> split_paragraphs("One.\\nTwo\\nthree.\\n\\nFour.")
        [(0, 4), (5, 15), (17, 22)]
    """
    spans: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        s, e = m.span()
        if spans and text[s].islower():  # (the cheap test first: most lines start otherwise)
            ps, pe = spans[-1]
            gap = text[pe:s]
            breaks = gap.replace("\r\n", "\n").replace("\r", "\n").count("\n")
            if breaks <= 1 and not text[pe - 1].endswith(_TERMINAL):
                spans[-1] = (ps, e)
                continue
        spans.append((s, e))
    return spans


@lru_cache(maxsize=1)
def _cue_rows() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """``(role, pattern, scope)`` of each row of ``structure.csv``, read by
    :func:`geolib.lexicons.read_table`; a malformed row is a ``ValueError`` naming the file and
    line."""
    table = read_table(data_path("structure.csv"), kind="structure cues", required=("role", "pattern"),
                       columns=("role", "pattern", "scope"), entry=("pattern", "patterns"))
    rows = []
    for i, (role, pattern, scope) in enumerate(zip(table.column("role"), table.column("pattern"),
                                                   table.column("scope"))):
        if role not in ROLES:
            raise table.error(i, f"unknown role {role!r} (one of {', '.join(ROLES)})")
        if not pattern:
            raise table.error(i, "a row needs a role and a pattern")
        if scope not in SCOPES:
            raise table.error(i, f"scope {scope!r} is not one of {SCOPES[1:]}")
        try:
            rows.append((role, re.compile(pattern, re.I), scope))
        except re.error as err:
            raise table.error(i, f"pattern {pattern!r} is not a regular expression ({err})") from err
    return tuple(rows)


def _role_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((role, pat) for role, pat, _ in _cue_rows())


@lru_cache(maxsize=1)
def _list_heads() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``(role, pattern)`` of the cues whose list follows them (scope ``list``)."""
    return tuple((role, pat) for role, pat, scope in _cue_rows() if scope == "list")


@lru_cache(maxsize=1)
def _outlets() -> frozenset[str]:
    return frozenset(o.lower() for o in read_words(data_path("outlets.txt"), kind="outlet list"))


_MAX_CUE_SEARCH = 5000
# Roles whose cue may stand anywhere in a (short) paragraph: searched, not only matched at its start
# (and the rows of other roles with scope "search").
_SEARCHED_ROLES = frozenset({"credit", "map_legend"})


@lru_cache(maxsize=1)
def _searched() -> tuple[bool, ...]:
    """For each cue of _cue_checks, whether it is searched in short paragraphs."""
    return tuple(role in _SEARCHED_ROLES or scope == "search" for role, _, scope in _cue_rows())


@lru_cache(maxsize=1)
def _cue_checks() -> tuple[tuple[str, re.Pattern[str], str, int | None], ...]:
    """``(role, pattern, needed, longest)`` for each cue: a paragraph that lacks one of the
    characters ``needed`` or is longer than ``longest`` cannot match, so the pattern is not run.

    Both are read off the parsed pattern: ``needed`` holds the ASCII non-letters it has outside any
    group, branch or repeat (as ``:`` in "photo credit:"), ``longest`` is its widest match when it
    is anchored at both ends (``^...$``, one more for the line break ``$`` may stand before).
    """
    out = []
    for role, pat in _role_patterns():
        needed, longest = "", None
        try:
            from re import _parser  # the parser of the standard library's re (Python 3.11+)

            tree = _parser.parse(pat.pattern, pat.flags)
            items = list(tree)
            needed = "".join(sorted({chr(av) for op, av in items if op is _parser.LITERAL
                                     and av < 128 and not chr(av).isalpha()}))
            if (not pat.flags & re.MULTILINE and items
                    and items[0] == (_parser.AT, _parser.AT_BEGINNING)
                    and items[-1] == (_parser.AT, _parser.AT_END)):
                longest = tree.getwidth()[1] + 1
        except Exception:  # another Python's parser: no shortcut, same result
            needed, longest = "", None
        out.append((role, pat, needed, longest))
    return tuple(out)


# The characters other than ASCII that a case-insensitive pattern matches with an ASCII character
# ("İ" and "ı" with "i", "ſ" with "s", the Kelvin sign with "k"); the tests check the list.
_TWINS = "\u0130\u0131\u017f\u212a"
_ASCII_CASE_TWINS = re.compile(f"[{_TWINS}]")


@lru_cache(maxsize=1)
def _cue_words() -> tuple[tuple[str, ...], ...]:
    """For each cue of _cue_checks, lower-case ASCII strings one of which is in (the lower case
    of) every paragraph its pattern finds, or ``()`` when none is known (see _required_words)."""
    return tuple(_required_words(pat) for _, pat, _, _ in _cue_checks())


def _literal_prefix(seq: list) -> str:
    """The leading ASCII literals of a parsed pattern sequence, in lower case."""
    from re import _parser

    out = []
    for op, av in seq:
        if op is not _parser.LITERAL or av >= 128:
            break
        out.append(chr(av))
    return "".join(out).lower()


def _required_words(pat: re.Pattern[str]) -> tuple[str, ...]:
    """Strings one of which every match of ``pat`` holds (in lower case), read off the parsed
    pattern: the first group of its top level whose alternatives each start with ASCII
    literals ("(photo|image|...)", "(getty images|/afp|...)"); ``()`` when there is none.

    Searching for a credit's cue in a paragraph that holds none of its words then costs a few
    ``in`` tests instead of a scan by the regular expression.
    """
    try:
        from re import _parser

        items = list(_parser.parse(pat.pattern, pat.flags))
    except Exception:  # another Python's parser: no shortcut, same result
        return ()
    for op, av in items:
        if op is not _parser.SUBPATTERN:
            continue
        body = list(av[-1])
        if len(body) == 1 and body[0][0] is _parser.BRANCH:
            words = tuple(_literal_prefix(list(alt)) for alt in body[0][1][1])
        else:
            words = (_literal_prefix(body),)
        return words if all(words) else ()
    return ()


def _lacks_words(t: str, words: tuple[str, ...], low: str | None = None) -> bool:
    """True when paragraph ``t`` surely holds none of ``words`` in any case (``words`` are lower
    case ASCII; a character that matches an ASCII letter case-insensitively asks the pattern).
    ``low``: ``_lowered(t)``, when the caller has it."""
    if not words:
        return False
    if low is None:
        low = _lowered(t)
    return bool(low) and not any(map(low.__contains__, words))


def _lowered(t: str) -> str:
    """``t`` in lower case, or "" when it holds a character that a case-insensitive pattern
    matches with an ASCII letter (then no word test can rule a cue out)."""
    return t.lower() if t.isascii() or not _ASCII_CASE_TWINS.search(t) else ""


@lru_cache(maxsize=1)
def _any_cue() -> tuple[re.Pattern[str], dict[int, int]] | None:
    """The patterns of the cues matched at a paragraph's start (not the searched ones) in one,
    each in a group of its own, and the cue (its index in _cue_checks) of each such group: its
    match finds the first of them that matches in one call (an alternative is tried only when
    those before it fail). ``None`` when the patterns cannot be joined unchanged
    (back-references, clashing group names, different flags)."""
    cues = [(k, pat) for k, (role, pat, _, _) in enumerate(_cue_checks()) if not _searched()[k]]
    if not cues or len({pat.flags for _, pat in cues}) != 1 or any(
            re.search(r"\\[1-9]|\(\?P=|\(\?[aiLmsux-]+\)", pat.pattern) for _, pat in cues):
        return None
    group_of: dict[int, int] = {}
    group = 1
    for k, pat in cues:
        group_of[group] = k
        group += 1 + pat.groups
    try:
        joined = re.compile("|".join(f"({pat.pattern})" for _, pat in cues), cues[0][1].flags)
    except re.error:
        return None
    return (joined, group_of) if joined.groups == group - 1 else None


def _paragraph_role(t: str) -> str:
    """The role of the first cue whose pattern matches paragraph ``t`` (searched for credits and
    map legends in paragraphs of at most _MAX_CUE_SEARCH characters), or "body"."""
    short = len(t) <= _MAX_CUE_SEARCH
    joined = _any_cue()
    if joined is None or not short:
        return _first_cue_role(t, short)
    m = joined[0].match(t)
    first = joined[1][m.lastindex] if m else len(_cue_checks())  # the first matched cue that matches
    low = None
    ascii_only = None
    # a searched cue before it? _cue_found's tests, inline (five cues for every paragraph)
    for k, role, pat, needed, longest, words, non_ascii in _searched_cue_rows():
        if k >= first:
            break
        if longest is not None and len(t) > longest or needed and not all(map(t.__contains__, needed)):
            continue
        if non_ascii:
            if ascii_only is None:
                ascii_only = t.isascii()
            if ascii_only:
                continue
        if words:
            if low is None:
                low = _lowered(t)  # (once for all the cues' word tests)
            if low and not any(map(low.__contains__, words)):
                continue
        if pat.search(t) is not None:
            return role
    return _cue_checks()[first][0] if m else "body"


@lru_cache(maxsize=1)
def _searched_cues() -> tuple[tuple[int, tuple], ...]:
    """``(index, cue)`` of the cues searched in short paragraphs; a cue is ``(role, pattern,
    needed, longest, words)`` (see _cue_checks and _cue_words)."""
    return tuple((k, (*cue, words)) for k, (cue, words) in enumerate(zip(_cue_checks(), _cue_words()))
                 if _searched()[k])


@lru_cache(maxsize=1)
def _searched_cue_rows() -> tuple[tuple[int, str, re.Pattern[str], str, int | None, tuple[str, ...], bool], ...]:
    """``(index, role, pattern, needed, longest, words, non_ascii)`` of each of _searched_cues,
    ``non_ascii`` telling that every match holds a character outside ASCII (see _needs_non_ascii):
    a paragraph of ASCII only is then not searched."""
    return tuple((k, *cue, _needs_non_ascii(cue[1])) for k, cue in _searched_cues())


def _needs_non_ascii(pat: re.Pattern[str]) -> bool:
    """Whether every match of ``pat`` holds a character outside ASCII, read off the parsed pattern:
    a character or a class of characters (no negation, no category) at its top level that are
    all outside ASCII and none of them one that a case-insensitive pattern matches with an ASCII
    one (_ASCII_CASE_TWINS). False when not known.

    Example:
        >>> _needs_non_ascii(re.compile("[■●]")), _needs_non_ascii(re.compile("x|[■●]"))
        (True, False)
    """
    try:
        from re import _parser

        items = list(_parser.parse(pat.pattern, pat.flags))
    except Exception:  # another Python's parser: not known
        return False

    def outside(lo: int, hi: int) -> bool:
        return lo >= 128 and not any(lo <= ord(c) <= hi for c in _TWINS)

    for op, av in items:
        if op is _parser.LITERAL and outside(av, av):
            return True
        if op is _parser.IN and av and all(
                o is _parser.LITERAL and outside(a, a) or o is _parser.RANGE and outside(*a) for o, a in av):
            return True
    return False


def _cue_found(t: str, cue: tuple, searched: bool, low: str | None = None) -> bool:
    """Whether cue ``(role, pattern, needed, longest, words)`` is in paragraph ``t``: searched
    for, or matched at its start; the pattern is run only when ``t`` passes the cue's filters
    (``low``: ``_lowered(t)``, when the caller has it)."""
    _, pat, needed, longest, words = cue
    if (longest is not None and len(t) > longest) or not all(map(t.__contains__, needed)):
        return False
    if searched:
        return not _lacks_words(t, words, low) and pat.search(t) is not None
    return pat.match(t) is not None


def _first_cue_role(t: str, short: bool) -> str:
    """The role of the first cue found in ``t``, trying the cues one by one, or "body"."""
    for cue, words, searched in zip(_cue_checks(), _cue_words(), _searched()):
        # Credits and map legends are short lines: searching a whole page-long paragraph for
        # their cues would cost time for nothing (and mislabel it).
        if _cue_found(t, (*cue, words), short and searched):
            return cue[0]
    return "body"


_DASH_LINE = re.compile(r"^[\s—–\-|/•·]+$")
_WORD = re.compile(r"\w+")


def _at_most_words(t: str, n: int) -> bool:
    """``len(_WORD.findall(t)) <= n`` without listing every word of a huge paragraph."""
    return next(islice(_WORD.finditer(t), n, None), None) is None


def _is_short_line(t: str, max_words: int) -> bool:
    # 'He said: "No."' ends a sentence too: look through closing quotes and brackets.
    end = t.rstrip().rstrip("\"'”’»)]")
    return not end.endswith((".", "!", "?", ":", ";", ",")) and _at_most_words(t, max_words)


def assign_roles(text: str, spans: list[tuple[int, int]]) -> tuple[list[Paragraph], dict]:
    """Label each paragraph span with its role; return paragraphs and metadata found on the way.

    Metadata keys: ``dateline`` (place), ``outlet``, ``date_line`` where present.
    """
    meta: dict = {}
    texts = [text[s:e] for s, e in spans]
    outlets = _outlets()
    roles = [_paragraph_role(t) for t in texts]
    _mark_lists(texts, roles)
    _mark_transcript(texts, roles)
    # Top of story: short lines before the first body paragraph are dateline / byline.
    first_body = next((i for i, r in enumerate(roles) if r == "body" and not _is_short_line(texts[i], 6)),
                      len(spans))
    for i in range(first_body if first_body < len(spans) else 0):
        if roles[i] != "body":
            continue
        t = texts[i].strip()
        if t.lower() in outlets or re.match(r"^by\s+[A-Z]", t):
            roles[i] = "byline"
            meta.setdefault("outlet", t if t.lower() in outlets else None)
        elif _DASH_LINE.match(t):
            roles[i] = "dateline"
        elif _is_short_line(t, 6):
            roles[i] = "dateline"
            meta.setdefault("dateline", t)
    if meta.get("outlet") is None:
        meta.pop("outlet", None)
    # "HONG KONG (Reuters) —" at the head of the first body paragraph.
    if first_body < len(spans) and "dateline" not in meta:
        m = re.match(r"^([A-Z][A-Za-z .'-]{1,40}?)(?:,\s*[A-Za-z .]+)?\s*\(([^)]{2,40})\)\s*[—–-]",
                     texts[first_body])
        if m:
            meta["dateline"] = m.group(1).strip()
            meta["outlet"] = m.group(2).strip()
    # Captions sit next to credits; headings are short title-like lines between body paragraphs.
    for i, t in enumerate(texts):
        if roles[i] != "body":
            continue
        prev_role = roles[i - 1] if i else None
        next_role = roles[i + 1] if i + 1 < len(roles) else None
        # A caption follows its credit (CNN, AP) or, where nothing caption-like follows, precedes it.
        after_credit = prev_role == "credit"
        before_credit = next_role == "credit" and not (
            i + 2 < len(roles) and roles[i + 2] == "body" and _at_most_words(texts[i + 2], 60))
        if (after_credit or before_credit) and _at_most_words(t, 40):
            roles[i] = "caption"
        elif (i > first_body and t[:1].isupper() and i + 1 < len(roles) and roles[i + 1] == "body"
              and _is_short_line(t, 10)):
            roles[i] = "heading"
    for i, role in enumerate(roles):
        if role == "date":
            meta.setdefault("date_line", texts[i].strip())
    return [Paragraph(s, e, r) for (s, e), r in zip(spans, roles)], meta


# ------------------------------------------------------------------ lists under a heading

_LIST_ITEM_WORDS = 30  # an item of a "Sources" or "Related news" list is short


def _mark_lists(texts: list[str], roles: list[str]) -> None:
    """The short paragraphs under a list heading ("Sources", "Related news") take its role, up to
    the first long paragraph (other roles in the list, as dates, are kept)."""
    heads = _list_heads()
    if not heads:
        return
    for i, role in enumerate(roles):
        if not any(role == r and pat.match(texts[i]) for r, pat in heads):
            continue
        for j in range(i + 1, len(roles)):
            if roles[j] in ("body", "transcript"):  # ("CNN: Title" items look like speakers)
                if not _at_most_words(texts[j], _LIST_ITEM_WORDS):
                    break
                roles[j] = role
            elif roles[j] == role and any(role == r and pat.match(texts[j]) for r, pat in heads):
                break  # the next list: its own heading marks it


# ------------------------------------------------------------------ interview transcripts

_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”|«[^»\n]*»|„[^“”\n]*[“”]')
_LETTERS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SENTENCE_OPENERS = tuple(".!?:;—–-")
# "(BEGIN VIDEO CLIP)", "[LAUGHTER]": a broadcast transcript's stage directions between turns
_STAGE_DIRECTION = re.compile(r"\([^()\n]{1,60}\)|\[[^\[\]\n]{1,60}\]")


@lru_cache(maxsize=1)
def _speech_words() -> frozenset[str]:
    return frozenset(w.lower() for w in read_words(data_path("speech_words.txt"), kind="speech words"))


def _person_words(t: str) -> set[str]:
    """The first- and second-person words of paragraph ``t`` outside quotation marks, in lower
    case ("US" and other words in capitals are not "us").

    Example:
        >>> sorted(_person_words('So we tried. He said "I know you" to US officials on My Show.'))
        ['we']
    """
    words = _speech_words()
    out = set()
    t = _QUOTED.sub(" ", t)
    for m in _LETTERS.finditer(t):
        w = m.group()
        low = w.lower().replace("’", "'")
        if low not in words or len(w) > 1 and w.isupper():
            continue
        # a capital inside a sentence makes a title, not a speaker ("on My Little Pony")
        if w[0].isupper() and w != "I" and not low.startswith("i'") and \
                t[:m.start()].rstrip()[-1:] not in ("", *_SENTENCE_OPENERS):
            continue
        out.add(low)
    return out


def _speaker(t: str) -> str:
    """The speaker of the label that opens a turn: its last word in lower case, as transcripts
    name a speaker in full once and by surname after ("KATE BOULDUAN:", then "BOULDUAN:").

    Example:
        >>> _speaker("((WN))  Why?"), _speaker("SEN. JOHN SMITH: Yes."), _speaker("JAKE TAPPER, CNN HOST: Hi.")
        ('wn', 'smith', 'tapper')
    """
    label = t[2:t.find("))")] if t.startswith("((") else t[:t.find(":")]
    words = label.split(",")[0].replace(".", " ").split()
    return words[-1].casefold() if words else ""


def _headline_after_label(t: str) -> bool:
    """Whether the words after a speaker label are a headline in title case ("Sanders: It Is
    Not A Radical Idea"), not a turn."""
    rest = t[t.find("))") + 2:] if t.startswith("((") else t[t.find(":") + 1:]
    words = _LETTERS.findall(rest[:300])[1:]  # (the first word is capitalised anyway)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _mark_transcript(texts: list[str], roles: list[str]) -> None:
    """Keep the ``transcript`` cues of an interview, give the rest back to the body, and add the
    unlabelled paragraphs of the interview (see the module's docstring)."""
    cands = [i for i, r in enumerate(roles) if r == "transcript"]
    if not cands:
        return
    for i in cands:
        if _headline_after_label(texts[i]):  # "Bernie Sanders: I'm Not Much Of A Socialist"
            roles[i] = "body"
    cands = [i for i in cands if roles[i] == "transcript"]
    speaker = {i: _speaker(texts[i]) for i in cands}
    times = Counter(speaker.values())
    turns = {i for i in cands if times[speaker[i]] >= 2}
    if turns:
        # a speaker named once is a turn inside the interview or next to it ("Natasha Gownaris:"
        # before the "NG:" turns)
        lo, hi = min(turns), max(turns)
        grew = True
        while grew:
            grew = False
            for i in cands:
                if i not in turns and (lo < i < hi or i + 1 == lo or i - 1 == hi):
                    turns.add(i)
                    lo, hi, grew = min(lo, i), max(hi, i), True
    if len({speaker[i] for i in turns}) < 2 and 2 * sum(
            texts[i].rstrip().rstrip("\"'”’)]").endswith("?") for i in turns) < len(turns):
        turns = set()  # one voice: an interviewer's questions (the answers printed otherwise)
    for i in cands:
        if i not in turns:
            roles[i] = "body"
    if not turns:
        return
    order = sorted(turns)
    # between two turns: an answer's further paragraphs, unless the run is narration
    for a, b in zip(order, order[1:]):
        run = [j for j in range(a + 1, b) if roles[j] == "body"]
        if run and (any(_person_words(texts[j]) for j in run)
                    or all(_STAGE_DIRECTION.fullmatch(texts[j]) for j in run)):
            for j in run:
                roles[j] = "transcript"
    # before the first turn: the interviewer's opening lines, a question or words to "you"
    j = order[0] - 1
    while j >= 0 and roles[j] == "body" and (
            texts[j].rstrip().endswith("?") or any(w.startswith("you") for w in _person_words(texts[j]))):
        roles[j] = "transcript"
        j -= 1
    # after the last turn: the answer goes on while it speaks in the first or second person
    j = order[-1] + 1
    while j < len(roles) and roles[j] == "body" and _person_words(texts[j]):
        roles[j] = "transcript"
        j += 1
