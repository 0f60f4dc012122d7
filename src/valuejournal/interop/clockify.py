"""Clockify: the CSV of a detailed report (Reports → Detailed → Export → Save as CSV).

Header as Clockify writes it (the money columns name the workspace currency)::

    Project,Client,Description,Task,User,Group,Email,Tags,Billable,Start Date,Start Time,
    End Date,End Time,Duration (h),Duration (decimal),Billable Rate (USD),
    Billable Amount (USD)

Dates follow the user's date format (MM/DD/YYYY by default; DD/MM/YYYY and others are
recognised from the file), times are "01:26:00 PM" or "13:26", "Duration (h)" is h:mm:ss
(exact to the second, preferred) and "Duration (decimal)" decimal hours. Tags are
comma-separated; Billable is Yes/No. Newer exports add Type, Invoiced and more columns,
which are ignored. The headers follow the language of the person's Clockify (see
``interop.headers``: "Data de início", "Duração (h)", ...).
"""

from __future__ import annotations

from valuejournal.core.i18n import N_
from valuejournal.interop.dates import DateOrder
from valuejournal.interop.headers import CLOCKIFY_WORDS
from valuejournal.interop.rows import Row
from valuejournal.interop.tracker import Entry, TrackerFormat, common_entry

HEADER = (
    "Project,Client,Description,Task,User,Group,Email,Tags,Billable,Start Date,Start Time,"
    "End Date,End Time,Duration (h),Duration (decimal),Billable Rate (USD),"
    "Billable Amount (USD)"
)

SPELLINGS = {
    "date": ("start date",),
    "start": ("start time",),
    "duration": ("duration (h)",),
    "duration_decimal": ("duration (decimal)",),
    "client": ("client",),
    "project": ("project",),
    "task": ("task",),
    "description": ("description",),
    "tags": ("tags",),
    "billable": ("billable",),
    "amount": (r"re:billable amount \((\w*)\)", "billable amount", r"re:amount \((\w*)\)"),
    "currency": ("currency",),
    "hourly_rate": (r"re:billable rate \((\w*)\)", "billable rate"),
    "id": ("id", "time entry id"),
    "user": ("user",),
    "email": ("email",),
}


def detect(keys: set[str]) -> bool:
    """A Clockify detailed report: a start date and its two duration columns."""
    return "start date" in keys and bool(keys & {"duration (h)", "duration (decimal)"})


def to_entry(row: Row) -> Entry:
    """One Clockify row as an entry (h:mm:ss duration, else the decimal one)."""
    if row.text("duration"):
        seconds = row.seconds("duration")
    else:
        seconds = row.seconds("duration_decimal")
    return common_entry(row, "date", "start date", seconds=seconds)


FORMAT = TrackerFormat(
    name="clockify",
    label=N_("Clockify detailed report"),
    spellings=SPELLINGS,
    required=("date", ("duration", "duration_decimal")),
    detect=detect,
    to_entry=to_entry,
    date_default=DateOrder.MONTH_FIRST,
    people=(("user",), ("email",)),
    words=CLOCKIFY_WORDS,
)
