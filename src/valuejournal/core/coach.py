"""A coach's view across clients: what is new since the last look, and what needs attention.

Plain data, no Qt, no SQL. A `Snapshot` is what a share showed (each session's version, a
fingerprint per reflection section, the replies); `news(current, seen)` is what changed
since the snapshot the coach last looked at. `attention_flags` reads a client's insights:

- **wellbeing**: over the last ``WEEKS`` weekly periods that recorded mood and stress (at
  least ``MIN_WEEKS`` of them), stress rises and mood falls, each by at least ``MIN_SLOPE``
  points a week (least-squares slopes);
- **balance**: a client with enough hours to judge (``Thresholds.min_hours_client``) whose
  balance (`core.insights.balance`, log2) is at least ``FAR_BALANCE`` away from even
  (2**1.5: nearly three times as much one way as the other);
- **money waiting**: pending money whose oldest part has waited ``LONG_WAIT_DAYS`` or more.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from valuejournal.core.entities import Comment, Reflection, Session
from valuejournal.core.formats import current
from valuejournal.core.i18n import _, n_

if TYPE_CHECKING:
    from valuejournal.core.insights import Insights

WEEKS = 6
MIN_WEEKS = 4
MIN_SLOPE = 0.15
FAR_BALANCE = 1.5
LONG_WAIT_DAYS = 60


class FlagKind(StrEnum):
    """What kind of attention a client may need."""

    WELLBEING = "wellbeing"
    BALANCE = "balance"
    MONEY_WAITING = "money_waiting"


@dataclass(frozen=True, slots=True)
class Flag:
    """One reason to look at a client: its kind and figures (JSON-ready: the coach's record
    keeps them), put in words in the current language where shown (`text`).

    ``stored`` is the sentence of a record written before the figures were kept (English),
    shown when ``values`` are missing."""

    kind: FlagKind
    values: Mapping[str, Any] = field(default_factory=dict)
    stored: str = ""

    @property
    def text(self) -> str:
        """The flag in words, in the person's language and number formats."""
        try:
            return _flag_text(self.kind, self.values)
        except (KeyError, TypeError, ValueError):
            return self.stored


