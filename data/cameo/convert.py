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
PATTERN = re.compile(r"^-\s+\*\s+\(?([A-Z]+)\)?\s+\[([0-9]+)\]\s+#\s*([A-Z_+]+)\s*$")


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


def convert(src: Path = SRC / "CAMEO.2.0.txt") -> list[dict[str, str]]:
    lines = src.read_text(encoding="utf-8").splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith("####### VERB PATTERNS"))
    end = next(i for i, l in enumerate(lines) if l.startswith("######## TRANSFORMATIONS"))
    rows: dict[str, dict[str, str]] = {}
    patterns: dict[str, list[tuple[str, str, int]]] = {}
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
                patterns.setdefault(_words(p.group(3)), []).append((p.group(1).lower(), p.group(2), n + 1))
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
    for verb, pats in sorted(patterns.items()):
        for word, code, n in pats:
            phrase = f"{verb} {word}"
            if phrase not in rows:
                rows[phrase] = {"verb": phrase, "forms": "", "code": code, "root": code[:2],
                                "block": "", "line": str(n), "source": "pattern"}
        if verb not in rows:
            best = _from_patterns(pats)
            rows[verb] = {"verb": verb, "forms": "", "code": best, "root": best[:2], "block": "",
                          "line": str(pats[0][2]), "source": "patterns only"}
        elif not rows[verb]["code"]:
            best = _from_patterns(pats)
            rows[verb].update(code=best, root=best[:2], source="verb, code from patterns")
    return sorted(rows.values(), key=lambda r: r["verb"])


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
    return 0


if __name__ == "__main__":
    sys.exit(main())
