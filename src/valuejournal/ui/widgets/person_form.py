"""Who keeps the journal: name, business name, base currency, locale, language (first start,
Settings)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from valuejournal.ui.i18n import LANGUAGES, tr

CURRENCIES = [
    "EUR",
    "USD",
    "GBP",
    "CHF",
    "CAD",
    "AUD",
    "NZD",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "CZK",
    "JPY",
    "INR",
    "BRL",
    "MXN",
    "ZAR",
]
LOCALES = [
    "en_US",
    "en_GB",
    "de_DE",
    "de_CH",
    "fr_FR",
    "nl_NL",
    "es_ES",
    "it_IT",
    "pt_BR",
    "pt_PT",
    "sv_SE",
    "da_DK",
    "nb_NO",
    "fi_FI",
    "pl_PL",
    "cs_CZ",
    "ja_JP",
    "zh_CN",
]


@dataclass(frozen=True, slots=True)
class Person:
    """What the form holds."""

    name: str
    business: str
    currency: str
    locale: str  # "" for the system's
    language: str = ""  # "" for the system's; else "en", "es", "fr"


def locale_label(name: str) -> str:
    """A locale as its own people write it, e.g. "Deutsch (Deutschland) — de_DE"."""
    loc = QLocale(name)
    return f"{loc.nativeLanguageName()} ({loc.nativeTerritoryName()}) — {name}"


class PersonForm(QWidget):
    """Name, business, base currency and locale, each with a label the keyboard reaches."""

    def __init__(self, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(person.name)
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(tr("as it should appear on your reports"))
        self.business = QLineEdit(person.business)
        self.business.setMaxLength(120)
        self.business.setPlaceholderText(tr("optional"))
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self.currency)
        )
        self.currency.setCurrentText(person.currency)
        self.locale_box = QComboBox()  # not "locale": that would hide QWidget.locale()
        self.locale_box.addItem(
            tr("As the system ({name})").format(name=QLocale.system().name()), ""
        )
        for name in LOCALES:
            self.locale_box.addItem(locale_label(name), name)
        if person.locale and self.locale_box.findData(person.locale) < 0:
            self.locale_box.addItem(locale_label(person.locale), person.locale)
        self.locale_box.setCurrentIndex(max(0, self.locale_box.findData(person.locale)))
        self.language = QComboBox()
        self.language.addItem(tr("As the system"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(person.language)))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("Your &name"), self.name)
        form.addRow(tr("&Business name"), self.business)
        form.addRow(tr("Base &currency"), self.currency)
        form.addRow(tr("Numbers and &dates"), self.locale_box)
        form.addRow(tr("&Language"), self.language)

    def person(self) -> Person:
        """The values as typed; the currency upper-cased (empty or short: None is given)."""
        return Person(
            name=" ".join(self.name.text().split()),
            business=" ".join(self.business.text().split()),
            currency=self.currency.currentText().strip().upper(),
            locale=str(self.locale_box.currentData() or ""),
            language=str(self.language.currentData() or ""),
        )

    def currency_ok(self) -> bool:
        """Whether the currency is a three-letter code."""
        code = self.currency.currentText().strip()
        return len(code) == 3 and code.isalpha()
