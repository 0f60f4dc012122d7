"""Two launches on one journal give one window: the second brings the first forward and
ends (real processes of the app, offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from valuejournal.cli import main
from valuejournal.ui.single_instance import ask_running


def _launch(journal: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "valuejournal", "--journal", str(journal)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def test_a_second_launch_brings_the_first_window_forward_and_ends(
    tmp_path: Path, app_home: Path, qapp: object
) -> None:
    journal = tmp_path / "one.vjournal"
    assert main(["add", "--journal", str(journal), "--date", "2026-12-01", "--hours", "1",
                 "--value", "5"]) == 0  # fmt: skip
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "VALUEJOURNAL_HOME": str(app_home)}
    first = _launch(journal, env)
    try:
        began = time.monotonic()
        while not ask_running(journal, 200):  # the first window listens once it has the journal
            assert first.poll() is None, first.communicate()
            assert time.monotonic() - began < 60, "the first window never listened"
            time.sleep(0.2)
        second = _launch(journal, env)
        out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert "already open on that journal" in out
        assert first.poll() is None  # the first window is still there
        log = (app_home / "logs" / "valuejournal.log").read_text(encoding="utf-8")
        assert log.count("a second launch on") >= 2  # the test's knock and the second launch
    finally:
        first.terminate()
        first.communicate(timeout=60)
