"""Insights in plain words: a handful of sentences for the Insights page, the PDF and the CLI."""

from __future__ import annotations

from datetime import date

from valuejournal.core import formats
from valuejournal.core.insights.model import (
    ClientBalance,
    Correlation,
    Insights,
    Span,
    SpanKind,
    Tip,
)
from valuejournal.core.periods import PeriodKind

MAX_SPANS_PER_KIND = 3
MIN_NOTABLE_R = 0.3
MAX_CORRELATIONS = 3
_NOUNS = {PeriodKind.DAY: "days", PeriodKind.WEEK: "weeks", PeriodKind.MONTH: "months"}
_MEASURE_WORDS = {"mood": "mood", "energy": "energy", "stress": "stress"}
_AGAINST_WORDS = {"pay_rate": "pay rate", "value": "value"}


def hours_text(hours: float) -> str:
    """Hours in a sentence: "38 h", "2.75 h", "2.5 h" (current locale; the same figure the
    session list shows, without trailing zeros)."""
    return f"{formats.current().hours(hours, trim=True)} h"


def money_text(minor: float, currency: str) -> str:
    """An amount of minor units (possibly fractional) as money (current locale)."""
    return formats.current().money(minor, currency)


def rate_text(rate: float, currency: str) -> str:
    """A rate in minor units per hour, e.g. "€85.00/h"."""
    return formats.current().rate(rate, currency)


def _day(day: date) -> str:
    return formats.current().date(day, "medium")


def _num(value: float, digits: int = 1) -> str:
    return formats.current().decimal(value, digits)


def _g(value: float) -> str:
    return formats.current().decimal(value, 2, trim=True)


def _count(n: int, one: str, other: str) -> str:
    return formats.current().count(n, one, other)


def summarize(insights: Insights) -> list[str]:
    """The insights as sentences, most important first."""
    if insights.empty:
        return [_nothing(insights)]
    out = [_overview(insights)]
    out += _span_sentences(insights)
    imbalance = largest_imbalance(insights.clients, insights.thresholds.min_hours_client)
    if imbalance is not None:
        out.append(_imbalance_sentence(imbalance, insights.currency))
    out += _money_sentences(insights)
    out += _correlation_sentences(insights)
    out += insights.notes
    return out


def _nothing(insights: Insights) -> str:
    if insights.start and insights.end:
        return (
            f"There is nothing to show yet: no work sessions between "
            f"{_day(insights.start)} and {_day(insights.end)}."
        )
    return "There is nothing to show yet: the journal has no work sessions."


def _overview(ins: Insights) -> str:
    t = ins.totals
    assert ins.start and ins.end
    text = (
        f"Between {_day(ins.start)} and {_day(ins.end)} you logged "
        f"{hours_text(t.hours)} over {_count(t.sessions, 'session', 'sessions')}"
    )
    if t.pay_minor:
        text += f", earning {money_text(t.pay_minor, ins.currency)}"
        if t.pay_rate:
            text += f" ({rate_text(t.pay_rate, ins.currency)})"
    if t.value is not None:
        text += f", with an average value of {_num(t.value)}/10"
    return text + "."


def _span_sentences(ins: Insights) -> list[str]:
    out = []
    for kind in SpanKind:
        spans = [s for s in ins.spans if s.kind is kind]
        biggest = sorted(spans, key=lambda s: -s.hours)[:MAX_SPANS_PER_KIND]
        for span in sorted(biggest, key=lambda s: s.start):
            out.append(span_sentence(span, ins.currency))
        shown = {id(s) for s in biggest}
        rest = [s for s in spans if id(s) not in shown]
        if rest:
            hours = sum(s.hours for s in rest)
            out.append(
                f"{_count(len(rest), 'shorter span', 'shorter spans')} like these add "
                f"{hours_text(hours)}."
            )
    return out


def span_sentence(span: Span, currency: str) -> str:
    """One span in words, naming whom the work was mostly for."""
    when = (
        f"On {_day(span.start)}"
        if span.start == span.end
        else f"Between {_day(span.start)} and {_day(span.end)}"
    )
    who = "mostly your own work" if span.top_client is None else f"mostly for {span.top_client}"
    value = f"value {_num(span.value)}/10" if span.value is not None else "unrated"
    if span.kind is SpanKind.HIGH_PAY_LOW_VALUE:
        rate = f"{rate_text(span.pay_rate, currency)}, " if span.pay_rate else ""
        return (
            f"{when} you spent {hours_text(span.hours)} in high-pay, low-value work "
            f"({rate}{value}), {who}."
        )
    return (
        f"{when} you put {hours_text(span.hours)} into high-value work ({value}) "
        f"that nothing was paid for, {who}."
    )


def largest_imbalance(clients: list[ClientBalance], min_hours: float) -> ClientBalance | None:
    """The client whose scales tip furthest, if any do, among clients with at least
    ``min_hours`` of work (one short session is too little to judge); work without a client
    is left out."""
    tipped = [
        c
        for c in clients
        if c.client is not None and c.tip in (Tip.GIVE, Tip.GET) and c.hours >= min_hours
    ]
    if not tipped:
        return None
    return max(tipped, key=lambda c: (abs(c.balance or 0.0), c.hours))  # ties: more hours


