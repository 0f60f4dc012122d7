"""The weekly review in the window: Ctrl+Shift+W typed, answers kept and shown beside the
quarter's reflection, in the PDF's appendix, and the review on the first start of a week."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.helpers.keys import back_to, on_modal
from tests.helpers.sessions import session
from tests.helpers.windows import LOAD_TIMEOUT, open_window
from tests.report.pdfs import page_texts
from valuejournal.core.periods import quarter_of
from valuejournal.core.weekly_review import last_week, week_label
from valuejournal.report.export import export_report
from valuejournal.report.render import RenderOptions
from valuejournal.store.journal import Journal
from valuejournal.ui.widgets.reflection_export import ExportDialog

MONDAY, _SUNDAY = last_week(date.today())
WEEK = week_label(MONDAY)


@pytest.fixture
def planted(journal_path: Path) -> Path:
    """Last week: 11 h for Brightline at value 3, 3 h of unpaid value-9 work for Commons."""
    with Journal.open(journal_path, owner="Ana") as journal:
        for i in range(4):
            journal.add_session(session(MONDAY + timedelta(days=i), 2.75, value=3,
                                        client="Brightline", rate=90, mood=4))  # fmt: skip
        journal.add_session(session(MONDAY + timedelta(days=1), 3, value=9, client="Commons"))
    return journal_path


def stored(path: Path):  # type: ignore[no-untyped-def]
    with Journal.open(path) as journal:
        return journal.weekly_review(WEEK)


def test_typed_answers_are_kept_shown_in_reflections_and_the_pdf(
    qtbot, planted: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, planted)
    seen: dict[str, object] = {}

    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        seen["prompts"] = dialog.review.prompts
        focus = dialog.focusWidget()
        qtbot.keyClicks(focus, "Fewer meetings, longer blocks")
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.focusWidget(), "Send Commons a proposal")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    on_modal(qtbot, answer)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_W, ctrl_shift)
    qtbot.waitUntil(lambda: stored(planted) is not None, timeout=LOAD_TIMEOUT)
    prompts = seen["prompts"]
    assert prompts[0] == "You spent 11 h for Brightline at value 3: what would change that?"  # type: ignore[index]
    assert "Commons" in prompts[1]  # type: ignore[index]
    review = stored(planted)
    assert review.answers[:2] == ("Fewer meetings, longer blocks", "Send Commons a proposal")
    assert not review.dismissed and review.prompts == prompts
    back_to(qtbot, window)
    page = window.show_page("reflections")
    page.load_quarter(quarter_of(MONDAY))
    text = page.weekly.text.text()
    assert "Fewer meetings, longer blocks" in text and "at value 3: what would change" in text
    out = tmp_path / "q.pdf"
    with Journal.open(planted) as journal:
        export_report(journal, quarter_of(MONDAY), out, options=RenderOptions(locale="en_GB"),
                      include_weekly=True)  # fmt: skip
    pages = page_texts(out)
    appendix = pages[-1]
    assert "Appendix: weekly reviews" in appendix
    assert "Fewer meetings, longer blocks" in appendix and "Send Commons a proposal" in appendix
    assert "what would change that?" in appendix
    plain = tmp_path / "plain.pdf"
    with Journal.open(planted) as journal:
        export_report(journal, quarter_of(MONDAY), plain, options=RenderOptions(locale="en_GB"))
    assert not any("Fewer meetings" in p for p in page_texts(plain))


def test_the_export_dialog_asks_for_the_appendix(qtbot, tmp_path: Path) -> None:
    dialog = ExportDialog(tmp_path / "r.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.choice().include_weekly
    dialog.weekly.setFocus()
    qtbot.waitUntil(dialog.weekly.hasFocus)
    qtbot.keyClick(dialog.weekly, Qt.Key.Key_Space)
    assert dialog.choice().include_weekly


def test_first_start_of_the_week_opens_it_once_dismissed_it_stays_closed(
    qtbot, planted: Path
) -> None:
    from valuejournal.ui.app import build_window

    dismissed = _escape_the_next_dialog(qtbot)
    window = build_window(planted, ask_first_start=True)  # as the app starts
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: stored(planted) is not None, timeout=LOAD_TIMEOUT)
    assert dismissed and stored(planted).dismissed
    window.close()
    again = build_window(planted, ask_first_start=True)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: "journal" in again.pages, timeout=LOAD_TIMEOUT)
    qtbot.wait(2500)  # past the moment the review would open
    assert QApplication.activeModalWidget() is None
    assert stored(planted).dismissed


def test_an_ampersand_in_a_prompt_is_drawn_as_itself(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The prompts' labels have buddies (Alt+1…), which read '&' as a shortcut mark: a client
    'Hofmann & Berg' was drawn 'Hofmann _Berg'. The label must look like the plain text."""
    from dataclasses import replace

    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QLabel, QLineEdit

    from valuejournal.core.weekly_review import build_review
    from valuejournal.ui.dialogs.weekly_review import WeeklyReviewDialog

    today = MONDAY + timedelta(days=7)
    review = build_review([session(MONDAY, 2, client="Hofmann & Berg")], today=today)
    prompt = "You spent 2 h for Hofmann & Berg: what would change that?"
    dialog = WeeklyReviewDialog(replace(review, prompts=(prompt,)), None)
    qtbot.addWidget(dialog)
    label = next(w for w in dialog.findChildren(QLabel) if w.buddy() is not None)
    shown = QLabel(label.text())  # the dialog's text, with a buddy as there
    buddy = QLineEdit()
    shown.setBuddy(buddy)
    plain = QLabel(f"<b>1.</b> {prompt.replace('&', '&amp;')}")  # no buddy: no shortcut marks
    for widget in (shown, buddy, plain):
        qtbot.addWidget(widget)
    for widget in (shown, plain):
        widget.adjustSize()
    fmt = QImage.Format.Format_RGB32
    assert shown.grab().toImage().convertToFormat(fmt) == plain.grab().toImage().convertToFormat(
        fmt
    )


