"""The insights engine: where pay and value part, per period, per client, over time.

Pure Python and numpy: no Qt, no database. Start from ``compute_insights(sessions, clients)``
or, when the caller caches columns, ``compute_insights_from_columns(columns, clients)``; the
result is an ``Insights`` of plain dataclasses. ``summarize`` puts it in words and
``to_json_dict`` gives the CLI's JSON. Definitions live in each module's docstring.
"""

from valuejournal.core.insights.balance import NO_CLIENT_NAME
from valuejournal.core.insights.columns import SessionColumns
from valuejournal.core.insights.engine import compute_insights, compute_insights_from_columns
from valuejournal.core.insights.jsonout import to_json_dict
from valuejournal.core.insights.model import (
    Bubbles,
    Capture,
    CaptureLag,
    ClientBalance,
    Correlation,
    Cumulative,
    Insights,
    Pending,
    PeriodRow,
    PeriodSeries,
    Span,
    SpanKind,
    Tip,
    Totals,
)
from valuejournal.core.insights.summary import (
    balance_sentence,
    describe_thresholds,
    span_sentence,
    summarize,
)
from valuejournal.core.insights.thresholds import Thresholds

__all__ = [
    "NO_CLIENT_NAME",
    "Bubbles",
    "Capture",
    "CaptureLag",
    "ClientBalance",
    "Correlation",
    "Cumulative",
    "Insights",
    "Pending",
    "PeriodRow",
    "PeriodSeries",
    "SessionColumns",
    "Span",
    "SpanKind",
    "Thresholds",
    "Tip",
    "Totals",
    "balance_sentence",
    "compute_insights",
    "compute_insights_from_columns",
    "describe_thresholds",
    "span_sentence",
    "summarize",
    "to_json_dict",
]
