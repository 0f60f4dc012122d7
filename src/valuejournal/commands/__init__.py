"""Sub-commands of the `valuejournal` command line, one module each."""

from __future__ import annotations

import argparse
from pathlib import Path

from valuejournal import paths


def journal_path(args: argparse.Namespace) -> Path:
    """The journal the command works on: --journal, or the default one."""
    chosen = getattr(args, "journal", None)
    return Path(chosen) if chosen else paths.default_journal()


def protected_journals(args: argparse.Namespace) -> tuple[Path, ...]:
    """Journals an output file must never replace: the one in use and the default one."""
    return (journal_path(args), paths.default_journal())


def check_out(args: argparse.Namespace, out: Path) -> Path:
    """Refuse ``out`` if it is a journal's own file, or exists and --force was not given."""
    from valuejournal.outputs import check_output

    return check_output(out, journals=protected_journals(args), force=getattr(args, "force", False))
