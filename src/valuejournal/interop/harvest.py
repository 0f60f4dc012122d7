"""Harvest: the CSV export of a detailed time report (Reports → Detailed time → Export).

Header as Harvest writes it::

    Date,Client,Project,Project Code,Task,Notes,Hours,Hours Rounded,Billable?,Invoiced?,
    Approved?,First Name,Last Name,Roles,Employee?,Billable Rate,Billable Amount,
    Cost Rate,Cost Amount,Currency,External Reference URL

Harvest's own time-import layout (Date, Client, Project, Task, Notes, Hours, First name,
Last name) is recognised too. Dates are YYYY-MM-DD (M/D/YYYY is accepted), Hours are
decimal hours, Currency reads like "Euro - EUR". There are no start times and no entry
ids: sessions are identified by a fingerprint; a row repeated exactly is taken once.
Whose work a row is: First Name + Last Name.
"""

from __future__ import annotations

from valuejournal.core.i18n import N_
from valuejournal.interop.dates import DateOrder
from valuejournal.interop.rows import Row
from valuejournal.interop.tracker import Entry, TrackerFormat, hourly_rate

HEADER = (
    "Date,Client,Project,Project Code,Task,Notes,Hours,Hours Rounded,Billable?,Invoiced?,"
    "Approved?,First Name,Last Name,Roles,Employee?,Billable Rate,Billable Amount,"
    "Cost Rate,Cost Amount,Currency,External Reference URL"
)

SPELLINGS = {
    "date": ("date", "spent date"),
    "start": ("started at", "start time"),
    "hours": ("hours",),
    "client": ("client",),
    "project": ("project",),
    "task": ("task",),
    "description": ("notes",),
    "billable": ("billable?", "billable"),
    "amount": ("billable amount",),
    "currency": ("currency",),
    "hourly_rate": ("billable rate",),
    "id": ("id", "time entry id"),
    "first_name": ("first name",),
    "last_name": ("last name",),
}


def detect(keys: set[str]) -> bool:
    """A Harvest time report or import file: date, project, task, notes and hours."""
    return {"date", "project", "task", "notes", "hours"} <= keys


def to_entry(row: Row) -> Entry:
    """One Harvest row as an entry."""
    currency = row.currency(money="amount")
    return Entry(
        day=row.date("date"),
        seconds=row.seconds("hours"),
        start=row.time("start"),
        client=row.text("client"),
        project=row.text("project"),
        task=row.text("task"),
        description=row.raw("description"),
        billable=row.flag("billable", "billable"),
        amount_minor=row.amount("amount", currency),
        currency=currency,
        entry_id=row.text("id"),
        hourly_rate_minor=hourly_rate(row, currency),
    )


FORMAT = TrackerFormat(
    name="harvest",
    label=N_("Harvest time report"),
    spellings=SPELLINGS,
    required=("date", "hours"),
    detect=detect,
    to_entry=to_entry,
    date_default=DateOrder.MONTH_FIRST,
    people=(("first_name", "last_name"),),
)
