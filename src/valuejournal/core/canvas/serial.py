"""Canvas evidence to and from plain JSON data: the CLI's ``--json`` and the evidence a closed
quarter keeps in the journal (the same form, so what was kept reads back unchanged).

Hours and shares are kept as floats, money as integer minor units, dates as ISO text.
``from_json_dict`` reads what a file from someone else may hold: anything malformed raises
``ValueError`` (or ``TypeError``/``KeyError``), never builds a half-filled canvas.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from valuejournal.core.canvas.model import (
    CanvasEvidence,
    CanvasRecord,
    Channels,
    Costs,
    Item,
    Relationship,
    Revenue,
    Tally,
)

FORMAT = 1
MAX_ITEMS = 500
ITEM_LISTS = ("customers", "value_provided", "activities", "resources", "partners")


def _item(i: Item) -> dict[str, Any]:
    return {
        "name": i.name,
        "hours": round(i.hours, 4),
        "share": round(i.share, 4),
        "sessions": i.sessions,
        "value": None if i.value is None else round(i.value, 3),
        "pay_minor": i.pay_minor,
        "created": round(i.created, 3),
    }


def _tally(t: Tally) -> dict[str, Any]:
    return {"kind": t.kind, "sessions": t.sessions, "hours": round(t.hours, 4)}


def to_json_dict(ev: CanvasEvidence) -> dict[str, Any]:
    """The evidence as JSON-ready data (one object per block, lists most first)."""
    ch, rev, costs = ev.channels, ev.revenue, ev.costs
    return {
        "format": FORMAT,
        "quarter": ev.quarter,
        "start": ev.start.isoformat(),
        "end": ev.end.isoformat(),
        "currency": ev.currency,
        "sessions": ev.sessions,
        "hours": round(ev.hours, 4),
        **{key: [_item(i) for i in getattr(ev, key)] for key in ITEM_LISTS},
        "relationships": [
            {
                "name": r.name,
                "hours": round(r.hours, 4),
                "tip": r.tip,
                "ratio": None if r.ratio is None else round(r.ratio, 3),
                "clipped": r.clipped,
            }
            for r in ev.relationships
        ],  # fmt: skip
        "channels": {
            "referral": _tally(ch.referral),
            "repeat": _tally(ch.repeat),
            "referral_by": [_item(i) for i in ch.referral_by],
            "repeat_by": [_item(i) for i in ch.repeat_by],
            "new_clients": list(ch.new_clients),
            "returning_clients": list(ch.returning_clients),
        },
        "revenue": {
            "pay_minor": rev.pay_minor,
            "paid_minor": rev.paid_minor,
            "pending_minor": rev.pending_minor,
            "by_client": [_item(i) for i in rev.by_client],
            "captures": [_tally(t) for t in rev.captures],
            "other_currency_sessions": rev.other_currency_sessions,
        },
        "costs": {
            "hours": round(costs.hours, 4),
            "stress": _round(costs.stress),
            "energy": _round(costs.energy),
            "mood": _round(costs.mood),
            "strained_hours": round(costs.strained_hours, 4),
            "uncaptured_hours": round(costs.uncaptured_hours, 4),
            "uncaptured_created": round(costs.uncaptured_created, 3),
            "giving": [_tally(t) for t in costs.giving],
            "bubbles": [_round(b) for b in costs.bubbles],
            "bubble_counts": list(costs.bubble_counts),
        },
    }


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


# -- reading back ------------------------------------------------------------------------
def _num(x: object) -> float:
    if isinstance(x, bool) or not isinstance(x, int | float) or x != x:
        raise ValueError(f"not a number: {str(x)[:20]!r}")
    return float(x)


def _opt(x: object) -> float | None:
    return None if x is None else _num(x)


def _int(x: object) -> int:
    if isinstance(x, bool) or not isinstance(x, int):
        raise ValueError(f"not a whole number: {str(x)[:20]!r}")
    return x


def _text(x: object, limit: int = 200) -> str:
    if not isinstance(x, str) or len(x) > limit:
        raise ValueError("a name is not text or is too long")
    return x


def _list(x: object) -> list[Any]:
    if not isinstance(x, list) or len(x) > MAX_ITEMS:
        raise ValueError("a list of the canvas is not a list or is too long")
    return x


def _read_item(d: dict[str, Any]) -> Item:
    return Item(
        name=_text(d["name"]),
        hours=_num(d["hours"]),
        share=_num(d["share"]),
        sessions=_int(d["sessions"]),
        value=_opt(d["value"]),
        pay_minor=_int(d["pay_minor"]),
        created=_num(d["created"]),
    )


def _read_tally(d: dict[str, Any]) -> Tally:
    return Tally(_text(d["kind"], 20), _int(d["sessions"]), _num(d["hours"]))


def _items(x: object) -> tuple[Item, ...]:
    return tuple(_read_item(d) for d in _list(x))


def from_json_dict(d: dict[str, Any]) -> CanvasEvidence:
    """Evidence back from ``to_json_dict``'s data; raises ValueError on anything else."""
    if not isinstance(d, dict) or d.get("format") != FORMAT:
        raise ValueError("the kept canvas evidence is not in a form this app knows")
    ch, rev, costs = d["channels"], d["revenue"], d["costs"]
    bubbles = [_opt(b) for b in _list(costs["bubbles"])]
    counts = [_int(n) for n in _list(costs["bubble_counts"])]
    if len(bubbles) != 3 or len(counts) != 3:
        raise ValueError("the kept bubbles are not three")
    return CanvasEvidence(
        quarter=_text(d["quarter"], 7),
        start=date.fromisoformat(_text(d["start"], 10)),
        end=date.fromisoformat(_text(d["end"], 10)),
        currency=_text(d["currency"], 3),
        sessions=_int(d["sessions"]),
        hours=_num(d["hours"]),
        customers=_items(d["customers"]),
        value_provided=_items(d["value_provided"]),
        activities=_items(d["activities"]),
        resources=_items(d["resources"]),
        partners=_items(d["partners"]),
        relationships=tuple(
            Relationship(
                _text(r["name"]),
                _num(r["hours"]),
                _text(r["tip"], 10),
                _opt(r["ratio"]),
                bool(r["clipped"]),
            )
            for r in _list(d["relationships"])
        ),  # fmt: skip
        channels=Channels(
            referral=_read_tally(ch["referral"]),
            repeat=_read_tally(ch["repeat"]),
            referral_by=_items(ch["referral_by"]),
            repeat_by=_items(ch["repeat_by"]),
            new_clients=tuple(_text(n) for n in _list(ch["new_clients"])),
            returning_clients=tuple(_text(n) for n in _list(ch["returning_clients"])),
        ),
        revenue=Revenue(
            pay_minor=_int(rev["pay_minor"]),
            paid_minor=_int(rev["paid_minor"]),
            pending_minor=_int(rev["pending_minor"]),
            by_client=_items(rev["by_client"]),
            captures=tuple(_read_tally(t) for t in _list(rev["captures"])),
            other_currency_sessions=_int(rev["other_currency_sessions"]),
        ),
        costs=Costs(
            hours=_num(costs["hours"]),
            stress=_opt(costs["stress"]),
            energy=_opt(costs["energy"]),
            mood=_opt(costs["mood"]),
            strained_hours=_num(costs["strained_hours"]),
            uncaptured_hours=_num(costs["uncaptured_hours"]),
            uncaptured_created=_num(costs["uncaptured_created"]),
            giving=tuple(_read_tally(t) for t in _list(costs["giving"])),
            bubbles=(bubbles[0], bubbles[1], bubbles[2]),
            bubble_counts=(counts[0], counts[1], counts[2]),
        ),
    )


