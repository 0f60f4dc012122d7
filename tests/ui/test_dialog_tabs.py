"""Every dialog can be completed from the keyboard: Tab reaches each input and the default
button, and Tab in a text box moves on instead of typing a tab character."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from tests.helpers.keys import activate, press, tab_chain, type_text
from valuejournal.core.entities import Client, Session

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QPlainTextEdit, QTextEdit)


def inputs_of(dialog: QWidget) -> list[QWidget]:
    """What a person can type into or press: visible, enabled, reachable by Tab."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(dialog):
            continue
        if not widget.isEnabled() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
            continue  # the box's own line edit: the box is what takes the focus
        found.append(widget)
    return found


def default_button(dialog: QWidget) -> QPushButton:
    """The button Enter presses: the dialog box's accept button."""
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    (accept,) = [
        b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole
    ]
    return accept  # type: ignore[return-value]


def assert_tab_reaches_everything(qtbot, dialog: QWidget, start: QWidget) -> list[QWidget]:
    """Tab from ``start`` round the dialog: every input and the default button come up."""
    chain = tab_chain(qtbot, start)
    missing = [w for w in inputs_of(dialog) if w not in chain]
    assert not missing, f"Tab never reaches {missing}"
    assert default_button(dialog) in chain
    for box in dialog.findChildren(QPlainTextEdit) + dialog.findChildren(QTextEdit):
        if box.isVisibleTo(dialog) and not box.isReadOnly():
            assert box.tabChangesFocus(), f"Tab types into {box!r}"
    return chain


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: activate(dialog), timeout=10000)
    return dialog


def test_session_dialog(qtbot) -> None:
    from valuejournal.ui.dialogs.session_dialog import SessionDialog

    session = Session(day=date(2026, 11, 2), minutes=60, notes="Old note.")
    dialog = shown(qtbot, SessionDialog(session, ["Acme"]))
    assert_tab_reaches_everything(qtbot, dialog, dialog.form.day)
    dialog.form.notes.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(qtbot, "x")
    press(qtbot, Qt.Key.Key_Tab)
    assert "\t" not in dialog.form.notes.toPlainText()
    assert dialog.focusWidget() is dialog.form.private


def test_client_dialog(qtbot) -> None:
    from valuejournal.ui.pages.clients_page import ClientDialog

    dialog = shown(qtbot, ClientDialog(Client(name="Acme"), lambda before, after: None))
    chain = assert_tab_reaches_everything(qtbot, dialog, dialog.name)
    assert chain.index(dialog.notes) < chain.index(dialog.archived)


def test_thresholds_dialog(qtbot) -> None:
    from valuejournal.core.insights.thresholds import Thresholds
    from valuejournal.ui.widgets.thresholds_dialog import ThresholdsDialog

    dialog = shown(qtbot, ThresholdsDialog(Thresholds()))
    first = next(iter(dialog.form.boxes.values()))
    assert_tab_reaches_everything(qtbot, dialog, first)


def test_passphrase_dialog(qtbot) -> None:
    from valuejournal.ui.widgets.comment_dialogs import PassphraseDialog

    dialog = shown(qtbot, PassphraseDialog("share.vjshare"))
    assert_tab_reaches_everything(qtbot, dialog, dialog.secret)


def test_share_dialog(qtbot, journal) -> None:
    from valuejournal.ui.widgets.comment_dialogs import ShareDialog

    journal.add_session(Session(day=date(2026, 11, 2), minutes=60))
    dialog = shown(qtbot, ShareDialog(journal))
    dialog.encrypt.setChecked(True)
    assert_tab_reaches_everything(qtbot, dialog, dialog.everything)


@pytest.mark.parametrize("section", ["quarter", "dates"])
def test_share_dialog_every_choice(qtbot, journal, section) -> None:
    from valuejournal.ui.widgets.comment_dialogs import ShareDialog

    journal.add_session(Session(day=date(2026, 11, 2), minutes=60))
    dialog = shown(qtbot, ShareDialog(journal))
    (dialog.by_quarter if section == "quarter" else dialog.by_dates).setChecked(True)
    assert_tab_reaches_everything(qtbot, dialog, dialog.private)


def test_tab_leaves_every_text_box_of_every_page(qtbot, main_window) -> None:
    for key in ("journal", "insights", "clients", "reflections", "coach"):
        main_window.show_page(key)
    boxes = main_window.findChildren(QPlainTextEdit) + main_window.findChildren(QTextEdit)
    editable = [b for b in boxes if not b.isReadOnly()]
    assert editable  # the reflection editors at least
    assert [b for b in editable if not b.tabChangesFocus()] == []


def test_settings_dialog(qtbot) -> None:
    from valuejournal.settings import Settings
    from valuejournal.ui.widgets.settings_dialog import SettingsDialog

    dialog = shown(qtbot, SettingsDialog(Settings()))
    assert_tab_reaches_everything(qtbot, dialog, dialog.person_form.name)


def test_first_start_dialog(qtbot) -> None:
    from valuejournal.ui.first_start import FirstStartDialog

    dialog = shown(qtbot, FirstStartDialog())
    chain = assert_tab_reaches_everything(qtbot, dialog, dialog.form.name)
    assert dialog.demo_button in chain


def test_reflection_export_dialog(qtbot, tmp_path) -> None:
    from valuejournal.ui.widgets.reflection_export import ExportDialog

    dialog = shown(qtbot, ExportDialog(tmp_path / "2026-Q4.pdf"))
    first = dialog.findChildren(QLineEdit)[0]
    assert_tab_reaches_everything(qtbot, dialog, first)


def test_share_dialog_dates_are_typed(qtbot, journal) -> None:
    from valuejournal.ui.widgets.comment_dialogs import ShareDialog

    journal.add_session(Session(day=date(2026, 11, 2), minutes=60))
    journal.add_session(Session(day=date(2026, 11, 20), minutes=60))
    dialog = shown(qtbot, ShareDialog(journal))
    dialog.by_dates.setChecked(True)
    for field, typed in ((dialog.start, "2026-11-10"), (dialog.end, "2026-11-31")):
        field.setFocus(Qt.FocusReason.TabFocusReason)
        type_text(qtbot, typed)
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.request is None  # 31 November: no such day
    assert "no such day" in dialog.end.note.full_text() and dialog.end.note.isVisible()
    dialog.end.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(qtbot, "2026-11-30")
    dialog.accept()
    assert dialog.request is not None
    assert (dialog.request.options.start, dialog.request.options.end) == (
        date(2026, 11, 10), date(2026, 11, 30))  # fmt: skip
