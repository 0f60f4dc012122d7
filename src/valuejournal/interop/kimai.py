"""Kimai: the CSV export of timesheets (Export → CSV), every version seen in the wild.

Header as Kimai 2 writes it with its default template (rate columns only for users who
may see rates; meta-field columns may follow)::

    Date,From,To,Duration,Currency,Price,Internal price,Hourly price,Fixed price,Name,
    User,E-mail,Staff number,Customer,Project,Activity,Description,Billable,Tags,Type,
    Category,Account,Project number,VAT-ID,Order number

Older exports (2019-2020) call the money columns Rate, Internal rate, Hourly rate and
Fixed rate, write money with its currency inside the cell (" NZD 48.75 "), give the
duration in seconds ("2700") and end with a totals row (no date). The duration may be
"h:mm", "h:mm:ss", decimal hours ("0.75") or seconds: a plain whole number is read as
whichever of seconds or hours matches the row's From/To span (a number above 24 without
a span is seconds). "Price"/"Rate" is the entry's total. Headers in other languages are
read through ``interop.headers``. Whose work a row is: User, Name (Kimai's alias) or
E-mail.
"""

from __future__ import annotations

import re

from valuejournal.core.durations import parse_duration
from valuejournal.core.i18n import N_
from valuejournal.interop.csv_reading import parse_time
from valuejournal.interop.dates import DateOrder
from valuejournal.interop.headers import KIMAI_WORDS
from valuejournal.interop.rows import Row
from valuejournal.interop.tracker import Entry, TrackerFormat, common_entry

HEADER = (
    "Date,From,To,Duration,Currency,Price,Internal price,Hourly price,Fixed price,Name,"
    "User,E-mail,Staff number,Customer,Project,Activity,Description,Billable,Tags,Type,"
    "Category,Account,Project number,VAT-ID,Order number"
)

SPELLINGS = {
    "date": ("date",),
    "start": ("from", "begin"),
    "end": ("to", "end"),
    "duration": ("duration",),
    "currency": ("currency",),
    "hourly_rate": ("hourly price", "hourly rate"),
    "amount": ("price", "rate", "total price"),
    "client": ("customer",),
    "project": ("project",),
    "task": ("activity",),
    "description": ("description",),
    "tags": ("tags",),
    "billable": ("billable",),
    "id": ("id",),
    "user": ("user", "username"),
    "name": ("name",),
    "email": ("e-mail", "email"),
}

_WHOLE = re.compile(r"^\d+$")
_DAY = 24 * 3600


def detect(keys: set[str]) -> bool:
    """A Kimai timesheet export: date, from/to, duration, customer and activity."""
    return {"date", "duration", "customer", "activity"} <= keys and bool(keys & {"from", "begin"})


def span_seconds(row: Row) -> int | None:
    """Seconds from From to To (across midnight if To is earlier), or None."""
    try:
        start, end = parse_time(row.text("start")), parse_time(row.text("end"))
    except ValueError:
        return None
    if start is None or end is None:
        return None
    begin = start.hour * 3600 + start.minute * 60 + start.second
    finish = end.hour * 3600 + end.minute * 60 + end.second
    return (finish - begin) % _DAY


def duration_seconds(row: Row) -> int:
    """The row's duration in seconds, whichever way this Kimai wrote it."""
    text = row.text("duration")
    if not _WHOLE.match(text):
        return parse_duration(text, "hours")
    number = int(text)
    span = span_seconds(row)
    if span is None:
        return number if number > 24 else number * 3600
    as_seconds, as_hours = abs(number - span), abs(number * 3600 - span)
    return number if as_seconds <= as_hours else number * 3600


def to_entry(row: Row) -> Entry:
    """One Kimai row as an entry."""
    return common_entry(row, "date", seconds=duration_seconds(row))


FORMAT = TrackerFormat(
    name="kimai",
    label=N_("Kimai timesheet export"),
    spellings=SPELLINGS,
    required=("date", "duration"),
    detect=detect,
    to_entry=to_entry,
    date_default=DateOrder.DAY_FIRST,
    people=(("user",), ("name",), ("email",)),
    words=KIMAI_WORDS,
)
