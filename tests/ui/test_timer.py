"""The timer in the window: Ctrl+T starts it, Ctrl+T and the stop card's keys log it; a timer
started elsewhere shows within a second; a sleep is noticed; a doubtful run asks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from tests.helpers.keys import activate, on_modal
from tests.helpers.windows import open_window
from valuejournal.cli import main
from valuejournal.store.journal import Journal
from valuejournal.ui.stop_card import StopCard
from valuejournal.ui.timer_controller import TimerController


def _type_card(qtbot: Any, keys: str) -> None:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, StopCard)
        for key in keys:
            if key == "\n":
                qtbot.keyClick(dialog, Qt.Key.Key_Return)
            else:
                qtbot.keyClick(dialog, key)

    on_modal(qtbot, answer)


def _page(window: Any) -> Any:
    return window.pages["journal"]


def test_ctrl_t_starts_for_the_typed_client_and_the_card_logs_the_ratings(
    qtbot: Any, journal_path: Path
) -> None:
    window = open_window(qtbot, journal_path)
    qtbot.waitUntil(lambda: activate(window))
    page = _page(window)
    qtbot.keyClicks(page.entry.client.lineEdit(), "Acme")
    qtbot.keyClicks(page.entry.title, "Logo sketches")
    qtbot.keyClick(page.entry.title, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    with Journal.open(journal_path, create=False) as other:  # in the file at once
        running = other.running_timer()
    assert running is not None and (running.client, running.title) == ("Acme", "Logo sketches")
    qtbot.waitUntil(lambda: page.timer_bar.timer is not None)
    assert "Acme — Logo sketches" in page.timer_bar.label.text()
    _type_card(qtbot, "7432")  # value 7, mood 4, energy 3, stress 2: the last key saves
    qtbot.keyClick(page.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.timer_bar.timer is None)
    with Journal.open(journal_path, create=False) as other:
        assert other.running_timer() is None
        (session,) = other.all_sessions()
    assert (session.client, session.title) == ("Acme", "Logo sketches")
    assert (session.value, session.mood, session.energy, session.stress) == (7, 4, 3, 2)
    window.undo_action.trigger()  # undo: the session goes, the timer runs again
    qtbot.waitUntil(lambda: page.timer_bar.timer is not None)
    with Journal.open(journal_path, create=False) as other:
        assert other.count_sessions() == 0 and other.running_timer() == running


def test_a_timer_started_from_the_cli_shows_within_a_second_and_stops_in_the_window(
    qtbot: Any, journal_path: Path
) -> None:
    window = open_window(qtbot, journal_path)
    page = _page(window)
    assert page.timer_bar.timer is None
    assert main(["start", "--journal", str(journal_path), "--client", "Brightline"]) == 0
    qtbot.waitUntil(lambda: page.timer_bar.timer is not None, timeout=1500)
    assert "Brightline" in page.timer_bar.label.text()
    _type_card(qtbot, "T5\n")  # value 10, mood 5, then Enter saves (energy, stress empty)
    qtbot.mouseClick(page.timer_bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.timer_bar.timer is None)
    with Journal.open(journal_path, create=False) as other:
        (session,) = other.all_sessions()
    assert (session.client, session.value, session.mood, session.energy) == (
        "Brightline",
        10,
        5,
        None,
    )


def test_esc_on_the_card_keeps_the_timer_running(qtbot: Any, journal_path: Path) -> None:
    window = open_window(qtbot, journal_path)
    page = _page(window)
    assert main(["start", "--journal", str(journal_path)]) == 0
    qtbot.waitUntil(lambda: page.timer_bar.timer is not None, timeout=1500)
    on_modal(qtbot, lambda card: qtbot.keyClick(card, Qt.Key.Key_Escape))
    window.timer_action.trigger()
    with Journal.open(journal_path, create=False) as other:
        assert other.running_timer() is not None and other.count_sessions() == 0


class Clocks:
    """A monotonic and a wall clock the test moves; ``sleep`` moves only the wall one."""

    def __init__(self) -> None:
        self.mono = 1000.0
        self.wall = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

    def tick(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += timedelta(seconds=seconds)

    def sleep(self, seconds: float) -> None:
        self.wall += timedelta(seconds=seconds)


def test_a_sleep_is_seen_as_a_clock_jump_and_the_stop_offers_to_trim_it(
    qtbot: Any, journal_path: Path
) -> None:
    window = open_window(qtbot, journal_path)
    clocks = Clocks()
    controller = TimerController(
        window.context, window, wall=lambda: clocks.wall, mono=lambda: clocks.mono
    )
    controller.stop_watching()
    controller.start("Acme", "Report")
    clocks.tick(3600)
    controller.poll()  # an hour of work: no jump
    clocks.sleep(2 * 3600)  # the lid closed for two hours
    controller.poll()
    clocks.tick(1800)
    controller.poll()
    assert controller.timer is not None and len(controller.timer.idle) == 1
    asked: list[str] = []

    def trim(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        (button,) = [b for b in box.buttons() if "Trim" in b.text()]
        assert isinstance(button, QPushButton)
        button.click()
        _type_card(qtbot, "6\n")

    on_modal(qtbot, trim)
    stored = controller.stop()
    assert stored is not None
    assert "slept for 2:00:00" in asked[0]
    (session,) = stored
    assert session.duration_seconds == 5400 and session.value == 6  # 1 h + 30 min, no sleep
    with Journal.open(journal_path, create=False) as other:
        assert [s.duration_seconds for s in other.all_sessions()] == [5400]
