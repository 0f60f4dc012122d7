"""Sub-commands of the `valuejournal` command line, one module each."""

from __future__ import annotations

import argparse
from pathlib import Path

from valuejournal import paths


def journal_path(args: argparse.Namespace) -> Path:
    """The journal the command works on: --journal, or the default one."""
    chosen = getattr(args, "journal", None)
    return Path(chosen) if chosen else paths.default_journal()
