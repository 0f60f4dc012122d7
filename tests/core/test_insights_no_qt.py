"""The insights engine and the chart builders stay free of Qt and of the database."""

from __future__ import annotations

import subprocess
import sys


def test_insights_and_charts_import_no_qt_and_no_sql():
    code = (
        "import sys\n"
        "import valuejournal.core.insights, valuejournal.charts\n"
        "import valuejournal.charts.timeline, valuejournal.charts.scales\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'PySide6', 'shiboken6', 'sqlalchemy', 'sqlmodel', 'alembic'} "
        "or m == 'matplotlib.pyplot')\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == ""
