"""The background-task helper with real worker threads: owners, latest wins, one writer,
errors sorted into the person's problems and bugs."""

from __future__ import annotations

import logging
import threading
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from shiboken6 import delete

from valuejournal.core.entities import Session
from valuejournal.core.errors import UserError
from valuejournal.ui import dialogs, tasks

GUI_THREAD = threading.get_ident()


def test_the_result_comes_back_on_the_gui_thread(qtbot: Any) -> None:
    owner = QObject()
    got: list[tuple[int, int]] = []

    def received(worker: int) -> None:
        got.append((worker, threading.get_ident()))

    task = tasks.run(threading.get_ident, owner=owner, on_done=received)
    with qtbot.waitSignal(task.ended):
        pass
    ((worker, receiver),) = got
    assert worker != GUI_THREAD and receiver == GUI_THREAD


def test_the_latest_read_of_a_key_wins(qtbot: Any) -> None:
    owner = QObject()
    gate = threading.Event()
    got: list[str] = []

    def old_read() -> str:
        gate.wait(10)
        return "old"

    first = tasks.run(old_read, owner=owner, key="rows", on_done=got.append)
    second = tasks.run(lambda: "new", owner=owner, key="rows", on_done=got.append)
    other = tasks.run(lambda: "other key", owner=owner, key="clients", on_done=got.append)
    with qtbot.waitSignals([second.ended, other.ended]):
        pass
    gate.set()  # the old read ends after the new one: it must not overwrite it
    with qtbot.waitSignal(first.ended):
        pass
    assert sorted(got) == ["new", "other key"]
    assert first.cancelled and not second.cancelled


def test_an_owner_gone_cancels_its_task(qtbot: Any) -> None:
    owner = QObject()
    gate = threading.Event()
    stopped = threading.Event()
    got: list[object] = []

    def job(report: tasks.ProgressFn) -> str:
        gate.wait(10)
        try:
            for i in range(1000):
                report(i, 1000)
        except tasks.Cancelled:
            stopped.set()
            raise
        return "done"

    task = tasks.run(job, owner=owner, on_done=got.append, on_failed=got.append,
                     on_progress=lambda d, t: got.append(d))  # fmt: skip
    delete(owner)  # the page or dialog that asked is gone
    assert task.cancelled
    gate.set()
    with qtbot.waitSignal(task.ended):
        pass
    assert stopped.is_set() and got == []  # stopped at its first report; nothing delivered


def test_journal_writes_run_one_after_another(qtbot: Any) -> None:
    owner = QObject()
    started = [threading.Event() for _ in range(3)]
    order: list[int] = []
    overlapped: list[bool] = []

    def write(i: int) -> int:
        started[i].set()
        if i + 1 < len(started):  # would the next write start while this one runs?
            overlapped.append(started[i + 1].wait(0.3))
        order.append(i)
        return i

    written = [tasks.run_write(lambda i=i: write(i), owner=owner) for i in range(3)]
    with qtbot.waitSignals([t.ended for t in written], timeout=10_000):
        pass
    assert order == [0, 1, 2] and overlapped == [False, False]


def test_a_user_error_is_shown_in_words_and_logged_as_one_line(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: shown.append((title, text)))
    monkeypatch.setattr(dialogs, "show_bug", lambda *_a: pytest.fail("not a bug"))
    owner = QWidget()
    qtbot.addWidget(owner)

    def fail() -> None:
        raise UserError("The file is gone.")

    with caplog.at_level(logging.WARNING, logger="valuejournal.ui.tasks"):
        task = tasks.run(fail, owner=owner, title="Export")
        with qtbot.waitSignal(task.ended):
            pass
    assert shown == [("Export", "The file is gone.")]
    (record,) = caplog.records
    assert record.levelno == logging.WARNING and record.exc_info is None
    assert record.getMessage() == "Export: The file is gone."


def test_a_bug_is_logged_with_its_traceback_and_reported(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    reported: list[BaseException] = []
    monkeypatch.setattr(dialogs, "show_bug", lambda _p, _title, exc: reported.append(exc))
    monkeypatch.setattr(dialogs, "show_error", lambda *_a: pytest.fail("not the person's error"))
    owner = QWidget()
    qtbot.addWidget(owner)

    def crash() -> None:
        raise KeyError("missing")  # the bug

    with caplog.at_level(logging.WARNING, logger="valuejournal.ui.tasks"):
        task = tasks.run(crash, owner=owner, title="Reading")
        with qtbot.waitSignal(task.ended):
            pass
    assert [type(e) for e in reported] == [KeyError]
    (record,) = caplog.records
    assert record.levelno == logging.ERROR and record.exc_info is not None
    assert "crash" in caplog.text  # the traceback names the failing function


def test_a_caller_showing_the_failure_itself_gets_no_dialog(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "show_error", lambda *_a: pytest.fail("shown twice"))
    failures: list[BaseException] = []
    owner = QObject()

    def fail() -> None:
        raise UserError("no")

    task = tasks.run(fail, owner=owner, on_failed=failures.append)
    with qtbot.waitSignal(task.ended):
        pass
    assert [str(e) for e in failures] == ["no"]


def test_the_insights_page_never_shows_a_stale_reread(
    qtbot: Any, main_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = main_window.show_page("insights")
    qtbot.waitUntil(lambda: page.snapshot is not None, timeout=20_000)
    journal = main_window.context.journal
    before = journal.insight_rows()
    gate = threading.Event()
    real_rows = journal.insight_rows
    calls: list[int] = []

    def rows() -> Any:
        calls.append(1)
        if len(calls) == 1:  # the first re-read is slow and sees the journal before the edit
            gate.wait(10)
            return before
        return real_rows()

    monkeypatch.setattr(journal, "insight_rows", rows)
    started: list[tasks.Task] = []
    real_run = tasks.run
    monkeypatch.setattr(
        tasks, "run", lambda *a, **k: started.append(real_run(*a, **k)) or started[-1]
    )
    page.reload()
    journal.add_session(Session(day=date(2026, 9, 30), minutes=60, title="late", value=3))
    page.reload()
    qtbot.waitUntil(lambda: len(page.snapshot.columns.day) == len(before) + 1, timeout=20_000)
    gate.set()
    with qtbot.waitSignal(started[0].ended, timeout=20_000):
        pass
    assert len(page.snapshot.columns.day) == len(before) + 1  # the newer read stayed


@pytest.mark.parametrize("fails", [False, True])
def test_a_task_that_outlives_its_task_object_ends_quietly(qtbot: Any, capfd: Any, fails) -> None:
    """The task object deleted while the work still runs (its window gone as the app
    quit): the worker has nobody to tell, and says nothing on stderr (was a traceback,
    'Signal source has been deleted', from the QRunnable)."""
    owner = QObject()
    gate = threading.Event()

    def work() -> int:
        gate.wait(5)
        if fails:
            raise UserError("too late")
        return 1

    task = tasks.run(work, owner=owner, on_done=lambda _r: None)
    delete(task)
    gate.set()
    assert tasks.wait_for_tasks(5000)
    qtbot.wait(50)
    assert "Traceback" not in capfd.readouterr().err
