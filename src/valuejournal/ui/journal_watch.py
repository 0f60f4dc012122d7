"""The window notices the journal written by another program (`valuejournal add`,
`invoice add`, `import` while the window is open): every second, on the GUI thread, it asks
the journal's write watch (`store/write_watch.py`: SQLite's data_version on a connection of
its own, a few microseconds when nothing changed) and, after a commit made elsewhere, lets
every page read again (`JournalContext.changed_elsewhere`).

Polling data_version rather than a QFileSystemWatcher on the -wal file: the file watcher
fires for the window's own commits and for checkpoints as well (no telling them apart), the
-wal file is created and removed as connections come and go (a watched path vanishes), and
inotify is unreliable on the network and synced folders journals live in; data_version
counts commits by others only, whatever the folder. The window's own writes never count
(the store tells them apart), so an edit is not read twice. While a modal dialog of the app
is open (an import, the session dialog, a restore) the look waits until it has closed.
Only for one's own journal: review mode shows a share nobody else writes.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from valuejournal.ui.context import JournalContext

log = logging.getLogger(__name__)
INTERVAL_MS = 1000
"""As often as the timer row is re-read (`ui/timer_controller.py`): a CLI `timer start` and
a CLI `add` show within the same second or so."""


class JournalWatch(QObject):
    """Re-reads the window's journal after another program wrote it."""

    def __init__(self, context: JournalContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.watch = context.journal.watch_writes()
        self.noticed = 0  # outside changes acted on (for the log and tests)
        self._ticker = QTimer(self)
        self._ticker.setInterval(INTERVAL_MS)
        self._ticker.timeout.connect(self.poll)
        self._ticker.start()

    def poll(self) -> bool:
        """One look; True if another program had written and the pages re-read."""
        if QApplication.activeModalWidget() is not None:
            return False  # a dialog of the app may be writing or showing rows: look later
        if not self.watch.changed_outside():
            return False
        self.noticed += 1
        log.info("the journal was written by another program: reading it again")
        with _cursor_kept():
            self.context.changed_elsewhere()
        return True

    def stop(self) -> None:
        """The journal is closing: no more looks (the journal closes the watch itself)."""
        self._ticker.stop()


@contextmanager
def _cursor_kept() -> Iterator[None]:
    """The person may be typing when the pages re-read: a line edit that keeps the focus
    and its text keeps its cursor and selection too (refilling a combo box's list puts its
    cursor at the start: "Ty|ed" + "p" became "pTyed", seen under Xvfb)."""
    focus = QApplication.focusWidget()
    edit = focus.lineEdit() if isinstance(focus, QComboBox) else focus  # an editable combo
    if not isinstance(edit, QLineEdit):
        yield
        return
    text, cursor = edit.text(), edit.cursorPosition()
    start, length = edit.selectionStart(), edit.selectionLength()
    yield
    if QApplication.focusWidget() is not focus or edit.text() != text:
        return
    if length == 0:
        edit.setCursorPosition(cursor)
    elif cursor == start + length:  # selected rightwards: the cursor at the end
        edit.setSelection(start, length)
    else:  # leftwards (Shift+Left): the cursor at the start
        edit.setSelection(start + length, -length)
