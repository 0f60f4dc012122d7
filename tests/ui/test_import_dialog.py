"""The import dialog used as a person would: preview, mapping, confirm, cancel, drop a file."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence

from tests.helpers.keys import activate
from valuejournal.core.entities import PayStatus, Session
from valuejournal.interop import read_csv
from valuejournal.store import bulk
from valuejournal.store.errors import JournalError
from valuejournal.ui.actions import imports as import_actions
from valuejournal.ui.import_dialog import ImportDialog, ImportResult
from valuejournal.ui.rating import RatingDialog
from valuejournal.ui.widgets.import_pages import MAPPING

FIXTURES = Path(__file__).parents[1] / "interop" / "fixtures"
TOGGL = FIXTURES / "toggl_detailed.csv"
ALL_FIXTURES = sorted(p.name for p in FIXTURES.glob("*.csv"))


def open_dialog(qtbot, window, path: Path, until: str = "preview") -> ImportDialog:
    dialog = ImportDialog(window.context, path, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state == until, timeout=10_000)
    return dialog


def stored(window) -> list[Session]:
    return window.context.journal.all_sessions()


def confirm(qtbot, dialog: ImportDialog) -> None:
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state in ("done", "error"), timeout=10_000)


def cells(dialog: ImportDialog, row: int) -> list[str]:
    table = dialog.preview.table
    return [table.item(row, c).text() for c in range(table.columnCount())]


def counts(dialog: ImportDialog) -> tuple[str, str, str]:
    p = dialog.preview
    return tuple(  # type: ignore[return-value]
        label.text().split("</span>")[0].rsplit(">", 1)[1]
        for label in (p.new_count, p.present_count, p.rejected_count)
    )


def test_preview_shows_format_counts_rows_and_rejections(qtbot, main_window) -> None:
    dialog = open_dialog(qtbot, main_window, TOGGL)
    assert dialog.preview.format.currentData() == "toggl"
    assert counts(dialog) == ("5", "0", "1")
    assert dialog.preview.table.rowCount() == 5
    assert cells(dialog, 0) == [
        "02/03/2026", "1.50", "Acme Corp · Website", "Homepage layout", "US$150.00", "pending"
    ]  # fmt: skip
    rejected = dialog.preview.rejected
    assert [rejected.item(r, 0).text() for r in range(rejected.rowCount())] == ["10"]
    assert "2026-02-30" in rejected.item(0, 1).text()
    assert dialog.import_button.text() == "Import 5 sessions"
    assert dialog.import_button.isEnabled()
    assert stored(main_window) == []  # nothing is written before the person confirms


@pytest.mark.parametrize("name", ALL_FIXTURES)
def test_confirm_imports_exactly_the_plan(qtbot, main_window, name: str) -> None:
    plan = read_csv(FIXTURES / name)
    dialog = open_dialog(qtbot, main_window, FIXTURES / name)
    confirm(qtbot, dialog)
    assert dialog.state == "done"
    assert dialog.result_info is not None and dialog.result_info.added == len(plan.sessions)
    got = {s.uuid: s for s in stored(main_window)}
    assert set(got) == {s.uuid for s in plan.sessions}
    for want in plan.sessions:
        s = got[want.uuid]
        assert (s.day, s.minutes, s.client, s.title, s.pay_minor, s.currency, s.status) == (
            want.day, want.minutes, want.client, want.title, want.pay_minor, want.currency,
            want.status,
        )  # fmt: skip
    assert main_window.pages["journal"].model.total == len(plan.sessions)


def test_reimport_shows_already_present_and_adds_nothing(qtbot, main_window) -> None:
    confirm(qtbot, open_dialog(qtbot, main_window, TOGGL))
    before = len(stored(main_window))
    again = open_dialog(qtbot, main_window, TOGGL)
    assert counts(again) == ("0", "5", "1")
    assert not again.import_button.isEnabled()
    assert again.import_button.text() == "Nothing to import"
    assert again.preview.table.rowCount() == 5  # the duplicates, greyed
    assert "already in your journal" in again.preview.caption.text()
    assert len(stored(main_window)) == before


def test_a_binary_file_shows_the_error_and_writes_nothing(qtbot, main_window, tmp_path) -> None:
    bad = tmp_path / "photo.csv"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 40)
    dialog = open_dialog(qtbot, main_window, bad, until="error")
    assert "binary" in dialog.message.text.text()
    assert "Nothing was written" in dialog.message.text.text()
    assert dialog.close_button.isVisible() and not dialog.import_button.isVisible()
    assert stored(main_window) == []


def test_a_file_of_bad_rows_lists_them_and_imports_nothing(qtbot, main_window, tmp_path) -> None:
    header = TOGGL.read_text(encoding="utf-8-sig").splitlines()[0]
    rows = [
        "Ana,a@x.org,Acme,Web,,Bad date,Yes,2026-02-30,09:00:00,2026-02-30,10:00:00,01:00:00,,1",
        "Ana,a@x.org,Acme,Web,,Negative,Yes,2026-03-02,09:00:00,2026-03-02,08:00:00,-01:00:00,,1",
    ]
    path = tmp_path / "bad_rows.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    dialog = open_dialog(qtbot, main_window, path)
    assert counts(dialog) == ("0", "0", "2")
    assert dialog.preview.rejected.item(0, 0).text() == "2"
    assert not dialog.import_button.isEnabled()
    assert stored(main_window) == []


def test_mapping_step_for_an_unknown_csv(qtbot, main_window, tmp_path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text(
        "Day,Spent,Customer,What,Fee\n"
        "2026-01-05,1.5,Acme,Design,120\n"
        "2026-01-06,2,Beta,Review,0\n"
        "2026-01-07,lots,Acme,Bad,0\n",
        encoding="utf-8",
    )
    dialog = open_dialog(qtbot, main_window, path, until="mapping")
    combos = dialog.mapping.combos
    assert combos["date"].currentData() == "Day"  # guessed from the name
    assert combos["client"].currentData() == "Customer"
    assert not dialog.read_button.isEnabled()  # no duration chosen yet
    combos["hours"].setCurrentIndex(combos["hours"].findData("Spent"))
    assert dialog.read_button.isEnabled()
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state == "preview", timeout=10_000)
    assert dialog.preview.format.currentData() == MAPPING
    assert counts(dialog) == ("2", "0", "1")
    assert dialog.preview.rejected.item(0, 0).text() == "4"
    assert cells(dialog, 0)[:5] == ["05/01/2026", "1.50", "Acme", "Design", "€120.00"]
    confirm(qtbot, dialog)
    got = sorted((s.day.isoformat(), s.minutes, s.client, s.title) for s in stored(main_window))
    assert got == [("2026-01-05", 90, "Acme", "Design"), ("2026-01-06", 120, "Beta", "Review")]


def test_overriding_the_format(qtbot, main_window) -> None:
    dialog = open_dialog(qtbot, main_window, TOGGL)
    combo = dialog.preview.format
    combo.setCurrentIndex(combo.findData("kimai"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: dialog.state == "preview" and dialog.plan is None, timeout=10_000)
    assert dialog.preview.message.isVisible()
    assert not dialog.import_button.isEnabled()
    combo.setCurrentIndex(combo.findData("toggl"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    assert counts(dialog) == ("5", "0", "1")
    combo.setCurrentIndex(combo.findData(MAPPING))
    combo.activated.emit(combo.currentIndex())
    assert dialog.state == "mapping"
    assert dialog.mapping.combos["date"].findData("Start date") > 0


def test_invoices_paid_marks_billable_work_paid(qtbot, main_window) -> None:
    dialog = open_dialog(qtbot, main_window, TOGGL)
    dialog.preview.invoices_paid.setChecked(True)
    qtbot.waitUntil(lambda: dialog.state == "preview" and cells(dialog, 0)[5] == "paid")
    confirm(qtbot, dialog)
    statuses = {s.status for s in stored(main_window) if s.pay_minor}
    assert statuses == {PayStatus.PAID}


def test_cancel_writes_nothing(qtbot, main_window) -> None:
    dialog = open_dialog(qtbot, main_window, TOGGL)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result_info is None
    assert stored(main_window) == []


def big_toggl(path: Path, rows: int) -> Path:
    header = TOGGL.read_text(encoding="utf-8-sig").splitlines()[0]
    line = "Ana,a@x.org,Acme,Web,,Entry {i},Yes,2025-{m:02d}-{d:02d},09:00:00,,,00:30:00,,25.00"
    body = [line.format(i=i, m=1 + i % 12, d=1 + i % 28) for i in range(rows)]
    path.write_text("\n".join([header, *body]) + "\n", encoding="utf-8")
    return path


def test_progress_while_reading_a_big_file(qtbot, main_window, tmp_path) -> None:
    path = big_toggl(tmp_path / "big.csv", 6000)
    dialog = ImportDialog(main_window.context, path, main_window)
    qtbot.addWidget(dialog)
    seen: list[tuple[int, int]] = []
    original = dialog.progress.set_progress
    dialog.progress.set_progress = lambda d, t: (seen.append((d, t)), original(d, t))  # type: ignore[method-assign]
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state == "preview", timeout=20_000)
    assert seen[0][0] == 2000 and seen[-1] == (6000, 6000)
    assert counts(dialog) == ("6,000", "0", "0")
    confirm(qtbot, dialog)
    assert len(stored(main_window)) == 6000


def test_cancel_while_reading_writes_nothing(qtbot, main_window, tmp_path) -> None:
    path = big_toggl(tmp_path / "big.csv", 20_000)
    dialog = ImportDialog(main_window.context, path, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.state == "reading"
    dialog.cancel_button.click()
    assert not dialog.isVisible()
    reading = dialog._reading
    assert reading is not None and reading.cancelled  # closing cancelled the read
    with qtbot.waitSignal(reading.ended, timeout=20_000):  # the job stops; nothing arrives
        pass
    assert dialog.state == "reading" and dialog.result_info is None
    assert stored(main_window) == []


def test_a_failed_write_changes_nothing(qtbot, main_window, monkeypatch) -> None:
    dialog = open_dialog(qtbot, main_window, TOGGL)
    insert = bulk.insert_sessions

    def insert_then_fail(*args: object, **kwargs: object) -> int:
        assert insert(*args, **kwargs) == 5  # the rows are in, inside the transaction...
        raise JournalError("the disk is full")  # ...and then the write fails

    monkeypatch.setattr(bulk, "insert_sessions", insert_then_fail)
    confirm(qtbot, dialog)
    assert dialog.state == "error"
    assert "The disk is full" in dialog.message.text.text()
    assert "unchanged" in dialog.message.text.text()
    assert stored(main_window) == []


def test_rate_them_now(qtbot, main_window, monkeypatch) -> None:
    dialog = open_dialog(qtbot, main_window, TOGGL)
    confirm(qtbot, dialog)
    assert dialog.rate_button.isVisible()
    qtbot.mouseClick(dialog.rate_button, Qt.MouseButton.LeftButton)
    assert dialog.result_info is not None and dialog.result_info.rate_now
    # the flow the File menu runs: status bar message, then rating mode on those sessions
    rated: list[list[Session]] = []
    monkeypatch.setattr(
        ImportDialog, "ask", classmethod(lambda cls, p, c, path: dialog.result_info)
    )
    monkeypatch.setattr(
        RatingDialog, "ask", classmethod(lambda cls, p, c, s: rated.append(list(s)) or 0)
    )
    import_actions.import_into(main_window, main_window.context, TOGGL)
    assert "Imported 5 sessions" in main_window.statusBar().currentMessage()
    assert {s.uuid for s in rated[0]} == set(dialog.result_info.uuids)


def test_file_menu_import_with_ctrl_shift_i(qtbot, main_window, monkeypatch) -> None:
    assert main_window.import_action.shortcut() == QKeySequence("Ctrl+Shift+I")
    asked: list[Path] = []
    monkeypatch.setattr(
        import_actions.QFileDialog, "getOpenFileName", lambda *a, **k: (str(TOGGL), "")
    )
    monkeypatch.setattr(
        ImportDialog, "ask", classmethod(lambda cls, p, c, path: asked.append(path))
    )
    qtbot.waitUntil(lambda: activate(main_window), timeout=10000)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(main_window.focusWidget() or main_window, Qt.Key.Key_I, ctrl_shift)
    assert asked == [TOGGL]


def drag_enter(mime: QMimeData) -> QDragEnterEvent:
    """A drag entering the window (PySide6 6.12 has only the deprecated QPoint constructor)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        event = QDragEnterEvent(
            QPoint(5, 5),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    event.setAccepted(False)
    return event


def drag_data(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_dropping_a_csv_file_on_the_window_opens_the_import(
    qtbot, main_window, monkeypatch, tmp_path
) -> None:
    asked: list[Path] = []
    monkeypatch.setattr(
        ImportDialog, "ask", classmethod(lambda cls, p, c, path: asked.append(path))
    )
    picture = drag_data(tmp_path / "photo.png")  # kept alive: the event only points to it
    enter = drag_enter(picture)
    main_window.dragEnterEvent(enter)
    assert not enter.isAccepted()
    mime = drag_data(tmp_path / "photo.png", TOGGL)
    enter = drag_enter(mime)
    main_window.dragEnterEvent(enter)
    assert enter.isAccepted()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, buttons, mods)
    main_window.dropEvent(drop)
    qtbot.waitUntil(lambda: asked == [TOGGL], timeout=10000)


@pytest.mark.parametrize(
    ("typed", "chosen", "written"),
    [("out", "JSON — everything (*.json)", "out.json"), ("out.csv", "", "out.csv")],
)
def test_file_menu_export(
    qtbot, main_window, monkeypatch, tmp_path, typed, chosen, written
) -> None:
    confirm(qtbot, open_dialog(qtbot, main_window, TOGGL))
    monkeypatch.setattr(
        import_actions.QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(tmp_path / typed), chosen),
    )
    main_window.export_action.trigger()
    target = tmp_path / written
    qtbot.waitUntil(lambda: "Exported 5 sessions" in main_window.statusBar().currentMessage())
    if written.endswith(".csv"):
        assert read_csv(target).format == "generic"
        assert len(read_csv(target).sessions) == 5
    else:
        assert len(json.loads(target.read_text(encoding="utf-8"))["sessions"]) == 5


