"""kill -9 of the real `valuejournal start` and `stop` at random moments: the journal passes
`check`, there is never more than one timer, and a stop is all or nothing (the timer still
runs and no session was written, or the timer is gone and exactly its session is there)."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from tests.helpers.kill_lab import Lab, make_lab
from valuejournal.store.journal import Journal
from valuejournal.store.safety import check_file

SEED = 20261215
TRIALS = 6


@pytest.fixture(scope="module")
def timer_lab(tmp_path_factory: pytest.TempPathFactory) -> Lab:
    return make_lab(tmp_path_factory, "timer-kills", weeks=8)


def _state(path: Path, title: str) -> tuple[bool, int]:
    with Journal.open(path, create=False) as journal:
        timer = journal.running_timer()
        logged = sum(1 for s in journal.all_sessions() if s.title == title)
    return timer is not None and timer.title == title, logged


def test_kill_nine_during_start_and_stop(timer_lab: Lab, tally: Counter[str]) -> None:
    rng = random.Random(SEED)
    lab, j = timer_lab, str(timer_lab.journal)
    for n in range(TRIALS):
        title = f"timer-kill-{n}"
        killed, code, out = lab.kill_during(
            ["start", "--journal", j, "--title", title], rng.uniform(0.3, 2.0), None
        )
        running, logged = _state(lab.journal, title)
        assert logged == 0
        if not killed:
            assert code == 0 and out.startswith("Timer started") and running
        if not running:  # killed before it wrote: start it for the stop trial
            assert lab.run("start", "--journal", j, "--title", title).returncode == 0
        killed, code, out = lab.kill_during(
            ["stop", "--journal", j, "--value", "6"], rng.uniform(0.3, 2.0), None
        )
        running, logged = _state(lab.journal, title)
        assert (running, logged) in ((True, 0), (False, 1)), (n, running, logged)
        if not killed:
            assert code == 0 and out.startswith("Logged") and (running, logged) == (False, 1)
        if running:
            done = lab.run("stop", "--journal", j, "--value", "6")
            assert done.returncode == 0, done.stderr
            assert _state(lab.journal, title) == (False, 1)
        tally["trials"] += 2
        tally["clean"] += 2
        tally["killed"] += int(killed)
    assert check_file(lab.journal).ok
    with Journal.open(lab.journal, create=False) as journal:
        assert journal.running_timer() is None


APP_SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from valuejournal.logs import setup_logging
from valuejournal.ui.app import build_window, ensure_app

setup_logging()
app = ensure_app()
window = build_window(Path(sys.argv[1]), ask_first_start=False)

def start() -> None:
    if "journal" not in window.pages:
        QTimer.singleShot(50, start)
        return
    page = window.pages["journal"]
    page.entry.title.setText("Survives kill -9")
    window.timer_action.trigger()  # what Ctrl+T does
    print("started", flush=True)

QTimer.singleShot(0, start)
app.exec()
"""


def test_a_timer_started_in_the_app_survives_kill_nine_and_runs_from_its_start(
    tmp_path: Path, app_home: Path, qtbot: object, tally: Counter[str]
) -> None:
    import os
    import subprocess
    import sys
    import time
    from datetime import UTC, datetime

    from tests.helpers.windows import open_window

    journal_path = tmp_path / "app.vjournal"
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "VALUEJOURNAL_HOME": str(app_home)}
    app = subprocess.Popen(
        [sys.executable, "-c", APP_SCRIPT, str(journal_path)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        assert app.stdout is not None
        assert app.stdout.readline().strip() == "started"
        time.sleep(1.5)
    finally:
        app.kill()  # kill -9: no close event, no clean shutdown
        app.communicate(timeout=60)
    tally["trials"] += 1
    tally["killed"] += 1
    assert check_file(journal_path).ok
    with Journal.open(journal_path, create=False) as journal:
        timer = journal.running_timer()
    assert timer is not None and timer.title == "Survives kill -9"
    assert timer.elapsed(datetime.now(UTC)) >= 1  # still running from its start
    window = open_window(qtbot, journal_path)  # reopened: the window shows it running
    bar = window.pages["journal"].timer_bar
    qtbot.waitUntil(lambda: bar.timer is not None)  # type: ignore[attr-defined]
    assert bar.timer.started_at == timer.started_at and "Survives kill -9" in bar.label.text()
    tally["clean"] += 1
