"""The Insights page with invoices: overdue ones listed, the capture chart's lag split, and
both following a Mark as paid made in the window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers.windows import open_window
from valuejournal.core.entities import PayStatus, Session
from valuejournal.core.invoices import Invoice
from valuejournal.store.journal import Journal
from valuejournal.ui.i18n import set_language


@pytest.fixture
def invoiced(journal_path: Path) -> Path:
    with Journal.open(journal_path) as journal:
        made = [
            journal.add_session(
                Session(
                    day=date(2026, 1, d),
                    minutes=120,
                    value=7,
                    client=client,
                    title=f"d{d}",
                    pay_minor=pay,
                    currency=currency,
                    status=PayStatus.PENDING,
                )  # fmt: skip
            )
            for d, pay, client, currency in (
                (5, 20000, "Acme", "EUR"),
                (6, 10000, "Acme", "EUR"),
                (12, 40000, "Acme", "EUR"),
                (14, 15000, "Beta", "EUR"),
            )
        ]
        first_two = (made[0].uuid, made[1].uuid)
        journal.add_invoice(Invoice("A-1", "Acme", date(2026, 1, 31), 30000, "EUR",
                                    due_on=date(2026, 2, 28), sessions=first_two))  # fmt: skip
        journal.add_invoice(Invoice("B-1", "Beta", date(2026, 1, 20), 15000, "EUR",
                                    due_on=date(2026, 2, 3), sessions=(made[3].uuid,)))  # fmt: skip
        journal.mark_invoice_paid("B-1", date(2026, 2, 1))
    return journal_path


def test_overdue_invoices_and_the_lag_split_on_the_page(qtbot, invoiced: Path) -> None:
    window = open_window(qtbot, invoiced, size=(1280, 800))
    page = window.show_page("insights")
    page.range.setCurrentIndex(page.range.findData("all"))
    qtbot.waitUntil(lambda: page.insights is not None and page.snapshot is not None, timeout=20_000)
    assert page.overdue.isVisible()
    page.show_overdue(date(2026, 3, 10))
    text = page.overdue.text()
    assert "1 overdue invoice: €300.00" in text
    assert "<b>A-1</b>, Acme: €300.00, due 28/02/2026, 10 days overdue" in text
    assert "B-1" not in text  # paid
    page.show_overdue(date(2026, 2, 28))  # due today: not late yet
    assert not page.overdue.isVisible()

    split = page.insights.capture.split
    assert (split.to_invoice.count, split.to_invoice.total_minor) == (3, 45000)
    # 26 and 25 days (200, 100); B-1: 6 days (150): half the 450 is reached at 25 days
    assert split.to_invoice.median_days == 25
    assert split.to_cash.count == 1 and split.to_cash.median_days == 12
    assert split.not_invoiced.total_minor == 40000 and split.invoiced_unpaid.total_minor == 30000

    panel = page.panels["capture"]
    panel.draw(page.insights, False)
    lag = panel.figure.axes[1]
    band = {p.get_gid(): p for p in lag.patches if p.get_gid() in ("split-invoice", "split-cash")}
    assert band["split-invoice"].get_width() == 25 and band["split-cash"].get_width() == 12
    assert band["split-cash"].get_x() == 25  # cash follows the invoice, on the days axis
    (words,) = [a for a in lag.artists if a.get_gid() == "split-words"]
    line = "".join(t.get_text() for t in words.get_child().get_children())
    assert line == "Medians: work → invoice 25 d, invoice → cash 12 d"
    set_language("fr")  # the whole sentence is the translator's, coloured words and all
    try:
        panel.draw(page.insights, False)
        (words,) = [a for a in panel.figure.axes[1].artists if a.get_gid() == "split-words"]
        line = "".join(t.get_text() for t in words.get_child().get_children())
        assert line == "Médianes : travail → facture 25 j, facture → paiement 12 j"
    finally:
        set_language("en")

    # paying A-1 in the window takes it off the list and into the cash leg, at once
    window.context.mark_paid(["A-1"], [], date(2026, 3, 2))
    qtbot.waitUntil(lambda: page.insights.capture.split.to_cash.count == 3, timeout=10_000)
    page.show_overdue(date(2026, 3, 10))
    assert not page.overdue.isVisible()
    window.close()


def test_a_coach_sees_the_shared_invoices_read_only(qtbot, invoiced: Path) -> None:
    from tests.helpers.windows import open_review_window
    from valuejournal.store.share import ShareOptions, write_share

    share = invoiced.with_suffix(".vjshare")
    with Journal.open(invoiced) as journal:
        write_share(journal, share, ShareOptions.for_quarter("2026-Q1"))
    window = open_review_window(qtbot, [share], "review")
    assert not window.invoice_action.isEnabled() and not window.paid_action.isEnabled()
    page = window.show_page("insights")
    page.range.setCurrentIndex(page.range.findData("all"))
    qtbot.waitUntil(lambda: page.insights is not None and page.snapshot is not None, timeout=20_000)
    assert [i.number for i in page.snapshot.invoices] == ["B-1", "A-1"]
    page.show_overdue(date(2026, 3, 10))
    assert "<b>A-1</b>, Acme: €300.00, due 28/02/2026, 10 days overdue" in page.overdue.text()
    assert page.insights.capture.split.to_invoice.count == 3
    journal_page = window.pages["journal"]
    journal_page.table.selectAll()
    journal_page.invoice_selected()  # read-only: nothing is asked, nothing written
    journal_page.paid_selected()
    window.close()
    from valuejournal.store.untrusted import open_untrusted

    opened = open_untrusted(share)
    try:
        assert [(i.number, i.paid_on) for i in opened.journal.list_invoices()] == [
            ("B-1", date(2026, 2, 1)), ("A-1", None)]  # fmt: skip
    finally:
        opened.close()