def test_import_result_defaults() -> None:
    assert ImportResult(2, ["a", "b"]).rate_now is False


def test_an_import_is_undone_and_redone_as_one_step(qtbot, main_window) -> None:
    confirm(qtbot, open_dialog(qtbot, main_window, TOGGL))
    imported = {s.uuid for s in stored(main_window)}
    assert len(imported) == 5
    assert "Import 5 sessions" in main_window.undo_action.text()
    main_window.undo_action.trigger()
    assert stored(main_window) == []
    assert main_window.pages["journal"].model.total == 0
    main_window.redo_action.trigger()
    assert {s.uuid for s in stored(main_window)} == imported


def test_the_dialog_is_as_big_as_what_it_shows_and_fits_the_screen(
    qtbot, main_window, tmp_path: Path
) -> None:
    two = tmp_path / "two.csv"
    two.write_text(
        "date,hours,client,title\n2026-01-05,1.5,Acme,Design\n2026-01-06,2,Beta,Review\n"
    )
    small = open_dialog(qtbot, main_window, two)
    table = small.preview.table
    assert table.rowCount() == 2 and table.verticalScrollBar().maximum() == 0  # both rows seen
    assert small.height() < 360 and small.width() < 760  # not 860×620 for two lines
    many = tmp_path / "many.csv"
    rows = [
        f"2025-{1 + i // 28:02d}-{1 + i % 28:02d},1,Client {i % 7},Task {i}" for i in range(300)
    ]
    many.write_text("date,hours,client,title\n" + "\n".join(rows) + "\n")
    big = open_dialog(qtbot, main_window, many)
    room = big.screen().availableGeometry()  # offscreen: 800×600, smaller than a 900×600 laptop
    assert big.preview.table.rowCount() == 100 and big.height() > small.height()
    assert big.width() <= room.width() and big.height() <= room.height()
    assert big.minimumSize().height() <= room.height() and big.minimumSize().width() <= room.width()
