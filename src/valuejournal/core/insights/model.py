"""Settings and result types of the insights engine: plain dataclasses all the way down.

Per-period series are numpy arrays (one element per period) so charts can draw them without
copying; every other result is plain Python values. Money is in minor units of the insights'
currency (``int`` for sums, ``float`` for rates, which are minor units per hour).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

import numpy as np

from valuejournal.core.insights.thresholds import Thresholds
from valuejournal.core.periods import PeriodKind


class SpanKind(StrEnum):
    """The two ways money and value part."""

    HIGH_PAY_LOW_VALUE = "high_pay_low_value"
    HIGH_VALUE_NO_PAY = "high_value_no_pay"


class Tip(StrEnum):
    """Which way the scales tip with a client."""

    GIVE = "give"  # you give more than you get
    GET = "get"  # you get more than you give
    BALANCED = "balanced"
    UNKNOWN = "unknown"  # nothing rated, or no yardstick for the pay


@dataclass(frozen=True, slots=True, eq=False)
class PeriodSeries:
    """Per-period aggregates over the range, one array element per period, oldest first.

    Every period of the range is present, including those without any work (hours 0, nan
    rates and means), so charts show gaps. ``pay_minor`` = paid + pending money earned by the
    work done in the period (whenever it was paid). ``value`` is hours-weighted over rated
    sessions only; ``rated_hours`` says how many hours it rests on. Wellbeing and impact means
    are plain means over the sessions that recorded them. ``judged`` marks periods with enough
    rated hours to be judged (``Thresholds.min_hours``). ``start``/``end`` are day ordinals
    (``date.fromordinal``).
    """

    kind: PeriodKind
    start: np.ndarray
    end: np.ndarray
    hours: np.ndarray
    rated_hours: np.ndarray
    sessions: np.ndarray
    pay_minor: np.ndarray
    paid_minor: np.ndarray
    pending_minor: np.ndarray
    has_pay: np.ndarray
    pay_rate: np.ndarray
    value: np.ndarray
    mood: np.ndarray
    energy: np.ndarray
    stress: np.ndarray
    ecological: np.ndarray
    economic: np.ndarray
    social: np.ndarray
    judged: np.ndarray

    def __len__(self) -> int:
        return int(self.start.shape[0])

    def start_date(self, i: int) -> date:
        """First day of period ``i``."""
        return date.fromordinal(int(self.start[i]))

    def end_date(self, i: int) -> date:
        """Last day of period ``i``."""
        return date.fromordinal(int(self.end[i]))

    def row(self, i: int) -> PeriodRow:
        """Period ``i`` as a plain record (None for values that are not known)."""
        return PeriodRow(
            kind=self.kind,
            start=self.start_date(i),
            end=self.end_date(i),
            hours=float(self.hours[i]),
            rated_hours=float(self.rated_hours[i]),
            sessions=int(self.sessions[i]),
            pay_minor=int(self.pay_minor[i]),
            paid_minor=int(self.paid_minor[i]),
            pending_minor=int(self.pending_minor[i]),
            pay_rate=_opt(self.pay_rate[i]),
            value=_opt(self.value[i]),
            mood=_opt(self.mood[i]),
            energy=_opt(self.energy[i]),
            stress=_opt(self.stress[i]),
            judged=bool(self.judged[i]),
        )

    def rows(self) -> list[PeriodRow]:
        """Every period as a plain record."""
        return [self.row(i) for i in range(len(self))]

    def index_of(self, day: date) -> int | None:
        """The index of the period containing ``day``, or None outside the range."""
        i = int(np.searchsorted(self.start, day.toordinal(), side="right")) - 1
        if i < 0 or day.toordinal() > self.end[i]:
            return None
        return i


@dataclass(frozen=True, slots=True)
class PeriodRow:
    """One period as plain values (see PeriodSeries for the meanings)."""

    kind: PeriodKind
    start: date
    end: date
    hours: float
    rated_hours: float
    sessions: int
    pay_minor: int
    paid_minor: int
    pending_minor: int
    pay_rate: float | None
    value: float | None
    mood: float | None
    energy: float | None
    stress: float | None
    judged: bool


@dataclass(frozen=True, slots=True)
class Span:
    """Consecutive judged periods of one kind (unjudged periods inside are bridged, not counted).

    ``end`` is the last day of the last matching period. ``hours``, ``pay_minor`` and ``value``
    (hours-weighted over rated hours) cover the matching periods only. ``top_client`` is the
    client with the most hours in them (None: work without a client).
    """

    kind: SpanKind
    start: date
    end: date
    hours: float
    pay_minor: int
    value: float | None
    pay_rate: float | None
    period_starts: list[date]
    top_client: str | None
    top_client_hours: float


@dataclass(frozen=True, slots=True)
class ClientBalance:
    """Value created for a client against value captured from them (see balance.py)."""

    client: str | None
    name: str
    sessions: int
    hours: float
    rated_hours: float
    value: float | None
    pay_minor: int
    pay_rate: float | None
    reference_rate: float | None
    reference: str  # "alternative" | "median" | "none"
    created_index: float | None
    captured_index: float | None
    balance: float | None
    tip: Tip
    ratio: float | None
    clipped: bool = False
    uncounted_sessions: int = 0
    """Sessions with money for the client that no exchange rate counts (see Totals)."""
    giving_hours: float = 0.0
    """Hours given to the client on purpose (pro bono, gifts): not in the figures above."""
    project: str | None = None
    """The project's name, for a balance per project (``name`` then reads "Client · Project")."""

    @property
    def personal(self) -> bool:
        """True for the group of work without a client."""
        return self.client is None


