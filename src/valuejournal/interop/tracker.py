"""What every time tracker's export has in common, and how an entry becomes a session.

Each tracker module (toggl, clockify, harvest, kimai) describes its columns and turns a
:class:`~valuejournal.interop.rows.Row` into an :class:`Entry`; :class:`TrackerParser`
applies the shared rules to make a :class:`Session`:

- the session belongs to the entry's start date, whatever time it ended (midnight);
- the duration is the tracker's own, kept to the second (``Session.seconds``; minutes is
  it rounded half up); a row shorter than a minute or longer than 24 hours is *skipped*
  (not a work session), as are totals rows and other people's rows when a person is
  chosen; a negative or unreadable duration, or a date that does not exist, is rejected;
- the tracker's project becomes the session's project under its client (the journal
  creates it); the title is the description (the task or activity stands in for an empty
  one, the project for both). Work without a client keeps "Project — description" as its
  title, since a project lives under a client; a description too long or on several lines
  also goes to the notes;
- a billable amount becomes pay, pending (or paid, when the caller says invoices are paid);
  a billable row with an hourly rate but no amount is paid rate × its exact duration
  (core/rates.py's rounding); either way the pay is the tracker's own (typed, never
  replaced by a rate of the journal's);
- tags come from the tracker; the client is kept by name (the journal creates it);
- imported sessions are unrated; their uuid comes from the tracker's entry id when the
  export has one, else from a fingerprint of the entry's content.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time

from valuejournal.core.entities import (
    MAX_MINUTES,
    MAX_SECONDS,
    PayStatus,
    RateKind,
    Session,
    round_minutes,
)
from valuejournal.core.rates import Rate, pay_for_duration
from valuejournal.core.rules import MAX_TITLE, ValidationError, validate_session
from valuejournal.interop.dates import DateOrder
from valuejournal.interop.headers import canonical_keys
from valuejournal.interop.plan import (
    LONG,
    OTHER_PERSON,
    SHORT,
    TOTALS,
    Fingerprints,
    LongEntry,
    SkipRow,
    stable_uuid,
)
from valuejournal.interop.rows import Columns, Row, resolve_columns

TOTAL_WORDS = frozenset(
    ("total", "totals", "sum", "gesamt", "summe", "totale", "totaal", "suma", "soma")
)
"""What a totals row says where its date would be."""

TITLE_SEPARATOR = " — "


@dataclass(slots=True)
class Entry:
    """A time entry as a tracker describes it, before the app's rules apply."""

    day: date
    seconds: int
    start: time | None = None
    client: str = ""
    project: str = ""
    task: str = ""
    description: str = ""
    tags: tuple[str, ...] = ()
    billable: bool | None = None
    amount_minor: int = 0
    currency: str = "EUR"
    entry_id: str = ""
    hourly_rate_minor: int = 0


@dataclass(frozen=True, slots=True)
class TrackerFormat:
    """How one tracker's CSV export is laid out and read."""

    name: str
    label: str
    spellings: Mapping[str, Sequence[str]]
    required: Sequence[str | tuple[str, ...]]
    detect: Callable[[set[str]], bool]
    to_entry: Callable[[Row], Entry]
    date_default: DateOrder = DateOrder.DAY_FIRST
    date_field: str = "date"
    people: Sequence[tuple[str, ...]] = ()
    """Fields naming whose work a row is; a tuple's fields are joined ("first last")."""
    words: Mapping[str, str] = field(default_factory=dict)
    """The tracker's header words in other languages -> its English header key."""

    def canonical(self, keys: Sequence[str]) -> list[str]:
        """Normalised header keys with this tracker's translated words put in English."""
        return canonical_keys(keys, self.words)

    def resolve(self, keys: Sequence[str]) -> Columns:
        """Locate this format's columns in a header, or raise ImportFormatError."""
        return resolve_columns(self.canonical(keys), self.spellings, self.required, self.label)


_COMMON_TEXTS = ("client", "project", "task", "id")


def common_entry(row: Row, *date_fields: str, seconds: int | None = None) -> Entry:
    """An entry from the columns every tracker names the same way once resolved: the date
    (first of ``date_fields`` present), duration (unless ``seconds`` is given), start,
    client, project, task, description, tags, billable flag, amount, currency and id."""
    currency = row.currency(money="amount")
    client, project, task, entry_id = row.texts(_COMMON_TEXTS)
    return Entry(
        day=row.date(*date_fields),
        seconds=row.seconds("duration") if seconds is None else seconds,
        start=row.time("start"),
        client=client,
        project=project,
        task=task,
        description=row.raw("description"),
        tags=row.tags("tags", split_tags),
        billable=row.flag("billable", "billable"),
        amount_minor=row.amount("amount", currency),
        currency=currency,
        entry_id=entry_id,
        hourly_rate_minor=hourly_rate(row, currency),
    )


def hourly_rate(row: Row, currency: str) -> int:
    """The row's hourly rate in minor units; 0 when absent or unreadable (it only stands in
    for a missing amount, so a bad rate cell never costs the row)."""
    try:
        return row.amount("hourly_rate", currency)
    except ValueError:
        return 0


def split_tags(text: str) -> tuple[str, ...]:
    """Tracker tags ("design, client work") as app tags: trimmed, no ';', no repeats."""
    seen: dict[str, None] = {}
    for part in text.replace(";", ",").split(","):
        tag = part.strip()
        if tag:
            seen.setdefault(sys.intern(tag), None)
    return tuple(seen)


