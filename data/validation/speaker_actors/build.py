"""Write speakers.csv from quotes_spec.txt (run from the repository root; needs ../shared).

    python data/validation/speaker_actors/build.py

Each spec line names a quotation-marked stretch by its start (the stretch runs to its closing mark)
and the speaker as written; the speaker's span is its whole-word occurrence nearest the quote
(``<``/``>``: the nearest before / after). Every located span is printed with its context for a
second reading.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

from common import check, corpus_of, snippet, text_of  # noqa: E402

CLOSE = {'"': '"', "“": "”"}
COLUMNS = ["id", "corpus", "doc_id", "kind", "quote_start", "quote_end", "quote", "speaker_start",
           "speaker_end", "speaker_text", "speaker_name", "state_actor", "org_actor", "note"]


def read_spec(path: Path = HERE / "quotes_spec.txt") -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 7:
            raise ValueError(f"{path}, line {n}: 7 fields separated by '|' expected, got {len(parts)}")
        doc, start, speaker, name, state, org, note = parts
        rows.append({"line": n, "doc_id": doc, "start": int(start), "speaker": speaker, "name": name,
                     "state": state, "org": org, "note": note})
    return rows


def quote_end(text: str, start: int) -> int:
    close = CLOSE.get(text[start])
    if close is None:
        raise ValueError(f"no opening quotation mark at {start}: {text[start:start + 20]!r}")
    return text.index(close, start + 1) + 1


def locate(text: str, speaker: str, qs: int, qe: int) -> tuple[int, int]:
    side = ""
    if speaker[:1] in "<>":
        side, speaker = speaker[0], speaker[1:]
    best = None
    for m in re.finditer(rf"(?<!\w){re.escape(speaker)}(?!\w)", text):
        if m.start() < qe and m.end() > qs:
            continue
        before = m.end() <= qs
        if (side == "<" and not before) or (side == ">" and before):
            continue
        dist = qs - m.end() if before else m.start() - qe
        if best is None or dist < best[0]:
            best = (dist, m.start(), m.end())
    if best is None:
        raise ValueError(f"speaker {speaker!r} not found near the quote at {qs}")
    return best[1], best[2]


def build(show: bool = False) -> list[dict]:
    out = []
    for i, r in enumerate(read_spec(), 1):
        text = text_of(r["doc_id"])
        qs = r["start"]
        try:
            qe = quote_end(text, qs)
            if r["speaker"] == "-":
                ss = se = ""
            else:
                ss, se = locate(text, r["speaker"], qs, qe)
        except ValueError as exc:
            raise ValueError(f"quotes_spec.txt, line {r['line']}: {exc}") from None
        kind = "not a quote" if r["speaker"] == "-" else "quote"
        out.append({"id": i, "corpus": corpus_of(r["doc_id"]), "doc_id": r["doc_id"], "kind": kind,
                    "quote_start": qs, "quote_end": qe, "quote": snippet(r["doc_id"], text[qs:qe]),
                    "speaker_start": ss, "speaker_end": se,
                    "speaker_text": "" if ss == "" else snippet(r["doc_id"], text[ss:se]),
                    "speaker_name": r["name"], "state_actor": r["state"], "org_actor": r["org"],
                    "note": r["note"]})
        if show and ss != "":
            a, b = min(ss, qs), max(se, qe)
            print(f"{i:3} {r['doc_id'][:30]:30} {text[max(0, a - 40):a]!r} [{text[a:b][:160]!r}]")
    return out


def main() -> None:
    rows = build(show="-v" in sys.argv)
    with open(HERE / "speakers.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    n = sum(r["kind"] == "quote" for r in rows)
    print(f"speakers.csv: {len(rows)} stretches, {n} quotes, "
          f"{len({r['doc_id'] for r in rows if r['kind'] == 'quote'})} documents")




MENTION_COLUMNS = ["id", "corpus", "doc_id", "sentence_start", "start", "end", "text", "actor", "type"]
SENTENCE_COLUMNS = ["corpus", "doc_id", "start", "end", "check"]
TYPES = ("state", "organisation", "agency", "party", "person")


def build_mentions() -> tuple[list[dict], list[dict]]:
    """sentences.csv rows (the sample of choose.py) and mentions.csv rows (mentions_spec.txt).

    A mention ``X#n`` is the n-th whole-word occurrence of X in its sentence that lies inside no
    longer mention of the same sentence (longer mentions are placed first)."""
    from choose import chosen_sentences

    sentences = {}
    for corpus, rows in chosen_sentences().items():
        for doc_id, s, e in rows:
            sentences[(doc_id, s)] = e
    spec: dict[tuple[str, int], list[tuple[int, str, str, str]]] = {}
    path = HERE / "mentions_spec.txt"
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 5 or parts[4] not in TYPES:
            raise ValueError(f"{path}, line {n}: doc_id | start | mention | actor | type ({'/'.join(TYPES)})")
        key = (parts[0], int(parts[1]))
        if key not in sentences:
            raise ValueError(f"{path}, line {n}: {key} is not a sentence of the sample (choose.py)")
        spec.setdefault(key, []).append((n, parts[2], parts[3], parts[4]))
    mentions = []
    for (doc_id, s), items in spec.items():
        e = sentences[(doc_id, s)]
        text = text_of(doc_id)
        taken: list[tuple[int, int, str]] = []
        for n, written, actor, typ in sorted(items, key=lambda it: -len(it[1].split("#")[0])):
            word, _, nth = written.partition("#")
            hits = [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text[s:e])]
            hits = [(a + s, b + s) for a, b in hits]
            hits = [h for h in hits if not any(h[0] < tb and h[1] > ta and w != word for ta, tb, w in taken)]
            k = int(nth or 1)
            if len(hits) < k:
                raise ValueError(f"{path}, line {n}: {written!r} not found in the sentence {doc_id} {s}")
            taken.append((*hits[k - 1], word))
            mentions.append({"corpus": corpus_of(doc_id), "doc_id": doc_id, "sentence_start": s,
                             "start": hits[k - 1][0], "end": hits[k - 1][1], "text": word,
                             "actor": actor, "type": typ})
    mentions.sort(key=lambda r: (r["corpus"] != "wikinews", r["doc_id"], r["start"]))
    for i, r in enumerate(mentions, 1):
        r["id"] = i
    sent_rows = [{"corpus": corpus_of(d), "doc_id": d, "start": s, "end": e,
                  "check": check(text_of(d)[s:e])} for (d, s), e in sentences.items()]
    return sent_rows, mentions


def write_mentions() -> None:
    sent_rows, mentions = build_mentions()
    for name, cols, rows in (("sentences.csv", SENTENCE_COLUMNS, sent_rows),
                             ("mentions.csv", MENTION_COLUMNS, mentions)):
        with open(HERE / name, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=cols)
            w.writeheader()
            w.writerows(rows)
    by = {c: sum(r["corpus"] == c for r in mentions) for c in ("wikinews", "polnear-train")}
    print(f"sentences.csv: {len(sent_rows)} sentences; mentions.csv: {len(mentions)} mentions {by}")


if __name__ == "__main__":
    main()
    write_mentions()
