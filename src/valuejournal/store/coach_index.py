"""The coach's memory of every client across runs: one small JSON file per client journal.

Beside each review store (`store.feedback.review_store_path`) lies
``reviews/<journal uuid>.coach.json``: the last share received (its file, range and when it
was written), the counts and attention flags computed when it was opened, the snapshot it
showed and the one the coach last looked at (so the overview can say what is new), and the
next meeting date the coach set. The overview reads only these files, so it shows twenty
clients without opening twenty shares; the record is refreshed whenever a share is opened,
looked at or commented on. The files are the coach's own (0600), written atomically.
"""

from __future__ import annotations

import json
import logging
import uuid as uuid_mod
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from valuejournal import paths
from valuejournal.atomic import write_bytes
from valuejournal.core.coach import Flag, FlagKind, News, Snapshot, flags_for, news
from valuejournal.core.homework import HomeworkStatus
from valuejournal.store.errors import JournalUnavailableError
from valuejournal.store.journal import Journal

log = logging.getLogger(__name__)
SUFFIX = ".coach.json"
MAX_BYTES = 8 * 2**20


@dataclass(frozen=True, slots=True)
class ClientRecord:
    """What the coach knows about one client journal (see module doc)."""

    journal_uuid: str
    owner: str = ""
    share_path: str = ""
    range_start: date | None = None
    range_end: date | None = None
    written_at: datetime | None = None
    opened_at: datetime | None = None
    looked_at: datetime | None = None
    sessions: int = 0
    unresolved: int = 0
    homework_open: int = 0
    homework_done: int = 0
    flags: tuple[Flag, ...] = ()
    shown: Snapshot = field(default_factory=Snapshot)
    seen: Snapshot | None = None
    next_meeting: date | None = None

    @property
    def news(self) -> News:
        """What is new since the coach last looked."""
        return news(self.shown, self.seen)

    @property
    def share_name(self) -> str:
        """The last share's file name."""
        return Path(self.share_path).name if self.share_path else ""


def record_path(journal_uuid: str) -> Path:
    """Where the record of one client journal is kept."""
    canonical = str(uuid_mod.UUID(journal_uuid))
    return paths.data_dir() / "reviews" / f"{canonical}{SUFFIX}"


def load(journal_uuid: str) -> ClientRecord | None:
    """The record of one client journal, or None if there is none (or it cannot be read)."""
    return _read(record_path(journal_uuid))


def load_all() -> list[ClientRecord]:
    """Every client the coach has reviewed, in no particular order."""
    folder = paths.data_dir() / "reviews"
    if not folder.is_dir():
        return []
    found = (_read(p) for p in sorted(folder.glob(f"*{SUFFIX}")))
    return [r for r in found if r is not None]


def save(record: ClientRecord) -> ClientRecord:
    """Write the record (atomically, private to the coach)."""
    path = record_path(record.journal_uuid)
    paths.make_private_dirs(path.parent)
    data = json.dumps(_to_json(record), ensure_ascii=False, sort_keys=True).encode("utf-8")
    try:
        write_bytes(path, data)
    except OSError as exc:
        raise JournalUnavailableError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return record


def record_share(
    share: Journal,
    store: Journal,
    *,
    journal_uuid: str,
    owner: str,
    source: Path,
    range_start: date | None,
    range_end: date | None,
    written_at: datetime | None,
) -> ClientRecord:
    """Refresh the client's record from a share just opened (and the coach's review store);
    the coach's last look and next meeting are kept."""
    sessions = share.all_sessions()
    replies = [c for c in share.list_comments() if c.is_reply]
    today = (written_at or datetime.now(UTC)).date()
    flags = flags_for(
        sessions, share.list_clients(), today=today, currency=share.info().base_currency
    )
    before = load(journal_uuid) or ClientRecord(journal_uuid)
    record = replace(
        before,
        owner=owner,
        share_path=str(source),
        range_start=range_start,
        range_end=range_end,
        written_at=written_at,
        opened_at=datetime.now(UTC),
        sessions=len(sessions),
        flags=tuple(flags),
        shown=Snapshot.of(sessions, share.list_reflections(), replies),
    )
    return save(with_counts(record, store))


