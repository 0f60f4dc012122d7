"""The insights engine and the chart builders stay free of Qt and of the database."""

from __future__ import annotations

from tests.helpers.imports import modules_loaded_by, with_roots


def test_insights_and_charts_import_no_qt_and_no_sql() -> None:
    loaded = modules_loaded_by(
        ["valuejournal.core.insights", "valuejournal.charts", "valuejournal.charts.timeline",
         "valuejournal.charts.scales"]
    )  # fmt: skip
    forbidden = ["PySide6", "shiboken6", "sqlalchemy", "sqlmodel", "alembic"]
    assert with_roots(loaded, forbidden) == []
    assert "matplotlib.pyplot" not in loaded
