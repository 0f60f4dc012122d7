"""One thing is said in the singular: "1 session, 1 client", never "1 sessions, 1 clients",
in what `backup`, `restore`, `check`, `demo`, `encrypt`, `decrypt`, `passphrase` and `share`
print (the real CLI, a real journal file)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.test_cli_bad_input import ADD
from valuejournal.cli import main
from valuejournal.store import backups, cipher, envelope
from valuejournal.store.restore import counts

Capsys = pytest.CaptureFixture[str]


@pytest.fixture(autouse=True)
def _fast_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    cipher._keys.clear()
    monkeypatch.setattr(envelope, "SCRYPT_LOG2_N", 12)


def ok(capsys: Capsys, *args: object) -> str:
    cipher._keys.clear()  # each command is a process of its own
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert (code, err) == (0, ""), err
    return out


def add(capsys: Capsys, journal: Path, *more: str) -> None:
    ok(capsys, *ADD, "--journal", journal, *more)


def test_backup_and_restore_say_one_session_one_client_one_backup(
    capsys: Capsys, journal_path: Path
) -> None:
    j = ("--journal", journal_path)
    add(capsys, journal_path, "--client", "Acme")
    out = ok(capsys, "backup", *j)
    (first,) = backups.list_backups(journal_path)
    assert f"to {first.path}: 1 session, 1 client\n" in out
    assert "  1 backup kept\n" in out
    add(capsys, journal_path, "--client", "Bolt")
    out = ok(capsys, "backup", *j)
    assert ": 2 sessions, 2 clients\n" in out and "  2 backups kept\n" in out
    out = ok(capsys, "restore", first.path, *j)
    assert out.startswith(f"Restored {journal_path} from {first.path}: 1 session, 1 client\n")
    assert counts(journal_path).sessions == 1
    before = next(b for b in backups.list_backups(journal_path) if b.reason == "restore")
    out = ok(capsys, "restore", before.path, *j)
    assert ": 2 sessions, 2 clients\n" in out


def test_demo_says_one_week(capsys: Capsys, tmp_path: Path) -> None:
    out = ok(capsys, "demo", tmp_path / "one.vjournal", "--weeks", "1", "--end", "2026-03-06")
    found = counts(tmp_path / "one.vjournal")
    sessions = "1 session" if found.sessions == 1 else f"{found.sessions:,} sessions"
    clients = "1 client" if found.clients == 1 else f"{found.clients:,} clients"
    assert out == f"Wrote {tmp_path / 'one.vjournal'}: {sessions}, {clients}, 1 week\n"
    out = ok(capsys, "demo", tmp_path / "two.vjournal", "--weeks", "2", "--end", "2026-03-06")
    assert out.endswith(", 2 weeks\n") and not re.search(r"\b1 (sessions|clients)\b", out)


def test_encryption_commands_and_check_say_one_session(
    capsys: Capsys, journal_path: Path, tmp_path: Path
) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("correct horse battery staple\n")
    new.write_text("a brand new passphrase\n")
    j = ("--journal", journal_path)
    add(capsys, journal_path)
    out = ok(capsys, "encrypt", *j, "--new-passphrase-file", old)
    assert out.startswith(f"Encrypted {journal_path}: 1 session, 0 clients; it opens only")
    out = ok(capsys, "check", *j, "--passphrase-file", old)
    assert "  encrypted journal: 1 session, 0 clients\n" in out
    out = ok(capsys, "decrypt", *j, "--passphrase-file", old)
    assert out.startswith(f"Decrypted {journal_path}: 1 session, 0 clients, stored plain")
    add(capsys, journal_path, "--client", "Acme")
    ok(capsys, "encrypt", *j, "--new-passphrase-file", old)
    out = ok(capsys, "passphrase", *j, "--passphrase-file", old, "--new-passphrase-file", new)
    assert out.startswith(f"Changed the passphrase of {journal_path}: 2 sessions, 1 client\n")
    out = ok(capsys, "check", *j, "--passphrase-file", new)
    assert "  encrypted journal: 2 sessions, 1 client\n" in out


def test_share_says_one_session_one_client_one_private_session(
    capsys: Capsys, journal_path: Path, tmp_path: Path
) -> None:
    j = ("--journal", journal_path)
    add(capsys, journal_path, "--client", "Acme")
    add(capsys, journal_path, "--client", "Acme", "--private")
    out = ok(capsys, "share", *j, "--out", tmp_path / "one.vjshare")
    assert ": 1 session, 1 client, 0 reflections (everything)\n" in out
    assert "  1 private session left out\n" in out
    out = ok(capsys, "share", *j, "--out", tmp_path / "two.vjshare", "--include-private")
    assert ": 2 sessions, 1 client, 0 reflections (everything)\n" in out
    assert "left out" not in out
