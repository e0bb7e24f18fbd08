"""Convert the Phoenix/CAMEO dictionaries into geolib's own lexicon files (``make phoenix``).

Reads ``../shared/dictionaries/phoenix/`` (Open Event Data Alliance, MIT licence) and writes,
next to the hand-made ``actors.csv``:

* ``geolib/data/phoenix_actors.csv``: lexicon rows (the columns of ``actors.csv`` plus
  ``agency``) for named people -- one row per full name (kind ``person``) and one per surname
  (kind ``short``: it counts only after the full name) -- and for sub-state agencies, ministries,
  militaries, police and parties: rows of their state (kind ``institution``) whose ``agency``
  column names the body ("Federal Bureau Of Investigation").
* ``geolib/data/phoenix_terms.csv``: person, code, affiliation, start, end -- each affiliation
  a person held and when (ISO dates, empty = open), so a document's date picks the right one.
* ``geolib/data/phoenix_agencies.csv``: agency, code (CAMEO-style: ``USACOP``), parent, sector.
* ``geolib/data/phoenix_roles.csv``: role, code -- the role nouns of the agents file
  (``Phoenix.agents.txt``) whose last word is a head of the hand-made ``roles.csv``
  ("foreign secretary", GOV), for :mod:`geolib.roles`.
* ``geolib/data/PHOENIX_LICENSE``: the MIT licence of the dictionaries.

Aliases the hand-made ``actors.csv`` already has are left out (it wins), as are aliases that
name two people, one-word names and aliases with a title in them ("President Barack Obama").
The build is deterministic: the same input gives byte-identical files.

Usage::

    python -m geolib.build_actors [PHOENIX_DIR] [--out geolib/data]

Example:
    >>> _name("JACK_STRAW_"), _name("JOHN_MCCAIN"), _name("OSAMA_BIN_LADEN")
    ('Jack Straw', 'John McCain', 'Osama bin Laden')
    >>> _date("070630"), _date("19270101"), _date("520206")
    ('2007-06-30', '1927-01-01', '1952-02-06')
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import shutil
import sys
from collections import Counter, defaultdict
from pathlib import Path

from .resources import data_path

DEFAULT_SOURCE = Path("../shared/dictionaries/phoenix")
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt")
AGENTS_FILE = "Phoenix.agents.txt"
OUT_FILES = ("phoenix_actors.csv", "phoenix_terms.csv", "phoenix_agencies.csv", "phoenix_roles.csv",
             "PHOENIX_LICENSE")

# CAMEO role codes (the letters after the country) -> the sector a body or person belongs to
SECTORS = {"GOV": "government", "MIL": "military", "LEG": "legislature", "JUD": "judiciary",
           "COP": "police", "SPY": "intelligence", "OPP": "opposition", "PTY": "party",
           "ELI": "elite", "REB": "rebels", "MED": "media", "BUS": "business", "EDU": "education",
           "HLH": "health", "LAB": "labour", "CVL": "civilians", "REF": "refugees",
           "IGO": "intergovernmental", "NGO": "non-governmental", "SPYGOV": "intelligence"}
# words that make a phrase a body, not a person
INSTITUTION_WORDS = frozenset("""
ministry ministries department office agency bureau council commission committee parliament
assembly congress senate house court tribunal army navy forces force police guard guards command
service services party front movement union league authority administration government cabinet
directorate secretariat corps brigade militia intelligence security board institute bank
legislature duma knesset majlis diet junta coalition alliance federation gendarmerie
""".split())
_PARTICLES = frozenset("bin ibn al el de del della der di da du la le van von dos das y of the and "
                       "for on in".split())
_UPPER = frozenset("us uk un eu nato usa".split())
_TITLE_START = frozenset("""
president vice prime minister secretary general gen chancellor king queen prince princess sheikh
sheik emir ambassador senator sen rep representative governor gov mayor chief commander judge
justice foreign defense defence interior finance former ex deputy lieutenant colonel col major
admiral adm captain capt dr mr mrs ms sir lord lady pope cardinal bishop archbishop ayatollah
imam rabbi spokesman spokeswoman spokesperson leader premier mp us u u.s un sultan crown elect
american united states british chinese russian french german
""".split())
# a body's alias with one of these names a person of it ("White House spokesman"): left out
_ROLE_WORDS = frozenset("""spokesman spokeswoman spokesperson secretary official officials press
soldiers soldier officer officers chief minister""".split())
# words that make an agent phrase ending in a role noun something else ("ministries of the
# attorney general", "house of representatives", "students and professors") or a role of the past
_NOT_ROLE = frozenset("""ministry ministries ministers students house council office cabinet
former""".split())
_CODE = re.compile(r"\[([^\]]*)\]")


def _date(s: str) -> str:
    """A Phoenix date (YYMMDD or YYYYMMDD) as ISO ``YYYY-MM-DD``; '' if malformed."""
    s = s.strip()
    if len(s) == 6 and s.isdigit():
        yy = int(s[:2])
        s = (f"20{s[:2]}" if yy < 30 else f"19{s[:2]}") + s[2:]
    if len(s) != 8 or not s.isdigit() or not (1 <= int(s[4:6]) <= 12) or not (1 <= int(s[6:]) <= 31):
        return ""
    return f"{s[:4]}-{s[4:6]}-{s[6:]}"


def _word(w: str, first: bool) -> str:
    low = w.lower()
    if not first and low in _PARTICLES:
        return low
    if low in _UPPER:
        return low.upper()
    parts = []
    for p in re.split(r"([-'])", low):
        if p in ("-", "'") or parts and parts[-1] == "'" and len(p) < 3:
            parts.append(p)
            continue
        q = p[:1].upper() + p[1:]
        if len(q) > 2 and q.startswith("Mc"):
            q = "Mc" + q[2].upper() + q[3:]
        parts.append(q)
    return "".join(parts)


def _name(phrase: str) -> str:
    """A Phoenix phrase (``JACK_STRAW_``) as a name (``Jack Straw``)."""
    words = [w for w in re.split(r"[_\s]+", phrase) if w]
    return " ".join(_word(w, i == 0) for i, w in enumerate(words))


def _records(path: Path) -> list[tuple[str, list[str], list[tuple[str, str, str]], str]]:
    """The records of a Phoenix actor file: (primary, synonyms, [(code, start, end)], comment)."""
    out = []
    cur = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line, _, comment = raw.partition("#")
        if not line.strip():
            if cur is not None and comment and not cur[3]:
                cur[3] = comment
            continue
        codes = _CODE.findall(line)
        phrase = _CODE.sub("", line).strip()
        if raw[:1] in ("\t", " ") and not phrase:  # a date restriction of the current record
            if cur is not None:
                cur[2].extend(_restriction(c) for c in codes)
            continue
        if phrase.startswith("+"):
            if cur is not None:
                cur[1].append(phrase[1:].strip())
                cur[2].extend(_restriction(c) for c in codes)
            continue
        if cur is not None and (cur[1] or cur[2] or True):
            out.append(cur)
        cur = [phrase, [], [_restriction(c) for c in codes], comment]
        # a record whose codes follow only on '+' lines is still one record
    if cur is not None:
        out.append(cur)
    return [(r[0], r[1], r[2], r[3]) for r in out]


def _restriction(text: str) -> tuple[str, str, str]:
    parts = text.split()
    if not parts:
        return ("", "", "")
    code, rest = parts[0], "".join(parts[1:])
    start = end = ""
    if rest.startswith(">"):
        start = _date(rest[1:]) or "?"
    elif rest.startswith("<"):
        end = _date(rest[1:]) or "?"
    elif "-" in rest:
        a, b = rest.split("-", 1)
        start, end = _date(a) or "?", _date(b) or "?"
    elif rest:
        start = end = "?"
    return (code, start, end)


def _alias_key(alias: str) -> str:
    from .text import fold

    return fold(alias).lower()


def _code_actor(code_map: dict[str, str], code: str) -> tuple[str, str]:
    """The actor a CAMEO code speaks for (longest known prefix) and the rest of the code."""
    if code[:3] in code_map and not code.startswith(("IGO", "NGO", "NSA")):
        return code_map[code[:3]], code[3:]
    for k in range(len(code), 5, -1):
        if code[:k] in code_map:
            return code_map[code[:k]], code[k:]
    return "", ""


def sector(rest: str) -> str:
    """The sector of a code's role letters, the most specific known one ("GOVLEG": legislature)."""
    chunks = [rest[i:i + 3] for i in range(0, len(rest), 3)]
    return next((SECTORS[c] for c in reversed(chunks) if c in SECTORS), "")


