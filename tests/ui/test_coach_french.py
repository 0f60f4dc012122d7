"""The coach's words in French: the overview's attention flags and a homework item's
progress (core/coach.py, core/homework.py through core.i18n), on the coach's side and in
the client's homework list after the feedback import."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.helpers.keys import keys_into
from tests.helpers.windows import open_review_window, open_window
from valuejournal import settings
from valuejournal.core.entities import PayStatus, Session
from valuejournal.core.homework import HomeworkKind
from valuejournal.store.journal import Journal
from valuejournal.store.share import ShareOptions, write_share
from valuejournal.ui import dialogs
from valuejournal.ui.actions import comments as actions
from valuejournal.ui.dialogs import files
from valuejournal.ui.i18n import set_language

TODAY = date.today()


@pytest.fixture(autouse=True)
def french(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[list[str]]:
    settings.update(language="fr", locale="fr_FR")  # the window's start reads both
    errors: list[str] = []
    monkeypatch.setattr(
        files, "ask_save_path", lambda _p, _t, default, _f, _j=(): tmp_path / default
    )
    monkeypatch.setattr(dialogs, "tell", lambda _p, _t, _text: None)
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: errors.append(text))
    yield errors
    set_language("en")


def strained_client(tmp_path: Path) -> Path:
    """Eight weeks of paid work up to today, stress rising and mood falling, and money
    waiting for 70 days; some sessions unrated."""
    path = tmp_path / "cy.vjournal"
    with Journal.open(path, owner="Cy") as journal:
        for week in range(8):
            for d in range(3):
                day = TODAY - timedelta(weeks=8 - week, days=-d)
                journal.add_session(
                    Session(day=day, minutes=180, client="Brightline", title=f"Cy {week}",
                            value=6 if d else None, pay_minor=24_000, status=PayStatus.PAID,
                            paid_on=day, mood=max(1, 5 - week // 2),
                            stress=min(5, 1 + week // 2))
                )  # fmt: skip
        journal.add_session(Session(day=TODAY - timedelta(days=70), minutes=60, client="Acme",
                                    title="Cy waiting", value=5, pay_minor=10_000,
                                    status=PayStatus.PENDING))  # fmt: skip
        out = path.with_suffix(".vjshare")
        write_share(journal, out, ShareOptions())
    return out


def test_flags_and_homework_progress_speak_french(
    qtbot: Any, tmp_path: Path, french: list[str]
) -> None:
    share = strained_client(tmp_path)
    window = open_review_window(qtbot, [share], "cy (")
    coach = window.show_page("coach")
    keys_into(qtbot, coach.author, "Cora")
    qtbot.keyClick(coach.author, Qt.Key.Key_Tab)
    form = coach.homework_form
    form.kind.setFocus()
    qtbot.keyClick(form.kind, Qt.Key.Key_Down)
    qtbot.keyClick(form.kind, Qt.Key.Key_Down)  # "Rate every session for a while"
    assert form.kind.currentData() == HomeworkKind.RATE_EVERY
    keys_into(qtbot, form.start, (TODAY - timedelta(weeks=3)).isoformat())
    keys_into(qtbot, form.end, (TODAY + timedelta(days=7)).isoformat())
    qtbot.keyClick(form.end, Qt.Key.Key_Return)
    assert french == []
    (item,) = window.review.current.store.list_homework()
    assert item.title == "Noter chaque séance"  # the default wording, in the coach's language
    coach_row = coach.homework.item(0).text()
    assert "séances notées sur" in coach_row and "sessions rated" not in coach_row
    overview = window.show_page("overview")
    flags = overview.proxy.index(0, 6).data()
    assert "Stress en hausse" in flags and "humeur en baisse" in flags and "semaines" in flags
    assert "en attente de paiement" in flags
    assert "Stress rising" not in flags and "waiting to be paid" not in flags
    overview.table.setFocus()
    overview.table.setCurrentIndex(overview.proxy.index(0, 0))
    assert "Stress en hausse" in overview.flags.text()
    coach = window.show_page("coach")
    coach.save_feedback()
    qtbot.waitUntil(lambda: bool(list(tmp_path.glob("cy-feedback-*.vjfeedback"))))
    window.close()

    (feedback,) = tmp_path.glob("cy-feedback-*.vjfeedback")
    mine = open_window(qtbot, tmp_path / "cy.vjournal")
    assert actions.import_feedback_file(mine, mine.context, feedback) == 0  # homework only
    page = mine.show_page("coach")
    assert page.homework.count() == 1
    row = page.homework.item(0).text()
    assert row.startswith("Noter chaque séance\n")
    assert "séances notées sur" in row and "sessions rated" not in row
    assert row.endswith("· à faire")
    mine.close()
    assert french == []
