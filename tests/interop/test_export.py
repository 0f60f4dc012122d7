"""Export to the app's CSV and to JSON, and back without loss."""

from __future__ import annotations

import csv
import dataclasses
import json
from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from valuejournal.core.entities import (
    Capture,
    Client,
    Comment,
    CommentTarget,
    JournalInfo,
    PayStatus,
    Reflection,
    Session,
)
from valuejournal.interop import (
    CSV_COLUMNS,
    ExportedJournal,
    ImportFormatError,
    csv_export,
    export_csv,
    export_json,
    read_csv,
    read_json,
)

STAMPS = {"created_at", "updated_at"}


def sample_sessions() -> list[Session]:
    """Sessions that exercise every field and the awkward characters."""
    return [
        Session(
            day=date(2026, 3, 2),
            minutes=95,
            title='Strategy, "phase 2"',
            client="Acme, Inc.",
            value=8,
            notes='Line one\nline two, with comma\r\nand "quotes"  ',
            private=True,
            start_time=time(9, 5, 30),
            pay_minor=123456,
            currency="EUR",
            status=PayStatus.PAID,
            paid_on=date(2026, 4, 1),
            captures=frozenset({Capture.REFERRAL, Capture.JOY}),
            mood=5,
            energy=1,
            stress=3,
            ecological=-2,
            economic=2,
            social=0,
            tags=("strategy", "long tag with spaces", "ümlaut"),
            created_at=datetime(2026, 3, 2, 10, 0, tzinfo=UTC),
        ),
        Session(day=date(2026, 3, 3), minutes=1, value=0),
        Session(
            day=date(2026, 3, 4),
            minutes=1440,
            client="Tokyo KK",
            pay_minor=50000,
            currency="JPY",
            status=PayStatus.PENDING,
        ),  # fmt: skip
        Session(
            day=date(2026, 3, 5),
            minutes=61,
            pay_minor=1234,
            currency="KWD",
            status=PayStatus.PAID,
            title="=SUM(A1:A2)",
        ),  # fmt: skip
        Session(
            day=date(2026, 3, 6),
            minutes=7,
            title="Pro bono",
            notes="",
            value=10,
            captures=frozenset(Capture),
            tags=("a",),
        ),  # fmt: skip
    ]


def without_stamps(session: Session) -> dict:
    return {k: v for k, v in dataclasses.asdict(session).items() if k not in STAMPS}


def test_csv_round_trip_is_exact_field_by_field(tmp_path):
    sessions = sample_sessions()
    path = tmp_path / "out.csv"
    assert export_csv(sessions, path) == len(sessions)
    plan = read_csv(path, format="generic")
    assert plan.errors == [] and plan.duplicates == []
    assert len(plan.sessions) == len(sessions)
    for original, back in zip(sessions, plan.sessions, strict=True):
        assert without_stamps(back) == without_stamps(original)
    # Auto-detection finds the app's own CSV too.
    assert read_csv(path).format == "generic"


