"""The journal's entities as plain dataclasses, shared by every layer.

The store converts its table rows to and from these; insights, charts, importers and the
UI work on them. Money is always integer minor units (cents) with an ISO 4217 code.
"""

from __future__ import annotations

import uuid as uuid_mod
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from enum import StrEnum

from valuejournal.core.i18n import N_


def new_uuid() -> str:
    """A fresh random UUID as a string (the identity of a record across files)."""
    return str(uuid_mod.uuid4())


def utc_now() -> datetime:
    """The current time, timezone-aware UTC (the store refuses naive datetimes)."""
    return datetime.now(UTC)


class PayStatus(StrEnum):
    """Whether the money for a session has been captured."""

    NONE = "none"
    PENDING = "pending"
    PAID = "paid"


class Capture(StrEnum):
    """Non-money value captured from a piece of work."""

    REFERRAL = "referral"
    REPEAT = "repeat"
    LEARNING = "learning"
    REPUTATION = "reputation"
    JOY = "joy"


class RateKind(StrEnum):
    """How a client's or a project's agreed rate turns into pay (see core/rates.py)."""

    NONE = "none"
    HOURLY = "hourly"
    DAILY = "daily"
    FIXED = "fixed"  # a project's fixed price, spread over its sessions' hours
    RETAINER = "retainer"  # a client's monthly retainer, spread over the month's sessions


class PaySource(StrEnum):
    """Where a session's pay comes from: typed (the person's or the tracker's, never
    replaced) or the rate (filled from the client's or project's rate)."""

    TYPED = "typed"
    RATE = "rate"


class Giving(StrEnum):
    """Work given on purpose: pro bono or a gift (chosen giving, not value not captured)."""

    NONE = ""
    PRO_BONO = "pro_bono"
    GIFT = "gift"


VALUE_RANGE = (0, 10)
WELLBEING_RANGE = (1, 5)
IMPACT_RANGE = (-2, 2)
MAX_MINUTES = 24 * 60
MAX_SECONDS = MAX_MINUTES * 60


