"""Choosing files to open or save, and opening a file that may need a passphrase."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from valuejournal.core.errors import UserError
from valuejournal.ui import dialogs
from valuejournal.ui.i18n import tr

log = logging.getLogger(__name__)
T = TypeVar("T")

SHARE_FILTER = "Shared journal (*.vjshare);;All files (*)"
FEEDBACK_FILTER = "Coach feedback (*.vjfeedback);;All files (*)"


def with_passphrase(
    parent: Any, path: Path, title: str, action: Callable[[Path, str | None], T]
) -> T | None:
    """Run ``action(path, passphrase)``, asking for a passphrase while one is needed or wrong.

    A problem with the file is shown to the person; returns None then, or when cancelled.
    """
    from valuejournal.store.envelope import PassphraseNeededError, WrongPassphraseError
    from valuejournal.ui.widgets.comment_dialogs import PassphraseDialog

    secret: str | None = None
    hint = ""
    while True:
        try:
            return action(path, secret)
        except PassphraseNeededError:
            hint = ""
        except WrongPassphraseError as exc:
            hint = str(exc)
        except UserError as exc:
            dialogs.show_error(parent, title, str(exc))
            return None
        except Exception:
            log.exception("opening %s failed", path)
            dialogs.show_error(parent, title, tr("Something went wrong; details are in the log."))
            return None
        secret = PassphraseDialog.ask(parent, path.name, hint)
        if secret is None:
            return None


def ask_open_paths(parent: Any, title: str, file_filter: str, folder: str = "") -> list[Path]:
    """Choose files to open, starting in ``folder`` if given (patched in tests)."""
    from PySide6.QtWidgets import QFileDialog

    names, _ = QFileDialog.getOpenFileNames(parent, title, folder, file_filter)
    return [Path(n) for n in names]


def ask_save_path(
    parent: Any, title: str, default: str, file_filter: str, journals: tuple[Path, ...] = ()
) -> Path | None:
    """Choose where to save a file, with the right extension (patched in tests).

    A journal (one of ``journals`` or the default one) or one of its files is refused with a
    message: nothing is ever written over a journal.
    """
    from PySide6.QtWidgets import QFileDialog

    from valuejournal.outputs import chosen_output_problem

    name, _ = QFileDialog.getSaveFileName(parent, title, default, file_filter)
    if not name:
        return None
    suffix = Path(default).suffix
    path = Path(name if name.endswith(suffix) else f"{name}{suffix}")
    problem = chosen_output_problem(path, journals)
    if problem is not None:
        log.info("save refused: %s", problem)
        dialogs.show_error(parent, title, problem)
        return None
    return path
