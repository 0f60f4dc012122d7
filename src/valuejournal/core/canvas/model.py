"""The canvas evidence as plain frozen dataclasses (what the page, the PDF and the CLI show).

Hours are decimal hours; money is minor units of ``CanvasEvidence.currency`` (the journal's
base currency: money in other currencies counts at the rate frozen on its session; where
there is none yet, it is counted in ``Revenue.other_currency_sessions``, never summed);
``share`` is a fraction (0..1) of the quarter's hours, or of its pay for
``Revenue.by_client``; ``value`` is the hours-weighted mean value (0-10) of rated work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class Item:
    """One name in a block (a client, an activity, a skill, a partner) with its figures."""

    name: str
    hours: float
    share: float
    sessions: int
    value: float | None
    pay_minor: int
    created: float  # value-hours: hours x value over the rated sessions

    @property
    def pay_rate(self) -> float | None:
        """Pay per hour (minor units), None without hours."""
        return self.pay_minor / self.hours if self.hours > 0 else None


@dataclass(frozen=True, slots=True)
class Relationship:
    """Which way the scales tip with one client (from the insights' balance per client)."""

    name: str
    hours: float
    tip: str  # core.insights.Tip values: give | get | balanced | unknown
    ratio: float | None
    clipped: bool = False


@dataclass(frozen=True, slots=True)
class Tally:
    """How many sessions (and hours) carried one mark: a capture, a kind of giving."""

    kind: str
    sessions: int
    hours: float


@dataclass(frozen=True, slots=True)
class Channels:
    """How work arrives: referral and repeat captures, clients new this quarter or returning."""

    referral: Tally
    repeat: Tally
    referral_by: tuple[Item, ...]
    repeat_by: tuple[Item, ...]
    new_clients: tuple[str, ...]
    returning_clients: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Revenue:
    """Money by client and by kind (paid, pending), and what came back other than money."""

    pay_minor: int
    paid_minor: int
    pending_minor: int
    by_client: tuple[Item, ...]
    captures: tuple[Tally, ...]
    other_currency_sessions: int = 0


@dataclass(frozen=True, slots=True)
class Costs:
    """What the quarter cost: hours, strain, value given without capture, the bubbles."""

    hours: float
    stress: float | None
    energy: float | None
    mood: float | None
    strained_hours: float  # stress 4-5 or energy 1-2
    uncaptured_hours: float  # value >= 7, nothing paid or pending, not chosen giving
    uncaptured_created: float  # their value-hours
    giving: tuple[Tally, ...]  # pro bono, gifts: chosen giving, not value not captured
    bubbles: tuple[float | None, float | None, float | None]  # ecological, economic, social
    bubble_counts: tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class CanvasEvidence:
    """Everything the nine blocks show for one quarter."""

    quarter: str
    start: date
    end: date
    currency: str
    sessions: int
    hours: float
    customers: tuple[Item, ...]
    value_provided: tuple[Item, ...]
    activities: tuple[Item, ...]
    resources: tuple[Item, ...]
    partners: tuple[Item, ...]
    relationships: tuple[Relationship, ...]
    channels: Channels
    revenue: Revenue
    costs: Costs

    @property
    def empty(self) -> bool:
        """True when the quarter holds no work."""
        return self.sessions == 0


@dataclass(slots=True)
class CanvasRecord:
    """A quarter's canvas as the journal keeps it: the person's text per block, and, once the
    quarter is closed, its evidence as it was then (``kept``, with ``closed_at``)."""

    quarter: str
    texts: dict[str, str]
    uuid: str
    kept: CanvasEvidence | None = None
    closed_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def closed(self) -> bool:
        """True once the quarter's evidence is kept."""
        return self.kept is not None
