"""`valuejournal encrypt`, `decrypt` and `passphrase`: passphrases from files or a terminal,
every session kept, a backup first, one line and exit 2 for each way it can go wrong; and the
commands that read an encrypted journal for a coach (`share`, `feedback`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.encrypted import session_uuids
from tests.test_cli_coach import coach_feedback
from valuejournal.cli import main
from valuejournal.store import backups, cipher, envelope
from valuejournal.store.journal import Journal
from valuejournal.store.untrusted import open_untrusted

Capsys = pytest.CaptureFixture[str]
PASS = "correct horse battery staple"
NEW = "a brand new passphrase"


@pytest.fixture(autouse=True)
def _forget_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    cipher._keys.clear()
    monkeypatch.setattr(envelope, "SCRYPT_LOG2_N", 12)


def run(capsys: Capsys, *args: object) -> tuple[int, str, str]:
    cipher._keys.clear()  # each command is a process of its own
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def secret(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text + "\n")
    return path


uuids = session_uuids


def plain_reads(path: Path) -> bool:
    return session_uuids(path, None) is not None


def test_encrypt_change_decrypt_keep_every_session(
    capsys: Capsys, demo_path: Path, tmp_path: Path
) -> None:
    before = uuids(demo_path, None)
    old, new = secret(tmp_path, "old.txt", PASS), secret(tmp_path, "new.txt", NEW)
    j = ("--journal", demo_path)
    code, out, err = run(capsys, "encrypt", *j, "--new-passphrase-file", old)
    assert (code, err) == (0, "")
    assert out.startswith(f"Encrypted {demo_path}: {len(before):,} sessions")
    assert not plain_reads(demo_path) and uuids(demo_path, PASS) == before
    code, out, err = run(capsys, "passphrase", *j, "--passphrase-file", old,
                         "--new-passphrase-file", new)  # fmt: skip
    assert (code, err) == (0, "") and out.startswith("Changed the passphrase")
    assert uuids(demo_path, NEW) == before
    assert uuids(demo_path, PASS) is None
    code, out, err = run(capsys, "decrypt", *j, "--passphrase-file", new)
    assert (code, err) == (0, "") and "stored plain again" in out
    assert plain_reads(demo_path) and uuids(demo_path, None) == before
    reasons = sorted(b.reason for b in backups.list_backups(demo_path))
    assert reasons == ["decrypt", "encrypt", "encrypt"]
    for backup in backups.list_backups(demo_path):  # each encrypted, each holds every session
        assert not plain_reads(backup.path)
        assert uuids(backup.path, NEW if backup.reason == "decrypt" else PASS) == before


def test_each_wrong_start_is_one_line_and_exit_2(
    capsys: Capsys, demo_path: Path, tmp_path: Path
) -> None:
    good, bad = secret(tmp_path, "good.txt", PASS), secret(tmp_path, "bad.txt", "wrong horse")
    short = secret(tmp_path, "short.txt", "abc")
    missing = tmp_path / "missing.vjournal"
    j = ("--journal", demo_path)
    cases = [
        (("decrypt", *j, "--passphrase-file", good), "demo.vjournal is not encrypted"),
        (("passphrase", *j, "--passphrase-file", good, "--new-passphrase-file", good),
         "demo.vjournal is not encrypted"),
        (("encrypt", *j, "--new-passphrase-file", short), "at least 8 characters"),
        (("encrypt", "--journal", missing, "--new-passphrase-file", good), "no journal at"),
        (("decrypt", "--journal", missing, "--passphrase-file", good), "no journal at"),
        (("passphrase", "--journal", missing), "no journal at"),
        (("encrypt", *j), "no terminal to ask the passphrase on; give it with --new-passph"),
    ]  # fmt: skip
    plain_cases = len(cases)
    cases += [
        (("encrypt", *j, "--new-passphrase-file", good), "demo.vjournal is encrypted already"),
        (("decrypt", *j, "--passphrase-file", bad), "that passphrase does not open demo"),
        (("passphrase", *j, "--passphrase-file", bad, "--new-passphrase-file", good),
         "that passphrase does not open demo"),
        (("decrypt", *j), "no terminal to ask the passphrase on; give it with --passphrase-f"),
    ]  # fmt: skip
    for n, (args, words) in enumerate(cases):
        if n == plain_cases:
            assert run(capsys, "encrypt", *j, "--new-passphrase-file", good)[0] == 0
        code, out, err = run(capsys, *args)
        assert code == 2 and out == "", (args, out, err)
        assert err.count("\n") == 1 and words in err, (args, err)
        assert "Traceback" not in err
    assert uuids(demo_path, PASS) == uuids(backups.list_backups(demo_path)[0].path, PASS)
    assert sorted(b.reason for b in backups.list_backups(demo_path)) == ["encrypt"]


def test_passphrases_typed_on_a_terminal(demo_path: Path, tmp_path: Path) -> None:
    """The real command on a pseudo-terminal: getpass asks (echo off), a new one twice."""
    import pty

    before = uuids(demo_path, None)

    def typed(args: list[str], lines: list[str]) -> tuple[int, str]:
        """Run the command on a new terminal; type each line once its prompt is shown
        (getpass drops what was typed before it turned echo off)."""
        import select

        leader, follower = pty.openpty()
        proc = subprocess.Popen(
            [sys.executable, "-m", "valuejournal", *args, "--journal", str(demo_path)],
            stdin=follower, stdout=subprocess.PIPE, stderr=follower, start_new_session=True,
            env=os.environ | {"VALUEJOURNAL_HOME": str(tmp_path / "home")}, text=True,
        )  # fmt: skip
        os.close(follower)
        seen, prompts = b"", 0
        try:
            while proc.poll() is None or select.select([leader], [], [], 0.2)[0]:
                if not select.select([leader], [], [], 0.2)[0]:
                    continue
                seen += os.read(leader, 4096)
                if seen.count(b": ") > prompts and prompts < len(lines):
                    os.write(leader, (lines[prompts] + "\n").encode())
                    prompts += 1
        except OSError:  # the terminal closed with the process
            pass
        out, _ = proc.communicate(timeout=120)
        os.close(leader)
        assert PASS.encode() not in seen and NEW.encode() not in seen  # never echoed
        return proc.returncode, out + seen.decode(errors="replace")

    code, text = typed(["encrypt"], [PASS, "not the same"])
    assert code == 2 and "New passphrase for demo.vjournal" in text and "differ" in text
    assert plain_reads(demo_path)
    code, text = typed(["encrypt"], [PASS, PASS])
    assert code == 0 and "The same again" in text and uuids(demo_path, PASS) == before
    code, text = typed(["passphrase"], [PASS, NEW, NEW])
    assert code == 0 and "Passphrase of demo.vjournal" in text and uuids(demo_path, NEW) == before


def test_share_and_feedback_with_an_encrypted_journal(
    capsys: Capsys, demo_path: Path, tmp_path: Path
) -> None:
    from valuejournal.core.entities import Reflection

    with Journal.open(demo_path) as journal:
        journal.save_reflection(Reflection("2026-Q3", {"created": "Good work"}))
    good = secret(tmp_path, "good.txt", PASS)
    assert run(capsys, "encrypt", "--journal", demo_path, "--new-passphrase-file", good)[0] == 0
    share = tmp_path / "ann.vjshare"
    args = ("share", "--journal", demo_path, "--out", share, "--quarter", "2026-Q3")
    code, _out, err = run(capsys, *args)
    assert code == 2 and "encrypted; give its passphrase (--journal-passphrase-file F)" in err
    assert not share.exists()
    code, out, err = run(capsys, *args, "--journal-passphrase-file", good)
    assert (code, err) == (0, "") and out.startswith(f"Wrote {share}")
    opened = open_untrusted(share)  # a share is a plain journal for the coach (unless sealed)
    try:
        shared = len(opened.journal.all_sessions())
    finally:
        opened.close()
    assert shared > 10
    sealed = tmp_path / "sealed.vjshare"
    code, out, err = run(capsys, "share", "--journal", demo_path, "--out", sealed,
                         "--passphrase-file", good, "--journal-passphrase-file", good)  # fmt: skip
    assert code == 0 and "encrypted: it opens only with the passphrase" in out
    feedback = tmp_path / "ann.vjfeedback"
    comments = coach_feedback(share, feedback)
    code, _out, err = run(capsys, "feedback", feedback, "--journal", demo_path)
    assert code == 2 and "(--journal-passphrase-file F)" in err
    code, out, err = run(capsys, "feedback", feedback, "--journal", demo_path,
                         "--journal-passphrase-file", good)  # fmt: skip
    assert (code, err) == (0, "") and "Added 3 comments from Cora" in out
    assert not plain_reads(demo_path)
    cipher.unlock(demo_path, PASS)
    with Journal.open(demo_path) as journal:
        assert {c.uuid for c in journal.list_comments()} == {c.uuid for c in comments}


def test_restore_asks_for_an_earlier_passphrase(
    capsys: Capsys, demo_path: Path, tmp_path: Path
) -> None:
    old, new = secret(tmp_path, "old.txt", PASS), secret(tmp_path, "new.txt", NEW)
    j = ("--journal", demo_path)
    before = uuids(demo_path, None)
    assert run(capsys, "encrypt", *j, "--new-passphrase-file", old)[0] == 0
    (made,) = (b.path for b in backups.list_backups(demo_path))
    assert run(capsys, "passphrase", *j, "--passphrase-file", old,
               "--new-passphrase-file", new)[0] == 0  # fmt: skip
    code, _out, err = run(capsys, "restore", made, *j, "--passphrase-file", new)
    assert code == 2 and err.count("\n") == 1
    assert "an earlier one?); give it with --backup-passphrase-file F" in err
    code, _out, err = run(capsys, "restore", made, *j)
    assert code == 2 and "encrypted; give its passphrase (--passphrase-file F)" in err
    code, out, err = run(capsys, "restore", made, *j, "--passphrase-file", new,
                         "--backup-passphrase-file", old)  # fmt: skip
    assert (code, err) == (0, "") and out.startswith(f"Restored {demo_path}")
    assert uuids(demo_path, NEW) == before  # under the journal's passphrase now


def test_commands_with_actions_take_the_passphrase_after_the_action(
    capsys: Capsys, demo_path: Path, tmp_path: Path
) -> None:
    """`invoice list --passphrase-file F` was refused ("unrecognized arguments") while the
    error for a locked journal tells the person to give exactly that; the option was only
    known before the action (`invoice --passphrase-file F list`)."""
    key = secret(tmp_path, "pass.txt", PASS)
    j = ("--journal", demo_path)
    assert run(capsys, "encrypt", *j, "--new-passphrase-file", key)[0] == 0
    code, _out, err = run(capsys, "invoice", "list", *j)
    assert code == 2 and "--passphrase-file F" in err
    code, out, err = run(capsys, "invoice", "add", "T-1", "--client", "Brightline Agency",
                         "--from", "2020-01-01", "--to", "2030-12-31", "--sent", "2030-12-31",
                         *j, "--passphrase-file", key)  # fmt: skip
    assert (code, err) == (0, "") and out.startswith("Invoice T-1 to Brightline Agency")
    code, out, err = run(capsys, "invoice", "list", *j, "--passphrase-file", key)
    assert (code, err) == (0, "") and out.startswith("T-1  Brightline Agency")
    assert run(capsys, "invoice", "--passphrase-file", key, "list", *j)[0] == 0  # as before
    code, out, err = run(capsys, "rates", "list", *j, "--passphrase-file", key)
    assert (code, err) == (0, "")
    assert run(capsys, "rates", *j, "--passphrase-file", key)[0] == 0


def test_check_reads_an_encrypted_journal_with_its_passphrase(
    capsys: Capsys, demo_path: Path, tmp_path: Path
) -> None:
    """`check` on an encrypted journal said it "is not a Value Journal file (not SQLite)";
    it says it is encrypted and how to give the passphrase, and with it checks the file."""
    key = secret(tmp_path, "pass.txt", PASS)
    j = ("--journal", demo_path)
    assert run(capsys, "encrypt", *j, "--new-passphrase-file", key)[0] == 0
    code, out, err = run(capsys, "check", *j)
    assert code == 2 and out == ""
    assert err == (f"valuejournal: error: {demo_path} is not a Value Journal file, unless it is "
                   "an encrypted one: give its passphrase (--passphrase-file F)\n")  # fmt: skip
    code, out, err = run(capsys, "check", *j, "--passphrase-file", key)
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == f"{demo_path}: OK"
    assert f"{len(uuids(demo_path, PASS)):,} sessions" in out
    wrong = secret(tmp_path, "wrong.txt", "not the passphrase")
    code, out, err = run(capsys, "check", *j, "--passphrase-file", wrong)
    assert code == 2 and "passphrase" in err and len(err.splitlines()) == 1
