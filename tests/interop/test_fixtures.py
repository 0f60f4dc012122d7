"""Each tracker's real export layout, with the nasty rows people's files contain."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from valuejournal.core.entities import PayStatus
from valuejournal.interop import (
    FORMAT_NAMES,
    clockify,
    detect_format,
    harvest,
    kimai,
    read_csv,
    read_header,
    toggl,
)
from valuejournal.interop.plan import LONG, REPEAT, SHORT

FIXTURES = Path(__file__).parent / "fixtures"

# file, format, sessions, total minutes, pay per currency (minor units), rejected lines
EXPECTED = [
    ("toggl_detailed.csv", "toggl", 5, 350, {"USD": 22500}, [10]),
    ("clockify_detailed.csv", "clockify", 5, 1200, {"EUR": 161450}, [7, 8]),
    ("harvest_detailed_time.csv", "harvest", 5, 455, {"EUR": 38000, "USD": 24000}, [9]),
    ("kimai_export.csv", "kimai", 5, 397, {"EUR": 26000, "CHF": 6000}, [8]),
    ("generic_own.csv", "generic", 3, 300, {"EUR": 30000}, [4, 5, 9, 10]),
]
# Rows that are not work sessions, per reason: never rejected, never blocking.
SKIPPED = {
    "toggl_detailed.csv": {SHORT: 1, LONG: 1},  # 00:00:00 and 25:00:00
    "clockify_detailed.csv": {SHORT: 1},
    "harvest_detailed_time.csv": {REPEAT: 1, SHORT: 1, LONG: 1},
    "kimai_export.csv": {SHORT: 1},
    "generic_own.csv": {REPEAT: 1},
}


@pytest.mark.parametrize(("name", "fmt", "count", "minutes", "pay", "rejected"), EXPECTED)
def test_fixture_counts_and_sums(name, fmt, count, minutes, pay, rejected):
    plan = read_csv(FIXTURES / name)
    assert plan.format == fmt
    assert plan.path == FIXTURES / name
    assert len(plan.sessions) == count
    assert plan.total_minutes == minutes
    assert plan.pay_by_currency() == pay
    assert [e.row for e in plan.errors] == rejected
    assert all(e.reason for e in plan.errors)
    assert plan.skipped == SKIPPED[name]


@pytest.mark.parametrize(("name", "fmt"), [(e[0], e[1]) for e in EXPECTED])
def test_detects_each_format_from_its_header(name, fmt):
    assert detect_format(read_header(FIXTURES / name)) == fmt
    # The explicit format reads the same file the same way.
    assert read_csv(FIXTURES / name, format=fmt).summary() == read_csv(FIXTURES / name).summary()


@pytest.mark.parametrize(
    ("header", "fmt"),
    [(toggl.HEADER, "toggl"), (clockify.HEADER, "clockify"), (harvest.HEADER, "harvest")]
    + [(kimai.HEADER, "kimai")],
)
def test_documented_headers_are_detected(header, fmt):
    assert detect_format(header.split(",")) == fmt


def test_format_names_cover_the_cli_choices():
    assert set(FORMAT_NAMES) == {"toggl", "clockify", "harvest", "kimai", "generic"}


@pytest.mark.parametrize("name", [e[0] for e in EXPECTED])
def test_reimport_gives_the_same_uuids(name):
    first = read_csv(FIXTURES / name)
    again = read_csv(FIXTURES / name)
    assert [s.uuid for s in first.sessions] == [s.uuid for s in again.sessions]
    assert len({s.uuid for s in first.sessions}) == len(first.sessions)


def test_imported_tracker_sessions_are_unrated():
    for name, fmt, *_ in EXPECTED:
        if fmt != "generic":
            assert all(s.value is None for s in read_csv(FIXTURES / name).sessions)


# Issue 13: a tracker's project is the session's project under its client; it used to lead
# the title ("Website — Homepage layout"). Work without a client keeps it in the title.


def test_toggl_details():
    plan = read_csv(FIXTURES / "toggl_detailed.csv")
    first, call, night, workshop, blog = plan.sessions
    assert (first.project, first.title) == ("Website", "Homepage layout")
    assert first.client == "Acme Corp"
    assert first.tags == ("design", "client work")
    assert (first.pay_minor, first.currency, first.status) == (15000, "USD", PayStatus.PENDING)
    assert first.start_time == time(9, 0)
    # A quoted newline: the first line titles the session, the whole text is kept.
    assert call.title == "Call with Bo, notes:"
    assert call.notes == "Call with Bo, notes:\nagreed the scope"
    # Across midnight: the start date, the tracker's duration.
    assert (night.day, night.minutes, night.start_time) == (date(2026, 3, 3), 75, time(23, 30))
    assert (night.pay_minor, night.status) == (0, PayStatus.NONE)
    assert workshop.client == "Zürich Atelier"  # unknown client: kept by name
    assert workshop.title == "Workshop prep"
    assert blog.minutes == 20  # 20:29 rounds to 20
    assert blog.client is None
    (impossible,) = plan.errors
    assert "2026-02-30" in impossible.reason
    (running,) = plan.long_entries  # kept aside: the person may keep it split or trimmed
    assert (running.row, running.seconds) == (9, 25 * 3600)
    assert (running.template.project, running.template.title) == ("Website", "Timer left running")


def test_clockify_semicolons_decimal_commas_and_day_first_dates():
    plan = read_csv(FIXTURES / "clockify_detailed.csv")
    kickoff, texts, night, design, reading = plan.sessions
    assert kickoff.day == date(2026, 1, 13)
    assert texts.day == date(2026, 3, 2)  # 02/03 is 2 March: 13/01 proved day-first
    assert (texts.project, texts.title) == ("Relaunch", "Texte; Korrektur")
    assert texts.tags == ("copy", "review")
    assert design.pay_minor == 123450  # "1.234,50"
    assert (night.day, night.minutes, night.client) == (date(2026, 3, 5), 150, "Kiez e.V.")
    assert reading.minutes == 45  # only "Duration (decimal)" 0,75
    assert [e.reason for e in plan.errors][0] == "duration is negative"


def test_clockify_month_first_by_default():
    text = clockify.HEADER + "\nP,C,D,,U,,e@x,,Yes,03/04/2026,01:26:00 PM,03/04/2026,02:43:00 PM"
    text += ",01:17:00,1.28,60.00,77.00\n"
    (session,) = read_csv(text).sessions
    assert session.day == date(2026, 3, 4)
    assert session.start_time == time(13, 26)
    assert (session.minutes, session.pay_minor, session.currency) == (77, 7700, "USD")


def test_harvest_a_row_repeated_exactly_is_one_session():
    plan = read_csv(FIXTURES / "harvest_detailed_time.csv")
    checkins = [s for s in plan.sessions if s.title == "Weekly check-in"]
    assert checkins[0].project == "Brochure"
    assert len(checkins) == 1
    assert plan.skipped[REPEAT] == 1
    audit = next(s for s in plan.sessions if s.client == "Globex")
    assert (audit.currency, audit.pay_minor) == ("USD", 24000)
    assert audit.notes == "Checked the ledger,\nwrote the summary"
    admin = next(s for s in plan.sessions if s.title == "Internal — Admin")
    assert admin.client is None and admin.status is PayStatus.NONE


def test_kimai_details():
    plan = read_csv(FIXTURES / "kimai_export.csv")
    checkout, night, board, testing, reply = plan.sessions
    assert checkout.tags == ("dev", "shop")
    assert (night.day, night.minutes) == (date(2026, 4, 2), 150)
    assert board.currency == "CHF"
    assert (board.project, board.title) == ("Strategy", "Meeting")
    assert (testing.project, testing.title) == ("Website", "Testing")  # the activity
    assert reply.minutes == 7  # 0.11 h
    assert "negative" in plan.errors[0].reason


def test_generic_details():
    plan = read_csv(FIXTURES / "generic_own.csv")
    strategy, unrated, repair = plan.sessions
    assert strategy.uuid == "0b7c5a52-5d3e-4e0f-9a43-3f1e8e2f6a10"
    assert strategy.value == 8
    assert strategy.status is PayStatus.PAID and strategy.paid_on == date(2026, 5, 20)
    assert (strategy.mood, strategy.energy, strategy.stress) == (4, 3, 2)
    assert {c.value for c in strategy.captures} == {"referral", "joy"}
    assert strategy.tags == ("strategy", "coaching")
    assert unrated.value is None and unrated.minutes == 150
    assert repair.private is True and repair.client is None
    assert repair.notes == "Fixed three lamps.\nPeople came back."
    assert plan.duplicates == []  # the repeated row is skipped as an exact repeat
    assert plan.skipped == {REPEAT: 1}
    assert plan.summary() == "new 3, already present 0, skipped 1, rejected 4"


def test_invoices_paid_marks_billable_amounts_paid():
    plan = read_csv(FIXTURES / "toggl_detailed.csv", invoices_paid=True)
    paid = [s for s in plan.sessions if s.pay_minor]
    assert paid and all(s.status is PayStatus.PAID and s.paid_on is None for s in paid)


def test_progress_is_reported():
    calls: list[tuple[int, int]] = []
    read_csv(
        FIXTURES / "toggl_detailed.csv", progress=lambda done, total: calls.append((done, total))
    )
    assert calls[-1] == (8, 8)  # data records; one spans two lines
