"""The lock beside a journal: which machine and process have it open in the app.

``<journal>.lock`` is a small JSON file (host, process id, boot id, since) written while the
app has the journal open. SQLite's own locks keep processes on one machine apart, but they do
not travel through a synced folder (Dropbox, Syncthing, Nextcloud): two laptops writing the
same journal make a conflict copy. So a journal whose lock names another machine is opened
read-only by the app, and the command-line writers refuse it (`JournalLockedError`). A lock
left by a process that is gone (same machine, dead process, or from before the last boot) is
stale and taken over without a word.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from valuejournal import tempfiles
from valuejournal.store.errors import JournalError

SUFFIX = ".lock"
MAX_LOCK_BYTES = 4096
_held: dict[Path, int] = {}  # how many times this process holds each lock (one window each)


class JournalLockedError(JournalError):
    """Another machine has the journal open."""


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds a lock: machine, process, boot of that machine, since when (ISO, UTC)."""

    host: str
    pid: int
    boot: str = ""
    since: str = ""

    def describe(self) -> str:
        """The holder in words, for messages."""
        when = self.since[:16].replace("T", " ") if self.since else "an unknown time"
        return f"Value Journal on {self.host} (process {self.pid}, since {when} UTC)"


def lock_path(journal: Path) -> Path:
    """Where ``journal``'s lock lives: beside it."""
    journal = Path(journal)
    return journal.with_name(journal.name + SUFFIX)


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        return ""


def me() -> Holder:
    """This process as a lock holder."""
    return Holder(
        host=socket.gethostname(),
        pid=os.getpid(),
        boot=_boot_id(),
        since=datetime.now(UTC).isoformat(timespec="seconds"),
    )


def read_holder(journal: Path) -> Holder | None:
    """The holder named in ``journal``'s lock, or None (no lock, or one that cannot be read)."""
    try:
        with lock_path(journal).open("rb") as handle:
            data = json.loads(handle.read(MAX_LOCK_BYTES).decode("utf-8"))
        return Holder(
            host=str(data["host"]),
            pid=int(data["pid"]),
            boot=str(data.get("boot", "")),
            since=str(data.get("since", "")),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's process: alive
        return True
    return True


def is_foreign(holder: Holder) -> bool:
    """True if ``holder`` is on another machine."""
    return holder.host != socket.gethostname()


def is_stale(holder: Holder) -> bool:
    """True if ``holder`` is a process of this machine that is gone (or from an earlier boot)."""
    if is_foreign(holder):
        return False
    boot = _boot_id()
    if holder.boot and boot and holder.boot != boot:
        return True
    return holder.pid != os.getpid() and not _alive(holder.pid)


def foreign_holder(journal: Path) -> Holder | None:
    """The other machine that has ``journal`` open, or None."""
    holder = read_holder(journal)
    return holder if holder is not None and is_foreign(holder) else None


def check_writable(journal: Path) -> None:
    """Raise JournalLockedError if another machine has ``journal`` open (CLI writers ask)."""
    holder = foreign_holder(journal)
    if holder is not None:
        raise JournalLockedError(
            f"{Path(journal).name} is open in {holder.describe()}; close it there first "
            f"(or, if that machine is not running it, delete {lock_path(journal)})"
        )


@dataclass
class JournalLock:
    """A lock taken by this process; `release()` removes it (if it still names us)."""

    journal: Path
    holder: Holder
    owned: bool

    def release(self) -> None:
        """Remove the lock file, unless another process has taken it over meanwhile."""
        if not self.owned:
            return
        self.owned = False
        key = lock_path(self.journal).resolve()
        _held[key] = _held.get(key, 1) - 1
        if _held[key] > 0:
            return
        del _held[key]
        current = read_holder(self.journal)
        if current is not None and (current.host, current.pid) == (
            self.holder.host,
            self.holder.pid,
        ):
            with contextlib.suppress(FileNotFoundError):
                lock_path(self.journal).unlink()


def _owned(journal: Path, holder: Holder) -> JournalLock:
    key = lock_path(journal).resolve()
    _held[key] = _held.get(key, 0) + 1
    return JournalLock(journal, holder, owned=True)


def acquire(journal: Path, *, take_over: bool = False) -> JournalLock:
    """Take ``journal``'s lock for this process.

    A stale lock is taken over silently. A live lock of another process on this machine is
    left alone (SQLite keeps local processes apart; ``owned`` is False). A lock of another
    machine raises JournalLockedError, unless ``take_over`` (the person said that machine is
    not using it).
    """
    journal = Path(journal)
    mine = me()
    target = lock_path(journal)
    temp = tempfiles.temp_beside(target, "tmp")
    try:
        fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            json.dump(asdict(mine), stream)
            stream.flush()
            os.fsync(stream.fileno())
        try:
            os.link(temp, target)
            return _owned(journal, mine)
        except FileExistsError:
            pass
        holder = read_holder(journal)
        if holder is not None and (holder.host, holder.pid) == (mine.host, mine.pid):
            return _owned(journal, holder)  # this process has it open already (another window)
        if holder is None or is_stale(holder) or take_over:
            os.replace(temp, target)  # over a stale, unreadable or released lock
            _held.pop(target.resolve(), None)
            return _owned(journal, mine)
        if is_foreign(holder):
            check_writable(journal)
        return JournalLock(journal, holder, owned=False)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
