"""The capture lag split by invoices into work -> invoice -> cash, on a planted journal whose
figures the test works out on its own."""

from __future__ import annotations

from datetime import date

from valuejournal.core.entities import PayStatus, Session
from valuejournal.core.insights import compute_insights, summarize, to_json_dict

TODAY = date(2026, 4, 15)


def _s(
    day: date, pay: int, status: PayStatus, paid_on: date | None = None, **kw: object
) -> Session:
    return Session(day=day, minutes=120, value=6, client="Acme", pay_minor=pay, status=status,
                   paid_on=paid_on, **kw)  # type: ignore[arg-type]  # fmt: skip


def _weighted_median(pairs: list[tuple[int, int]], q: float = 0.5) -> int:
    """The smallest day count whose money reaches ``q`` of the total (the test's own)."""
    total = sum(w for _d, w in pairs)
    running = 0
    for days, weight in sorted(pairs):
        running += weight
        if running >= q * total:
            return days
    raise AssertionError("no money")


def test_the_split_of_a_planted_journal() -> None:
    paid = PayStatus.PAID
    pending = PayStatus.PENDING
    one = _s(date(2026, 3, 2), 10000, paid, date(2026, 3, 30))  # invoice A, paid
    two = _s(date(2026, 3, 5), 30000, paid, date(2026, 3, 30))  # invoice A, paid
    three = _s(date(2026, 3, 12), 20000, pending)  # invoice B, sent, not paid
    four = _s(date(2026, 3, 20), 5000, pending)  # no invoice yet
    five = _s(date(2026, 3, 1), 8000, paid, date(2026, 3, 15))  # paid without an invoice
    dollars = _s(date(2026, 3, 3), 99900, pending, currency="USD")  # another currency
    sent_a, sent_b = date(2026, 3, 10), date(2026, 3, 31)
    invoiced = {one.uuid: sent_a, two.uuid: sent_a, three.uuid: sent_b, dollars.uuid: sent_a}
    sessions = [five, one, dollars, two, three, four]
    insights = compute_insights(sessions, today=TODAY, currency="EUR", invoiced=invoiced)
    split = insights.capture.split

    to_invoice = [((sent_a - one.day).days, 10000), ((sent_a - two.day).days, 30000),
                  ((sent_b - three.day).days, 20000)]  # fmt: skip
    assert [d for d, _w in to_invoice] == [8, 5, 19]
    assert split.to_invoice.count == 3 and split.to_invoice.total_minor == 60000
    assert split.to_invoice.median_days == _weighted_median(to_invoice) == 5
    assert split.to_invoice.p90_days == _weighted_median(to_invoice, 0.9) == 19
    to_cash = [
        ((date(2026, 3, 30) - sent_a).days, 10000),
        ((date(2026, 3, 30) - sent_a).days, 30000),
    ]
    assert (split.to_cash.count, split.to_cash.total_minor) == (2, 40000)
    assert split.to_cash.median_days == _weighted_median(to_cash) == 20
    assert (split.not_invoiced.count, split.not_invoiced.total_minor) == (1, 5000)
    assert split.not_invoiced.oldest_age_days == (TODAY - four.day).days == 26
    assert (split.invoiced_unpaid.count, split.invoiced_unpaid.total_minor) == (1, 20000)
    assert split.invoiced_unpaid.median_age_days == (TODAY - sent_b).days == 15
    assert split.paid_without_invoice == 1
    # the legs add up to the whole lag of the invoiced work that was paid
    assert insights.capture.lag.count == 3  # one, two and five

    lag = to_json_dict(insights)["capture_lag"]["split"]
    assert lag["work_to_invoice"] == {"sessions": 3, "amount": 600.0, "median_days": 5.0,
                                      "p90_days": 19.0}  # fmt: skip
    assert (
        lag["invoice_to_cash"]["median_days"] == 20.0 and lag["invoice_to_cash"]["amount"] == 400.0
    )
    assert lag["not_invoiced"] == {"sessions": 1, "amount": 50.0, "median_age_days": 26.0,
                                   "oldest_age_days": 26}  # fmt: skip
    assert lag["invoiced_unpaid"]["amount"] == 200.0
    sentence = next(s for s in summarize(insights) if s.startswith("Work waited"))
    assert sentence == (
        "Work waited a median 5 days to be invoiced, and invoices a median 20 days to be paid. "
        "Of the money waiting, €50.00 is not invoiced yet and €200.00 is invoiced and unpaid."
    )


def test_without_invoices_there_is_no_split() -> None:
    work = [_s(date(2026, 3, 2), 10000, PayStatus.PAID, date(2026, 3, 9))]
    insights = compute_insights(work, today=TODAY)
    assert not insights.capture.split.any
    assert insights.capture.split.paid_without_invoice == 1
    assert not any(s.startswith("Work waited") for s in summarize(insights))
