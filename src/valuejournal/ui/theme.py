"""Light and dark: the window follows the system's colour scheme unless Settings says otherwise.

``apply_theme(choice)`` ("" = the system's, "light", "dark") tells Qt the scheme asked for
(``QStyleHints.colorScheme``; platforms without a theme, offscreen and bare X among
them, ignore it), sets the application palette (the style sheet's
``palette(...)`` colours follow it) and, for "", keeps following ``colorSchemeChanged``.

Before the first paint nothing here touches ``Qt.ColorScheme``: the first use of any enum of the
``Qt`` namespace makes PySide build all of its ~100 enums (~20 ms, an eighth of a bare window's
start). The scheme asked for is written through the meta-object (``setProperty`` with its
number), and at start "" reads the system's scheme off the palette the platform gave (Qt's
default palette is its dark or light one by the scheme); ``settle_system_scheme``, called once
the window has painted, reads the scheme itself and applies it if the palette said otherwise.
Widgets that draw with their own colours (charts) listen for ``QEvent.PaletteChange`` and ask
``is_dark(widget)``. The PDF never follows: it is always light.

Colours with a meaning (a problem's red, the orange of something waiting, the bars above the
pages that ask for attention) are ``Tones``, one set per scheme, each text at least 4.5:1
(WCAG AA) on what it is drawn on; the style sheet's rules for them are written here
(``tones_sheet``, appended to the app's sheet whenever the palette changes) and code that
paints them asks ``tones()``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QStyleHints
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

SCHEMES = {"light": 1, "dark": 2}
"""The choices' ``Qt::ColorScheme`` values (Light, Dark; 0 is Unknown: the system's)."""

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


@dataclass(frozen=True, slots=True)
class Tones:
    """The colours that carry a meaning, for one scheme."""

    problem: str  # an invalid field's note and frame, a form's error line (window or field)
    attention: str  # something waiting, such as a session not rated (window or list)
    banner: str  # the background of a bar above the pages (a reminder, conflict copies)
    banner_text: str
    banner_border: str


LIGHT_TONES = Tones("#c0392b", "#a14f00", "#fff4d6", "#3a2e00", "#e0c36a")
DARK_TONES = Tones("#ff8a80", "#ffb74d", "#4a3f1c", "#fbeec1", "#8a6d1f")
_TONES_MARK = "\n/* tones of the scheme: ui/theme.py */\n"


def tones(widget: QWidget | None = None) -> Tones:
    """The tones for ``widget``'s scheme (else the application's)."""
    return DARK_TONES if is_dark(widget) else LIGHT_TONES


def tones_sheet(shade: Tones) -> str:
    """The style sheet's rules that use the tones."""
    bars = "#reminderBanner, #conflictBanner"
    return "\n".join(
        (
            f"#formError {{ color: {shade.problem}; }}",
            f'#fieldNote[problem="true"] {{ color: {shade.problem}; }}',
            f'*[invalid="true"] {{ border: 1px solid {shade.problem}; }}',
            f'*[invalid="true"]:focus {{ border: 2px solid {shade.problem}; }}',
            f"{bars} {{ background: {shade.banner};"
            f" border-bottom: 1px solid {shade.banner_border}; }}",
            f"#reminderBanner QLabel, #conflictBanner QLabel {{ color: {shade.banner_text}; }}",
        )
    )


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
        from PySide6.QtCore import Qt

        if self.choice == "":
            _set_palette(scheme == Qt.ColorScheme.Dark)


_follower: _Follower | None = None
_palette_set = False  # False while the app keeps its default palette (the platform's, light)
_settled = False  # settle_system_scheme has run: a window has painted


def apply_theme(choice: str) -> bool:
    """Use ``choice`` ("" = the system's scheme, "light", "dark"); returns whether it is dark.

    Until `settle_system_scheme` has run (the first window has painted), "" reads the
    system's scheme off the platform's palette.
    """
    global _follower
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if _follower is None or _follower.parent() is not app:
        _follower = _Follower(app)
    _follower.choice = choice if choice in SCHEMES else ""
    hints = app.styleHints()
    hints.setProperty("colorScheme", SCHEMES.get(_follower.choice, 0))  # 0: the system's
    if _follower.choice:
        dark = _follower.choice == "dark"
    elif not _settled and not _palette_set:
        dark = is_dark()  # the platform's palette: Qt's dark one when its scheme is dark
    else:
        dark = _system_is_dark(hints)
    _set_palette(dark)
    return dark


def settle_system_scheme() -> None:
    """After the first paint: the system's scheme, read off the palette at start, read from
    Qt now; the palette changes only if the two differ (a scheme Qt does not know keeps
    the platform's palette)."""
    from PySide6.QtCore import Qt

    global _settled
    _settled = True
    if _follower is None or _follower.choice:  # a choice is not read off anything
        return
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    scheme = app.styleHints().colorScheme()
    if scheme != Qt.ColorScheme.Unknown and (scheme == Qt.ColorScheme.Dark) != is_dark():
        _set_palette(scheme == Qt.ColorScheme.Dark)


def _system_is_dark(hints: QStyleHints) -> bool:
    from PySide6.QtCore import Qt

    return hints.colorScheme() == Qt.ColorScheme.Dark


def set_style_sheet(sheet: str) -> None:
    """Use ``sheet`` as the app's style sheet, with the tones of the scheme shown now.

    The same text whenever the scheme is the same: ``ensure_app`` sets it before
    ``apply_theme`` sets it again. When the two differed (the bare sheet, then with the
    tones), every window's start polished all widgets twice with a changed sheet, and the
    tests segfaulted in QFusionStyle::polish (3 of 4 runs of the language tests, on a widget
    left from an earlier window); with one text, 0 of 6."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shade = DARK_TONES if is_dark() else LIGHT_TONES
    app.setStyleSheet(sheet.split(_TONES_MARK)[0] + _TONES_MARK + tones_sheet(shade))


def _set_palette(dark: bool) -> None:
    global _palette_set
    if not dark and not _palette_set:
        # light from the start: the default palette is the light one already, and asking
        # the style for its own (QStyle's enums made for Python) costs a start-up ~8 %
        return
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    _palette_set = True
    app.setPalette(dark_palette() if dark else light_palette())
    # widgets polished by the style sheet keep the palette they were polished with: setting
    # the sheet again polishes them, so palette(...) in it and every child take the new
    # colours; the tones' rules are the scheme's
    set_style_sheet(app.styleSheet())


def is_dark(widget: QWidget | None = None) -> bool:
    """Whether ``widget`` (else the application) is drawn on a dark background."""
    palette = widget.palette() if widget is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128
