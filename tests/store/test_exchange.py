"""Exchange rates in the journal file (revision 0012): the rate table, rates frozen on
sessions as they are written, base-currency figures (computed here by hand) in two and three
currencies, a missing rate reported and fixed, history kept when rates change, the base
changed, share files, and the migration from 0011."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.helpers.schema import downgrade
from valuejournal.core.entities import PayStatus, Session
from valuejournal.core.fx import ExchangeRate
from valuejournal.core.insights import (
    Insights,
    SessionColumns,
    Tip,
    balance_sentence,
    compute_insights_from_columns,
)
from valuejournal.interop.ecb import read_ecb
from valuejournal.report.summary import tip_text
from valuejournal.report.text import Formatter
from valuejournal.store import engine, exchange
from valuejournal.store.errors import JournalError
from valuejournal.store.journal import Journal
from valuejournal.store.safety import check_file
from valuejournal.store.share import ShareOptions, write_share
from valuejournal.store.untrusted import open_untrusted

ECB = Path(__file__).parents[1] / "interop" / "fixtures" / "ecb" / "eurofxref-hist.csv"
NOV = [date(2026, 11, d) for d in (2, 3, 4, 5, 6)]
TODAY = date(2026, 12, 1)


def paid(day: date, hours: float, pay: int, currency: str, client: str, value: int) -> Session:
    return Session(day=day, minutes=round(hours * 60), client=client, value=value,
                   pay_minor=pay, currency=currency, status=PayStatus.PAID,
                   paid_on=date(2026, 11, 20), title=f"{client} {day}")  # fmt: skip


def insights(journal: Journal) -> Insights:
    base = journal.info().base_currency
    columns = SessionColumns.from_rows(journal.insight_rows(), base)
    return compute_insights_from_columns(
        columns, journal.list_clients(), currency=base, today=TODAY
    )


def rate(currency: str, day: date, value: str, per: str = "EUR") -> ExchangeRate:
    return ExchangeRate(currency, day, Decimal(value), per)


def test_eur_and_usd_count_in_the_base_at_the_days_rates(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.import_rates(read_ecb(ECB))
        for day in NOV[:4]:
            journal.add_session(paid(day, 4, 30000, "USD", "Acme US", 8))  # $300 a day
            journal.add_session(paid(day, 4, 40000, "EUR", "Euro GmbH", 5))
        ins = insights(journal)
    # the ECB's USD per EUR on 2-5 November: 1.0730, 1.0741, 1.0765, 1.0790
    usd = [round(30000 / r) for r in (1.0730, 1.0741, 1.0765, 1.0790)]
    assert usd == [27959, 27930, 27868, 27804]
    assert ins.totals.pay_minor == sum(usd) + 4 * 40000
    assert ins.totals.pay_rate == pytest.approx((sum(usd) + 160000) / 32)
    acme = next(c for c in ins.clients if c.name == "Acme US")
    assert acme.pay_minor == sum(usd) and acme.pay_rate == pytest.approx(sum(usd) / 16)
    assert acme.uncounted_sessions == 0
    assert ins.totals.other_currency_sessions == 0 and ins.totals.guessed_rate_sessions == 0
    assert not any("exchange rate" in n for n in ins.notes)
    assert ins.capture.lag.total_minor == sum(usd) + 160000  # paid money, in euros


def test_three_currencies_cross_through_the_ecbs_euro_rates(journal_path: Path) -> None:
    with Journal.open(journal_path, currency="USD") as journal:
        journal.import_rates(read_ecb(ECB))
        journal.add_session(paid(NOV[0], 2, 20000, "EUR", "Euro GmbH", 6))  # €200
        journal.add_session(paid(NOV[0], 2, 50000, "JPY", "Tokyo KK", 6))  # ¥50,000
        journal.add_session(paid(NOV[0], 2, 10000, "USD", "Acme US", 6))  # $100
        stored = {s.currency: s for s in journal.all_sessions()}
        ins = insights(journal)
    # 2 November: 1 EUR = 1.0730 USD = 161.02 JPY
    assert stored["USD"].fx_rate == "1" and stored["USD"].fx_day is None
    assert Decimal(stored["EUR"].fx_rate or "0") == pytest.approx(Decimal(1) / Decimal("1.073"))
    assert Decimal(stored["JPY"].fx_rate or "0") == pytest.approx(
        Decimal("161.02") / Decimal("1.073")
    )
    eur_in_usd = round(200 * 1.0730 * 100)  # $214.60
    jpy_in_usd = round(50000 / 161.02 * 1.0730 * 100)  # $333.19
    assert (eur_in_usd, jpy_in_usd) == (21460, 33319)
    assert ins.currency == "USD"
    assert ins.totals.pay_minor == eur_in_usd + jpy_in_usd + 10000
    by_name = {c.name: c.pay_minor for c in ins.clients}
    assert by_name == {"Euro GmbH": 21460, "Tokyo KK": 33319, "Acme US": 10000}


def test_a_missing_rate_is_reported_not_dropped_then_fixed(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        for day in NOV[:2]:
            journal.add_session(paid(day, 4, 30000, "USD", "Acme US", 8))
        journal.add_session(paid(NOV[0], 4, 40000, "EUR", "Euro GmbH", 5))
        before = insights(journal)
        frozen = journal.save_rate(rate("USD", NOV[0], "1.25"))
        after = insights(journal)
    assert before.totals.pay_minor == 40000
    (uncounted,) = before.totals.uncounted
    assert (uncounted.currency, uncounted.sessions, uncounted.amount_minor) == ("USD", 2, 60000)
    assert before.totals.other_currency_sessions == 2
    acme = next(c for c in before.clients if c.name == "Acme US")
    assert acme.uncounted_sessions == 2 and acme.pay_minor == 0
    # not "you give 8× what you get": without the dollars the scales cannot be read
    assert acme.tip is Tip.UNKNOWN and acme.balance is None
    assert balance_sentence(acme, "EUR") == (
        "With Acme US the balance waits for an exchange rate for 2 sessions (value 8.0/10, "
        "2 sessions without an exchange rate not counted)."
    )
    assert (
        tip_text(acme, Formatter("en_GB", "EUR"))
        == "Not known: 2 sessions without an exchange rate"
    )
    (note,) = [n for n in before.notes if "exchange rate" in n]
    assert "2 sessions in USD without an exchange rate to EUR: US$600.00 is not counted" in note
    assert "US$600.00 is not counted" in note
    assert "Edit → Exchange rates…" in note
    assert "valuejournal rates add USD RATE --date 2026-11-02" in note
    assert len(frozen) == 2  # the two waiting sessions got the new rate
    assert after.totals.pay_minor == 40000 + 2 * 24000  # $300 / 1.25 = €240
    assert after.totals.uncounted == ()


def test_a_guessed_rate_is_counted_and_said(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_rate(rate("USD", date(2026, 10, 1), "1.2"))  # a month older
        journal.add_session(paid(NOV[0], 4, 30000, "USD", "Acme US", 8))
        ins = insights(journal)
    assert ins.totals.pay_minor == 25000 and ins.totals.guessed_rate_sessions == 1
    assert (
        "1 session in USD counted at a guessed exchange rate from 32 days before the work "
        "(the nearest known, more than 4 days older than the work)" in ins.notes[0]
    )


def test_guessed_rates_after_and_before_the_work_are_said_apart(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_rate(rate("USD", NOV[2], "1.2"))  # after the first two sessions
        journal.save_rate(rate("GBP", date(2026, 10, 20), "0.9"))  # long before
        journal.add_session(paid(NOV[0], 4, 30000, "USD", "Acme US", 8))  # 2 days before
        journal.add_session(paid(NOV[1], 4, 30000, "USD", "Acme US", 8))  # 1 day before
        journal.add_session(paid(NOV[2], 4, 30000, "USD", "Acme US", 8))  # the rate's day
        journal.add_session(paid(NOV[4], 4, 30000, "GBP", "Acme UK", 8))  # 17 days after
        ins = insights(journal)
    assert ins.totals.guessed_rate_sessions == 3
    notes = [n for n in ins.notes if "guessed" in n]
    assert notes == [
        "2 sessions in USD counted at a guessed exchange rate from up to 2 days after the work "
        "(the nearest known): import the ECB's rates or add the days' rates for exact figures.",
        "1 session in GBP counted at a guessed exchange rate from 17 days before the work "
        "(the nearest known, more than 4 days older than the work): import the ECB's rates or "
        "add the days' rates for exact figures.",
    ]


def test_changing_a_rate_afterwards_leaves_past_sessions_as_they_were(
    journal_path: Path,
) -> None:
    with Journal.open(journal_path) as journal:
        first = rate("USD", NOV[0], "1.25")
        journal.save_rate(first)
        journal.add_session(paid(NOV[0], 4, 30000, "USD", "Acme US", 8))
        before = insights(journal).totals.pay_minor
        journal.save_rate(replace(first, rate=Decimal("1.5")))  # the table's row edited
        journal.import_rates([rate("USD", NOV[0], "2")])  # and replaced by an import
        journal.delete_rate(first.uuid)  # and deleted
        (session,) = journal.all_sessions()
        after = insights(journal).totals.pay_minor
        journal.add_session(paid(NOV[1], 4, 30000, "USD", "Acme US", 8))  # new work: no rate
        assert insights(journal).totals.other_currency_sessions == 1
    assert before == after == 24000
    assert (session.fx_rate, session.fx_day) == ("1.25", NOV[0])


def test_an_edit_keeps_the_frozen_rate_unless_the_currency_changes(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_rate(rate("USD", NOV[0], "1.25"))
        journal.save_rate(rate("GBP", NOV[0], "0.8"))
        journal.add_session(paid(NOV[0], 4, 30000, "USD", "Acme US", 8))
        (stored,) = journal.all_sessions()
        journal.save_rate(rate("USD", NOV[1], "9"))  # a newer rate: the frozen one stays
        journal.update_session(replace(stored, pay_minor=60000))
        (more,) = journal.all_sessions()
        journal.update_session(replace(more, currency="GBP"))  # as the edit dialog passes it
        (pounds,) = journal.all_sessions()
        journal.update_session(more)  # undo: the session as it was, rate and all
        (undone,) = journal.all_sessions()
    assert (more.fx_rate, more.pay_minor) == ("1.25", 60000)
    assert (pounds.currency, pounds.fx_rate) == ("GBP", "0.8")
    assert (undone.currency, undone.fx_rate, undone.fx_day) == ("USD", "1.25", NOV[0])


def test_changing_the_base_freezes_every_session_again(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_rate(rate("USD", NOV[0], "1.25"))
        journal.add_session(paid(NOV[0], 4, 30000, "USD", "Acme US", 8))
        journal.add_session(paid(NOV[0], 4, 40000, "EUR", "Euro GmbH", 5))
        journal.set_base_currency("USD")
        stored = {s.currency: s for s in journal.all_sessions()}
        ins = insights(journal)
        journal.set_base_currency("GBP")  # no rate reaches GBP: reported, not dropped
        gbp = insights(journal)
    assert stored["USD"].fx_rate == "1"
    assert stored["EUR"].fx_rate == "0.8" and stored["EUR"].fx_day == NOV[0]  # 1 / 1.25
    assert ins.totals.pay_minor == 30000 + 50000  # €400 = $500
    assert gbp.totals.pay_minor == 0 and gbp.totals.other_currency_sessions == 2


def test_bulk_imports_freeze_rates_and_duplicate_days_are_refused(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.import_rates(read_ecb(ECB))
        journal.add_sessions_bulk([paid(d, 1, 10000, "GBP", "London Ltd", 5) for d in NOV])
        rates = {s.day: s.fx_rate for s in journal.all_sessions()}
        with pytest.raises(JournalError, match="already a USD rate for 2026-11-02"):
            journal.save_rate(rate("USD", NOV[0], "1.1"))
    assert rates == {NOV[0]: "0.867", NOV[1]: "0.8661", NOV[2]: "0.8657", NOV[3]: "0.864",
                     NOV[4]: "0.86215"}  # fmt: skip


def test_share_files_carry_the_rates_and_the_frozen_ones(
    journal_path: Path, tmp_path: Path
) -> None:
    with Journal.open(journal_path) as journal:
        journal.import_rates(read_ecb(ECB))
        journal.add_session(paid(NOV[0], 4, 30000, "USD", "Acme US", 8))
        journal.add_session(paid(NOV[0], 4, 40000, "EUR", "Euro GmbH", 5))
        own = insights(journal).totals.pay_minor
        out = tmp_path / "s.vjshare"
        write_share(journal, out, ShareOptions())
    assert check_file(out).ok
    opened = open_untrusted(out)
    try:
        shared = opened.journal
        rates = shared.list_rates()
        sessions = {s.currency: s.fx_rate for s in shared.all_sessions()}
        seen = insights(shared).totals.pay_minor  # type: ignore[arg-type]
    finally:
        opened.close()
    assert {r.currency for r in rates} == {"USD"}  # the currencies its sessions are in
    assert sessions == {"USD": "1.073", "EUR": "1"}
    assert seen == own == 27959 + 40000


def _rows(path: Path, table: str, columns: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT {columns} FROM {table} ORDER BY id").fetchall()
    finally:
        conn.close()


def test_a_0011_journal_is_carried_over_without_loss(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.add_session(paid(NOV[0], 4, 30000, "USD", "Acme US", 8))
        journal.add_session(paid(NOV[0], 4, 40000, "EUR", "Euro GmbH", 5))
    downgrade(journal_path, "0011")
    assert engine.stored_revision(journal_path) == "0011"
    assert check_file(journal_path).ok
    old = "uuid, day, minutes, pay_minor, currency, status, value, client_id, title"
    before = _rows(journal_path, "work_session", old)
    with Journal.open(journal_path) as journal:
        stored = {s.currency: s for s in journal.all_sessions()}
        ins = insights(journal)
        assert journal.list_rates() == []
        journal.save_rate(rate("USD", NOV[0], "1.25"))
        fixed = insights(journal)
    assert engine.stored_revision(journal_path) == engine.HEAD_REVISION
    assert _rows(journal_path, "work_session", old) == before
    assert stored["EUR"].fx_rate == "1" and stored["USD"].fx_rate is None
    assert ins.totals.pay_minor == 40000 and ins.totals.other_currency_sessions == 1
    assert fixed.totals.pay_minor == 40000 + 24000


def test_an_add_or_edit_freezes_its_own_session_and_leaves_the_others(
    journal_path: Path,
) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_rate(rate("USD", NOV[0], "1.25"))
        waiting = [journal.add_session(paid(NOV[0], 1, 1000, c, "Old", 5)) for c in ("EUR", "USD")]
        with journal.engine.begin() as conn:  # two sessions still waiting for their rate
            conn.exec_driver_sql("UPDATE work_session SET fx_rate = NULL, fx_day = NULL")
        euros = journal.add_session(paid(NOV[1], 2, 2000, "EUR", "Euro GmbH", 5))
        dollars = journal.add_session(paid(NOV[2], 2, 3000, "USD", "Acme US", 5))
        journal.update_session(replace(euros, title="Edited"))
        journal.update_session(replace(dollars, currency="EUR"))
        journal.update_session(dollars)  # back in dollars: frozen anew
        stored = {s.uuid: s for s in journal.all_sessions()}
        journal.save_rate(rate("USD", NOV[1], "1.5"))  # a rate for the table: all that wait
        later = {s.uuid: s for s in journal.all_sessions()}
    assert (stored[euros.uuid].fx_rate, stored[euros.uuid].fx_day) == ("1", None)
    assert (stored[dollars.uuid].fx_rate, stored[dollars.uuid].fx_day) == ("1.25", NOV[0])
    assert [stored[s.uuid].fx_rate for s in waiting] == [None, None]
    assert [later[s.uuid].fx_rate for s in waiting] == ["1", "1.25"]  # NOV[0]'s own rate


def test_a_few_sessions_find_the_same_rates_by_index_as_an_import_does(
    journal_path: Path,
) -> None:
    days = [date(2001, 6, 1), date(2007, 12, 31), date(2016, 5, 5), NOV[0], date(2027, 3, 1)]
    with Journal.open(journal_path, currency="USD") as journal:
        journal.import_rates(read_ecb(ECB))
        with journal.engine.begin() as conn:
            by_index, by_pair = exchange.Lookup(conn, point=True), exchange.Lookup(conn)
            pairs = [(c, d) for c in ("EUR", "GBP", "JPY", "XXX", "USD") for d in days]
            found = [by_index.frozen(c, d) for c, d in pairs]
            assert found == [by_pair.frozen(c, d) for c, d in pairs]
    assert sum(f is None for f in found) == len(days)  # ISO "no currency" code: no rate for it
    assert found[0] is not None and found[0].day == date(2007, 12, 31)  # the first rate after
