"""Rotating backups: consistent copies while the journal is open, private files, rotation
counts on a fake calendar, once a day, and restores that can be undone."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.helpers.schema import downgrade
from valuejournal.core.entities import Session
from valuejournal.store import backups
from valuejournal.store.backups import Keep, Where
from valuejournal.store.errors import JournalError
from valuejournal.store.journal import Journal
from valuejournal.store.restore import counts, restore
from valuejournal.store.safety import check_file


def _session(day: date, title: str = "work") -> Session:
    return Session(day=day, minutes=60, title=title, client="Acme", value=5)


def test_a_backup_is_a_private_complete_copy_while_the_journal_is_open(
    journal: Journal,
) -> None:
    for n in range(30):
        journal.add_session(_session(date(2026, 3, 1) + timedelta(days=n), f"s{n}"))
    made = backups.backup_now(journal.path, "manual")
    assert made.parent == journal.path.parent
    assert made.name.startswith("test.vjournal.backup-") and made.name.endswith("-manual")
    assert stat.S_IMODE(os.stat(made).st_mode) == 0o600
    assert not Path(f"{made}-wal").exists()  # one self-contained file
    assert check_file(made).ok
    assert counts(made).sessions == 30 and counts(made).clients == 1
    journal.add_session(_session(date(2026, 5, 1)))  # the open journal is still writable
    assert counts(journal.path).sessions == 31
    assert [b.path for b in backups.list_backups(journal.path)] == [made]


def test_backups_go_to_the_folder_from_settings(journal: Journal, tmp_path: Path) -> None:
    from valuejournal import settings

    folder = tmp_path / "elsewhere" / "backups"
    settings.update(backup_folder=str(folder), keep_daily=2)
    made = backups.backup_now(journal.path, "import")
    assert made.parent == folder
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    assert backups.configured().keep == Keep(2, 5, 12)
    assert settings.load().backup_folder == str(folder)


def _fake_backups(journal: Path, days: int, end: date) -> list[Path]:
    """One backup a day (at 12:00 UTC) for ``days`` days ending ``end``, as named files."""
    made = []
    for n in range(days):
        day = end - timedelta(days=n)
        stamp = datetime(day.year, day.month, day.day, 12, tzinfo=UTC).strftime(backups.STAMP)
        path = journal.with_name(f"{journal.name}.backup-{stamp}-daily")
        path.write_bytes(b"")
        made.append(path)
    return made


def _days(paths: list[Path] | set[Path]) -> list[str]:
    return sorted(p.name.split(".backup-")[1][:8] for p in paths)


def test_rotation_keeps_exactly_the_counts_on_a_fake_calendar(tmp_path: Path) -> None:
    journal = tmp_path / "j.vjournal"
    _fake_backups(journal, 400, date(2026, 12, 1))  # a Tuesday
    removed = backups.rotate(journal, Where(None, Keep(7, 5, 12)))
    kept = {b.path for b in backups.list_backups(journal, Where())}
    assert len(kept) + len(removed) == 400
    daily = [f"202611{d}" for d in ("25", "26", "27", "28", "29", "30")] + ["20261201"]
    weekly = ["20261108", "20261115", "20261122"]  # the Sundays ending three earlier weeks
    monthly = [f"2026{m:02d}{last}" for m, last in zip(
        range(1, 11), ("31", "28", "31", "30", "31", "30", "31", "31", "30", "31"), strict=True
    )]  # fmt: skip
    assert _days(kept) == sorted(daily + weekly + monthly)
    # two of the five weeks and two of the twelve months are counted already by the dailies
    assert len(kept) == 7 + 3 + 10


def test_rotation_with_zero_counts_keeps_only_the_new_one(journal: Journal) -> None:
    _fake_backups(journal.path, 10, date(2026, 11, 1))
    made = backups.backup_now(journal.path, "manual", where=Where(None, Keep(0, 0, 0, 0)))
    assert [b.path for b in backups.list_backups(journal.path, Where())] == [made]


def test_a_daily_backup_at_most_once_a_day(journal: Journal) -> None:
    morning = datetime.now(UTC).replace(hour=8, minute=0)
    first = backups.daily_backup(journal.path, now=morning)
    assert first is not None and first.name.endswith("-daily")
    assert backups.daily_backup(journal.path, now=morning + timedelta(minutes=5)) is None
    tomorrow = backups.daily_backup(journal.path, now=morning + timedelta(days=1))
    assert tomorrow is not None and tomorrow != first
    assert len(backups.list_backups(journal.path)) == 2


def test_two_backups_in_one_second_both_stay(journal: Journal) -> None:
    now = datetime(2026, 6, 1, 10, tzinfo=UTC)
    a = backups.backup_now(journal.path, "import", now=now)
    b = backups.backup_now(journal.path, "import", now=now)
    assert a != b and a.exists() and b.exists()
    assert b.name.endswith("-1-import")
    later = [backups.backup_now(journal.path, "restore", now=now) for _ in range(3)]
    kept = [b.path for b in backups.list_backups(journal.path)]
    assert kept == list(reversed(later))  # the three newest, though all of one day


def test_restore_puts_the_backup_back_and_can_be_undone(journal: Journal) -> None:
    journal.add_session(_session(date(2026, 1, 5), "kept"))
    made = backups.backup_now(journal.path, "manual")
    journal.add_session(_session(date(2026, 1, 6), "later"))
    journal.add_session(_session(date(2026, 1, 7), "later too"))
    done = restore(journal.path, made)
    # the open journal (its engine's pooled connections) reads the restored content
    assert [s.title for s in journal.all_sessions()] == ["kept"]
    assert done.counts.sessions == 1
    assert done.before is not None and done.before.name.endswith("-restore")
    assert counts(done.before).sessions == 3
    restore(journal.path, done.before)  # the undo
    assert [s.title for s in journal.all_sessions()] == ["kept", "later", "later too"]
    journal.add_session(_session(date(2026, 1, 8), "after"))
    assert journal.count_sessions() == 4


def test_restore_refuses_what_is_not_a_sound_journal(journal: Journal, tmp_path: Path) -> None:
    journal.add_session(_session(date(2026, 1, 5)))
    before = counts(journal.path)
    text = tmp_path / "notes.txt"
    text.write_text("not a journal")
    with pytest.raises(JournalError, match="not a Value Journal"):
        restore(journal.path, text)
    with pytest.raises(JournalError, match="no backup"):
        restore(journal.path, tmp_path / "missing")
    with pytest.raises(JournalError, match="journal itself"):
        restore(journal.path, journal.path)
    assert counts(journal.path) == before
    assert backups.list_backups(journal.path) == []  # nothing backed up for nothing


def test_restore_of_an_older_schema_is_migrated_at_the_next_open(
    journal: Journal, tmp_path: Path
) -> None:
    journal.add_session(_session(date(2026, 1, 5)))
    old = backups.backup_now(journal.path, "manual")
    downgrade(old, "0003")  # then as test_exact_durations makes a 0002 journal
    conn = sqlite3.connect(old)
    conn.executescript(
        "ALTER TABLE work_session DROP COLUMN duration_seconds; DROP TABLE mood_entry; "
        "UPDATE alembic_version SET version_num = '0002';"
    )
    conn.close()
    journal.close()
    restore(journal.path, old)
    with Journal.open(journal.path) as reopened:
        assert reopened.count_sessions() == 1
    reasons = sorted(b.reason for b in backups.list_backups(journal.path))
    assert reasons == ["manual", "migration", "restore"]


def test_restore_into_a_missing_journal_creates_it(journal: Journal, tmp_path: Path) -> None:
    journal.add_session(_session(date(2026, 1, 5)))
    made = backups.backup_now(journal.path, "manual")
    target = tmp_path / "new.vjournal"
    done = restore(target, made)
    assert done.before is None
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    with Journal.open(target) as opened:
        assert opened.count_sessions() == 1


def test_restore_writes_in_write_ahead_log_mode(journal: Journal, tmp_path: Path) -> None:
    """A journal left in rollback-journal mode (a demo file, one made by `share`) is switched
    to WAL before the copy: a kill then leaves only uncommitted -wal frames, never a hot
    -journal that read-only checks would read past (the kill trial in tests/reliability)."""
    journal.add_session(_session(date(2026, 1, 5)))
    made = backups.backup_now(journal.path, "manual")
    target = tmp_path / "rollback.vjournal"
    restore(target, made)
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
    conn.close()
    restore(target, made)
    conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()
    assert counts(target).sessions == 1 and check_file(target).ok


def test_the_backup_taken_before_a_restore_never_rotates_away_the_one_restored(
    journal: Journal,
) -> None:
    journal.add_session(Session(day=date(2026, 3, 2), minutes=60, title="oldest"))
    oldest = backups.backup_now(journal.path, "manual")
    journal.add_session(Session(day=date(2026, 3, 3), minutes=60, title="later"))
    for reason in ("manual", "import"):  # the same day: the 3 newest are kept
        backups.backup_now(journal.path, reason)
    assert oldest.exists()
    done = restore(journal.path, Path(os.path.relpath(oldest)))  # however it is named
    assert done.counts.sessions == 1 and oldest.exists()
    assert [s.title for s in journal.all_sessions()] == ["oldest"]
