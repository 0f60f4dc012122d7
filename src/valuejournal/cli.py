"""The `valuejournal` command: the GUI by default, sub-commands for headless work.

Order in `main()`: arguments, paths, logging, then either the GUI or one sub-command.
Exit status: 0 success, 2 bad input or usage (one line on stderr, no traceback), 1 a bug
(logged with its traceback, one line on stderr).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from valuejournal import __version__
from valuejournal.core.errors import UserError
from valuejournal.logs import setup_logging
from valuejournal.terminal import one_line

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
    "canvas",
    "share",
    "review",
    "feedback",
    "merge",
    "backup",
    "restore",
    "encryption",
    "timer",
    "invoice",
    "rates",
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
    for command in sub.choices.values():
        _take_journal_passphrase(command, default=None)
        for actions in command._actions:  # `invoice list …`, `rates add …`: after the action too
            if isinstance(actions, argparse._SubParsersAction):
                for action in actions.choices.values():
                    # SUPPRESS: an action's own default would undo one given before it
                    _take_journal_passphrase(action, default=argparse.SUPPRESS)
    return parser


def _take_journal_passphrase(command: ArgumentParser, default: object) -> None:
    """The journal's passphrase: --passphrase-file F, or where that names a share's, this one."""
    options = command._option_string_actions
    if any(a.dest == "journal_passphrase_file" for a in command._actions):
        return
    if "--passphrase-file" not in options:
        flag = "--passphrase-file"
    elif "--journal" in options and "--journal-passphrase-file" not in options:
        flag = "--journal-passphrase-file"
    else:
        return
    command.add_argument(
        flag,
        dest="journal_passphrase_file",
        type=Path,
        default=default,
        help="the passphrase of an encrypted journal, in file F",
    )
    command.set_defaults(journal_passphrase_flag=flag)


def _unlock_journal(args: argparse.Namespace) -> None:
    """With --passphrase-file F (and an encrypted journal), unlock the journal for this run."""
    chosen = getattr(args, "journal_passphrase_file", None)
    if chosen is None:
        return
    from valuejournal.commands import journal_path
    from valuejournal.commands.share import read_passphrase
    from valuejournal.store import cipher

    path = journal_path(args)
    passphrase = read_passphrase(chosen)
    if passphrase is not None and cipher.is_encrypted(path):
        cipher.unlock(path, passphrase)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # usage errors, --help and --version
        return exc.code if isinstance(exc.code, int) else 2
    setup_logging()
    _use_locale()
    _clean_stale(args)  # the GUI's start too: a killed review's decrypted copies go
    if args.command is None:
        from valuejournal.ui.app import run_gui

        return run_gui(args.journal)
    try:
        _unlock_journal(args)
        code = int(args.run(args))
        sys.stdout.flush()
        return code
    except BrokenPipeError:  # `valuejournal insights | head`: the reader has gone, quietly
        _silence_stdout()
        return 141
    except UserError as exc:
        _say(f"valuejournal: error: {one_line(_for_command(exc, args))}")
        return 2
    except KeyboardInterrupt:
        _say("valuejournal: interrupted")
        return 130
    except Exception as exc:  # a bug: log the traceback, show one line
        from valuejournal.store.errors import DatabaseBugError

        sorted_exc = exc if isinstance(exc, DatabaseBugError) else _sort_database_error(exc)
        if isinstance(sorted_exc, UserError):
            _say(f"valuejournal: error: {one_line(sorted_exc)}")
            return 2
        log.exception("unexpected error in %s", args.command)
        _say(f"valuejournal: unexpected error ({one_line(exc, 200)}); details in the log")
        return 1


def _for_command(exc: UserError, args: argparse.Namespace) -> str:
    """The error's words, naming the option this command takes the journal's passphrase by."""
    flag = getattr(args, "journal_passphrase_flag", "--passphrase-file")
    return str(exc).replace("(--passphrase-file F)", f"({flag} F)")


def _use_locale() -> None:
    """Human text (not --json) in the person's locale from Settings, else the system's."""
    from valuejournal import settings
    from valuejournal.core import formats

    formats.set_locale(settings.load().locale)


def _sort_database_error(exc: Exception) -> BaseException:
    """A database or OS error that escaped the store, sorted by its SQLite or errno code."""
    import sqlite3

    from valuejournal.store.errors import classify

    inner = getattr(exc, "orig", None)
    if isinstance(exc, sqlite3.Error) or isinstance(inner, sqlite3.Error):
        return classify(exc, "the journal")
    if isinstance(exc, OSError) and exc.errno is not None:
        name = exc.filename if exc.filename is not None else "a file"
        return classify(exc, name)
    return exc


def _say(line: str) -> None:
    with contextlib.suppress(BrokenPipeError, OSError):
        print(line, file=sys.stderr)


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the exit flush raises nothing."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _clean_stale(args: argparse.Namespace) -> None:
    """Remove what killed runs left: private temp folders and temp files beside the journal."""
    from valuejournal import paths, tempfiles

    chosen = getattr(args, "journal", None)
    folders = {paths.data_dir()}
    if chosen:
        folders.add(Path(chosen).parent)
    tempfiles.clean_stale(*folders)


def gui_main() -> int:
    """Entry point of the desktop launcher: the GUI with the default journal."""
    return main(sys.argv[1:])
