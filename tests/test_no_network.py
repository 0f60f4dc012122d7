"""The app makes no network calls: a demo journal, its insights, a PDF (with the chart helper
process) and the window on every page, each run in a process whose sockets refuse to reach
the network (and to look a name up) and write down who tried."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

GUARD = """
import os, socket, traceback

_LOG = os.environ["VJ_NETWORK_LOG"]
_NET = (socket.AF_INET, socket.AF_INET6)


def _refuse(what):
    with open(_LOG, "a", encoding="utf-8") as out:
        out.write(what + "\\n" + "".join(traceback.format_stack(limit=12)) + "\\n")
    raise OSError("network access refused by the test guard: " + what)


_connect, _connect_ex = socket.socket.connect, socket.socket.connect_ex
_sendto = socket.socket.sendto


def connect(self, address):
    if self.family in _NET:
        _refuse(f"connect {address!r}")
    return _connect(self, address)


def connect_ex(self, address):
    if self.family in _NET:
        _refuse(f"connect_ex {address!r}")
    return _connect_ex(self, address)


def sendto(self, *args):
    if self.family in _NET:
        _refuse(f"sendto {args[-1]!r}")
    return _sendto(self, *args)


socket.socket.connect, socket.socket.connect_ex, socket.socket.sendto = connect, connect_ex, sendto
socket.getaddrinfo = lambda *a, **k: _refuse(f"getaddrinfo {a!r}")
socket.gethostbyname = lambda *a, **k: _refuse(f"gethostbyname {a!r}")
"""

WINDOW = """
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from valuejournal.ui.app import build_window
from valuejournal.ui.pages import page_factories

window = build_window(Path(sys.argv[1]), ask_first_start=False)
app = QApplication.instance()
keys = [key for key, *_rest in page_factories()]


def walk():
    if "journal" not in window.pages:
        QTimer.singleShot(100, walk)
        return
    for key in keys:
        window.show_page(key)
        for _ in range(20):
            app.processEvents()
    print("pages", " ".join(keys))
    window.close()
    app.quit()


QTimer.singleShot(0, walk)
QTimer.singleShot(60_000, app.quit)
app.exec()
"""


@pytest.fixture
def guarded(tmp_path: Path) -> dict[str, str]:
    """The environment of a process whose every Python (children too) has the guard."""
    site = tmp_path / "guard"
    site.mkdir()
    (site / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(site), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["VJ_NETWORK_LOG"] = str(tmp_path / "network.log")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, timeout=240,
        check=False,
    )  # fmt: skip


def test_the_guard_catches_a_connection(guarded: dict[str, str]) -> None:
    probe = "import socket; socket.create_connection(('192.0.2.1', 80), timeout=1)"
    result = _run(guarded, "-c", probe)
    assert result.returncode != 0 and "refused by the test guard" in result.stderr
    assert "192.0.2.1" in Path(guarded["VJ_NETWORK_LOG"]).read_text(encoding="utf-8")


def test_demo_insights_report_and_window_make_no_network_calls(
    guarded: dict[str, str], tmp_path: Path
) -> None:
    journal = tmp_path / "demo.vjournal"
    pdf = tmp_path / "q2.pdf"
    steps = [
        ("-m", "valuejournal", "demo", str(journal), "--end", "2026-09-30"),
        ("-m", "valuejournal", "insights", "--journal", str(journal), "--json"),
        ("-m", "valuejournal", "report", "--quarter", "2026-Q2", "--out", str(pdf),
         "--journal", str(journal)),
        ("-c", WINDOW, str(journal)),
    ]  # fmt: skip
    for args in steps:
        result = _run(guarded, *args)
        assert result.returncode == 0, (args[:3], result.stderr[-2000:])
    assert pdf.stat().st_size > 10_000
    assert "pages journal" in result.stdout
    log = Path(guarded["VJ_NETWORK_LOG"])
    assert not log.exists(), log.read_text(encoding="utf-8")
