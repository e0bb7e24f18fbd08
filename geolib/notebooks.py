"""Execute the notebooks, as ``make figures`` does, and keep an HTML copy of each.

``python -m geolib.notebooks notebooks --figures figures --reports reports`` runs every
``notebooks/*.ipynb`` in name order with nbclient (cells run in the notebook's folder), lets them
write their figures to ``--figures`` (via ``GEOLIB_FIGURES``) and writes ``reports/NAME.html``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

__all__ = ["run_notebook", "run_notebooks"]


def run_notebook(path: str | os.PathLike, *, figures: str | os.PathLike = "figures",
                 reports: str | os.PathLike | None = "reports", timeout: int = 900):
    """Execute one notebook; return the executed notebook node (raises on a cell error)."""
    import nbformat
    from nbclient import NotebookClient

    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    os.environ["GEOLIB_FIGURES"] = str(Path(figures).resolve())
    os.environ.setdefault("MPLBACKEND", "Agg")
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent.resolve())}})
    client.execute()
    if reports is not None:
        from nbconvert import HTMLExporter

        Path(reports).mkdir(parents=True, exist_ok=True)
        html, _ = HTMLExporter().from_notebook_node(nb)
        (Path(reports) / f"{path.stem}.html").write_text(html, encoding="utf-8")
    return nb


def run_notebooks(folder: str | os.PathLike = "notebooks", *, figures: str | os.PathLike = "figures",
                  reports: str | os.PathLike | None = "reports") -> list[Path]:
    """Execute every notebook in ``folder`` in name order; return their paths."""
    paths = sorted(Path(folder).glob("*.ipynb"))
    for path in paths:
        t0 = time.perf_counter()
        run_notebook(path, figures=figures, reports=reports)
        print(f"executed {path} in {time.perf_counter() - t0:.1f} s", flush=True)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m geolib.notebooks", description=__doc__)
    parser.add_argument("folder", nargs="?", default="notebooks")
    parser.add_argument("--figures", default="figures")
    parser.add_argument("--reports", default="reports")
    args = parser.parse_args(argv)
    paths = run_notebooks(args.folder, figures=args.figures, reports=args.reports)
    if not paths:
        print(f"no notebooks in {args.folder}", file=sys.stderr)
    n = len(list(Path(args.figures).glob("*.png"))) if Path(args.figures).exists() else 0
    print(f"{len(paths)} notebook(s) executed; {n} figure(s) in {args.figures}/; HTML in {args.reports}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
