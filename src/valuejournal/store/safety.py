"""Checks for journal and share files that may come from someone else (untrusted input).

Follows SQLite's advice for hostile database files: open read-only, `trusted_schema=OFF`,
integrity check, only the expected tables and columns, no triggers or views, size limits,
and a schema version the app knows. Values the app could not read back (an unknown pay
status, a day that is not a date) are refused too, and an encrypted share is recognised.
"""

from __future__ import annotations

import re
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from valuejournal.core.homework import HomeworkKind
from valuejournal.core.tombstone import KINDS
from valuejournal.filehead import read_head
from valuejournal.store.cells import cell_problems
from valuejournal.store.engine import HEAD_REVISION, KNOWN_REVISIONS, SQLITE_MAGIC, connect_file
from valuejournal.store.envelope import is_sealed
from valuejournal.store.errors import (
    CorruptJournalError,
    JournalError,
    NewerSchemaError,
    NotAJournalError,
    UnsafeJournalError,
)
from valuejournal.store.schema import TABLE_COLUMNS, VERSION_TABLE, columns_at, has_table
from valuejournal.terminal import one_line

MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_ROWS = 2_000_000
FILE_KINDS = ("journal", "share", "feedback", "review")

# The tables and columns come from the models (store/schema.py), never typed here.
EXPECTED_COLUMNS: dict[str, frozenset[str]] = {
    table: columns_at(table, HEAD_REVISION) for table in (VERSION_TABLE[0], *TABLE_COLUMNS)
}

# Rows the app could not read back: (table, SQL condition that marks a bad row, what is wrong).
BAD_VALUES: tuple[tuple[str, str, str], ...] = (
    ("work_session", "status NOT IN ('none', 'pending', 'paid')", "an unknown pay status"),
    ("work_session", "typeof(minutes) != 'integer' OR minutes NOT BETWEEN 1 AND 1440",
     "a duration outside 1 minute to 24 hours"),
    ("work_session", "typeof(duration_seconds) != 'integer' "
     "OR duration_seconds NOT BETWEEN 1 AND 86400", "an exact duration outside 24 hours"),
    ("work_session", "date(day) IS NOT day "
     "OR (paid_on IS NOT NULL AND date(paid_on) IS NOT paid_on)", "a day that is not a date"),
    ("work_session", "value IS NOT NULL "
     "AND (typeof(value) != 'integer' OR value NOT BETWEEN 0 AND 10)", "a value outside 0-10"),
    ("work_session", "pay_source NOT IN ('typed', 'rate')", "an unknown pay source"),
    ("work_session", "giving NOT IN ('', 'pro_bono', 'gift')", "an unknown kind of giving"),
    ("client", "rate_kind NOT IN ('none', 'hourly', 'daily', 'retainer')",
     "an unknown kind of rate"),
    ("project", "rate_kind NOT IN ('none', 'hourly', 'daily', 'fixed')",
     "an unknown kind of rate"),
    ("invoice", "date(sent_on) IS NOT sent_on "
     "OR (due_on IS NOT NULL AND date(due_on) IS NOT due_on) "
     "OR (paid_on IS NOT NULL AND date(paid_on) IS NOT paid_on)",
     "an invoice day that is not a date"),
    ("invoice", "typeof(amount_minor) != 'integer' OR amount_minor < 0",
     "an invoice amount that is not a whole number of cents"),
    ("comment", "target NOT IN ('session', 'period', 'reflection', 'canvas')",
     "a comment on an unknown target"),
    ("comment", "(period_start IS NOT NULL AND date(period_start) IS NOT period_start) OR "
     "(period_end IS NOT NULL AND date(period_end) IS NOT period_end)",
     "a period that is not dates"),
    ("comment", "withdrawn NOT IN (0, 1) OR resolved NOT IN (0, 1)", "a yes/no that is neither"),
    ("comment", "reply_to != '' AND length(reply_to) != 36", "a reply to something unknown"),
    ("homework", "kind NOT IN (" + ", ".join(f"'{k}'" for k in HomeworkKind) + ")",
     "homework of an unknown kind"),
    ("homework", "status NOT IN ('open', 'done')", "homework in an unknown state"),
    ("tombstone", "kind NOT IN (" + ", ".join(f"'{k}'" for k in KINDS) + ")",
     "a deleted record of an unknown kind"),
)  # fmt: skip


