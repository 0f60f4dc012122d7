"""Reading a CSV file into an import plan: format detection, date order, row errors.

Typical use (the CLI's ``import`` and the GUI's preview)::

    plan = read_csv(path)                       # or format="toggl", mapping={...}
    print(plan.summary())                       # "new 120, already present 3, rejected 2"
    plan = check_against(plan, journal)         # preview against the journal
    added = apply_plan(plan, journal)           # one transaction

A whole-file problem (unknown format, binary, empty, missing columns) raises
ImportFormatError; a bad row becomes a RowError and the other rows still plan.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Protocol, TypedDict

from valuejournal.core.entities import Session
from valuejournal.core.gc_pause import paused_gc
from valuejournal.core.i18n import N_
from valuejournal.core.money import MoneyError, check_currency
from valuejournal.interop import clockify, generic, harvest, kimai, toggl
from valuejournal.interop.csv_reading import (
    Record,
    iter_records,
    load_text,
    normalise_header,
    sniff_delimiter,
)
from valuejournal.interop.dates import DateOrder, guess_order
from valuejournal.interop.plan import (
    REPEAT,
    ImportFormatError,
    ImportPlan,
    RowError,
    SkipRow,
)
from valuejournal.interop.rows import Columns
from valuejournal.interop.tracker import TrackerFormat, TrackerParser

TRACKERS: dict[str, TrackerFormat] = {
    f.name: f for f in (toggl.FORMAT, clockify.FORMAT, kimai.FORMAT, harvest.FORMAT)
}
"""The time trackers, in the order detection tries them."""

FORMAT_NAMES: tuple[str, ...] = (*TRACKERS, generic.NAME)
"""Every value ``read_csv(format=...)`` accepts besides "auto" (the CLI's choices)."""

FORMAT_LABELS: dict[str, str] = {
    **{name: f.label for name, f in TRACKERS.items()},
    generic.NAME: N_("Value Journal CSV"),
}

ProgressCallback = Callable[[int, int], None]
_PROGRESS_EVERY = 2000


class ReadOptions(TypedDict, total=False):
    """How to read a file: :func:`read_csv`'s keyword arguments, for the functions that
    pass them on (``journal_io.plan_import``, ``import_file``)."""

    format: str
    mapping: Mapping[str, str] | None
    currency: str
    invoices_paid: bool
    user: str | None
    progress: ProgressCallback | None


class _Parser(Protocol):
    def parse(self, cells: list[str]) -> Session: ...


def detect_format(header: list[str]) -> str | None:
    """The format whose columns a header row shows ("toggl", ...), or None.

    Trackers' headers are recognised in the languages they ship (``interop.headers``).
    """
    for name, fmt in TRACKERS.items():
        if fmt.detect(set(fmt.canonical(header))):
            return name
    if generic.detect({normalise_header(cell) for cell in header}):
        return generic.NAME
    return None


def read_header(path_or_text: Path | str) -> list[str]:
    """The header row of a CSV file (for a column-mapping step); ImportFormatError if none."""
    text, _path = load_text(path_or_text)
    for record in iter_records(text, sniff_delimiter(text)):
        return [cell.strip() for cell in record.cells]
    raise ImportFormatError("the file is empty")


def read_csv(
    path_or_text: Path | str,
    *,
    format: str = "auto",
    mapping: Mapping[str, str] | None = None,
    currency: str = "EUR",
    invoices_paid: bool = False,
    user: str | None = None,
    progress: ProgressCallback | None = None,
) -> ImportPlan:
    """Read a CSV export into a plan, without touching any journal.

    ``format`` is "auto" or one of :data:`FORMAT_NAMES`. ``mapping`` (field name ->
    column name, fields as in :data:`generic.FIELDS`) reads a CSV of unknown layout.
    ``currency`` is used when the file names none; ``invoices_paid`` marks billable
    amounts as paid instead of pending. ``user`` takes only that person's rows of a team
    export (matched to the user, name or e-mail column, any case); the plan's ``people``
    lists whose rows the file holds. ``progress(done, total)`` is called now and then
    with counts of data rows. Raises ImportFormatError when the file cannot be imported
    at all, or when ``user`` names nobody in it.
    """
    try:
        currency = check_currency(currency)
    except MoneyError as exc:
        raise ImportFormatError(str(exc)) from None
    text, path = load_text(path_or_text)
    if not text.strip():
        raise ImportFormatError("the file is empty")
    delimiter = sniff_delimiter(text)
    header = next(iter_records(text, delimiter), None)
    if header is None:  # pragma: no cover - a non-blank text has a record
        raise ImportFormatError("the file is empty")
    columns_read = [cell.strip() for cell in header.cells]
    name, columns, default_order = _choose(format, mapping, columns_read)

    order = guess_order(_slashed_dates(text, delimiter, columns), default_order)
    total = text.count("\n")  # an estimate (quoted newlines count too), for progress only
    parser: _Parser
    tracker: TrackerParser | None = None
    if name in TRACKERS:
        parser = tracker = TrackerParser(
            TRACKERS[name], columns, date_order=order, currency=currency,
            invoices_paid=invoices_paid, user=user,
        )  # fmt: skip
    else:
        parser = generic.GenericParser(
            columns, date_order=order, currency=currency, invoices_paid=invoices_paid,
            own_format=not mapping,
        )  # fmt: skip

    plan = ImportPlan(format=name, path=path, columns=columns_read)
    records = iter_records(text, delimiter)
    next(records)  # the header
    with paused_gc():  # rows hold no cycles: the collector would only walk them again and again
        _read_rows(records, parser, plan, progress, total)
    if tracker is not None:
        plan.people = dict(tracker.people.most_common())
        if tracker.user is not None and user is not None:
            plan.user = user.strip()
            if tracker.matched == 0 and plan.people:
                raise ImportFormatError(
                    f"nobody called {plan.user!r} in this file; it holds the work of "
                    + people_line(plan.people)
                )
    return plan


def _read_rows(
    records: Iterator[Record],
    parser: _Parser,
    plan: ImportPlan,
    progress: ProgressCallback | None,
    total: int,
) -> None:
    """Parse the data records into ``plan``: sessions, skips, rejections."""
    seen: set[str] = set()
    rows_seen: set[str] = set()
    done = 0
    for record in records:
        done += 1
        content = "\x1f".join(record.cells)  # exact: the cells as written
        if content in rows_seen:
            plan.skip(REPEAT)
            continue
        rows_seen.add(content)
        try:
            session = parser.parse(record.cells)
        except SkipRow as skip:
            plan.skip(skip.reason)
            if skip.long_entry is not None:
                skip.long_entry.row = record.line
                plan.long_entries.append(skip.long_entry)
        except ValueError as exc:
            plan.errors.append(RowError(record.line, str(exc)))
        else:
            if session.uuid in seen:  # a second row with the first one's entry id
                plan.skip(REPEAT)
            else:
                seen.add(session.uuid)
                plan.sessions.append(session)
        if progress is not None and done % _PROGRESS_EVERY == 0:
            progress(done, max(total, done))
    if progress is not None:
        progress(done, done)


def people_line(people: Mapping[str, int], limit: int = 30) -> str:
    """ "Ana Lima (120 rows), Bo (3 rows)": the people of a file, most rows first."""
    shown = [f"{name} ({count} rows)" for name, count in list(people.items())[:limit]]
    more = len(people) - limit
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "")


