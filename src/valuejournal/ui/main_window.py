"""The main window: sidebar and pages, menus, status bar; opens journals off the GUI thread.

The window is built light and shown first; the journal (SQLAlchemy, migrations) is opened in
a background task, and the pages are built when it is ready (`journal_loaded`).

Before the first paint the window is only what shows: the sidebar, the waiting message, the
menu bar's titles and the status bar. The menus' entries, the conflict-copy bar and review
mode are made right after it (`_finish_start`), and nothing before it uses an enum of the
``Qt`` namespace (PySide builds all of its ~100 enums at the first, ~20 ms);
``tests/ui/test_startup_shell.py`` holds both.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QRect, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from valuejournal import APP_NAME
from valuejournal.core import formats
from valuejournal.core.errors import UserError
from valuejournal.ui.i18n import tr
from valuejournal.ui.pages import page_factories
from valuejournal.ui.settings import app_settings, int_setting
from valuejournal.ui.theme import settle_system_scheme

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QUndoStack

    from valuejournal.store.journal import Journal
    from valuejournal.store.lock import JournalLock
    from valuejournal.ui.context import JournalContext
    from valuejournal.ui.desktop import Desktop
    from valuejournal.ui.import_dialog import ImportResult
    from valuejournal.ui.journal_watch import JournalWatch
    from valuejournal.ui.review import ReviewSession
    from valuejournal.ui.widgets.drafts import Draft

log = logging.getLogger(__name__)
FILE_FILTER = "Value Journal (*.vjournal);;All files (*)"


RECENT_KEY = "journal/recent"
MAX_RECENT = 8


def recent_journals() -> list[Path]:
    """The journals opened last (newest first) that still exist."""
    raw = app_settings().value(RECENT_KEY, [])
    names = [raw] if isinstance(raw, str) else list(raw) if isinstance(raw, list) else []
    return [Path(n) for n in names if n and Path(n).is_file()]


def remember_recent(path: Path) -> None:
    """Put ``path`` first in the recent journals."""
    path = path.resolve()
    names = [str(path)] + [str(p) for p in recent_journals() if p.resolve() != path]
    app_settings().setValue(RECENT_KEY, names[:MAX_RECENT])


def first_size(available: QRect) -> QSize:
    """The window's size at its first start: 1280×800, or less on a smaller screen, so the
    window and its frame fit (a 1366×768 laptop gets 1280×708)."""
    return QSize(min(1280, available.width() - 40), min(800, available.height() - 60))


class MainWindow(QMainWindow):
    """Value Journal's one main window."""

    journal_loaded = Signal()
    sessions_previewed = Signal()  # the newest sessions are on screen, the journal still opening
    journal_failed = Signal(str)
    first_painted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.context: JournalContext | None = None
        self._painted = False
        self._pending_load: Callable[[], None] | None = None
        self._preview: QWidget | None = None  # the session list shown while a journal opens
        self._lock: JournalLock | None = None  # the lock of the journal shown (one's own)
        self._next_lock: JournalLock | None = None  # the lock of the journal being opened
        self.pages: dict[str, QWidget] = {}
        self.weekly_review_at_start = False  # build_window sets it for the real app
        self._review: ReviewSession | None = None  # the coach's open shares (review mode)
        self._started = False  # _finish_start has run
        self.setWindowTitle(APP_NAME)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")  # no horizontal scroll bar: the style sheet
        self.sidebar.setFixedWidth(170)
        self.stack = QStackedWidget()
        self.message = QLabel(tr("Opening your journal…"))
        self.message.setObjectName("waiting")  # centred by the style sheet
        self.message.setWordWrap(True)
        self.stack.addWidget(self.message)
        self._page_keys: list[str] = []  # by row
        for key, label, _factory in page_factories():
            self._page_keys.append(key)
            self.sidebar.addItem(label)
        self._fit_sidebar()
        self.sidebar.currentRowChanged.connect(self._show_page)
        self.sidebar.setEnabled(False)
        central = QWidget()
        self.central_layout = QVBoxLayout(central)  # a reminder banner may go on top
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.central_layout.setSpacing(0)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        column = QVBoxLayout()  # the pages, under a bar offering to merge conflict copies
        column.addWidget(self.stack, 1)
        self._page_column = column
        layout.addLayout(column, 1)
        self.central_layout.addLayout(layout, 1)
        self.setCentralWidget(central)
        self.desktop: Desktop | None = None  # timer, tray, reminders: made with a journal
        self.journal_watch: JournalWatch | None = None  # others' writes to one's own journal
        self.week_label = QLabel()
        self.statusBar().addPermanentWidget(self.week_label)
        self._make_menu_bar()
        self.setAcceptDrops(True)  # a CSV file dropped on the window opens the import dialog
        self._restore_geometry()

    def _finish_start(self) -> None:
        """What the first paint need not wait for: the menus' entries and the conflict-copy
        bar (once; at the first paint, or before a journal is shown if that comes first)."""
        if self._started:
            return
        self._started = True
        from valuejournal.ui.widgets.conflict_banner import ConflictBanner

        self.conflict_banner = ConflictBanner()
        self.conflict_banner.merge_requested.connect(self.merge_conflict_copies)
        self._page_column.insertWidget(0, self.conflict_banner)
        self._fill_menus()

    @property
    def review(self) -> ReviewSession:
        """The coach's open shares (review mode), made at first use."""
        if self._review is None:
            from valuejournal.ui.review import ReviewSession

            self._review = ReviewSession(self, self)
        return self._review

    # -- menus -------------------------------------------------------------------------
    def _make_menu_bar(self) -> None:
        """The menu bar's titles (their entries: `_fill_menus`)."""
        bar = self.menuBar()
        self.file_menu = bar.addMenu(tr("&File"))
        self.edit_menu = bar.addMenu(tr("&Edit"))
        self.go_menu = bar.addMenu(tr("&Go"))
        self.help_menu = bar.addMenu(tr("&Help"))

    def _fill_menus(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        from valuejournal.ui.shortcut_keys import INVOICE_KEYS, PAID_KEYS, RATES_KEYS

        file_menu = self.file_menu
        self.new_action = self._action(file_menu, tr("&New journal…"), self.new_journal)
        self.open_action = self._action(
            file_menu, tr("&Open journal…"), self.choose_journal, QKeySequence.StandardKey.Open
        )
        self.recent_menu = file_menu.addMenu(tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.my_journal_action = self._action(
            file_menu, tr("Open &my journal"), self.open_my_journal, QKeySequence("Ctrl+Shift+M")
        )
        file_menu.addSeparator()
        # not Ctrl+I: that is italic in the reflection editor (an ambiguous key does nothing)
        self.import_action = self._action(
            file_menu, tr("&Import…"), self.choose_import, QKeySequence("Ctrl+Shift+I")
        )
        self.export_action = self._action(file_menu, tr("&Export…"), self.export_journal)
        self.merge_action = self._action(
            file_menu, tr("Mer&ge another copy…"), self.choose_merge, QKeySequence("Ctrl+Shift+G")
        )
        file_menu.addSeparator()  # the coach round trip (ui/actions/comments.py)
        self._action(file_menu, tr("&Share with coach…"), lambda: self._coach("share"))
        self._action(file_menu, tr("Open &shared journal…"), lambda: self._coach("review"))
        self._action(file_menu, tr("Import coach &feedback…"), lambda: self._coach("feedback"))
        file_menu.addSeparator()
        self.backups_action = self._action(
            file_menu, tr("&Backups…"), self.show_backups, QKeySequence("Ctrl+Shift+B")
        )
        self._make_encryption_menu(file_menu)
        file_menu.addSeparator()
        self._action(file_menu, tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit_menu = self.edit_menu
        self.undo_action = self._action(edit_menu, tr("&Undo"), None, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(edit_menu, tr("&Redo"), None, QKeySequence("Ctrl+Shift+Z"))
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        edit_menu.addSeparator()
        self.settings_action = self._action(
            edit_menu, tr("&Settings…"), self.edit_settings, QKeySequence("Ctrl+,")
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.timer_action = self._action(
            edit_menu, tr("Start or stop the &timer"), self.toggle_timer, QKeySequence("Ctrl+T")
        )
        self.rates_action = self._action(
            edit_menu, tr("E&xchange rates…"), self.edit_rates, QKeySequence(RATES_KEYS)
        )
        edit_menu.addSeparator()
        self.invoice_action = self._action(
            edit_menu, tr("Mark as &invoiced…"), lambda: self._on_journal("invoice_selected"),
            QKeySequence(INVOICE_KEYS),
        )  # fmt: skip
        self.paid_action = self._action(
            edit_menu, tr("Mark as &paid…"), lambda: self._on_journal("paid_selected"),
            QKeySequence(PAID_KEYS),
        )  # fmt: skip
        go_menu = self.go_menu
        for i, (_key, label, _f) in enumerate(page_factories()):
            self._action(
                go_menu,
                label,
                self._go_to(i),
                QKeySequence(f"Ctrl+{i + 1}"),
            )
        go_menu.addSeparator()
        self.weekly_review_action = self._action(
            go_menu, tr("&Weekly review…"), self.show_weekly_review, QKeySequence("Ctrl+Shift+W")
        )
        help_menu = self.help_menu
        self.shortcuts_action = self._action(
            help_menu, tr("&Keyboard shortcuts"), self.show_shortcuts, QKeySequence("F1")
        )
        self._action(help_menu, tr("Open &log folder"), self.open_log_folder)
        help_menu.addSeparator()
        self._action(help_menu, tr("&About Value Journal"), self._about)

    def _go_to(self, row: int) -> Callable[[], None]:
        """A slot showing page ``row``; it takes no arguments, so triggered(checked) cannot
        land in a defaulted parameter (``lambda i=i: ...`` received ``checked`` as ``i``)."""
        return lambda: self.sidebar.setCurrentRow(row)

    def _make_encryption_menu(self, file_menu: QMenu) -> None:
        """File → Encryption (ui/actions/encryption.py): entries enabled as they apply."""
        from PySide6.QtGui import QKeySequence

        menu = file_menu.addMenu(tr("En&cryption"))
        entries = (
            ("encrypt", tr("&Encrypt journal…"), "Ctrl+Shift+K"),
            ("change", tr("&Change passphrase…"), "Ctrl+Alt+K"),  # Ctrl+Shift+P: paid
            ("decrypt", tr("&Decrypt journal…"), "Ctrl+Shift+D"),
        )
        self.encryption_actions: dict[str, QAction] = {}
        for mode, text, keys in entries:
            self.encryption_actions[mode] = self._action(
                menu, text, lambda _=False, m=mode: self.change_encryption(m), QKeySequence(keys)
            )
        menu.aboutToShow.connect(self._update_encryption_actions)
        self.journal_loaded.connect(self._update_encryption_actions)
        self.encryption_menu = menu

    def _update_encryption_actions(self) -> None:
        from valuejournal.ui.actions.encryption import available

        for mode, enabled in available(self.context).items():
            self.encryption_actions[mode].setEnabled(enabled)

    def change_encryption(self, mode: Any) -> None:
        """File → Encryption → Encrypt / Change passphrase / Decrypt (the journal reopens)."""
        from valuejournal.ui.actions.encryption import change_encryption

        change_encryption(self, mode)

    def set_journal_aside(self, text: str) -> None:
        """Close the journal (pages, timer, lock) for a rewrite of its file; show ``text``."""
        self._close_journal()
        self.sidebar.setEnabled(False)
        self.show_waiting(text)

    def show_waiting(self, text: str) -> None:
        """The message in place of the pages while no journal is shown."""
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def _action(self, menu: Any, text: str, slot: Any, shortcut: Any = None) -> QAction:
        from PySide6.QtGui import QAction

        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if slot is not None:
            action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # -- opening journals ------------------------------------------------------------------
    def open_journal(self, path: Path) -> None:
        """Open (or create) the journal at ``path`` right after the window has painted.

        The window paints first and the journal loads on the GUI thread in the next turn of
        the event loop (a second or so for the imports and, rarely, a migration); the page
        is built right after, so there is nothing to hand between threads.
        """
        self._start_loading(
            tr("Opening {path}…").format(path=path), lambda: self._open(path), preview=path
        )

    def open_demo(self, path: Path) -> None:
        """Write a demo journal at ``path`` (if missing), then open it."""
        self.weekly_review_at_start = False  # a demo's weeks are nobody's to review
        self._start_loading(tr("Writing a demo journal…"), lambda: self._write_demo(path))

    def _start_loading(
        self, text: str, load: Callable[[], Journal], *, preview: Path | None = None
    ) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self.sidebar.setEnabled(False)

        def run() -> None:
            if preview is not None:
                self._unlock(preview)  # an encrypted journal's preview needs its key
                self._show_preview(preview)
            from PySide6.QtCore import Qt

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                journal = load()
            except Exception as exc:
                QApplication.restoreOverrideCursor()
                if not isinstance(exc, UserError):
                    log.exception("opening a journal failed")
                self._open_failed(exc)
                return
            QApplication.restoreOverrideCursor()
            self.set_journal(journal, read_only=journal.read_only)

        self._pending_load = run
        if self._painted:
            QTimer.singleShot(0, self._run_pending_load)
        else:  # normally the first paint starts it; this is a fallback for hidden windows
            QTimer.singleShot(1500, self._run_pending_load)

    def _unlock(self, path: Path) -> None:
        """Ask an encrypted journal's passphrase before anything reads it (a cancel is
        reported by the open that follows)."""
        from valuejournal.ui.actions.backups import ask_passphrase

        ask_passphrase(self, path)

    def _show_preview(self, path: Path) -> None:
        """The newest sessions, read with sqlite3, on screen before the journal opens."""
        from valuejournal.ui.session_preview import SessionPreview

        preview = SessionPreview()
        if not preview.load(path):
            preview.deleteLater()
            return
        self._drop_preview()
        self._preview = preview
        self.stack.addWidget(preview)
        self.stack.setCurrentWidget(preview)
        self.stack.repaint()  # painted now: opening the journal keeps the GUI thread busy
        self.sessions_previewed.emit()

    def _drop_preview(self) -> None:
        if self._preview is not None:
            self.stack.removeWidget(self._preview)
            self._preview.deleteLater()
            self._preview = None

    def _run_pending_load(self) -> None:
        self._finish_start()
        run, self._pending_load = self._pending_load, None
        if run is not None:
            run()

    def event(self, event: QEvent) -> bool:
        """After the very first paint, start loading the journal (window first, data next)."""
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.first_painted.emit()
            QTimer.singleShot(0, self._finish_start)
            QTimer.singleShot(0, settle_system_scheme)  # read off the palette until now
            QTimer.singleShot(0, formats.current)  # the locale's data (babel), once painted
            if self._pending_load is not None:
                QTimer.singleShot(0, self._run_pending_load)
        return handled

    def _open(self, path: Path) -> Journal:
        from valuejournal.ui.actions.backups import open_own

        journal, self._next_lock = open_own(self, path)
        return journal

    @staticmethod
    def _write_demo(path: Path) -> Journal:
        from valuejournal.store.journal import Journal
        from valuejournal.store.writer import write_demo_journal

        if not path.exists():
            write_demo_journal(path, seed=1, weeks=52)
        return Journal.open(path)

    def _open_failed(self, exc: BaseException) -> None:
        text = (
            str(exc)
            if isinstance(exc, UserError)
            else tr("Something went wrong while opening the journal; details are in the log.")
        )
        self.message.setText(
            tr(
                "Could not open the journal:\n{text}\n\nUse File → Open journal… to pick "
                "another file."
            ).format(text=text)
        )
        self.stack.setCurrentWidget(self.message)
        self._drop_preview()
        self.journal_failed.emit(text)

    def set_journal(self, journal: Journal, *, read_only: bool = False) -> None:
        """Show ``journal`` in the window (replacing any open one); builds the pages.

        ``read_only`` is review mode: a coach looking at a shared journal."""
        from valuejournal.ui.context import JournalContext

        self._finish_start()
        self._close_journal()
        self._lock, self._next_lock = self._next_lock, None
        share = self.review.share_showing(journal) if read_only else None
        self.context = JournalContext(
            journal, self, read_only=read_only, review=self.review, share=share
        )
        self.context.journal_changed.connect(self.update_status)
        self.context.error.connect(self._show_error)
        self._bind_undo()
        for action in (self.invoice_action, self.paid_action):  # a share is read-only
            action.setEnabled(not read_only)
        self._ensure_page("journal")  # the others are built when first shown
        review = f" ({tr('review, read-only')})" if share is not None else ""
        if read_only and share is None:
            review = f" ({tr('read-only: open on another computer')})"
        self.setWindowTitle(f"{APP_NAME} — {journal.name}{review}")
        self.sidebar.setEnabled(True)
        row = int_setting("window/page", 0)
        self.sidebar.setCurrentRow(-1)
        self.sidebar.setCurrentRow(row if 0 <= row < self.sidebar.count() else 0)
        self._drop_preview()  # the real page is shown now
        self.update_status()
        if not read_only:
            self._adopt(journal)
            remember_recent(journal.path)
            from valuejournal.ui.actions.backups import daily_backup_later

            daily_backup_later(self, journal.path)
            self._ensure_desktop().attach(self.context)
            from valuejournal.ui.journal_watch import JournalWatch

            self.journal_watch = JournalWatch(self.context, self)
            self._connect_timer(self.pages["journal"])
            if self.weekly_review_at_start:
                context = self.context
                QTimer.singleShot(1500, lambda: self._weekly_review_at_start(context))
        self.review.journal_shown()
        self._look_for_conflict_copies()
        self.journal_loaded.emit()

    def retranslate(self) -> None:
        """Speak the language installed now: the menus, the sidebar and the pages are built
        again (the journal stays open, the page shown stays shown, and what is typed in a
        page and not saved is carried into the page built again: ``_take_drafts``)."""
        from PySide6.QtGui import QAction, QKeySequence

        from valuejournal.ui.widgets import drafts

        self._finish_start()
        old_menus = [m for a in self.menuBar().actions() if isinstance(m := a.menu(), QMenu)]
        self.menuBar().clear()
        for menu in old_menus:
            for action in [*menu.findChildren(QAction), *menu.actions()]:
                action.setShortcut(QKeySequence())  # never two actions on one key
                if action.parent() is self:
                    action.deleteLater()
            menu.deleteLater()
        self._make_menu_bar()
        self._fill_menus()
        for row, (_key, label, _factory) in enumerate(page_factories()):
            self.sidebar.item(row).setText(label)
        self._fit_sidebar()
        self.message.setText(tr("Opening your journal…"))
        self.conflict_banner.retranslate()
        if self.desktop is not None:
            self.desktop.tray.retranslate()
            from valuejournal.ui.reminder_center import reminder_text

            banner = self.desktop.banner
            banner.retranslate(*reminder_text(banner.reminder) if banner.reminder else ("", ""))
        if self.context is None:
            return
        self._bind_undo()
        read_only = self.context.read_only
        for action in (self.invoice_action, self.paid_action):
            action.setEnabled(not read_only)
        current = self.stack.currentWidget()
        shown = next((key for key, page in self.pages.items() if page is current), "journal")
        kept = self._take_drafts()
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self._ensure_page("journal")
        if not read_only:
            self._connect_timer(self.pages["journal"])
        self.stack.setCurrentWidget(self._ensure_page(shown))
        for key, draft in kept.items():  # a page with typed text is built again at once
            if draft or key in self.pages:
                drafts.restore(self._ensure_page(key), draft)
        self.update_status()

    def _fit_sidebar(self) -> None:
        """As wide as its longest label in the language spoken (at least 170 px): French's
        "Vue d’ensemble des clients" was cut, with a scroll bar under the list."""
        metrics = self.sidebar.fontMetrics()
        if (font := self.sidebar.font()).pointSizeF() > 0:
            font.setPixelSize(14)  # the style sheet's #sidebar font-size
            metrics = QFontMetrics(font)
        widest = max(metrics.horizontalAdvance(self.sidebar.item(row).text())
                     for row in range(self.sidebar.count()))  # fmt: skip
        chrome = 2 * 14 + 2 * 6 + 2 * self.sidebar.frameWidth() + 8  # padding, margin, frame
        self.sidebar.setFixedWidth(max(170, widest + chrome))

    def _take_drafts(self) -> dict[str, Draft]:
        """Before the pages go: save what their autosave would (the Reflections and Canvas
        pages' texts), then note what is typed and not saved anywhere (the quick entry's
        fields, a comment being written), the choices made and the focus, page by page."""
        from valuejournal.ui.widgets import drafts
        from valuejournal.ui.widgets.save_on_leave import save_pending

        kept: dict[str, Draft] = {}
        for key, page in self.pages.items():
            save_pending(page)
            kept[key] = drafts.take(page)
        return kept

    def show_weekly_review(self) -> None:
        """Go → Weekly review…: last week's figures, spans and three prompts."""
        from valuejournal.ui.actions.weekly_review import show_weekly_review

        if self.context is not None:
            show_weekly_review(self, self.context)

    def _weekly_review_at_start(self, context: JournalContext) -> None:
        """On the first start of a week: last week's review, unless answered or dismissed."""
        from valuejournal.ui.actions.weekly_review import show_weekly_review

        if context is self.context and QApplication.activeModalWidget() is None:
            show_weekly_review(self, context, automatic=True)

    def shown_journal(self) -> tuple[Journal, bool] | None:
        """The journal shown now and whether it is read-only (review mode)."""
        return None if self.context is None else (self.context.journal, self.context.read_only)

    @staticmethod
    def _adopt(journal: Journal) -> None:
        """A journal of one's own with no owner name yet takes the person's name."""
        from valuejournal import settings

        name = settings.load().name
        if name and not journal.info().owner:
            journal.set_owner(name)

    def _bind_undo(self) -> None:
        assert self.context is not None
        stack = self.context.undo_stack
        for action in (self.undo_action, self.redo_action):
            with contextlib.suppress(RuntimeError, TypeError):
                action.triggered.disconnect()
        self.undo_action.triggered.connect(lambda: self._step(stack, back=True))
        self.redo_action.triggered.connect(lambda: self._step(stack, back=False))
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    def _show_error(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    def _step(self, stack: QUndoStack, *, back: bool) -> None:
        """Undo or redo one step and say in the status bar what it was."""
        text = stack.undoText() if back else stack.redoText()
        if not (stack.canUndo() if back else stack.canRedo()):
            return
        if back:
            stack.undo()
        else:
            stack.redo()
        done = tr("Undone: {what}") if back else tr("Redone: {what}")
        self._show_message(done.format(what=text))

    def _undo_text(self, text: str) -> None:
        self.undo_action.setText(tr("&Undo {t}").format(t=text) if text else tr("&Undo"))

    def _redo_text(self, text: str) -> None:
        self.redo_action.setText(tr("&Redo {t}").format(t=text) if text else tr("&Redo"))

    def _ensure_desktop(self) -> Desktop:
        """The timer, tray, reminders and instance socket (built with the first journal)."""
        if self.desktop is None:
            from valuejournal.ui.desktop import Desktop

            self.desktop = Desktop(self, self)
            self.central_layout.insertWidget(0, self.desktop.banner)
            self.desktop.timer_changed.connect(self._timer_changed)
            self.desktop.timer_ticked.connect(self._timer_ticked)
        return self.desktop

    def _connect_timer(self, page: QWidget) -> None:
        if self.desktop is not None and self.desktop.timer is not None:
            page.timer_toggle_requested.connect(self.desktop.toggle_timer)  # type: ignore[attr-defined]
            page.timer_bar.show_timer(self.desktop.timer.timer)  # type: ignore[attr-defined]

    def _timer_changed(self, timer: object) -> None:
        page = self.pages.get("journal")
        if page is not None:
            page.timer_bar.show_timer(timer)  # type: ignore[attr-defined]

    def _timer_ticked(self, timer: object) -> None:
        page = self.pages.get("journal")
        if page is not None:
            page.timer_bar.tick(timer)  # type: ignore[attr-defined]

    def toggle_timer(self) -> None:
        """Ctrl+T: start a timer (for the quick entry's client and "what"), or stop it."""
        page = self.pages.get("journal")
        if page is not None:
            page.toggle_timer()  # type: ignore[attr-defined]
        elif self.desktop is not None:
            self.desktop.toggle_timer(None, "")

    def _on_journal(self, method: str) -> None:
        """Run a Journal page action on its selection (the menus' invoice and paid)."""
        page = self.pages.get("journal")
        if page is not None and self.stack.currentWidget() is page:
            getattr(page, method)()
        elif page is not None:
            self.show_page("journal")
            self.statusBar().showMessage(tr("Select the sessions in the list first."), 4000)

    def _close_journal(self) -> None:
        if self.desktop is not None:
            self.desktop.detach()
        if self.journal_watch is not None:
            self.journal_watch.stop()
            self.journal_watch.deleteLater()
            self.journal_watch = None
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        if self.context is not None:
            self.context.journal.close()
            self.context.deleteLater()
            self.context = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def choose_journal(self) -> None:
        """File → Open journal…"""
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self, tr("Open journal"), "", FILE_FILTER)
        if name:
            self.open_journal(Path(name))

    def open_my_journal(self) -> None:
        """File → Open my journal: the default journal, wherever the app keeps it."""
        from valuejournal import paths

        self.open_journal(paths.default_journal())

    def _fill_recent(self) -> None:
        """File → Open recent: the journals opened last, newest first (missing ones left out)."""
        self.recent_menu.clear()
        for path in recent_journals():
            action = self.recent_menu.addAction(f"{path.stem}  —  {path.parent}")
            action.setToolTip(str(path))
            action.triggered.connect(self._opener(path))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(tr("No journals opened yet")).setEnabled(False)

    def _opener(self, path: Path) -> Callable[[], None]:
        return lambda: self.open_journal(path)

    def new_journal(self) -> None:
        """File → New journal…"""
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self, tr("New journal"), "journal.vjournal", FILE_FILTER
        )
        if name:
            path = Path(name if name.endswith(".vjournal") else f"{name}.vjournal")
            self.open_journal(path)

    def _coach(self, what: str) -> None:
        """Run a coach menu entry; its module loads on first use, not at start-up."""
        from valuejournal.ui.actions import comments as comment_actions

        if what == "review":
            self.review.choose_files()
        elif what == "share":
            comment_actions.share_with_coach(self, self.context)
        else:
            comment_actions.import_feedback_file(
                self, self.context, show_coach=lambda: self.show_page("coach")
            )

    # -- import and export (the flows are in ui/actions/imports.py) --------------
    def choose_import(self) -> None:
        """File → Import…: a time tracker's CSV export (or the app's own)."""
        if self.context is not None and not self.context.read_only:
            from valuejournal.ui.actions import imports as import_actions

            self._show_imported(import_actions.choose_and_import(self, self.context))

    def import_file(self, path: Path) -> None:
        """Open the import dialog on ``path`` (a file dropped on the window)."""
        if self.context is not None and not self.context.read_only:
            from valuejournal.ui.actions import imports as import_actions

            self._show_imported(import_actions.import_into(self, self.context, path))

    def _show_imported(self, result: ImportResult | None) -> None:
        """After an import, the Journal shows the imported days (an old filter would hide
        them)."""
        from valuejournal.ui.actions import imports as import_actions

        if result is None or not result.added or self.context is None:
            return
        days = import_actions.imported_days(self.context, result.uuids)
        if days is not None:
            self.show_range_in_journal(*days)

    # -- merging other copies (the flows are in ui/actions/merge.py) --------------------
    def _look_for_conflict_copies(self) -> None:
        from valuejournal.ui.actions import merge as merge_actions

        merge_actions.look_for_conflict_copies(self.conflict_banner, self.context)

    def choose_merge(self) -> None:
        """File → Merge another copy…: merge a copy of this journal chosen in a file dialog."""
        from valuejournal.ui.actions import merge as merge_actions

        merge_actions.choose_and_merge(self, self.context, then=self._look_for_conflict_copies)

    def merge_conflict_copies(self, copies: list[Any]) -> None:
        """Merge the conflict copies the banner offered (each a `ConflictCopy`)."""
        from valuejournal.ui.actions import merge as merge_actions

        if self.context is not None and not self.context.read_only:
            self.conflict_banner.hide()
            paths = [c.path for c in copies]
            merge_actions.merge_copies(
                self, self.context, paths, then=self._look_for_conflict_copies
            )

    def export_journal(self) -> None:
        """File → Export…: the app's CSV (sessions) or JSON (everything)."""
        if self.context is not None:
            from valuejournal.ui.actions import imports as import_actions

            import_actions.export_to_file(self, self.context)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept a dragged CSV file when a journal is open."""
        from valuejournal.ui.actions.imports import csv_from_mime

        if self.context is not None and csv_from_mime(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """A dropped CSV file: import it (after the drop has finished)."""
        from valuejournal.ui.actions.imports import csv_from_mime

        path = csv_from_mime(event.mimeData())
        if self.context is None or path is None:
            return
        event.acceptProposedAction()
        QTimer.singleShot(0, lambda: self.import_file(path))

    # -- pages and status --------------------------------------------------------------
    def _ensure_page(self, key: str) -> QWidget:
        """The page with this key, built on first use (so start-up builds only the Journal)."""
        page = self.pages.get(key)
        if page is not None:
            return page
        assert self.context is not None
        from PySide6.QtCore import Qt

        factory = next(f for k, _label, f in page_factories() if k == key)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            page = factory(self.context)
        finally:
            QApplication.restoreOverrideCursor()
        self.pages[key] = page
        self.stack.addWidget(page)
        if hasattr(page, "status_message"):
            page.status_message.connect(self._show_message)
        if key == "insights":
            page.show_range.connect(self.show_range_in_journal)  # type: ignore[attr-defined]
        if key == "coach":
            page.show_sessions_requested.connect(self.show_sessions_in_journal)  # type: ignore[attr-defined]
            page.show_range_requested.connect(self.show_range_in_journal)  # type: ignore[attr-defined]
            page.show_quarter_requested.connect(self.show_quarter)  # type: ignore[attr-defined]
            page.show_canvas_requested.connect(self.show_canvas)  # type: ignore[attr-defined]
        return page

    def _show_page(self, row: int) -> None:
        if row < 0 or self.context is None:
            return
        self.stack.setCurrentWidget(self._ensure_page(self._page_keys[row]))
        app_settings().setValue("window/page", row)

    def show_page(self, key: str) -> QWidget:
        """Switch to the page with this key (building it if needed) and return it."""
        if key in self._page_keys:
            self.sidebar.setCurrentRow(self._page_keys.index(key))
        return self._ensure_page(key)

    def show_range_in_journal(self, start: date, end: date) -> None:
        """Show the sessions of these days on the Journal page (a click on a chart)."""
        page = self.show_page("journal")
        page.show_range(start, end)  # type: ignore[attr-defined]

    def show_sessions_in_journal(self, uuids: list[str]) -> None:
        """Show these sessions on the Journal page and select the first (a comment's)."""
        page = self.show_page("journal")
        page.show_sessions(uuids)  # type: ignore[attr-defined]
        if uuids:
            page.select_uuid(uuids[0])  # type: ignore[attr-defined]

    def show_quarter(self, quarter: str) -> None:
        """The Reflections page, on this quarter's reflection ("": the quarter it shows)."""
        page = self.show_page("reflections")
        if quarter:
            page.load_quarter(quarter)  # type: ignore[attr-defined]

    def show_canvas(self, quarter: str) -> None:
        """The Canvas page, on this quarter."""
        page = self.show_page("canvas")
        page.load_quarter(quarter)  # type: ignore[attr-defined]

    def update_status(self) -> None:
        """Status bar: this week's hours, pay and average value."""
        if self.context is None:
            return
        fmt = formats.current()
        today = date.today()
        start = today - timedelta(days=today.weekday())
        minutes, pay, mean = self.context.journal.totals(start, start + timedelta(days=6))
        value = "—" if mean is None else fmt.decimal(mean, 1)
        self.week_label.setText(
            tr("This week: {h} h · {pay} · average value {v}").format(
                h=fmt.hours(minutes / 60), pay=fmt.amounts(pay, "—"), v=value
            )
        )

    def edit_settings(self) -> None:
        """Edit → Settings…: the person, this journal's owner name and currency, thresholds."""
        from valuejournal.ui.widgets.settings_dialog import SettingsDialog

        own = self.context if self.context is not None and not self.context.read_only else None
        info = own.journal.info() if own is not None else None
        prefs = SettingsDialog.ask(
            self, info.owner if info else None, info.base_currency if info else None
        )
        if prefs is None or self.context is None:
            return
        from valuejournal.ui.i18n import apply_locale, current_language, set_language
        from valuejournal.ui.theme import apply_theme

        apply_theme(prefs.theme)
        apply_locale(prefs.locale)
        before = current_language()
        if set_language(prefs.language) != before:
            self.retranslate()
        if own is not None and info is not None:
            if prefs.name != info.owner:
                own.journal.set_owner(prefs.name)
            if prefs.currency != info.base_currency:
                own.journal.set_base_currency(prefs.currency)
            if prefs.name != info.owner or prefs.currency != info.base_currency:
                own.notify()
        self.context.settings_changed.emit(prefs)

    def edit_rates(self) -> None:
        """Edit → Exchange rates…: the rate table (read-only in a coach's review)."""
        if self.context is None:
            return
        from valuejournal.ui.dialogs.rates_dialog import RatesDialog

        RatesDialog.show_for(self.context, self)

    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts (F1)."""

        from valuejournal.ui.widgets.help_dialogs import ShortcutSheet

        menus = [m for a in self.menuBar().actions() if isinstance(m := a.menu(), QMenu)]
        ShortcutSheet(menus, self).exec()

    def open_log_folder(self) -> None:
        """Help → Open log folder (made if missing, so there is always something to open)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from valuejournal import paths

        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self._show_message(tr("The log folder is {path}").format(path=folder))

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from valuejournal.store.engine import stored_revision
        from valuejournal.ui.widgets.help_dialogs import about_html

        schema = None
        if self.context is not None:
            with contextlib.suppress(Exception):  # About must open, whatever the file
                schema = stored_revision(self.context.journal.path)
        QMessageBox.about(self, tr("About Value Journal"), about_html(schema))

    # -- geometry ----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = app_settings().value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(first_size(self.screen().availableGeometry()))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the geometry, let background work end, close the journal; or, with
        "close to tray" set and a tray there, only hide the window (the timer runs on)."""
        if self.desktop is not None and self.desktop.keeps_running_on_close():
            event.ignore()
            self.hide()
            return
        app_settings().setValue("window/geometry", self.saveGeometry())
        if self._review is not None:
            self._review.close_all()
        from valuejournal.ui import tasks

        tasks.wait_for_tasks(5000)
        self._daily_backup_at_close()
        self._close_journal()
        super().closeEvent(event)

    def _daily_backup_at_close(self) -> None:
        """The day's backup at close, if the open made none (a journal left open overnight)."""
        own = self.context
        if own is None or own.read_only or self._lock is None:
            return
        from valuejournal.store.backups import daily_backup

        try:
            daily_backup(own.journal.path)
        except UserError as exc:
            log.warning("no daily backup at close: %s", exc)

    def show_backups(self) -> None:
        """File → Backups…: the journal's backups; after a restore the journal reopens."""
        if self.context is None:
            return
        from valuejournal.ui.actions.backups import show_backups

        text = show_backups(self, self.context)
        if text is None:
            return

        def say() -> None:  # once the journal has opened again (a page replaces the status)
            self.journal_loaded.disconnect(say)
            self.statusBar().showMessage(text, 15000)

        self.journal_loaded.connect(say)
        self.open_journal(self.context.journal.path)