@dataclass
class CheckReport:
    """What a check found: fatal problems and informative facts.

    ``error_class`` is the JournalError subclass that fits the first problem, so callers can
    raise one error whose type says what went wrong (not a journal, damaged, unsafe, newer).
    """

    path: Path
    problems: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)
    error_class: type[JournalError] = JournalError

    @property
    def ok(self) -> bool:
        """True when nothing is wrong with the file."""
        return not self.problems

    def add(self, problem: str, error_class: type[JournalError] = UnsafeJournalError) -> None:
        """Record a problem; the first one decides `error_class`."""
        if not self.problems:
            self.error_class = error_class
        self.problems.append(problem)

    def error(self) -> JournalError:
        """The first problem as an exception of the fitting class."""
        return self.error_class(self.problems[0] if self.problems else "no problem")


def check_file(path: Path | str, *, label: str | None = None) -> CheckReport:
    """Run every safety and integrity check on a journal or share file (never writes).

    ``label`` names the file in messages (default: its path), e.g. the name of the file a
    private working copy was made from.
    """
    path = Path(path)
    name = label or str(path)
    report = CheckReport(path)
    if not path.is_file():
        report.add(f"{name} does not exist or is not a file", JournalError)
        return report
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        report.add(f"{name} is larger than {MAX_FILE_BYTES // 2**20} MB")
        return report
    header = read_head(path)  # `check` of the open journal must not drop its locks
    if is_sealed(header):
        report.add(
            f"{name} is an encrypted Value Journal file; it needs its passphrase to be checked "
            "or opened",
            JournalError,
        )
        return report
    if header != SQLITE_MAGIC:
        report.add(f"{name} is not a Value Journal file (not SQLite)", NotAJournalError)
        return report
    try:
        # A live journal (its -wal beside it) is read through SQLite's locks; any other file
        # is opened immutable, so nothing (no -shm, no -wal) is written beside it.
        live = Path(f"{path}-wal").exists()
        conn = connect_file(path, read_only=True, immutable=not live)
    except sqlite3.Error as exc:
        report.add(f"{name} cannot be opened: {exc}", CorruptJournalError)
        return report
    # Text that is not UTF-8 (even in SQLite's own messages about a damaged file) reads as
    # U+FFFD here; the cell checks read every text cell as bytes and refuse such text.
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
        conn.execute("PRAGMA cell_size_check=ON")
        _check_contents(conn, report)
    except (sqlite3.Error, ValueError) as exc:
        report.add(f"{name} is damaged or not a journal: {exc}", CorruptJournalError)
    finally:
        conn.close()
    return report


