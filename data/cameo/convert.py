"""Convert the CAMEO verb dictionary (Phoenix / PETRARCH2, MIT) into geolib/data/cameo_verbs.csv.

    python data/cameo/convert.py            # from the repository root; reads ../shared/dictionaries/phoenix

Reads the VERB PATTERNS section of ``CAMEO.2.0.txt`` (format: ``dictionaries.rst`` beside it):

* a block ``---  NAME   [code]  ---`` gives its code to the verbs listed under it;
* a verb line ``VERB {FORMS} [code]`` (``+`` and ``_`` for a phrase: ``+MEET_WITH``) takes its own
  code when it has one, else the block's (``---``: no code; ``041:041``: the part before ``:``);
* a pattern line ``- * (WORD) [code] # VERB`` or ``- * WORD [code] # VERB`` with one plain word
  after the verb gives the phrase ``verb word`` its code (``call on`` 020);
* a verb that only appears in the comments of patterns (``# URGE``) and has no line of its own,
  or whose line has no code and stands in a block without one (``REJECT`` in ``---  REFUSE  [---]``),
  takes the code its one-word-object patterns point to: their most frequent root, then the most
  frequent three-digit code within that root (ties: the smallest). ``reject`` gets 120 (its patterns:
  18 in root 12, 7 in root 01 "deny responsibility"), ``refuse`` 120, ``deny`` 016.

Writes one row per verb or phrase: verb (lower case, words separated by a space), forms (the
irregular forms the dictionary lists, ``;``-separated), code, root (its first two digits), block,
line (in ``CAMEO.2.0.txt``), source (``verb``, ``pattern``, ``patterns only`` or ``verb, code from
patterns``). The dictionary's
MIT licence is copied to geolib/data/licenses/CAMEO_LICENSE.txt. The output is the same on every run.
"""

from __future__ import annotations

import csv
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT.parent / "shared" / "dictionaries" / "phoenix"
OUT = ROOT / "geolib" / "data" / "cameo_verbs.csv"

BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
VERB = re.compile(r"^(\+?[A-Z][A-Z_'-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?")
PATTERN = re.compile(r"^-\s+\*\s+(\(?)(&?[A-Z]+)\)?\s+\[([0-9]+)\]\s+#\s*([A-Z_+]+)\s*$")
SYNSET = re.compile(r"^&([A-Z_]+)\s*$")


def _code(raw: str | None) -> str:
    if not raw:
        return ""
    raw = raw.strip("[] ").split(":")[0].strip()
    return raw if raw.isdigit() else ""


def _words(token: str) -> str:
    return token.lstrip("+").replace("_", " ").strip().lower()


def _from_patterns(pats: list[tuple[str, str, int]]) -> str:
    """The code a verb's patterns point to: the most frequent root, then the most frequent
    three-digit code in it (ties: the smallest)."""
    roots = Counter(code[:2] for _, code, _ in pats)
    root = sorted(roots.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    counts = Counter(code[:3] for _, code, _ in pats if code[:2] == root)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _synsets(lines: list[str]) -> dict[str, list[str]]:
    """The one-word members of each synonym set (``&PROPOSAL``: proposal, proposition, ...)."""
    sets: dict[str, list[str]] = {}
    name = ""
    for line in lines:
        m = SYNSET.match(line.split("#", 1)[0].strip())
        if m:
            name = m.group(1)
            sets[name] = []
        elif name and line.startswith("+"):
            w = line[1:].split("#", 1)[0].strip().rstrip("_")
            if w and "_" not in w and " " not in w:
                sets[name].append(w.lower())
        elif not line.strip():
            name = ""
    return sets


def parse(src: Path = SRC / "CAMEO.2.0.txt") -> tuple[dict[str, dict[str, str]], dict[str, list[tuple]]]:
    """The verb entries (verb or phrase -> row) and the one-word patterns of each verb
    (word, code, line, whether the word is in parentheses: a preposition before the object)."""
    lines = src.read_text(encoding="utf-8").splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith("####### VERB PATTERNS"))
    end = next(i for i, l in enumerate(lines) if l.startswith("######## TRANSFORMATIONS"))
    synsets = _synsets(lines[:start])
    rows: dict[str, dict[str, str]] = {}
    patterns: dict[str, list[tuple[str, str, int, bool]]] = {}
    block, block_code = "", ""
    for n in range(start + 1, end):
        line = lines[n].split("#", 1)[0].rstrip() if not lines[n].startswith("-") else lines[n].rstrip()
        if not line.strip():
            continue
        m = BLOCK.match(line)
        if m:
            block, block_code = m.group(1), _code(m.group(2))
            continue
        if line.startswith("-"):
            p = PATTERN.match(line)
            if p:
                word, code, verb = p.group(2), p.group(3), _words(p.group(4))
                if word.startswith("&"):           # a synonym set: one pattern per member
                    for member in synsets.get(word[1:], []):
                        patterns.setdefault(verb, []).append((member, code, n + 1, False, True))
                else:
                    patterns.setdefault(verb, []).append((word.lower(), code, n + 1, bool(p.group(1)),
                                                          False))
            continue
        if line.startswith("&") or line.startswith("~"):
            continue
        v = VERB.match(line.strip())
        if not v:
            continue
        verb = _words(v.group(1))
        forms = [_words(f) for f in (v.group(2) or "").strip("{}").split() if f.strip()]
        code = _code(v.group(3)) or block_code
        if verb in rows and (rows[verb]["code"] or not code):
            continue                      # the first coded entry of a verb stands
        rows[verb] = {"verb": verb, "forms": ";".join(forms), "code": code, "root": code[:2],
                      "block": block, "line": str(n + 1), "source": "verb"}
    return rows, patterns


