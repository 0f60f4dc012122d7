"""The command-line contract: demo, add, check; exit codes and one-line errors."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.helpers.typed_values import DAY_WORDS, HOUR_AND_A_HALF
from valuejournal.cli import main
from valuejournal.store.journal import Journal


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_then_check(capsys: pytest.CaptureFixture[str], journal_path: Path) -> None:
    code, out, _ = run(capsys, "add", "--journal", str(journal_path), "--date", "2026-03-02",
                       "--hours", "1,5", "--value", "7", "--client", "Acme", "--pay", "120.50",
                       "--mood", "4", "--note", "secret", "--private")  # fmt: skip
    assert code == 0 and "Added 1.50 h on 02/03/2026 for Acme" in out
    with Journal.open(journal_path) as journal:
        (s,) = journal.all_sessions()
    assert (s.minutes, s.value, s.pay_minor, s.status.value, s.private) == (
        90, 7, 12050, "pending", True)  # fmt: skip
    code, out, _ = run(capsys, "check", "--journal", str(journal_path))
    assert code == 0 and "OK" in out


def test_journal_option_before_the_command(
    capsys: pytest.CaptureFixture[str], journal_path: Path
) -> None:
    code, _, _ = run(capsys, "--journal", str(journal_path), "add", "--date", "2026-03-02",
                     "--hours", "2", "--value", "3")  # fmt: skip
    assert code == 0
    with Journal.open(journal_path) as journal:
        assert journal.count_sessions() == 1


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--date", "2026-02-30", "--hours", "1", "--value", "5"], "--date"),
        (["--date", "2026-02-03", "--hours", "0", "--value", "5"], "duration"),
        (["--date", "2026-02-03", "--hours", "abc", "--value", "5"], "hours"),
        (["--date", "2026-02-03", "--hours", "25", "--value", "5"], "24 hours"),
        (["--date", "2026-02-03", "--hours", "1h75", "--value", "5"], "--hours"),
        (["--date", "29.11.2026", "--hours", "1", "--value", "5"], "--date"),
        (["--date", "someday", "--hours", "1", "--value", "5"], "--date"),
        (["--date", "2026-02-03", "--hours", "1", "--value", "11"], "value"),
        (["--date", "2026-02-03", "--hours", "1", "--value", "5", "--pay", "-3"], "negative"),
        (["--date", "2026-02-03", "--hours", "1", "--value", "5", "--status", "paid"], "pay"),
        (
            [
                "--date",
                "2026-02-03",
                "--hours",
                "1",
                "--value",
                "5",
                "--pay",
                "10",
                "--paid-on",
                "2026-02-01",
            ],
            "paid-on",
        ),
        (["--date", "2026-02-03", "--hours", "1", "--value", "5", "--mood", "9"], "mood"),
        (["--hours", "1", "--value", "5"], "--date"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], journal_path: Path, extra: list[str], message: str
) -> None:
    code, _, err = run(capsys, "add", "--journal", str(journal_path), *extra)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and message in err
    assert "Traceback" not in err
    assert not journal_path.exists()


@pytest.mark.parametrize("hours", HOUR_AND_A_HALF)
def test_add_reads_hours_as_the_hours_field_does(
    capsys: pytest.CaptureFixture[str], journal_path: Path, hours: str
) -> None:
    code, out, err = run(capsys, "add", "--journal", str(journal_path), "--date", "2026-03-02",
                         "--hours", hours, "--value", "6")  # fmt: skip
    assert code == 0, err
    assert "Added 1.50 h on 02/03/2026" in out  # the tests' locale: British English
    with Journal.open(journal_path) as journal:
        (session,) = journal.all_sessions()
    assert session.minutes == 90


@pytest.mark.parametrize(("typed", "days"), DAY_WORDS.items())
def test_add_reads_dates_as_the_date_field_does(
    capsys: pytest.CaptureFixture[str], journal_path: Path, typed: str, days: int
) -> None:
    code, _out, err = run(capsys, "add", "--journal", str(journal_path), f"--date={typed}",
                          "--hours", "1", "--value", "6")  # fmt: skip
    assert code == 0, err
    with Journal.open(journal_path) as journal:
        (session,) = journal.all_sessions()
    assert session.day == date.today() + timedelta(days=days)


def test_add_reads_a_weekday_name_as_the_latest_such_day(
    capsys: pytest.CaptureFixture[str], journal_path: Path
) -> None:
    code, _out, err = run(capsys, "add", "--journal", str(journal_path), "--date", "mon",
                          "--hours", "1", "--value", "6", "--pay", "10", "--status", "paid",
                          "--paid-on", "today")  # fmt: skip
    assert code == 0, err
    with Journal.open(journal_path) as journal:
        (session,) = journal.all_sessions()
    today = date.today()
    assert session.day.weekday() == 0 and 0 <= (today - session.day).days < 7
    assert session.paid_on == today


def test_demo_is_deterministic(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    a, b = tmp_path / "a.vjournal", tmp_path / "b.vjournal"
    for path in (a, b):
        code, out, _ = run(capsys, "demo", str(path), "--seed", "3", "--weeks", "30",
                           "--end", "2026-06-30")  # fmt: skip
        assert code == 0 and "sessions" in out
    with Journal.open(a) as ja, Journal.open(b) as jb:
        sa, sb = ja.all_sessions(), jb.all_sessions()
        assert len(sa) > 300
        assert [(s.uuid, s.pay_minor, s.value) for s in sa] == [
            (s.uuid, s.pay_minor, s.value) for s in sb
        ]
        assert ja.list_reflections() and len(ja.list_clients()) >= 5
    code, _, err = run(capsys, "demo", str(a))
    assert code == 2 and "already exists" in err
    code, _, err = run(capsys, "demo", str(tmp_path / "c.vjournal"), "--weeks", "0")
    assert code == 2 and "--weeks" in err


def test_check_refuses_foreign_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = tmp_path / "x.vjournal"
    text.write_text("not a journal")
    code, _, err = run(capsys, "check", str(text))
    assert code == 2 and "not a Value Journal" in err
    assert err.count(str(text)) == 1  # the path once (it read "x: x is not ...")
    code, _, err = run(capsys, "check", str(tmp_path / "missing.vjournal"))
    assert code == 2 and "does not exist" in err and err.count("missing.vjournal") == 1


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_module_entry_point_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "valuejournal", "--version"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    from valuejournal import __version__

    assert result.returncode == 0 and result.stdout.strip() == f"valuejournal {__version__}"
