"""Score geolib's speaker_actor and actors() on the hand-judged set (run from the repository root).

    python data/validation/speaker_actors/score.py [--errors]

Reads the texts from ``data/wikinews`` and ``../shared/corpora/polnear-train`` (never copied here);
without ``../shared`` it says so and scores nothing (the PolNeAR half is needed for the numbers of
README.md). ``score()`` returns the numbers as a dict (tests/test_validation_speaker_actors.py).

Quotes (speakers.csv, rows of kind ``quote``): each is matched to the geolib quote that overlaps it
most (``geolib.quotes``, default options; a PolNeAR document gets the date of its file name,
``wash-post_2016-06-27_...``, as a Wikinews row has its own). geolib gives two columns:
``speaker_actor`` (the state level) and ``speaker_agency`` (the organisation level). A quote is

* right at the **state level** when the state ``speaker_actor`` names equals ``state_actor`` (an
  answer that is no state, such as a party or an international organisation, names no state:
  right when ``state_actor`` is ``none``);
* right at the **organisation level** when ``speaker_agency`` equals ``org_actor`` (empty = ``none``);
* **right** when right at both levels;
* **missing** when both columns are empty and the speaker speaks for an actor;
* **wrong** when either column names an actor that is neither ``state_actor`` nor ``org_actor``:
  an actor counted for the wrong person.

Mentions (mentions.csv, in the sentences of sentences.csv): ``geolib.actors(docs, roles=None)``
rows inside the sentences; a row is right when it overlaps a judged mention and names its actor
(the row's ``agency`` when it has one, else its ``actor``; a person's row names the person, its
``actor``: its agency is the party the text ties the person to). Precision = right rows / rows;
recall = judged mentions with a right row / judged mentions; accuracy = right / judged mentions
that some row overlaps.
"""

from __future__ import annotations

import re
import sys
import unicodedata
import warnings
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

from common import POLNEAR, check, corpus_of, have_polnear, snippet, text_of  # noqa: E402

NONE = "none"


def fold(s: object) -> str:
    """Lower case, no accents, no dots or extra spaces: ``"Valéry  Giscard"`` -> ``"valery giscard"``."""
    if not isinstance(s, str):
        return ""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).replace(".", " ").replace("’", "'")
    return " ".join(s.lower().split())


def read_table(name: str) -> pd.DataFrame:
    return pd.read_csv(HERE / name, dtype=str, keep_default_na=False)


def check_spans(table: pd.DataFrame, name: str, cols: list[tuple[str, str, str]]) -> None:
    """Every stored span still holds its stored text (Wikinews) or check (PolNeAR)."""
    for i, r in table.iterrows():
        text = text_of(r["doc_id"])
        for s, e, stored in cols:
            if r[s] == "":
                continue
            span = text[int(r[s]):int(r[e])]
            if stored == "check":
                want = check(span)
            else:
                want = span if stored == "text" else snippet(r["doc_id"], span)
            if want != r[stored]:
                raise ValueError(f"{name}, line {i + 2}: {r['doc_id']} [{r[s]}:{r[e]}] is {want!r}, not {r[stored]!r}")


@lru_cache(maxsize=1)
def documents() -> dict:
    """doc_id -> geolib Document for every document of the set (Wikinews rows keep their date)."""
    import geolib

    ids = set(read_table("speakers.csv")["doc_id"]) | set(read_table("sentences.csv")["doc_id"])
    out = {}
    for p in sorted((HERE.parents[2] / "data" / "wikinews").glob("*.csv")):
        for d in geolib.read_corpus(p):
            if d.doc_id in ids:
                out[d.doc_id] = d
    for doc_id in sorted(ids):
        if corpus_of(doc_id) == "polnear-train":
            out[doc_id] = geolib.Document(text_of(doc_id), doc_id=doc_id, meta=date_meta(doc_id))
    return out


def date_meta(doc_id: str) -> dict:
    """The date a PolNeAR file name carries: ``{"date": "2016-06-27"}`` for ``wash-post_2016-06-27_x``."""
    m = re.search(r"_(\d{4}-\d{2}-\d{2})_", doc_id)
    return {"date": m.group(1)} if m else {}


@lru_cache(maxsize=1)
def state_names() -> frozenset[str]:
    import geolib

    lex = geolib.load_actor_lexicon()
    return frozenset(lex.loc[lex["type"].isin(["state", "country"]), "actor"].unique())


def _val(v: object) -> str | None:
    return v if isinstance(v, str) and v and v != NONE else None


TITLES = frozenset("professor prof dr doctor scientist staff senator sen president minister mr mrs ms gov "
                   "governor rep chief justice secretary then-secretary speaker".split())


def name_words(name: object) -> list[str]:
    """The words of a name without titles, initials and possessives: ``"Professor Seager's"`` -> ``["seager"]``."""
    words = [w.removesuffix("'s") for w in fold(name).split()]
    while words and words[0] in TITLES:
        words = words[1:]
    return [w for w in words if len(w) > 1]