def convert(src: Path = SRC / "CAMEO.2.0.txt") -> list[dict[str, str]]:
    rows, patterns = parse(src)
    for verb, pats in sorted(patterns.items()):
        vforms = [f for f in rows[verb]["forms"].split(";") if f] if verb in rows else []
        for word, code, n, _, from_set in sorted(pats, key=lambda p: p[4]):   # as written first
            phrase = f"{verb} {word}"
            if phrase not in rows:
                rows[phrase] = {"verb": phrase, "forms": ";".join(f"{f} {word}" for f in vforms),
                                "code": code, "root": code[:2], "block": "", "line": str(n),
                                "source": "pattern, synonym set" if from_set else "pattern"}
        plain = [p[:3] for p in pats if not p[4]]   # the dominant code: one-word patterns as written
        if not plain:
            continue
        if verb not in rows:
            best = _from_patterns(plain)
            rows[verb] = {"verb": verb, "forms": "", "code": best, "root": best[:2], "block": "",
                          "line": str(plain[0][2]), "source": "patterns only"}
        elif not rows[verb]["code"]:
            best = _from_patterns(plain)
            rows[verb].update(code=best, root=best[:2], source="verb, code from patterns")
    return sorted(rows.values(), key=lambda r: r["verb"])


#: CAMEO roots of verbal and diplomatic events between actors: 01-14 and 17 (not 15 force posture,
#: 16 reduce relations, 18 assault, 19 fight, 20 mass violence: deeds, not words or diplomacy)
RELATION_ROOTS = frozenset(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13",
                            "14", "17"])
#: reporting verbs (geolib/data/reporting_verbs.csv) of these groups are quote cues, not relations
REPORTING_GROUPS = frozenset(["neutral", "assertive", "tentative", "emotive", "interrogative",
                              "characterizing"])
#: prepositions a pattern ``- * (WITH)`` puts between the verb and its object ("call on", "meet with")
OBJECT_PREPS = frozenset(["on", "upon", "with", "against", "at", "to", "into"])
#: a verb without a code of its own takes its patterns' code only when CAMEO is clear about it:
#: at least this many one-word patterns, this share of them in the dominant root
MIN_PATTERNS, MIN_SHARE = 3, 0.6
RELATION_OUT = ROOT / "geolib" / "data" / "cameo_relation_verbs.csv"
EXCLUDE = Path(__file__).resolve().parent / "relation_exclude.csv"
REPORTING = ROOT / "geolib" / "data" / "reporting_verbs.csv"
HAND = ROOT / "geolib" / "data" / "relation_verbs.csv"


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(l for l in f if not l.startswith("#") and l.strip()))


