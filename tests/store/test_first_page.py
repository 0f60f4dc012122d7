"""The newest sessions read with sqlite3 alone match what the journal itself lists."""

from __future__ import annotations

import hashlib
from pathlib import Path

from valuejournal.core.query import SessionQuery
from valuejournal.store.first_page import read_first_page
from valuejournal.store.journal import Journal

SHOWN = ("uuid", "day", "client", "title", "minutes", "pay_minor", "currency", "status",
         "value", "mood", "private", "notes", "tags")  # fmt: skip


def test_the_first_page_is_the_journals_own_first_page(demo_path: Path) -> None:
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    page = read_first_page(demo_path, 200)
    assert page is not None
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before  # read-only
    with Journal.open(demo_path) as journal:
        expected = journal.query_sessions(SessionQuery(), limit=200)
        total = journal.count_sessions(SessionQuery())
    assert page.total == total and len(page.sessions) == 200
    assert any(s.tags for s in expected) and any(s.client is None for s in expected)
    for got, want in zip(page.sessions, expected, strict=True):
        assert {k: getattr(got, k) for k in SHOWN} == {k: getattr(want, k) for k in SHOWN}


def test_anything_else_gives_none(tmp_path: Path) -> None:
    assert read_first_page(tmp_path / "missing.vjournal", 200) is None
    assert not (tmp_path / "missing.vjournal").exists()  # not created by the read
    text = tmp_path / "notes.vjournal"
    text.write_text("not a database")
    assert read_first_page(text, 200) is None
    assert read_first_page(tmp_path, 200) is None  # a folder
    import sqlite3

    other = tmp_path / "other.vjournal"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE work_session (id INTEGER PRIMARY KEY, day TEXT)")
    assert read_first_page(other, 200) is None  # another schema