def build(source: Path, out: Path) -> dict[str, int]:
    """Write the converted files into ``out``; returns the number of rows of each."""
    from .lexicons import read_table

    table = read_table(data_path("actors.csv"), kind="actor lexicon", required=("actor", "type", "alias"))
    base = list(table.records())
    code_map: dict[str, str] = {}
    known: set[str] = set()
    for r in base:
        if r["code"] and r["type"] in ("state", "organisation", "group") and r["actor"] != "*":
            code_map.setdefault(r["code"], r["actor"])
        known.add(_alias_key(r["alias"]))
        if r["type"] == "person" and r["kind"] in ("person", "name", "short"):
            known.add(_alias_key(r["alias"].split()[-1]))
    people: dict[str, dict] = {}
    agencies: dict[str, tuple[str, str, str]] = {}  # name -> (code, parent, sector)
    agency_alias: dict[str, str] = {}
    alias_owner: dict[str, set[str]] = defaultdict(set)
    for fname in ACTOR_FILES:
        for primary, syns, terms, comment in _records(source / fname):
            if not primary or primary.startswith("&"):
                continue
            dated = [t for t in terms if t[0] and t[0] != "---" and (t[1] or t[2])]
            usable = [t for t in terms if t[0] and t[0] != "---" and "?" not in (t[1], t[2])]
            words = set(_name(primary).lower().split())
            is_inst = bool(words & INSTITUTION_WORDS)
            if dated or ("CountryInfo" in comment or "rulers" in comment) and not is_inst:
                name = _name(primary)
                if len(name.split()) < 2 or not usable:
                    continue
                resolved = []
                for code, start, end in usable:
                    actor, rest = _code_actor(code_map, code)
                    if actor:
                        resolved.append((code, actor, start, end))
                if not resolved:
                    continue
                p = people.setdefault(name, {"terms": [], "aliases": []})
                p["terms"] += [t for t in resolved if t not in p["terms"]]
                for a in [primary, *syns]:
                    nm = _name(a)
                    ws = nm.lower().split()
                    parts = {x.strip(".") for w in ws for x in w.split("-")}
                    if len(ws) < 2 or parts & _TITLE_START or any(c.isdigit() for c in nm) or \
                            set(ws) & INSTITUTION_WORDS or "(" in nm:
                        continue
                    if nm not in p["aliases"]:
                        p["aliases"].append(nm)
                        alias_owner[_alias_key(nm)].add(name)
            elif is_inst or len(terms) == 1:
                codes = [t[0] for t in terms if t[0] and t[0] != "---"]
                if not codes:
                    continue
                actor, rest = _code_actor(code_map, codes[0])
                if not actor or not rest or codes[0].startswith(("IGO", "NGO")):
                    continue  # a country's own names, or an international body
                agency = _name(primary)
                if not (set(agency.lower().split()) & INSTITUTION_WORDS):
                    continue
                agencies.setdefault(agency, (codes[0], actor, sector(rest)))
                for a in [primary, *syns]:
                    nm = _name(a)
                    ws = nm.split()
                    acronym = len(ws) == 1 and a.strip("_").isupper() and 2 <= len(ws[0]) <= 6 \
                        and ws[0].isalpha()
                    if not (set(nm.lower().split()) & INSTITUTION_WORDS or acronym):
                        continue
                    if any(c.isdigit() for c in nm) or "(" in nm or ws[0].lower() in _TITLE_START \
                            or {w.lower() for w in ws} & _ROLE_WORDS:
                        continue
                    key = _alias_key(a.strip("_").replace("_", " ") if acronym else nm)
                    agency_alias.setdefault(key, agency)
                    alias_owner[key].add(agency)
    rows: list[tuple] = []
    # people: full names and surnames
    surname_of: dict[str, set[str]] = defaultdict(set)
    term_rows = []
    for name in sorted(people):
        p = people[name]
        aliases = [a for a in p["aliases"] if _alias_key(a) not in known
                   and len(alias_owner[_alias_key(a)]) == 1]
        if not aliases:
            continue
        terms = sorted(p["terms"], key=lambda t: (t[2] or "0000", t[3] or "9999", t[0]))
        support = Counter(t[1] for t in terms)
        latest = {t[1]: i for i, t in enumerate(terms)}
        aff = max(support, key=lambda a: (support[a], latest[a]))
        code = [t[0] for t in terms if t[1] == aff][-1]
        # case-sensitive (capitalised words exactly, lower-case particles in any case): a name
        # whose first word is a common word ("Said", "May") starts no match at "said" or "may"
        variants = []
        for a in aliases:
            low_hyphen = re.sub(r"-([A-Z])", lambda x: "-" + x.group(1).lower(), a)
            variants += [a] + ([low_hyphen] if low_hyphen != a else [])
        for a in dict.fromkeys(variants):
            rows.append((name, "person", code, aff, a, "person", "1", ""))
        last = name.split()[-1]
        if len(last) > 2 and last[:1].isupper():
            surname_of[last].add(name)
        for c, actor, start, end in terms:
            term_rows.append((name, c, actor, start, end))
    for last in sorted(surname_of):
        if _alias_key(last) in known or _alias_key(last) in alias_owner:
            continue
        for name in sorted(surname_of[last]):
            p = people[name]
            aff_row = next(r for r in rows if r[0] == name)
            rows.append((name, "person", aff_row[2], aff_row[3], last, "short", "1", ""))
    state_code = {v: k for k, v in code_map.items() if len(k) == 3}
    for key in sorted(agency_alias):
        agency = agency_alias[key]
        if len(alias_owner[key]) > 1:
            continue
        code, parent, _sector_ = agencies[agency]
        if parent not in state_code:
            continue
        acronym = key.isalpha() and len(key) <= 6 and " " not in key
        alias = key.upper() if acronym else _name(key.replace(" ", "_"))
        rows.append((parent, "state", state_code[parent], "", alias, "institution",
                     "1" if acronym else "0", agency))
    rows.sort(key=lambda r: (r[0], r[5] != "institution", r[5], r[4]))
    out.mkdir(parents=True, exist_ok=True)
    header = "# Converted from the Phoenix/CAMEO dictionaries (Open Event Data Alliance, MIT licence: " \
             "PHOENIX_LICENSE) by `python -m geolib.build_actors`; do not edit by hand, add to " \
             "actors.csv or a user lexicon instead.\n"
    _write(out / "phoenix_actors.csv", header,
           ["actor", "type", "code", "affiliation", "alias", "kind", "case_sensitive", "agency"], rows)
    _write(out / "phoenix_terms.csv", header, ["person", "code", "affiliation", "start", "end"],
           sorted(term_rows))
    used = {r[7] for r in rows if r[7]}
    _write(out / "phoenix_agencies.csv", header, ["agency", "code", "parent", "sector"],
           sorted((a, *agencies[a]) for a in used))
    roles = build_roles(source / AGENTS_FILE) if (source / AGENTS_FILE).is_file() else []
    _write(out / "phoenix_roles.csv", header, ["role", "code"], roles)
    shutil.copyfile(source / "LICENSE", out / "PHOENIX_LICENSE")
    return {"actors": len(rows), "terms": len(term_rows), "agencies": len(used), "roles": len(roles)}