def make_title(project: str, description: str, task: str) -> tuple[str, str]:
    """(title, notes) for an entry: "Project — first line of description".

    The full description goes to the notes when the title cannot hold it (several lines,
    or longer than the title limit).
    """
    text = description.replace("\r\n", "\n").replace("\r", "\n").strip()
    first_line = text.splitlines()[0].strip() if text else ""
    subject = first_line or task.strip()
    project = project.strip()
    title = f"{project}{TITLE_SEPARATOR}{subject}" if project and subject else project or subject
    notes = ""
    if text and (first_line != text or len(title) > MAX_TITLE):
        notes = text
    if len(title) > MAX_TITLE:
        title = title[: MAX_TITLE - 1].rstrip() + "…"
    return title, notes


def entry_pay(entry: Entry, seconds: int) -> int:
    """The pay the tracker gives an entry: its billable amount, else its hourly rate times
    the duration; nothing for a row marked not billable."""
    if entry.billable is False:
        return 0
    if entry.amount_minor > 0 or entry.hourly_rate_minor <= 0:
        return entry.amount_minor
    return pay_for_duration(Rate(RateKind.HOURLY, entry.hourly_rate_minor), seconds) or 0


class TrackerParser:
    """Turns one tracker's rows into sessions with stable identities."""

    def __init__(
        self,
        fmt: TrackerFormat,
        columns: Columns,
        *,
        date_order: DateOrder,
        currency: str,
        invoices_paid: bool,
        user: str | None = None,
    ) -> None:
        self.fmt = fmt
        self.columns = columns
        self.date_order = date_order
        self.currency = currency
        self.invoices_paid = invoices_paid
        self.user = user.strip().casefold() if user and user.strip() else None
        self.people: Counter[str] = Counter()
        """Rows per person seen so far (by the first name a row gives)."""
        self.matched = 0
        """Rows of the chosen ``user``."""
        self._fingerprints = Fingerprints(self.fmt.name)
        self._row = Row(columns, date_order, currency)
        self._people = [
            [self._row.position(name) for name in f]
            for f in fmt.people
            if any(columns.has(name) for name in f)
        ]
        """The positions of the fields naming a person that this file has."""
        self._date_at = self._row.position(fmt.date_field)

    def row(self, cells: list[str]) -> Row:
        """The file's :class:`Row`, pointed at a record's cells."""
        return self._row.load(cells)

    def names(self, row: Row) -> list[str]:
        """Every name the row gives its person (user, full name, e-mail), first the main."""
        found: list[str] = []
        cells = row.stripped
        for positions in self._people:
            if len(positions) == 1:
                name = cells[positions[0]]
            else:
                name = " ".join(part for part in (cells[p] for p in positions) if part)
            if name and name not in found:
                found.append(name)
        return found

    def parse(self, cells: list[str]) -> Session:
        """One record as a valid session; SkipRow for a row that is not a work session,
        ValueError (with a reason) for a malformed one."""
        row = self.row(cells)
        day = row.stripped[self._date_at]
        if not day[:1].isdigit() and (  # a date starts with a digit, a totals row does not
            day.casefold().rstrip(":") in TOTAL_WORDS or not (day or self._has_content(row))
        ):
            raise SkipRow(TOTALS)
        names = self.names(row)
        if names:
            self.people[names[0]] += 1
        if self.user is not None:
            if not any(n.casefold() == self.user for n in names):
                raise SkipRow(OTHER_PERSON)
            self.matched += 1
        entry = self.fmt.to_entry(row)
        return self.to_session(entry)

    @staticmethod
    def _has_content(row: Row) -> bool:
        """True if a row without a date still says what the work was (so: malformed)."""
        return any(row.text(f) for f in ("description", "project", "client", "task"))

    def to_session(self, entry: Entry) -> Session:
        """Apply the shared rules to an entry; SkipRow or ValueError if it breaks one."""
        if entry.seconds < 0:
            raise ValueError("duration is negative")
        if entry.seconds < 60:
            raise SkipRow(SHORT)
        if entry.seconds > MAX_SECONDS:
            template = self._session(entry, MAX_MINUTES, None)
            raise SkipRow(LONG, LongEntry(0, template, entry.seconds))
        return self._session(entry, round_minutes(entry.seconds), entry.seconds)

    def _session(self, entry: Entry, minutes: int, seconds: int | None) -> Session:
        client = sys.intern(entry.client.strip()) or None
        project = sys.intern(entry.project.strip()) if client else ""
        title, notes = make_title(entry.project if not project else "", entry.description,
                                  entry.task)  # fmt: skip
        title = title or make_title(project, "", "")[0]  # nothing but the project names it
        pay = entry_pay(entry, seconds or minutes * 60)
        status = PayStatus.NONE
        if pay > 0:
            status = PayStatus.PAID if self.invoices_paid else PayStatus.PENDING
        session = Session(
            day=entry.day,
            minutes=minutes,
            title=title,
            client=client,
            project=project or None,
            notes=notes,
            start_time=entry.start,
            pay_minor=pay,
            currency=sys.intern(entry.currency),
            status=status,
            tags=entry.tags,
            uuid=self._identity(entry),
            seconds=None if seconds == minutes * 60 else seconds,  # None: whole minutes
        )
        try:
            return validate_session(session)
        except ValidationError as exc:
            raise ValueError(str(exc)) from None

    def _identity(self, entry: Entry) -> str:
        if entry.entry_id:
            return stable_uuid(self.fmt.name, entry.entry_id)
        # What normalise_parts makes of (day, start, seconds, client, project, task,
        # description), built from strings directly.
        content = "\x1f".join(
            (
                entry.day.isoformat(),
                entry.start.isoformat() if entry.start else "",
                str(entry.seconds),
                entry.client.strip(),
                entry.project.strip(),
                entry.task.strip(),
                entry.description.strip(),
            )
        )
        return self._fingerprints.uuid_of(content.casefold())