def with_counts(record: ClientRecord, store: Journal) -> ClientRecord:
    """The record with the review store's unresolved comments and homework counted anew."""
    comments = [c for c in store.list_comments() if not c.withdrawn and not c.is_reply]
    homework = [h for h in store.list_homework() if not h.withdrawn]
    done = sum(1 for h in homework if h.status is HomeworkStatus.DONE)
    return replace(
        record,
        unresolved=sum(1 for c in comments if not c.resolved),
        homework_open=len(homework) - done,
        homework_done=done,
    )


def mark_looked(record: ClientRecord) -> ClientRecord:
    """The coach has looked at what the last share showed: nothing is new any more."""
    return save(replace(record, seen=record.shown, looked_at=datetime.now(UTC)))


def set_next_meeting(record: ClientRecord, day: date | None) -> ClientRecord:
    """Keep the next meeting date the coach set (None: none planned)."""
    return save(replace(record, next_meeting=day))


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _to_json(record: ClientRecord) -> dict[str, Any]:
    return {
        "journal_uuid": record.journal_uuid,
        "owner": record.owner,
        "share_path": record.share_path,
        "range_start": _iso(record.range_start),
        "range_end": _iso(record.range_end),
        "written_at": _iso(record.written_at),
        "opened_at": _iso(record.opened_at),
        "looked_at": _iso(record.looked_at),
        "sessions": record.sessions,
        "unresolved": record.unresolved,
        "homework_open": record.homework_open,
        "homework_done": record.homework_done,
        "flags": [
            {"kind": f.kind.value, "values": dict(f.values), "text": f.text} for f in record.flags
        ],
        "shown": record.shown.to_json(),
        "seen": record.seen.to_json() if record.seen is not None else None,
        "next_meeting": _iso(record.next_meeting),
    }


def _read(path: Path) -> ClientRecord | None:
    if not path.exists():
        return None
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        return _from_json(data)
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        log.warning("cannot read the coach's record %s: %s", path.name, exc)
        return None


def _day(text: Any) -> date | None:
    return date.fromisoformat(text) if isinstance(text, str) else None


def _moment(text: Any) -> datetime | None:
    if not isinstance(text, str):
        return None
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _values(data: Any) -> dict[str, Any]:
    """A flag's figures as kept (plain JSON scalars only; anything else: none)."""
    if not isinstance(data, dict):
        return {}
    return {str(k): v for k, v in data.items() if isinstance(v, str | int | float)}


def _from_json(data: dict[str, Any]) -> ClientRecord:
    journal_uuid = str(uuid_mod.UUID(str(data["journal_uuid"])))
    flags = tuple(
        Flag(FlagKind(str(f["kind"])), _values(f.get("values")), str(f.get("text") or ""))
        for f in data.get("flags") or []
    )
    seen = data.get("seen")
    return ClientRecord(
        journal_uuid=journal_uuid,
        owner=str(data.get("owner") or ""),
        share_path=str(data.get("share_path") or ""),
        range_start=_day(data.get("range_start")),
        range_end=_day(data.get("range_end")),
        written_at=_moment(data.get("written_at")),
        opened_at=_moment(data.get("opened_at")),
        looked_at=_moment(data.get("looked_at")),
        sessions=int(data.get("sessions") or 0),
        unresolved=int(data.get("unresolved") or 0),
        homework_open=int(data.get("homework_open") or 0),
        homework_done=int(data.get("homework_done") or 0),
        flags=flags,
        shown=Snapshot.from_json(data.get("shown")),
        seen=Snapshot.from_json(seen) if seen is not None else None,
        next_meeting=_day(data.get("next_meeting")),
    )
