"""Translation hook: every user-visible string goes through `tr`."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

_PLURAL = re.compile(r"\((s|es)\)")


def tr(text: str, context: str = "ValueJournal") -> str:
    """Translate ``text`` with the installed Qt translators (identity until one is installed)."""
    return QCoreApplication.translate(context, text)


def trn(text: str, n: int, context: str = "ValueJournal") -> str:
    """A text about ``n`` things, in Qt's numerus form: ``trn("%n session(s)", 3)``.

    A translator's plural forms are used when one is installed; untranslated, the English
    forms are spelled out ("1 session", "3 sessions"), never "session(s)"; there ``%n`` is
    ``n`` written with the default locale's digit grouping ("2,928")."""
    translated = QCoreApplication.translate(context, text, None, n)
    if translated != text.replace("%n", str(n)):
        return translated
    english = _PLURAL.sub(lambda m: "" if n == 1 else m.group(1), text)
    return english.replace("%n", QLocale().toString(n))


def apply_locale(name: str) -> None:
    """Numbers and dates as the person chose in Settings (``""``: the system's), for core's
    formats (babel: money, numbers, dates in the list, the charts, the PDF) and Qt's (the date
    field, spin boxes) alike; a system without a locale gets ``formats.FALLBACK``."""
    from valuejournal.core import formats

    QLocale.setDefault(QLocale(formats.set_locale(name).name))