def _choose(
    fmt: str, mapping: Mapping[str, str] | None, header: list[str]
) -> tuple[str, Columns, DateOrder]:
    """The format to read with, its columns, and its default date order."""
    keys = [normalise_header(cell) for cell in header]
    fmt = (fmt or "auto").strip().lower()
    if mapping:
        if fmt not in ("auto", generic.NAME):
            raise ImportFormatError("a column mapping can only be used with the generic format")
        return generic.NAME, generic.resolve(keys, mapping), DateOrder.DAY_FIRST
    if fmt == "auto":
        detected = detect_format(header)
        if detected is None:
            shown = ", ".join(k for k in keys[:8] if k) or "(none)"
            raise ImportFormatError(
                f"unrecognised CSV columns ({shown}); expected an export of "
                "Toggl, Clockify, Harvest or Kimai, or the app's own CSV; "
                "choose the columns by hand (a mapping) to import it"
            )
        fmt = detected
    if fmt in TRACKERS:
        tracker = TRACKERS[fmt]
        return fmt, tracker.resolve(keys), tracker.date_default
    if fmt == generic.NAME:
        return fmt, generic.resolve(keys), DateOrder.DAY_FIRST
    raise ImportFormatError(
        f"unknown format {fmt!r}; choose one of auto, {', '.join(FORMAT_NAMES)}"
    )


def _slashed_dates(text: str, delimiter: str, columns: Columns) -> Iterator[str]:
    """The slashed dates ("03/04/2026") of the date column, to decide their order.

    Stops at the first date when it is not slashed (ISO files, the usual case, are not
    read twice).
    """
    position = columns.index.get("date")
    if position is None:
        return
    records = iter_records(text, delimiter)
    next(records, None)  # the header
    first = True
    for record in records:
        cell = record.cells[position].strip() if position < len(record.cells) else ""
        if "/" in cell or "-" in cell[:3]:
            yield cell
        elif first and cell:
            return
        first = first and not cell
