"""Invoices in the store (revision 0008): sessions covered by uuid, paid with their sessions,
tombstones, shares and JSON exports that carry them, and the migration from 0007."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from tests.helpers.schema import downgrade
from valuejournal.core.entities import PayStatus, Session
from valuejournal.core.invoices import Invoice, InvoiceError, overdue
from valuejournal.core.rules import ValidationError
from valuejournal.interop.journal_io import export_journal, restore_json
from valuejournal.interop.json_io import read_json
from valuejournal.store import engine
from valuejournal.store.journal import Journal
from valuejournal.store.safety import check_file
from valuejournal.store.share import ShareOptions, write_share
from valuejournal.store.untrusted import open_untrusted
from valuejournal.store.writer import write_demo_journal


def _work(journal: Journal, day: int, pay: int, client: str = "Acme", **kw: object) -> Session:
    return journal.add_session(
        Session(day=date(2026, 3, day), minutes=60, client=client, pay_minor=pay,
                status=PayStatus.PENDING if pay else PayStatus.NONE, title=f"d{day}",
                **kw)  # type: ignore[arg-type]
    )  # fmt: skip


def _invoice(number: str, sessions: list[Session], **kw: object) -> Invoice:
    values: dict[str, object] = {"sent_on": date(2026, 3, 31), "due_on": date(2026, 4, 30)}
    values.update(kw)
    return Invoice(number, sessions[0].client or "", amount_minor=sum(s.pay_minor for s in
                   sessions), currency="EUR", sessions=tuple(s.uuid for s in sessions),
                   **values)  # type: ignore[arg-type]  # fmt: skip


def test_an_invoice_covers_sessions_once_and_numbers_are_unique(journal: Journal) -> None:
    one, two, three = _work(journal, 2, 10000), _work(journal, 3, 5000), _work(journal, 4, 0)
    _work(journal, 5, 7000, client="Beta")
    assert [b.uuid for b in journal.billable(client="acme")] == [one.uuid, two.uuid, three.uuid]
    stored = journal.add_invoice(_invoice("2026-001", [one, two]))
    assert journal.get_invoice("2026-001") == journal.list_invoices()[0]
    back = journal.get_invoice("2026-001")
    assert back is not None
    assert (back.client, back.amount_minor, back.sessions) == ("Acme", 15000, (one.uuid, two.uuid))
    assert back.uuid == stored.uuid and back.due_on == date(2026, 4, 30)
    assert [b.uuid for b in journal.billable(client="Acme")] == [three.uuid]
    done = _work(journal, 6, 900)
    journal.mark_sessions_paid([done.uuid], date(2026, 3, 20))
    assert [b.uuid for b in journal.billable(client="Acme")] == [three.uuid]  # paid: not billed
    assert journal.invoice_numbers([one.uuid, three.uuid]) == {one.uuid: "2026-001"}
    with pytest.raises(InvoiceError, match="already an invoice numbered"):
        journal.add_invoice(_invoice("2026-001", [three]))  # the same number, any case
    with pytest.raises(InvoiceError, match="already on invoice 2026-001"):
        journal.add_invoice(_invoice("2026-002", [two, three]))
    with pytest.raises(InvoiceError, match="no client named"):
        journal.add_invoice(
            Invoice("X1", "Nobody", date(2026, 4, 1), 1, "EUR", sessions=(three.uuid,))
        )
    with pytest.raises(ValidationError, match="due date cannot be before"):
        journal.add_invoice(_invoice("X2", [three], due_on=date(2026, 3, 1)))
    assert [i.number for i in journal.list_invoices()] == ["2026-001"]  # nothing half-written


def test_paying_an_invoice_pays_its_sessions_and_undo_puts_them_back(journal: Journal) -> None:
    one, two, unpaid = _work(journal, 2, 10000), _work(journal, 3, 5000), _work(journal, 4, 0)
    journal.add_invoice(_invoice("A-1", [one, two, unpaid]))
    with pytest.raises(InvoiceError, match="before that"):
        journal.mark_invoice_paid("A-1", date(2026, 3, 30))  # before it was sent
    payment = journal.mark_invoice_paid("a-1", date(2026, 4, 20))
    money = {s.title: (s.status, s.paid_on) for s in journal.all_sessions()}
    assert money == {
        "d2": (PayStatus.PAID, date(2026, 4, 20)),
        "d3": (PayStatus.PAID, date(2026, 4, 20)),
        "d4": (PayStatus.NONE, None),  # no pay: nothing to be paid
    }
    invoice = journal.get_invoice("A-1")
    assert invoice is not None and invoice.paid_on == date(2026, 4, 20)
    assert not overdue([invoice], date(2026, 12, 1))
    journal.undo_payment(payment)
    money = {s.title: (s.status, s.paid_on) for s in journal.all_sessions()}
    assert money["d2"] == (PayStatus.PENDING, None) and money["d3"] == (PayStatus.PENDING, None)
    invoice = journal.get_invoice("A-1")
    assert invoice is not None and invoice.paid_on is None
    assert overdue([invoice], date(2026, 5, 3)) == [invoice]
    assert invoice.overdue_days(date(2026, 5, 3)) == 3


def test_a_deleted_session_keeps_its_invoice_when_it_comes_back(journal: Journal) -> None:
    one, two = _work(journal, 2, 10000), _work(journal, 3, 5000)
    invoice = journal.add_invoice(_invoice("A-1", [one, two]))
    removed = journal.delete_session(one.uuid)
    again = journal.get_invoice("A-1")
    assert again is not None and again.sessions == (two.uuid,)
    journal.add_session(removed)  # what undo does
    again = journal.get_invoice("A-1")
    assert again is not None and again.sessions == (one.uuid, two.uuid)
    journal.delete_invoice(invoice.uuid)
    assert journal.list_invoices() == []
    assert [(t.uuid, t.kind) for t in journal.list_tombstones()] == [(invoice.uuid, "invoice")]
    assert journal.invoice_numbers([one.uuid, two.uuid]) == {}  # the links went with it
    journal.add_invoice(invoice)  # added again (undo of the delete): the tombstone goes
    assert journal.list_tombstones() == []


def test_a_share_carries_the_shared_sessions_invoices(journal: Journal, tmp_path: Path) -> None:
    one, hidden = _work(journal, 2, 10000), _work(journal, 3, 5000, private=True)
    other, alone = _work(journal, 20, 3000), _work(journal, 4, 900, private=True)
    journal.add_invoice(_invoice("A-1", [one, hidden]))
    journal.add_invoice(_invoice("A-2", [alone], sent_on=date(2026, 4, 1), due_on=None))
    journal.add_invoice(_invoice("A-3", [other], sent_on=date(2026, 4, 2)))
    out = tmp_path / "s.vjshare"
    write_share(journal, out, ShareOptions(date(2026, 3, 1), date(2026, 3, 10)))
    assert check_file(out).ok
    opened = open_untrusted(out)
    try:
        shared = opened.journal.list_invoices()
    finally:
        opened.close()
    assert [(i.number, i.sessions, i.amount_minor) for i in shared] == [("A-1", (one.uuid,), 15000)]


def test_a_json_export_carries_invoices_and_restores_them(journal: Journal, tmp_path: Path) -> None:
    one, two = _work(journal, 2, 10000), _work(journal, 3, 5000)
    journal.add_invoice(_invoice("A-1", [one, two], paid_on=date(2026, 4, 2)))
    out = tmp_path / "all.json"
    export_journal(journal, out)
    data = read_json(out)
    assert [(i.number, i.sessions, i.paid_on) for i in data.invoices] == [
        ("A-1", (one.uuid, two.uuid), date(2026, 4, 2))
    ]
    with Journal.open(tmp_path / "restored.vjournal") as fresh:
        counts = restore_json(data, fresh)
        assert (counts.sessions, counts.invoices) == (2, 1)
        assert fresh.list_invoices()[0].sessions == (one.uuid, two.uuid)
        assert restore_json(data, fresh).invoices == 0  # matched by number


def test_a_hostile_invoice_date_is_refused(journal: Journal, journal_path: Path) -> None:
    journal.add_invoice(_invoice("A-1", [_work(journal, 2, 100)]))
    journal.close()
    with sqlite3.connect(journal_path) as conn:
        conn.execute("UPDATE invoice SET due_on = 'soon'")
    conn.close()
    assert any("invoice" in p and "due_on" in p for p in check_file(journal_path).problems)


TABLES = ("client", "work_session", "project", "tag", "session_tag", "reflection", "tombstone")


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    later = {"fx_rate", "fx_day"}  # revision 0012's columns (tests/store/test_exchange.py)
    try:
        out = {}
        for t in TABLES:
            names = [r[1] for r in conn.execute(f"PRAGMA table_info({t})") if r[1] not in later]
            out[t] = conn.execute(f"SELECT {', '.join(names)} FROM {t} ORDER BY 1").fetchall()
        return out
    finally:
        conn.close()


def test_a_0007_journal_is_carried_over_without_loss(journal_path: Path) -> None:
    write_demo_journal(journal_path, seed=3, weeks=6, end=date(2026, 9, 30))
    with Journal.open(journal_path) as journal:
        gone = _work(journal, 9, 4200)
        journal.delete_session(gone.uuid)  # a tombstone from before
    downgrade(journal_path, "0007")  # the schema before invoices
    assert engine.stored_revision(journal_path) == "0007"
    assert check_file(journal_path).ok
    before = _dump(journal_path)
    assert len(before["work_session"]) > 10 and before["tombstone"]
    with Journal.open(journal_path) as journal:
        assert journal.list_invoices() == []
        session = journal.all_sessions()[-1]
        added = journal.add_invoice(
            Invoice(
                "N-1", session.client or "", date(2026, 10, 1), 100, "EUR", sessions=(session.uuid,)
            )  # fmt: skip
        )
        assert journal.get_invoice("n-1") == journal.list_invoices()[0]
        journal.delete_invoice(added.uuid)
    assert engine.stored_revision(journal_path) == engine.HEAD_REVISION
    after = _dump(journal_path)
    after["tombstone"] = [t for t in after["tombstone"] if t[1] != added.uuid]
    assert after == before  # every old row and value, as it was
    assert check_file(journal_path).ok


def test_the_next_number_follows_the_clients_newest_then_anyones() -> None:
    from valuejournal.core.invoices import next_number

    def inv(number: str, client: str, day: int) -> Invoice:
        return Invoice(number, client, date(2026, 3, day), 1, "EUR", sessions=("x",))

    made = [inv("AC-009", "Acme", 2), inv("BE-2026-4", "Beta", 9), inv("AC-010", "Acme", 5)]
    assert next_number(made, date(2026, 3, 20), client="acme") == "AC-011"
    assert next_number(made, date(2026, 3, 20), client="Gamma") == "BE-2026-5"
    taken = [*made, inv("BE-2026-5", "Beta", 1)]
    assert next_number(taken, date(2026, 3, 20)) == "BE-2026-6"  # 5 is taken already
    assert next_number([], date(2026, 3, 20)) == "2026-001"
    assert next_number([inv("Final", "Acme", 1)], date(2026, 3, 20)) == "Final-1"
