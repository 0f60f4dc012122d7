"""First start and Settings (Ctrl+,): what the person types reaches the file and the journal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from valuejournal import paths, settings
from valuejournal.store.journal import Journal


def _when_modal(qtbot, act: Callable[[QWidget], None]) -> list[str]:
    """Run ``act`` on the next modal dialog (it blocks in exec()); returns errors seen."""
    errors: list[str] = []

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, step)
            return
        try:
            dialog.activateWindow()
            qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=10000)
            act(dialog)
        except Exception as exc:  # an assertion inside the dialog must not hang the test
            errors.append(repr(exc))
            dialog.close()

    QTimer.singleShot(0, step)
    return errors


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _key(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_first_start_asks_who_you_are(qtbot) -> None:
    from valuejournal.ui.app import build_window

    def fill(dialog: QWidget) -> None:
        assert QApplication.focusWidget() is dialog.form.name  # type: ignore[attr-defined]
        _type(qtbot, "Ana Gruen")
        _key(qtbot, Qt.Key.Key_Tab)
        _type(qtbot, "Gruen Design")
        _key(qtbot, Qt.Key.Key_Tab)
        _key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        _type(qtbot, "chf")
        _key(qtbot, Qt.Key.Key_Tab)
        _key(qtbot, Qt.Key.Key_Return)  # the default button: start empty

    errors = _when_modal(qtbot, fill)
    window = build_window(None)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.journal_loaded, timeout=30_000):
        pass
    assert errors == []
    prefs = settings.load()
    assert (prefs.name, prefs.business, prefs.currency) == ("Ana Gruen", "Gruen Design", "CHF")
    assert "name = Ana Gruen" in settings.settings_path().read_text(encoding="utf-8")
    window.close()
    with Journal.open(paths.default_journal(), create=False) as journal:
        info = journal.info()
    assert (info.owner, info.base_currency) == ("Ana Gruen", "CHF")


def test_first_start_refuses_a_currency_that_is_no_code(qtbot) -> None:
    from valuejournal.ui.first_start import FirstStartDialog

    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.currency.setFocus()
    dialog.form.currency.lineEdit().selectAll()
    qtbot.keyClicks(dialog.form.currency, "E")
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.choice is None
    assert "three-letter code" in dialog.error.text()
    assert not settings.exists()


def test_ctrl_comma_changes_the_name_and_the_thresholds(qtbot, main_window) -> None:
    def change(dialog: QWidget) -> None:
        name = dialog.person_form.name  # type: ignore[attr-defined]
        name.setFocus()
        _key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        _type(qtbot, "Sam Okafor")
        box = dialog.thresholds_form.boxes["min_hours_client"]  # type: ignore[attr-defined]
        box.setFocus()
        _key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        _type(qtbot, "40")
        _key(qtbot, Qt.Key.Key_Return)

    errors = _when_modal(qtbot, change)
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert errors == []
    assert main_window.context.journal.info().owner == "Sam Okafor"
    prefs = settings.load()
    assert prefs.name == "Sam Okafor"
    assert prefs.thresholds.min_hours_client == 40.0
    insights = main_window.show_page("insights")
    assert insights.thresholds.min_hours_client == 40.0


def test_cancel_changes_nothing(qtbot, main_window) -> None:
    def cancel(dialog: QWidget) -> None:
        dialog.person_form.name.setFocus()  # type: ignore[attr-defined]
        _type(qtbot, "Nobody")
        _key(qtbot, Qt.Key.Key_Escape)

    errors = _when_modal(qtbot, cancel)
    main_window.edit_settings()
    assert errors == []
    assert main_window.context.journal.info().owner == ""
    assert not settings.exists()


def test_timer_and_reminder_settings_are_typed_and_kept(qtbot, main_window) -> None:
    def change(dialog: QWidget) -> None:
        form = dialog.habits_form  # type: ignore[attr-defined]
        for box, typed in ((form.max_hours, "6"), (form.log_hour, "17"), (form.unpaid_days, "45")):
            box.setFocus()
            _key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            _type(qtbot, typed)
        for check in (form.log_today, form.unpaid):
            check.setFocus()
            _key(qtbot, Qt.Key.Key_Space)
        _key(qtbot, Qt.Key.Key_Return)

    settings.update(name="Sam Okafor")
    errors = _when_modal(qtbot, change)
    main_window.edit_settings()
    assert errors == []
    prefs = settings.load()
    assert (prefs.timer_max_hours, prefs.close_to_tray, prefs.name) == (6.0, False, "Sam Okafor")
    reminders = prefs.reminders
    assert (reminders.log_today, reminders.log_hour) == (True, 17)
    assert (reminders.unpaid, reminders.unpaid_days, reminders.to_rate) == (True, 45, False)
    assert main_window.desktop.reminders.book.settings == reminders  # applied at once


def test_the_dialog_fits_a_laptop_screen_in_every_language(qtbot) -> None:
    """1366×768 less the panel and the title bar: at most 700 px tall (it was 929 px in one
    column), and narrower than the screen, in English and in the longer es and fr texts."""
    from valuejournal.settings import Settings
    from valuejournal.ui.i18n import set_language
    from valuejournal.ui.widgets.settings_dialog import SettingsDialog

    try:
        for language in ("en", "es", "fr"):
            set_language(language)
            dialog = SettingsDialog(Settings())
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            hint = dialog.sizeHint()
            assert hint.height() <= 700 and dialog.height() <= 700, (language, hint)
            assert hint.width() <= 1300 and dialog.width() <= 1300, (language, hint)
            dialog.close()
    finally:
        set_language("en")


def test_no_label_of_the_dialog_shows_its_accelerator_mark(qtbot) -> None:
    """A label with an & names its field (Alt+letter goes there); one without a buddy drew
    the & itself: "Backup &folder:" (French: "Dossier des sa&uvegardes :")."""
    from PySide6.QtWidgets import QLabel

    from valuejournal.settings import Settings
    from valuejournal.ui.i18n import set_language
    from valuejournal.ui.widgets.settings_dialog import SettingsDialog

    try:
        for language in ("en", "fr"):
            set_language(language)
            dialog = SettingsDialog(Settings())
            qtbot.addWidget(dialog)
            marked = [lab for lab in dialog.findChildren(QLabel) if "&" in lab.text()]
            assert marked
            assert [lab.text() for lab in marked if lab.buddy() is None] == [], language
    finally:
        set_language("en")
