"""The layers keep their promises: lower layers never import Qt (or a higher layer)."""

from __future__ import annotations

import subprocess
import sys

import pytest

CHECK = """
import importlib, sys
for name in {modules!r}:
    importlib.import_module(name)
bad = sorted(m for m in sys.modules if m.split(".")[0] in {forbidden!r})
print(",".join(bad))
"""


def loaded(modules: list[str], forbidden: list[str]) -> str:
    code = CHECK.format(modules=modules, forbidden=forbidden)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_core_imports_neither_qt_nor_sql() -> None:
    modules = ["valuejournal.core.entities", "valuejournal.core.rules", "valuejournal.core.demo",
               "valuejournal.core.insights", "valuejournal.core.query"]  # fmt: skip
    assert loaded(modules, ["PySide6", "sqlalchemy", "sqlmodel", "alembic", "matplotlib"]) == ""


@pytest.mark.parametrize(
    "module", ["valuejournal.store.journal", "valuejournal.interop", "valuejournal.charts"]
)
def test_store_interop_charts_import_no_qt(module: str) -> None:
    assert loaded([module], ["PySide6", "valuejournal.ui"]) == ""


def test_the_cli_does_not_load_qt_for_headless_commands() -> None:
    assert loaded(["valuejournal.cli", "valuejournal.commands.add"], ["PySide6"]) == ""