def build_roles(path: Path) -> list[tuple[str, str]]:
    """The person roles of the agents file: its phrases whose last word is a ``head`` or ``weak``
    role noun of the hand-made ``roles.csv`` (or that noun's plural), with their agent code;
    the stem "minist" counts as "minister", bodies ("foreign ministry") are left out."""
    from .lexicons import read_table

    t = read_table(data_path("roles.csv"), kind="role lexicon", required=("role", "code", "kind"))
    heads = {r for r, k in zip(t.column("role"), t.column("kind")) if k in ("head", "weak")}
    heads |= {h + "s" for h in heads} | {h[:-3] + "men" for h in heads if h.endswith("man")}
    out: dict[str, str] = {}
    for phrase, code in _roles(path):
        words = phrase.split()
        if words[-1] == "minist":
            words[-1] = "minister"
        if words[-1] not in heads or set(words[:-1]) & _NOT_ROLE or not all(re.fullmatch(r"[a-z][a-z'-]*", w)
                                                                   for w in words):
            continue
        if words[-1].endswith("s") and words[-1][:-1] in heads or words[-1].endswith("men"):
            words[-1] = words[-1][:-1] if words[-1].endswith("s") else words[-1][:-3] + "man"
        out.setdefault(" ".join(words), code)
    return sorted(out.items())


