"""`valuejournal invoice add | paid | list | delete`: rows read back, exit codes, bad input."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from valuejournal.cli import main
from valuejournal.core.entities import PayStatus
from valuejournal.store.journal import Journal


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _digest(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        rows = [conn.execute(f"SELECT * FROM {t}").fetchall() for t in ("invoice", "work_session")]
    conn.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


@pytest.fixture
def worked(journal_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    j = str(journal_path)
    for day, hours, pay, client in (
        ("2026-01-05", "2", "200", "Acme"),
        ("2026-01-06", "1", "100", "Acme"),
        ("2026-02-02", "1", "80", "Acme"),
        ("2026-01-07", "3", "300", "Beta"),
    ):
        code, _, err = _run(capsys, "add", "--journal", j, "--date", day, "--hours", hours,
                            "--value", "6", "--client", client, "--pay", pay)  # fmt: skip
        assert code == 0, err
    return journal_path


def test_add_paid_and_list_write_the_invoice_and_its_sessions(
    worked: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    j = str(worked)
    code, out, err = _run(capsys, "invoice", "add", "2026-001", "--journal", j, "--client",
                          "acme", "--from", "2026-01-01", "--to", "2026-01-31", "--sent",
                          "2026-02-01")  # fmt: skip
    assert code == 0, err
    assert "Invoice 2026-001 to Acme: €300.00 for 2 sessions" in out
    with Journal.open(worked, create=False) as journal:
        (invoice,) = journal.list_invoices()
        days = {s.uuid: s.day for s in journal.all_sessions()}
    assert (invoice.client, invoice.amount_minor, invoice.currency) == ("Acme", 30000, "EUR")
    assert (invoice.sent_on, invoice.due_on) == (date(2026, 2, 1), date(2026, 3, 3))
    assert sorted(days[u] for u in invoice.sessions) == [date(2026, 1, 5), date(2026, 1, 6)]

    code, out, _ = _run(capsys, "invoice", "list", "--journal", j, "--overdue", "--today",
                        "2026-03-10", "--json")  # fmt: skip
    assert code == 0
    listed = json.loads(out)
    assert listed["today"] == "2026-03-10"
    assert [(i["number"], i["amount"], i["overdue_days"]) for i in listed["invoices"]] == [
        ("2026-001", 300.0, 7)
    ]
    code, out, _ = _run(capsys, "invoice", "list", "--journal", j, "--overdue", "--today",
                        "2026-03-03")  # fmt: skip
    assert (code, out) == (0, "No overdue invoices.\n")  # due that day: not late yet

    code, out, err = _run(capsys, "invoice", "paid", "2026-001", "--journal", j, "--date",
                          "2026-03-12")  # fmt: skip
    assert code == 0, err
    with Journal.open(worked, create=False) as journal:
        money = {(s.client, s.day): (s.status, s.paid_on) for s in journal.all_sessions()}
    paid = (PayStatus.PAID, date(2026, 3, 12))
    assert money[("Acme", date(2026, 1, 5))] == paid and money[("Acme", date(2026, 1, 6))] == paid
    assert money[("Acme", date(2026, 2, 2))] == (PayStatus.PENDING, None)  # not on it
    assert money[("Beta", date(2026, 1, 7))] == (PayStatus.PENDING, None)
    code, out, _ = _run(capsys, "invoice", "list", "--journal", j)
    assert code == 0 and "2026-001  Acme  €300.00  sent 01/02/2026  paid 12/03/2026" in out
    code, out, _ = _run(capsys, "insights", "--journal", j, "--json")
    split = json.loads(out)["capture_lag"]["split"]
    # 5 and 6 January (200 and 100) invoiced on 1 February: 27 and 26 days; paid 39 days later
    assert split["work_to_invoice"] == {"sessions": 2, "amount": 300.0, "median_days": 27.0,
                                        "p90_days": 27.0}  # fmt: skip
    assert split["invoice_to_cash"]["median_days"] == 39.0
    assert split["not_invoiced"]["sessions"] == 2  # Acme's February and Beta's January
    with Journal.open(worked, create=False) as journal:  # the window's columns agree
        from valuejournal.core.insights import SessionColumns

        rows = SessionColumns.from_rows(journal.insight_rows())
        sessions = SessionColumns.from_sessions(journal.all_sessions(), journal.invoiced_days())
    assert sorted(rows.invoiced_on.tolist()) == sorted(sessions.invoiced_on.tolist())
    assert sorted(rows.invoiced_on.tolist())[-2:] == [date(2026, 2, 1).toordinal()] * 2

    # the rest of January for Acme is invoiced already; February is not
    code, out, err = _run(capsys, "invoice", "add", "2026-002", "--journal", j, "--client",
                          "Acme", "--from", "2026-01-01", "--to", "2026-02-28", "--amount",
                          "75.50", "--sent", "2026-03-01", "--due", "2026-03-31")  # fmt: skip
    assert code == 0, err
    with Journal.open(worked, create=False) as journal:
        second = journal.get_invoice("2026-002")
    assert second is not None and second.amount_minor == 7550 and len(second.sessions) == 1
    code, out, _ = _run(capsys, "invoice", "delete", "2026-002", "--journal", j)
    assert code == 0
    with Journal.open(worked, create=False) as journal:
        assert [i.number for i in journal.list_invoices()] == ["2026-001"]
        assert [t.kind for t in journal.list_tombstones()] == ["invoice"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["add", "N-1", "--client", "Nobody", "--from", "2026-01-01", "--to", "2026-01-31"],
         "no client named 'Nobody'"),
        (["add", "2026-001", "--client", "Beta", "--from", "2026-01-01", "--to", "2026-01-31"],
         "already an invoice numbered '2026-001'"),
        (["add", "N-1", "--client", "Acme", "--from", "2026-01-01", "--to", "2026-01-31"],
         "no sessions from 2026-01-01 to 2026-01-31 that are on no invoice and not paid yet"),
        (["add", "N-1", "--client", "Beta", "--from", "2026-03-01", "--to", "2026-03-31"],
         "no sessions from 2026-03-01"),
        (["add", "N-1", "--client", "Beta", "--from", "2026-02-30", "--to", "2026-03-31"],
         "--from: "),
        (["add", "N-1", "--client", "Beta", "--from", "2026-02-01", "--to", "2026-01-01"],
         "is after the end"),
        (["add", "N-1", "--client", "Beta", "--from", "2026-01-01", "--to", "2026-01-31",
          "--sent", "2026-02-10", "--due", "2026-02-01"], "due date cannot be before"),
        (["add", "N-1", "--client", "Beta", "--from", "2026-01-01", "--to", "2026-01-31",
          "--amount", "lots"], "not an amount"),
        (["add", "N-1", "--client", "Beta", "--from", "2026-01-01", "--to", "2026-01-31",
          "--currency", "USD"], "paid in EUR, not USD"),
        (["paid", "N-404"], "no invoice numbered 'N-404'"),
        (["paid", "2026-001", "--date", "2026-01-20"], "cannot be paid before"),
        (["paid", "2026-001", "--date", "yesterday-ish"], "--date: "),
        (["list", "--client", "Nobody"], "no client named"),
        (["delete", "N-404"], "no invoice numbered"),
    ],
)  # fmt: skip
def test_bad_input_exits_2_with_one_line_and_writes_nothing(
    worked: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    j = str(worked)
    code, _, err = _run(capsys, "invoice", "add", "2026-001", "--journal", j, "--client",
                        "Acme", "--from", "2026-01-01", "--to", "2026-01-31", "--sent",
                        "2026-02-01")  # fmt: skip
    assert code == 0, err
    before = _digest(worked)
    code, out, err = _run(capsys, "invoice", *args, "--journal", j)
    assert code == 2, (out, err)
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert message in err
    assert _digest(worked) == before


def test_a_missing_journal_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.vjournal"
    code, _, err = _run(capsys, "invoice", "list", "--journal", str(missing))
    assert code == 2 and "there is no journal" in err
    assert not missing.exists()
