"""The import preview's three kinds of row, the person choice and the over-24-hour choice,
used as a person would (keys into the real combos), checked in the journal file."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from PySide6.QtCore import Qt

from valuejournal.core.entities import Session
from valuejournal.store.journal import Journal
from valuejournal.ui.import_dialog import ImportDialog
from valuejournal.ui.widgets import import_people

REAL = next(
    p
    for p in (
        Path(__file__).resolve().parents[2].parent / "shared" / "real-exports",
        Path("/work/shared/real-exports"),
    )
    if p.is_dir()
)
TEAM = REAL / "toggl_rqcastro_1.csv"
AVERY = REAL / "toggl_avery2_1.csv"
TOGGL = Path(__file__).parents[1] / "interop" / "fixtures" / "toggl_detailed.csv"


def open_dialog(qtbot, window, path: Path) -> ImportDialog:
    dialog = ImportDialog(window.context, path, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state == "preview", timeout=20_000)
    return dialog


def number(label) -> int:
    return int(label.text().split("</span>")[0].rsplit(">", 1)[1].replace(",", ""))


def confirm(qtbot, dialog: ImportDialog) -> None:
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state in ("done", "error"), timeout=20_000)
    assert dialog.state == "done"


def in_file(window) -> list[Session]:
    """The sessions as the journal file holds them (a fresh connection)."""
    with Journal.open(window.context.journal.path, create=False) as journal:
        return journal.all_sessions()


def test_preview_shows_imported_skipped_per_reason_and_rejected(qtbot, main_window) -> None:
    dialog = open_dialog(qtbot, main_window, AVERY)
    p = dialog.preview
    assert (number(p.new_count), number(p.skipped_count), number(p.rejected_count)) == (
        1524, 178, 0
    )  # fmt: skip
    text = p.skipped_detail.text()
    assert text == (
        "Skipped: shorter than a minute (171); longer than 24 hours (1); "
        "an exact repeat of another row (6)."
    )
    assert p.skipped_detail.isVisible() and not p.rejected.isVisible()
    assert "78,061 minutes" in p.totals.text()
    confirm(qtbot, dialog)
    assert dialog.message.heading.text() == "Imported 1,524 sessions"  # grouped as above
    assert dialog.message.text.text().startswith("1,524 sessions from toggl_avery2_1.csv")
    assert len(in_file(main_window)) == 1524
    dialog = open_dialog(qtbot, main_window, TOGGL)  # one impossible date: rejected, with line
    assert number(dialog.preview.rejected_count) == 1
    assert dialog.preview.rejected.item(0, 0).text() == "10"
    assert "2026-02-30" in dialog.preview.rejected.item(0, 1).text()


def test_a_team_export_preselects_the_most_rows_and_remembers_the_choice(
    qtbot, main_window
) -> None:
    dialog = open_dialog(qtbot, main_window, TEAM)
    combo = dialog.preview.choices.person
    assert combo.isVisible() and combo.count() == 18
    assert combo.currentData() == "Gustavo Peconick"  # 74 rows, the most
    assert number(dialog.preview.new_count) == 74
    assert number(dialog.preview.skipped_count) == 366
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the next person: Leonardo Petterin, 58 rows
    qtbot.waitUntil(lambda: dialog.state == "preview" and dialog.plan is not None
                    and dialog.plan.user == "Leonardo Petterin", timeout=20_000)  # fmt: skip
    assert number(dialog.preview.new_count) == 58
    confirm(qtbot, dialog)
    stored = in_file(main_window)
    assert len(stored) == 58
    assert import_people.preselect("toggl", dialog.plan.people) == "Leonardo Petterin"
    again = open_dialog(qtbot, main_window, TEAM)  # remembered for Toggl exports
    assert again.preview.choices.person.currentData() == "Leonardo Petterin"
    assert number(again.preview.present_count) == 58 and number(again.preview.new_count) == 0


def test_an_over_24_hour_entry_is_kept_split_at_midnight(qtbot, main_window) -> None:
    dialog = open_dialog(qtbot, main_window, TOGGL)
    long = dialog.preview.choices.long
    assert long.isVisible() and long.currentData() == "skip"
    assert number(dialog.preview.new_count) == 5
    long.setFocus()
    qtbot.keyClick(long, Qt.Key.Key_Down)  # "Keep them, split at midnights"
    assert long.currentData() == "split"
    assert number(dialog.preview.new_count) == 7
    confirm(qtbot, dialog)
    pieces = sorted(
        (s.day, s.start_time, s.minutes) for s in in_file(main_window) if "running" in s.title
    )
    assert pieces == [(date(2026, 3, 7), time(9, 0), 15 * 60), (date(2026, 3, 8), time(0, 0), 600)]


def test_an_over_24_hour_entry_is_kept_trimmed(qtbot, main_window) -> None:
    dialog = open_dialog(qtbot, main_window, TOGGL)
    long = dialog.preview.choices.long
    long.setFocus()
    qtbot.keyClick(long, Qt.Key.Key_Down)
    qtbot.keyClick(long, Qt.Key.Key_Down)  # "Keep them, trimmed to 24 hours"
    assert long.currentData() == "trim"
    assert number(dialog.preview.new_count) == 6
    confirm(qtbot, dialog)
    (kept,) = [s for s in in_file(main_window) if "running" in s.title]
    assert (kept.day, kept.start_time, kept.minutes) == (date(2026, 3, 7), time(9, 0), 1440)


def _content(path: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    with Journal.open(path, create=False) as journal:
        sessions = sorted(
            (s.uuid, s.day, s.minutes, s.duration_seconds, s.client, s.title, s.pay_minor)
            for s in journal.all_sessions()
        )
        clients = sorted((c.uuid, c.name, c.currency) for c in journal.list_clients())
    return sessions, clients


def test_import_then_undo_leaves_the_journal_as_it_was(qtbot, main_window) -> None:
    context = main_window.context
    context.journal.add_session(Session(day=date(2026, 1, 5), minutes=90, client="Mine"))
    context.notify()
    before = _content(context.journal.path)
    dialog = open_dialog(qtbot, main_window, REAL / "harvest_jeffandyalltogether_1.csv")
    confirm(qtbot, dialog)
    assert len(_content(context.journal.path)[0]) == 1 + 298
    assert any(c[1] == "Example Client" for c in _content(context.journal.path)[1])
    main_window.undo_action.trigger()
    assert _content(context.journal.path) == before
    main_window.redo_action.trigger()
    assert len(_content(context.journal.path)[0]) == 1 + 298
    main_window.undo_action.trigger()
    assert _content(context.journal.path) == before


def test_an_unknown_header_opens_the_mapping_with_columns_guessed_from_cells(
    qtbot, main_window, tmp_path
) -> None:
    path = tmp_path / "zeiten.csv"
    path.write_text(
        "Tag,Anfang,Zeit,Kunde,Notiz,Betrag\n"
        "2026-03-02,09:00,1:30,Acme,Homepage layout and more,120.00\n"
        "2026-03-03,13:00,0:45,Acme,Call,60.00\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(main_window.context, path, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state == "mapping", timeout=20_000)
    chosen = dialog.mapping.mapping()
    assert {k: chosen.get(k) for k in ("date", "hours", "start", "pay", "title")} == {
        "date": "Tag", "hours": "Zeit", "start": "Anfang", "pay": "Betrag", "title": "Notiz",
    }  # fmt: skip
    assert dialog.read_button.isEnabled()
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state == "preview", timeout=20_000)
    confirm(qtbot, dialog)
    got = sorted(
        (s.day, s.start_time, s.minutes, s.pay_minor, s.title) for s in in_file(main_window)
    )
    assert got == [
        (date(2026, 3, 2), time(9), 90, 12000, "Homepage layout and more"),
        (date(2026, 3, 3), time(13), 45, 6000, "Call"),
    ]
