"""Dark mode: Settings → Theme typed with the keyboard turns the window dark at once (palette,
the Insights charts, a page's fields) and is kept; "As the system" follows the system's
colour scheme as it changes; the PDF stays light whatever the window shows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from matplotlib.colors import to_hex
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from tests.helpers.keys import activate, back_to, on_modal, press_in
from tests.helpers.windows import open_window
from valuejournal import settings
from valuejournal.charts.style import DARK, LIGHT
from valuejournal.ui.theme import apply_theme, is_dark


@pytest.fixture(autouse=True)
def light_after(qapp) -> Iterator[None]:
    yield
    apply_theme("light")


def _window_colour() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window)


def _mean_lightness(widget: QWidget) -> float:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    step = max(1, image.width() // 40)
    values = [
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), max(1, image.height() // 10))
    ]
    return sum(values) / len(values)


def _choose_theme(qtbot, window: QWidget, letter: str) -> None:
    def answer(dialog: QWidget) -> None:
        box = dialog.theme  # type: ignore[attr-defined]
        box.setFocus()
        qtbot.keyClicks(box, letter)  # a closed combo box selects by the typed start
        press_in(qtbot, dialog, Qt.Key.Key_Return)

    on_modal(qtbot, answer)
    qtbot.waitUntil(lambda: activate(window))
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    back_to(qtbot, window)


def _facecolours(page: QWidget) -> set[str]:
    return {to_hex(panel.figure.get_facecolor()) for panel in page.panels.values()}


def test_dark_typed_in_settings_turns_the_window_and_its_charts_dark(
    qtbot, demo_path: Path
) -> None:
    window = open_window(qtbot, demo_path, size=(1280, 800))
    insights = window.show_page("insights")
    qtbot.waitUntil(lambda: _facecolours(insights) == {LIGHT.background.lower()}, timeout=20000)
    assert not is_dark()
    entry = window.pages["journal"].findChild(QWidget, "quickEntry")
    light_field = QColor(QGuiApplication.palette().color(QPalette.ColorRole.Base))

    _choose_theme(qtbot, window, "D")
    assert settings.load().theme == "dark"
    assert _window_colour().lightness() < 80 and is_dark(window) and is_dark(insights)
    # every chart panel drawn again in the dark theme, not only the one in view
    insights.scroll_area.verticalScrollBar().setValue(10**6)
    qtbot.waitUntil(lambda: _facecolours(insights) <= {DARK.background.lower()}, timeout=20000)
    assert DARK.background.lower() in _facecolours(insights)
    # a page's style: the quick entry's field is painted dark, its text light
    window.show_page("journal")
    qtbot.waitUntil(lambda: _mean_lightness(entry) < 90, timeout=5000)
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    assert base.lightness() < 60 < light_field.lightness()
    assert QGuiApplication.palette().color(QPalette.ColorRole.Text).lightness() > 200

    _choose_theme(qtbot, window, "L")
    assert settings.load().theme == "light" and not is_dark(window)
    qtbot.waitUntil(lambda: _mean_lightness(entry) > 150, timeout=5000)
    window.close()

    settings.update(theme="dark")  # the next start reads it
    again = open_window(qtbot, demo_path)
    assert is_dark(again)


def test_as_the_system_follows_the_systems_scheme_and_an_override_does_not(qapp) -> None:
    hints = QApplication.styleHints()
    assert apply_theme("") is False  # the offscreen platform says no scheme: light
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the desktop turns dark
    assert is_dark()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not is_dark()
    assert apply_theme("light") is False
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # Settings says light: it stays
    assert not is_dark()
    assert apply_theme("dark") is True and is_dark()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert is_dark()


def test_the_pdf_stays_light_in_the_dark_theme(qapp, demo_path: Path, tmp_path: Path) -> None:
    from tests.report.pdfs import page_texts
    from valuejournal.report.data import build_report
    from valuejournal.report.render import RenderOptions, render_bytes
    from valuejournal.store.journal import Journal

    with Journal.open(demo_path) as journal:
        data = build_report(journal, "2026-Q2")
    options = RenderOptions(locale="en_GB")
    apply_theme("light")
    light = render_bytes(data, {}, options)
    apply_theme("dark")
    dark = render_bytes(data, {}, options)
    assert page_texts(dark) == page_texts(light)
    images = []
    for name, pdf in (("light", light), ("dark", dark)):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(pdf)
        images.append(_first_pages(path, tmp_path / name))
    assert images[0] == images[1]  # the same ink on the same paper, pixel for pixel


def _first_pages(pdf: Path, prefix: Path) -> list[bytes]:
    import subprocess

    subprocess.run(
        ["pdftoppm", "-r", "40", "-f", "1", "-l", "3", "-gray", str(pdf), str(prefix)],
        check=True,
    )
    pages = sorted(prefix.parent.glob(prefix.name + "-*.pgm"))
    assert len(pages) >= 2
    return [page.read_bytes() for page in pages]
