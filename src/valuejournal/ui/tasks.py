"""Background work: run a callable off the GUI thread, get its result back on the GUI thread.

One helper for every background job, in the spirit of anki's `taskman` and `operations`:

- A task has an **owner** (a QObject, usually the widget that asked). When the owner is
  destroyed the task is cancelled: its result, error and progress are dropped, and a job that
  reports progress is stopped at its next report (``report`` raises `Cancelled`).
- A **read** may have a ``key``: the latest read of a key wins. Starting another read with the
  same owner and key cancels the older one, so a slow old read never overwrites a newer one.
- Every **journal write** (`run_write`) goes through one serial worker: writes never overlap.
- A job's failure is logged and shown in one way: a `UserError` (bad input, a file problem) is
  logged as one line and shown in words; anything else is a bug, logged with its traceback and
  shown with a report dialog. A caller that shows the failure in place (a label, a page)
  passes ``on_failed``; it is then called instead of the dialog, after the log line.

The job never touches widgets. Importing the modules a job needs on the GUI thread before
starting it keeps its timing predictable. (A `none_dealloc` crash first blamed on imports in
worker threads was PySide6 6.12.0 dropping a reference to None on every processEvents() call;
the project pins PySide6 below 6.12 for that reason.)
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from valuejournal.core.errors import UserError
from valuejournal.ui import dialogs
from valuejournal.ui.i18n import tr

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]


class Cancelled(Exception):
    """Raised inside a job by its ``report`` function once the task was cancelled."""


class Task(QObject):
    """One background job. Its signals are emitted on the GUI thread, and only while the task
    is still wanted (not cancelled); `ended` is emitted once in every case, last."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)
    ended = Signal()
    _done = Signal(object)
    _error = Signal(object)
    _progress = Signal(int, int)

    def __init__(self, owner: QObject, title: str) -> None:
        super().__init__()
        self.owner = owner
        self.title = title
        self.key: tuple[int, str] | None = None
        self._cancel = threading.Event()
        # The Task lives on the GUI thread, so these hops are queued onto it.
        self._done.connect(self._relay_done, Qt.ConnectionType.QueuedConnection)
        self._error.connect(self._relay_error, Qt.ConnectionType.QueuedConnection)
        self._progress.connect(self._relay_progress, Qt.ConnectionType.QueuedConnection)
        owner.destroyed.connect(self.cancel)

    @property
    def cancelled(self) -> bool:
        """True once cancelled (its owner went away, or a newer read of its key started)."""
        return self._cancel.is_set()

    @Slot()
    def cancel(self) -> None:
        """Drop whatever the job still reports; a job with progress stops at its next report."""
        self._cancel.set()

    def report(self, done: int, total: int) -> None:
        """The job's progress function (called on the worker thread)."""
        if self._cancel.is_set():
            raise Cancelled
        self._progress.emit(done, total)

    def _wanted(self) -> bool:
        return not self._cancel.is_set() and isValid(self.owner)

    def _end(self) -> None:
        _live.discard(self)
        if self.key is not None and _latest.get(self.key) is self:
            del _latest[self.key]
        self.ended.emit()

    @Slot(object)
    def _relay_done(self, result: object) -> None:
        if self._wanted():
            self.finished.emit(result)
        self._end()

    @Slot(object)
    def _relay_error(self, exc: object) -> None:
        if isinstance(exc, Cancelled) or not self._wanted():
            if not isinstance(exc, Cancelled | UserError):
                log.error("%s failed after it was cancelled", self.title, exc_info=exc)  # type: ignore[arg-type]
        else:
            _log_failure(self.title, exc)  # type: ignore[arg-type]
            self.failed.emit(exc)
        self._end()

    @Slot(int, int)
    def _relay_progress(self, done: int, total: int) -> None:
        if self._wanted():
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
            result = self.fn(self.task.report) if self.with_progress else self.fn()
        except Exception as exc:  # logged and shown on the GUI thread
            self._tell("_error", exc)
        else:
            self._tell("_done", result)

    def _tell(self, signal: str, value: object) -> None:
        """Emit the task's signal, unless the task went with its owner meanwhile (a window
        closed, or the app quit, while this ran): there is nobody left to tell."""
        if not isValid(self.task):
            return
        try:
            getattr(self.task, signal).emit(value)
        except RuntimeError:  # deleted between the check and the emit
            log.debug("task %s ended after its owner", self.task.title)


_live: set[Task] = set()
_latest: dict[tuple[int, str], Task] = {}
_writer: list[QThreadPool] = []


def _log_failure(title: str, exc: BaseException) -> None:
    if isinstance(exc, UserError):
        log.warning("%s: %s", title, exc)  # one line: the person can act on it
    else:
        log.error("%s failed", title, exc_info=exc)  # a bug: the traceback


def _show_failure(owner: QObject, title: str, exc: BaseException) -> None:
    parent = owner if isinstance(owner, QWidget) else None
    if isinstance(exc, UserError):
        dialogs.show_error(parent, title, str(exc))
    else:
        dialogs.show_bug(parent, title, exc)


def _writer_pool() -> QThreadPool:
    if not _writer:
        pool = QThreadPool()
        pool.setMaxThreadCount(1)  # one worker: journal writes run one after another
        _writer.append(pool)
    return _writer[0]


def run(
    fn: Callable[..., Any],
    *,
    owner: QObject,
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    key: str | None = None,
    title: str | None = None,
) -> Task:
    """Start the read ``fn`` on the thread pool for ``owner``.

    With ``on_progress``, ``fn`` is called with ``report(done, total)``. With ``key``, an older
    read of the same owner and key still running is cancelled: the latest wins. ``title``
    names the job in the log and in a dialog about its failure.
    """
    task = _make(owner, on_done, on_failed, on_progress, title)
    if key is not None:
        task.key = (id(owner), key)
        older = _latest.get(task.key)
        if older is not None:
            older.cancel()
        _latest[task.key] = task
    QThreadPool.globalInstance().start(_Runner(task, fn, on_progress is not None))
    return task


def run_write(
    fn: Callable[..., Any],
    *,
    owner: QObject,
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    title: str | None = None,
) -> Task:
    """Start the journal write ``fn`` on the one serial writer (after any earlier write)."""
    task = _make(owner, on_done, on_failed, on_progress, title)
    _writer_pool().start(_Runner(task, fn, on_progress is not None))
    return task


def _make(
    owner: QObject,
    on_done: Callable[[Any], None] | None,
    on_failed: Callable[[BaseException], None] | None,
    on_progress: Callable[[int, int], None] | None,
    title: str | None,
) -> Task:
    task = Task(owner, title or tr("A background task"))
    _live.add(task)
    if on_done is not None:
        task.finished.connect(on_done)
    if on_failed is not None:
        task.failed.connect(on_failed)
    else:
        task.failed.connect(lambda exc: _show_failure(owner, task.title, exc))
    if on_progress is not None:
        task.progress.connect(on_progress)
    return task


def wait_for_tasks(msecs: int = 10_000) -> bool:
    """Block until background jobs (reads and writes) end (at shutdown and in tests)."""
    done = QThreadPool.globalInstance().waitForDone(msecs)
    return (_writer_pool().waitForDone(msecs) if _writer else True) and done
