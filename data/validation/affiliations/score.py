"""Score the organisation geolib gives a person on the hand-judged development sample of this
folder (run from the repository root; README.md says how the samples were drawn and judged).

    python data/validation/affiliations/score.py [--rows]

* ``speakers.csv`` (quotes): for each judged speaker the first quote of the document whose
  ``speaker`` is the judged name is read; its ``speaker_agency`` is geolib's answer.
* ``people.csv`` (actor mentions): the organisation geolib gives the person at the judged span:
  the owner of a role mention over it, else the ``agency`` of a person mention over it.

Recall: people judged to speak for a non-state organisation named in the text who get that
organisation. Precision: answers that are a non-state organisation (no state of the lexicon, no
party of the lexicon) and are the judged one. PolNeAR texts are read in
``../shared/corpora/polnear-train/text`` (never copied here).
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
import warnings
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear-train" / "text"
CATEGORIES = ("none", "state", "party", "other")


def fold(s: object) -> str:
    if not isinstance(s, str):
        return ""
    s = unicodedata.normalize("NFKD", s)
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).replace(".", " ").lower().split())


def documents(ids: set[str]) -> dict:
    import geolib

    out = {}
    for p in sorted((ROOT / "data" / "wikinews").glob("*.csv")):
        out.update({d.doc_id: d for d in geolib.read_corpus(p) if d.doc_id in ids})
    for i in ids - set(out):
        m = re.search(r"_(\d{4}-\d{2}-\d{2})_", i)
        out[i] = geolib.Document((POLNEAR / f"{i}.txt").read_text(encoding="utf-8"), doc_id=i,
                                 meta={"date": m.group(1)} if m else {})
    return out


def states_and_parties() -> tuple[set[str], set[str]]:
    """The lexicon's states (and their bodies: a minister's ministry) and parties: answers that
    are no non-state organisation."""
    import geolib
    from geolib.actors.affiliations import agencies

    lex = geolib.load_actor_lexicon()
    return (set(lex.loc[lex["type"].isin(["state", "country"]), "actor"]) | set(agencies()),
            set(lex.loc[lex["code"].astype(str).str[3:6].eq("PTY"), "actor"]))


@lru_cache(maxsize=1)
def actors_of_alias() -> dict[str, frozenset[str]]:
    """Folded alias -> the lexicon actors it names ("NRA" -> National Rifle Association)."""
    import geolib

    lex = geolib.load_actor_lexicon()
    out: dict[str, set[str]] = {}
    for alias, actor in zip(lex["alias"], lex["actor"]):
        out.setdefault(fold(alias), set()).add(fold(actor))
    return {k: frozenset(v) for k, v in out.items()}


def same(got: object, org: str | None) -> bool:
    """Whether geolib's answer is the judged organisation: the same name, or the judged name is
    an alias of the answer's actor in the lexicon (judged "NRA", geolib's "National Rifle
    Association")."""
    if org is None or not isinstance(got, str):
        return False
    return fold(got) == fold(org) or fold(got) in actors_of_alias().get(fold(org), ())


def results() -> list[dict]:
    import geolib
    from geolib.decoding import GeolibWarning

    rows = list(csv.DictReader(open(HERE / "speakers.csv", encoding="utf-8")))
    docs = documents({r["doc_id"] for r in rows})
    states, parties = states_and_parties()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", GeolibWarning)
        q = geolib.quotes([docs[d] for d in sorted(docs)])
    out = []
    for r in rows:
        text = docs[r["doc_id"]].text
        if text[int(r["name_start"]):int(r["name_end"])] != r["name"]:
            raise ValueError(f"speakers.csv, id {r['id']}: the span is not {r['name']!r}")
        part = q[(q.doc_id == r["doc_id"]) & (q.speaker == r["name"])]
        got = part["speaker_agency"].iloc[0] if len(part) else None
        got = got if isinstance(got, str) and got else None
        out.append(judged(r, got, states, parties))
    return out


def judged(r: dict, got: str | None, states: set, parties: set) -> dict:
    """Row ``r`` with geolib's answer ``got`` judged: its organisation when it names no state and
    no party (``got_org``), right when it is the judged organisation, wrong when it names another."""
    org = r["organisation"] if r["organisation"] not in CATEGORIES else None
    got_org = got if got is not None and got not in states and got not in parties else None
    return {**r, "got": got, "judged_org": org, "got_org": got_org,
            "right": org is not None and same(got, org),
            "wrong": got_org is not None and not same(got_org, org)}


def people_results() -> list[dict]:
    """One dict per judged person of people.csv, with geolib's organisation for them."""
    from geolib.actors import document_mentions

    import geolib

    rows = list(csv.DictReader(open(HERE / "people.csv", encoding="utf-8")))
    docs = documents({r["doc_id"] for r in rows})
    states, parties = states_and_parties()
    found = {d: document_mentions(docs[d], roles=None) for d in docs}
    out = []
    for r in rows:
        a, b = int(r["name_start"]), int(r["name_end"])
        if docs[r["doc_id"]].text[a:b] != r["name"]:
            raise ValueError(f"people.csv, id {r['id']}: the span is not {r['name']!r}")
        got, body = None, set()
        for m in found[r["doc_id"]]:
            if m.start < b and m.end > a:
                if m.kind == "role" and m.person and m.type in ("organisation", "group"):
                    got = m.actor
                elif m.type == "person" and m.agency:
                    got = m.agency
                    # a body of a state the text names ("Thames Valley Police", parent United
                    # Kingdom) is a state answer, like the lexicon's agencies
                    body = {m.agency} if m.parent in states else set()
        out.append(judged(r, got, states | body, parties))
    return out


def _report(name: str, res: list[dict], rows: bool) -> None:
    judged = [r for r in res if r["judged_org"]]
    given = [r for r in res if r["got_org"]]
    right = sum(r["right"] for r in judged)
    ok = sum(not r["wrong"] for r in given)
    print(f"== {name}: {len(res)} people, {len(judged)} judged with a non-state organisation of the text")
    print(f"  recall    {right}/{len(judged)} = {right / max(1, len(judged)):.3f}")
    print(f"  precision {ok}/{len(given)} = {ok / max(1, len(given)):.3f} (geolib gives a non-state organisation)")
    if rows:
        for r in res:
            if r["judged_org"] or r["got_org"]:
                print(f"  {r['id']:>3} {r['name']!r:32} judged {r['organisation']!r:30} got {r['got']!r}")


def main() -> None:
    if not POLNEAR.is_dir():
        print(f"{POLNEAR} is missing: nothing scored.")
        return
    rows = "--rows" in sys.argv
    res, people = results(), people_results()
    _report("speakers.csv (quotes: speaker_agency)", res, rows)
    _report("people.csv (actor mentions)", people, rows)
    _report("both", res + people, False)


if __name__ == "__main__":
    main()
