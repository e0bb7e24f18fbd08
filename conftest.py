"""Root conftest: shared by the doctests under ``geolib/`` and the tests under ``tests/``."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _geolib_quotes_is_the_function() -> None:
    """Keep ``geolib.quotes`` the public function while doctests run.

    ``geolib.quotes`` is both a function (the public API) and the package that defines it.
    pytest's ``--import-mode=importlib`` binds each module it collects to its parent's attribute,
    so collecting ``geolib/quotes/*.py`` for doctests replaces the function with the package and
    ``geolib.quotes(text)`` would fail with "'module' object is not callable". Plain ``import``
    never does this; only test collection does, so the binding is restored here.
    """
    import geolib
    from geolib.quotes import quotes

    geolib.quotes = quotes
