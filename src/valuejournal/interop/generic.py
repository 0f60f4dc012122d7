"""The app's own CSV (DESIGN.md, "The app's own CSV"), and any CSV with a column mapping.

Columns are matched by name, in any order and case: ``date``, ``start``, ``hours`` or
``minutes``, ``value``, ``client``, ``title``, ``pay``, ``currency``, ``status``,
``paid_on``, ``mood``, ``energy``, ``stress``, ``ecological``, ``economic``, ``social``,
``captures``, ``tags``, ``private``, ``note``, ``uuid``, and ``project`` (under the
client) and ``giving`` (``pro_bono``, ``gift`` or empty). Only ``date`` and ``hours`` or
``minutes`` are required; ``minutes`` wins when both are present (it is exact).
``start`` (HH:MM:SS) and ``seconds`` (the exact duration, preferred over ``minutes``
when it rounds to it) are additions of this module so that an export keeps the start
time and the exact duration. A ``uuid`` cell keeps the session's identity; without it a
fingerprint is used. Text cells lose the single quote the export puts before formula-like
text (``csv_export.guard``), and only that. Rows shorter than a minute or longer than
24 hours are skipped, as from the trackers.

For a CSV from elsewhere the caller passes a *mapping* from these field names to the
file's column names (the GUI's mapping step builds it).
"""

from __future__ import annotations

import sys
import uuid as uuid_mod
from collections.abc import Mapping, Sequence

from valuejournal.core.entities import MAX_SECONDS, Giving, PayStatus, Session, round_minutes
from valuejournal.core.rules import ValidationError, parse_captures, parse_tags, validate_session
from valuejournal.interop.csv_export import unguard
from valuejournal.interop.csv_reading import normalise_header
from valuejournal.interop.dates import DateOrder
from valuejournal.interop.plan import LONG, SHORT, Fingerprints, ImportFormatError, SkipRow
from valuejournal.interop.rows import Columns, Row, resolve_columns

NAME = "generic"

FIELDS: dict[str, str] = {
    "date": "day of the work (required)",
    "start": "start time of day",
    "hours": "duration in decimal hours or h:mm (this or minutes is required)",
    "minutes": "duration in whole minutes",
    "seconds": "exact duration in seconds",
    "value": "value created, 0-10",
    "client": "client name",
    "project": "project name (under the client)",
    "title": "what the work was",
    "pay": "amount paid or due, in major units",
    "currency": "three-letter currency code",
    "status": "none, pending or paid",
    "paid_on": "date the money arrived",
    "giving": "pro_bono or gift for work given on purpose",
    "mood": "mood, 1-5",
    "energy": "energy, 1-5",
    "stress": "stress, 1-5",
    "ecological": "ecological impact, -2..+2",
    "economic": "economic impact, -2..+2",
    "social": "social impact, -2..+2",
    "captures": "non-money captures, separated by ';'",
    "tags": "tags, separated by ';'",
    "private": "true or false",
    "note": "notes",
    "uuid": "identity of the session",
}
"""The fields a column can be mapped to, with a short description for the GUI."""

SPELLINGS: dict[str, tuple[str, ...]] = {name: (name,) for name in FIELDS}
SPELLINGS["start"] = ("start", "start time", "start_time")
SPELLINGS["paid_on"] = ("paid_on", "paid on", "paid-on")
SPELLINGS["note"] = ("note", "notes")
REQUIRED: tuple[str | tuple[str, ...], ...] = ("date", ("hours", "minutes"))


def detect(keys: set[str]) -> bool:
    """The app's own CSV: a date and a duration column under the app's names."""
    return "date" in keys and bool(keys & {"hours", "minutes"})


def resolve(keys: Sequence[str], mapping: Mapping[str, str] | None = None) -> Columns:
    """Columns of the app's CSV, or of any CSV through ``mapping`` (field -> column)."""
    if not mapping:
        return resolve_columns(keys, SPELLINGS, REQUIRED, "Value Journal CSV")
    unknown = sorted(set(mapping) - set(FIELDS))
    if unknown:
        raise ImportFormatError(f"cannot map to unknown field {', '.join(unknown)}")
    spellings: dict[str, tuple[str, ...]] = {}
    for name, column in mapping.items():
        key = normalise_header(column)
        if key not in keys:
            raise ImportFormatError(f"the file has no column {column!r} (mapped to {name})")
        spellings[name] = (key,)
    if "date" not in spellings:
        raise ImportFormatError("choose the column that holds the date")
    if "hours" not in spellings and "minutes" not in spellings:
        raise ImportFormatError("choose the column that holds the hours or the minutes")
    return resolve_columns(keys, spellings, (), "mapped CSV")


