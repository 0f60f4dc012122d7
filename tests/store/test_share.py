"""Share files: only the chosen range leaves the journal, never the private parts, with meta."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from valuejournal import __version__
from valuejournal.core.entities import Client, Reflection, Session
from valuejournal.core.errors import UserError
from valuejournal.store.engine import HEAD_REVISION
from valuejournal.store.journal import Journal
from valuejournal.store.safety import check_file
from valuejournal.store.share import ShareOptions, write_share
from valuejournal.store.untrusted import open_untrusted

SECRETS = (b"PRIVATE-NOTE-7Q", b"PRIVATE-TITLE-7Q", b"CLIENT-NOTE-7Q", b"HiddenClientCo")


def fill(journal: Journal) -> dict[str, Session]:
    """Q3 2026 work (one private session), Q2 work, a private-only client, two reflections."""
    journal.save_client(
        Client("Acme", notes="CLIENT-NOTE-7Q pays late", alternative_rate_minor=9000)
    )
    journal.save_client(Client("HiddenClientCo"))
    made = {
        "q3": Session(day=date(2026, 8, 3), minutes=120, client="Acme", title="Workshop",
                      value=8, notes="shared note", tags=("teach",)),
        "q3_private": Session(day=date(2026, 8, 4), minutes=60, client="HiddenClientCo",
                              title="PRIVATE-TITLE-7Q", notes="PRIVATE-NOTE-7Q", private=True),
        "q2": Session(day=date(2026, 5, 5), minutes=30, client="Acme", title="Old work"),
    }  # fmt: skip
    for session in made.values():
        journal.add_session(session)
    journal.save_reflection(Reflection("2026-Q3", {"created": "Q3 thoughts"}))
    journal.save_reflection(Reflection("2026-Q2", {"created": "Q2 thoughts"}))
    return made


def test_quarter_share_holds_the_range_without_private_data(journal: Journal, tmp_path: Path):
    made = fill(journal)
    out = tmp_path / "lena.vjshare"
    summary = write_share(journal, out, ShareOptions.for_quarter("2026-Q3"))
    assert (summary.sessions, summary.clients, summary.reflections) == (1, 1, 1)
    assert summary.private_left_out == 1
    raw = out.read_bytes()
    for secret in SECRETS:
        assert secret not in raw, secret
    assert made["q3_private"].uuid.encode() not in raw
    assert made["q2"].uuid.encode() not in raw and b"Q2 thoughts" not in raw
    opened = open_untrusted(out)
    try:
        (shared,) = opened.journal.all_sessions()
        assert (shared.uuid, shared.notes, shared.tags) == (made["q3"].uuid, "shared note",
                                                           ("teach",))  # fmt: skip
        (client,) = opened.journal.list_clients()
        assert (client.name, client.notes, client.alternative_rate_minor) == ("Acme", "", 9000)
        (reflection,) = opened.journal.list_reflections()
        assert reflection.uuid == journal.get_reflection("2026-Q3").uuid  # type: ignore[union-attr]
    finally:
        opened.close()


def test_include_private_shares_private_sessions_and_client_notes(
    journal: Journal, tmp_path: Path
) -> None:
    fill(journal)
    out = tmp_path / "all.vjshare"
    summary = write_share(journal, out, ShareOptions(include_private=True))
    assert (summary.sessions, summary.clients, summary.reflections, summary.private_left_out) == (
        3, 2, 2, 0)  # fmt: skip
    raw = out.read_bytes()
    assert all(secret in raw for secret in SECRETS)


def test_meta_says_who_what_when_and_which_versions(journal: Journal, tmp_path: Path) -> None:
    fill(journal)
    out = tmp_path / "q3.vjshare"
    before = datetime.now(UTC) - timedelta(seconds=1)
    write_share(journal, out, ShareOptions(date(2026, 7, 1), date(2026, 9, 30)))
    opened = open_untrusted(out)
    opened.close()
    meta = opened.meta
    assert (meta.kind, meta.owner, meta.journal_uuid) == ("share", "Test Person",
                                                          journal.info().uuid)  # fmt: skip
    assert (meta.range_start, meta.range_end) == (date(2026, 7, 1), date(2026, 9, 30))
    assert meta.written_at is not None and meta.written_at >= before
    assert (meta.app_version, meta.revision) == (__version__, HEAD_REVISION)
    report = check_file(out)
    assert report.ok, report.problems
    assert any("kind: share (by Test Person)" in f for f in report.facts)
    assert any("2026-07-01 to 2026-09-30" in f for f in report.facts)
    assert not opened.workdir.exists()


def test_the_share_file_is_one_self_contained_file(journal: Journal, tmp_path: Path) -> None:
    fill(journal)
    write_share(journal, tmp_path / "s.vjshare", ShareOptions())
    assert sorted(p.name for p in tmp_path.iterdir() if "s.vjshare" in p.name) == ["s.vjshare"]
    conn = sqlite3.connect(tmp_path / "s.vjshare")
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()


def test_nothing_to_share_and_existing_files_are_refused(journal: Journal, tmp_path: Path):
    fill(journal)
    with pytest.raises(UserError, match="nothing to share"):
        write_share(journal, tmp_path / "x.vjshare", ShareOptions.for_quarter("2020-Q1"))
    assert not (tmp_path / "x.vjshare").exists()
    out = tmp_path / "y.vjshare"
    out.write_text("keep me")
    with pytest.raises(UserError, match="already exists"):
        write_share(journal, out, ShareOptions())
    assert out.read_text() == "keep me"
    write_share(journal, out, ShareOptions(), overwrite=True)
    assert check_file(out).ok
    with pytest.raises(UserError, match="after the end"):
        write_share(journal, out, ShareOptions(date(2026, 9, 1), date(2026, 8, 1)), overwrite=True)


def test_a_share_file_is_not_opened_as_ones_own_journal(journal: Journal, tmp_path: Path) -> None:
    from valuejournal.store.errors import NotAJournalError

    fill(journal)
    plain, sealed = tmp_path / "a.vjshare", tmp_path / "b.vjshare"
    write_share(journal, plain, ShareOptions.for_quarter("2026-Q3"))
    write_share(journal, sealed, ShareOptions.for_quarter("2026-Q3"), passphrase="long enough pw")
    before = plain.read_bytes()
    with pytest.raises(NotAJournalError, match="shared with you"):
        Journal.open(plain)
    with pytest.raises(NotAJournalError, match="encrypted shared file"):
        Journal.open(sealed)
    assert plain.read_bytes() == before  # refused before anything was written
