"""Encryption at rest: an encrypted journal opens only with its passphrase (a clear message for
a wrong one), its backups are encrypted alike, the preview skips it, and encrypt, change and
decrypt each keep every row and leave a backup."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from valuejournal.core.entities import Session
from valuejournal.store import backups, cipher
from valuejournal.store.encryption import change_passphrase, decrypt_journal, encrypt_journal
from valuejournal.store.first_page import read_first_page
from valuejournal.store.journal import Journal
from valuejournal.store.safety import check_file

PASS = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _forget_keys() -> None:
    cipher._keys.clear()


def _plain_reads(path: Path) -> bool:
    try:
        sqlite3.connect(f"file:{path}?mode=ro", uri=True).execute(
            "SELECT count(*) FROM work_session"
        )
    except sqlite3.DatabaseError:
        return False
    return True


def _opens_with(path: Path, passphrase: str) -> int | None:
    """Sessions counted through SQLCipher with the passphrase itself (its own KDF)."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
        return int(conn.execute("SELECT count(*) FROM work_session").fetchone()[0])
    except sqlcipher3.DatabaseError:
        return None
    finally:
        conn.close()


def test_an_encrypted_journal_opens_only_with_its_passphrase(demo_path: Path) -> None:
    with Journal.open(demo_path) as journal:
        sessions = journal.count_sessions()
    made = encrypt_journal(demo_path, PASS)
    assert made.name.endswith("-encrypt") and not _plain_reads(made)  # encrypted alike
    assert _opens_with(made, PASS) == sessions  # the state before, with the same passphrase
    assert cipher.is_encrypted(demo_path) and not _plain_reads(demo_path)
    assert _opens_with(demo_path, PASS) == sessions  # SQLCipher 4 defaults: any tool opens it
    first = read_first_page(demo_path, 50)  # the preview, read with the key unlocked
    assert first is not None and first.total == sessions and len(first.sessions) == 50
    cipher._keys.clear()
    assert read_first_page(demo_path, 50) is None  # locked: no preview, and no failure
    with pytest.raises(cipher.PassphraseNeededError, match="encrypted; give its passphrase"):
        Journal.open(demo_path)
    with pytest.raises(cipher.WrongPassphraseError, match="does not open demo.vjournal"):
        cipher.unlock(demo_path, "wrong horse")
    cipher.unlock(demo_path, PASS)
    with Journal.open(demo_path) as journal:
        journal.add_session(Session(day=date(2026, 10, 1), minutes=45, title="secret work"))
        assert journal.count_sessions() == sessions + 1
    assert b"secret work" not in demo_path.read_bytes()


def test_backups_of_an_encrypted_journal_are_encrypted_alike(demo_path: Path) -> None:
    encrypt_journal(demo_path, PASS)
    made = backups.backup_now(demo_path, "manual")
    assert cipher.is_encrypted(made) and not _plain_reads(made)
    assert not check_file(made).ok  # the plain checks cannot read it either
    assert _opens_with(made, "wrong horse") is None
    assert _opens_with(made, PASS) == _opens_with(demo_path, PASS)
    cipher._keys.clear()
    with pytest.raises(cipher.PassphraseNeededError):
        backups.backup_now(demo_path, "manual")


def test_encrypting_encrypts_the_plain_backups_and_reports_progress(demo_path: Path) -> None:
    older = [backups.backup_now(demo_path, r) for r in ("daily", "manual")]
    assert all(_plain_reads(b) for b in older)
    seen: list[tuple[int, int]] = []
    made = encrypt_journal(demo_path, PASS, progress=lambda d, t: seen.append((d, t)))
    found = backups.list_backups(demo_path)
    assert {b.path for b in found} == {*older, made}
    for backup in found:
        assert cipher.is_encrypted(backup.path) and not _plain_reads(backup.path)
        assert _opens_with(backup.path, PASS) == _opens_with(demo_path, PASS)
    assert seen[-1] == (1000, 1000) and any(0 < d < 500 for d, _t in seen)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    assert not [p.name for p in demo_path.parent.iterdir() if ".partial-" in p.name]


def test_a_journal_open_in_another_process_is_not_rewritten(demo_path: Path) -> None:
    import json
    import subprocess
    import sys

    from valuejournal.store import lock
    from valuejournal.store.errors import JournalError

    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        mine = lock.me()
        holder = {"host": mine.host, "pid": other.pid, "boot": mine.boot, "since": mine.since}
        lock.lock_path(demo_path).write_text(json.dumps(holder))
        with pytest.raises(JournalError, match=f"open in Value Journal on .* {other.pid}"):
            encrypt_journal(demo_path, PASS)
    finally:
        other.kill()
        other.wait()
    assert not cipher.is_encrypted(demo_path) and backups.list_backups(demo_path) == []
    encrypt_journal(demo_path, PASS)  # the process is gone: its lock is stale
    assert cipher.is_encrypted(demo_path)


def test_a_short_new_passphrase_or_a_missing_journal_is_said_in_words(
    demo_path: Path, tmp_path: Path
) -> None:
    from valuejournal.store.errors import JournalError

    with pytest.raises(JournalError, match="at least 8 characters"):
        encrypt_journal(demo_path, "short")
    assert not cipher.is_encrypted(demo_path) and backups.list_backups(demo_path) == []
    with pytest.raises(JournalError, match="there is no journal at"):
        encrypt_journal(tmp_path / "missing.vjournal", PASS)
    with pytest.raises(JournalError, match="is not encrypted"):
        change_passphrase(demo_path, PASS, "another passphrase")