def same_speaker(g: dict, row: pd.Series) -> bool:
    """geolib's speaker is the judged one: the names agree (``Cruz`` or ``Ted Cruz`` for Ted Cruz,
    ``Emily W. Murphy`` for Emily Murphy), or geolib's mention overlaps the judged span and names no
    person (``Wisconsin Republican`` for Paul Ryan)."""
    a, b = set(name_words(row["speaker"])), set(name_words(g["speaker_name"]))
    if a and b and (a <= b or b <= a):
        return True
    overlap = pd.notna(row["speaker_start"]) and int(row["speaker_start"]) < int(g["speaker_end"]) \
        and int(row["speaker_end"]) > int(g["speaker_start"])
    return bool(overlap) and row.get("speaker_type") != "person"


def same_surname(r: dict) -> bool:
    """geolib's speaker is another person who shares the judged speaker's surname (Mary Trump for
    Donald Trump)."""
    a, b = name_words(r["speaker"]), name_words(r["speaker_name"])
    return bool(a and b) and a[-1] == b[-1] and not r["speaker_ok"]


def quote_results() -> list[dict]:
    """One dict per judged quote: gold, geolib's answer and the verdicts."""
    import geolib
    from geolib.decoding import GeolibWarning

    gold = read_table("speakers.csv")
    check_spans(gold, "speakers.csv", [("quote_start", "quote_end", "quote"),
                                       ("speaker_start", "speaker_end", "speaker_text")])
    gold = gold[gold["kind"] == "quote"]
    docs = documents()
    states = state_names()
    with warnings.catch_warnings():  # unclosed quotation marks of two texts: said once per run
        warnings.simplefilter("ignore", GeolibWarning)
        q = geolib.quotes([docs[d] for d in sorted(set(gold["doc_id"]))])
    by_doc = {d: part for d, part in q.groupby("doc_id")}
    out = []
    for _, g in gold.iterrows():
        qs, qe = int(g["quote_start"]), int(g["quote_end"])
        part = by_doc.get(g["doc_id"])
        row = None
        if part is not None:
            ov = (part["end"].clip(upper=qe) - part["start"].clip(lower=qs))
            if (ov > 0).any():
                row = part.loc[ov.idxmax()]
        got = _val(row["speaker_actor"]) if row is not None else None
        got_org = _val(row["speaker_agency"]) if row is not None else None
        gs, go = _val(g["state_actor"]), _val(g["org_actor"])
        got_state = got if got in states else None
        gold = (gs, go)
        speaker_ok = row is not None and same_speaker(g, row)
        r = {"id": int(g["id"]), "corpus": g["corpus"], "doc_id": g["doc_id"], "speaker_name": g["speaker_name"],
             "gold_state": gs, "gold_org": go, "found": row is not None, "speaker": None if row is None else row["speaker"],
             "speaker_ok": speaker_ok, "got": got, "got_org": got_org,
             "state_ok": got_state == gs, "org_ok": got_org == go,
             "missing": got is None and got_org is None and (gs is not None or go is not None),
             "wrong": any(v is not None and v not in gold for v in (got, got_org))}
        r["right"] = r["state_ok"] and r["org_ok"]
        r["kind"] = error_kind(r)
        out.append(r)
    return out


def error_kind(r: dict) -> str:
    """The failure kind of one quote (``right`` when right at both levels)."""
    if r["state_ok"] and r["org_ok"]:
        return "right"
    if not r["found"]:
        return "quote not found"
    if r["missing"]:
        if same_surname(r):
            return "no actor: another person of the same surname"
        return "no actor: speaker wrong or missing" if not r["speaker_ok"] else "no actor: right speaker, actor unknown"
    if r["wrong"]:
        if not r["speaker_ok"]:
            if same_surname(r):
                return "wrong actor: another person of the same surname"
            return "wrong actor: wrong speaker"
        if r["gold_state"] is None and (r["got"] in state_names() or r["got_org"] in state_names()):
            if r["gold_org"] is None:
                return "wrong actor: private person given a state"
            return "wrong actor: state for a speaker who holds no office"
        if r["gold_state"] is None and r["gold_org"] is None:
            return "wrong actor: private person given an organisation"
        return "wrong actor: right speaker, other actor"
    if not r["org_ok"] and r["got_org"] == r["gold_state"]:
        return "wrong level: the state, not the organisation"
    if not r["org_ok"] and r["got_org"] is None:
        return "wrong level: no organisation"
    if not r["state_ok"] and r["got"] is None:
        return "wrong level: no state"
    return "wrong level: the organisation, not the state"


