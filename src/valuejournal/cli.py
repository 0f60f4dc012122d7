"""The `valuejournal` command: the GUI by default, sub-commands for headless work.

Order in `main()`: arguments, paths, logging, then either the GUI or one sub-command.
Exit status: 0 success, 2 bad input or usage (one line on stderr, no traceback), 1 a bug
(logged with its traceback, one line on stderr).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from valuejournal import __version__
from valuejournal.core.errors import UserError
from valuejournal.logs import setup_logging

log = logging.getLogger(__name__)

# Each module in valuejournal.commands has `register(subparsers, common)` and `run(args) -> int`.
COMMAND_MODULES = (
    "demo",
    "add",
    "check",
    "insights",
    "imports",
    "export",
    "report",
    "share",
    "review",
    "feedback",
)


class ArgumentParser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line and exits 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> ArgumentParser:
    """The whole command line, as DESIGN.md specifies it."""
    common = ArgumentParser(add_help=False)
    common.add_argument(
        "--journal", type=Path, default=argparse.SUPPRESS, help="journal file to use"
    )
    parser = ArgumentParser(
        prog="valuejournal",
        description="Value Journal: journal your work and see where pay and value part ways.",
    )
    parser.add_argument("--journal", type=Path, default=None, help="journal file to use")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=ArgumentParser)
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"valuejournal.commands.{name}")
        module.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # usage errors, --help and --version
        return exc.code if isinstance(exc.code, int) else 2
    setup_logging()
    if args.command is None:
        from valuejournal.ui.app import run_gui

        return run_gui(args.journal)
    try:
        return int(args.run(args))
    except UserError as exc:
        print(f"valuejournal: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("valuejournal: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: log the traceback, show one line
        log.exception("unexpected error in %s", args.command)
        print(f"valuejournal: unexpected error ({exc}); details in the log", file=sys.stderr)
        return 1


def gui_main() -> int:
    """Entry point of the desktop launcher: the GUI with the default journal."""
    return main(sys.argv[1:])
