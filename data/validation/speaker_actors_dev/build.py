"""Write speakers.csv of this development sample from quotes_spec.txt with the check set's builder
(``data/validation/speaker_actors/build.py``; run from the repository root, needs ../shared).

    python data/validation/speaker_actors_dev/build.py [-v]
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "speaker_actors"))
sys.path.insert(0, str(HERE.parents[2]))

import build as check_build  # noqa: E402  (the check set's builder)


def main() -> None:
    spec = check_build.read_spec
    check_build.read_spec = lambda: spec(HERE / "quotes_spec.txt")
    rows = check_build.build(show="-v" in sys.argv)
    with open(HERE / "speakers.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=check_build.COLUMNS)
        w.writeheader()
        w.writerows(rows)
    print(f"speakers.csv: {len(rows)} stretches, {sum(r['kind'] == 'quote' for r in rows)} quotes")


if __name__ == "__main__":
    main()
