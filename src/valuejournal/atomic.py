"""Writing files atomically: all of the new content, or the old file untouched.

The one place the app writes exports, PDFs and share files. The content goes to a nameless
file in the target's folder (Linux ``O_TMPFILE``: a killed process leaves nothing behind),
is flushed to disk, gets a name and is moved into place with `os.replace`. Where
``O_TMPFILE`` is missing, the temporary file is ``.<name>.tmp-<pid>-<random>``, removed on
any error and, after a kill, at the next start (`valuejournal.tempfiles`). Files are 0600:
exports, PDFs and shares hold a person's private data.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from valuejournal import tempfiles

FILE_MODE = 0o600


def _open_nameless(folder: Path) -> int | None:
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not Path("/proc/self/fd").is_dir():
        return None
    try:
        return os.open(folder, flag | os.O_WRONLY, FILE_MODE)
    except OSError:  # a file system without O_TMPFILE
        return None


def _give_name(fd: int, temp: Path) -> None:
    """Link a nameless file into its folder (linkat with AT_SYMLINK_FOLLOW via /proc)."""
    folder = os.open(temp.parent, os.O_RDONLY)
    try:
        os.link(f"/proc/self/fd/{fd}", temp.name, dst_dir_fd=folder, follow_symlinks=True)
    finally:
        os.close(folder)


@contextlib.contextmanager
def atomic_writer(
    path: Path | str, *, binary: bool = False, newline: str | None = None
) -> Iterator[IO[Any]]:
    """Open a stream (UTF-8 text, or bytes) whose content replaces ``path`` only on success."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    temp = tempfiles.temp_beside(target, "tmp")
    fd = _open_nameless(folder)
    nameless = fd is not None
    if fd is None:
        fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
    try:
        if binary:
            stream: IO[Any] = os.fdopen(fd, "wb")
        else:
            stream = os.fdopen(fd, "w", encoding="utf-8", newline=newline)
        with stream:
            yield stream
            stream.flush()
            os.fchmod(stream.fileno(), FILE_MODE)
            os.fsync(stream.fileno())
            if nameless:
                _give_name(stream.fileno(), temp)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def write_bytes(path: Path | str, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically (raises OSError, leaving no temp file)."""
    with atomic_writer(path, binary=True) as stream:
        stream.write(data)


def create_private(path: Path | str) -> None:
    """Create the new, empty, private (0600) file ``path``; FileExistsError if it exists."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE))


def fsync_file(path: Path | str) -> None:
    """Flush the file at ``path`` to disk (a database file another connection has written)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
