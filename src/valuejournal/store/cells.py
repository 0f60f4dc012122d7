"""Every cell of a file from someone else, checked against the models' column types.

A hostile file can hold anything SQLite allows: a blob where the app expects text, 100 MB in
a title, bytes that are not UTF-8, "yesterday" in a date column, JSON nested 100,000 deep.
Each would stop a page later (or cost gigabytes); here each is refused first, with the
table and column named. The column types come from the models (one schema source).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import datetime

from sqlalchemy import Boolean, Column, Date, Float, Integer, String, Time
from sqlalchemy.types import TypeDecorator

from valuejournal.core.money import MAX_MINOR
from valuejournal.store.models import table_of
from valuejournal.store.schema import MODELS, columns_at, has_table

MAX_TEXT_BYTES = 200_000
"""A cell of an unsized text column (notes, titles, comment bodies) holds at most this."""
MAX_BYTES_BY_COLUMN = {
    "sections_json": 1_000_000,
    "texts_json": 1_000_000,
    "evidence_json": 2_000_000,
    "captures": 2_000,
    "activities": 20_000,
}
MAX_JSON_DEPTH = 4
FIRST_DAY, LAST_DAY = "1900-01-01", "2999-12-31"
MONEY_COLUMNS = {"pay_minor", "alternative_rate_minor", "rate_minor"}


def _base_type(column: Column[object]) -> object:
    """The column's SQL type (SQLModel's AutoString and other decorators unwrapped)."""
    kind: object = column.type
    return getattr(kind, "impl_instance", None) or kind if isinstance(kind, TypeDecorator) else kind


def _limit(column: Column[object]) -> int:
    if column.name in MAX_BYTES_BY_COLUMN:
        return MAX_BYTES_BY_COLUMN[column.name]
    length = getattr(_base_type(column), "length", None)
    return 4 * length if length else MAX_TEXT_BYTES


def bad_cell_condition(column: Column[object]) -> str | None:
    """The SQL condition that marks a cell of ``column`` the app could not use (or None)."""
    q = f'"{column.name}"'
    kind = _base_type(column)
    if isinstance(kind, Integer | Boolean):
        cond = f"typeof({q}) NOT IN ('integer', 'null')"
        if column.name in MONEY_COLUMNS:
            cond += f" OR {q} < 0 OR {q} > {MAX_MINOR}"
        return cond
    if isinstance(kind, Float):
        return f"typeof({q}) NOT IN ('integer', 'real', 'null')"
    text = f"typeof({q}) NOT IN ('text', 'null')"
    if isinstance(kind, Date):
        return (
            f"{text} OR ({q} IS NOT NULL AND (date({q}) IS NOT {q} "
            f"OR {q} NOT BETWEEN '{FIRST_DAY}' AND '{LAST_DAY}'))"
        )
    if isinstance(kind, Time):
        return f"{text} OR ({q} IS NOT NULL AND time({q}) IS NULL)"
    if isinstance(kind, String):
        return f"{text} OR length(CAST({q} AS BLOB)) > {_limit(column)}"
    return None


def _columns(revision: str) -> Iterator[tuple[str, list[Column[object]]]]:
    for model in MODELS:
        table = table_of(model)
        if not has_table(table.name, revision):
            continue
        present = columns_at(table.name, revision)
        yield table.name, [c for c in table.columns if c.name in present]


def cell_problems(conn: sqlite3.Connection, revision: str) -> list[str]:
    """Every kind of bad cell in the file, one line each (empty when all are fine)."""
    problems: list[str] = []
    for table, columns in _columns(revision):
        for column in columns:
            condition = bad_cell_condition(column)
            if condition is None:
                continue
            bad = conn.execute(f'SELECT COUNT(*) FROM "{table}" WHERE {condition}').fetchone()[0]
            if bad:
                problems.append(
                    f"table {table} has {bad} row(s) whose {column.name} the app cannot use "
                    "(wrong type, too large or out of range)"
                )
    if problems:
        return problems
    for table, columns in _columns(revision):
        for column in columns:
            if isinstance(_base_type(column), String | Date | Time):
                problem = _text_problem(conn, table, column.name)
                if problem:
                    problems.append(problem)
    return problems


def _text_problem(conn: sqlite3.Connection, table: str, name: str) -> str | None:
    """UTF-8, timestamps and JSON, read in Python (cells are size-checked already)."""
    rows = conn.execute(f'SELECT CAST("{name}" AS BLOB) FROM "{table}" WHERE "{name}" IS NOT NULL')
    for (raw,) in rows:
        try:
            text = bytes(raw).decode("utf-8")
        except UnicodeDecodeError:
            return f"table {table} has text in {name} that is not UTF-8"
        if name.endswith("_at") and text and not _is_timestamp(text):
            return f"table {table} has a time in {name} that cannot be read"
        if name in ("sections_json", "texts_json") and not _is_sections(text):
            return f"table {table} has texts in {name} that are not a flat JSON object"
        if name == "evidence_json" and not _is_json_object(text):
            return f"table {table} has kept evidence that is not a shallow JSON object"
    return None


def _is_timestamp(text: str) -> bool:
    try:
        stamp = datetime.fromisoformat(text)
    except ValueError:
        return False
    return FIRST_DAY <= stamp.date().isoformat() <= LAST_DAY


def _is_sections(text: str) -> bool:
    if _depth(text) > MAX_JSON_DEPTH:
        return False
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return False
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, str | None) for k, v in value.items()
    )


def _is_json_object(text: str) -> bool:
    if _depth(text) > MAX_JSON_DEPTH:
        return False
    try:
        return isinstance(json.loads(text), dict)
    except (ValueError, RecursionError):
        return False


def _depth(text: str) -> int:
    """How deep brackets nest in JSON text (outside strings), without parsing it."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_JSON_DEPTH:
                    return deepest
        elif ch in "]}":
            depth -= 1
    return deepest