@dataclass(frozen=True, slots=True, eq=False)
class CaptureLag:
    """Days from the work to the payment, over paid sessions with a paid-on date.

    ``median_days``/``p90_days`` weight each session by its amount ("half the money arrived
    within N days"); ``median_days_by_count`` weights sessions equally. The histogram has weekly
    bins (``bin_edges`` in days, the last bin also holds anything later) with the amount and the
    number of sessions per bin. ``days``/``amount_minor`` hold the raw per-session values.
    """

    count: int
    total_minor: int
    median_days: float | None
    p90_days: float | None
    median_days_by_count: float | None
    mean_days: float | None
    days: np.ndarray
    amount_minor: np.ndarray
    bin_edges: np.ndarray
    bin_amount_minor: np.ndarray
    bin_count: np.ndarray
    without_date: int = 0


@dataclass(frozen=True, slots=True)
class Pending:
    """Money earned but not yet received, with its age on ``today``."""

    count: int
    total_minor: int
    median_age_days: float | None
    oldest_age_days: int | None
    oldest_day: date | None


@dataclass(frozen=True, slots=True, eq=False)
class Cumulative:
    """Running totals per period (aligned with PeriodSeries) for the capture chart.

    ``created_minor``: value created by rated work, in money: hours x value/neutral x reference
    rate (nan when there is no reference rate). ``captured_minor``: money paid for that rated
    work, counted in the period of its paid-on date (payments after the range are not
    captured yet). ``pending_minor``: pending money by period of the work (all work).
    """

    created_minor: np.ndarray
    captured_minor: np.ndarray
    pending_minor: np.ndarray


@dataclass(frozen=True, slots=True)
class LagLeg:
    """One leg of the capture lag (work -> invoice, or invoice -> cash): how many sessions
    and how much money went through it, and the days it took (weighted by the amount)."""

    count: int
    total_minor: int
    median_days: float | None
    p90_days: float | None


@dataclass(frozen=True, slots=True)
class Waiting:
    """Money still waiting at one step: how many sessions, how much, for how long (days, on
    ``today``: the median weighted by the amount, and the longest)."""

    count: int
    total_minor: int
    median_age_days: float | None
    oldest_age_days: int | None


@dataclass(frozen=True, slots=True)
class LagSplit:
    """The capture lag split by invoices into work -> invoice -> cash (see capture.py).

    ``to_invoice``: invoiced sessions, from the work to the day the invoice was sent;
    ``to_cash``: invoiced sessions paid, from sending to the payment. ``not_invoiced``:
    money pending on no invoice (age since the work); ``invoiced_unpaid``: money pending on
    an invoice sent (age since sending). ``paid_without_invoice``: paid sessions on no
    invoice, whose lag is not split.
    """

    to_invoice: LagLeg
    to_cash: LagLeg
    not_invoiced: Waiting
    invoiced_unpaid: Waiting
    paid_without_invoice: int = 0

    @property
    def any(self) -> bool:
        """True when some money in the range is on an invoice."""
        return self.to_invoice.count > 0


