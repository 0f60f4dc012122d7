"""The language of the window, the PDF and core's sentences.

The catalogues are Qt Linguist files compiled into the package
(``resources/translations/valuejournal_<language>.qm``, built by ``make translations`` from
``resources/translations/*.ts``). ``use`` installs one in the QCoreApplication when there is
one (every ``tr``, Qt's standard buttons through Qt's own ``qtbase`` catalogue) and hands the
same catalogue down to core (``core.i18n``), which works without an application (the chart
helper process).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from valuejournal import paths
from valuejournal.core import formats
from valuejournal.core import i18n as core_i18n
from valuejournal.core.i18n import CONTEXT, english_plural

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "es": "Español", "fr": "Français"}
"""The languages the app speaks (code: its own name); English is the source."""

_installed: list[QTranslator] = []
_current = ["en"]


def language_for(choice: str) -> str:
    """The language to speak for a Settings choice (``""``: the system's, English when the
    system's is not one of ``LANGUAGES``)."""
    if choice in LANGUAGES:
        return choice
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def current() -> str:
    """The language spoken now ("en", "es", "fr")."""
    return _current[0]


def catalogue(language: str) -> QTranslator | None:
    """The app's compiled catalogue of ``language`` (None for English or when missing)."""
    if language == "en":
        return None
    translator = QTranslator()
    qm = paths.assets_dir() / "translations"
    path = qm / f"valuejournal_{language}.qm"
    if path.is_file() and translator.load(str(path)):
        return translator
    log.warning("no %s catalogue at %s (make translations builds it); English", language, path)
    return None


def use(choice: str) -> str:
    """Speak ``choice`` ("" for the system's, "en", "es", "fr") from now on; the language used.

    Installing a translator sends every widget a ``QEvent.LanguageChange``; texts built from
    then on are in the new language."""
    app = QCoreApplication.instance()
    if app is not None:
        for old in _installed:
            app.removeTranslator(old)
    _installed.clear()
    language = language_for(choice)
    translator = catalogue(language)
    if translator is None:
        _current[0] = "en"
        core_i18n.uninstall()
        return "en"
    if app is not None:
        qt_own = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(QLocale(language), "qtbase", "_", folder):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
        app.installTranslator(translator)
    _installed.append(translator)  # kept alive here
    _current[0] = language
    core_i18n.install(_plain(translator), _plural(translator))
    return language


def _plain(translator: QTranslator) -> core_i18n.Translate:
    return lambda text: translator.translate(CONTEXT, text) or text


def _plural(translator: QTranslator) -> core_i18n.TranslatePlural:
    def translate(text: str, n: int) -> str:
        found = translator.translate(CONTEXT, text, None, n)
        if not found:
            return english_plural(text, n)
        return found.replace("%n", formats.current().integer(n))

    return translate