def _roles(path: Path) -> list[tuple[str, str]]:
    """Role nouns of the agents file (people, not bodies) with their agent code: 'GOV', 'MIL'."""
    subst: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.partition("#")[0].strip()
        if not line:
            continue
        if line.startswith("!") and "=" in line:
            k, v = line.split("=", 1)
            subst[k.strip()] = [w.strip() for w in v.split(",")]
            continue
        m = re.match(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*\[~([A-Z]+)\]", line)
        if not m:
            continue
        phrase, code = m.group(1).strip(), m.group(3)
        forms = [phrase]
        for k, vals in subst.items():
            if k in phrase:
                forms = [f.replace(k, v) for f in forms for v in vals]
        for f in forms:
            f = f.strip("_").replace("_", " ").lower()
            if f and not any(c.isdigit() for c in f):
                out.setdefault(f, code)
    return sorted(out.items())


def _write(path: Path, header: str, cols: list[str], rows: list[tuple]) -> None:
    buf = io.StringIO()
    buf.write(header)
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    w.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m geolib.build_actors", description=__doc__.split("\n")[0])
    ap.add_argument("source", nargs="?", default=str(DEFAULT_SOURCE))
    ap.add_argument("--out", default=str(data_path("actors.csv").parent))
    args = ap.parse_args(argv)
    src = Path(args.source)
    if not (src / ACTOR_FILES[0]).is_file():
        print(f"build_actors: no Phoenix dictionaries in {src}", file=sys.stderr)
        return 2
    counts = build(src, Path(args.out))
    print(", ".join(f"{v} {k}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
