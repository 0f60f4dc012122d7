"""Hostile share and feedback files: each gets a clear message, nothing is imported or run."""

from __future__ import annotations

import random
import re
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tests.helpers.schema import downgrade
from valuejournal.core.entities import Comment, CommentTarget, Session
from valuejournal.store.errors import (
    CorruptJournalError,
    JournalError,
    NewerSchemaError,
    NotAJournalError,
    UnsafeJournalError,
)
from valuejournal.store.feedback import import_feedback, write_feedback_file
from valuejournal.store.journal import Journal
from valuejournal.store.safety import check_file
from valuejournal.store.schema import ADDED_IN
from valuejournal.store.share import ShareOptions, write_share
from valuejournal.store.untrusted import open_untrusted


def _sql(*statements: str) -> Callable[[Path], None]:
    def spoil(path: Path) -> None:
        conn = sqlite3.connect(path)
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.close()

    return spoil


def _replace(data: Callable[[bytes], bytes]) -> Callable[[Path], None]:
    def spoil(path: Path) -> None:
        path.write_bytes(data(path.read_bytes()))

    return spoil


NEW_META_COLUMNS = sorted(ADDED_IN["0002"]["journal_meta"])


def _other_app(path: Path) -> None:
    path.unlink()
    _sql("CREATE TABLE photos (id INTEGER, data BLOB)", "INSERT INTO photos VALUES (1, x'00')")(
        path
    )


HOSTILE: dict[str, tuple[Callable[[Path], None], type[JournalError], str]] = {
    "text": (_replace(lambda _: b"Dear coach,\nhere is my journal.\n" * 20), NotAJournalError,
             "not a Value Journal file"),
    "empty": (_replace(lambda _: b""), NotAJournalError, "not a Value Journal file"),
    "truncated": (_replace(lambda d: d[: len(d) // 3]), CorruptJournalError, "damaged"),
    "random": (_replace(lambda _: random.Random(5).randbytes(40_000)), NotAJournalError,
               "not SQLite"),
    "other app": (_other_app, NotAJournalError, "not a Value Journal"),
    "trigger": (_sql("CREATE TRIGGER evil AFTER INSERT ON comment BEGIN "
                     "DELETE FROM work_session; END"), UnsafeJournalError, "trigger (evil)"),
    "view": (_sql("CREATE VIEW peek AS SELECT * FROM work_session"), UnsafeJournalError,
             "view (peek)"),
    "newer": (_sql("UPDATE alembic_version SET version_num = '0099'"), NewerSchemaError,
              "update the app"),
    "extra table": (_sql("CREATE TABLE payload (x)"), UnsafeJournalError, "unexpected tables"),
    "extra column": (_sql("ALTER TABLE comment ADD COLUMN script TEXT"), UnsafeJournalError,
                     "unexpected columns"),
    "bad value": (_sql("UPDATE comment SET target = 'shell'",
                       "UPDATE work_session SET status = 'stolen'"), UnsafeJournalError,
                  "row(s) with"),
    "bad uuid": (_sql("UPDATE journal_meta SET journal_uuid = '../../outside'"),
                 UnsafeJournalError, "journal id cannot be read"),
    "unknown kind": (_sql("UPDATE journal_meta SET kind = 'installer'"), UnsafeJournalError,
                     "does not know"),
    "two metas": (_sql("INSERT INTO journal_meta (journal_uuid, owner, base_currency, "
                       "schema_version, created_at) SELECT journal_uuid, owner, base_currency, "
                       "schema_version, created_at FROM journal_meta"), UnsafeJournalError,
                  "exactly one journal_meta row"),
}  # fmt: skip


@pytest.fixture
def client(journal: Journal) -> Journal:
    journal.add_session(Session(day=date(2026, 8, 3), minutes=60, title="Work", value=5))
    return journal


def _feedback(client: Journal, path: Path) -> Path:
    session = client.all_sessions()[0]
    comment = Comment(CommentTarget.SESSION, "Hi", "Cora", target_uuid=session.uuid)
    return write_feedback_file(path, [comment], journal_uuid=client.info().uuid, author="Cora")


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_feedback_imports_nothing(name: str, client: Journal, tmp_path: Path) -> None:
    spoil, error, words = HOSTILE[name]
    path = _feedback(client, tmp_path / "hostile.vjfeedback")
    spoil(path)
    before = client.list_comments()
    with pytest.raises(error, match=re.escape(words)) as caught:
        import_feedback(client, path)
    assert "hostile.vjfeedback" in str(caught.value)
    assert client.list_comments() == before == []
    report = check_file(path)
    assert not report.ok and report.error_class is error


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_share_is_not_opened_for_review(name: str, client: Journal, tmp_path: Path):
    spoil, error, words = HOSTILE[name]
    path = tmp_path / "hostile.vjshare"
    write_share(client, path, ShareOptions())
    spoil(path)
    with pytest.raises(error, match=re.escape(words)) as caught:
        open_untrusted(path)
    assert "hostile.vjshare" in str(caught.value)


def test_private_copies_are_removed_after_a_refusal(
    client: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    path = tmp_path / "evil.vjshare"
    write_share(client, path, ShareOptions())
    HOSTILE["trigger"][0](path)
    with pytest.raises(UnsafeJournalError):
        open_untrusted(path)
    assert list((tmp_path / "tmp").iterdir()) == []


def test_the_original_file_is_never_written(client: Journal, tmp_path: Path) -> None:
    path = tmp_path / "old.vjshare"
    write_share(client, path, ShareOptions())
    downgrade(path, "0003")
    drops = [f"ALTER TABLE journal_meta DROP COLUMN {c}" for c in NEW_META_COLUMNS]
    drops += ["ALTER TABLE work_session DROP COLUMN duration_seconds", "DROP TABLE mood_entry"]
    _sql("UPDATE alembic_version SET version_num = '0001'", *drops)(path)
    before = path.read_bytes()
    opened = open_untrusted(path)  # an older share: its private copy is migrated
    try:
        assert opened.meta.kind == "journal"  # 0001 files did not say; they read as journals
        assert opened.journal.count_sessions() == 1
    finally:
        opened.close()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("old")) == ["old.vjshare"]


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(JournalError, match="does not exist"):
        open_untrusted(tmp_path / "nothing.vjshare")
    with pytest.raises(JournalError, match="folder"):
        open_untrusted(tmp_path)
