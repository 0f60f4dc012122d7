"""Writing files atomically: all of the new content, or the old file untouched.

The one place the app writes exports, PDFs and share files: the content goes to a temporary
file in the same folder, is flushed to disk, and `os.replace` puts it in place; on any error
the temporary file is removed and an existing file is left as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


@contextlib.contextmanager
def atomic_writer(
    path: Path | str, *, binary: bool = False, newline: str | None = None
) -> Iterator[IO[Any]]:
    """Open a stream (UTF-8 text, or bytes) whose content replaces ``path`` only on success."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    temp = Path(temp_name)
    try:
        if binary:
            stream: IO[Any] = os.fdopen(fd, "wb")
        else:
            stream = os.fdopen(fd, "w", encoding="utf-8", newline=newline)
        with stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        try:
            mode = target.stat().st_mode & 0o777
        except OSError:
            mode = 0o644
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def write_bytes(path: Path | str, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically (raises OSError, leaving no temp file)."""
    with atomic_writer(path, binary=True) as stream:
        stream.write(data)