def relation_candidates(src: Path = SRC / "CAMEO.2.0.txt") -> list[dict[str, str]]:
    """Every CAMEO verb or phrase that codes an event of ``RELATION_ROOTS`` between actors, with
    why it is in or out (``keep``: yes/no, ``why``)."""
    rows, patterns = parse(src)
    table = {r["verb"]: r for r in convert(src)}
    reporting = {r["lemma"]: r["group"] for r in _csv(REPORTING) if r["pos"] in ("verb", "phrase")}
    exclude = {r["verb"]: r["reason"] for r in _csv(EXCLUDE)}
    hand = {" ".join(r["phrase"].lower().split()) for r in _csv(HAND)}
    out: list[dict[str, str]] = []

    def add(phrase: str, code: str, source: str, share: str) -> None:
        why = ""
        if code[:2] not in RELATION_ROOTS:
            return
        if code[:3] == "010":
            why = "CAMEO 010: a statement (a reporting verb)"
        elif reporting.get(phrase) in REPORTING_GROUPS:
            why = f"a {reporting[phrase]} reporting verb (a quote cue)"
        elif phrase in exclude:
            why = exclude[phrase]
        elif phrase in hand:
            why = "in relation_verbs.csv"
        out.append({"phrase": phrase, "code": code, "source": source, "share": share,
                    "keep": "no" if why else "yes", "why": why})

    for verb, r in sorted(table.items()):
        if r["source"] == "verb":
            add(verb, r["code"], "verb", "")
        elif r["source"] in ("verb, code from patterns", "patterns only"):
            plain = [p for p in patterns.get(verb, []) if not p[4]]
            share = sum(p[1][:2] == r["root"] for p in plain) / len(plain)
            if len(plain) >= MIN_PATTERNS and share >= MIN_SHARE:
                add(verb, r["code"], "patterns", f"{share:.2f}")
    for verb, pats in sorted(patterns.items()):
        for word, code, _, prep, from_set in pats:
            if prep and word in OBJECT_PREPS and f"{verb} {word}" not in {o["phrase"] for o in out}:
                add(f"{verb} {word}", code, "pattern", "")
    return sorted(out, key=lambda o: o["phrase"])


def main() -> int:
    rows = convert()
    with OUT.open("w", encoding="utf-8", newline="") as f:
        f.write("# Converted by data/cameo/convert.py from CAMEO.2.0.txt (Phoenix / PETRARCH2 verb\n"
                "# dictionary, Copyright (c) 2015 Open Event Data Alliance, MIT licence: see\n"
                "# licenses/CAMEO_LICENSE.txt beside this file). Do not edit: rerun the converter.\n")
        w = csv.DictWriter(f, fieldnames=["verb", "forms", "code", "root", "block", "line", "source"],
                           lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    shutil.copyfile(SRC / "LICENSE", OUT.parent / "licenses" / "CAMEO_LICENSE.txt")
    print(f"{len(rows)} verbs and phrases written to {OUT.relative_to(ROOT)}")
    kept = [c for c in relation_candidates() if c["keep"] == "yes"]
    with RELATION_OUT.open("w", encoding="utf-8", newline="") as f:
        f.write("# Relation verbs from the CAMEO verb dictionary, written by data/cameo/convert.py. Do not edit:\n"
                "# rerun the converter (what it leaves out, and why: data/cameo/relation_exclude.csv). Every\n"
                "# verb or phrase of cameo_verbs.csv coding an event of CAMEO roots 01-14 or 17 (a verb with no\n"
                "# code of its own: when >= 3 of its one-word patterns and >= 60% of them share a root), a\n"
                "# pattern's preposition before the object ('call on'), less CAMEO 010 statements, reporting\n"
                "# verbs that are quote cues, the phrases of relation_verbs.csv (read first) and the exclusions.\n"
                "# relation is the verb itself; code and root come from cameo_verbs.csv; possessive: no for root\n"
                "# 04 (consult): 'visited Trump's resort' is no visit to Trump, as for meet.\n")
        w = csv.DictWriter(f, fieldnames=["relation", "phrase", "cameo", "match", "possessive"],
                           lineterminator="\n")
        w.writeheader()
        w.writerows({"relation": c["phrase"], "phrase": c["phrase"], "cameo": c["phrase"], "match": "",
                     "possessive": "no" if c["code"][:2] == "04" else ""} for c in kept)
    print(f"{len(kept)} relation verbs written to {RELATION_OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
