"""QDate to and from a Python date, typed (PySide6's stubs give ``QDate.toPython()`` as
``object`` and have no ``QDate(date)`` overload, though both work at run time)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def from_qdate(value: QDate) -> date:
    """A valid QDate as a Python date."""
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)
