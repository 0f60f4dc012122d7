"""report/ draws with QtGui only: importing it never loads QtWidgets."""

from __future__ import annotations

import subprocess
import sys


def test_report_package_never_imports_qt_widgets() -> None:
    code = (
        "import sys\n"
        "import valuejournal.report.export, valuejournal.report.render\n"
        "import valuejournal.report.worker, valuejournal.commands.report\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith('PySide6.QtWidgets'))))\n"
        "print('matplotlib.pyplot' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.split() == ["False"]


def test_report_data_needs_no_qt_and_no_matplotlib() -> None:
    code = (
        "import sys\n"
        "import valuejournal.report.data\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'matplotlib'}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[]"


def test_the_pdf_painter_leaves_matplotlib_to_the_chart_worker() -> None:
    code = (
        "import sys\n"
        "import valuejournal.report.render, valuejournal.report.worker\n"
        "import valuejournal.commands.report\n"
        "print('matplotlib' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "False"


def test_span_colours_match_the_charts() -> None:
    from valuejournal.charts.style import LIGHT
    from valuejournal.core.insights import SpanKind
    from valuejournal.report.summary import SPAN_COLOURS

    assert {
        SpanKind.HIGH_PAY_LOW_VALUE: LIGHT.high_pay_low_value,
        SpanKind.HIGH_VALUE_NO_PAY: LIGHT.high_value_no_pay,
    } == SPAN_COLOURS
