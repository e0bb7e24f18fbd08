"""The house rules of the code, checked: imports flow one way (no cycles, also not through
imports inside functions) and no module imports another module's private names."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "geolib"


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


MODULES = _modules()


def _imports(name: str) -> list[tuple[str, str, int]]:
    """(imported module, imported name or '', line) of every geolib import in a module,
    at the top or inside a function."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not target.startswith("geolib"):
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.append((sub, "", node.lineno) if sub in MODULES else (target, alias.name, node.lineno))
        elif isinstance(node, ast.Import):
            found += [(a.name, "", node.lineno) for a in node.names if a.name.startswith("geolib")]
    return found


def _graph() -> dict[str, set[str]]:
    graph = {}
    for name in MODULES:
        # a package's __init__ re-exports its modules; importing a submodule runs it first, so
        # edges *into* a package are edges to its __init__ only for names defined there
        graph[name] = {t for t, _, _ in _imports(name) if t in MODULES and t != name}
    return graph


def test_no_module_imports_another_module_s_private_names():
    bad = [f"{name}:{line} imports {target}.{what}" for name in MODULES
           for target, what, line in _imports(name)
           if what.startswith("_") and not what.startswith("__") and target != name]
    assert not bad, "\n".join(bad)


def test_imports_flow_one_way():
    graph = _graph()
    # the package roots (geolib, geolib.pipeline) only re-export: leave them out of the cycles
    roots = {n for n, p in MODULES.items() if p.name == "__init__.py"}
    g = {n: {t for t in ts if t not in roots} for n, ts in graph.items() if n not in roots}
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(n: str) -> None:
        state[n] = 1
        stack.append(n)
        for t in sorted(g.get(n, ())):
            if state.get(t) == 1:
                cycles.append(stack[stack.index(t):] + [t])
            elif t not in state:
                visit(t)
        stack.pop()
        state[n] = 2

    for n in sorted(g):
        if n not in state:
            visit(n)
    assert not cycles, "\n".join(" -> ".join(c) for c in cycles)


@pytest.mark.parametrize("name", ["geolib.cli", "geolib.commands", "geolib.subcommands"])
def test_the_command_line_modules_import_in_one_direction(name):
    order = ["geolib.cli", "geolib.commands", "geolib.subcommands"]
    targets = {t for t, _, _ in _imports(name)}
    assert not targets & set(order[: order.index(name)]), f"{name} imports a module above it"
