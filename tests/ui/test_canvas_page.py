"""The Canvas page as a person and a coach use it: words typed with real keys and read back
from the file, undo, the planted journal's evidence and its comparison, closing a quarter,
marking skills, and a coach's comment on a block travelling share -> review -> feedback ->
import."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from tests.helpers.canvas import write_planted
from tests.helpers.keys import on_modal, press, type_text
from tests.helpers.windows import open_review_window, open_window
from valuejournal.core import formats
from valuejournal.core.entities import CommentTarget, Session
from valuejournal.store.journal import Journal
from valuejournal.store.share import ShareOptions, write_share
from valuejournal.ui import dialogs
from valuejournal.ui.actions import comments as actions
from valuejournal.ui.dialogs import files


@pytest.fixture(autouse=True)
def _english() -> None:
    formats.set_locale("en_GB")


@pytest.fixture
def planted(tmp_path: Path) -> Path:
    return write_planted(tmp_path / "p.vjournal")


def stored(path: Path, quarter: str) -> dict[str, str]:
    with Journal.open(path) as journal:
        record = journal.get_canvas(quarter)
    return dict(record.texts) if record else {}


def canvas_on(qtbot: Any, window: Any, quarter: str) -> Any:
    page = window.show_page("canvas")
    page.quarter_box.setCurrentIndex(page.quarter_box.findData(quarter))
    qtbot.waitUntil(lambda: page.evidence is not None and page.evidence.quarter == quarter,
                    timeout=20_000)  # fmt: skip
    return page


def test_words_typed_in_two_blocks_are_saved_and_undone(qtbot: Any, planted: Path) -> None:
    window = open_window(qtbot, planted)
    page = canvas_on(qtbot, window, "2026-Q3")
    editor = page.blocks["customers"].editor
    editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)
    type_text(qtbot, "Cobalt came through Ana")
    assert page.dirty and stored(planted, "2026-Q3") == {}
    qtbot.waitUntil(lambda: not page.dirty, timeout=10_000)
    assert stored(planted, "2026-Q3") == {"customers": "Cobalt came through Ana"}
    assert page.state_label.text().startswith("Saved")
    press(qtbot, Qt.Key.Key_Tab)  # Tab leaves the editor (and saves at once)
    page.blocks["costs"].editor.setFocus()
    type_text(qtbot, "Too many *hours*")
    window.show_page("journal")  # leaving the page saves at once
    assert stored(planted, "2026-Q3") == {
        "customers": "Cobalt came through Ana", "costs": "Too many *hours*",
    }  # fmt: skip
    page = window.show_page("canvas")
    window.context.undo_stack.undo()
    assert stored(planted, "2026-Q3") == {"customers": "Cobalt came through Ana"}
    assert page.blocks["costs"].text() == ""
    window.context.undo_stack.undo()
    assert stored(planted, "2026-Q3") == {} and page.blocks["customers"].text() == ""
    window.context.undo_stack.redo()
    assert page.blocks["customers"].text() == "Cobalt came through Ana"
    window.close()
    assert stored(planted, "2026-Q3") == {"customers": "Cobalt came through Ana"}


def test_the_planted_quarter_shows_its_evidence_and_what_changed(qtbot: Any, planted: Path) -> None:
    window = open_window(qtbot, planted, size=(1280, 800))
    page = canvas_on(qtbot, window, "2026-Q3")
    customers = page.blocks["customers"].evidence.text()
    assert "Cobalt: 12 h (46 %), value 8.0, €1,200" in customers
    assert "Ana: 12 h" in page.blocks["partners"].evidence.text()
    assert "design: 3 h" in page.blocks["resources"].evidence.text()
    changes = page.changes_label.text()
    assert "Against 2026-Q2:" in changes
    assert "Customers · Brightline: 40 % of your hours in 2026-Q2, 12 % in 2026-Q3." in changes
    assert page._charts["customers"].isVisible()
    assert page.close_button.isEnabled()  # the quarter has ended
    window.close()


def test_closing_a_quarter_keeps_its_evidence_and_undo_reopens(qtbot: Any, planted: Path) -> None:
    window = open_window(qtbot, planted)
    page = canvas_on(qtbot, window, "2026-Q2")
    page.blocks["value"].editor.setFocus()
    type_text(qtbot, "Rebrand mattered")
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert page.close_button.text() == "Reopen quarter"
    assert page.blocks["value"].editor.isReadOnly()  # its words are kept too
    assert page.quarter_box.currentText() == "2026-Q2 · closed"
    with Journal.open(planted) as journal:
        kept = journal.get_canvas("2026-Q2")
    assert kept is not None and kept.closed and kept.texts == {"value": "Rebrand mattered"}
    assert kept.kept is not None and kept.kept.customers[0].name == "Brightline"
    window.context.add_session(Session(day=date(2026, 5, 5), minutes=1200, client="Dune", value=3))
    qtbot.wait(600)  # the page follows journal_changed
    qtbot.waitUntil(lambda: page.evidence is not None and page.kept, timeout=20_000)
    assert "Dune" not in page.blocks["customers"].evidence.text()
    assert page.blocks["value"].editor.toPlainText() == "Rebrand mattered"
    window.context.undo_stack.undo()  # the session
    window.context.undo_stack.undo()  # the close
    qtbot.waitUntil(lambda: not page.kept and page.evidence is not None, timeout=20_000)
    assert page.close_button.text() == "Close quarter"
    assert not page.blocks["value"].editor.isReadOnly()
    window.close()


def test_skills_are_ticked_in_their_dialog(qtbot: Any, planted: Path) -> None:
    window = open_window(qtbot, planted)
    page = canvas_on(qtbot, window, "2026-Q3")

    def tick_writing(dialog: Any) -> None:
        rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        assert "@Ana" not in rows and "writing" in rows
        dialog.list.setFocus()
        dialog.list.setCurrentRow(rows.index("writing"))
        qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    on_modal(qtbot, tick_writing)
    qtbot.mouseClick(page.skills_button, Qt.MouseButton.LeftButton)
    with Journal.open(planted) as journal:
        assert journal.skill_tags() == ["design", "typography", "writing"]
    qtbot.waitUntil(lambda: "writing: 12 h" in page.blocks["resources"].evidence.text(),
                    timeout=20_000)  # fmt: skip
    window.context.undo_stack.undo()
    with Journal.open(planted) as journal:
        assert journal.skill_tags() == ["design", "typography"]
    window.close()


def test_a_coach_comments_on_a_block_and_it_travels_back(
    qtbot: Any, planted: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        files, "ask_save_path", lambda _p, _t, default, _f, _j=(): tmp_path / default
    )
    told: list[str] = []
    monkeypatch.setattr(dialogs, "tell", lambda _p, _t, text: told.append(text))
    with Journal.open(planted) as journal:
        record = journal.new_canvas("2026-Q3")
        record.texts["customers"] = "Mostly Cobalt"
        journal.put_canvas(record)
        share = tmp_path / "q3.vjshare"
        write_share(journal, share, ShareOptions.for_quarter("2026-Q3"))
    window = open_review_window(qtbot, [share], "q3 (review, read-only)")
    assert window.show_page("canvas").quarter == "2026-Q3"  # the share's latest quarter
    page = canvas_on(qtbot, window, "2026-Q3")
    assert page.state_label.text() == "Read-only: the canvas as it was shared"
    block = page.blocks["customers"]
    assert block.editor.isReadOnly() and block.text() == "Mostly Cobalt"
    assert not page.close_button.isVisible() and not page.skills_button.isVisible()
    assert block.comment_editor.isVisible()
    block.comment_editor.setFocus()
    type_text(qtbot, "Cobalt is half your hours: a risk?")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)  # the focused "Add comment" button
    assert "Cobalt is half your hours" in block.comments.text()
    (shown,) = window.review.shares
    (comment,) = shown.store.list_comments()
    assert (comment.target, comment.section) == (CommentTarget.CANVAS, "customers")
    assert actions.save_feedback_file(window, shown, "Cora") is not None
    qtbot.waitUntil(lambda: len(list(tmp_path.glob("*.vjfeedback"))) == 1)  # off the GUI thread
    window.close()
    (feedback,) = tmp_path.glob("*.vjfeedback")
    mine = open_window(qtbot, planted)
    assert actions.import_feedback_file(mine, mine.context, feedback) == 1
    page = canvas_on(qtbot, mine, "2026-Q3")
    assert "Cobalt is half your hours: a risk?" in page.blocks["customers"].comments.text()
    assert page.blocks["customers"].comments.isVisible()
    assert not page.blocks["costs"].comments.isVisible()
    coach = mine.show_page("coach")
    assert any("Canvas 2026-Q3, “Customers”" in c.about.text() for c in coach.comments.cards)
    mine.close()


def test_the_page_fits_a_small_window(qtbot: Any, planted: Path) -> None:
    window = open_window(qtbot, planted, size=(900, 600))
    page = canvas_on(qtbot, window, "2026-Q3")
    assert page.width() <= 900 and page.height() <= 600
    assert window.minimumSizeHint().width() <= 900
    qtbot.waitUntil(lambda: page.blocks["customers"].visibleRegion().boundingRect().width()
                    >= page.blocks["customers"].width() - 1)  # fmt: skip
    scroll = page.findChild(QScrollArea)
    assert not scroll.horizontalScrollBar().isVisible()  # all five columns in view
    window.close()


def test_the_french_canvas_speaks_french(qtbot: Any, planted: Path) -> None:
    from valuejournal import settings
    from valuejournal.ui.i18n import set_language

    settings.update(language="fr", locale="fr_FR")  # the window's start reads both
    try:
        window = open_window(qtbot, planted, size=(1280, 800))
        page = canvas_on(qtbot, window, "2026-Q3")
        text = {key: block.evidence.text() for key, block in page.blocks.items()}
        assert "Cobalt : 12 h (46 %), valeur 8,0, 1\u202f200\xa0€" in text["customers"]
        assert "Monthly report : 10 h, valeur 4,0, 150,00\xa0€/h" in text["activities"]
        assert "writing : 96 heures-valeur, valeur 8,0" in text["value"]
        assert "Acme : vous recevez environ 1,2× ce que vous donnez" in text["relationships"]
        assert "recommandations : 1 séance" in text["channels"]
        assert "nouveaux clients : Ben, Cobalt" in text["channels"]
        assert "26 h de travail, 0 h sous tension" in text["costs"]
        assert "payé ou en attente" in text["revenue"]
        changes = page.changes_label.text()
        assert "Par rapport à 2026-Q2 :" in changes
        assert "Clients · Brightline : 40 % de vos heures en 2026-Q2, 12 % en 2026-Q3." in changes
        assert "Revenus et bénéfices · Cobalt : nouveau en 2026-Q3, 40 % de votre paie." in changes
        said = " ".join([*text.values(), changes])
        for english in ("value", "hours", "session", "paid", "new clients", "of your"):
            assert english not in said, english
        page = canvas_on(qtbot, window, "2026-Q2")  # work without a client: its group's name
        assert "Sans client : travail personnel : 4 h" in page.blocks["customers"].evidence.text()
        window.close()
    finally:
        set_language("en")
