"""The first start with no journal: start empty, or explore a demo journal."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from valuejournal.ui.i18n import tr

EMPTY = "empty"
DEMO = "demo"


def ask_first_start(parent: QWidget | None) -> str | None:
    """Ask how to begin; returns EMPTY, DEMO, or None if the person closed the question."""
    box = QMessageBox(parent)
    box.setWindowTitle(tr("Welcome to Value Journal"))
    box.setText(tr("Welcome! How would you like to start?"))
    box.setInformativeText(
        tr(
            "Start with an empty journal and log your first session, or explore a demo journal "
            "with a year of a freelancer's work so the charts have something to show. "
            "(The demo is a separate file; your own journal stays empty until you use it.)"
        )
    )
    empty = box.addButton(tr("Start empty"), QMessageBox.ButtonRole.AcceptRole)
    demo = box.addButton(tr("Explore a demo journal"), QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(empty)
    box.exec()
    clicked = box.clickedButton()
    if clicked is empty:
        return EMPTY
    if clicked is demo:
        return DEMO
    return None
