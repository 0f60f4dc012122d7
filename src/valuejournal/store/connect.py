"""Plain sqlite3 connections to a file named by its path (never a URI built by pasting)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def file_uri(path: Path, **params: str) -> str:
    """A SQLite ``file:`` URI naming ``path`` exactly: ``?``, ``#``, ``%``, spaces and
    non-ASCII characters are percent-quoted, so SQLite never reads them as URI syntax."""
    uri = Path(path).resolve().as_uri()
    return uri + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")


def connect_file(
    path: Path, *, read_only: bool = False, immutable: bool = False
) -> sqlite3.Connection:
    """A plain sqlite3 connection to the file named ``path``.

    ``immutable`` opens read-only without any locking and without creating ``-shm`` or
    ``-wal`` files beside it: for files nobody else writes (hostile files, private copies).
    """
    if immutable:
        return sqlite3.connect(file_uri(path, mode="ro", immutable="1"), uri=True)
    if read_only:
        return sqlite3.connect(file_uri(path, mode="ro"), uri=True)
    return sqlite3.connect(str(Path(path).resolve()))
