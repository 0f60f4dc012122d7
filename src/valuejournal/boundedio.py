"""Reading files someone else chose, in bounded time and memory.

A passphrase file, a feedback or share file, a JSON export: each must be a regular file
(not a FIFO, a device such as /dev/zero, or a folder), and no more than a limit is read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from valuejournal.core.errors import UserError


class UnreadableFileError(UserError):
    """The file is not a regular file, is too large, or cannot be read."""


def read_regular(path: Path | str, limit: int, what: str = "the file") -> bytes:
    """The bytes of ``path``, a regular file of at most ``limit`` bytes (else a UserError)."""
    path = Path(path)
    try:
        # O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise UnreadableFileError(f"cannot read {what} {path}: it does not exist") from None
    except IsADirectoryError:
        raise UnreadableFileError(f"{what} {path} is a folder, not a file") from None
    except OSError as exc:
        raise UnreadableFileError(f"cannot read {what} {path}: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableFileError(f"{what} {path} is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFileError(f"{what} {path} is not a regular file")
        if info.st_size > limit:
            raise UnreadableFileError(f"{what} {path} is larger than {_size(limit)}")
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise UnreadableFileError(f"{what} {path} is larger than {_size(limit)}")
        return b"".join(chunks)
    except OSError as exc:
        raise UnreadableFileError(f"cannot read {what} {path}: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def _size(limit: int) -> str:
    return f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit} bytes"
