"""Exercise answers that stay hidden until a reader asks for them.

JupyterLab shows a cell's outputs again when the cell runs, even when the notebook saved them
collapsed (``"jupyter": {"outputs_hidden": true}``), so "Run All" would show every answer.
:func:`answer` wraps a result in a closed ``<details>`` element instead: the result is computed
(so a notebook run checks that the answer works) and shown only on a click, in JupyterLab, in
Jupyter Notebook and in an HTML export alike.

Example:
    >>> import pandas as pd
    >>> html = answer(pd.DataFrame({"actor": ["China"], "count": [3]}))._repr_html_()
    >>> html.startswith("<details") and "<table" in html and " open" not in html.split(">")[0]
    True
"""

from __future__ import annotations

import base64
import html
import io
from dataclasses import dataclass
from typing import Any

__all__ = ["answer", "Answer"]


@dataclass(frozen=True)
class Answer:
    """A result shown folded: its HTML (:func:`answer`) inside ``<details>``."""

    body: str
    summary: str = "Show the result"

    def _repr_html_(self) -> str:
        return (f'<details class="geolib-answer"><summary>{html.escape(self.summary)}</summary>'
                f'<div class="geolib-answer-body">{self.body}</div></details>')

    def __repr__(self) -> str:  # outside a notebook: say what is folded, not the whole body
        return f"<answer folded: {self.summary}>"


def answer(result: Any, *, summary: str = "Show the result") -> Answer:
    """``result`` (a DataFrame, a geolib display, a matplotlib Axes or Figure, or any object)
    folded in a closed ``<details>`` element, to be opened with a click.

    A figure is drawn to a PNG inside the fold and closed, so the notebook's inline backend does
    not show it a second time, unfolded.

    Example:
        >>> answer([1, 2])._repr_html_()
        '<details class="geolib-answer"><summary>Show the result</summary><div class="geolib-answer-body"><pre>[1, 2]</pre></div></details>'
    """
    return Answer(_html_of(result), summary)


def _html_of(result: Any) -> str:
    figure = _figure_of(result)
    if figure is not None:
        import matplotlib.pyplot as plt

        buf = io.BytesIO()
        figure.savefig(buf, format="png", bbox_inches="tight", dpi=100)
        plt.close(figure)
        data = base64.b64encode(buf.getvalue()).decode("ascii")
        return f'<img alt="figure" src="data:image/png;base64,{data}">'
    to_html = getattr(result, "_repr_html_", None)
    if callable(to_html):
        out = to_html()
        if out is not None:
            return out
    return f"<pre>{html.escape(repr(result))}</pre>"


def _figure_of(result: Any) -> Any:
    """The matplotlib Figure of an Axes or Figure (None for anything else, without importing
    matplotlib when it is not in use)."""
    import sys

    if "matplotlib" not in sys.modules:
        return None
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    if isinstance(result, Axes):
        return result.figure
    return result if isinstance(result, Figure) else None
