"""The journal's session columns kept between changes, patched per session, not re-read.

Built once from the journal's insight rows (the tuples `SessionColumns.from_rows` reads, each
followed by the session's database id and uuid, in the journal's order: day, then id). After
an edit only the edited sessions' rows are read again: `patch` deletes their old elements and
inserts the new ones in every numpy column, in place of the order, with a few vectorised
operations (no per-session Python loop over the journal). The result equals the columns a
whole re-read would build, down to the order of the client and currency codes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from valuejournal.core.insights.columns import (
    ARRAY_FIELDS,
    NO_CLIENT,
    SessionColumns,
    client_key,
)

Row = tuple[Any, ...]
"""An insight row: ``SessionColumns.from_rows``'s fields, then the session's id and uuid."""

_ID_BITS = 40  # a row's sort key: its day ordinal above, its id (< 2**40) below


def _key(row: Row) -> int:
    """Where a row sorts (the journal's order: day, then id) as one integer."""
    return (int(row[0]) << _ID_BITS) | int(row[-2])


class ColumnCache:
    """A journal's session columns, in the journal's order, and how to patch them."""

    def __init__(self, rows: Sequence[Row], base: str = "EUR") -> None:
        ordered = sorted(rows, key=_key)
        self.columns = SessionColumns.from_rows(ordered, base)
        self._keys = np.array([_key(r) for r in ordered], dtype=np.int64)
        self._where = {r[-1]: k for r, k in zip(ordered, self._keys.tolist(), strict=True)}

    def __len__(self) -> int:
        return len(self.columns)

    def patch(self, uuids: Iterable[str], fresh: Iterable[Row]) -> SessionColumns:
        """Drop the sessions of ``uuids``, put in the ``fresh`` rows (those of them that
        still exist, as read now) where they sort; returns the new columns."""
        fresh = sorted(fresh, key=_key)
        gone = [self._where.pop(u) for u in {*uuids, *(r[-1] for r in fresh)} if u in self._where]
        cols, keys = self.columns, self._keys
        if gone:
            keep = np.ones(len(keys), dtype=bool)
            keep[np.searchsorted(keys, np.array(gone, dtype=np.int64))] = False
            cols, keys = cols.take(keep), keys[keep]
        if fresh:
            cols, keys = _insert(cols, keys, fresh)
            self._where.update((r[-1], _key(r)) for r in fresh)
        self.columns, self._keys = _renumber(cols), keys
        return self.columns


def _insert(
    cols: SessionColumns, keys: np.ndarray, rows: list[Row]
) -> tuple[SessionColumns, np.ndarray]:
    """The columns with these (sorted) rows inserted where their keys sort."""
    new = SessionColumns.from_rows(rows, cols.base)
    names = list(cols.client_names)
    known = {client_key(n): i for i, n in enumerate(names)}
    client_map = np.full(len(new.client_names) + 1, NO_CLIENT, dtype=np.int32)  # [-1]: none
    for i, name in enumerate(new.client_names):
        client_map[i] = known.setdefault(client_key(name), len(names))
        if client_map[i] == len(names):
            names.append(name)
    currencies = list(cols.currencies)
    currency_map = np.empty(len(new.currencies), dtype=np.int16)
    for i, code in enumerate(new.currencies):
        if code not in currencies:
            currencies.append(code)
        currency_map[i] = currencies.index(code)
    new = replace(new, client=client_map[new.client], currency=currency_map[new.currency])
    new_keys = np.array([_key(r) for r in rows], dtype=np.int64)
    at = np.searchsorted(keys, new_keys)
    arrays: dict[str, Any] = {
        f: np.insert(getattr(cols, f), at, getattr(new, f)) for f in ARRAY_FIELDS
    }
    merged = replace(cols, **arrays, client_names=names, currencies=currencies)
    return merged, np.insert(keys, at, new_keys)


def _renumber(cols: SessionColumns) -> SessionColumns:
    """Client and currency codes in order of first appearance, unused ones dropped (as
    `SessionColumns.from_rows` numbers them), and rows counted again."""
    used, first = np.unique(cols.client[cols.client != NO_CLIENT], return_index=True)
    order = used[np.argsort(first)]
    client_map = np.full(len(cols.client_names) + 1, NO_CLIENT, dtype=np.int32)  # [-1]: none
    client_map[order] = np.arange(len(order), dtype=np.int32)
    used, first = np.unique(cols.currency, return_index=True)
    order_cur = used[np.argsort(first)]
    currency_map = np.zeros(len(cols.currencies), dtype=np.int16)
    currency_map[order_cur] = np.arange(len(order_cur), dtype=np.int16)
    return replace(
        cols,
        client=client_map[cols.client],
        currency=currency_map[cols.currency],
        row=np.arange(len(cols), dtype=np.int64),
        client_names=[cols.client_names[i] for i in order],
        currencies=[cols.currencies[i] for i in order_cur],
    )
