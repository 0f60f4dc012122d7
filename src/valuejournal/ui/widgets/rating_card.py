"""The view of rating mode: the session (or batch) being rated, its keys, the progress.

Only shows and forwards clicks; ``ui.rating.RatingDialog`` owns the keys and the saving.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core import formats
from valuejournal.core.entities import PayStatus, Session
from valuejournal.core.i18n import N_
from valuejournal.core.periods import PeriodKind, period_start
from valuejournal.ui.i18n import tr
from valuejournal.ui.theme import tones
from valuejournal.ui.widgets.labels import make_label

if TYPE_CHECKING:
    from valuejournal.core.rating_queue import RatingQueue

STYLE = """
#ratingCard { border: 1px solid palette(mid); border-radius: 10px; background: palette(base); }
#ratingClient { font-size: 14px; font-weight: 600; }
#ratingTitle { font-size: 19px; font-weight: 600; }
QLabel[step="active"] { font-weight: 600; color: palette(highlight); }
QPushButton[rating="true"] { min-width: 40px; min-height: 34px; font-size: 15px;
    border: 1px solid palette(mid); border-radius: 6px; background: palette(button); }
QPushButton[rating="true"]:checked { background: palette(highlight);
    color: palette(highlighted-text); border-color: palette(highlight); }
