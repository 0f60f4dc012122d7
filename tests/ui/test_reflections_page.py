"""The Reflections page used as a person would: typing, autosave, closing, comments, export."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from tests.helpers.keys import activate
from tests.helpers.windows import open_window
from tests.report.pdfs import page_texts
from valuejournal.core.entities import Comment, CommentTarget
from valuejournal.core.periods import quarter_of
from valuejournal.store.journal import Journal
from valuejournal.ui.widgets import reflection_export
from valuejournal.ui.widgets.reflection_export import ExportChoice


def stored(path: Path, quarter: str) -> dict[str, str]:
    with Journal.open(path) as journal:
        reflection = journal.get_reflection(quarter)
    return dict(reflection.sections) if reflection else {}


def open_page(window):
    return window.show_page("reflections")


@pytest.fixture
def demo_window(qtbot, demo_path: Path) -> Iterator[object]:
    """The real window on a copy of the demo journal, on the Reflections page at 2026-Q2."""
    window = open_window(qtbot, demo_path)
    yield window
    window.close()


def test_opens_on_the_current_quarter_with_its_prompts(main_window) -> None:
    page = open_page(main_window)
    assert page.quarter == quarter_of(date.today())
    assert page.quarter_box.currentData() == page.quarter
    assert set(page.sections) == {"created", "captured", "scales", "change", "notes"}
    assert "and for whom" in page.sections["created"].prompt.text()
    assert page.state_label.text() == "Not written yet"


def test_typing_is_saved_after_a_pause(qtbot, main_window, journal_path: Path) -> None:
    page = open_page(main_window)
    qtbot.keyClicks(page.sections["created"].editor, "Mentored two **juniors**")
    assert page.dirty and stored(journal_path, page.quarter) == {}
    qtbot.waitUntil(lambda: not page.dirty, timeout=10000)
    assert stored(journal_path, page.quarter) == {"created": "Mentored two **juniors**"}
    assert page.state_label.text().startswith("Saved")


def test_closing_the_window_mid_typing_keeps_every_letter(
    qtbot,
    main_window,
    journal_path: Path,
) -> None:
    page = open_page(main_window)
    quarter = page.quarter
    editor = page.sections["notes"].editor
    qtbot.keyClicks(editor, "Wrote this at the")
    editor.insertPlainText(" café, naïvely")  # QTest types ASCII only; this is the input method
    assert page.dirty  # the autosave timer has not fired yet
    main_window.close()
    assert stored(journal_path, quarter) == {"notes": "Wrote this at the café, naïvely"}


def test_leaving_the_page_saves_at_once(qtbot, main_window, journal_path: Path) -> None:
    page = open_page(main_window)
    qtbot.keyClicks(page.sections["change"].editor, "Raise rates")
    main_window.show_page("journal")
    assert not page.dirty
    assert stored(journal_path, page.quarter) == {"change": "Raise rates"}


def test_switching_quarters_saves_and_loads(qtbot, demo_window, demo_path: Path) -> None:
    page = open_page(demo_window)
    page.quarter_box.setCurrentIndex(page.quarter_box.findData("2026-Q2"))
    assert page.quarter == "2026-Q2"
    assert "café" in page.sections["notes"].text()
    qtbot.keyClicks(page.sections["change"].editor, " Say no to rush jobs.")
    page.quarter_box.setCurrentIndex(page.quarter_box.findData("2026-Q1"))
    assert stored(demo_path, "2026-Q2")["change"].endswith("Say no to rush jobs.")
    assert "café" in page.sections["notes"].text()  # Q1 has its own reflection


def test_figures_of_the_quarter_beside_the_text(qtbot, demo_window) -> None:
    page = open_page(demo_window)
    page.load_quarter("2026-Q3")
    qtbot.waitUntil(
        lambda: page.figures.data is not None and page.figures.data.quarter == "2026-Q3"
    )
    assert page.figures.heading.text() == "2026-Q3 at a glance"
    assert "High value, no pay" in page.figures.spans.text()
    assert page.figures.data.figures.totals.sessions > 100


def test_a_coach_comment_sits_beside_its_section(qtbot, demo_path: Path) -> None:
    with Journal.open(demo_path) as journal:
        reflection = journal.get_reflection("2026-Q2")
        assert reflection is not None
        journal.add_comments(
            [
                Comment(
                    CommentTarget.REFLECTION,
                    "Put a number on the deposit.",
                    "Maya",
                    target_uuid=reflection.uuid,
                    section="change",
                )
            ]  # fmt: skip
        )
    window = open_window(qtbot, demo_path)
    page = open_page(window)
    page.load_quarter("2026-Q2")
    change = page.sections["change"]
    assert not change.comments.isHidden()
    assert "Put a number on the deposit." in change.comment_label.text()
    assert "Maya" in change.comment_label.text()
    assert page.sections["created"].comments.isHidden()
    window.close()


def test_preview_shows_the_formatting(qtbot, main_window) -> None:
    page = open_page(main_window)
    qtbot.keyClicks(page.sections["created"].editor, "A **bold** move")
    page.preview_button.setChecked(True)
    section = page.sections["created"]
    assert section.editor.isHidden() and not section.preview.isHidden()
    assert section.preview.toPlainText().strip() == "A bold move"
    assert "font-weight" in section.preview.toHtml()


def test_export_writes_the_pdf_in_the_background_and_opens_it(
    qtbot,
    demo_window,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "out" / "Reflection 2026-Q2.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(
        reflection_export.ExportDialog, "ask", classmethod(lambda *_a: ExportChoice(target))
    )
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    page = open_page(demo_window)
    page.load_quarter("2026-Q2")
    with qtbot.waitSignal(page.exporter.finished, timeout=60_000) as done:
        page.export_button.click()
        assert not page.export_button.isEnabled()
    assert done.args == [target]
    assert opened == [QUrl.fromLocalFile(str(target))]
    assert page.export_button.isEnabled() and page.exporter.progress.isHidden()
    pages = page_texts(target)
    assert "2026-Q2" in pages[0] and any("naïve" in p for p in pages)


def test_a_failed_export_says_why(qtbot, main_window, tmp_path, monkeypatch) -> None:
    target = tmp_path / "missing" / "r.pdf"
    monkeypatch.setattr(
        reflection_export.ExportDialog, "ask", classmethod(lambda *_a: ExportChoice(target))
    )
    errors: list[str] = []
    monkeypatch.setattr(
        reflection_export.dialogs, "show_error", lambda _p, _t, text: errors.append(text)
    )
    page = open_page(main_window)
    with qtbot.waitSignal(page.exporter.finished, timeout=60_000):
        page.export_button.click()
    assert errors and "does not exist" in errors[0]
    assert page.export_button.isEnabled()


def test_a_journal_under_review_cannot_be_edited(main_window) -> None:
    page = open_page(main_window)
    page.set_read_only(True)
    assert all(s.editor.isReadOnly() for s in page.sections.values())


def test_a_comment_added_while_the_page_is_open_appears(qtbot, demo_window) -> None:

    page = open_page(demo_window)
    page.load_quarter("2026-Q2")
    scales = page.sections["scales"]
    assert scales.comments.isHidden()
    reflection = demo_window.context.journal.get_reflection("2026-Q2")
    comment = Comment(CommentTarget.REFLECTION, "Which client first?", "Maya",
                      target_uuid=reflection.uuid, section="scales")  # fmt: skip
    demo_window.context.add_comments([comment])  # comments_changed: the page re-reads
    assert not scales.comments.isHidden()
    assert "Which client first?" in scales.comment_label.text()


@pytest.fixture
def section(qtbot):
    from valuejournal.ui.widgets.reflection_section import ReflectionSectionEditor

    widget = ReflectionSectionEditor("created", "Value created")
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: activate(widget), timeout=10000)
    widget.editor.setFocus()
    return widget


def test_ctrl_b_again_steps_over_the_closing_mark(qtbot, section) -> None:
    editor, ctrl = section.editor, Qt.KeyboardModifier.ControlModifier
    qtbot.keyClicks(editor, "A ")
    qtbot.keyClick(editor, Qt.Key.Key_B, ctrl)
    qtbot.keyClicks(editor, "bold")
    qtbot.keyClick(editor, Qt.Key.Key_B, ctrl)
    qtbot.keyClicks(editor, " and ")
    qtbot.keyClick(editor, Qt.Key.Key_I, ctrl)
    qtbot.keyClicks(editor, "quiet")
    qtbot.keyClick(editor, Qt.Key.Key_I, ctrl)
    qtbot.keyClicks(editor, " move")
    assert section.text() == "A **bold** and *quiet* move"
    for _ in range(4):
        qtbot.keyClick(editor, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(editor, Qt.Key.Key_B, ctrl)  # a selection is wrapped
    assert section.text() == "A **bold** and *quiet* **move**"
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClick(editor, Qt.Key.Key_B, ctrl)  # nothing open here: a new pair
    qtbot.keyClick(editor, Qt.Key.Key_B, ctrl)  # and out of it again
    qtbot.keyClicks(editor, "!")
    assert section.text() == "A **bold** and *quiet* **move******!"


def test_ctrl_i_is_italic_in_the_window(qtbot, main_window, journal_path: Path) -> None:
    """Ctrl+I was File → Import too: the ambiguous key did nothing in the editor (File →
    Import is Ctrl+Shift+I now, typed in tests/ui/test_import_dialog.py)."""
    page = open_page(main_window)
    qtbot.waitUntil(lambda: activate(main_window), timeout=10000)
    editor, ctrl = page.sections["created"].editor, Qt.KeyboardModifier.ControlModifier
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "A ")
    qtbot.keyClick(editor, Qt.Key.Key_I, ctrl)
    qtbot.keyClicks(editor, "quiet")
    qtbot.keyClick(editor, Qt.Key.Key_I, ctrl)
    qtbot.keyClicks(editor, " win")
    qtbot.waitUntil(lambda: not page.dirty, timeout=10000)
    assert stored(journal_path, page.quarter) == {"created": "A *quiet* win"}
