"""The sidebar's pages. Each entry: key, label, and a factory taking the JournalContext.

Factories import their page module when called, so the window shows before the heavy
imports (SQLAlchemy, matplotlib) happen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from valuejournal.ui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from valuejournal.ui.context import JournalContext

PageFactory = Callable[["JournalContext"], "QWidget"]


def _journal(context: JournalContext) -> QWidget:
    from valuejournal.ui.pages.journal_page import JournalPage

    return JournalPage(context)


def _insights(context: JournalContext) -> QWidget:
    from valuejournal.ui.pages.insights_page import InsightsPage

    return InsightsPage(context)


def _clients(context: JournalContext) -> QWidget:
    from valuejournal.ui.pages.clients_page import ClientsPage

    return ClientsPage(context)


def _coach(context: JournalContext) -> QWidget:
    from valuejournal.ui.pages.coach_page import CoachPage

    return CoachPage(context)


def _reflections(context: JournalContext) -> QWidget:
    from valuejournal.ui.pages.reflections_page import ReflectionsPage

    return ReflectionsPage(context)


def _calendar(context: JournalContext) -> QWidget:
    from valuejournal.ui.pages.calendar_page import CalendarPage

    return CalendarPage(context)


def _canvas(context: JournalContext) -> QWidget:
    from valuejournal.ui.pages.canvas_page import CanvasPage

    return CanvasPage(context)


def _overview(context: JournalContext) -> QWidget:
    from valuejournal.ui.pages.overview_page import OverviewPage

    return OverviewPage(context)


def page_factories() -> list[tuple[str, str, PageFactory]]:
    """The pages in sidebar order."""
    return [
        ("journal", tr("Journal"), _journal),
        ("insights", tr("Insights"), _insights),
        ("clients", tr("Clients"), _clients),
        ("reflections", tr("Reflections"), _reflections),
        ("coach", tr("Coach"), _coach),
        ("calendar", tr("Calendar"), _calendar),
        ("canvas", tr("Canvas"), _canvas),
        ("overview", tr("Clients overview"), _overview),
    ]