def record_to_json(record: CanvasRecord) -> dict[str, Any]:
    """A kept canvas (texts, kept evidence) as JSON-ready data (the JSON export's form)."""
    return {
        "quarter": record.quarter,
        "uuid": record.uuid,
        "texts": dict(sorted(record.texts.items())),
        "kept": to_json_dict(record.kept) if record.kept is not None else None,
        "closed_at": record.closed_at.isoformat() if record.closed_at else None,
        "updated_at": record.updated_at.isoformat() if record.updated_at else None,
    }


def record_from_json(d: dict[str, Any]) -> CanvasRecord:
    """A canvas back from ``record_to_json``'s data; raises ValueError on anything else."""
    if not isinstance(d, dict) or not isinstance(d.get("texts"), dict):
        raise ValueError("a canvas is not an object with texts")
    texts = {_text(k, 40): _text(v, 100_000) for k, v in d["texts"].items()}
    kept = d.get("kept")

    def stamp(key: str) -> datetime | None:
        value = d.get(key)
        return None if value is None else datetime.fromisoformat(_text(value, 40))

    return CanvasRecord(
        quarter=_text(d["quarter"], 7),
        texts=texts,
        uuid=_text(d["uuid"], 36),
        kept=None if kept is None else from_json_dict(kept),
        closed_at=stamp("closed_at"),
        updated_at=stamp("updated_at"),
    )
