"""Toggl Track: the CSV of a detailed report (Reports → Detailed → Export → CSV).

Header as Toggl writes it (the amount column names the workspace currency)::

    User,Email,Client,Project,Task,Description,Billable,Start date,Start time,
    End date,End time,Duration,Tags,Amount (USD)

Dates are YYYY-MM-DD, times HH:MM:SS, the duration h:mm:ss (or, with other duration
settings, "18:25 min" or decimal hours); tags are comma-separated in one cell; Billable
is Yes/No. There is no entry id, so sessions are identified by a fingerprint.
"""

from __future__ import annotations

from valuejournal.core.i18n import N_
from valuejournal.interop.dates import DateOrder
from valuejournal.interop.rows import Row
from valuejournal.interop.tracker import Entry, TrackerFormat, common_entry

HEADER = (
    "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,"
    "End date,End time,Duration,Tags,Amount (USD)"
)

SPELLINGS = {
    "date": ("start date",),
    "start": ("start time",),
    "duration": ("duration",),
    "client": ("client",),
    "project": ("project",),
    "task": ("task",),
    "description": ("description",),
    "tags": ("tags",),
    "billable": ("billable",),
    "amount": (r"re:amount \((\w*)\)", "amount", r"re:billable amount \((\w*)\)"),
    "currency": ("currency",),
    "hourly_rate": (r"re:rate \((\w*)\)", "rate", "hourly rate"),
    "id": ("id", "time entry id"),
    "user": ("user", "member"),
    "email": ("email",),
}


def detect(keys: set[str]) -> bool:
    """A Toggl detailed report: start date/time and one "Duration", plus a user column."""
    return (
        {"start date", "start time", "duration"} <= keys
        and bool(keys & {"user", "email", "member"})
        and "duration (h)" not in keys
    )


def to_entry(row: Row) -> Entry:
    """One Toggl row as an entry."""
    return common_entry(row, "date", "start date")


FORMAT = TrackerFormat(
    name="toggl",
    label=N_("Toggl Track detailed report"),
    spellings=SPELLINGS,
    required=("date", "duration"),
    detect=detect,
    to_entry=to_entry,
    date_default=DateOrder.DAY_FIRST,
    people=(("user",), ("email",)),
)
