"""`valuejournal encrypt`, `decrypt` and `passphrase`: encryption at rest from the command line.

Passphrases never go on the command line (other accounts see it in the process list, the
shell keeps it in its history): they come from files, ``--passphrase-file F`` (the current
one) and ``--new-passphrase-file F`` (the new one), first line each, or, on a terminal, are
asked with getpass (a new one twice). Each command backs the journal up first and rewrites
it beside itself (`store/encryption.py`); a wrong passphrase, a journal encrypted already
or not at all, or a missing journal is one line and exit status 2.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from valuejournal.commands import journal_path
from valuejournal.commands.share import read_passphrase
from valuejournal.core.errors import UserError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add the `encrypt`, `decrypt` and `passphrase` sub-commands."""
    encrypt = sub.add_parser(
        "encrypt", parents=[common], help="encrypt the journal with a passphrase"
    )
    _new_file(encrypt)
    encrypt.set_defaults(run=run_encrypt)
    decrypt = sub.add_parser("decrypt", parents=[common], help="store the journal plain again")
    _old_file(decrypt)
    decrypt.set_defaults(run=run_decrypt)
    change = sub.add_parser(
        "passphrase", parents=[common], help="change the encrypted journal's passphrase"
    )
    _old_file(change)
    _new_file(change)
    change.set_defaults(run=run_passphrase)


def _old_file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        dest="journal_passphrase_file",
        type=Path,
        default=None,
        help="the journal's passphrase now, in file F (else asked on the terminal)",
    )


def _new_file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-passphrase-file",
        type=Path,
        default=None,
        help="the new passphrase, in file F (else asked twice on the terminal)",
    )


def run_encrypt(args: argparse.Namespace) -> int:
    """Encrypt a plain journal."""
    from valuejournal.store import cipher
    from valuejournal.store.encryption import encrypt_journal

    path = _existing(args)
    if cipher.is_encrypted(path):
        raise UserError(f"{path.name} is encrypted already; `valuejournal passphrase` changes it")
    made = encrypt_journal(path, _new(args, path))
    print(f"Encrypted {path}: {_sessions(path)}; it opens only with the passphrase now")
    print(f"  the state before is in {made} (encrypted with the same passphrase)")
    return 0


def run_decrypt(args: argparse.Namespace) -> int:
    """Store an encrypted journal plain again."""
    from valuejournal.store.encryption import decrypt_journal

    path = _encrypted(args)
    made = decrypt_journal(path, _old(args, path))
    print(f"Decrypted {path}: {_sessions(path)}, stored plain again")
    print(f"  the state before is in {made} (encrypted: it needs the passphrase)")
    return 0


def run_passphrase(args: argparse.Namespace) -> int:
    """Re-encrypt a journal with a new passphrase."""
    from valuejournal.store.encryption import change_passphrase

    path = _encrypted(args)
    old = _old(args, path)
    made = change_passphrase(path, old, _new(args, path))
    print(f"Changed the passphrase of {path}: {_sessions(path)}")
    print(f"  the state before is in {made} (it opens with the old passphrase)")
    return 0


def _existing(args: argparse.Namespace) -> Path:
    path = journal_path(args)
    if not path.is_file():
        raise UserError(f"there is no journal at {path}")
    return path


def _encrypted(args: argparse.Namespace) -> Path:
    from valuejournal.store import cipher

    path = _existing(args)
    if not cipher.is_encrypted(path):
        raise UserError(f"{path.name} is not encrypted; `valuejournal encrypt` encrypts it")
    return path


def _old(args: argparse.Namespace, path: Path) -> str:
    """The current passphrase: from --passphrase-file, else asked on the terminal."""
    given = read_passphrase(args.journal_passphrase_file)
    if given is not None:
        return given
    _need_terminal("--passphrase-file F")
    return getpass.getpass(f"Passphrase of {path.name}: ")


def _new(args: argparse.Namespace, path: Path) -> str:
    """The new passphrase: from --new-passphrase-file, else asked twice on the terminal."""
    given = read_passphrase(args.new_passphrase_file)
    if given is not None:
        return given
    _need_terminal("--new-passphrase-file F")
    first = getpass.getpass(f"New passphrase for {path.name}: ")
    if getpass.getpass("The same again: ") != first:
        raise UserError("the two passphrases differ; nothing was changed")
    return first


def _need_terminal(option: str) -> None:
    if not sys.stdin.isatty():
        raise UserError(f"no terminal to ask the passphrase on; give it with {option}")


def _sessions(path: Path) -> str:
    """What the journal holds, "1 session, 2 clients"."""
    from valuejournal.core import formats
    from valuejournal.store.restore import counts

    found = counts(path)
    fmt = formats.current()
    return (
        f"{fmt.count(found.sessions, 'session', 'sessions')}, "
        f"{fmt.count(found.clients, 'client', 'clients')}"
    )
