"""Exports and imports with an open journal: what the CLI's commands call.

``valuejournal export OUT.csv|OUT.json`` is :func:`export_journal`; ``valuejournal import
FILE`` is :func:`import_file` (or :func:`~valuejournal.interop.importer.read_csv` plus
:func:`~valuejournal.interop.plan.apply_plan` when a preview comes in between);
:func:`restore_json` brings a JSON export back into a journal.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol, Unpack

from valuejournal.core.canvas import CanvasRecord, without_names
from valuejournal.core.entities import Client, Comment, JournalInfo, Reflection, Session
from valuejournal.core.errors import UserError
from valuejournal.core.fx import ExchangeRate
from valuejournal.core.invoices import Invoice, covering
from valuejournal.interop.csv_export import export_csv
from valuejournal.interop.importer import ReadOptions, read_csv
from valuejournal.interop.json_io import ExportedJournal, export_json
from valuejournal.interop.plan import ImportPlan, UuidLookup, apply_plan, check_against

EXPORT_SUFFIXES = (".csv", ".json")


class ExportError(UserError, ValueError):
    """An export that cannot be written as asked (unknown file type)."""


class JournalLike(Protocol):
    """The parts of ``store.journal.Journal`` the exports and imports use."""

    def info(self) -> JournalInfo: ...
    def all_sessions(self) -> list[Session]: ...
    def list_clients(self, *, include_archived: bool = True) -> list[Client]: ...
    def list_reflections(self) -> list[Reflection]: ...
    def list_comments(self) -> list[Comment]: ...
    def existing_uuids(self, uuids: Iterable[str]) -> set[str]: ...
    def add_sessions_bulk(self, sessions: Sequence[Session], *, validated: bool = ...) -> int: ...
    def save_client(self, client: Client) -> Client: ...
    def save_reflection(self, reflection: Reflection) -> Reflection: ...
    def add_comments(self, comments: Iterable[Comment]) -> list[Comment]: ...
    def list_invoices(self, client: str | None = None) -> list[Invoice]: ...
    def add_invoice(self, invoice: Invoice) -> Invoice: ...
    def list_canvases(self) -> list[CanvasRecord]: ...
    def put_canvas(self, record: CanvasRecord) -> CanvasRecord: ...
    def skill_tags(self) -> list[str]: ...
    def set_skill_tags(self, names: Iterable[str]) -> list[str]: ...
    def list_rates(self, currency: str | None = None) -> list[ExchangeRate]: ...
    def import_rates(self, rates: Sequence[ExchangeRate]) -> tuple[int, list[str]]: ...


def gather(journal: JournalLike, *, include_private: bool = True) -> ExportedJournal:
    """Everything in the journal, ready for :func:`export_json`.

    With ``include_private=False`` no trace of private sessions is left: not the sessions
    (titles, tags, pay, notes), not the comments on them, not the clients only private
    work is for (with their notes), and invoices name only the sessions that go.
    """
    everything = sessions = journal.all_sessions()
    clients = journal.list_clients(include_archived=True)
    comments = journal.list_comments()
    if not include_private:
        hidden = {s.uuid for s in sessions if s.private}
        sessions = [s for s in sessions if not s.private]
        named = {s.client.lower() for s in everything if s.client}
        public = {s.client.lower() for s in sessions if s.client}
        clients = [c for c in clients if c.name.lower() in public or c.name.lower() not in named]
        comments = [c for c in comments if c.target_uuid not in hidden]
    invoices = covering(journal.list_invoices(), {s.uuid for s in sessions})
    canvases = journal.list_canvases()
    if not include_private:  # a closed quarter's kept evidence names no private-only client
        shown = {c.name.lower() for c in clients}
        hidden = {
            s.client.casefold() for s in everything if s.client and s.client.lower() not in shown
        }
        canvases = [
            replace(c, kept=without_names(c.kept, hidden)) if c.kept is not None else c
            for c in canvases
        ]
    return ExportedJournal(
        info=journal.info(),
        sessions=sessions,
        clients=clients,
        reflections=journal.list_reflections(),
        comments=comments,
        invoices=invoices,
        canvases=canvases,
        skills=journal.skill_tags(),
        rates=journal.list_rates(),
    )


def export_journal(journal: JournalLike, path: Path | str, *, include_private: bool = True) -> int:
    """Write the journal to ``path``: the app's CSV (sessions) or JSON (everything).

    The file type follows the suffix (.csv or .json); the file is written atomically.
    Returns the number of sessions written. Raises ExportError for another suffix.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise ExportError(f"export to a .csv or .json file, not {target.name!r}")
    data = gather(journal, include_private=include_private)
    if suffix == ".csv":
        return export_csv(data.sessions, target)
    export_json(data, target)
    return len(data.sessions)


