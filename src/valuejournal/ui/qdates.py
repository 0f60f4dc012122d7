"""QDate to a Python date, typed (PySide6's stubs give ``QDate.toPython()`` as ``object``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def from_qdate(value: QDate) -> date:
    """A valid QDate as a Python date."""
    return date(value.year(), value.month(), value.day())
