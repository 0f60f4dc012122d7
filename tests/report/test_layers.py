"""report/ draws with QtGui only: importing it never loads QtWidgets."""

from __future__ import annotations

import subprocess
import sys


def test_report_package_never_imports_qt_widgets() -> None:
    code = (
        "import sys\n"
        "import valuejournal.report.export, valuejournal.report.render\n"
        "import valuejournal.report.parallel, valuejournal.commands.report\n"
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
