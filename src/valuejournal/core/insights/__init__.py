"""The insights engine: where pay and value part, per period, per client, over time.

Pure Python and numpy: no Qt, no database. Start from ``compute_insights(sessions, clients)``
or, when the caller caches columns, ``compute_insights_from_columns(columns, clients)``; the
result is an ``Insights`` of plain dataclasses. ``summarize`` puts it in words and
``to_json_dict`` gives the CLI's JSON. Definitions live in each module's docstring.

The names below are loaded when first used (PEP 562), so reading the settings (which need
only ``thresholds``) at start-up does not import numpy and the whole engine before the
window is on screen.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
        chart_summaries,
        describe_thresholds,
        span_sentence,
        summarize,
    )
    from valuejournal.core.insights.thresholds import Thresholds

_MODEL = ("Bubbles", "Capture", "CaptureLag", "ClientBalance", "Correlation", "Cumulative",
          "Insights", "Pending", "PeriodRow", "PeriodSeries", "Span", "SpanKind", "Tip",
          "Totals")  # fmt: skip
_HOME: dict[str, str] = {
    "NO_CLIENT_NAME": "balance",
    "SessionColumns": "columns",
    "compute_insights": "engine",
    "compute_insights_from_columns": "engine",
    "to_json_dict": "jsonout",
    **dict.fromkeys(_MODEL, "model"),
    **dict.fromkeys(
        (
            "balance_sentence",
            "chart_summaries",
            "describe_thresholds",
            "span_sentence",
            "summarize",
        ),
        "summary",
    ),  # fmt: skip
    "Thresholds": "thresholds",
}

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
    "chart_summaries",
    "compute_insights",
    "compute_insights_from_columns",
    "describe_thresholds",
    "span_sentence",
    "summarize",
    "to_json_dict",
]


def __getattr__(name: str) -> Any:
    """Load a public name from its module on first use."""
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
