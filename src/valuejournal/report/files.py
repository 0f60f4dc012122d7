"""Where the PDF goes: checked before any work, written whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

from valuejournal.atomic import write_bytes
from valuejournal.core.errors import UserError


class ReportError(UserError):
    """The report could not be written (an unwritable path, a full disk)."""


def check_target(out: Path) -> None:
    """Raise ReportError unless a PDF can be written at ``out``."""
    folder = out.parent if str(out.parent) else Path(".")
    if out.is_dir():
        raise ReportError(f"{out} is a folder; give a file name for the PDF")
    if not folder.is_dir():
        raise ReportError(f"the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise ReportError(f"cannot write to {out}: permission denied")


def write_atomically(out: Path, payload: bytes) -> None:
    """Write ``payload`` to ``out`` whole or not at all (valuejournal.atomic)."""
    try:
        write_bytes(out, payload)
    except OSError as exc:
        raise ReportError(f"cannot write {out}: {exc.strerror or exc}") from exc
