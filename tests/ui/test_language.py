"""Settings → Language: chosen with the keyboard, kept, spoken at once by the window (menus,
sidebar, pages, the session list, the insight sentences, the shortcuts still working) and by
the window opened next; accelerators stay unique per menu."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QWidget

from tests.helpers.keys import activate
from tests.helpers.windows import open_window
from valuejournal import settings
from valuejournal.ui.i18n import current_language, set_language

MENUS = {
    "en": ["&File", "&Edit", "&Go", "&Help"],
    "es": ["&Archivo", "&Editar", "&Ir", "Ay&uda"],
    "fr": ["&Fichier", "&Édition", "A&ller", "&Aide"],
}


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    set_language("en")


def _answer_modal(qtbot, act) -> list[str]:
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


def _menu_titles(window: QWidget) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def _texts(widget: QWidget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel))


@pytest.mark.parametrize(("letter", "code"), [("Es", "es"), ("Fr", "fr")])
def test_the_language_typed_in_settings_is_spoken_at_once_and_next_time(
    qtbot, journal_path: Path, letter: str, code: str
) -> None:
    window = open_window(qtbot, journal_path)
    assert _menu_titles(window) == MENUS["en"]

    def choose(dialog: QWidget) -> None:
        box = dialog.person_form.language  # type: ignore[attr-defined]
        box.setFocus()
        qtbot.keyClicks(box, letter)  # a closed combo box selects by the typed start
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    errors = _answer_modal(qtbot, choose)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert errors == []
    assert settings.load().language == code
    assert current_language() == code
    assert _menu_titles(window) == MENUS[code]  # at once, in the same window
    tray = window.desktop.tray.quit_action.text()
    assert tray == {"es": "Salir", "fr": "Quitter"}[code]
    sidebar = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert sidebar[:2] == {"es": ["Diario", "Análisis"], "fr": ["Journal", "Analyses"]}[code]
    qtbot.waitUntil(lambda: activate(window))
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Go → Insights
    insights = window.pages["insights"]
    assert window.stack.currentWidget() is insights
    nothing = {"es": "Aún no hay nada que mostrar", "fr": "Rien à montrer pour l’instant"}
    qtbot.waitUntil(lambda: nothing[code] in _texts(insights), timeout=20000)
    window.close()

    again = open_window(qtbot, journal_path)
    assert _menu_titles(again) == MENUS[code]
    words = {"es": ("Fecha", "Qué", "Pago"), "fr": ("Date", "Quoi", "Paie")}[code]
    model = again.pages["journal"].table.model()
    heads = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert all(w in heads for w in words), heads
    insights = again.show_page("insights")
    qtbot.waitUntil(lambda: nothing[code] in _texts(insights), timeout=20000)
    assert "There is nothing" not in _texts(insights)


@pytest.mark.parametrize("code", ["es", "fr"])
def test_accelerators_are_unique_in_every_menu(qtbot, journal_path: Path, code: str) -> None:
    settings.update(language=code)  # the window's start reads it
    window = open_window(qtbot, journal_path)
    assert _menu_titles(window) == MENUS[code]
    menus = [m for a in window.menuBar().actions() if isinstance(m := a.menu(), QMenu)]
    bar = [t.split("&")[1][0].lower() for t in _menu_titles(window)]
    assert len(set(bar)) == len(bar)
    for menu in menus:
        keys = [a.text().split("&")[1][0].lower() for a in menu.actions() if "&" in a.text()]
        assert len(set(keys)) == len(keys), (menu.title(), [a.text() for a in menu.actions()])


@pytest.mark.parametrize("code", ["en", "es", "fr"])
def test_every_sidebar_label_fits(qtbot, journal_path: Path, code: str) -> None:
    """French's "Vue d’ensemble des clients" was cut, with a scroll bar under the list."""
    settings.update(language=code)
    window = open_window(qtbot, journal_path)
    sidebar = window.sidebar
    qtbot.waitUntil(lambda: sidebar.isVisible())
    assert sidebar.horizontalScrollBar().maximum() == 0
    for row in range(sidebar.count()):
        item = sidebar.item(row)
        room = sidebar.visualItemRect(item).width()
        assert sidebar.fontMetrics().horizontalAdvance(item.text()) + 2 * 14 <= room, item.text()
    assert sidebar.width() < 260
