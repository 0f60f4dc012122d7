"""The person's settings for judging periods, spans and balances (DESIGN.md, "Insights")."""

from __future__ import annotations

from dataclasses import dataclass

from valuejournal.core.periods import PeriodKind


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The person's settings for judging periods (defaults from DESIGN.md, "Insights").

    - ``high_pay_quantile``: a period's pay rate is "high" when it reaches this quantile of the
      journal's own period pay rates (2/3: the top third);
    - ``low_value`` / ``high_value``: value at or below / at or above these is low / high;
    - ``min_hours_*``: a period with fewer hours of rated work is not judged (pay rates still
      count every hour, rated or not);
    - ``max_gap_*``: how many consecutive unjudged periods a span may bridge (a weekend in the
      day view, a holiday week in the week view) before it is cut in two;
    - ``min_hours_client``: a client needs this many hours of work in the range before it can
      headline as the one whose scales tip furthest (a single short session is no evidence);
    - ``min_correlation_n``: correlations on fewer periods are not reported;
    - ``neutral_value``: the value that counts as "ordinary" work worth the reference rate;
    - ``balance_tolerance``: |log2 balance| at or below this reads as balanced (0.25: ±19 %).
    """

    high_pay_quantile: float = 2 / 3
    low_value: float = 4.0
    high_value: float = 7.0
    min_hours_day: float = 2.0
    min_hours_week: float = 5.0
    min_hours_month: float = 15.0
    min_hours_client: float = 10.0
    max_gap_day: int = 3
    max_gap_week: int = 1
    max_gap_month: int = 0
    min_correlation_n: int = 8
    neutral_value: float = 5.0
    balance_tolerance: float = 0.25

    def min_hours(self, kind: PeriodKind) -> float:
        """Hours a period of this kind needs before it is judged."""
        return {
            PeriodKind.DAY: self.min_hours_day,
            PeriodKind.WEEK: self.min_hours_week,
            PeriodKind.MONTH: self.min_hours_month,
        }[kind]

    def max_gap(self, kind: PeriodKind) -> int:
        """Unjudged periods in a row that a span of this period kind may bridge."""
        return {
            PeriodKind.DAY: self.max_gap_day,
            PeriodKind.WEEK: self.max_gap_week,
            PeriodKind.MONTH: self.max_gap_month,
        }[kind]