"""
HINTS = N_(
    "0–9 value · T = 10 · then 1–5 mood · Enter saves and moves on · S or Tab skips\n"
    "← back · Backspace steps back · B batch · M mood step · Home first unrated · Esc closes"
)
UNRATED = '<span style="color: {colour};">{text}</span>'  # the scheme's attention tone

MAX_NOTES = 600
MAX_TITLES = 6


def _common(values: Iterable[int | None]) -> int | None:
    """The one value all share, or None."""
    distinct = set(values)
    return distinct.pop() if len(distinct) == 1 else None


def _pay(sessions: Sequence[Session]) -> str:
    totals: dict[str, int] = {}
    for s in sessions:
        if s.pay_minor:
            totals[s.currency] = totals.get(s.currency, 0) + s.pay_minor
    if not totals:
        return tr("no pay")
    text = formats.current().amounts(totals)
    statuses = {s.status for s in sessions if s.pay_minor}
    if len(statuses) == 1:
        status = statuses.pop()
        text += " · " + (tr("paid") if status == PayStatus.PAID else tr("pending"))
    return text


class RatingCard(QWidget):
    """Progress line, the session card, value and mood buttons, options and key hints."""

    value_clicked = Signal(int)
    mood_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.progress_label = make_label(wrap=False)
        self.position_label = make_label(name="muted", wrap=False)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.when = make_label(name="muted")
        self.client = make_label(name="ratingClient")
        self.title = make_label(name="ratingTitle")
        self.facts = make_label()
        self.notes = make_label(name="muted")
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.state = make_label()
        self.value_caption = make_label(wrap=False)
        self.mood_caption = make_label(wrap=False)
        self.value_buttons = [self._button(str(v), v, self.value_clicked) for v in range(11)]
        self.mood_buttons = [self._button(str(m), m, self.mood_clicked) for m in range(1, 6)]
        self.batch = QCheckBox(tr("Whole batch: this client's week (B)"))
        self.mood_step = QCheckBox(tr("Ask for mood (M)"))
        self.mood_step.setChecked(True)
        self.back_button = QPushButton(tr("← Back"))
        self.skip_button = QPushButton(tr("Skip (S)"))
        for w in (self.batch, self.mood_step, self.back_button, self.skip_button):
            w.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.error = make_label(name="formError")
        self.error.hide()
        self.hints = make_label(name="muted")
        self.hints.setText(tr(HINTS))
        self._build()

    def _button(self, text: str, number: int, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text)
        button.setProperty("rating", True)
        button.setCheckable(True)
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _checked=False: signal.emit(number))
        return button

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.progress_label)
        top.addStretch(1)
        top.addWidget(self.position_label)
        card = QFrame()
        card.setObjectName("ratingCard")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(18, 14, 18, 14)
        for w in (self.when, self.client, self.title, self.facts, self.notes, self.state):
            inner.addWidget(w)
        inner.addStretch(1)
        values, moods, options = QHBoxLayout(), QHBoxLayout(), QHBoxLayout()
        for button in self.value_buttons:
            values.addWidget(button)
        values.addSpacing(10)
        values.addWidget(make_label(tr("0 none · 5 some · 10 exceptional"), "muted", wrap=False))
        values.addStretch(1)
        for button in self.mood_buttons:
            moods.addWidget(button)
        moods.addSpacing(10)
        moods.addWidget(make_label(tr("1 drained · 3 all right · 5 great"), "muted", wrap=False))
        moods.addStretch(1)
        for box in (self.batch, self.mood_step):
            options.addWidget(box)
        options.addStretch(1)
        options.addWidget(self.back_button)
        options.addWidget(self.skip_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(card, 1)
        layout.addWidget(self.value_caption)
        layout.addLayout(values)
        layout.addWidget(self.mood_caption)
        layout.addLayout(moods)
        layout.addLayout(options)
        layout.addWidget(self.error)
        layout.addWidget(self.hints)

    def show_error(self, text: str) -> None:
        """Say what went wrong under the buttons."""
        self.error.setText(text)
        self.error.show()

    def show_state(self, queue: RatingQueue, chosen: int | None, *, asking_mood: bool) -> None:
        """Show where the person is in ``queue`` and which step comes next."""
        n, rated = len(queue.sessions), queue.rated
        self.error.hide()
        self.progress_label.setText(tr("<b>{r} of {n} rated</b>").format(r=rated, n=n))
        self.bar.setRange(0, max(n, 1))
        self.bar.setValue(rated)
        group = queue.current()
        sessions = queue.sessions[group.start : group.stop]
        if not sessions:
            self._show_end(rated, n)
        elif len(sessions) == 1:
            self.position_label.setText(tr("Session {i} of {n}").format(i=group.start + 1, n=n))
            self._show_one(sessions[0])
        else:
            self.position_label.setText(
                tr("Sessions {a}–{b} of {n}").format(a=group.start + 1, b=group.stop, n=n)
            )
            self._show_batch(sessions)
        value = chosen if asking_mood else _common(s.value for s in sessions)
        mood = _common(s.mood for s in sessions)
        for number, button in enumerate(self.value_buttons):
            button.setChecked(bool(sessions) and number == value)
            button.setEnabled(bool(sessions))
        for number, button in enumerate(self.mood_buttons, start=1):
            button.setChecked(bool(sessions) and number == mood)
            button.setEnabled(bool(sessions))
        self._caption(self.value_caption, tr("Value created: keys 0–9, T for 10"), not asking_mood)
        self._caption(
            self.mood_caption, tr("Mood: keys 1–5 (Enter keeps it as it is)"), asking_mood
        )

    @staticmethod
    def _caption(label: QLabel, text: str, active: bool) -> None:
        label.setText(("▸ " if active else "   ") + text)
        label.setProperty("step", "active" if active else "")
        label.style().unpolish(label)
        label.style().polish(label)

    def _show_one(self, s: Session) -> None:
        start = f" · {s.start_time:%H:%M}" if s.start_time else ""
        fmt = formats.current()
        when = f"{fmt.weekday(s.day)} {fmt.date(s.day)}{start} · {fmt.hours(s.hours)} h"
        self.when.setText(when)
        self.client.setText(s.client or tr("No client"))
        self.title.setText(s.title or tr("(no title)"))
        tags = " · " + ", ".join(s.tags) if s.tags else ""
        self.facts.setText(_pay([s]) + tags)
        notes = s.notes if len(s.notes) <= MAX_NOTES else s.notes[:MAX_NOTES] + "…"
        self.notes.setText((tr("(private) ") if s.private and notes else "") + notes)
        self.notes.setVisible(bool(notes))
        if s.value is None:
            self.state.setText(
                UNRATED.format(colour=tones(self).attention, text=tr("Not rated yet"))
            )
        else:
            mood = tr(" · mood {m}").format(m=s.mood) if s.mood is not None else ""
            self.state.setText(tr("Rated: value {v}").format(v=s.value) + mood)

    def _show_batch(self, sessions: list[Session]) -> None:
        first = sessions[0]
        hours = sum(s.minutes for s in sessions) / 60
        self.when.setText(
            tr("Week of {d} · {k} sessions · {h} h").format(
                d=formats.current().date(period_start(first.day, PeriodKind.WEEK)),
                k=len(sessions),
                h=formats.current().hours(hours),
            )
        )
        self.client.setText(first.client or tr("No client"))
        self.title.setText(tr("{k} sessions this week").format(k=len(sessions)))
        self.facts.setText(_pay(sessions))
        counts = Counter(s.title or tr("(no title)") for s in sessions)
        lines = [f"• {t}" + (f" (×{n})" if n > 1 else "") for t, n in counts.items()]
        if len(lines) > MAX_TITLES:
            more = len(lines) - MAX_TITLES + 1
            lines = [*lines[: MAX_TITLES - 1], tr("• …and {k} more").format(k=more)]
        self.notes.setText("\n".join(lines))
        self.notes.show()
        done = sum(1 for s in sessions if s.value is not None)
        self.state.setText(
            tr("One rating for all {k} ({r} rated so far)").format(k=len(sessions), r=done)
        )

    def _show_end(self, rated: int, n: int) -> None:
        self.position_label.setText("")
        self.when.setText("")
        self.client.setText(tr("All done") if rated == n else tr("End of the list"))
        if rated == n:
            self.title.setText(tr("All {n} sessions are rated.").format(n=n))
        else:
            self.title.setText(
                tr("{r} of {n} rated; {k} still to rate (Home goes to the first).").format(
                    r=rated, n=n, k=n - rated
                )
            )
        self.facts.setText(tr("Enter or Esc closes. Every rating is already saved."))
        self.notes.hide()
        self.state.setText("")
