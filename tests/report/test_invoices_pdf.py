"""A quarter's invoices in the PDF (a table page) and the lag split in its findings, read
back with pypdf."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.report.pdfs import page_texts
from valuejournal.core.entities import PayStatus, Session
from valuejournal.core.invoices import Invoice
from valuejournal.report.export import export_report
from valuejournal.report.render import RenderOptions
from valuejournal.store.journal import Journal

TODAY = date(2026, 10, 20)


def _work(journal: Journal, day: date, pay: int, client: str, **kw: object) -> Session:
    return journal.add_session(
        Session(day=day, minutes=180, value=6, client=client, pay_minor=pay,
                status=PayStatus.PENDING, title=f"{client} {day}", **kw)  # type: ignore[arg-type]
    )  # fmt: skip


def test_the_quarters_invoices_are_a_table_page(qapp, journal_path: Path, tmp_path: Path) -> None:
    with Journal.open(journal_path, owner="Ada Example") as journal:
        a1 = _work(journal, date(2026, 7, 6), 45000, "Acme")
        a2 = _work(journal, date(2026, 7, 8), 30000, "Acme")
        b1 = _work(journal, date(2026, 8, 3), 120000, "Beta Studio")
        hidden = _work(journal, date(2026, 8, 10), 9900, "Quiet Ltd", private=True)
        spring = _work(journal, date(2026, 5, 4), 5000, "Acme")
        both = (a1.uuid, a2.uuid)
        journal.add_invoice(Invoice("Q3-001", "Acme", date(2026, 7, 31), 75000, "EUR",
                                    due_on=date(2026, 8, 30), sessions=both))  # fmt: skip
        journal.add_invoice(Invoice("Q3-002", "Beta Studio", date(2026, 8, 14), 120000, "EUR",
                                    due_on=date(2026, 9, 13), sessions=(b1.uuid,)))  # fmt: skip
        journal.add_invoice(Invoice("Q3-003", "Quiet Ltd", date(2026, 8, 20), 9900, "EUR",
                                    due_on=date(2026, 9, 19), sessions=(hidden.uuid,)))  # fmt: skip
        journal.add_invoice(Invoice("Q2-009", "Acme", date(2026, 6, 1), 5000, "EUR",
                                    due_on=date(2026, 7, 1), sessions=(spring.uuid,)))  # fmt: skip
        journal.mark_invoice_paid("Q3-001", date(2026, 9, 4))
        out = tmp_path / "q3.pdf"
        export_report(journal, "2026-Q3", out, options=RenderOptions(locale="en_GB"), today=TODAY)
    pages = page_texts(out)
    (page,) = [p for p in pages if p.startswith("Invoices")]
    assert "The invoices sent in 2026-Q3" in page and "on 20 October 2026" in page
    assert "Q3-001 Acme 31/07/2026 30/08/2026 04/09/2026 €750.00 2" in page
    # Beta's is unpaid and was due on 13 September: 37 days overdue on 20 October
    assert "Q3-002 Beta Studio 14/08/2026 13/09/2026 37 days overdue €1,200.00 1" in page
    assert "Q3-003" not in page and "Quiet" not in page  # private work's invoice stays out
    assert "Q2-009" not in page  # sent in another quarter
    assert "Invoiced: €1,950.00. Not paid yet: €1,200.00." in page
    # Acme: 25 and 23 days to the invoice (450, 300); Beta: 11 days (1,200): the median is 11
    findings = pages[1]
    assert (
        "Work waited a median 11 days to be invoiced, and invoices a median 35 days to be paid."
        in findings
    )


def test_without_invoices_there_is_no_invoice_page(
    qapp, journal_path: Path, tmp_path: Path
) -> None:
    with Journal.open(journal_path) as journal:
        _work(journal, date(2026, 7, 6), 45000, "Acme")
        out = tmp_path / "q3.pdf"
        export_report(journal, "2026-Q3", out, options=RenderOptions(locale="en_GB"), today=TODAY)
    pages = page_texts(out)
    assert not [p for p in pages if p.startswith("Invoices")]
    assert "to be invoiced" not in " ".join(pages)


def test_the_summary_counts_one_thing_in_the_singular(qapp, journal_path, tmp_path) -> None:
    """One session pending for one day and one not rated: "1 session", "1 day" (the PDF said
    "pending from 1 sessions, the oldest 1 days")."""
    with Journal.open(journal_path, owner="Ada Example") as journal:
        _work(journal, date(2026, 9, 29), 30000, "Acme")
        journal.add_session(Session(day=date(2026, 9, 28), minutes=60, client="Acme"))
        out = tmp_path / "q3.pdf"
        export_report(
            journal, "2026-Q3", out, options=RenderOptions(locale="en_GB"), today=date(2026, 9, 30)
        )
    text = " ".join(" ".join(page_texts(out)).split())
    assert "pending from 1 session, the oldest 1 day" in text
    assert "1 session not rated" in text
    assert "1 sessions" not in text and "1 days" not in text