def _flag_text(kind: FlagKind, v: Mapping[str, Any]) -> str:
    fmt = current()
    if kind is FlagKind.WELLBEING:
        weeks = int(v["weeks"])
        return n_(
            "Stress rising ({s0} → {s1}) and mood falling ({m0} → {m1}) over %n week(s) "
            "since {day}",
            weeks,
        ).format(
            s0=fmt.decimal(float(v["stress_first"])),
            s1=fmt.decimal(float(v["stress_last"])),
            m0=fmt.decimal(float(v["mood_first"])),
            m1=fmt.decimal(float(v["mood_last"])),
            day=fmt.date(date.fromisoformat(str(v["since"]))),
        )
    if kind is FlagKind.BALANCE:
        ratio = fmt.decimal(float(v["ratio"]), 1)
        text = (
            _("The scales tip far with {name}: you give {ratio}× what you get")
            if v["tip"] == "give"
            else _("The scales tip far with {name}: you get {ratio}× what you give")
        )
        return text.format(name=str(v["name"]), ratio=ratio)
    days = int(v["days"])
    money = fmt.money(int(v["total_minor"]), str(v["currency"]))
    return n_("{money} waiting to be paid, the oldest for %n day(s)", days).format(money=money)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What one share showed: session uuid -> version, "quarter/section" -> fingerprint,
    reply uuids."""

    sessions: Mapping[str, str] = field(default_factory=dict)
    sections: Mapping[str, str] = field(default_factory=dict)
    replies: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls,
        sessions: Iterable[Session],
        reflections: Iterable[Reflection],
        replies: Iterable[Comment],
    ) -> Snapshot:
        """The snapshot of a share's sessions, reflections and the client's replies."""
        versions = {s.uuid: _version(s) for s in sessions}
        sections = {
            f"{r.quarter}/{key}": _fingerprint(text)
            for r in reflections
            for key, text in r.sections.items()
            if text.strip()
        }
        return cls(versions, sections, frozenset(c.uuid for c in replies))

    def to_json(self) -> dict[str, Any]:
        """The snapshot as JSON-ready data."""
        return {
            "sessions": dict(self.sessions),
            "sections": dict(self.sections),
            "replies": sorted(self.replies),
        }

    @classmethod
    def from_json(cls, data: Any) -> Snapshot:
        """A snapshot from `to_json` data (anything else: an empty snapshot)."""
        if not isinstance(data, dict):
            return cls()
        sessions = data.get("sessions")
        sections = data.get("sections")
        replies = data.get("replies")
        return cls(
            {str(k): str(v) for k, v in sessions.items()} if isinstance(sessions, dict) else {},
            {str(k): str(v) for k, v in sections.items()} if isinstance(sections, dict) else {},
            frozenset(str(r) for r in replies) if isinstance(replies, list) else frozenset(),
        )


def _version(session: Session) -> str:
    moment = session.updated_at or session.created_at
    return moment.isoformat() if moment is not None else ""


def _fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class News:
    """What is new since the coach last looked: sessions new or changed, reflection
    sections new or changed ("2026-Q3/created"), replies new."""

    sessions: int = 0
    sections: tuple[str, ...] = ()
    replies: int = 0

    @property
    def any(self) -> bool:
        """True when anything is new."""
        return bool(self.sessions or self.sections or self.replies)


def news(current_: Snapshot, seen: Snapshot | None) -> News:
    """What ``current_`` holds that ``seen`` did not (``seen`` None: never looked, all new)."""
    seen = seen or Snapshot()
    sessions = sum(1 for u, v in current_.sessions.items() if seen.sessions.get(u) != v)
    sections = tuple(sorted(k for k, v in current_.sections.items() if seen.sections.get(k) != v))
    return News(sessions, sections, len(current_.replies - seen.replies))


def attention_flags(insights: Insights) -> list[Flag]:
    """The reasons this client's journal needs the coach's attention (see module doc)."""
    flags: list[Flag] = []
    wellbeing = _wellbeing_flag(insights)
    if wellbeing is not None:
        flags.append(wellbeing)
    flags.extend(_balance_flags(insights))
    waiting = _money_flag(insights)
    if waiting is not None:
        flags.append(waiting)
    return flags


def _slope(values: Sequence[float]) -> float:
    n = len(values)
    mean_x = (n - 1) / 2
    mean_y = sum(values) / n
    num = sum((i - mean_x) * (y - mean_y) for i, y in enumerate(values))
    den = sum((i - mean_x) ** 2 for i in range(n))
    return num / den if den else 0.0


def _wellbeing_flag(insights: Insights) -> Flag | None:
    periods = insights.periods
    weeks = [
        (periods.start_date(i), float(periods.mood[i]), float(periods.stress[i]))
        for i in range(len(periods))
        if periods.mood[i] == periods.mood[i] and periods.stress[i] == periods.stress[i]
    ][-WEEKS:]
    if len(weeks) < MIN_WEEKS:
        return None
    moods = [m for _d, m, _s in weeks]
    stress = [s for _d, _m, s in weeks]
    if _slope(stress) < MIN_SLOPE or _slope(moods) > -MIN_SLOPE:
        return None
    values = {
        "stress_first": stress[0],
        "stress_last": stress[-1],
        "mood_first": moods[0],
        "mood_last": moods[-1],
        "weeks": len(weeks),
        "since": weeks[0][0].isoformat(),
    }
    return Flag(FlagKind.WELLBEING, values)


def _balance_flags(insights: Insights) -> list[Flag]:
    from valuejournal.core.insights import Tip

    flags = []
    for c in insights.clients:
        if c.client is None or c.balance is None or c.hours < insights.thresholds.min_hours_client:
            continue
        if abs(c.balance) < FAR_BALANCE or c.tip not in (Tip.GIVE, Tip.GET):
            continue
        tip = "give" if c.tip is Tip.GIVE else "get"
        values = {"name": c.name, "ratio": 2 ** abs(c.balance), "tip": tip}
        flags.append(Flag(FlagKind.BALANCE, values))
    return flags


def _money_flag(insights: Insights) -> Flag | None:
    pending = insights.capture.pending
    if pending.oldest_age_days is None or pending.oldest_age_days < LONG_WAIT_DAYS:
        return None
    values = {
        "total_minor": int(pending.total_minor),
        "currency": insights.currency,
        "days": int(pending.oldest_age_days),
    }
    return Flag(FlagKind.MONEY_WAITING, values)


def flags_for(
    sessions: Sequence[Session], clients: Sequence[Any], *, today: date, currency: str
) -> list[Flag]:
    """Compute a client's insights (weekly, everything shared) and their flags."""
    from valuejournal.core.insights import compute_insights

    return attention_flags(compute_insights(sessions, clients, today=today, currency=currency))
