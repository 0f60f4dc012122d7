"""Sessions for rating mode's tests: two clients over two weeks, and one with no client."""

from __future__ import annotations

from datetime import date

from valuejournal.core.entities import Session

# Monday 2026-03-02 starts week 10; week 11 starts 2026-03-09.
PLAN = [
    ("a1", date(2026, 3, 2), "Acme"),
    ("b1", date(2026, 3, 2), "Beta"),
    ("a2", date(2026, 3, 3), "Acme"),
    ("a3", date(2026, 3, 5), "Acme"),
    ("b2", date(2026, 3, 6), "Beta"),
    ("a4", date(2026, 3, 9), "Acme"),
    ("n1", date(2026, 3, 10), None),
]
ORDER = ["a1", "a2", "a3", "b1", "b2", "n1", "a4"]  # week, then client (none first), then day


def sessions() -> list[Session]:
    return [Session(day=d, minutes=60, client=c, title=t, notes=f"notes {t}") for t, d, c in PLAN]
