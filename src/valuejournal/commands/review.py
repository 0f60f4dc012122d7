"""`valuejournal review`: open shared journals in the GUI's review mode (read-only).

Every file is checked before the window opens: one that fails the checks ends the command
with exit 2 and one line on stderr, and nothing is opened. Encrypted files are opened with
`--passphrase-file`, or the window asks for their passphrase.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from valuejournal.commands.share import read_passphrase

if TYPE_CHECKING:
    from valuejournal.store.untrusted import OpenedFile


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add the `review` sub-command."""
    p = sub.add_parser("review", help="open shared journals for review (coach)")
    p.add_argument("files", nargs="+", type=Path, help="the .vjshare files")
    p.add_argument(
        "--passphrase-file", type=Path, default=None, help="passphrase of encrypted files"
    )
    p.set_defaults(run=run)


def open_all(files: list[Path], passphrase: str | None) -> tuple[list[OpenedFile], list[Path]]:
    """Open and check every file; returns the opened ones and those that need a passphrase.

    Raises the first file's problem (a UserError) after closing whatever was opened.
    """
    from valuejournal.store.envelope import PassphraseNeededError
    from valuejournal.store.untrusted import open_untrusted

    opened: list[OpenedFile] = []
    locked: list[Path] = []
    try:
        for path in files:
            try:
                opened.append(open_untrusted(path, passphrase=passphrase))
            except PassphraseNeededError:
                locked.append(path)
    except BaseException:
        for item in opened:
            item.close()
        raise
    return opened, locked


def run(args: argparse.Namespace) -> int:
    """Check the files, then run the window in review mode until it closes.

    SIGINT, SIGTERM and SIGHUP end it cleanly at any moment: while the files are opened
    (an interruption, exit 130) or while the window runs (its event loop quits); either
    way the decrypted copies are removed. After SIGKILL the next start removes them.
    """
    state = {"looping": False, "stop": False}
    with _on_signals(state):
        opened, locked = open_all(list(args.files), read_passphrase(args.passphrase_file))
        try:
            if state["stop"]:
                return 130
            from valuejournal.ui.app import ensure_app, run_review

            ensure_app()
            with _wake_python(state):
                return run_review(locked, opened)
        finally:
            for item in opened:
                item.close()  # the decrypted copies go with the window


@contextlib.contextmanager
def _on_signals(state: dict[str, bool]) -> Iterator[None]:
    def stop(_signum: int, _frame: object) -> None:
        # Never raise here: an exception at an arbitrary moment (say, inside PySide's
        # start-up) is fatal. Before the event loop runs, a flag; then, quit the loop --
        # from the loop itself: Qt 6 sends the quit event at once, closing the window (and
        # the shares' copies) under whatever Python code the signal interrupted, such as
        # the window opening a share, which then reads a copy that is gone.
        state["stop"] = True
        if state["looping"]:
            from PySide6.QtCore import QCoreApplication, QTimer

            QTimer.singleShot(0, QCoreApplication.quit)

    names = ("SIGINT", "SIGTERM", "SIGHUP")
    wanted = [getattr(signal, n) for n in names if hasattr(signal, n)]
    previous = {sig: signal.signal(sig, stop) for sig in wanted}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@contextlib.contextmanager
def _wake_python(state: dict[str, bool]) -> Iterator[None]:
    """A timer lets Python run its signal handlers while Qt waits for events; a single
    shot marks the moment the event loop runs (from then on a signal quits it)."""
    from PySide6.QtCore import QTimer

    def started() -> None:
        state["looping"] = True
        if state["stop"]:  # a signal came while the window was being built
            from PySide6.QtCore import QCoreApplication

            QCoreApplication.quit()

    timer = QTimer()
    timer.timeout.connect(lambda: None)
    timer.start(200)
    QTimer.singleShot(0, started)
    try:
        yield
    finally:
        timer.stop()
        state["looping"] = False
