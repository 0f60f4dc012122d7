"""The first bytes of a file, read without dropping the locks SQLite holds on it.

POSIX advisory locks belong to a process and a file: closing *any* descriptor of a file
releases every lock the process holds on it, SQLite's included (SQLite's "How To Corrupt
An SQLite Database File", 2.2). A journal this process has open, whose header is read with
``open()`` and closed again (is it encrypted? which schema?), is left without its locks;
another process (the CLI's ``start`` or ``status``) then takes itself for the last
connection, checkpoints and deletes the live ``-wal`` and ``-shm``, and every later write of
this process goes into a deleted file: lost. So the header is read with ``os.pread`` on a
descriptor kept open while the file exists (one per file, by device and inode), as SQLite
keeps its own; a descriptor is closed only once its file has no name left (then no lock
on it matters). Where there is no ``pread`` (Windows, whose locks are not POSIX ones), a
plain read.
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

_FDS: dict[tuple[int, int], int] = {}
_GUARD = threading.Lock()


def read_head(path: Path | str, size: int = 16) -> bytes:
    """The first ``size`` bytes of the file at ``path`` (fewer if it is shorter).

    Raises OSError as ``open`` does."""
    if not hasattr(os, "pread"):
        with Path(path).open("rb") as handle:
            return handle.read(size)
    with _GUARD:
        _forget_deleted()
        stat = os.stat(path)
        key = (stat.st_dev, stat.st_ino)
        fd = _FDS.get(key)
        if fd is None:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
            opened = os.fstat(fd)
            if (opened.st_dev, opened.st_ino) != key:  # replaced in between: read what opened
                key = (opened.st_dev, opened.st_ino)
                if key in _FDS:
                    os.close(fd)  # a descriptor of this very file is already kept
                    fd = _FDS[key]
            _FDS[key] = fd
        return os.pread(fd, size, 0)


def _forget_deleted() -> None:
    """Close the kept descriptors of files that no longer have a name."""
    for key, fd in list(_FDS.items()):
        try:
            gone = os.fstat(fd).st_nlink == 0
        except OSError:
            gone = True
        if gone:
            del _FDS[key]
            with contextlib.suppress(OSError):
                os.close(fd)
