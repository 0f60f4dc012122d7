"""Files that cannot be imported say so clearly; bad rows are rejected with line numbers."""

from __future__ import annotations

from datetime import date

import pytest

from valuejournal.interop import ImportFormatError, read_csv, read_header, toggl

TOGGL_ROW = "Ana,ana@x,Acme,Web,,Work,Yes,2026-03-02,09:00:00,2026-03-02,10:00:00,01:00:00,,80.00"


def test_unknown_columns_are_refused(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("Foo,Bar,Baz\n1,2,3\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="unrecognised CSV columns"):
        read_csv(path)


def test_an_explicit_format_names_the_missing_columns(tmp_path):
    path = tmp_path / "harvest.csv"
    path.write_text("Date,Client,Project,Task,Notes,Hours\n2026-01-02,A,P,T,N,1\n")
    with pytest.raises(ImportFormatError, match='missing column "start date"'):
        read_csv(path, format="toggl")


def test_unknown_format_name():
    with pytest.raises(ImportFormatError, match="unknown format"):
        read_csv(toggl.HEADER + "\n" + TOGGL_ROW + "\n", format="tempo")


def test_bad_default_currency():
    with pytest.raises(ImportFormatError, match="currency"):
        read_csv(toggl.HEADER + "\n", currency="euro")


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\n\n  \n"])
def test_empty_file(tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFormatError, match="empty"):
        read_csv(path)


def test_binary_file(tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(ImportFormatError, match="binary"):
        read_csv(path)


def test_missing_file(tmp_path):
    with pytest.raises(ImportFormatError, match="cannot read"):
        read_csv(tmp_path / "nope.csv")


def test_header_only_plans_nothing():
    plan = read_csv(toggl.HEADER + "\n")
    assert plan.summary() == "new 0, already present 0, skipped 0, rejected 0"
    assert plan.columns == toggl.HEADER.split(",")


def test_bad_rows_are_rejected_with_their_lines_and_the_rest_still_plan():
    rows = [
        TOGGL_ROW,
        TOGGL_ROW.replace("2026-03-02,09", "02.30.2026,09"),
        TOGGL_ROW.replace("01:00:00", "-00:30:00"),
        TOGGL_ROW.replace("80.00", "eighty"),
        TOGGL_ROW.replace(",Yes,", ",Perhaps,"),
        TOGGL_ROW.replace("09:00:00", "9 o'clock"),
        TOGGL_ROW.replace("Work", "Other work"),
    ]
    plan = read_csv(toggl.HEADER + "\n" + "\n".join(rows) + "\n")
    assert len(plan.sessions) == 2
    assert [e.row for e in plan.errors] == [3, 4, 5, 6, 7]
    reasons = [e.reason for e in plan.errors]
    assert "start date" in reasons[0]
    assert reasons[1] == "duration is negative"
    assert "eighty" in reasons[2]
    assert "billable" in reasons[3]
    assert "time of day" in reasons[4]
    assert str(plan.errors[0]).startswith("line 3: ")


def test_missing_optional_columns():
    text = "User,Start date,Start time,Duration\nAna,2026-03-02,09:00:00,00:30:00\n"
    (session,) = read_csv(text).sessions
    assert (session.minutes, session.title, session.client, session.pay_minor) == (30, "", None, 0)
    assert session.currency == "EUR"


def test_text_with_a_bom_and_semicolons():
    text = "\ufeff" + toggl.HEADER.replace(",", ";") + "\n" + TOGGL_ROW.replace(",", ";") + "\n"
    (session,) = read_csv(text).sessions
    assert session.day == date(2026, 3, 2) and session.pay_minor == 8000


def test_utf16_tab_separated_file(tmp_path):
    path = tmp_path / "excel.csv"
    text = toggl.HEADER.replace(",", "\t") + "\r\n" + TOGGL_ROW.replace(",", "\t") + "\r\n"
    path.write_bytes(text.encode("utf-16"))
    assert len(read_csv(path).sessions) == 1


def test_windows_1252_file(tmp_path):
    path = tmp_path / "latin.csv"
    text = toggl.HEADER + "\r\n" + TOGGL_ROW.replace("Acme", "Café Müller") + "\r\n"
    path.write_bytes(text.encode("cp1252"))
    assert read_csv(path).sessions[0].client == "Café Müller"


def test_broken_quoting_is_still_read_or_refused_cleanly():
    text = toggl.HEADER + "\n" + TOGGL_ROW.replace("Work", '"Work') + "\n"
    plan = read_csv(text)  # an unclosed quote swallows the rest: one bad row, no crash
    assert len(plan.sessions) + len(plan.errors) == 1


def test_mapping_reads_an_unknown_layout():
    text = "Tag;Stunden;Kunde;Was;Betrag\n31.03.2026;1,5;Acme;Beratung;120,00\n"
    assert read_header(text) == ["Tag", "Stunden", "Kunde", "Was", "Betrag"]
    mapping = {"date": "Tag", "hours": "Stunden", "client": "Kunde", "title": "Was"}
    plan = read_csv(text, mapping=mapping | {"pay": "Betrag"})
    (session,) = plan.sessions
    assert plan.format == "generic"
    assert (session.day, session.minutes, session.client) == (date(2026, 3, 31), 90, "Acme")
    assert (session.title, session.pay_minor, session.status.value) == (
        "Beratung",
        12000,
        "pending",
    )
    again = read_csv(text, mapping=mapping | {"pay": "Betrag"})
    assert again.sessions[0].uuid == session.uuid


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"date": "Tag"}, "hours or the minutes"),
        ({"hours": "Stunden"}, "date"),
        ({"date": "Tag", "hours": "Nope"}, "no column 'Nope'"),
        ({"date": "Tag", "hours": "Stunden", "colour": "Was"}, "unknown field colour"),
    ],
)
def test_bad_mappings(mapping, message):
    with pytest.raises(ImportFormatError, match=message):
        read_csv("Tag;Stunden;Was\n31.03.2026;1;x\n", mapping=mapping)


def test_mapping_with_a_tracker_format_is_refused():
    with pytest.raises(ImportFormatError, match="mapping"):
        read_csv("a,b\n1,2\n", format="toggl", mapping={"date": "a", "hours": "b"})


def test_size_and_row_limits(tmp_path, monkeypatch):
    from valuejournal.interop import csv_reading

    path = tmp_path / "big.csv"
    path.write_text(toggl.HEADER + "\n" + (TOGGL_ROW + "\n") * 5, encoding="utf-8")
    monkeypatch.setattr(csv_reading, "MAX_ROWS", 3)
    with pytest.raises(ImportFormatError, match="more than 3 rows"):
        read_csv(path)
    monkeypatch.setattr(csv_reading, "MAX_BYTES", 100)
    with pytest.raises(ImportFormatError, match="MB"):
        read_csv(path)
