"""report/ draws with QtGui only: importing it never loads QtWidgets."""

from __future__ import annotations

from tests.helpers.imports import modules_loaded_by, with_roots


def test_report_package_never_imports_qt_widgets() -> None:
    loaded = modules_loaded_by(
        ["valuejournal.report.export", "valuejournal.report.render",
         "valuejournal.report.worker", "valuejournal.commands.report"]
    )  # fmt: skip
    assert [m for m in loaded if m.startswith("PySide6.QtWidgets")] == []
    assert "matplotlib.pyplot" not in loaded


def test_report_data_needs_no_qt_and_no_matplotlib() -> None:
    loaded = modules_loaded_by(["valuejournal.report.data"])
    assert with_roots(loaded, ["PySide6", "matplotlib"]) == []


def test_the_pdf_painter_leaves_matplotlib_to_the_chart_worker() -> None:
    loaded = modules_loaded_by(
        ["valuejournal.report.render", "valuejournal.report.worker", "valuejournal.commands.report"]
    )
    assert "matplotlib" not in loaded


def test_span_colours_match_the_charts() -> None:
    from valuejournal.charts.style import LIGHT
    from valuejournal.core.insights import SpanKind
    from valuejournal.report.summary import SPAN_COLOURS

    assert {
        SpanKind.HIGH_PAY_LOW_VALUE: LIGHT.high_pay_low_value,
        SpanKind.HIGH_VALUE_NO_PAY: LIGHT.high_value_no_pay,
    } == SPAN_COLOURS
