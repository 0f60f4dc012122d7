"""The canvas's part of the journal: the person's text per block and quarter, the evidence a
closed quarter keeps, and the tags marked as skills (mixed into Journal; revision 0009).

What a quarter's canvas shows (kept or computed now) is decided in `store.canvas_view`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, RowMapping, delete, insert, select, update

from valuejournal.core.canvas import (
    BLOCK_KEYS,
    CanvasRecord,
    canvas_uuid,
    from_json_dict,
    to_json_dict,
)
from valuejournal.core.entities import JournalInfo
from valuejournal.core.errors import UserError
from valuejournal.core.periods import parse_quarter
from valuejournal.store.models import CanvasRow, SkillTagRow, TagRow, table_of

CANVASES = table_of(CanvasRow)
SKILLS = table_of(SkillTagRow)
TAGS = table_of(TagRow)
MAX_TEXT = 100_000


def record_from_row(row: RowMapping) -> CanvasRecord:
    """A CanvasRecord from a canvas row (raises ValueError on kept evidence it cannot read)."""
    texts = json.loads(row["texts_json"] or "{}")
    if not isinstance(texts, dict):
        raise ValueError("the canvas texts are not an object")
    kept = row["evidence_json"]
    return CanvasRecord(
        quarter=row["quarter"],
        texts={str(k): str(v) for k, v in texts.items() if k in BLOCK_KEYS},
        uuid=row["uuid"],
        kept=from_json_dict(json.loads(kept)) if kept else None,
        closed_at=row["closed_at"],
        updated_at=row["updated_at"],
    )


def _values(record: CanvasRecord, now: datetime) -> dict[str, Any]:
    texts = {k: v for k, v in record.texts.items() if k in BLOCK_KEYS and v.strip()}
    if any(len(v) > MAX_TEXT for v in texts.values()):
        raise UserError(f"a block's text is longer than {MAX_TEXT} characters")
    return {
        "texts_json": json.dumps(texts, ensure_ascii=False, sort_keys=True),
        "evidence_json": (
            json.dumps(to_json_dict(record.kept), ensure_ascii=False, sort_keys=True)
            if record.kept is not None
            else None
        ),
        "closed_at": record.closed_at if record.kept is not None else None,
        "updated_at": now,
    }


class CanvasMixin:
    """Canvas and skill reads and writes for `Journal`."""

    if TYPE_CHECKING:

        def _read(self) -> Connection: ...
        def _write(self) -> AbstractContextManager[Connection]: ...
        def info(self) -> JournalInfo: ...

    def get_canvas(self, quarter: str) -> CanvasRecord | None:
        """The quarter's canvas as kept, or None when nothing was written or kept yet."""
        with self._read() as conn:
            row = conn.execute(select(CANVASES).where(CANVASES.c.quarter == quarter))
            first = row.mappings().first()
        return record_from_row(first) if first else None

    def list_canvases(self) -> list[CanvasRecord]:
        """Every kept canvas, oldest quarter first."""
        with self._read() as conn:
            rows = conn.execute(select(CANVASES).order_by(CANVASES.c.quarter)).mappings()
            return [record_from_row(r) for r in rows]

    def new_canvas(self, quarter: str) -> CanvasRecord:
        """An empty canvas for ``quarter`` with this journal's identity for it."""
        parse_quarter(quarter)
        return CanvasRecord(quarter, {}, canvas_uuid(self.info().uuid, quarter))

    def put_canvas(self, record: CanvasRecord) -> CanvasRecord:
        """Insert or replace the quarter's canvas (texts, kept evidence); the stored one."""
        parse_quarter(record.quarter)
        now = datetime.now(UTC)
        values = _values(record, now)
        with self._write() as conn:
            found = conn.execute(
                update(CANVASES).where(CANVASES.c.quarter == record.quarter).values(**values)
            ).rowcount
            if not found:
                conn.execute(
                    insert(CANVASES).values(uuid=record.uuid, quarter=record.quarter, **values)
                )
        return CanvasRecord(
            record.quarter,
            dict(record.texts),
            record.uuid,
            record.kept,
            record.closed_at if record.kept is not None else None,
            now,
        )

    def tag_names(self) -> list[str]:
        """Every tag name in the journal, in name order (the skills to choose from)."""
        with self._read() as conn:
            return list(conn.execute(select(TAGS.c.name).order_by(TAGS.c.name)).scalars())

    def skill_tags(self) -> list[str]:
        """The tag names marked as skills, in name order."""
        with self._read() as conn:
            return list(conn.execute(select(SKILLS.c.name).order_by(SKILLS.c.name)).scalars())

    def set_skill_tags(self, names: Iterable[str]) -> list[str]:
        """Mark exactly these tag names as skills (others unmarked); the names kept."""
        wanted: dict[str, str] = {}
        for name in names:
            clean = name.strip()
            if not clean or len(clean) > 80 or ";" in clean:
                raise UserError(f"a skill must be a tag name of 1 to 80 characters: {clean[:40]!r}")
            wanted.setdefault(clean.casefold(), clean)
        with self._write() as conn:
            conn.execute(delete(SKILLS))
            if wanted:
                conn.execute(insert(SKILLS), [{"name": n} for n in wanted.values()])
        return sorted(wanted.values(), key=str.casefold)
