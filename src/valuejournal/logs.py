"""Logging to a rotating file in the user's log folder (never to the person's screen)."""

from __future__ import annotations

import logging
import logging.handlers

from valuejournal import paths


def setup_logging(level: int = logging.INFO) -> None:
    """Send log records to valuejournal.log; quietly keep going if the folder is unwritable."""
    root = logging.getLogger()
    if any(getattr(h, "_valuejournal", False) for h in root.handlers):
        return
    try:
        folder = paths.log_dir()
        paths.make_private_dirs(folder)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "valuejournal.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._valuejournal = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
