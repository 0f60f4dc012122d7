"""ui/widgets/drafts.py: what is typed in one page goes into the same page built again, as
typed; what the program wrote, a dialog the page opened and read-only fields are left alone."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from valuejournal.ui.widgets import drafts


class _Page(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.name, self.note, self.shown = QLineEdit(), QPlainTextEdit(), QLineEdit()
        self.shown.setText("set by the program")
        self.choice = QComboBox()
        self.choice.addItems(["one", "two", "three"])
        self.frozen = QLineEdit()
        self.frozen.setReadOnly(True)
        for widget in (self.name, self.note, self.shown, self.choice, self.frozen):
            layout.addWidget(widget)
        self.dialog = QDialog(self)  # a window of its own: not part of the page
        self.dialog_box = QComboBox(self.dialog)
        self.dialog_box.addItems(["a", "b"])


def test_typed_text_and_choices_go_into_the_new_page_as_typed(qtbot) -> None:
    old, new = _Page(), _Page()
    qtbot.addWidget(old)
    qtbot.addWidget(new)
    qtbot.keyClicks(old.name, "Ana")
    qtbot.keyClicks(old.note, "Two lines of notes")
    old.choice.setCurrentIndex(2)
    old.dialog_box.setCurrentIndex(1)
    edited: list[str] = []
    new.name.textEdited.connect(edited.append)
    draft = drafts.take(old)
    drafts.restore(new, draft)
    assert new.name.text() == "Ana" and new.name.isModified() and edited == ["Ana"]
    assert new.note.toPlainText() == "Two lines of notes"
    assert new.choice.currentIndex() == 2
    assert new.shown.text() == "set by the program" and not new.shown.isModified()
    assert new.dialog_box.currentIndex() == 0  # the dialog is not the page's
    assert not drafts.take(_Page())  # nothing typed: an empty draft


def test_a_page_built_differently_takes_what_fits(qtbot) -> None:
    old = _Page()
    qtbot.addWidget(old)
    qtbot.keyClicks(old.name, "Ana")
    qtbot.keyClicks(old.note, "kept")
    other = QWidget()
    qtbot.addWidget(other)
    edit = QLineEdit()
    QVBoxLayout(other).addWidget(edit)
    drafts.restore(other, drafts.take(old))  # no text editor there: nothing breaks
    assert edit.text() == "Ana"