def _escape_the_next_dialog(qtbot) -> list[bool]:  # type: ignore[no-untyped-def]
    """Answer the next modal dialog (the review) with Escape; the list says it came."""
    dismissed: list[bool] = []

    def dismiss(dialog) -> None:  # type: ignore[no-untyped-def]
        dismissed.append(True)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)

    on_modal(qtbot, dismiss, timeout=LOAD_TIMEOUT)
    return dismissed


def _no_review_opens(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Past the moment the review would open, no dialog opened (one that did is closed)."""
    opened: list[str] = []
    on_modal(qtbot, lambda dialog: opened.append(type(dialog).__name__), timeout=3500)
    qtbot.wait(3000)
    assert opened == [] and QApplication.activeModalWidget() is None


def test_a_journal_begun_this_week_is_not_asked_about_last_week(qtbot, journal_path: Path) -> None:
    from valuejournal.ui.app import build_window

    today = date.today()
    with Journal.open(journal_path, owner="Ana") as journal:  # created today, worked today
        journal.add_session(session(today, 2, value=7, client="Brightline"))
    window = build_window(journal_path, ask_first_start=True)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "journal" in window.pages, timeout=LOAD_TIMEOUT)
    _no_review_opens(qtbot, window)
    assert stored(journal_path) is None


def test_no_review_in_the_start_that_follows_a_restore(qtbot, planted: Path) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from tests.helpers.keys import activate, on_next_modal
    from valuejournal.store import backups
    from valuejournal.ui.app import build_window
    from valuejournal.ui.dialogs.backups_dialog import BackupsDialog

    backups.backup_now(planted, "manual")  # last week's review neither answered nor dismissed
    dismissed = _escape_the_next_dialog(qtbot)
    window = build_window(planted, ask_first_start=True)  # a normal journal: the review opens
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: stored(planted) is not None, timeout=LOAD_TIMEOUT)
    assert dismissed == [True]
    qtbot.waitUntil(lambda: len(backups.list_backups(planted)) == 2, timeout=10000)
    qtbot.waitUntil(lambda: activate(window), timeout=10000)

    def confirm(box: QMessageBox) -> None:
        (restore,) = [b for b in box.buttons() if b.text() == "Restore"]
        qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)

    def in_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, BackupsDialog)
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10000)
        assert dialog.table.item(1, 1).text() == "backed up by you"
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)  # the manual one, below today's daily
        on_next_modal(qtbot, QMessageBox, confirm, 10000)
        qtbot.keyClick(dialog.table, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)

    on_modal(qtbot, in_dialog)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    qtbot.waitUntil(
        lambda: "Restored the backup" in window.statusBar().currentMessage(), timeout=20000
    )
    assert stored(planted) is None  # the restored journal: last week is due again...
    _no_review_opens(qtbot, window)  # ...but the person came to restore
    assert stored(planted) is None


def test_after_a_restore_on_the_command_line_the_next_start_skips_it_once(
    qtbot, planted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from valuejournal.cli import main
    from valuejournal.store import backups
    from valuejournal.ui.app import build_window

    old = backups.backup_now(planted, "manual")
    assert main(["restore", str(old), "--journal", str(planted)]) == 0
    capsys.readouterr()
    window = build_window(planted, ask_first_start=True)  # the start that follows the restore
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "journal" in window.pages, timeout=LOAD_TIMEOUT)
    _no_review_opens(qtbot, window)
    window.close()
    dismissed = _escape_the_next_dialog(qtbot)
    again = build_window(planted, ask_first_start=True)  # the one after: a normal start
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: stored(planted) is not None, timeout=LOAD_TIMEOUT)
    assert dismissed == [True] and stored(planted).dismissed
