"""Score speaker_actor / speaker_agency on this development sample with the check set's scorer
(quotes only; run from the repository root, needs ../shared).

    python data/validation/speaker_actors_dev/score.py [--errors]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "speaker_actors"))
sys.path.insert(0, str(HERE.parents[2]))

import score as check_score  # noqa: E402  (the check set's scorer)

check_score.HERE = HERE  # read this folder's speakers.csv


def main() -> None:
    check_score.read_table.__globals__["HERE"] = HERE
    check_score.documents.cache_clear()
    check_score.read_table("speakers.csv")
    # documents() also reads sentences.csv: this sample has none
    import pandas as pd
    orig = check_score.read_table
    check_score.read_table = lambda name: orig(name) if name != "sentences.csv" else pd.DataFrame(columns=["doc_id"])
    rs = check_score.quote_results()
    for part in ("all", "wikinews", "polnear-train"):
        qs = [r for r in rs if part in ("all", r["corpus"])]
        n = len(qs)
        print(f"== {part}: {n} quotes; right {sum(r['right'] for r in qs)}, state {sum(r['state_ok'] for r in qs)}, "
              f"organisation {sum(r['org_ok'] for r in qs)}, no actor {sum(r['missing'] for r in qs)}, "
              f"WRONG {sum(r['wrong'] for r in qs)}")
        if part == "all":
            for k, v in Counter(r["kind"] for r in qs if r["kind"] != "right").most_common():
                print(f"    {v:3}  {k}")
    if "--errors" in sys.argv:
        for r in rs:
            if r["kind"] != "right":
                print(f"  #{r['id']:3} {r['kind']:50} {r['speaker_name']!r} gold {r['gold_state']}/{r['gold_org']}"
                      f" geolib {r['speaker']!r} -> {r['got']}/{r['got_org']}")


if __name__ == "__main__":
    main()
