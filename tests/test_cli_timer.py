"""`valuejournal start`, `stop` and `status`: exit codes, one-line refusals, the session."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from valuejournal import settings
from valuejournal.cli import main
from valuejournal.store.journal import Journal


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _refused(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, _out, err = _run(capsys, *args)
    assert code == 2, err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


def _digest(path: Path) -> str:
    with sqlite3.connect(path) as conn:  # the content, whatever the WAL holds
        rows = [
            conn.execute(f"SELECT * FROM {t}").fetchall() for t in ("work_session", "running_timer")
        ]
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def test_start_status_stop_writes_one_rated_session(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    j = str(journal_path)
    code, out, _ = _run(capsys, "status", "--journal", j)
    assert (code, out) == (0, "No timer is running.\n")
    code, out, _ = _run(capsys, "start", "--journal", j, "--client", "Acme", "--title", "Logo")
    assert code == 0 and out.startswith("Timer started since ") and "for Acme — “Logo”" in out
    code, out, _ = _run(capsys, "status", "--journal", j)
    assert code == 0 and out.startswith("Timer running since ") and "Acme" in out
    code, out, _ = _run(
        capsys, "stop", "--journal", j, "--value", "7", "--mood", "4", "--energy", "3",
        "--stress", "2",
    )  # fmt: skip
    assert code == 0 and out.startswith("Logged 0:00:0") and "for Acme" in out
    with Journal.open(journal_path, create=False) as journal:
        assert journal.running_timer() is None
        (session,) = journal.all_sessions()
    assert (session.client, session.title, session.value, session.mood) == ("Acme", "Logo", 7, 4)
    assert (session.energy, session.stress, session.minutes) == (3, 2, 1)
    assert session.start_time is not None


def test_stop_with_nothing_running_and_start_twice_exit_2(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    j = str(journal_path)
    assert "no timer is running" in _refused(capsys, "stop", "--journal", j)
    assert _run(capsys, "start", "--journal", j, "--client", "Acme")[0] == 0
    before = _digest(journal_path)
    err = _refused(capsys, "start", "--journal", j, "--client", "Other")
    assert "already running since" in err and "Acme" in err
    assert _digest(journal_path) == before


@pytest.mark.parametrize(
    "bad",
    [
        ["--value", "11"],
        ["--value", "seven"],
        ["--value", "-1"],
        ["--mood", "0"],
        ["--energy", "6"],
        ["--stress", "x"],
        ["--value", "9" * 5000],
        ["--keep", "--split"],
    ],
)
def test_bad_ratings_leave_the_timer_running(
    journal_path: Path, capsys: pytest.CaptureFixture[str], bad: list[str]
) -> None:
    j = str(journal_path)
    assert _run(capsys, "start", "--journal", j)[0] == 0
    before = _digest(journal_path)
    _refused(capsys, "stop", "--journal", j, *bad)
    assert _digest(journal_path) == before
    with Journal.open(journal_path, create=False) as journal:
        assert journal.running_timer() is not None and journal.count_sessions() == 0


def test_a_bad_start_is_refused_and_writes_nothing(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    j = str(journal_path)
    _refused(capsys, "start", "--journal", j, "--title", "x" * 300)
    _refused(capsys, "start", "--journal", j, "--client", "a\x00b")
    assert _run(capsys, "status", "--journal", j)[1] == "No timer is running.\n"


def test_a_run_longer_than_the_limit_asks_keep_or_trim(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings.update(timer_max_hours=2.0)
    j = str(journal_path)
    with Journal.open(journal_path) as journal:
        journal.start_timer("Acme", at=datetime.now(UTC) - timedelta(hours=3))
    err = _refused(capsys, "stop", "--journal", j, "--value", "5")
    assert "longer than 2 h" in err and "--trim" in err
    code, out, _ = _run(capsys, "stop", "--journal", j, "--value", "5", "--trim")
    assert code == 0, out
    with Journal.open(journal_path, create=False) as journal:
        sessions = journal.all_sessions()
    assert sum(s.duration_seconds for s in sessions) == 2 * 3600
