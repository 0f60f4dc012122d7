"""Revision 0005: amounts of currencies whose CLDR digits differ from the old table mean the
same money after the migration."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from tests.helpers.schema import downgrade
from valuejournal.core.entities import Client, Session
from valuejournal.core.money import format_plain
from valuejournal.store import engine
from valuejournal.store.journal import Journal
from valuejournal.store.safety import check_file


def test_a_0004_journal_keeps_its_money_when_digits_change(journal_path: Path) -> None:
    # Written as the old table stored them: HUF and IDR with 2 digits, IQD with 3.
    old = {"HUF": 1234550, "IQD": 2500000, "IDR": 99, "EUR": 123450, "JPY": 1500, "KWD": 12345}
    with Journal.open(journal_path) as journal:
        journal.save_client(Client(name="Budapest Ltd", currency="HUF"))
        for code in old:
            journal.add_session(
                Session(day=date(2026, 3, 2), minutes=60, title=code, currency=code)
            )
    downgrade(journal_path, "0005")  # the timer (0006) and projects (0007) go first
    conn = sqlite3.connect(journal_path)
    with conn:
        for code, minor in old.items():
            conn.execute("UPDATE work_session SET pay_minor = ? WHERE title = ?", (minor, code))
        conn.execute("UPDATE client SET alternative_rate_minor = 900050")
        conn.execute("UPDATE alembic_version SET version_num = '0004'")
    conn.close()
    assert check_file(journal_path).ok
    with Journal.open(journal_path) as journal:
        pay = {s.title: format_plain(s.pay_minor, s.currency) for s in journal.all_sessions()}
        (client,) = journal.list_clients()
    assert engine.stored_revision(journal_path) == engine.HEAD_REVISION
    # 12,345.50 HUF rounds half up to 12,346 HUF; 2,500.000 IQD is 2,500 IQD; 0.99 IDR is 1.
    assert pay == {
        "HUF": "12346", "IQD": "2500", "IDR": "1", "EUR": "1234.50", "JPY": "1500",
        "KWD": "12.345",
    }  # fmt: skip
    assert client.alternative_rate_minor == 9001  # 9,000.50 HUF an hour
    assert check_file(journal_path).ok
