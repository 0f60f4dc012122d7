"""The layers keep their promises: lower layers never import Qt (or a higher layer), and no
modules import each other in a circle (lazy and TYPE_CHECKING imports counted)."""

from __future__ import annotations

from pathlib import Path

import pytest

import valuejournal
from tests.helpers.imports import (
    import_cycles,
    import_graph,
    modules_loaded_by,
    upward_imports,
    with_roots,
)

PACKAGE = Path(valuejournal.__file__).parent
# DESIGN.md's layers, bottom up; the command line sits on top, the small shared modules
# (paths, atomic files, logs) below everything; the person's settings (typed, over core's
# Thresholds) beside the store.
LAYERS = {
    "valuejournal.paths": 0, "valuejournal.atomic": 0, "valuejournal.logs": 0,
    "valuejournal.tempfiles": 0, "valuejournal.terminal": 0, "valuejournal.filehead": 0,
    "valuejournal.boundedio": 1, "valuejournal.outputs": 1,  # they raise core's UserError
    "valuejournal.core": 1, "valuejournal.store": 2, "valuejournal.settings": 2,
    "valuejournal.interop": 3,
    "valuejournal.charts": 4, "valuejournal.report": 5, "valuejournal.ui": 6,
    "valuejournal.commands": 7, "valuejournal.cli": 7, "valuejournal.__main__": 7,
}  # fmt: skip


def test_core_imports_neither_qt_nor_sql() -> None:
    modules = ["valuejournal.core.entities", "valuejournal.core.rules", "valuejournal.core.demo",
               "valuejournal.core.insights", "valuejournal.core.query"]  # fmt: skip
    forbidden = ["PySide6", "sqlalchemy", "sqlmodel", "alembic", "matplotlib"]
    assert with_roots(modules_loaded_by(modules), forbidden) == []


@pytest.mark.parametrize(
    "module", ["valuejournal.store.journal", "valuejournal.interop", "valuejournal.charts"]
)
def test_store_interop_charts_import_no_qt(module: str) -> None:
    loaded = modules_loaded_by([module])
    assert with_roots(loaded, ["PySide6"]) == []
    assert [m for m in loaded if m.startswith("valuejournal.ui")] == []


def test_the_cli_does_not_load_qt_for_headless_commands() -> None:
    loaded = modules_loaded_by(["valuejournal.cli", "valuejournal.commands.add"])
    assert with_roots(loaded, ["PySide6"]) == []


def test_no_import_cycles_anywhere_ui_included() -> None:
    assert import_cycles(import_graph(PACKAGE, "valuejournal")) == []


def test_no_layer_imports_a_higher_one() -> None:
    graph = import_graph(PACKAGE, "valuejournal")
    assert upward_imports(graph, LAYERS) == []
    unranked = [m for m in graph if m != "valuejournal" and not any(
        m == p or m.startswith(p + ".") for p in LAYERS)]  # fmt: skip
    assert unranked == []  # a new top-level module gets its place in LAYERS


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / "pkg" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root / "pkg"


def test_the_checker_sees_lazy_and_type_checking_cycles(tmp_path: Path) -> None:
    root = _write(tmp_path, {
        "__init__.py": "",
        "low/__init__.py": "",
        "low/a.py": "import typing\nif typing.TYPE_CHECKING:\n    from pkg.high import b\n",
        "high/__init__.py": "",
        "high/b.py": "def f():\n    from ..low.a import x\n",
        "high/c.py": "from pkg.high import b\n",
        "high/d.py": "import pkg.high.c\nfrom . import b\n",
    })  # fmt: skip
    graph = import_graph(root, "pkg")
    assert graph["pkg.low.a"] == {"pkg.high.b"}  # under TYPE_CHECKING
    assert graph["pkg.high.b"] == {"pkg.low.a"}  # relative, inside a function
    assert graph["pkg.high.d"] == {"pkg.high.c", "pkg.high.b"}
    assert import_cycles(graph) == [["pkg.high.b", "pkg.low.a"]]
    assert upward_imports(graph, {"pkg.low": 1, "pkg.high": 2}) == [("pkg.low.a", "pkg.high.b")]


def test_the_checker_passes_a_package_without_cycles(tmp_path: Path) -> None:
    root = _write(tmp_path, {"__init__.py": "", "a.py": "import pkg.b\n", "b.py": "import os\n"})
    graph = import_graph(root, "pkg")
    assert graph == {"pkg": set(), "pkg.a": {"pkg.b"}, "pkg.b": set()}
    assert import_cycles(graph) == []
    assert upward_imports(graph, {"pkg.a": 2, "pkg.b": 1}) == []
