"""Translation hook: every user-visible string goes through `tr`; the language's catalogue.

The catalogues are Qt Linguist ``.ts`` files under ``resources/translations`` in the source
tree, compiled to ``.qm`` in the package (``make translations``, run before install, run and
test). ``set_language`` loads one (``report.language``: Qt's own strings, such as standard
buttons, from Qt's catalogue) and hands it down to core (``core.i18n``), so the window, the
PDF and core's sentences speak one language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from valuejournal.core.i18n import CONTEXT, N_, english_plural
from valuejournal.report import language
from valuejournal.report.language import LANGUAGES

__all__ = ["LANGUAGES", "N_", "apply_locale", "current_language", "set_language", "tr", "trn"]


def tr(text: str, context: str = CONTEXT) -> str:
    """Translate ``text`` with the installed Qt translators (identity until one is installed)."""
    return QCoreApplication.translate(context, text)


def trn(text: str, n: int, context: str = CONTEXT) -> str:
    """A text about ``n`` things, in Qt's numerus form: ``trn("%n session(s)", 3)``.

    A translator's plural forms are used when one is installed; untranslated, the English
    forms are spelled out ("1 session", "3 sessions"), never "session(s)"; ``%n`` is ``n``
    written with Qt's default locale's digit grouping ("2,928")."""
    translated = QCoreApplication.translate(context, text, None, n)
    written = QLocale().toString(n)  # Qt's default locale: apply_locale keeps it core's
    if translated == text.replace("%n", str(n)):
        return english_plural(text, n, written)
    return translated.replace(str(n), written) if n >= 1000 else translated


def set_language(choice: str) -> str:
    """Speak ``choice`` ("" for the system's, "en", "es", "fr"); see ``report.language``."""
    return language.use(choice)


def current_language() -> str:
    """The language the app speaks now ("en", "es", "fr")."""
    return language.current()


def apply_locale(name: str) -> None:
    """Numbers and dates as the person chose in Settings (``""``: the system's), for core's
    formats (babel: money, numbers, dates in the list, the charts, the PDF) and Qt's (the date
    field, spin boxes) alike; a system without a locale gets ``formats.FALLBACK``.

    babel is loaded when core first formats something (the window calls ``formats.current()``
    once it has painted), and Qt's default locale follows core's then."""
    from valuejournal.core import formats

    formats.set_locale_later(name, then=lambda chosen: QLocale.setDefault(QLocale(chosen.name)))
