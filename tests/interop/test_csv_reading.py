"""The cell parsers and file decoding shared by every importer."""

from __future__ import annotations

from datetime import date, time

import pytest

from valuejournal.interop.csv_reading import (
    decode,
    iter_records,
    parse_bool,
    parse_time,
    sniff_delimiter,
)
from valuejournal.interop.dates import DateOrder, guess_order, parse_flexible_date
from valuejournal.interop.plan import ImportFormatError


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("09:05", time(9, 5)),
        ("9:05:07", time(9, 5, 7)),
        ("01:26:00 PM", time(13, 26)),
        ("12:10 am", time(0, 10)),
        ("2026-03-01T23:30:00+01:00", time(23, 30)),
        ("2026-03-01 08:15", time(8, 15)),
        ("", None),
    ],
)
def test_parse_time(text, value):
    assert parse_time(text) == value


@pytest.mark.parametrize("text", ["25:00", "13:00 PM", "noon"])
def test_parse_time_rejects(text):
    with pytest.raises(ValueError):
        parse_time(text)


def test_parse_bool():
    assert parse_bool("Yes") is True and parse_bool("1") is True
    assert parse_bool("No") is False and parse_bool("0") is False
    assert parse_bool(" ") is None
    with pytest.raises(ValueError):
        parse_bool("maybe")


@pytest.mark.parametrize(
    ("text", "order", "value"),
    [
        ("2026-03-31", DateOrder.MONTH_FIRST, date(2026, 3, 31)),
        ("31.03.2026", DateOrder.MONTH_FIRST, date(2026, 3, 31)),
        ("03/04/2026", DateOrder.MONTH_FIRST, date(2026, 3, 4)),
        ("03/04/2026", DateOrder.DAY_FIRST, date(2026, 4, 3)),
        ("3/4/26", DateOrder.DAY_FIRST, date(2026, 4, 3)),
        ("2026-03-31 09:00", DateOrder.DAY_FIRST, date(2026, 3, 31)),
    ],
)
def test_parse_flexible_date(text, order, value):
    assert parse_flexible_date(text, order) == value


def test_guess_order():
    assert guess_order(["01/02/2026", "13/02/2026"], DateOrder.MONTH_FIRST) is DateOrder.DAY_FIRST
    assert guess_order(["01/02/2026", "02/13/2026"], DateOrder.DAY_FIRST) is (DateOrder.MONTH_FIRST)
    assert guess_order(["01/02/2026"], DateOrder.DAY_FIRST) is DateOrder.DAY_FIRST
    conflict = ["13/02/2026", "02/13/2026"]
    assert guess_order(conflict, DateOrder.MONTH_FIRST) is DateOrder.MONTH_FIRST


@pytest.mark.parametrize(
    ("header", "sep"),
    [("a,b,c", ","), ("a;b;c", ";"), ("a\tb\tc", "\t"), ('"x;y",b,c', ","), ("single", ",")],
)
def test_sniff_delimiter(header, sep):
    assert sniff_delimiter(header + "\n1,2,3\n") == sep


def test_records_carry_the_line_a_person_sees():
    text = 'h1,h2\n\n1,"two\nlines"\n3,4\n'
    records = list(iter_records(text, ","))
    assert [(r.line, r.cells) for r in records] == [
        (1, ["h1", "h2"]),
        (3, ["1", "two\nlines"]),
        (5, ["3", "4"]),
    ]


def test_decode_handles_boms_and_windows_text():
    assert decode(b"\xef\xbb\xbfdate") == "date"
    assert decode("date,€".encode("utf-16")) == "date,€"
    assert decode("Café".encode("cp1252")) == "Café"


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(1, 32)) * 10])
def test_decode_refuses_binary(data):
    with pytest.raises(ImportFormatError, match="binary"):
        decode(data)


def test_stable_uuid_is_a_standard_uuid5():
    import uuid

    from valuejournal.interop.plan import IMPORT_NAMESPACE, stable_uuid

    for key in ("1", "fp:2026-03-02\x1fü", ""):
        assert stable_uuid("toggl", key) == str(uuid.uuid5(IMPORT_NAMESPACE, f"toggl:{key}"))


def test_old_mac_line_endings():
    records = list(iter_records("a,b\r1,2\r3,4", ","))
    assert [r.cells for r in records] == [["a", "b"], ["1", "2"], ["3", "4"]]
