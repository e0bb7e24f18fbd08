"""Shared fixtures: the seed article and the read-only corpora in ../shared (skipped if absent)."""

from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run, so that CI does not turn red on an edge
# case a random draw happens to find first; GEOLIB_HYPOTHESIS=explore draws new ones (and keeps
# the failures it finds in .hypothesis/) when you look for more. No deadline: on a busy machine
# an example may take longer than Hypothesis' 200 ms, and speed is measured in benchmarks/.
settings.register_profile("fixed", derandomize=True, database=None, deadline=None)
settings.register_profile("explore", deadline=None)
settings.load_profile(os.environ.get("GEOLIB_HYPOTHESIS", "fixed"))

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_1a88b60b02b3bbd2.txt"
SHARED = ROOT.parent / "shared"
WIKINEWS = SHARED / "corpora" / "wikinews"
POLNEAR = SHARED / "corpora" / "polnear-dev"


@pytest.fixture(scope="session")
def seed():
    import geolib

    return geolib.load(SEED)


@pytest.fixture(scope="session")
def wikinews_dir():
    if not WIKINEWS.exists():
        pytest.skip("../shared/corpora/wikinews is not here")
    return WIKINEWS


def assert_offsets(text: str, df, *, start="start", end="end", col="text") -> None:
    """Every row's text is exactly text[start:end]."""
    for s, e, t in zip(df[start], df[end], df[col]):
        if s is None or (isinstance(s, float) and s != s):
            continue
        assert text[int(s):int(e)] == t, (s, e, t)


def system_chromium() -> str | None:
    """Debian's chromium for the browser tests (never a tool's own browser download)."""
    for name in ("/usr/bin/chromium", "chromium", "chromium-browser"):
        path = shutil.which(name) or (name if os.path.isabs(name) and os.access(name, os.X_OK) else None)
        if path:
            return path
    return None


def load_script(path: Path, name: str) -> ModuleType:
    """Import a script of the repository that is not part of geolib (a validation set's
    ``score.py``, ``data/cameo/convert.py``) as module ``name``."""
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
