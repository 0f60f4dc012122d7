"""The journal's sessions as insight columns, read straight from SQL (no Session objects).

A report covers one quarter, but the high-pay yardstick and the median rate are the journal's
own, taken over every session. So ``load_columns(journal, start, end)`` reads every field of
the sessions inside the range, and for the sessions outside it only what the yardstick needs
(day, minutes, value, pay, currency, status; no client, wellbeing or impact). For 50,000
sessions this takes a fraction of building entity objects. Notes are read separately, only
when the report is asked to show them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np

from valuejournal.core.insights import SessionColumns
from valuejournal.core.insights.columns import NO_CLIENT, NO_DATE, client_key

if TYPE_CHECKING:
    from valuejournal.store.journal import Journal

_EPOCH = date(1970, 1, 1).toordinal()
_STATUS = "CASE s.status WHEN 'paid' THEN 2 WHEN 'pending' THEN 1 ELSE 0 END"
_INSIDE_SQL = f"""
    SELECT s.day, s.minutes, s.value, s.pay_minor, s.currency, {_STATUS}, s.paid_on,
           c.name, s.mood, s.energy, s.stress, s.ecological, s.economic, s.social, s.private
    FROM work_session AS s LEFT JOIN client AS c ON c.id = s.client_id
    WHERE s.day BETWEEN ? AND ? ORDER BY s.day, s.id
"""
_OUTSIDE_SQL = f"""
    SELECT s.day, s.minutes, s.value, s.pay_minor, s.currency, {_STATUS}
    FROM work_session AS s WHERE s.day < ? OR s.day > ? ORDER BY s.day, s.id
"""
_NOTES_SQL = """
    SELECT s.day, c.name, s.title, s.notes, s.private
    FROM work_session AS s LEFT JOIN client AS c ON c.id = s.client_id
    WHERE s.day BETWEEN ? AND ? AND trim(s.notes) != '' ORDER BY s.day, s.id
"""


@dataclass(frozen=True, slots=True)
class SessionNote:
    """One session's note as the report may show it."""

    day: date
    client: str | None
    title: str
    text: str
    private: bool


def _fetch(journal: Journal, sql: str, start: date, end: date) -> list[tuple[Any, ...]]:
    """Rows of a query on the plain sqlite3 connection (the fastest way to read tuples)."""
    with journal.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        return list(raw.execute(sql, (start.isoformat(), end.isoformat())).fetchall())


def load_columns(journal: Journal, start: date, end: date) -> SessionColumns:
    """Columns of every session, oldest first: complete inside ``[start, end]``, only the
    yardstick's fields outside it (clients, wellbeing, impact and dates paid left empty)."""
    inside = _fetch(journal, _INSIDE_SQL, start, end)
    outside = _fetch(journal, _OUTSIDE_SQL, start, end)
    n_in, n_out = len(inside), len(outside)
    if not n_in and not n_out:
        return SessionColumns.empty()
    first = _transpose(inside, 15)
    rest = _transpose(outside, 6)
    days_out = _ordinals(rest[0])
    cut = int(np.searchsorted(days_out, start.toordinal()))

    def joined(inner: Any, outer: Any, dtype: Any, fill: float = np.nan) -> np.ndarray:
        """Outside-before, inside, outside-after; ``fill`` where ``outer`` is None."""
        mid = np.asarray(inner, dtype=dtype)
        out = np.full(n_out, fill, dtype=dtype) if outer is None else np.asarray(outer, dtype)
        return np.concatenate([out[:cut], mid, out[cut:]])

    f8 = np.float64
    codes, currencies = _codes(rest[4] + first[4])  # outside first: same order as joined
    clients, client_names = _client_codes(first[7])
    return SessionColumns(
        day=joined(_ordinals(first[0]), days_out, np.int64),
        minutes=joined(first[1], rest[1], f8),
        value=joined(first[2], rest[2], f8),
        pay_minor=joined(first[3], rest[3], np.int64),
        currency=joined(codes[n_out:], codes[:n_out], np.int16),
        status=joined(first[5], rest[5], np.int8),
        paid_on=joined(_ordinals(first[6]), None, np.int64, NO_DATE),
        client=joined(clients, None, np.int32, NO_CLIENT),
        mood=joined(first[8], None, f8),
        energy=joined(first[9], None, f8),
        stress=joined(first[10], None, f8),
        ecological=joined(first[11], None, f8),
        economic=joined(first[12], None, f8),
        social=joined(first[13], None, f8),
        private=joined(first[14], None, bool, False),
        row=np.arange(n_in + n_out, dtype=np.int64),
        client_names=client_names,
        currencies=currencies,
    )


def load_notes(journal: Journal, start: date, end: date, *, private: bool) -> list[SessionNote]:
    """Sessions' notes between two days; private ones only when ``private`` is set."""
    notes = [
        SessionNote(date.fromisoformat(str(d)), c, t or "", (n or "").strip(), bool(p))
        for d, c, t, n, p in _fetch(journal, _NOTES_SQL, start, end)
    ]
    return [n for n in notes if private or not n.private]


def _transpose(rows: list[tuple[Any, ...]], width: int) -> list[tuple[Any, ...]]:
    """Columns of the rows (empty tuples when there are no rows)."""
    return list(zip(*rows, strict=True)) if rows else [()] * width


def _ordinals(days: tuple[str | None, ...]) -> np.ndarray:
    """ISO dates (None: missing) as proleptic ordinals, NO_DATE where missing."""
    parsed = np.array([d or "NaT" for d in days], dtype="datetime64[D]")
    missing = np.isnat(parsed)
    ordinals = parsed.astype(np.int64) + _EPOCH
    return np.where(missing, NO_DATE, ordinals).astype(np.int64)


def _codes(values: tuple[str, ...]) -> tuple[np.ndarray, list[str]]:
    """Integer codes numbered in order of first appearance, and the distinct values."""
    seen: dict[str, int] = {}
    codes = np.fromiter((seen.setdefault(v, len(seen)) for v in values), np.int64, len(values))
    return codes, list(seen)


def _client_codes(names: tuple[str | None, ...]) -> tuple[np.ndarray, list[str]]:
    """Client codes as ``SessionColumns.from_sessions`` gives them (NO_CLIENT for none)."""
    seen: dict[str, int] = {}
    spelling: list[str] = []
    codes = np.full(len(names), NO_CLIENT, dtype=np.int64)
    for i, name in enumerate(names):
        if name and name.strip():
            key = client_key(name)
            code = seen.get(key)
            if code is None:
                code = seen[key] = len(spelling)
                spelling.append(name.strip())
            codes[i] = code
    return codes, spelling
