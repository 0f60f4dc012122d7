"""Light and dark: the window follows the system's colour scheme unless Settings says otherwise.

``apply_theme(choice)`` ("" = the system's, "light", "dark") tells Qt the scheme asked for
(``QStyleHints.setColorScheme``; platforms without a theme, offscreen and bare X among
them, ignore it), sets the application palette (the style sheet's
``palette(...)`` colours follow it) and, for "", keeps following ``colorSchemeChanged``.
Widgets that draw with their own colours (charts) listen for ``QEvent.PaletteChange`` and ask
``is_dark(widget)``. The PDF never follows: it is always light.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}

# A dark palette in the spirit of Fusion's light one (contrast checked on the pages' text)
_DARK_COLOURS = {
    QPalette.ColorRole.Window: "#2b2d30",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1f2023",
    QPalette.ColorRole.AlternateBase: "#33363a",
    QPalette.ColorRole.ToolTipBase: "#3c3f43",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#9a9ea4",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#3a3d41",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Light: "#4a4d52",
    QPalette.ColorRole.Midlight: "#404347",
    QPalette.ColorRole.Mid: "#5c6066",
    QPalette.ColorRole.Dark: "#1a1b1d",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#3d7fd6",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7fb2f0",
    QPalette.ColorRole.LinkVisited: "#b99cf0",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#7d8187",
    QPalette.ColorRole.Text: "#7d8187",
    QPalette.ColorRole.ButtonText: "#7d8187",
    QPalette.ColorRole.Base: "#27292c",
    QPalette.ColorRole.Highlight: "#4a4d52",
}


def dark_palette() -> QPalette:
    """The app's dark palette."""
    palette = QPalette()
    for role, colour in _DARK_COLOURS.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def light_palette() -> QPalette:
    """The style's own light palette."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app.style().standardPalette()


class _Follower(QObject):
    """Keeps the palette in step with the system while Settings says "as the system"."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self.choice = ""
        app.styleHints().colorSchemeChanged.connect(self.system_changed)

    def system_changed(self, scheme: Qt.ColorScheme) -> None:
        if self.choice == "":
            _set_palette(scheme == Qt.ColorScheme.Dark)


_follower: _Follower | None = None


def apply_theme(choice: str) -> bool:
    """Use ``choice`` ("" = the system's scheme, "light", "dark"); returns whether it is dark."""
    global _follower
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if _follower is None or _follower.parent() is not app:
        _follower = _Follower(app)
    _follower.choice = choice if choice in SCHEMES else ""
    hints = app.styleHints()
    hints.setColorScheme(SCHEMES.get(_follower.choice, Qt.ColorScheme.Unknown))
    if _follower.choice:
        dark = _follower.choice == "dark"
    else:
        dark = hints.colorScheme() == Qt.ColorScheme.Dark
    _set_palette(dark)
    return dark


def _set_palette(dark: bool) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setPalette(dark_palette() if dark else light_palette())
    # widgets polished by the style sheet keep the palette they were polished with: polish
    # them again so palette(...) in the sheet and every child take the new colours
    app.setStyleSheet(app.styleSheet())


def is_dark(widget: QWidget | None = None) -> bool:
    """Whether ``widget`` (else the application) is drawn on a dark background."""
    palette = widget.palette() if widget is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128
