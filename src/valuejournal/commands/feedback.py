"""`valuejournal feedback`: import a coach's feedback file into the journal."""

from __future__ import annotations

import argparse
from pathlib import Path

from valuejournal.commands import journal_path
from valuejournal.commands.share import read_passphrase
from valuejournal.core import formats
from valuejournal.core.errors import UserError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add the `feedback` sub-command."""
    p = sub.add_parser("feedback", parents=[common], help="import your coach's feedback file")
    p.add_argument("file", type=Path, help="the .vjfeedback file from your coach")
    p.add_argument(
        "--passphrase-file", type=Path, default=None, help="passphrase of an encrypted file"
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Import the comments and homework; print what was added or changed, and which are
    orphaned."""
    passphrase = read_passphrase(args.passphrase_file)
    path = journal_path(args)
    if not path.exists():
        raise UserError(f"there is no journal at {path}")
    from valuejournal.store.feedback import describe_target, import_feedback, printable
    from valuejournal.store.journal import Journal

    with Journal.open(path) as journal:
        result = import_feedback(journal, args.file, passphrase=passphrase)
        lines = [f"- {describe_target(journal, c)}: {printable(c.body, 100)}" for c in result.added]
    orphaned = {c.uuid for c in result.orphaned}
    who = printable(result.author, 60) or "your coach"
    fmt = formats.current()
    added = fmt.count(len(result.added), "comment", "comments")
    print(f"Added {added} from {who} ({fmt.integer(result.already)} already there)")
    for comment, line in zip(result.added, lines, strict=True):
        print(
            line + ("  [orphaned: no longer in this journal]" if comment.uuid in orphaned else "")
        )
    if result.updated:
        updated = fmt.count(len(result.updated), "comment", "comments")
        print(f"Updated {updated} your coach changed")
    if result.homework_added or result.homework_updated:
        print(
            f"Homework: {len(result.homework_added)} new, "
            f"{len(result.homework_updated)} changed by your coach"
        )
        for item in result.homework_added:
            print(f"- {printable(item.title, 100)}")
        for item in result.homework_updated:
            if item.withdrawn:
                print(f"- withdrawn by your coach: {printable(item.title, 100)}")
    return 0