def test_change_then_decrypt_keep_every_row(demo_path: Path) -> None:
    with Journal.open(demo_path) as journal:
        before = [s.uuid for s in journal.all_sessions()]
    encrypt_journal(demo_path, PASS)
    change_passphrase(demo_path, PASS, "new passphrase")
    assert _opens_with(demo_path, PASS) is None
    assert _opens_with(demo_path, "new passphrase") == len(before)
    with pytest.raises(cipher.WrongPassphraseError):
        decrypt_journal(demo_path, PASS)
    decrypt_journal(demo_path, "new passphrase")
    assert not cipher.is_encrypted(demo_path) and check_file(demo_path).ok
    with Journal.open(demo_path) as journal:
        assert [s.uuid for s in journal.all_sessions()] == before
    reasons = sorted(b.reason for b in backups.list_backups(demo_path))
    assert reasons == ["decrypt", "encrypt", "encrypt"]


def test_the_cli_unlocks_with_a_passphrase_file(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from valuejournal.cli import main

    encrypt_journal(demo_path, PASS)
    cipher._keys.clear()
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(PASS + "\n")
    bad.write_text("wrong horse\n")
    add = ["add", "--journal", str(demo_path), "--date", "2026-10-02", "--hours", "1"]
    assert main([*add, "--value", "5"]) == 2
    assert "encrypted; give its passphrase (--passphrase-file F)" in capsys.readouterr().err
    cipher._keys.clear()
    assert main([*add, "--value", "5", "--passphrase-file", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "does not open demo.vjournal" in err and err.count("\n") == 1
    cipher._keys.clear()
    assert main([*add, "--value", "5", "--passphrase-file", str(good)]) == 0
    cipher._keys.clear()
    assert main(["backup", "--journal", str(demo_path), "--passphrase-file", str(good)]) == 0
    (manual,) = [b for b in backups.list_backups(demo_path) if b.reason == "manual"]
    assert cipher.is_encrypted(manual.path) and not _plain_reads(manual.path)


def test_a_wrong_passphrase_is_one_line_from_the_real_cli(demo_path: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    encrypt_journal(demo_path, PASS)
    bad = tmp_path / "bad.txt"
    bad.write_text("wrong horse\n")
    done = subprocess.run(
        [sys.executable, "-m", "valuejournal", "insights", "--journal", str(demo_path),
         "--passphrase-file", str(bad)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "does not open demo.vjournal" in done.stderr


def test_an_encrypted_backup_restores_and_the_restore_undoes(demo_path: Path) -> None:
    from valuejournal.store.restore import counts, restore

    encrypt_journal(demo_path, PASS)
    with Journal.open(demo_path) as journal:
        sessions = journal.count_sessions()
        made = backups.backup_now(demo_path, "manual")
        journal.add_session(Session(day=date(2026, 10, 3), minutes=30, title="after"))
        done = restore(demo_path, made)
        assert journal.count_sessions() == sessions
    assert done.before is not None and cipher.is_encrypted(done.before)
    assert counts(done.before).sessions == sessions + 1
    restore(demo_path, done.before)
    assert counts(demo_path).sessions == sessions + 1 and cipher.is_encrypted(demo_path)
    cipher._keys.clear()
    with pytest.raises(cipher.PassphraseNeededError):
        restore(demo_path, made)


def test_a_backup_under_an_earlier_passphrase_comes_back_as_the_journal_is_now(
    demo_path: Path,
) -> None:
    from valuejournal.store.restore import restore

    encrypt_journal(demo_path, PASS)
    made = backups.backup_now(demo_path, "manual")
    sessions = _opens_with(made, PASS)
    change_passphrase(demo_path, PASS, "the new passphrase")
    with Journal.open(demo_path) as journal:
        journal.add_session(Session(day=date(2026, 10, 4), minutes=30, title="after"))
    cipher._keys.clear()
    cipher.unlock(demo_path, "the new passphrase")
    with pytest.raises(cipher.PassphraseNeededError, match="an earlier one"):
        restore(demo_path, made)
    with pytest.raises(cipher.WrongPassphraseError):
        restore(demo_path, made, passphrase="wrong horse")
    assert _opens_with(demo_path, "the new passphrase") == sessions + 1  # untouched
    done = restore(demo_path, made, passphrase=PASS)
    assert done.counts.sessions == sessions
    assert _opens_with(demo_path, "the new passphrase") == sessions  # the current passphrase
    assert _opens_with(demo_path, PASS) is None
    assert (
        done.before is not None and _opens_with(done.before, "the new passphrase") == sessions + 1
    )
    assert not [p.name for p in demo_path.parent.iterdir() if ".partial-" in p.name]
    decrypt_journal(demo_path, "the new passphrase")  # plain now: a backup comes back plain
    restore(demo_path, done.before, passphrase="the new passphrase")
    assert _plain_reads(demo_path) and check_file(demo_path).ok
    with Journal.open(demo_path) as journal:
        assert journal.count_sessions() == sessions + 1
