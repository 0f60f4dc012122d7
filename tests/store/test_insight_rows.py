"""The store's fast rows for insights give exactly the columns the sessions give."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from valuejournal.core.insights import SessionColumns
from valuejournal.store.journal import Journal

FIELDS = ("day", "minutes", "value", "pay_minor", "currency", "status", "paid_on", "client",
          "mood", "energy", "stress", "ecological", "economic", "social", "private")  # fmt: skip


def test_rows_and_sessions_make_the_same_columns(demo_path: Path) -> None:
    with Journal.open(demo_path) as journal:
        from_sessions = SessionColumns.from_sessions(journal.all_sessions())
        from_rows = SessionColumns.from_rows(journal.insight_rows())
    assert len(from_rows) == len(from_sessions) > 1000
    for name in FIELDS:
        a, b = getattr(from_sessions, name), getattr(from_rows, name)
        assert a.dtype == b.dtype, name
        assert np.array_equal(a, b, equal_nan=a.dtype.kind == "f"), name
    assert from_rows.client_names == from_sessions.client_names
    assert from_rows.currencies == from_sessions.currencies


def test_empty_journal_gives_empty_columns(journal: Journal) -> None:
    assert len(SessionColumns.from_rows(journal.insight_rows())) == 0
