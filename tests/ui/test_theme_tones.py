"""Colours with a meaning are the scheme's: a problem's red, the orange of a session not
rated and the bars above the pages (a reminder, conflict copies) are readable in light and in
dark, at least 4.5:1 (WCAG AA) against what they are drawn on, measured on the widgets as
drawn after Settings' theme is applied."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from valuejournal.core.reminders import Reminder, ReminderKind
from valuejournal.store.conflict_copies import ConflictCopy
from valuejournal.ui.theme import DARK_TONES, LIGHT_TONES, apply_theme, tones
from valuejournal.ui.widgets.conflict_banner import ConflictBanner
from valuejournal.ui.widgets.parsed_field import FieldNote
from valuejournal.ui.widgets.reminder_banner import ReminderBanner


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture(autouse=True)
def light_after(qapp) -> Iterator[None]:
    yield
    apply_theme("light")


def _drawn_background(widget: QWidget) -> QColor:
    """The colour most pixels of ``widget`` have as drawn (its background)."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    counts: dict[int, int] = {}
    for x in range(0, image.width(), 3):
        for y in range(0, image.height(), 3):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    return QColor.fromRgb(max(counts, key=counts.__getitem__))


def _text_colour(label: QLabel) -> QColor:
    return label.palette().color(label.foregroundRole())


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_tones_read_against_the_schemes_backgrounds(qtbot, scheme: str) -> None:
    apply_theme(scheme)
    shade = tones()
    assert shade is {"light": LIGHT_TONES, "dark": DARK_TONES}[scheme]
    palette = QGuiApplication.palette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        ground = palette.color(role)
        assert contrast(QColor(shade.problem), ground) >= 4.5, (role, shade.problem)
        assert contrast(QColor(shade.attention), ground) >= 4.5, (role, shade.attention)
    assert contrast(QColor(shade.banner_text), QColor(shade.banner)) >= 4.5


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_banners_and_problems_as_drawn(qtbot, tmp_path: Path, scheme: str) -> None:
    apply_theme(scheme)
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    reminder, conflict, note = ReminderBanner(), ConflictBanner(), FieldNote()
    for widget in (reminder, conflict, note):
        layout.addWidget(widget)
    window.resize(700, 300)
    window.show()
    qtbot.waitExposed(window)
    reminder.show_reminder(Reminder(ReminderKind.LOG_TODAY), "Nothing logged today", "Log")
    conflict.show_copies([ConflictCopy(tmp_path / "a (conflict).vjournal", "Syncthing")])
    note.set_note("there is no such day: 2026-02-30", problem=True)
    window.repaint()
    for banner in (reminder, conflict):
        ground = _drawn_background(banner)
        text = _text_colour(banner.label)
        assert contrast(text, ground) >= 4.5, (scheme, type(banner).__name__, text.name(),
                                               ground.name())  # fmt: skip
        # a bar, not the window: it stands out from the page behind it
        assert ground != QGuiApplication.palette().color(QPalette.ColorRole.Window)
    ground = _drawn_background(window)
    assert _text_colour(note).name() == tones().problem
    assert contrast(_text_colour(note), ground) >= 4.5, (scheme, ground.name())


def test_a_change_of_scheme_recolours_what_is_shown(qtbot) -> None:
    apply_theme("light")
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    banner.show_reminder(Reminder(ReminderKind.LOG_TODAY), "Nothing logged today", "Log")
    banner.resize(600, 60)
    qtbot.waitExposed(banner)
    assert _drawn_background(banner).name() == LIGHT_TONES.banner
    apply_theme("dark")
    qtbot.waitUntil(lambda: _drawn_background(banner).name() == DARK_TONES.banner)
    assert _text_colour(banner.label).name() == DARK_TONES.banner_text
