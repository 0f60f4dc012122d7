"""Kimai: the CSV export of timesheets (Export → CSV, default template, English).

Header as Kimai 2 writes it with its default template (rate columns only for users who
may see rates; meta-field columns may follow)::

    Date,From,To,Duration,Currency,Price,Internal price,Hourly price,Fixed price,Name,
    User,E-mail,Staff number,Customer,Project,Activity,Description,Billable,Tags,Type,
    Category,Account,Project number,VAT-ID,Order number

Dates are YYYY-MM-DD, From/To HH:MM, Duration decimal hours with two decimals ("0.11";
custom templates write "h:mm" or "h:mm:ss"). The duration is used as written (From/To
are cut to the minute, so their span is no more exact). "Price" is the entry's total;
Billable is 1/0; tags are comma-separated. Older Kimai exports (Date, From, To,
Duration, Rate, User, Customer, Project, Activity, Description, Exported, Tags, ...) read
the same way.
"""

from __future__ import annotations

from valuejournal.interop.dates import DateOrder
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
    "duration": ("duration",),
    "currency": ("currency",),
    "amount": ("price", "rate", "total price"),
    "client": ("customer",),
    "project": ("project",),
    "task": ("activity",),
    "description": ("description",),
    "tags": ("tags",),
    "billable": ("billable",),
    "id": ("id",),
}


def detect(keys: set[str]) -> bool:
    """A Kimai timesheet export: date, from/to, duration, customer and activity."""
    return {"date", "duration", "customer", "activity"} <= keys and bool(keys & {"from", "begin"})


def to_entry(row: Row) -> Entry:
    """One Kimai row as an entry."""
    return common_entry(row, "date")


FORMAT = TrackerFormat(
    name="kimai",
    label="Kimai timesheet export",
    spellings=SPELLINGS,
    required=("date", "duration"),
    detect=detect,
    to_entry=to_entry,
    date_default=DateOrder.DAY_FIRST,
)