def _check_contents(conn: sqlite3.Connection, report: CheckReport) -> None:
    # The full check: quick_check misses damaged indexes (rows an index lacks or invents).
    integrity = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(20)")]
    if integrity != ["ok"]:
        found = " ".join("; ".join(integrity[:3]).split())[:300]
        report.add(f"SQLite integrity check failed: {found}", CorruptJournalError)
        return
    objects = conn.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall()
    for kind, name, _table in objects:
        if kind in ("trigger", "view"):
            report.add(f"the file contains a {kind} ({name}); journals never do")
    tables = {name for kind, name, _ in objects if kind == "table"}
    if "alembic_version" not in tables:
        report.add("this SQLite file is not a Value Journal (no schema version)", NotAJournalError)
        return
    unknown = tables - set(EXPECTED_COLUMNS) - {"sqlite_sequence", "sqlite_stat1"}
    if unknown:
        report.add("unexpected tables: " + ", ".join(sorted(unknown)))
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    revision = row[0] if row else None
    if revision not in KNOWN_REVISIONS:
        if revision:
            report.add(
                "written by a newer version of Value Journal; update the app to open it",
                NewerSchemaError,
            )
        else:
            report.add("the file has no schema version", NotAJournalError)
        return
    if revision != HEAD_REVISION:
        report.facts.append(f"schema {revision} (will be upgraded to {HEAD_REVISION} on open)")
    if _check_tables(conn, report, tables, revision) and not report.problems:
        for problem in cell_problems(conn, revision):
            report.add(problem)
        if report.problems:
            return
        _check_values(conn, report, revision)
        _meta_facts(conn, report, revision)


def _check_tables(
    conn: sqlite3.Connection, report: CheckReport, tables: set[str], revision: str
) -> bool:
    """Expected columns and row limits; False if a table is missing or malformed."""
    whole = True
    for table in EXPECTED_COLUMNS:
        if table != VERSION_TABLE[0] and not has_table(table, revision):
            continue
        if table not in tables:
            report.add(f"missing table {table}", NotAJournalError)
            whole = False
            continue
        expected = columns_at(table, revision)
        # table_xinfo lists generated and hidden columns too, which table_info leaves out.
        described = conn.execute(f'PRAGMA table_xinfo("{table}")').fetchall()
        hidden = sorted(str(r[1]) for r in described if r[6] != 0)
        if hidden:
            report.add(f"table {table} has generated or hidden columns {hidden}")
            whole = False
            continue
        columns = {r[1] for r in described}
        if columns != expected:
            extra = sorted(columns - expected)
            missing = sorted(expected - columns)
            report.add(f"table {table} has unexpected columns {extra} / {missing}")
            whole = False
            continue
        count = conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
        if count > MAX_ROWS:
            report.add(f"table {table} has too many rows ({count})")
        if table in ("work_session", "client", "reflection", "comment"):
            report.facts.append(f"{table}: {count} rows")
    return whole


def _check_values(conn: sqlite3.Connection, report: CheckReport, revision: str) -> None:
    for table, condition, what in BAD_VALUES:
        if not has_table(table, revision):
            continue
        missing = set(TABLE_COLUMNS[table]) - columns_at(table, revision)
        if set(re.findall(r"\w+", condition)) & missing:  # a column a later revision adds
            continue
        bad = conn.execute(f'SELECT COUNT(*) FROM "{table}" WHERE {condition}').fetchone()[0]
        if bad:
            report.add(f"table {table} has {bad} row(s) with {what}")
    if conn.execute("SELECT COUNT(*) FROM journal_meta").fetchone()[0] != 1:
        report.add("the file must describe itself in exactly one journal_meta row")


def _meta_facts(conn: sqlite3.Connection, report: CheckReport, revision: str) -> None:
    if revision == "0001" or not report.ok:
        return
    kind, owner, start, end, written, app, journal_uuid = conn.execute(
        "SELECT kind, owner, range_start, range_end, written_at, app_version, journal_uuid "
        "FROM journal_meta"
    ).fetchone()
    if kind not in FILE_KINDS:
        report.add(f"the file says it is a {str(kind)[:20]!r}, which Value Journal does not know")
        return
    try:
        uuid.UUID(str(journal_uuid))
    except ValueError:
        report.add("the file's journal id cannot be read (it is not a UUID)")
        return
    who = one_line(owner, 120)
    report.facts.append(f"kind: {kind}" + (f" (by {who})" if who else ""))
    if kind in ("share", "feedback"):
        span = f"{start} to {end}" if start and end else "everything"
        app = one_line(app, 20)
        report.facts.append(f"covers: {span}; written {written or '?'} by Value Journal {app}")
