"""Build this set's text/, attributions/ and speakers.csv from spec.py with the builder of
../wikinews_quotes/build.py (same format, same checks).

Run from the repository root: ``python data/validation/wikinews_dev/build.py``.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _builder():
    spec = importlib.util.spec_from_file_location("wikinews_quotes_build", HERE.parent / "wikinews_quotes" / "build.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


if __name__ == "__main__":
    _builder().build(HERE)
