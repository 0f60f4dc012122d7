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


def test_the_settings_and_the_window_module_load_no_numpy() -> None:
    """The window paints before the insights engine is needed: reading the settings (which
    hold the thresholds) and importing the window's module load neither numpy nor the
    engine (core.insights loads its names on first use)."""
    loaded = modules_loaded_by(["valuejournal.settings", "valuejournal.ui.app"])
    assert with_roots(loaded, ["numpy", "matplotlib", "sqlalchemy"]) == []
    assert "valuejournal.core.insights.engine" not in loaded


def test_every_public_insights_name_loads() -> None:
    import valuejournal.core.insights as insights

    for name in insights.__all__:
        assert getattr(insights, name) is not None, name
    assert insights.Thresholds.__module__ == "valuejournal.core.insights.thresholds"