def tip_words(c: ClientBalance) -> str:
    """ "you give about 1.8× what you get", "the scales are balanced", ..."""
    times = f"{'at least' if c.clipped else 'about'} {_num(c.ratio or 1.0)}×"
    if c.tip is Tip.GIVE:
        return f"you give {times} what you get"
    if c.tip is Tip.GET:
        return f"you get {times} what you give"
    if c.tip is Tip.BALANCED:
        return "the scales are balanced"
    return "the balance is unknown until the work is rated"


def _balance_details(c: ClientBalance, currency: str) -> str:
    parts = []
    if c.value is not None:
        parts.append(f"value {_num(c.value)}/10")
    if c.reference_rate:
        paid = rate_text(c.pay_rate or 0.0, currency)
        ref = rate_text(c.reference_rate, currency)
        where = "your alternative rate" if c.reference == "alternative" else "your median rate"
        parts.append(f"paid {paid} against {where} of {ref}")
    return f" ({', '.join(parts)})" if parts else ""


def balance_sentence(c: ClientBalance, currency: str) -> str:
    """Which way the scales tip with one client, and how far."""
    return f"With {c.name} {tip_words(c)}{_balance_details(c, currency)}."


def _imbalance_sentence(c: ClientBalance, currency: str) -> str:
    return f"The scales tip furthest with {c.name}: {tip_words(c)}{_balance_details(c, currency)}."


def _money_sentences(ins: Insights) -> list[str]:
    out = []
    p = ins.capture.pending
    if p.count and p.oldest_day is not None:
        out.append(
            f"{money_text(p.total_minor, ins.currency)} is still waiting to be paid, from "
            f"{_count(p.count, 'session', 'sessions')}; the oldest dates from "
            f"{_day(p.oldest_day)} ({_count(p.oldest_age_days or 0, 'day', 'days')} ago)."
        )
    lag = ins.capture.lag
    if lag.count and lag.median_days is not None and lag.p90_days is not None:
        out.append(
            f"Half of the money you were paid arrived within {_num(lag.median_days, 0)} days "
            f"of the work, nine tenths within {_num(lag.p90_days, 0)} days."
        )
    split = split_sentence(ins)
    if split:
        out.append(split)
    return out


def split_sentence(ins: Insights) -> str | None:
    """The capture lag split by invoices in words (None when nothing is invoiced)."""
    s = ins.capture.split
    if not s.any or s.to_invoice.median_days is None:
        return None
    days = _count(round(s.to_invoice.median_days), "day", "days")
    text = f"Work waited a median {days} to be invoiced"
    if s.to_cash.count and s.to_cash.median_days is not None:
        text += (
            f", and invoices a median {_count(round(s.to_cash.median_days), 'day', 'days')} "
            "to be paid"
        )
    text += "."
    waiting = []
    if s.not_invoiced.count:
        waiting.append(
            f"{money_text(s.not_invoiced.total_minor, ins.currency)} is not invoiced yet"
        )
    if s.invoiced_unpaid.count:
        waiting.append(
            f"{money_text(s.invoiced_unpaid.total_minor, ins.currency)} is invoiced and unpaid"
        )
    if waiting:
        text += " Of the money waiting, " + " and ".join(waiting) + "."
    return text


def correlation_sentence(c: Correlation, kind: PeriodKind) -> str | None:
    """A correlation in words, or None when it is unknown or too weak to mention."""
    if c.r is None or abs(c.r) < MIN_NOTABLE_R:
        return None
    measure, against = _MEASURE_WORDS[c.measure], _AGAINST_WORDS[c.against]
    way = "higher" if c.r > 0 else "lower"
    strength = "clearly" if abs(c.r) >= 0.6 else "somewhat"
    return (
        f"Over {formats.current().integer(c.n)} {_NOUNS[kind]}, your {measure} was {strength} "
        f"{way} when your {against} was higher (r = {_num(c.r, 2)})."
    )


def _correlation_sentences(ins: Insights) -> list[str]:
    """The strongest notable correlations, at most MAX_CORRELATIONS of them."""
    strongest = sorted(ins.correlations, key=lambda c: -abs(c.r or 0.0))[:MAX_CORRELATIONS]
    texts = (correlation_sentence(c, ins.kind) for c in strongest)
    return [t for t in texts if t]


def describe_thresholds(ins: Insights) -> list[str]:
    """The settings behind the spans, in words (shown next to the charts)."""
    t = ins.thresholds
    noun = _NOUNS[ins.kind]
    pay = (
        f"at least {rate_text(ins.pay_rate_threshold, ins.currency)}"
        if ins.pay_rate_threshold is not None
        else "not known yet (no paid periods)"
    )
    return [
        f"High pay: a pay rate in the top third of your own {noun}, {pay}.",
        f"Low value: {_g(t.low_value)}/10 or less. High value: {_g(t.high_value)}/10 or more.",
        f"{noun.capitalize()} with less than {_g(t.min_hours(ins.kind))} h of rated work "
        f"are not judged.",
        f"A client is named for the furthest-tipping scales only from "
        f"{_g(t.min_hours_client)} h of work with them.",
    ]