@dataclass(frozen=True, slots=True)
class Capture:
    """Capture lag (and its split by invoices), money waiting and the running totals."""

    lag: CaptureLag
    pending: Pending
    cumulative: Cumulative
    split: LagSplit


@dataclass(frozen=True, slots=True)
class Correlation:
    """Pearson correlation, over judged periods, of a wellbeing measure with pay rate or value.

    ``r`` is None when fewer than ``Thresholds.min_correlation_n`` periods have both, or
    when one side does not vary.
    """

    measure: str  # "mood" | "energy" | "stress"
    against: str  # "pay_rate" | "value"
    r: float | None
    n: int


@dataclass(frozen=True, slots=True)
class Bubbles:
    """Mean impact (-2..2) on each bubble over the range, and how many sessions recorded it."""

    ecological: float | None
    economic: float | None
    social: float | None
    counts: tuple[int, int, int] = (0, 0, 0)


@dataclass(frozen=True, slots=True)
class Uncounted:
    """Money in one currency that no exchange rate reaches the base with: left out of every
    sum, and said so. ``amount_minor`` is in ``currency``; ``first_day`` the earliest work."""

    currency: str
    sessions: int
    amount_minor: int
    first_day: date


@dataclass(frozen=True, slots=True)
class GivenTo:
    """Chosen giving for one client (``client`` None: work without a client)."""

    client: str | None
    sessions: int
    hours: float


@dataclass(frozen=True, slots=True)
class GivingTotals:
    """Work given on purpose over the range: pro bono and gifts, counted apart from the work
    that is judged (the balance, spans and capture leave it out: it is not value not captured).
    ``value`` is the hours-weighted mean value of its rated sessions; ``by_client`` lists the
    clients given to, most hours first."""

    sessions: int = 0
    hours: float = 0.0
    pro_bono_hours: float = 0.0
    gift_hours: float = 0.0
    value: float | None = None
    by_client: tuple[GivenTo, ...] = ()


@dataclass(frozen=True, slots=True)
class Totals:
    """The range as a whole."""

    sessions: int
    hours: float
    rated_hours: float
    unrated_sessions: int
    pay_minor: int
    paid_minor: int
    pending_minor: int
    value: float | None
    pay_rate: float | None
    other_currency_sessions: int = 0
    """Sessions with money not counted for want of an exchange rate (see ``uncounted``)."""
    uncounted: tuple[Uncounted, ...] = ()
    guessed_rate_sessions: int = 0
    """Sessions with money counted at a guessed rate (another day's, core/fx.py)."""
    giving: GivingTotals = GivingTotals()
    """Chosen giving in the range (its sessions are in the counts above, not its judgement)."""


@dataclass(frozen=True, slots=True)
class Insights:
    """Everything the charts, the summary, the PDF and the CLI show about a range.

    ``start``/``end`` are the range asked for, or the first/last session day when open (None
    when there is nothing at all). ``pay_rate_threshold`` is the journal-wide "high pay" rate
    and ``median_pay_rate`` the journal-wide median period pay rate (minor units per hour).
    """

    kind: PeriodKind
    start: date | None
    end: date | None
    today: date
    currency: str
    thresholds: Thresholds
    periods: PeriodSeries
    spans: list[Span]
    clients: list[ClientBalance]
    capture: Capture
    correlations: list[Correlation]
    bubbles: Bubbles
    totals: Totals
    pay_rate_threshold: float | None
    median_pay_rate: float | None
    notes: list[str] = field(default_factory=list)
    diary_mood: np.ndarray | None = None
    """Per period, the mean mood a mood diary (Daylio) recorded, 1-5 (None: no diary)."""
    projects: list[ClientBalance] = field(default_factory=list)
    """The balance per project (sessions with a project only), most hours first."""

    @property
    def empty(self) -> bool:
        """True when the range holds no sessions."""
        return self.totals.sessions == 0


def _opt(x: float) -> float | None:
    """A numpy float as a Python float, or None for nan."""
    value = float(x)
    return None if value != value else value