class GenericParser:
    """Turns rows of the app's CSV (or a mapped CSV) into sessions."""

    def __init__(
        self,
        columns: Columns,
        *,
        date_order: DateOrder,
        currency: str,
        invoices_paid: bool,
        own_format: bool = True,
    ) -> None:
        self.columns = columns
        self.date_order = date_order
        self.currency = currency
        self.invoices_paid = invoices_paid
        self._text = unguard if own_format else str
        """Takes the export's formula guard off the app's own CSV; others are left as is."""
        self._fingerprints = Fingerprints(NAME)
        self._row = Row(columns, date_order, currency)

    def row(self, cells: list[str]) -> Row:
        """The file's :class:`Row`, pointed at a record's cells."""
        return self._row.load(cells)

    def parse(self, cells: list[str]) -> Session:
        """One record as a valid session; ValueError (with a reason) when it cannot be."""
        row = self.row(cells)
        day = row.date("date")
        minutes, seconds = self._duration(row)
        currency = row.currency()
        pay = row.amount("pay", currency)
        session = Session(
            day=day,
            minutes=minutes,
            seconds=seconds,
            title=self._text(row.text("title")),
            client=sys.intern(self._text(row.text("client"))) or None,
            project=sys.intern(self._text(row.text("project"))) or None,
            giving=self._giving(row),
            value=row.integer("value", "value"),
            notes=self._text(row.raw("note")),
            private=bool(row.flag("private", "private")),
            start_time=row.time("start"),
            pay_minor=pay,
            currency=sys.intern(currency),
            status=self._status(row, pay),
            paid_on=row.optional_date("paid_on", "paid-on date"),
            captures=parse_captures(row.text("captures")),
            mood=row.integer("mood", "mood"),
            energy=row.integer("energy", "energy"),
            stress=row.integer("stress", "stress"),
            ecological=row.integer("ecological", "ecological impact"),
            economic=row.integer("economic", "economic impact"),
            social=row.integer("social", "social impact"),
            tags=tuple(sys.intern(t) for t in parse_tags(self._text(row.text("tags")))),
        )
        session.uuid = self._identity(row, session)
        try:
            return validate_session(session)
        except ValidationError as exc:
            raise ValueError(str(exc)) from None

    @staticmethod
    def _duration(row: Row) -> tuple[int, int | None]:
        """(minutes, exact seconds or None when they are whole minutes)."""
        if row.text("minutes"):
            seconds = 60 * (row.integer("minutes", "minutes") or 0)
            exact = row.integer("seconds", "seconds")
            if exact is not None and round_minutes(exact) == seconds // 60:
                seconds = exact
        elif row.text("seconds"):
            seconds = row.integer("seconds", "seconds") or 0
        else:
            seconds = row.seconds("hours", plain="hours")
        if seconds < 0:
            raise ValueError("duration is negative")
        if seconds < 60:
            raise SkipRow(SHORT)
        if seconds > MAX_SECONDS:
            raise SkipRow(LONG)
        minutes = round_minutes(seconds)
        return minutes, None if seconds == minutes * 60 else seconds

    def _status(self, row: Row, pay: int) -> PayStatus:
        text = row.text("status").lower()
        if not text:
            if pay <= 0:
                return PayStatus.NONE
            return PayStatus.PAID if self.invoices_paid else PayStatus.PENDING
        try:
            return PayStatus(text)
        except ValueError:
            raise ValueError(f"status must be none, pending or paid, got {text!r}") from None

    @staticmethod
    def _giving(row: Row) -> Giving:
        text = row.text("giving").lower().replace("-", "_").replace(" ", "_")
        try:
            return Giving(text)
        except ValueError:
            raise ValueError(f"giving must be pro_bono, gift or empty, got {text!r}") from None

    def _identity(self, row: Row, session: Session) -> str:
        text = row.text("uuid")
        if text:
            try:
                return str(uuid_mod.UUID(text))
            except ValueError:
                raise ValueError(f"uuid is not a valid UUID: {text!r}") from None
        parts = (
            session.day.isoformat(),
            session.start_time.isoformat() if session.start_time else "",
            session.minutes,
            session.client or "",
            session.title,
            session.pay_minor,
            session.notes,
        )
        return self._fingerprints.uuid(parts)
