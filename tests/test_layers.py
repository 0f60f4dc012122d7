"""The layers keep their promises: lower layers never import Qt (or a higher layer)."""

from __future__ import annotations

import pytest

from tests.helpers.imports import modules_loaded_by, with_roots


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
