"""Translation of core's sentences without Qt: a function handed down by the app.

Core writes its texts for people (the insight summary, its notes) through ``_`` and ``n_``;
the window and the PDF install Qt's translator here (``install``), so one catalogue (the
Qt Linguist ``.ts`` files under ``resources/translations``) holds every string of the app.
Untranslated, the English source is used. ``N_`` marks a constant for extraction only (the
text is translated where it is shown).
"""

from __future__ import annotations

import re
from collections.abc import Callable

CONTEXT = "ValueJournal"
"""The one translation context of the app's strings (``ui.i18n.tr``, the PDF, core)."""

_PLURAL = re.compile(r"\((s|es)\)")

Translate = Callable[[str], str]
TranslatePlural = Callable[[str, int], str]


def english_plural(text: str, n: int, written: str | None = None) -> str:
    """The English forms of a ``%n thing(s)`` text: "1 session", "2,928 sessions" (``%n`` is
    ``written``, else ``n`` with the current locale's digit grouping)."""
    from valuejournal.core import formats

    english = _PLURAL.sub(lambda m: "" if n == 1 else m.group(1), text)
    return english.replace("%n", formats.current().integer(n) if written is None else written)


def _identity(text: str) -> str:
    return text


_translate: Translate = _identity
_translate_plural: TranslatePlural = english_plural


def install(translate: Translate, translate_plural: TranslatePlural) -> None:
    """Use ``translate`` / ``translate_plural`` for core's texts from now on."""
    global _translate, _translate_plural
    _translate, _translate_plural = translate, translate_plural


def uninstall() -> None:
    """Back to the English sources."""
    install(_identity, english_plural)


def _(text: str) -> str:
    """``text`` in the person's language (the English source until a translator is installed)."""
    return _translate(text)


def n_(text: str, n: int) -> str:
    """A text about ``n`` things, Qt's numerus form: ``n_("%n session(s)", 3)``."""
    return _translate_plural(text, n)


def N_(text: str) -> str:
    """Mark ``text`` for extraction; it is translated where it is shown (``tr(CONSTANT)``)."""
    return text