def mention_results() -> tuple[list[dict], list[dict]]:
    """(judged mentions with geolib's rows, geolib rows inside the sentences with verdicts)."""
    import geolib

    gold = read_table("mentions.csv")
    check_spans(gold, "mentions.csv", [("start", "end", "text")])
    sents = read_table("sentences.csv")
    check_spans(sents, "sentences.csv", [("start", "end", "check")])
    docs = documents()
    a = geolib.actors([docs[d] for d in sorted(set(sents["doc_id"]))], roles=None)
    # a person's row names the person (its agency is the party the text ties them to)
    ident = a["agency"].where((a["agency"].astype(str) != "") & (a["type"] != "person"), a["actor"]).astype(str)
    a = a.assign(identity=ident)
    rows = []
    for _, s in sents.iterrows():
        part = a[(a["doc_id"] == s["doc_id"]) & (a["start"] >= int(s["start"])) & (a["end"] <= int(s["end"]))]
        rows.extend(part.to_dict("records"))
    golds = []
    for _, g in gold.iterrows():
        gs, ge = int(g["start"]), int(g["end"])
        over = [r for r in rows if r["doc_id"] == g["doc_id"] and r["start"] < ge and r["end"] > gs]
        ok = [r for r in over if fold(r["identity"]) == fold(g["actor"])]
        golds.append({**g.to_dict(), "found": bool(over), "right": bool(ok),
                      "got": "; ".join(sorted({r["identity"] for r in over}))})
        for r in over:
            r["gold"] = r.get("gold") or g["actor"]
            r["right"] = r.get("right", False) or fold(r["identity"]) == fold(g["actor"])
    for r in rows:
        r.setdefault("gold", None)
        r.setdefault("right", False)
    return golds, rows


def _share(k: int, n: int) -> dict:
    from geolib.validation import wilson_interval

    lo, hi = wilson_interval(k, n)
    return {"k": k, "n": n, "value": k / n if n else float("nan"), "ci": (lo, hi)}


def score() -> dict:
    """All the numbers of README.md, per corpus and in all (``None`` when ../shared is missing)."""
    if not have_polnear():
        return None
    quotes = quote_results()
    golds, rows = mention_results()
    out: dict = {"quotes": {}, "mentions": {}}
    for part in ("all", "wikinews", "polnear-train"):
        qs = [r for r in quotes if part in ("all", r["corpus"])]
        n = len(qs)
        out["quotes"][part] = {
            "n": n, "documents": len({r["doc_id"] for r in qs}),
            "right": _share(sum(r["right"] for r in qs), n),
            "state": _share(sum(r["state_ok"] for r in qs), n),
            "org": _share(sum(r["org_ok"] for r in qs), n),
            "missing": sum(r["missing"] for r in qs), "wrong": sum(r["wrong"] for r in qs),
            "not_found": sum(not r["found"] for r in qs),
            "kinds": dict(Counter(r["kind"] for r in qs if r["kind"] != "right").most_common())}
        gs = [g for g in golds if part in ("all", g["corpus"])]
        rs = [r for r in rows if part == "all" or corpus_of(r["doc_id"]) == part]
        out["mentions"][part] = {
            "n": len(gs), "rows": len(rs),
            "precision": _share(sum(r["right"] for r in rs), len(rs)),
            "recall": _share(sum(g["right"] for g in gs), len(gs)),
            "accuracy": _share(sum(g["right"] for g in gs), sum(g["found"] for g in gs)),
            "spurious": sum(r["gold"] is None for r in rs),
            "missed": sum(not g["found"] for g in gs),
            "missed_by_type": dict(Counter(g["type"] for g in gs if not g["found"]).most_common())}
    return out


def _fmt(s: dict) -> str:
    return f"{s['value']:.3f} ({s['k']}/{s['n']}; 95% CI {s['ci'][0]:.2f}-{s['ci'][1]:.2f})"


def main() -> None:
    if not have_polnear():
        print(f"{POLNEAR} is missing: the PolNeAR half of the set cannot be read; nothing scored.")
        return
    got = score()
    for part in ("all", "wikinews", "polnear-train"):
        q, m = got["quotes"][part], got["mentions"][part]
        print(f"== {part}: {q['n']} quotes in {q['documents']} documents")
        print(f"  right at both levels               {_fmt(q['right'])}")
        print(f"  state level (speaker_actor)        {_fmt(q['state'])}")
        print(f"  organisation level (speaker_agency) {_fmt(q['org'])}")
        print(f"  no actor {q['missing']} (quote not found {q['not_found']}); WRONG actor {q['wrong']}")
        for k, v in q["kinds"].items():
            print(f"    {v:3}  {k}")
        print(f"  mentions {m['n']}, geolib rows {m['rows']}: precision {_fmt(m['precision'])}")
        print(f"    recall {_fmt(m['recall'])}; accuracy of found {_fmt(m['accuracy'])}")
        print(f"    missed {m['missed']} {m['missed_by_type']}; rows on no judged mention {m['spurious']}")
    if "--errors" in sys.argv:
        print("== quote errors")
        for r in quote_results():
            if r["kind"] != "right":
                print(f"  #{r['id']:3} {r['kind']:50} {r['speaker_name']!r} gold {r['gold_state']}/{r['gold_org']}"
                      f" geolib {r['speaker']!r} -> {r['got']}/{r['got_org']}")
        golds, rows = mention_results()
        print("== mention errors")
        for g in golds:
            if not g["right"]:
                print(f"  {g['doc_id'][:28]:28} {g['text']!r:30} gold {g['actor']!r} ({g['type']}) geolib {g['got']!r}")
        for r in rows:
            if r["gold"] is None:
                print(f"  {r['doc_id'][:28]:28} {r['text']!r:30} spurious: geolib {r['identity']!r}")


if __name__ == "__main__":
    main()
