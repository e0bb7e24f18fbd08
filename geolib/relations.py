"""Who blames whom: relations between actors, read from verbs, quote cues and quoted framing terms.

Three kinds of evidence, all within one sentence:

* ``verb`` and ``cue``: ``X accused / criticized / condemned / warned / urged / called on /
  threatened / sanctioned / praised / met with Y`` (the verbs of ``geolib/data/relation_verbs.csv``,
  then those ``data/cameo/convert.py`` takes from the CAMEO dictionary into
  ``geolib/data/cameo_relation_verbs.csv``: endorse, slam, lash out at, investigate, expel ...).
  The source is the quote's speaker when the verb is the cue of a quote (:func:`geolib.quotes.quotes`),
  else the actor mentions just before the verb (a subject such as "U.S. and European leaders",
  with no comma, colon or "that" between); the target is the actor mentioned right after it
  ("criticized NATO's statement"): at most ``reach`` words away, no clause boundary between.
* ``passive``: ``Y was accused by X``.
* not: a negated verb ("has not accused", "has never met", "has no plans to meet with"), one not
  asserted (a modal before it: "would advise"; "to" right before it: "pledged to support", unless
  arranged: "is scheduled to meet") or a noun ("Trump's support", "Clinton's aides"); for a
  gerund after "for"/"of" ("criticized Manafort for accusing Y") the subject is the word before
  them, if an actor; ``meet`` and ``threaten`` take no possessive target ("meeting Trump's goal").
* ``framing term``: a quoted speaker X casts an actor Y with an accusing framing term
  (a framing-layer term of a frame in ``ACCUSING_FRAMES``): "NATO leaders said China is a
  “decisive supporter”". Y is the actor the writer names just before the quote in the same
  sentence (else the one named in the quote before the term). It counts as an accusation.

Each relation carries the CAMEO event code and root of its verb, taken from the CAMEO verb
dictionary (Phoenix / PETRARCH2, MIT) as ``data/cameo/convert.py`` converts it into
``geolib/data/cameo_verbs.csv``; root names from ``geolib/data/cameo_roots.csv``. Nothing is
inferred beyond the sentence: a target that is not an actor mention ("condemned the declaration")
gives no relation. A possessive target followed by a noun of one of CAMEO's verb + noun patterns
takes that pattern's code: "dismissed Sanders' accusations" is 016 (deny), not 120.

Example:
    >>> r = relations("Germany accused Russia of lying. Russia was criticized by France.", quotes=False)
    >>> r[["source", "relation", "target", "code", "kind"]].values.tolist()
    [['Germany', 'accuse', 'Russia', '112', 'verb'], ['France', 'criticize', 'Russia', '111', 'passive']]
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import pandas as pd

from .actors import mentions_by_doc
from .document import Document
from .frames.keys import term_key
from .frames.table import frames as _frames
from .lexicons import Source, read_table
from .quotes.table import QuotesArg, quotes_of
from .resources import data_path

__all__ = ["RELATION_COLUMNS", "ACCUSING_FRAMES", "RELATION_ROOTS", "relation_verbs", "cameo_verbs",
           "noun_codes", "relations",
           "relation_pairs", "plot_relations"]

RELATION_COLUMNS = ["doc_id", "sentence", "source", "target", "relation", "verb", "verb_start",
                    "verb_end", "code", "root", "root_name", "kind", "source_text", "source_start",
                    "source_end", "target_text", "target_start", "target_end", "evidence"]
#: frames whose framing-layer terms, quoted, count as an accusation of the actor they are said of
ACCUSING_FRAMES = ("delegitimising", "enabling the war", "threat and security", "moral condemnation",
                   "cold war / bloc confrontation")
_BE = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "'s"}
_BOUNDARY = {",", ";", ":", "that", "which", "who", "whom", "whose", "while", "because", "but",
             "although", "“", "”", '"', "(", ")", "—", "–"}
_COORD = {"and", ",", "or", "&", "the", "both"}
_SKIP = {"the", "a", "an", "its", "their", "his", "her"}
# a mention after one of these is not a subject or an object ("on Twitter", "in Washington")
_PREP = {"on", "in", "at", "via", "through", "from", "during", "after", "before", "over", "for", "by",
         "of", "about", "into", "to", "with", "against", "upon", "under", "since", "amid", "across"}
# a place or a medium, not what a quoted term is said of ("on Twitter", "in Washington")
_MEDIUM = frozenset({"on", "in", "at", "via", "through", "during"})
_COORD_TEXT = {"and", ",", "or", ", and", "and the", ", and the", "or the"}
_NEAR = 80        # characters at most between the target named before a quote and the quote
# a verb with one of these among the three tokens before it is negated ("has not accused",
# "has never met", "has no plans to meet with"): no event, no relation
_NEG = frozenset({"not", "never", "no", "cannot", "n't", "neither", "nor"})
# not asserted (GUIDELINES: no prediction, possibility or request): a modal among the two tokens
# before the verb ("would advise", "will support"), or "to" right before it ("pledged to support",
# "asked the Justice Department to investigate"), unless an arranged event ("is scheduled to meet")
_MODAL = frozenset({"would", "will", "could", "might", "may", "can", "should", "must", "'d", "'ll", "shall"})
_ARRANGED = frozenset({"scheduled", "set", "due", "slated"})
# a verb form after a possessive or an article is a noun ("Trump's support", "the FBI's probe
# into", "Clinton's aides", "a campaign against")
_NOUN_BEFORE = frozenset({"'s", "'", "his", "her", "its", "their", "our", "my", "your", "the", "a", "an"})
# "criticized Manafort for accusing ...": the subject of a gerund after these is the word before them
_GERUND_PREP = frozenset({"for", "of"})
# "lashed out at X", "hit back at X": a phrasal verb's particle, then a preposition before the target
_PARTICLE = frozenset({"out", "back", "up", "down", "off"})
_PARTICLE_PREP = frozenset({"at", "against", "on", "with", "to"})
#: CAMEO roots of verbal and diplomatic events between actors (a noun pattern coding another root,
#: "denied Trump's entry" 160, gives no relation)
RELATION_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13",
                            "14", "17"})


@lru_cache(maxsize=1)
def cameo_verbs() -> pd.DataFrame:
    """The CAMEO verb dictionary as converted (verb, forms, code, root, block, line, source).

    Example:
        >>> cameo_verbs().set_index("verb").loc["accuse", ["code", "root"]].tolist()
        ['112', '11']
    """
    t = read_table(data_path("cameo_verbs.csv"), kind="CAMEO verb table",
                   required=("verb", "forms", "code", "root"), entry=("verb", "verbs"))
    return pd.DataFrame({c: t.column(c) for c in ("verb", "forms", "code", "root", "block", "line",
                                                  "source")})


@lru_cache(maxsize=1)
def _root_names() -> dict[str, str]:
    t = read_table(data_path("cameo_roots.csv"), kind="CAMEO roots", required=("root", "name"),
                   entry=("root", "roots"))
    return dict(zip(t.column("root"), t.column("name")))


@lru_cache(maxsize=1)
def noun_codes() -> dict[tuple[str, str], str]:
    """The CAMEO codes of verb + noun patterns ("dismiss accusation" 016, "reject proposal" 120),
    keyed by the match keys of the verb and the noun, for "dismissed Sanders' accusations".

    Example:
        >>> noun_codes()[(term_key("dismissed"), term_key("accusations"))]
        '016'
    """
    cv = cameo_verbs()
    out: dict[tuple[str, str], str] = {}
    for verb, code, source in zip(cv["verb"], cv["code"], cv["source"]):
        words = verb.split()
        if str(source).startswith("pattern") and len(words) == 2 and code:
            out.setdefault((term_key(words[0]), term_key(words[1])), str(code))
    return out


def relation_verbs(source: Source | None = None) -> pd.DataFrame:
    """The relation verbs with their CAMEO code: relation, phrase, match, cameo, forms, code, root,
    root_name, possessive (``no``: "meet Trump's goal" is no meeting with Trump).

    Args:
        source: a CSV path or DataFrame with relation, phrase, cameo (default: the shipped
            ``geolib/data/relation_verbs.csv``). Every ``cameo`` must be a verb or phrase of
            :func:`cameo_verbs`; the error names the file and line.

    Example:
        >>> v = relation_verbs().set_index("phrase")
        >>> v.loc["call on", ["relation", "code", "root_name"]].tolist()
        ['call on', '020', 'appeal']
    """
    if source is None:
        hand = relation_verbs(data_path("relation_verbs.csv"))
        cameo = relation_verbs(data_path("cameo_relation_verbs.csv"))
        return pd.concat([hand, cameo[~cameo["phrase"].isin(set(hand["phrase"]))]], ignore_index=True)
    t = read_table(source, kind="relation verbs", required=("relation", "phrase", "cameo"),
                   columns=("relation", "phrase", "cameo", "match", "possessive"), entry=("verb", "verbs"))
    cv = cameo_verbs().drop_duplicates("verb").set_index("verb")
    rows = []
    for i, rec in enumerate(t.records()):
        cameo = " ".join(rec["cameo"].lower().split())
        if cameo not in cv.index:
            raise ValueError(f"{t.where(i)}: {cameo!r} is not a verb of the CAMEO verb table "
                             "(geolib/data/cameo_verbs.csv)")
        if not rec["phrase"].strip() or not rec["relation"].strip():
            raise ValueError(f"{t.where(i)}: relation and phrase must not be empty")
        match = (rec.get("match") or "").strip().lower() or "stem"
        if match not in ("stem", "exact"):
            raise ValueError(f"{t.where(i)}: match must be 'stem' or 'exact', not {match!r}")
        code = str(cv.loc[cameo, "code"])
        if not code:
            raise ValueError(f"{t.where(i)}: the CAMEO entry {cameo!r} has no event code")
        possessive = (rec.get("possessive") or "").strip().lower() or "yes"
        if possessive not in ("yes", "no"):
            raise ValueError(f"{t.where(i)}: possessive must be 'yes' or 'no', not {possessive!r}")
        root = code[:2]
        rows.append({"relation": rec["relation"].strip(), "phrase": " ".join(rec["phrase"].lower().split()),
                     "match": match, "cameo": cameo, "forms": str(cv.loc[cameo, "forms"]), "code": code,
                     "root": root, "root_name": _root_names().get(root, ""), "possessive": possessive})
    return pd.DataFrame(rows, columns=["relation", "phrase", "match", "cameo", "forms", "code", "root",
                                       "root_name", "possessive"])


def _verb_patterns(verbs: pd.DataFrame) -> list[tuple[tuple[frozenset[str], ...], dict[str, Any]]]:
    """Each phrase as a sequence of key sets (its first word: every inflection, and the irregular
    forms of the CAMEO entry), longest first."""
    out = []
    for rec in verbs.to_dict("records"):
        words = rec["phrase"].split()
        exact = rec.get("match") == "exact"
        first = {term_key(words[0], exact=exact)}
        for form in (rec["forms"] or "").split(";"):
            fw = form.split()
            if fw and len(fw) == len(words) and fw[1:] == words[1:]:
                first.add(term_key(fw[0]))
        keys = (frozenset(first),) + tuple(frozenset({term_key(w)}) for w in words[1:])
        out.append((keys, rec))
    out.sort(key=lambda p: -len(p[0]))
    return out



def _present(v: Any) -> bool:
    return v is not None and not (isinstance(v, float) and math.isnan(v)) and v is not pd.NA and str(v).strip() != ""


class _Sentence:
    """The tokens and actor mentions of one sentence, for the walks left and right of a verb."""

    def __init__(self, doc: Document, lo: int, hi: int, mentions: list[dict]) -> None:
        self.doc, self.lo, self.hi = doc, lo, hi
        self.toks = doc.token_spans
        self.mentions = mentions                      # sorted by start
        self.starts = [m["start"] for m in mentions]

    def mention_at(self, k: int) -> dict | None:
        s = self.toks[k][0]
        i = bisect.bisect_right(self.starts, s) - 1
        if i >= 0 and self.mentions[i]["end"] > s:
            return self.mentions[i]
        return None

    def word(self, k: int) -> str:
        s, e, _, _ = self.toks[k]
        return self.doc.text[s:e].lower().replace("’", "'")

    def prep_before(self, m: dict, preps: frozenset[str] | set[str] = frozenset()) -> bool:
        """Whether the word before a mention is a preposition ("on Twitter"; ``preps``: these
        only)."""
        j = bisect.bisect_left([t[0] for t in self.toks[self.lo:self.hi]], m["start"]) + self.lo - 1
        return j >= self.lo and self.word(j) in (preps or _PREP)

    def before(self, k: int, reach: int) -> list[dict]:
        """The actor mentions of the subject before token k: the nearest mention within ``reach``
        words with no boundary between, and those coordinated with it ("U.S. and European")."""
        found: list[dict] = []
        words = 0
        j = k - 1
        while j >= self.lo:
            m = self.mention_at(j)
            w = self.word(j)
            if m is not None:
                if self.prep_before(m):
                    break
                if not found or found[-1] is not m:
                    found.append(m)
                j = bisect.bisect_left([t[0] for t in self.toks[self.lo:j + 1]], m["start"]) + self.lo - 1
                # then only coordinated mentions: "X and Y", "X, Y and Z"
                while j >= self.lo and self.word(j) in _COORD:
                    j -= 1
                if j >= self.lo and self.mention_at(j) is not None:
                    continue
                break
            if found or w in _BOUNDARY:
                break
            if self.toks[j][2] == "word":
                words += 1
                if words > reach:
                    break
            j -= 1
        return found[::-1]

    def after(self, k: int, reach: int) -> list[dict]:
        """The actor mentions right after token k (the object), coordinated ones too."""
        found: list[dict] = []
        words = 0
        j = k
        while j < self.hi:
            m = self.mention_at(j)
            w = self.word(j)
            if m is not None:
                if not found or found[-1] is not m:
                    found.append(m)
                while j < self.hi and self.toks[j][0] < m["end"]:
                    j += 1
                if j < self.hi and self.word(j) in ("'s", "’s", "'"):
                    j += 1
                look = j
                while look < self.hi and self.word(look) in _COORD:
                    look += 1
                if look > j and look < self.hi and self.mention_at(look) is not None:
                    j = look
                    continue
                break
            if w in _BOUNDARY or w in _PREP:
                break
            if self.toks[j][2] == "word" and w not in _SKIP:
                words += 1
                if words > reach:
                    break
            j += 1
        return found


def _row(doc: Document, si: int, src: dict | str, tgt: dict, verb: dict, vs: int, ve: int,
         kind: str, evidence: str = "") -> dict:
    if isinstance(src, dict):
        source, stext, ss, se = src["actor"], src["text"], src["start"], src["end"]
    else:
        source, stext, ss, se = src, None, None, None
    return {"doc_id": doc.doc_id, "sentence": si, "source": source, "target": tgt["actor"],
            "relation": verb["relation"], "verb": doc.text[vs:ve], "verb_start": vs, "verb_end": ve,
            "code": verb["code"], "root": verb["root"], "root_name": verb["root_name"], "kind": kind,
            "source_text": stext, "source_start": ss, "source_end": se, "target_text": tgt["text"],
            "target_start": tgt["start"], "target_end": tgt["end"], "evidence": evidence}


def _noun_pattern(verb: dict, nouns: list[str], labels: dict[str, str]) -> dict | None:
    """The verb with the code of its CAMEO noun pattern when the target's possessive is followed
    by one ("dismissed Sanders' accusations": 016, deny); ``None`` when that code is outside
    ``RELATION_ROOTS``; else the verb as it is."""
    codes = noun_codes()
    vkeys = {term_key(verb["phrase"].split()[0]), term_key(verb["cameo"].split()[0])}
    for n in nouns:
        code = next((codes[(v, n)] for v in vkeys if (v, n) in codes), None)
        if code is None:
            continue
        if code[:2] not in RELATION_ROOTS:
            return None
        if code == verb["code"]:
            return verb
        root = code[:2]
        return {**verb, "relation": labels.get(code, verb["relation"]), "code": code, "root": root,
                "root_name": _root_names().get(root, "")}
    return verb


def _doc_relations(doc: Document, m: pd.DataFrame, q: pd.DataFrame | None, patterns: list,
                   accuse: dict, reach: int, use_frames: bool, roles: Sequence[str] | None,
                   labels: dict[str, str] | None = None) -> list[dict]:
    labels = labels or {}
    text, toks = doc.text, doc.token_spans
    ments = sorted(({"start": int(s), "end": int(e), "text": t, "actor": a, "sentence": int(si)}
                    for s, e, t, a, si in zip(m["start"], m["end"], m["text"], m["actor"], m["sentence"])),
                   key=lambda d: d["start"])
    by_sent: dict[int, list[dict]] = {}
    for d in ments:
        by_sent.setdefault(d["sentence"], []).append(d)
    tok_starts = [t[0] for t in toks]

    def noun_after(pos: int, hi: int) -> list[str]:
        """The match keys of the two words after a possessive ending at ``pos`` ("Sanders'
        accusations"), none when no possessive follows."""
        j = bisect.bisect_left(tok_starts, pos)
        if j >= hi or text[toks[j][0]:toks[j][1]].replace("’", "'") not in ("'s", "'"):
            return []
        return [keys[i] for i in range(j + 1, min(j + 3, hi))]

    def word_before(pos: int) -> str:
        j = bisect.bisect_left(tok_starts, pos) - 1
        return text[toks[j][0]:toks[j][1]].lower() if j >= 0 else ""

    cues: list[tuple[int, int, str]] = []         # (cue_start, cue_end, speaker_actor)
    quotes_l: list[tuple[int, int, str, Any, int, int]] = []
    if q is not None and len(q):
        for r in q.to_dict("records"):
            act = r.get("speaker_actor")
            if not _present(act):
                continue
            ss, se = r.get("speaker_start"), r.get("speaker_end")
            if _present(ss) and _present(se):    # the speaker is an actor the text names: its actor
                named = [d for d in ments if d["start"] < int(se) and int(ss) < d["end"]]
                # the head: the last mention not after a preposition ("EU delegation in China",
                # "Democratic candidate Hillary Clinton", "a spokesman for Hillary Clinton")
                heads = [d for d in named if word_before(d["start"]) not in _PREP or
                         word_before(d["start"]) == "for"]
                if heads or named:
                    act = (heads or named)[-1 if heads else 0]["actor"]
            cs, ce = r.get("cue_start"), r.get("cue_end")
            if _present(cs) and _present(ce):
                cues.append((int(cs), int(ce), str(act)))
            quotes_l.append((int(r["start"]), int(r["end"]), str(act), r.get("cue"),
                             int(ss) if _present(ss) else -1, int(se) if _present(se) else -1))
    keys = [term_key(text[s:e]) if kind == "word" else text[s:e] for s, e, kind, _ in toks]
    exact = [term_key(text[s:e], exact=True) if kind == "word" else text[s:e] for s, e, kind, _ in toks]
    sent_tok: dict[int, tuple[int, int]] = {}
    for k, (_, _, _, si) in enumerate(toks):
        lo, hi = sent_tok.get(si, (k, k))
        sent_tok[si] = (min(lo, k), k + 1)
    first_keys = set().union(*(p[0][0] for p in patterns)) if patterns else set()
    rows: list[dict] = []
    seen: set[tuple] = set()
    used = -1                                 # tokens before this one are part of a verb found
    for k, key in enumerate(keys):
        if k < used or (key not in first_keys and exact[k] not in first_keys):
            continue
        si = toks[k][3]
        if si not in by_sent:
            continue
        lo, hi = sent_tok[si]
        for pat, verb in patterns:
            if k + len(pat) > hi or not (keys[k] in pat[0] or exact[k] in pat[0]) or not all(
                    keys[k + i] in pat[i] for i in range(1, len(pat))):
                continue
            used = k + len(pat)
            pat_words = verb["phrase"].split()
            vs, ve = toks[k][0], toks[k + len(pat) - 1][1]
            sent = _Sentence(doc, lo, hi, by_sent[si])
            w_prev = sent.word(k - 1) if k > lo else ""
            w_prev2 = sent.word(k - 2) if k - 1 > lo else ""
            nxt = k + len(pat)
            if any(sent.word(j) in _NEG or sent.word(j).endswith("n't") for j in range(max(lo, k - 3), k)):
                break                             # negated: "has not accused", "has never met"
            if (w_prev in _NOUN_BEFORE or any(sent.word(j) in _MODAL for j in range(max(lo, k - 2), k))
                    or (w_prev == "to" and w_prev2 not in _ARRANGED)):
                break                             # a noun, or not asserted: "would advise", "to support"
            passive = (w_prev in _BE or w_prev2 in _BE) and nxt < hi and sent.word(nxt) == "by"
            if passive:
                sources = sent.after(nxt + 1, 2)
                targets = sent.before(k, reach)
                kind = "passive"
            else:
                cue = next((c for c in cues if c[0] <= vs < c[1]), None)
                sources = [cue[2]] if cue else sent.before(k, reach)
                if not cue and k - 1 > lo and w_prev in _GERUND_PREP and sent.word(k).endswith("ing"):
                    # "criticized Manafort for accusing X": Manafort accuses, if an actor, else nobody
                    obj = sent.mention_at(k - 2)
                    if obj is not None:
                        sources = [obj]
                    elif text[toks[k - 2][0]:toks[k - 2][1]][:1].isupper():
                        sources = []
                if (pat_words[-1] in _PARTICLE and nxt < hi - 1
                        and sent.word(nxt) in _PARTICLE_PREP):    # "lashed out at X"
                    targets = sent.after(nxt + 1, reach)
                else:
                    targets = sent.after(nxt, reach)
                kind = "cue" if cue else "verb"
            if verb.get("possessive") == "no":         # "meeting Trump's goal": not Trump
                targets = [t for t in targets
                           if text[t["end"]:t["end"] + 2].replace("’", "'") != "'s"]
            for src in sources:
                for tgt in targets:
                    s_actor = src if isinstance(src, str) else src["actor"]
                    if s_actor == tgt["actor"]:
                        continue
                    key_ = (s_actor, tgt["actor"], vs)
                    if key_ not in seen:
                        tv = verb if kind == "passive" else _noun_pattern(verb, noun_after(tgt["end"], hi), labels)
                        if tv is None:
                            continue
                        seen.add(key_)
                        rows.append(_row(doc, si, src, tgt, tv, vs, ve, kind))
            break
    if use_frames and quotes_l:
        f = _frames(doc, quotes=False, roles=roles)
        f = f[f["frame"].isin(ACCUSING_FRAMES)]
        done: dict[tuple, dict] = {}
        for s, e, term, si in zip(f["start"], f["end"], f["term"], f["sentence"]):
            holding = [x for x in quotes_l if x[0] <= s < x[1]]
            if not holding or si not in by_sent:
                continue
            qs, qe, speaker, cue, sps, spe = min(holding, key=lambda x: x[1] - x[0])
            sent_m = by_sent[si]

            def ok(d: dict) -> bool:
                return d["actor"] != speaker and not (d["start"] < spe and sps < d["end"])

            inside_other = [x for x in quotes_l if x[0] < qs]
            sent = _Sentence(doc, *sent_tok[si], sent_m)
            outside = [d for d in sent_m if d["end"] <= qs and ok(d) and qs - d["end"] <= _NEAR
                       and not any(x[0] <= d["start"] < x[1] for x in inside_other)
                       and not (sent.prep_before(d, _MEDIUM)
                                and not re.search(r"\bcall(?:s|ed|ing)? (?:up)?on\s*$", text[:d["start"]][-30:],
                                                  re.I))]
            if outside:
                tgts = [outside[-1]]
                for d in reversed(outside[:-1]):     # "North Korea and Iran were “fueling”"
                    if " ".join(text[d["end"]:tgts[0]["start"]].split()).lower() in _COORD_TEXT:
                        tgts.insert(0, d)
                    else:
                        break
            else:                                    # in the quote: "China’s coercive tactics"
                inside = [d for d in sent_m if qs <= d["start"] and d["end"] <= s and ok(d)
                          and text[d["end"]:d["end"] + 2].replace("’", "'") == "'s"
                          and s - d["end"] <= 20]
                tgts = inside[-1:]
            for tgt in tgts:
                key_ = (speaker, tgt["actor"], qs)
                if key_ in done:
                    done[key_]["evidence"] += f"; {term}"
                    continue
                row = _row(doc, si, speaker, tgt, accuse, s, e, "framing term", term)
                done[key_] = row
                rows.append(row)
    return rows


def relations(doc_or_corpus: Any, *, reach: int = 6, quotes: QuotesArg = None,
              roles: Sequence[str] | None = ("body",), verbs: Source | None = None,
              framing_terms: bool = True, mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Directed relations between actors: who accuses, criticizes, warns, praises ... whom.

    Args:
        doc_or_corpus: text, Document, Corpus or anything ``geolib.iter_documents`` reads.
        reach: words (not counting articles and "to"/"on") between a verb and its target or source.
        quotes: a quotes table (sources of cues and quoted terms); default: found per document;
            ``False``: no quotes (only verbs and passives).
        roles: paragraph roles searched.
        verbs: a relation-verb table (see :func:`relation_verbs`) instead of the shipped one.
        framing_terms: also read quoted accusing framing terms as accusations.
        mentions: an actor table (:func:`geolib.actors.actors`) instead of finding the actors.

    Returns:
        DataFrame with ``RELATION_COLUMNS``: doc_id, sentence, source, target (actors), relation,
        verb (the words; for ``framing term`` the first term), verb_start, verb_end, code, root,
        root_name (CAMEO), kind (``verb``, ``cue``, ``passive``, ``framing term``), source_text
        and its offsets (none when the source is a quote's speaker), target_text and offsets,
        evidence (the framing terms). ``text[verb_start:verb_end]`` is the verb or term.

    Example:
        >>> r = relations("Japan praised India and Brazil.", quotes=False)
        >>> r[["source", "target", "relation", "root_name"]].values.tolist()
        [['Japan', 'India', 'praise', 'engage in diplomatic cooperation'], ['Japan', 'Brazil', 'praise', 'engage in diplomatic cooperation']]
    """
    table = relation_verbs(verbs)
    patterns = _verb_patterns(table)
    acc = table[table["relation"] == "accuse"]
    accuse = (acc.iloc[0].to_dict() if len(acc) else
              relation_verbs(pd.DataFrame({"relation": ["accuse"], "phrase": ["accuse"],
                                           "cameo": ["accuse"]})).iloc[0].to_dict())
    # the relation of a code a noun pattern gives ("dismissed X's accusations": 016, deny)
    labels = dict(zip(table["code"][::-1], table["relation"][::-1]))
    rows: list[dict] = []
    for doc, m in mentions_by_doc(doc_or_corpus, mentions, roles=roles):
        if len(m) < 2:
            continue
        rows.extend(_doc_relations(doc, m, quotes_of(doc, quotes), patterns, accuse, reach,
                                   framing_terms, roles, labels))
    out = pd.DataFrame(rows, columns=RELATION_COLUMNS)
    if len(out):
        out = out.sort_values(["doc_id", "verb_start"], kind="stable").reset_index(drop=True)
    return out


def relation_pairs(data: Any, **kw: Any) -> pd.DataFrame:
    """Relations per directed pair: source, target, relation, code, root_name, count, documents,
    examples (the verbs or terms, first three).

    Example:
        >>> relation_pairs("Chile accused Peru. Chile accused Peru again.", quotes=False).values.tolist()
        [['Chile', 'Peru', 'accuse', '112', 'disapprove', 2, 1, 'accused']]
    """
    r = data if isinstance(data, pd.DataFrame) and "relation" in data.columns else relations(data, **kw)
    cols = ["source", "target", "relation", "code", "root_name", "count", "documents", "examples"]
    if len(r) == 0:
        return pd.DataFrame(columns=cols)
    g = r.groupby(["source", "target", "relation", "code", "root_name"], sort=False)
    out = g.agg(count=("doc_id", "size"), documents=("doc_id", "nunique"),
                examples=("verb", lambda s: ", ".join(list(dict.fromkeys(s.str.lower()))[:3])))
    out = out.reset_index().sort_values(["count", "source", "target"], ascending=[False, True, True],
                                        kind="stable")
    return out[cols].reset_index(drop=True)


_HOSTILE = {"10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}


def plot_relations(data: Any, *, ax: Any = None, min_count: int = 1, title: str | None = None, **kw: Any):
    """Directed network of who does what to whom: actors on a circle, an arrow per pair and
    relation, its width by count; red for conflict (CAMEO roots 10 to 20), blue for cooperation.

    Args:
        data: a :func:`relations` or :func:`relation_pairs` table, or what :func:`relations` reads.
        min_count: leave out pairs seen fewer times.

    Returns:
        The matplotlib Axes.

    Example:
        >>> ax = plot_relations("Chile accused Peru. Peru praised Chile.", quotes=False)
        >>> sorted(t.get_text() for t in ax.texts if t.get_text() in ("Chile", "Peru"))
        ['Chile', 'Peru']
    """
    import matplotlib.pyplot as plt
    from matplotlib.patches import FancyArrowPatch

    p = data if isinstance(data, pd.DataFrame) and "count" in data.columns else relation_pairs(data, **kw)
    p = p[p["count"] >= min_count]
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 7))
    nodes = list(dict.fromkeys(list(p["source"]) + list(p["target"])))
    n = max(1, len(nodes))
    pos = {a: (math.cos(2 * math.pi * i / n + math.pi / 2), math.sin(2 * math.pi * i / n + math.pi / 2))
           for i, a in enumerate(nodes)}
    edges: dict[tuple[str, str], list[tuple[str, int, bool]]] = {}
    for r in p.itertuples(index=False):
        edges.setdefault((r.source, r.target), []).append(
            (r.relation, int(r.count), str(r.code)[:2] in _HOSTILE))
    top = max([1] + [sum(c for _, c, _ in rels) for rels in edges.values()])
    for (src, tgt), rels in edges.items():
        total = sum(c for _, c, _ in rels)
        hostile = sum(c for _, c, h in rels if h) >= total / 2
        arrow = FancyArrowPatch(pos[src], pos[tgt], arrowstyle="-|>", mutation_scale=14,
                                connectionstyle="arc3,rad=0.18", linewidth=1 + 4 * total / top,
                                color="#c44e52" if hostile else "#4c72b0", alpha=0.8, shrinkA=22,
                                shrinkB=22)
        ax.add_patch(arrow)
        (x1, y1), (x2, y2) = pos[src], pos[tgt]
        nx, ny = (y2 - y1), -(x2 - x1)          # the side arc3 bends to
        ax.text((x1 + x2) / 2 + 0.16 * nx, (y1 + y2) / 2 + 0.16 * ny,
                "\n".join(f"{rel} ({c})" for rel, c, _ in rels), fontsize=7, ha="center",
                va="center", color="0.2", bbox={"boxstyle": "round,pad=0.15", "fc": "white",
                                                "ec": "none", "alpha": 0.7})
    for a, (x, y) in pos.items():
        ax.text(x, y, a, ha="center", va="center", fontsize=9, fontweight="bold",
                bbox={"boxstyle": "round,pad=0.3", "fc": "white", "ec": "0.5"})
    ax.set_xlim(-1.5, 1.5)
    ax.set_ylim(-1.4, 1.4)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title(title or "Who does what to whom (red: conflict, blue: cooperation; width: count)",
                 fontsize=10)
    return ax
