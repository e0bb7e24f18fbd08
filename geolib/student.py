"""Student copies of the notebooks: the answers removed (``make student``).

Every answer cell of the notebooks (the folded "Answer" text and the code that computes it) is
tagged ``solution``. ``python -m geolib.student notebooks student`` writes a copy of each
notebook into ``student/`` without those cells and without outputs, with nbconvert's
``TagRemovePreprocessor``; the exercises stay. ``student/`` sits beside ``notebooks/``, so the
copies find the data (``../data``, ``../seeds``) as the originals do.

Example:
    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[
    ...     nbformat.v4.new_markdown_cell("**Exercise 1.** Count the actors."),
    ...     nbformat.v4.new_code_cell("actor_counts(m)", metadata={"tags": ["solution"]})])
    >>> [c.source for c in student_notebook(nb).cells]
    ['**Exercise 1.** Count the actors.']
"""

from __future__ import annotations

import argparse
import copy
import os
import sys
from pathlib import Path
from typing import Any

__all__ = ["SOLUTION_TAG", "student_notebook", "write_student_notebooks"]

SOLUTION_TAG = "solution"


def student_notebook(nb: Any, *, tag: str = SOLUTION_TAG) -> Any:
    """A copy of a notebook node without the cells tagged ``tag`` and without outputs."""
    from nbconvert.preprocessors import ClearOutputPreprocessor, TagRemovePreprocessor

    nb = copy.deepcopy(nb)
    nb, _ = TagRemovePreprocessor(remove_cell_tags={tag}, enabled=True).preprocess(nb, {})
    nb, _ = ClearOutputPreprocessor().preprocess(nb, {})
    return nb


def write_student_notebooks(folder: str | os.PathLike = "notebooks",
                            out: str | os.PathLike = "student", *, tag: str = SOLUTION_TAG) -> list[Path]:
    """Write a student copy of every ``*.ipynb`` in ``folder`` into ``out``; return the paths.

    Raises:
        FileNotFoundError: ``folder`` has no notebooks.
        ValueError: ``out`` is ``folder`` (the originals would be overwritten).
    """
    import nbformat

    src, dst = Path(folder), Path(out)
    paths = sorted(src.glob("*.ipynb"))
    if not paths:
        raise FileNotFoundError(f"no notebooks (*.ipynb) in {src}")
    if dst.resolve() == src.resolve():
        raise ValueError(f"the student copies would overwrite the notebooks in {src}; "
                         "choose another folder")
    dst.mkdir(parents=True, exist_ok=True)
    written = []
    for path in paths:
        nb = student_notebook(nbformat.read(path, as_version=4), tag=tag)
        target = dst / path.name
        nbformat.write(nb, target)
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m geolib.student",
                                     description="Write copies of the notebooks with the answers removed.")
    parser.add_argument("folder", nargs="?", default="notebooks", help="the notebooks (default: notebooks)")
    parser.add_argument("out", nargs="?", default="student", help="where to write (default: student)")
    parser.add_argument("--tag", default=SOLUTION_TAG, help="the tag of answer cells (default: solution)")
    args = parser.parse_args(argv)
    try:
        paths = write_student_notebooks(args.folder, args.out, tag=args.tag)
    except (FileNotFoundError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(f"{len(paths)} student notebook(s) without answers in {args.out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
