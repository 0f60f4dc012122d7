"""The coach commands: share, review (up to the window), feedback, and check on their files."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from valuejournal.cli import main
from valuejournal.core.entities import Comment, CommentTarget, Reflection, Session
from valuejournal.store import envelope
from valuejournal.store.feedback import open_review_store, write_feedback_file
from valuejournal.store.journal import Journal
from valuejournal.store.untrusted import open_untrusted

Capsys = pytest.CaptureFixture[str]


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(envelope, "SCRYPT_LOG2_N", 12)


def run(capsys: Capsys, *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def client(journal_path: Path) -> Path:
    with Journal.open(journal_path, owner="Ann") as journal:
        for day, private in ((3, False), (4, True), (5, False)):
            journal.add_session(Session(day=date(2026, 8, day), minutes=60, client="Acme",
                                        title=f"Work {day}", private=private, value=7))  # fmt: skip
        journal.add_session(Session(day=date(2026, 4, 1), minutes=60, title="Spring"))
        journal.save_reflection(Reflection("2026-Q3", {"created": "Acme work"}))
    return journal_path


def coach_feedback(share: Path, out: Path) -> list[Comment]:
    opened = open_untrusted(share)
    try:
        session = opened.journal.all_sessions()[0]
        reflection = opened.journal.list_reflections()[0]
        comments = [
            Comment(CommentTarget.SESSION, "Why 7?", "Cora", target_uuid=session.uuid),
            Comment(CommentTarget.PERIOD, "Busy\x1b[31m week", "Cora",
                    period_start=date(2026, 8, 3), period_end=date(2026, 8, 9)),
            Comment(CommentTarget.REFLECTION, "Say more", "Cora", target_uuid=reflection.uuid,
                    section="created"),
        ]  # fmt: skip
        store = open_review_store(opened.meta)
        store.add_comments(comments)
        store.close()
        write_feedback_file(out, comments, journal_uuid=opened.meta.journal_uuid, author="Cora")
    finally:
        opened.close()
    return comments


def test_share_then_feedback_round_trip(capsys: Capsys, client: Path, tmp_path: Path) -> None:
    share = tmp_path / "ann.vjshare"
    code, out, err = run(
        capsys, "share", "--journal", client, "--out", share, "--quarter", "2026-Q3"
    )
    assert (code, err) == (0, "")
    assert "2 sessions, 1 client, 1 reflection (2026-07-01 to 2026-09-30)" in out
    assert "1 private session left out" in out
    code, out, _ = run(capsys, "check", share)
    assert code == 0 and "kind: share (by Ann)" in out and "OK" in out
    feedback = tmp_path / "ann.vjfeedback"
    comments = coach_feedback(share, feedback)
    with Journal.open(client) as journal:
        journal.delete_session(comments[0].target_uuid)
    code, out, err = run(capsys, "feedback", feedback, "--journal", client)
    assert (code, err) == (0, "")
    assert "Added 3 comments from Cora (0 already there)" in out
    assert "session" in out and "[orphaned: no longer in this journal]" in out
    assert "period 2026-08-03 to 2026-08-09: Busy [31m week" in out  # no escape codes
    assert "reflection 2026-Q3, “Value created, and for whom”: Say more" in out
    code, out, _ = run(capsys, "feedback", feedback, "--journal", client)
    assert code == 0 and "Added 0 comments from Cora (3 already there)" in out
    with Journal.open(client) as journal:
        assert len(journal.list_comments()) == 3


def test_share_options_and_encryption(capsys: Capsys, client: Path, tmp_path: Path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text("open sesame please\n")
    share = tmp_path / "all.vjshare"
    code, out, _ = run(capsys, "share", "--journal", client, "--out", share, "--from",
                       "2026-01-01", "--to", "2026-12-31", "--include-private",
                       "--passphrase-file", secret)  # fmt: skip
    assert code == 0 and "4 sessions" in out and "encrypted" in out
    code, _, err = run(capsys, "check", share)
    assert code == 2 and "encrypted" in err and "passphrase" in err
    code, _, err = run(capsys, "share", "--journal", client, "--out", share)
    assert code == 2 and "already exists" in err
    code, _, err = run(capsys, "share", "--journal", client, "--out", share, "--force")
    assert code == 0
    code, _, err = run(capsys, "share", "--journal", client, "--out", tmp_path / "x.vjshare",
                       "--quarter", "2026-Q3", "--from", "2026-01-01")  # fmt: skip
    assert code == 2 and "either --quarter or --from/--to" in err
    code, _, err = run(capsys, "share", "--journal", client, "--out", tmp_path / "x.vjshare",
                       "--quarter", "2026-Q9")  # fmt: skip
    assert code == 2 and "quarter" in err
    code, _, err = run(capsys, "share", "--journal", tmp_path / "none.vjournal", "--out",
                       tmp_path / "x.vjshare")  # fmt: skip
    assert code == 2 and "no journal" in err
    assert not (tmp_path / "x.vjshare").exists()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"just some text\n", "not a Value Journal file"),
        (bytes(range(256)) * 40, "not a Value Journal file"),
        (b"", "not a Value Journal file"),
    ],
)
def test_hostile_files_exit_2_everywhere(
    capsys: Capsys, client: Path, tmp_path: Path, content: bytes, words: str
) -> None:
    bad = tmp_path / "bad.vjfeedback"
    bad.write_bytes(content)
    for args in (("feedback", bad, "--journal", client), ("review", bad), ("check", bad)):
        code, out, err = run(capsys, *args)
        assert code == 2, args
        assert words in err and "Traceback" not in err and err.count("\n") == 1
    with Journal.open(client) as journal:
        assert journal.list_comments() == []


def test_feedback_with_a_trigger_is_refused(capsys: Capsys, client: Path, tmp_path: Path) -> None:
    share = tmp_path / "ann.vjshare"
    run(capsys, "share", "--journal", client, "--out", share)
    feedback = tmp_path / "fb.vjfeedback"
    coach_feedback(share, feedback)
    conn = sqlite3.connect(feedback)
    conn.execute("CREATE TRIGGER t AFTER INSERT ON tag BEGIN DELETE FROM comment; END")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "feedback", feedback, "--journal", client)
    assert code == 2 and "trigger" in err
    code, _, err = run(capsys, "feedback", share, "--journal", client)
    assert code == 2 and "is a shared journal" in err


def test_review_checks_every_file_before_the_window(
    capsys: Capsys, client: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    share = tmp_path / "ann.vjshare"
    run(capsys, "share", "--journal", client, "--out", share)
    locked = tmp_path / "locked.vjshare"
    secret = tmp_path / "pass.txt"
    secret.write_text("open sesame please")
    run(capsys, "share", "--journal", client, "--out", locked, "--passphrase-file", secret)
    seen: dict[str, object] = {}

    def fake_run_review(files: list[Path], opened: list[object]) -> int:
        seen["files"], seen["opened"] = files, opened
        for item in opened:
            item.close()  # type: ignore[attr-defined]
        return 0

    from valuejournal.ui import app as ui_app

    monkeypatch.setattr(ui_app, "run_review", fake_run_review)
    code, _, _ = run(capsys, "review", share, locked)
    assert code == 0
    assert seen["files"] == [locked]  # its passphrase is asked in the window
    assert [o.source for o in seen["opened"]] == [share]  # type: ignore[attr-defined]
    code, _, _ = run(capsys, "review", share, locked, "--passphrase-file", secret)
    assert code == 0 and seen["files"] == [] and len(seen["opened"]) == 2  # type: ignore[arg-type]
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase")
    code, _, err = run(capsys, "review", share, locked, "--passphrase-file", wrong)
    assert code == 2 and "passphrase does not open locked.vjshare" in err


def test_feedback_updates_changed_comments_and_brings_homework(
    capsys: Capsys, client: Path, tmp_path: Path
) -> None:
    from valuejournal.core.homework import Homework, HomeworkKind

    share = tmp_path / "ann.vjshare"
    assert run(capsys, "share", "--journal", client, "--out", share)[0] == 0
    first = tmp_path / "one.vjfeedback"
    comments = coach_feedback(share, first)
    assert run(capsys, "feedback", first, "--journal", client)[0] == 0
    opened = open_untrusted(share)
    store = open_review_store(opened.meta)
    store.change_comment(comments[0].uuid, body="Why 7, not 8?")
    store.add_homework(Homework(HomeworkKind.RATE_EVERY, "Rate every session", author="Cora",
                                start=date(2026, 9, 1), end=date(2026, 9, 14)))  # fmt: skip
    second = tmp_path / "two.vjfeedback"
    write_feedback_file(second, store.list_comments(), homework=store.list_homework(),
                        journal_uuid=opened.meta.journal_uuid, author="Cora")  # fmt: skip
    store.close()
    opened.close()
    code, out, err = run(capsys, "feedback", second, "--journal", client)
    assert (code, err) == (0, "")
    assert "Added 0 comments from Cora (2 already there)" in out
    assert "Updated 1 comment your coach changed" in out
    assert "Homework: 1 new, 0 changed by your coach" in out and "- Rate every session" in out
    conn = sqlite3.connect(second)
    conn.execute("UPDATE homework SET kind = 'bribe'")
    conn.commit()
    conn.close()
    code, out, err = run(capsys, "feedback", second, "--journal", client)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert "homework of an unknown kind" in err
    with Journal.open(client) as journal:
        assert len(journal.list_comments()) == 3 and len(journal.list_homework()) == 1
        assert journal.list_comments()[0].body == "Why 7, not 8?"


def test_feedback_says_which_homework_the_coach_withdrew(
    capsys: Capsys, client: Path, tmp_path: Path
) -> None:
    from valuejournal.core.homework import Homework, HomeworkKind

    share = tmp_path / "ann.vjshare"
    assert run(capsys, "share", "--journal", client, "--out", share)[0] == 0
    opened = open_untrusted(share)
    store = open_review_store(opened.meta)
    item = store.add_homework(Homework(HomeworkKind.TASK, "Call Brightline", author="Cora"))

    def send(name: str) -> Path:
        out = tmp_path / name
        write_feedback_file(out, [], homework=store.list_homework(),
                            journal_uuid=opened.meta.journal_uuid, author="Cora")  # fmt: skip
        return out

    first = send("one.vjfeedback")
    store.withdraw_homework(item.uuid)
    second = send("two.vjfeedback")
    store.close()
    opened.close()
    assert run(capsys, "feedback", first, "--journal", client)[0] == 0
    code, out, err = run(capsys, "feedback", second, "--journal", client)
    assert (code, err) == (0, "")
    assert "Homework: 0 new, 1 changed by your coach" in out
    assert "- withdrawn by your coach: Call Brightline" in out
    with Journal.open(client) as journal:
        (copy,) = journal.list_homework()
        assert copy.withdrawn
