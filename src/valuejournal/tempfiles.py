"""Temporary files and folders that a killed process cannot leave behind for ever.

Every temporary name carries the creating process's id, after a recognisable prefix:
``.<target>.<kind>-<pid>-<random>`` beside a target file, ``valuejournal-<kind>-<pid>-<random>``
in the system's temp folder (private folders, 0700, for decrypted or plain copies). When a
process starts, it removes those whose process is gone (`clean_stale`); its own it removes
itself in ``finally`` blocks.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from pathlib import Path

PRIVATE_PREFIX = "valuejournal-"
_PRIVATE_RE = re.compile(r"^valuejournal-[a-z]+-(?P<pid>\d+)-")
_BESIDE_RE = re.compile(
    r"^\..+\.(?:creating|partial|tmp)-(?P<pid>\d+)-[0-9a-f]+(?:-wal|-shm|-journal)?$"
)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def temp_beside(target: Path, kind: str) -> Path:
    """A fresh temporary name in ``target``'s folder (``kind``: creating, partial or tmp)."""
    target = Path(target)
    return target.with_name(f".{target.name}.{kind}-{os.getpid()}-{os.urandom(4).hex()}")


def private_dir(kind: str) -> Path:
    """A new private folder (0700) in the system's temp folder, named for this process."""
    return Path(tempfile.mkdtemp(prefix=f"{PRIVATE_PREFIX}{kind}-{os.getpid()}-"))


def _stale(name: str, pattern: re.Pattern[str]) -> bool:
    match = pattern.match(name)
    return bool(match) and not _alive(int(match["pid"]))  # type: ignore[index]


def clean_stale_beside(folder: Path) -> int:
    """Remove the temporary files of dead processes in ``folder``; returns how many."""
    removed = 0
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if entry.name.startswith(".") and _stale(entry.name, _BESIDE_RE):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed += 1
    return removed


def clean_stale_private() -> int:
    """Remove private temp folders (plain or decrypted copies) of dead processes."""
    removed = 0
    with contextlib.suppress(OSError):
        for entry in os.scandir(tempfile.gettempdir()):
            if entry.name.startswith(PRIVATE_PREFIX) and _stale(entry.name, _PRIVATE_RE):
                shutil.rmtree(entry.path, ignore_errors=True)
                removed += 1
    return removed


def clean_stale(*folders: Path) -> None:
    """At start-up: forget what killed runs left in the temp folder and in ``folders``."""
    clean_stale_private()
    for folder in folders:
        clean_stale_beside(folder)


def remove_with_sidecars(path: Path) -> None:
    """Delete a SQLite file and its -wal, -shm and -journal files, if present."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError, OSError):
            Path(f"{path}{suffix}").unlink()
