"""Help: the keyboard shortcut sheet (F1) and About with the versions behind the app."""

from __future__ import annotations

import html
import sqlite3
import sys
from collections.abc import Iterable

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from valuejournal import __version__
from valuejournal.core.i18n import N_
from valuejournal.ui.i18n import tr

# Keys that live on a page or a dialog rather than in a menu: (where, keys, what).
PAGE_KEYS = (
    (N_("Journal"), "Ctrl+N", N_("Start a new entry in the quick entry")),
    (N_("Journal"), "Enter", N_("Add the entry; in the list: edit the selected session")),
    (N_("Journal"), "Ctrl+F", N_("Search the sessions")),
    (N_("Journal"), "Delete", N_("Delete the selected sessions (Ctrl+Z brings them back)")),
    (N_("Journal"), "Ctrl+Home / Ctrl+End", N_("In the list: the first / the last session")),
    (N_("Reflections"), "Ctrl+B / Ctrl+I", N_("Bold / italic in a section")),
    (N_("Calendar"), "← → / ↑ ↓",
     N_("A week / a day earlier or later; Home / End: the year's ends")),
    (N_("Calendar"), "Page Up / Page Down", N_("The year before / after")),
    (N_("Calendar"), "Enter", N_("The day's sessions; in that list: edit the session")),
    (N_("Calendar"), "Tab, Enter", N_("Week grid: the next cell; save every filled cell")),
    (N_("Rating"), "0 … 9, T", N_("Rate the session 0 to 9, T for 10")),
    (N_("Rating"), "S, →, Tab", N_("Skip this session")),
    (N_("Rating"), "←, Backspace", N_("Back to the previous session or step")),
    (N_("Rating"), "B / M", N_("Rate a batch / also ask the mood")),
)  # fmt: skip


def menu_shortcuts(menus: Iterable[QMenu]) -> list[tuple[str, str, str]]:
    """(menu, keys, action) for every menu action that has a shortcut."""
    rows = []
    for menu in menus:
        title = menu.title().replace("&", "")
        for action in menu.actions():
            if isinstance(action, QAction) and not action.shortcut().isEmpty():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                rows.append((title, keys, action.text().replace("&", "").rstrip("…")))
    return rows


def shortcut_sheet_html(rows: Iterable[tuple[str, str, str]]) -> str:
    """The rows as one table, grouped by where the keys work."""
    out = ["<table cellspacing='0' cellpadding='3'>"]
    last = None
    for where, keys, what in rows:
        if where != last:
            out.append(f"<tr><td colspan='2'><br><b>{html.escape(tr(where))}</b></td></tr>")
            last = where
        out.append(
            f"<tr><td style='padding-right:18px'><tt>{html.escape(keys)}</tt></td>"
            f"<td>{html.escape(tr(what))}</td></tr>"
        )
    out.append("</table>")
    return "".join(out)


class ShortcutSheet(QDialog):
    """Every keyboard shortcut, in one window (F1)."""

    def __init__(self, menus: Iterable[QMenu], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.rows = menu_shortcuts(menus) + list(PAGE_KEYS)
        self.text = QLabel(shortcut_sheet_html(self.rows))
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(560, 560)


def _installed(package: str) -> str:
    """A package's version from its metadata (without importing it: matplotlib is slow)."""
    from importlib import metadata

    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return tr("not installed")


def versions(schema: str | None) -> list[tuple[str, str]]:
    """(name, version) of the app and what it stands on; ``schema`` is the open journal's
    schema revision (Alembic's, as `valuejournal check` reports it)."""
    from valuejournal.store.engine import HEAD_REVISION

    journal = (
        tr("{n} (this app writes {m})").format(n=schema, m=HEAD_REVISION)
        if schema is not None
        else tr("none open (this app writes {m})").format(m=HEAD_REVISION)
    )
    return [
        ("Value Journal", __version__),
        ("Python", sys.version.split()[0]),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("SQLite", sqlite3.sqlite_version),
        ("matplotlib", _installed("matplotlib")),
        (tr("Journal schema"), journal),
    ]


def about_html(schema: str | None) -> str:
    """The About text: what the app is for, then the versions."""
    rows = "".join(
        f"<tr><td style='padding-right:14px'>{html.escape(n)}</td><td>{html.escape(v)}</td></tr>"
        for n, v in versions(schema)
    )
    return (
        f"<p><b>Value Journal {html.escape(__version__)}</b><br>"
        f"{html.escape(tr('Journal your work; see where pay and value part ways.'))}</p>"
        f"<table>{rows}</table>"
    )
