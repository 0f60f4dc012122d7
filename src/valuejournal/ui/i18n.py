"""Translation hook: every user-visible string goes through `tr`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, context: str = "ValueJournal") -> str:
    """Translate ``text`` with the installed Qt translators (identity until one is installed)."""
    return QCoreApplication.translate(context, text)
