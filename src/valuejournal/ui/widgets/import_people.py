"""Whose work to take from a team export: preselected, and remembered per tracker.

The person with the most rows is preselected, unless the person chose someone for an
export of the same tracker before and that person is in this file too (QSettings, key
``import/person/<format>``).
"""

from __future__ import annotations

from collections.abc import Mapping

from valuejournal.ui.settings import app_settings

_KEY = "import/person/{fmt}"


def preselect(fmt: str, people: Mapping[str, int]) -> str:
    """The remembered person for ``fmt`` if this file has them, else the most rows."""
    remembered = app_settings().value(_KEY.format(fmt=fmt), "", type=str)
    for name in people:
        if remembered and name.casefold() == str(remembered).casefold():
            return name
    return max(people, key=lambda name: people[name])


def remember(fmt: str, person: str) -> None:
    """Remember ``person`` as the answer for exports of ``fmt``."""
    settings = app_settings()
    settings.setValue(_KEY.format(fmt=fmt), person)
    settings.sync()
