"""What importing some modules loads, measured in a fresh interpreter (for layer tests)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

_CODE = """
import importlib, json, sys
for name in json.loads(sys.argv[1]):
    importlib.import_module(name)
print(json.dumps(sorted(sys.modules)))
"""


def modules_loaded_by(modules: Iterable[str]) -> set[str]:
    """Every module in sys.modules after importing ``modules`` in a new Python process."""
    result = subprocess.run(
        [sys.executable, "-c", _CODE, json.dumps(list(modules))],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout))


def with_roots(loaded: set[str], roots: Iterable[str]) -> list[str]:
    """The loaded modules whose top-level package is one of ``roots``."""
    wanted = set(roots)
    return sorted(m for m in loaded if m.split(".")[0] in wanted)


# -- the static import graph: every import counted, at module level, in functions, and under
# -- TYPE_CHECKING (a cycle there is still a knot a reader has to untie) -------------------


def import_graph(root: Path, package: str) -> dict[str, set[str]]:
    """Module -> the modules of ``package`` it imports anywhere in its source.

    ``root`` is the package's folder. ``from a.b import c`` points at ``a.b.c`` when that is a
    module of the package, else at ``a.b``; parent packages are not counted as imported.
    """
    modules = {_module_name(path, root, package): path for path in sorted(root.rglob("*.py"))}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        is_package = path.name == "__init__.py"
        found: set[str] = set()
        for node in ast.walk(tree):
            for target in _targets(node, name, is_package):
                if target in modules:
                    found.add(target)
                elif target.rpartition(".")[0] in modules:
                    found.add(target.rpartition(".")[0])
        found.discard(name)
        graph[name] = found
    return graph


def _module_name(path: Path, root: Path, package: str) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([package, *parts])


def _targets(node: ast.AST, current: str, is_package: bool) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    base = node.module or ""
    if node.level:
        anchor = current.split(".")
        anchor = anchor[: len(anchor) - node.level + (1 if is_package else 0)]
        base = ".".join([*anchor, base] if base else anchor)
    return [f"{base}.{alias.name}" for alias in node.names]


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every group of modules that import each other in a circle (Tarjan's components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group: list[str] = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(cycles)


def upward_imports(graph: dict[str, set[str]], ranks: dict[str, int]) -> list[tuple[str, str]]:
    """The imports that point up: ``ranks`` maps a module prefix to its layer's height."""

    def rank(module: str) -> int | None:
        best = max((p for p in ranks if module == p or module.startswith(p + ".")), key=len,
                   default=None)  # fmt: skip
        return None if best is None else ranks[best]

    bad = []
    for source, targets in sorted(graph.items()):
        for target in sorted(targets):
            low, high = rank(source), rank(target)
            if low is not None and high is not None and high > low:
                bad.append((source, target))
    return bad
