"""Python dates to and from QDate, typed (PySide6's stubs know neither conversion)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def to_qdate(day: date) -> QDate:
    """``day`` as a QDate."""
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    """A valid QDate as a Python date."""
    return date(value.year(), value.month(), value.day())
