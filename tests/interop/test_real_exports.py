"""The acceptance data: nine real tracker exports, imported through the command line.

Each file in the shared ``real-exports`` folder must give exactly the sessions and total
minutes its README states (with ``--user`` where it names a person), exit 0, and a few
rows, read by hand in the file, must arrive with the right date, start, client, title
and currency.
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from valuejournal.cli import main
from valuejournal.core.entities import PaySource, Session, round_minutes
from valuejournal.store.journal import Journal

_CANDIDATES = (
    Path(__file__).resolve().parents[2].parent / "shared" / "real-exports",
    Path("/work/shared/real-exports"),
)
REAL = next((p for p in _CANDIDATES if (p / "README.md").is_file()), _CANDIDATES[0])

# file, --user, sessions, total minutes (README.md of the folder)
FIGURES = [
    ("clockify_daniel-sinkin_1.csv", None, 10, 301),
    ("clockify_heloisatambara_1.csv", "Reginaldo Zaminzo Santana", 182, 8980),
    ("clockify_metaplm_1.csv", None, 42, 11638),
    ("harvest_jeffandyalltogether_1.csv", None, 298, 24402),
    ("kimai_mikestepanov_1.csv", "pauline", 28, 5145),
    ("kimai_sleggat_1.csv", None, 383, 21445),
    ("toggl_avery2_1.csv", None, 1524, 78061),
    ("toggl_jalavery_1.csv", None, 549, 47232),
    ("toggl_rqcastro_1.csv", "Gustavo Peconick", 74, 2715),
]

# Rows read by hand in each file: (day, start) -> (client, project, title, currency, seconds).
# The tracker's project is the session's project under its client (issue 13); before, it
# led the title ("Project — description"), as it still does for work without a client.
ROWS: dict[
    str, dict[tuple[date, time | None], tuple[str | None, str | None, str, str, int]]
] = {
    "clockify_daniel-sinkin_1.csv": {
        (date(2023, 5, 23), time(3, 55, 30)): (
            None, None, "Programming — Time Tracker Program", "EUR", 28 * 60 + 3),
        (date(2023, 5, 22), time(10, 39, 58)): (
            None, None, "Programming — Learning Rust", "EUR", 3557),
    },
    "clockify_heloisatambara_1.csv": {
        (date(2025, 1, 31), time(15, 30)): (
            "INTERALL", "Sustentação Horário Comercial",
            "Ticket 1352 GLPI - Monitoramento Interall - Janeiro/2025 - Checklist", "EUR", 3600),
        (date(2025, 1, 2), time(7, 30)): (
            "INTERALL", "Sustentação Fora do Horário Comercial",
            "Ticket 1352 GLPI - Monitoramento Interall - Janeiro/2025 - Checklist", "EUR", 1800),
    },
    "clockify_metaplm_1.csv": {
        (date(2026, 1, 21), time(11, 0)): (  # nothing but the project names this work
            "Baykar Teknoloji", "Baykar Teknoloji Yerinde Çalışma",
            "Baykar Teknoloji Yerinde Çalışma", "USD", 7 * 3600),
        (date(2026, 2, 20), time(14, 0)): (
            "Zenvo Automotive", "Online Meeting", "Step & Pdf Converter", "USD", 3600),
    },
    "harvest_jeffandyalltogether_1.csv": {
        (date(2026, 3, 13), None): (
            "Example Client", "I AM DATA ENGINEER", "NT: reviewing the valon offer", "USD", 612),
    },
    "kimai_mikestepanov_1.csv": {
        (date(2025, 7, 7), time(8, 0)): ("StartHub", "Team Operations", "Yulia Call", "USD", 1800),
        (date(2025, 7, 5), time(15, 0)): (
            "StartHub", "Print Designs", "Augment-inspired Worksheet", "USD", 7 * 3600),
    },
    "kimai_sleggat_1.csv": {
        (date(2019, 5, 13), time(12, 0)): (
            "CampingTaiwan", "Website",
            ".5 updated Booking dates (charge set price, was it $150?)", "NZD", 2700),
        (date(2020, 9, 8), time(13, 31)): (
            "JWHenley", "Email Newsletters", "Send email: Migrante Launch Reflections", "NZD",
            300),
    },
    "toggl_avery2_1.csv": {
        (date(2020, 1, 1), time(4, 23, 37)): ("Tracking", "Motivated", "Python", "EUR", 2645),
        (date(2020, 12, 30), time(5, 18, 52)): (None, None, "Chores", "EUR", 1808),
    },
    "toggl_jalavery_1.csv": {
        (date(2020, 4, 29), time(11, 30, 13)): (
            "Moskowitz, Chaya", "Cardiorespiratory fitness in breast cancer", "Analysis", "EUR",
            9000),
    },
    "toggl_rqcastro_1.csv": {
        (date(2023, 10, 9), time(9, 0)): (
            "Davidson Kempner Capital Management LLC", "multiple-dk-projects",
            "Projects planning", "EUR", 1800),
        (date(2023, 10, 20), time(18, 45)): (
            "Davidson Kempner Capital Management LLC", "private-funds", "Email to Alireza",
            "EUR", 1800),
    },
}  # fmt: skip


def test_the_shared_folder_is_found():
    assert (REAL / "README.md").is_file(), f"real exports not found in {_CANDIDATES}"
    assert sorted(p.name for p in REAL.glob("*.csv")) == sorted(f[0] for f in FIGURES)


def _import(capsys, path: Path, journal: Path, *extra: str) -> tuple[int, str, str]:
    code = main(["import", str(path), "--journal", str(journal), *extra])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("name", "user", "sessions", "minutes"), FIGURES, ids=lambda v: str(v))
def test_real_export_gives_its_readme_figures(capsys, tmp_path, name, user, sessions, minutes):
    journal = tmp_path / "fresh.vjournal"
    extra = ("--user", user) if user else ()
    code, out, err = _import(capsys, REAL / name, journal, *extra)
    assert (code, err) == (0, "")
    assert f"new sessions: {sessions}, {minutes} minutes" in out
    with Journal.open(journal, create=False) as opened:
        stored = opened.all_sessions()
        week_minutes, _, _ = opened.totals(date(1990, 1, 1), date(2100, 1, 1))
    assert len(stored) == sessions
    assert round_minutes(sum(s.duration_seconds for s in stored)) == minutes
    assert week_minutes == minutes  # the journal's own totals read the exact seconds
    for (day, start), (client, project, title, currency, seconds) in ROWS[name].items():
        session = _find(stored, day, start, title)
        assert (session.client, session.project, session.title, session.currency) == (
            client,
            project,
            title,
            currency,
        )
        assert session.duration_seconds == seconds
        assert session.value is None  # imported work arrives unrated
    # The same file again adds nothing.
    code, out, _ = _import(capsys, REAL / name, journal, *extra)
    assert code == 0 and "Nothing new to import." in out
    assert f"already present {sessions}," in out


def _find(sessions: list[Session], day: date, start: time | None, title: str) -> Session:
    found = [s for s in sessions if s.day == day and s.start_time == start and s.title == title]
    assert len(found) == 1, (
        day,
        start,
        title,
        [(s.start_time, s.title) for s in sessions if s.day == day],
    )
    return found[0]


@pytest.mark.parametrize(
    ("name", "people"),
    [("clockify_heloisatambara_1.csv", 8), ("kimai_mikestepanov_1.csv", 6),
     ("toggl_rqcastro_1.csv", 18)],
)  # fmt: skip
def test_a_team_export_stops_and_names_the_people(capsys, tmp_path, name, people):
    journal = tmp_path / "fresh.vjournal"
    code, out, err = _import(capsys, REAL / name, journal)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert f"holds the work of {people} people" in err and "--user NAME" in err
    assert not journal.exists()


def test_user_matches_the_e_mail_too_and_a_stranger_is_refused(capsys, tmp_path):
    journal = tmp_path / "fresh.vjournal"
    path = REAL / "toggl_rqcastro_1.csv"
    code, out, _ = _import(capsys, path, journal, "--user", "G.PECONICK@belo.re", "--dry-run")
    assert code == 0 and "new sessions: 74, 2715 minutes" in out
    assert "skipped, another person's work: 366" in out
    code, _, err = _import(capsys, path, journal, "--user", "Nobody Here")
    assert code == 2 and "nobody called 'Nobody Here'" in err and not journal.exists()


def test_money_and_its_currency(tmp_path, capsys):
    journal = tmp_path / "fresh.vjournal"
    assert _import(capsys, REAL / "harvest_jeffandyalltogether_1.csv", journal)[0] == 0
    assert _import(capsys, REAL / "kimai_sleggat_1.csv", journal)[0] == 0
    with Journal.open(journal, create=False) as opened:
        stored = opened.all_sessions()
    first = _find(stored, date(2025, 12, 7), None, "Re-recording day 0 audio")
    assert (first.pay_minor, first.currency) == (4800, "USD")  # "United States Dollar - USD"
    booking = next(s for s in stored if s.day == date(2019, 5, 13))
    assert (booking.pay_minor, booking.currency) == (4875, "NZD")  # " NZD 48.75 "
    assert booking.notes.startswith(".5 updated Booking dates") and "\n.25 updated" in booking.notes


def test_skipped_reasons_are_printed(capsys, tmp_path):
    code, out, _ = _import(capsys, REAL / "toggl_avery2_1.csv", tmp_path / "j.vjournal")
    assert code == 0
    assert "skipped, shorter than a minute: 171" in out
    assert "skipped, longer than 24 hours: 1" in out
    assert "skipped, an exact repeat of another row: 6" in out
    code, out, _ = _import(capsys, REAL / "kimai_sleggat_1.csv", tmp_path / "k.vjournal")
    assert code == 0 and "skipped, a totals row: 1" in out


def _file_amounts(name: str, column: str) -> int:
    """The amount column of a real export summed by reading the file here, in cents: the
    rows with a date (not the totals row) and a duration of a minute or more."""
    import csv
    import re

    with open(REAL / name, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    total = 0
    for row in rows:
        if not re.match(r"\d", row.get("Date") or row.get("Start Date") or ""):
            continue
        amount = re.search(r"\d+(?:\.\d+)?", row[column] or "")
        if amount:
            whole, _, cents = amount.group().partition(".")
            total += int(whole) * 100 + int((cents + "00")[:2])
    return total


@pytest.mark.parametrize(
    ("name", "column", "currency"),
    [
        ("clockify_metaplm_1.csv", "Billable Amount (USD)", "USD"),
        ("harvest_jeffandyalltogether_1.csv", "Billable Amount", "USD"),
        ("kimai_sleggat_1.csv", "Rate", "NZD"),
    ],
)
def test_the_trackers_amounts_arrive_as_pay(capsys, tmp_path, name, column, currency):
    journal = tmp_path / "fresh.vjournal"
    assert _import(capsys, REAL / name, journal)[0] == 0
    with Journal.open(journal, create=False) as opened:
        stored = opened.all_sessions()
    paid = [s for s in stored if s.pay_minor > 0]
    assert paid and {s.currency for s in paid} == {currency}
    assert sum(s.pay_minor for s in stored) == _file_amounts(name, column)
    assert {s.pay_source for s in stored} == {PaySource.TYPED}  # the tracker's own figure


def test_a_billable_rate_without_an_amount_gives_rate_times_hours(capsys, tmp_path):
    """Clockify's real layout with the amount cells emptied: the rate column makes the pay."""
    import csv

    with open(REAL / "clockify_metaplm_1.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    amount, rate = header.index("Billable Amount (USD)"), header.index("Billable Rate (USD)")
    decimal = header.index("Duration (decimal)")
    for row in rows[1:]:
        row[amount] = ""
    path = tmp_path / "rates_only.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    journal = tmp_path / "fresh.vjournal"
    assert _import(capsys, path, journal)[0] == 0
    with Journal.open(journal, create=False) as opened:
        stored = {(s.day, s.start_time): s for s in opened.all_sessions()}
    billable = [r for r in rows[1:] if r[header.index("Billable")] == "Yes"]
    assert billable
    for row in billable:
        day = date(int(row[9][6:10]), int(row[9][3:5]), int(row[9][:2]))  # DD/MM/YYYY here
        session = stored[(day, time.fromisoformat(row[10]))]
        assert session.currency == "USD"
        hours = session.duration_seconds / 3600
        assert abs(session.pay_minor - float(row[rate]) * 100 * hours) <= 0.5
        assert abs(hours - float(row[decimal])) < 0.01