@dataclass(slots=True)
class ImportOutcome:
    """What :func:`import_file` planned and what it added."""

    plan: ImportPlan
    added: int


def plan_import(
    journal: UuidLookup | None, path: Path | str, **options: Unpack[ReadOptions]
) -> ImportPlan:
    """The preview of an import, shared by the CLI and the GUI: read ``path`` as
    :func:`~valuejournal.interop.importer.read_csv` does with these ``options``, and mark
    what ``journal`` (None: a journal not created yet) already holds. Nothing is written.
    """
    plan = read_csv(path, **options)
    return plan if journal is None else check_against(plan, journal)


def import_file(
    journal: JournalLike,
    path: Path | str,
    *,
    dry_run: bool = False,
    **options: Unpack[ReadOptions],
) -> ImportOutcome:
    """Read ``path`` (``options`` as for ``read_csv``), check it against the journal and
    (unless ``dry_run``) add the new sessions in one transaction. The currency defaults to
    the journal's base currency.

    Raises ImportFormatError when the file cannot be imported at all; the plan lists the
    rejected and skipped rows.
    """
    options.setdefault("currency", journal.info().base_currency)
    plan = plan_import(journal, path, **options)
    added = 0 if dry_run else apply_plan(plan, journal)
    return ImportOutcome(plan, added)


@dataclass(slots=True)
class RestoreCounts:
    """How many records :func:`restore_json` added, per kind."""

    clients: int = 0
    sessions: int = 0
    reflections: int = 0
    comments: int = 0
    invoices: int = 0
    canvases: int = 0
    rates: int = 0


def restore_json(data: ExportedJournal, journal: JournalLike) -> RestoreCounts:
    """Add what a JSON export holds and the journal lacks; nothing already there changes.

    Clients are matched by name, sessions and comments by uuid, reflections and canvases by
    quarter, invoices by number, exchange rates by currency and day (sessions keep the rates
    frozen on them); the skills are added to those marked. Sessions go in one
    transaction.
    """
    counts = RestoreCounts()
    have_clients = {c.name.casefold() for c in journal.list_clients(include_archived=True)}
    for client in data.clients:
        if client.name.casefold() not in have_clients:
            journal.save_client(client)
            have_clients.add(client.name.casefold())
            counts.clients += 1
    have_rates = {(r.currency, r.per, r.day) for r in journal.list_rates()}
    new_rates = [r for r in data.rates if (r.currency, r.per, r.day) not in have_rates]
    if new_rates:  # before the sessions: a session without a rate may find one here
        counts.rates = journal.import_rates(new_rates)[0]
    existing = journal.existing_uuids(s.uuid for s in data.sessions)
    fresh = [s for s in data.sessions if s.uuid not in existing]
    if fresh:
        counts.sessions = journal.add_sessions_bulk(fresh)
    have_quarters = {r.quarter for r in journal.list_reflections()}
    for reflection in data.reflections:
        if reflection.quarter not in have_quarters:
            journal.save_reflection(reflection)
            counts.reflections += 1
    counts.comments = len(journal.add_comments(data.comments))
    have_numbers = {i.number.casefold() for i in journal.list_invoices()}
    for invoice in data.invoices:
        if invoice.number.casefold() not in have_numbers:
            journal.add_invoice(invoice)
            have_numbers.add(invoice.number.casefold())
            counts.invoices += 1
    have_canvases = {c.quarter for c in journal.list_canvases()}
    for canvas in data.canvases:
        if canvas.quarter not in have_canvases:
            journal.put_canvas(canvas)
            counts.canvases += 1
    skills = journal.skill_tags()
    if {s.casefold() for s in data.skills} - {s.casefold() for s in skills}:
        journal.set_skill_tags([*skills, *data.skills])
    return counts
