"""Checks for journal and share files that may come from someone else (untrusted input).

Follows SQLite's advice for hostile database files: open read-only, `trusted_schema=OFF`,
integrity check, only the expected tables and columns, no triggers or views, size limits,
and a schema version the app knows.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from valuejournal.store.engine import HEAD_REVISION, KNOWN_REVISIONS, SQLITE_MAGIC

MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_ROWS = 2_000_000

EXPECTED_COLUMNS: dict[str, set[str]] = {
    "alembic_version": {"version_num"},
    "client": {
        "id", "uuid", "name", "currency", "alternative_rate_minor", "notes", "archived",
        "created_at", "updated_at",
    },
    "work_session": {
        "id", "uuid", "day", "start_time", "minutes", "client_id", "title", "notes", "private",
        "pay_minor", "currency", "status", "paid_on", "value", "captures", "mood", "energy",
        "stress", "ecological", "economic", "social", "created_at", "updated_at",
    },
    "tag": {"id", "name"},
    "session_tag": {"session_id", "tag_id"},
    "reflection": {"id", "uuid", "quarter", "sections_json", "updated_at"},
    "comment": {
        "id", "uuid", "target", "target_uuid", "section", "period_start", "period_end", "body",
        "author", "resolved", "created_at",
    },
    "journal_meta": {
        "id", "journal_uuid", "owner", "base_currency", "schema_version", "created_at",
    },
}  # fmt: skip


@dataclass
class CheckReport:
    """What a check found: fatal problems and informative facts."""

    path: Path
    problems: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing is wrong with the file."""
        return not self.problems


def check_file(path: Path | str) -> CheckReport:
    """Run every safety and integrity check on a journal or share file (never writes)."""
    path = Path(path)
    report = CheckReport(path)
    if not path.is_file():
        report.problems.append(f"{path} does not exist or is not a file")
        return report
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        report.problems.append(f"{path} is larger than {MAX_FILE_BYTES // 2**20} MB")
        return report
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_MAGIC:
            report.problems.append(f"{path} is not a Value Journal file (not SQLite)")
            return report
    try:
        conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        report.problems.append(f"{path} cannot be opened: {exc}")
        return report
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
        conn.execute("PRAGMA cell_size_check=ON")
        _check_contents(conn, report)
    except sqlite3.Error as exc:
        report.problems.append(f"{path} is damaged or not a journal: {exc}")
    finally:
        conn.close()
    return report


def _check_contents(conn: sqlite3.Connection, report: CheckReport) -> None:
    integrity = [r[0] for r in conn.execute("PRAGMA quick_check")]
    if integrity != ["ok"]:
        report.problems.append("SQLite integrity check failed: " + "; ".join(integrity[:3]))
        return
    objects = conn.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall()
    for kind, name, _table in objects:
        if kind in ("trigger", "view"):
            report.problems.append(f"the file contains a {kind} ({name}); journals never do")
    tables = {name for kind, name, _ in objects if kind == "table"}
    if "alembic_version" not in tables:
        report.problems.append("this SQLite file is not a Value Journal (no schema version)")
        return
    unknown = tables - set(EXPECTED_COLUMNS) - {"sqlite_sequence", "sqlite_stat1"}
    if unknown:
        report.problems.append("unexpected tables: " + ", ".join(sorted(unknown)))
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    revision = row[0] if row else None
    if revision not in KNOWN_REVISIONS:
        report.problems.append(
            "written by a newer version of Value Journal; update the app to open it"
            if revision
            else "the file has no schema version"
        )
        return
    if revision != HEAD_REVISION:
        report.facts.append(f"schema {revision} (will be upgraded to {HEAD_REVISION} on open)")
    for table, expected in EXPECTED_COLUMNS.items():
        if table not in tables:
            report.problems.append(f"missing table {table}")
            continue
        columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
        if columns != expected:
            extra = sorted(columns - expected)
            missing = sorted(expected - columns)
            report.problems.append(f"table {table} has unexpected columns {extra} / {missing}")
            continue
        count = conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
        if count > MAX_ROWS:
            report.problems.append(f"table {table} has too many rows ({count})")
        if table in ("work_session", "client", "reflection", "comment"):
            report.facts.append(f"{table}: {count} rows")