def test_csv_header_and_cells(tmp_path):
    path = tmp_path / "out.csv"
    export_csv(sample_sessions()[:1], path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == ",".join(CSV_COLUMNS)
    assert lines[1].startswith('2026-03-02,09:05:30,1.58,95,5700,8,"Acme, Inc.",')
    assert ",1234.56,EUR,paid,2026-04-01," in lines[1]
    assert ",joy;referral,strategy;long tag with spaces;ümlaut,true," in lines[1]


FORMULAS = ["=SUM(A1:A9)", "+1+1", "-2+3", "@cmd", "\tindent", "\rreturn", "'quoted", "''twice"]


@pytest.mark.parametrize("text", FORMULAS)
def test_formula_like_text_cannot_run_and_still_round_trips(tmp_path, text):
    session = Session(
        day=date(2026, 3, 2), minutes=60, title=text, client=text.strip() or "c",
        notes=text, tags=(text.strip(),),
    )  # fmt: skip
    path = tmp_path / "out.csv"
    export_csv([session], path)
    with path.open(encoding="utf-8", newline="") as stream:
        header, row = list(csv.reader(stream))
    columns = ("title", "note") + (("client", "tags") if text == text.strip() else ())
    for column in columns:
        cell = row[header.index(column)]
        assert cell.startswith("'"), (column, cell)  # a spreadsheet shows it as text
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    (back,) = read_csv(path, format="generic").sessions
    assert (back.title, back.notes) == (text, text)
    assert back.client == (text.strip() or "c") and back.tags == (text.strip(),)


def test_plain_text_is_not_quoted_and_seconds_round_trip(tmp_path):
    session = Session(day=date(2026, 3, 2), minutes=20, seconds=1229, title="Blog - draft")
    path = tmp_path / "out.csv"
    export_csv([session], path)
    (back,) = read_csv(path, format="generic").sessions
    assert back.title == "Blog - draft" and (back.minutes, back.seconds) == (20, 1229)


def test_failed_export_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "out.csv"
    path.write_text("old content\n", encoding="utf-8")
    calls = 0

    def exploding(session):
        nonlocal calls
        calls += 1
        if calls == 3:
            raise RuntimeError("disk on fire")
        return original(session)

    original = csv_export.session_row
    monkeypatch.setattr(csv_export, "session_row", exploding)
    with pytest.raises(RuntimeError):
        export_csv(sample_sessions(), path)
    assert path.read_text(encoding="utf-8") == "old content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def sample_journal() -> ExportedJournal:
    sessions = sample_sessions()
    sessions[1].updated_at = datetime(2026, 3, 3, 8, 0, tzinfo=timezone(timedelta(hours=2)))
    return ExportedJournal(
        info=JournalInfo(
            uuid="5a0e4c9e-2b1f-4d3c-8e7a-6f5b4a3c2d1e",
            owner="Ana Lima",
            base_currency="CHF",
            schema_version=3,
        ),  # fmt: skip
        sessions=sessions,
        clients=[
            Client(name="Acme, Inc.", currency="USD", alternative_rate_minor=9000, notes="n"),
            Client(name="Old client", archived=True),
        ],
        reflections=[
            Reflection(
                quarter="2026-Q1",
                sections={"created": "Much", "change": "Less\nmore"},
                updated_at=datetime(2026, 3, 31, 18, 0, tzinfo=UTC),
            ),  # fmt: skip
        ],
        comments=[
            Comment(
                target=CommentTarget.SESSION,
                body="Nice",
                author="Coach",
                target_uuid=sessions[0].uuid,
            ),  # fmt: skip
            Comment(
                target=CommentTarget.PERIOD,
                body="Busy weeks",
                author="Coach",
                period_start=date(2026, 3, 1),
                period_end=date(2026, 3, 14),
                resolved=True,
            ),  # fmt: skip
        ],
    )


def test_json_round_trip_is_lossless(tmp_path):
    data = sample_journal()
    path = tmp_path / "journal.json"
    export_json(data, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "valuejournal-export" and document["version"] == 1
    back = read_json(path)
    assert back == data  # every field, timestamps included


def test_exact_seconds_survive_json_and_a_journal(tmp_path):
    from valuejournal.interop import export_journal, import_file, restore_json
    from valuejournal.store.journal import Journal

    session = Session(day=date(2026, 3, 6), minutes=20, seconds=1229, title="Blog")
    data = ExportedJournal(info=JournalInfo(uuid="j"), sessions=[session])
    path = tmp_path / "journal.json"
    export_json(data, path)
    with Journal.open(tmp_path / "a.vjournal") as journal:
        restore_json(read_json(path), journal)
        (stored,) = journal.all_sessions()
        assert (stored.minutes, stored.seconds) == (20, 1229)
        export_journal(journal, tmp_path / "out.csv")
    with Journal.open(tmp_path / "b.vjournal") as other:
        import_file(other, tmp_path / "out.csv")
        (again,) = other.all_sessions()
    assert (again.uuid, again.minutes, again.seconds) == (session.uuid, 20, 1229)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not a JSON file"),
        ('{"format": "something-else"}', "not a Value Journal JSON export"),
        ('{"format": "valuejournal-export", "version": 99}', "newer"),
        (
            '{"format": "valuejournal-export", "version": 1, "journal": {"uuid": "x"},'
            ' "sessions": [{"day": "2026-01-01"}]}',
            "sessions #1",
        ),
        (
            '{"format": "valuejournal-export", "version": 1, "journal": {"uuid": "x"},'
            ' "sessions": [{"day": "2026-01-01", "minutes": 0}]}',
            "more than zero",
        ),
        (
            '{"format": "valuejournal-export", "version": 1, "journal": {"uuid": "x"},'
            ' "sessions": [{"day": "2026-01-01", "minutes": 5, "status": "maybe"}]}',
            "status",
        ),
        (
            '{"format": "valuejournal-export", "version": 1, "journal": {"uuid": "x"},'
            ' "clients": {}}',
            "not a list",
        ),
    ],
)
def test_read_json_refuses_bad_files(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFormatError, match=message):
        read_json(path)


def test_read_json_missing_file(tmp_path):
    with pytest.raises(ImportFormatError, match="cannot read"):
        read_json(tmp_path / "nope.json")
