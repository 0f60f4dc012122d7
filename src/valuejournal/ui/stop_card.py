"""The card a stopped timer shows: how did it go? Value, mood, energy, stress, keys only.

Rating mode's keys: 0–9 for the value (T = 10), then 1–5 for mood, energy and stress, each
key answering its question and moving on; the last one saves. Enter saves what is answered
so far (the rest stays empty; without a value the session joins "to rate"), Backspace steps
back, Esc leaves the timer running. `StopCard.ask` returns the `Ratings` or None.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core.timer import Ratings, StopCheck, StopChoice, describe_elapsed
from valuejournal.ui.i18n import tr
from valuejournal.ui.rating import COMMAND_MODIFIERS
from valuejournal.ui.widgets.labels import make_label

STEPS = ("value", "mood", "energy", "stress")
STYLE = """
QPushButton[rating="true"] { min-width: 30px; min-height: 26px; }
QPushButton[rating="true"]:checked { background: palette(highlight);
    color: palette(highlighted-text); }
QLabel[step="active"] { font-weight: 600; color: palette(highlight); }
#stopTitle { font-size: 16px; font-weight: 600; }
"""


def _captions() -> dict[str, str]:
    return {
        "value": tr("Value created (0–9, T = 10)"),
        "mood": tr("Mood (1 drained – 5 great)"),
        "energy": tr("Energy (1–5)"),
        "stress": tr("Stress (1 calm – 5 very stressed)"),
    }


class StopCard(QDialog):
    """Ask the four ratings of the session a timer becomes."""

    def __init__(self, heading: str, detail: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("How did it go?"))
        self.setStyleSheet(STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.answers: dict[str, int | None] = dict.fromkeys(STEPS)
        self.step = 0
        self.captions: dict[str, QLabel] = {}
        self.buttons: dict[str, list[QPushButton]] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(make_label(heading, "stopTitle"))
        layout.addWidget(make_label(detail, "muted"))
        grid = QGridLayout()
        for row, name in enumerate(STEPS):
            caption = make_label(_captions()[name], wrap=False)
            self.captions[name] = caption
            grid.addWidget(caption, row, 0)
            low, high = (0, 10) if name == "value" else (1, 5)
            self.buttons[name] = []
            for column, number in enumerate(range(low, high + 1), start=1):
                button = self._button(name, number)
                self.buttons[name].append(button)
                grid.addWidget(button, row, column)
        layout.addLayout(grid)
        self.save_button = QPushButton(tr("Save (Enter)"))
        self.save_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_button.clicked.connect(self.accept)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(
            make_label(
                tr(
                    "Each key answers and moves on; the last one saves. Enter saves what is "
                    "answered · Backspace steps back · Esc keeps the timer running"
                ),
                "muted",
            )
        )
        self._show()

    def _button(self, name: str, number: int) -> QPushButton:
        button = QPushButton("T" if number == 10 else str(number))
        button.setToolTip(str(number))
        button.setProperty("rating", True)
        button.setCheckable(True)
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _c=False: self.answer(name, number))
        return button

    def ratings(self) -> Ratings:
        """The answers given so far."""
        return Ratings(**self.answers)

    def answer(self, name: str, number: int) -> None:
        """Answer one question (a key or a click) and go on to the next; after the last, save."""
        self.answers[name] = number
        self.step = STEPS.index(name) + 1
        if self.step >= len(STEPS):
            self.accept()
            return
        self._show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits (and T) answer the current question; Enter saves; Backspace goes back."""
        key, text = event.key(), event.text().lower()
        name = STEPS[min(self.step, len(STEPS) - 1)]
        if event.modifiers() & COMMAND_MODIFIERS:
            super().keyPressEvent(event)
        elif len(text) == 1 and text.isdigit():
            number = int(text)
            if name == "value" or 1 <= number <= 5:
                self.answer(name, number)
        elif text == "t" and name == "value":
            self.answer(name, 10)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
        elif key == Qt.Key.Key_Backspace and self.step > 0:
            self.step -= 1
            self.answers[STEPS[self.step]] = None
            self._show()
        else:
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Keys go to the card itself (its buttons never take the focus)."""
        super().showEvent(event)
        self.setFocus()

    def _show(self) -> None:
        for index, name in enumerate(STEPS):
            label = self.captions[name]
            label.setProperty("step", "active" if index == self.step else "")
            label.style().unpolish(label)
            label.style().polish(label)
            chosen = self.answers[name]
            low = 0 if name == "value" else 1
            for offset, button in enumerate(self.buttons[name]):
                button.setChecked(chosen == low + offset)

    @classmethod
    def ask(cls, parent: QWidget | None, heading: str, detail: str) -> Ratings | None:
        """Show the card; the ratings given, or None if the person pressed Esc."""
        card = cls(heading, detail, parent)
        accepted = card.exec() == QDialog.DialogCode.Accepted
        ratings = card.ratings()
        card.deleteLater()
        return ratings if accepted else None


def ask_choice(parent: QWidget | None, check: StopCheck) -> StopChoice | None:
    """A doubtful run (slept, past midnight, over the limit): keep, split or trim? None: Esc."""
    reasons = []
    if check.idle_seconds:
        reasons.append(
            tr("the computer slept for {t}").format(t=describe_elapsed(check.idle_seconds))
        )
    if check.crosses_midnight:
        reasons.append(tr("it ran past midnight"))
    if check.too_long:
        reasons.append(tr("it ran longer than {h} h").format(h=f"{check.max_hours:g}"))
    box = QMessageBox(parent)
    box.setWindowTitle(tr("Stop the timer"))
    box.setIcon(QMessageBox.Icon.Question)
    why = (
        reasons[-1]
        if len(reasons) == 1
        else tr("{a} and {b}").format(a=", ".join(reasons[:-1]), b=reasons[-1])
    )
    box.setText(
        tr("The timer ran {t}: {why}. How should it be logged?").format(
            t=describe_elapsed(check.seconds), why=why
        )
    )
    labels = {
        StopChoice.KEEP: tr("&Keep it whole"),
        StopChoice.SPLIT: tr("&Split at midnight"),
        StopChoice.TRIM: tr("&Trim the idle part")
        if check.idle_seconds
        else tr("&Trim to {h} h").format(h=f"{check.max_hours:g}"),
    }
    buttons = [
        (box.addButton(labels[c], QMessageBox.ButtonRole.AcceptRole), c) for c in check.choices
    ]
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return next((c for button, c in buttons if button is clicked), None)