def round_minutes(seconds: int) -> int:
    """Whole minutes of a duration in seconds, rounded half up; above zero is at least one."""
    if seconds <= 0:
        return 0
    return max(1, (seconds + 30) // 60)


@dataclass(slots=True)
class Session:
    """One work session as the person logged it.

    ``client`` is the client's name (None for personal, community or pro-bono work);
    ``project`` the name of one of that client's projects (None: no project);
    ``pay_source`` says whether ``pay_minor`` was typed or follows the rate (core/rates.py);
    ``giving`` marks pro-bono work and gifts;
    ``fx_rate`` is the exchange rate frozen on the session (units of ``currency`` per one
    unit of the journal's base, as text; "1" in the base currency, None: no rate known yet)
    and ``fx_day`` that rate's day (core/fx.py); the store freezes them when it is written;
    ``value`` is None while the session is not rated yet. ``seconds`` is the exact
    duration when it is known to the second (imports); it is used only while it still
    rounds to ``minutes``, so an edit of ``minutes`` alone is never contradicted.
    """

    day: date
    minutes: int
    title: str = ""
    client: str | None = None
    value: int | None = None
    notes: str = ""
    private: bool = False
    start_time: time | None = None
    pay_minor: int = 0
    currency: str = "EUR"
    status: PayStatus = PayStatus.NONE
    paid_on: date | None = None
    captures: frozenset[Capture] = frozenset()
    mood: int | None = None
    energy: int | None = None
    stress: int | None = None
    ecological: int | None = None
    economic: int | None = None
    social: int | None = None
    tags: tuple[str, ...] = ()
    uuid: str = field(default_factory=new_uuid)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    seconds: int | None = None
    project: str | None = None
    pay_source: PaySource = PaySource.TYPED
    giving: Giving = Giving.NONE
    fx_rate: str | None = None
    fx_day: date | None = None

    @property
    def duration_seconds(self) -> int:
        """The exact duration: ``seconds`` while it agrees with ``minutes``, else minutes."""
        exact = self.seconds
        if exact is not None and exact > 0 and round_minutes(exact) == self.minutes:
            return exact
        return self.minutes * 60

    @property
    def hours(self) -> float:
        """Duration in decimal hours (exact to the second when known)."""
        return self.duration_seconds / 3600.0

    @property
    def rated(self) -> bool:
        """True once the person has given the session a value."""
        return self.value is not None


@dataclass(slots=True)
class MoodEntry:
    """A mood a person recorded in a mood diary (Daylio), joined to that day's work.

    ``score`` is 1 (awful) to 5 (rad), or None for a mood the diary's user named
    themselves; ``mood`` keeps the diary's own word.
    """

    day: date
    mood: str
    score: int | None = None
    at: time | None = None
    activities: tuple[str, ...] = ()
    note_title: str = ""
    note: str = ""
    source: str = "daylio"
    uuid: str = field(default_factory=new_uuid)


@dataclass(slots=True)
class Client:
    """Someone the person works for; names are unique in a journal (case-insensitive)."""

    name: str
    currency: str = "EUR"
    alternative_rate_minor: int | None = None
    notes: str = ""
    archived: bool = False
    uuid: str = field(default_factory=new_uuid)
    rate_kind: RateKind = RateKind.NONE
    rate_minor: int | None = None


@dataclass(slots=True)
class Project:
    """A piece of work under a client (names unique per client, case-insensitive).

    Its rate, when set, wins over the client's for its sessions; a fixed price is a
    project's only (``rate_minor`` is then the whole price).
    """

    client: str
    name: str
    archived: bool = False
    rate_kind: RateKind = RateKind.NONE
    rate_minor: int | None = None
    uuid: str = field(default_factory=new_uuid)
    created_at: datetime | None = None
    updated_at: datetime | None = None


REFLECTION_SECTIONS: tuple[tuple[str, str], ...] = (
    ("created", N_("Value created, and for whom")),
    ("captured", N_("Value captured: money and otherwise")),
    ("scales", N_("Where the scales tipped, and with whom")),
    ("change", N_("What I will change next quarter")),
    ("notes", N_("Free notes")),
)


@dataclass(slots=True)
class Reflection:
    """A quarter's written reflection: one text per guided section."""

    quarter: str
    sections: dict[str, str] = field(default_factory=dict)
    uuid: str = field(default_factory=new_uuid)
    updated_at: datetime | None = None


class CommentTarget(StrEnum):
    """What a coach's comment is about."""

    SESSION = "session"
    PERIOD = "period"
    REFLECTION = "reflection"
    CANVAS = "canvas"  # a block of a quarter's canvas: section = block key


@dataclass(slots=True)
class Comment:
    """A coach's note on a session, a period, or a reflection section (or a client's reply).

    ``target_uuid`` is the session's or reflection's uuid; for a period it is empty and
    ``period_start``/``period_end`` say which days. ``section`` names a reflection section.
    On a canvas block, ``target_uuid`` is the canvas's (``core.canvas.canvas_uuid``),
    ``section`` the block's key and ``period_start``/``period_end`` the quarter's days.
    """

    target: CommentTarget
    body: str
    author: str
    target_uuid: str = ""
    section: str = ""
    period_start: date | None = None
    period_end: date | None = None
    resolved: bool = False
    created_at: datetime = field(default_factory=utc_now)
    uuid: str = field(default_factory=new_uuid)
    updated_at: datetime | None = None
    """When the coach last edited, resolved or withdrew it (None: never changed)."""
    withdrawn: bool = False
    """The coach took it back: the client's copy says so instead of showing the words."""
    reply_to: str = ""
    """For a client's reply: the uuid of the coach's comment it answers ("" for a comment)."""

    @property
    def changed_at(self) -> datetime:
        """The time of this version: the last change, or when it was written."""
        return self.updated_at or self.created_at

    @property
    def is_reply(self) -> bool:
        """True for a client's reply to a coach's comment."""
        return bool(self.reply_to)


@dataclass(slots=True)
class JournalInfo:
    """Facts about a journal file as a whole."""

    uuid: str
    owner: str = ""
    base_currency: str = "EUR"
    schema_version: int = 1


def reply_for(parent: Comment, body: str, author: str) -> Comment:
    """A client's reply to a coach's comment: about the same thing, naming the comment."""
    return Comment(
        target=parent.target,
        body=body,
        author=author,
        target_uuid=parent.target_uuid,
        section=parent.section,
        period_start=parent.period_start,
        period_end=parent.period_end,
        reply_to=parent.uuid,
    )
