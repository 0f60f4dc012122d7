"""The window's desktop companions: the tray menu, reminders as a banner (no tray offscreen),
one instance per journal, close to tray off by default."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.helpers.windows import open_window
from valuejournal import settings
from valuejournal.cli import main
from valuejournal.core.entities import Giving, PayStatus, Session
from valuejournal.core.reminders import ReminderKind, ReminderSettings
from valuejournal.store.journal import Journal
from valuejournal.ui.reminder_center import ReminderCenter
from valuejournal.ui.single_instance import InstanceServer, ask_running, server_name


def test_the_tray_menu_shows_the_timer_and_today_and_starts_and_stops(
    qtbot: Any, journal_path: Path
) -> None:
    with Journal.open(journal_path) as journal:
        journal.add_session(Session(day=date.today(), minutes=90, value=5))
    window = open_window(qtbot, journal_path)
    tray = window.desktop.tray
    assert tray.today_action.text() == "Today: 1.50 h"
    assert tray.status_action.text() == "No timer running"
    tray.toggle_action.trigger()  # Start timer
    qtbot.waitUntil(lambda: window.pages["journal"].timer_bar.timer is not None)
    assert tray.toggle_action.text() == "Stop timer…"
    assert tray.status_action.text().startswith("● 0:00:0")
    with Journal.open(journal_path, create=False) as other:
        assert other.running_timer() is not None
    texts = [a.text() for a in tray.menu.actions() if a.text()]
    assert texts[2:] == ["Stop timer…", "Quick add…", "Open Value Journal", "Snooze reminders",
                         "Quit"]  # fmt: skip


def test_closing_the_window_quits_unless_asked_and_there_is_a_tray(
    qtbot: Any, journal_path: Path
) -> None:
    window = open_window(qtbot, journal_path)
    assert settings.load().close_to_tray is False
    assert not window.desktop.keeps_running_on_close()
    settings.update(close_to_tray=True)
    assert not window.desktop.keeps_running_on_close()  # offscreen: no tray to stay in


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_a_reminder_shows_as_a_banner_once_and_snooze_brings_it_back(
    qtbot: Any, journal_path: Path
) -> None:
    today = date.today()
    with Journal.open(journal_path) as journal:
        journal.add_session(
            Session(day=today - timedelta(days=45), minutes=60, value=6, pay_minor=120000,
                    status=PayStatus.PENDING)
        )  # fmt: skip
        journal.add_session(Session(day=today - timedelta(days=1), minutes=60))
    window = open_window(qtbot, journal_path)
    desktop = window.desktop
    clock = Clock(datetime.combine(today, datetime.min.time()).replace(hour=19))
    reminders = ReminderSettings(log_today=True, log_hour=18, unpaid=True, unpaid_days=30)
    center = ReminderCenter(window.context, reminders, desktop, clock=clock)
    center.due.connect(desktop.show_reminders)
    desktop.reminders = center
    kinds = [r.kind for r in center.check()]
    assert kinds == [ReminderKind.LOG_TODAY, ReminderKind.UNPAID]
    banner = desktop.banner
    assert (
        banner.isVisible()
        and banner.label.text() == "Nothing logged today yet. How did the day go?"
    )
    assert center.check() == []  # at most one of each kind a day
    qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)  # the next one waits
    assert banner.isVisible() and "€1,200.00 has waited more than 30 days" in banner.label.text()
    qtbot.mouseClick(banner.snooze_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    clock.now += timedelta(minutes=61)
    assert [r.kind for r in center.check()] == [ReminderKind.UNPAID]  # the snoozed one
    assert banner.isVisible()
    qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()


def test_log_today_is_quiet_on_a_day_with_a_session_and_its_action_opens_the_entry(
    qtbot: Any, journal_path: Path
) -> None:
    window = open_window(qtbot, journal_path)
    desktop = window.desktop
    clock = Clock(datetime.combine(date.today(), datetime.min.time()).replace(hour=18, minute=1))
    center = ReminderCenter(window.context, ReminderSettings(log_today=True), desktop, clock=clock)
    center.due.connect(desktop.show_reminders)
    assert [r.kind for r in center.check()] == [ReminderKind.LOG_TODAY]
    qtbot.mouseClick(desktop.banner.action_button, Qt.MouseButton.LeftButton)
    assert window.pages["journal"].entry.hours.hasFocus() or not window.isActiveWindow()
    assert main(["add", "--journal", str(journal_path), "--date", date.today().isoformat(),
                 "--hours", "1", "--value", "5"]) == 0  # fmt: skip
    clock.now = clock.now + timedelta(days=1)
    again = ReminderCenter(window.context, ReminderSettings(log_today=True), desktop, clock=clock)
    assert [r.kind for r in again.check()] == [ReminderKind.LOG_TODAY]  # the next day: empty
    clock.now = clock.now - timedelta(days=1)
    quiet = ReminderCenter(
        window.context, ReminderSettings(log_today=True), desktop, clock=Clock(clock.now)
    )
    quiet.book.state = type(quiet.book.state)()  # nothing shown yet that day
    assert quiet.check() == []  # that day has a session now


def test_a_second_launch_reaches_the_window_that_has_the_journal(
    qtbot: Any, tmp_path: Path
) -> None:
    journal = tmp_path / "a.vjournal"
    other = tmp_path / "b.vjournal"
    assert server_name(journal) != server_name(other)
    assert server_name(journal) == server_name(tmp_path / "." / "a.vjournal")
    assert not ask_running(journal, 200)
    server = InstanceServer()
    assert server.listen(journal)
    with qtbot.waitSignal(server.raise_requested, timeout=5000):
        assert ask_running(journal)
    assert not ask_running(other, 200)
    server.close()
    assert not ask_running(journal, 200)


def test_log_today_fires_once_at_its_hour_on_a_fake_clock_and_not_after_a_session(
    qtbot: Any, journal_path: Path
) -> None:
    """Through the window's ReminderCenter: quiet before 18:00, once at 18:00 (the banner),
    not again that day; the next day a session typed with `valuejournal add` keeps it quiet;
    pro-bono money waiting never asks to be paid."""
    today = date.today()
    with Journal.open(journal_path) as journal:
        journal.add_session(
            Session(day=today - timedelta(days=45), minutes=60, value=6, pay_minor=80000,
                    status=PayStatus.PENDING, giving=Giving.PRO_BONO)
        )  # fmt: skip
    window = open_window(qtbot, journal_path)
    desktop = window.desktop
    clock = Clock(datetime.combine(today, datetime.min.time()).replace(hour=17, minute=59))
    wanted = ReminderSettings(log_today=True, log_hour=18, unpaid=True, unpaid_days=30)
    center = ReminderCenter(window.context, wanted, desktop, clock=clock)
    center.due.connect(desktop.show_reminders)
    assert center.check() == [] and not desktop.banner.isVisible()
    clock.now += timedelta(minutes=1)  # 18:00
    assert [r.kind for r in center.check()] == [ReminderKind.LOG_TODAY]  # no UNPAID: a gift
    assert desktop.banner.isVisible()
    clock.now += timedelta(hours=2)
    assert center.check() == []  # once a day
    qtbot.mouseClick(desktop.banner.dismiss_button, Qt.MouseButton.LeftButton)
    tomorrow = today + timedelta(days=1)
    assert main(["add", "--journal", str(journal_path), "--date", tomorrow.isoformat(),
                 "--hours", "2", "--value", "6"]) == 0  # fmt: skip
    clock.now = datetime.combine(tomorrow, datetime.min.time()).replace(hour=18, minute=30)
    assert center.check() == []  # that day has a session
    assert not desktop.banner.isVisible()
