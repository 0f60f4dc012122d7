"""Run a callable off the GUI thread and get its result back on the GUI thread.

The job never touches widgets; `finished` or `failed` is emitted on the GUI thread, and
`progress(done, total)` may be called from the job through the `report` argument.

Importing the modules a job needs on the GUI thread before starting it keeps the job's
timing predictable. (A `none_dealloc` crash first blamed on imports in worker threads was
PySide6 6.12.0 dropping a reference to None on every processEvents() call; the project pins
PySide6 below 6.12 for that reason.)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]


class Task(QObject):
    """One background job. Its public signals are always emitted on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)
    _done = Signal(object)
    _error = Signal(object)
    _progress = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        # The Task lives on the GUI thread, so these hops are queued onto it.
        self._done.connect(self._relay_done, Qt.ConnectionType.QueuedConnection)
        self._error.connect(self._relay_error, Qt.ConnectionType.QueuedConnection)
        self._progress.connect(self._relay_progress, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _relay_done(self, result: object) -> None:
        _live.discard(self)
        self.finished.emit(result)

    @Slot(object)
    def _relay_error(self, exc: object) -> None:
        _live.discard(self)
        self.failed.emit(exc)

    @Slot(int, int)
    def _relay_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)


class _Runner(QRunnable):
    def __init__(self, task: Task, fn: Callable[..., Any], with_progress: bool) -> None:
        super().__init__()
        self.task = task
        self.fn = fn
        self.with_progress = with_progress
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            if self.with_progress:
                result = self.fn(self.task._progress.emit)
            else:
                result = self.fn()
        except Exception as exc:  # reported to the GUI thread, logged with traceback
            log.exception("background task failed")
            self.task._error.emit(exc)
        else:
            self.task._done.emit(result)


_live: set[Task] = set()


def run_task(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Start ``fn`` on the thread pool. If ``on_progress`` is given, ``fn`` is called with a
    progress function ``report(done, total)``."""
    task = Task()
    _live.add(task)
    if on_done:
        task.finished.connect(on_done)
    if on_error:
        task.failed.connect(on_error)
    if on_progress:
        task.progress.connect(on_progress)
    QThreadPool.globalInstance().start(_Runner(task, fn, on_progress is not None))
    return task


def wait_for_tasks(msecs: int = 10_000) -> bool:
    """Block until background jobs end (used at shutdown and in tests)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
