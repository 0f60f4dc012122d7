"""The first start with no journal: who you are, then start empty or explore a demo journal."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from valuejournal import settings
from valuejournal.ui.i18n import tr
from valuejournal.ui.widgets.person_form import Person, PersonForm

EMPTY = "empty"
DEMO = "demo"


class FirstStartDialog(QDialog):
    """Welcome: the person's name, business, currency and locale; empty or demo journal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Welcome to Value Journal"))
        self.choice: str | None = None
        prefs = settings.load()
        self.form = PersonForm(
            Person(prefs.name, prefs.business, prefs.currency, prefs.locale, prefs.language)
        )
        intro = QLabel(
            tr(
                "Welcome! Tell Value Journal who keeps this journal; your name goes on your "
                "reflection reports. You can change all of it later in Settings (Ctrl+,)."
            )
        )
        intro.setWordWrap(True)
        how = QLabel(
            tr(
                "Start with an empty journal and log your first session, or explore a demo "
                "journal with a year of a freelancer's work so the charts have something to "
                "show (a separate file; your own journal stays empty until you use it)."
            )
        )
        how.setWordWrap(True)
        how.setObjectName("muted")
        self.error = QLabel()
        self.error.setObjectName("formError")
        buttons = QDialogButtonBox()
        self.empty_button = QPushButton(tr("Start &empty"))
        self.demo_button = QPushButton(tr("Explore a &demo journal"))
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.empty_button.setDefault(True)
        self.empty_button.clicked.connect(lambda: self._choose(EMPTY))
        self.demo_button.clicked.connect(lambda: self._choose(DEMO))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(how)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.form.name.setFocus()

    def _choose(self, choice: str) -> None:
        if not self.form.currency_ok():
            self.error.setText(tr("The currency is a three-letter code, such as EUR or USD."))
            self.form.currency.setFocus()
            return
        person = self.form.person()
        settings.update(
            name=person.name,
            business=person.business,
            currency=person.currency,
            locale=person.locale,
            language=person.language,
        )
        self.choice = choice
        self.accept()


def ask_first_start(parent: QWidget | None) -> str | None:
    """Ask who you are and how to begin (saved in the preferences); EMPTY, DEMO, or None if
    the person closed the question."""
    dialog = FirstStartDialog(parent)
    dialog.exec()
    return dialog.choice
