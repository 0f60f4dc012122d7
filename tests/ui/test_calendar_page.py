"""The Calendar page: day colours on a planted journal, keys on the grid, the week grid typed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.helpers.keys import back_to, focused, on_modal, press, type_text
from tests.helpers.sessions import session
from tests.helpers.windows import open_window
from valuejournal.core.calendar import Measure
from valuejournal.core.entities import Client, RateKind
from valuejournal.store.journal import Journal
from valuejournal.ui.widgets.year_grid import EMPTY, GAP_EVEN, GAP_VALUE, NO_FIGURE, level_colour

EVEN, GIVEN, VOLUME, UNPAID = (date(2026, 3, d) for d in (2, 3, 4, 5))


@pytest.fixture
def planted(journal_path: Path) -> Path:
    with Journal.open(journal_path, owner="Test") as journal:
        journal.save_client(Client("Brightline", rate_kind=RateKind.HOURLY, rate_minor=5000))
        for s in (
            session(EVEN, 4, value=5, client="Brightline", rate=50, lag=10, mood=3),
            session(GIVEN, 2, value=10, client="Brightline", rate=50, mood=5),
            session(VOLUME, 4, value=2, client="Volume Ltd", rate=100, mood=2),
            session(UNPAID, 3, value=8, mood=4),
            session(date(2026, 3, 6), 1, value=None, rate=50),
        ):
            journal.add_session(s)
    return journal_path


def sessions_in(path: Path) -> list:  # type: ignore[type-arg]
    with Journal.open(path) as journal:
        return journal.all_sessions()


def open_calendar(qtbot, path: Path):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, path)
    page = window.show_page("calendar")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.year_box.setValue(2025)  # away and back: the planted year is read
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.year_box.setValue(2026)
    return window, page


def test_days_coloured_by_value_minus_pay(qtbot, planted: Path) -> None:
    _window, page = open_calendar(qtbot, planted)
    grid = page.grid
    page.measure_box.setFocus()
    for _ in range(3):  # Value created -> Pay per hour -> Mood -> Value minus pay
        press(qtbot, Qt.Key.Key_Down)
    assert page.measure() is Measure.GAP
    assert grid.colour_of(EVEN) == GAP_EVEN  # paid what it was worth
    assert grid.colour_of(UNPAID) == GAP_VALUE  # value given, nothing paid: the blue end
    volume = grid.colour_of(VOLUME)
    assert volume.red() > 150 and volume.blue() < volume.red()  # pay above value: red
    given = grid.colour_of(GIVEN)
    assert given.blue() > given.red()
    assert grid.colour_of(date(2026, 3, 6)) == NO_FIGURE  # unrated: no gap to colour
    assert grid.colour_of(date(2026, 3, 9)) == EMPTY
    assert "8×" in page.legend.high.text() and "median day rate" in page.legend.explain.text()
    tip = grid.tooltip_for(VOLUME)
    assert "Value minus pay" in tip and "€400.00" in tip and "4 h" in tip
    page.set_measure(Measure.VALUE)
    assert grid.colour_of(GIVEN) == level_colour(1.0, Measure.VALUE)
    assert grid.colour_of(VOLUME) == level_colour(0.2, Measure.VALUE)


def test_arrows_move_the_day_enter_opens_it_and_a_session_can_be_edited(
    qtbot, planted: Path
) -> None:
    window, page = open_calendar(qtbot, planted)
    grid = page.grid
    grid.set_current(EVEN)
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    press(qtbot, Qt.Key.Key_Right)  # a week later
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Down)  # the next day
    assert grid.current == GIVEN
    press(qtbot, Qt.Key.Key_Return)
    assert page.day_sessions.rowCount() == 1
    assert page.day_sessions.item(0, 0).text() == "Brightline"
    assert "1 session" in page.day_title.text()
    page.day_sessions.setFocus()
    qtbot.waitUntil(page.day_sessions.hasFocus)
    seen: list[str] = []

    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        form = dialog.form
        seen.append(form.title.text() if hasattr(form, "title") else "")
        form.title.setFocus()
        form.title.selectAll()
        qtbot.keyClicks(form.title, "Workshop")
        qtbot.keyClick(form.title, Qt.Key.Key_Return)

    on_modal(qtbot, answer)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(seen))
    edited = next(s for s in sessions_in(planted) if s.day == GIVEN)
    assert edited.title == "Workshop"
    back_to(qtbot, window)
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        press(qtbot, Qt.Key.Key_PageUp)
    assert page.year_box.value() == 2025 and grid.current.year == 2025


def test_week_grid_typed_saves_sessions_in_one_undo_step(qtbot, planted: Path) -> None:
    window, page = open_calendar(qtbot, planted)
    before = len(sessions_in(planted))
    page.tabs.setCurrentIndex(1)
    week = page.week
    week.set_week(date(2026, 3, 11))  # a Wednesday: the grid shows its Monday
    assert week.monday == date(2026, 3, 9)
    week.first_field().setFocus()
    qtbot.waitUntil(lambda: focused() is week.first_field())
    type_text(qtbot, "Brightline")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Design")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "2")  # Monday
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)  # Tuesday left empty
    type_text(qtbot, "1:30")  # Wednesday
    for _ in range(5):  # Thursday … Sunday, then the next row's client
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is week.rows[1].client
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Admin")
    for _ in range(5):
        press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "abc")  # Friday: not hours
    press(qtbot, Qt.Key.Key_Return)
    assert "not a duration" in week.error.text() or "not hours" in week.error.text()
    assert len(sessions_in(planted)) == before  # nothing saved
    focused().selectAll()
    type_text(qtbot, "45m")
    press(qtbot, Qt.Key.Key_Return)
    added = [s for s in sessions_in(planted) if s.day >= date(2026, 3, 9)]
    got = sorted((s.day, s.minutes, s.client, s.title, s.value) for s in added)
    assert got == [
        (date(2026, 3, 9), 120, "Brightline", "Design", None),
        (date(2026, 3, 11), 90, "Brightline", "Design", None),
        (date(2026, 3, 13), 45, None, "Admin", None),
    ]
    design = next(s for s in added if s.minutes == 120)
    assert design.pay_minor == 10000  # Brightline's hourly rate of 50
    assert week.rows[0].cells[0].text() == ""  # cleared for the next week
    window.undo_action.trigger()
    assert len(sessions_in(planted)) == before
    window.redo_action.trigger()
    assert len(sessions_in(planted)) == before + 3


def test_the_year_in_the_dark_theme_does_not_glare(qtbot, planted: Path) -> None:
    """Days without work are dark greys, more value is brighter, today's frame is the text
    colour (it was #111111: invisible on the dark window)."""
    from PySide6.QtGui import QColor, QImage

    from valuejournal.ui.theme import apply_theme
    from valuejournal.ui.widgets.year_grid import DARK_EMPTY, DARK_NO_FIGURE

    _window, page = open_calendar(qtbot, planted)
    grid = page.grid
    apply_theme("dark")
    try:
        assert grid.colour_of(date(2026, 3, 9)) == DARK_EMPTY
        assert grid.colour_of(date(2026, 3, 6)) == DARK_NO_FIGURE  # unrated
        assert DARK_EMPTY.lightness() < 80
        low = level_colour(0.0, Measure.VALUE, dark=True)
        high = level_colour(1.0, Measure.VALUE, dark=True)
        assert low.lightness() < high.lightness()  # more is brighter
        grid.today = date(2026, 3, 9)
        grid.repaint()
        image = grid.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        rect = grid.cell_rect(date(2026, 3, 9))
        frame = QColor(image.pixel(rect.x() + 1, rect.center().y()))
        assert frame.lightness() > 180, frame.name()  # a light frame on the dark grid
    finally:
        apply_theme("light")
    assert grid.colour_of(date(2026, 3, 9)) == EMPTY
