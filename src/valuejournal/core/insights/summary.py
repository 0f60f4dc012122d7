"""Insights in plain words: a handful of sentences for the Insights page, the PDF and the CLI."""

from __future__ import annotations

from datetime import date

from valuejournal.core import formats
from valuejournal.core.i18n import N_, _, n_
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
_NOUNS = {PeriodKind.DAY: N_("days"), PeriodKind.WEEK: N_("weeks"), PeriodKind.MONTH: N_("months")}
_PERIODS = {
    PeriodKind.DAY: N_("%n day(s)"),
    PeriodKind.WEEK: N_("%n week(s)"),
    PeriodKind.MONTH: N_("%n month(s)"),
}
_MEASURE_WORDS = {"mood": N_("mood"), "energy": N_("energy"), "stress": N_("stress")}
_AGAINST_WORDS = {"pay_rate": N_("pay rate"), "value": N_("value")}


def hours_text(hours: float) -> str:
    """Hours in a sentence: "38 h", "2.75 h", "2.5 h" (current locale; the same figure the
    session list shows, without trailing zeros)."""
    return _("{n} h").format(n=formats.current().hours(hours, trim=True))


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


def summarize(insights: Insights) -> list[str]:
    """The insights as sentences, most important first."""
    if insights.empty:
        return [_nothing(insights)]
    out = [_overview(insights)]
    if insights.totals.giving.sessions:
        out.append(_giving_sentence(insights))
    out += _span_sentences(insights)
    imbalance = largest_imbalance(insights.clients, insights.thresholds.min_hours_client)
    if imbalance is not None:
        out.append(_imbalance_sentence(imbalance, insights.currency))
    out += _money_sentences(insights)
    out += _correlation_sentences(insights)
    out += insights.notes
    return out


def _giving_sentence(ins: Insights) -> str:
    g = ins.totals.giving
    return _(
        "{hours} of it was chosen giving (pro bono {pro_bono}, gifts {gifts}): the balance, "
        "the spans and the capture leave it out, so it never reads as value not captured."
    ).format(
        hours=hours_text(g.hours),
        pro_bono=hours_text(g.pro_bono_hours),
        gifts=hours_text(g.gift_hours),
    )


def _nothing(insights: Insights) -> str:
    if insights.start and insights.end:
        return _(
            "There is nothing to show yet: no work sessions between {start} and {end}."
        ).format(start=_day(insights.start), end=_day(insights.end))
    return _("There is nothing to show yet: the journal has no work sessions.")


def _overview(ins: Insights) -> str:
    t = ins.totals
    assert ins.start and ins.end
    text = _("Between {start} and {end} you logged {hours} over {sessions}").format(
        start=_day(ins.start),
        end=_day(ins.end),
        hours=hours_text(t.hours),
        sessions=n_("%n session(s)", t.sessions),
    )
    if t.pay_minor:
        text += _(", earning {money}").format(money=money_text(t.pay_minor, ins.currency))
        if t.pay_rate:
            text += f" ({rate_text(t.pay_rate, ins.currency)})"
    if t.value is not None:
        text += _(", with an average value of {value}/10").format(value=_num(t.value))
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
                n_("%n shorter span(s) like these add {hours}.", len(rest)).format(
                    hours=hours_text(hours)
                )
            )
    return out


def span_sentence(span: Span, currency: str) -> str:
    """One span in words, naming whom the work was mostly for."""
    when = (
        _("On {day}").format(day=_day(span.start))
        if span.start == span.end
        else _("Between {start} and {end}").format(start=_day(span.start), end=_day(span.end))
    )
    who = (
        _("mostly your own work")
        if span.top_client is None
        else _("mostly for {client}").format(client=span.top_client)
    )
    value = (
        _("value {value}/10").format(value=_num(span.value))
        if span.value is not None
        else _("unrated")
    )
    hours = hours_text(span.hours)
    if span.kind is SpanKind.HIGH_PAY_LOW_VALUE:
        rate = f"{rate_text(span.pay_rate, currency)}, " if span.pay_rate else ""
        return _("{when} you spent {hours} in high-pay, low-value work ({details}), {who}.").format(
            when=when, hours=hours, details=rate + value, who=who
        )
    return _(
        "{when} you put {hours} into high-value work ({value}) that nothing was paid for, {who}."
    ).format(when=when, hours=hours, value=value, who=who)


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
    ratio = _num(c.ratio or 1.0)
    times = (
        _("at least {ratio}×").format(ratio=ratio)
        if c.clipped
        else _("about {ratio}×").format(ratio=ratio)
    )
    if c.tip is Tip.GIVE:
        return _("you give {times} what you get").format(times=times)
    if c.tip is Tip.GET:
        return _("you get {times} what you give").format(times=times)
    if c.tip is Tip.BALANCED:
        return _("the scales are balanced")
    if c.uncounted_sessions:
        return n_("the balance waits for an exchange rate for %n session(s)", c.uncounted_sessions)
    return _("the balance is unknown until the work is rated")


def _balance_details(c: ClientBalance, currency: str) -> str:
    parts = []
    if c.value is not None:
        parts.append(_("value {value}/10").format(value=_num(c.value)))
    if c.reference_rate and not c.uncounted_sessions:  # a partial pay rate would mislead
        paid = rate_text(c.pay_rate or 0.0, currency)
        ref = rate_text(c.reference_rate, currency)
        where = (
            _("paid {paid} against your alternative rate of {rate}")
            if c.reference == "alternative"
            else _("paid {paid} against your median rate of {rate}")
        )
        parts.append(where.format(paid=paid, rate=ref))
    if c.uncounted_sessions:
        parts.append(n_("%n session(s) without an exchange rate not counted", c.uncounted_sessions))
    return f" ({', '.join(parts)})" if parts else ""


def balance_sentence(c: ClientBalance, currency: str) -> str:
    """Which way the scales tip with one client, and how far."""
    return _("With {client} {tip}{details}.").format(
        client=c.name, tip=tip_words(c), details=_balance_details(c, currency)
    )


def _imbalance_sentence(c: ClientBalance, currency: str) -> str:
    return _("The scales tip furthest with {client}: {tip}{details}.").format(
        client=c.name, tip=tip_words(c), details=_balance_details(c, currency)
    )


def _money_sentences(ins: Insights) -> list[str]:
    out = []
    p = ins.capture.pending
    if p.count and p.oldest_day is not None:
        out.append(
            _(
                "{money} is still waiting to be paid, from {sessions}; the oldest dates from "
                "{day} ({days} ago)."
            ).format(
                money=money_text(p.total_minor, ins.currency),
                sessions=n_("%n session(s)", p.count),
                day=_day(p.oldest_day),
                days=n_("%n day(s)", p.oldest_age_days or 0),
            )
        )
    lag = ins.capture.lag
    if lag.count and lag.median_days is not None and lag.p90_days is not None:
        out.append(
            _(
                "Half of the money you were paid arrived within {median} days of the work, "
                "nine tenths within {p90} days."
            ).format(median=_num(lag.median_days, 0), p90=_num(lag.p90_days, 0))
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
    days = n_("%n day(s)", round(s.to_invoice.median_days))
    if s.to_cash.count and s.to_cash.median_days is not None:
        text = _(
            "Work waited a median {days} to be invoiced, and invoices a median {paid} to be paid."
        ).format(days=days, paid=n_("%n day(s)", round(s.to_cash.median_days)))
    else:
        text = _("Work waited a median {days} to be invoiced.").format(days=days)
    not_invoiced = _("{money} is not invoiced yet").format(
        money=money_text(s.not_invoiced.total_minor, ins.currency)
    )
    unpaid = _("{money} is invoiced and unpaid").format(
        money=money_text(s.invoiced_unpaid.total_minor, ins.currency)
    )
    if s.not_invoiced.count and s.invoiced_unpaid.count:
        text += _(" Of the money waiting, {first} and {second}.").format(
            first=not_invoiced, second=unpaid
        )
    elif s.not_invoiced.count or s.invoiced_unpaid.count:
        text += _(" Of the money waiting, {first}.").format(
            first=not_invoiced if s.not_invoiced.count else unpaid
        )
    return text


def correlation_sentence(c: Correlation, kind: PeriodKind) -> str | None:
    """A correlation in words, or None when it is unknown or too weak to mention."""
    if c.r is None or abs(c.r) < MIN_NOTABLE_R:
        return None
    measure, against = _(_MEASURE_WORDS[c.measure]), _(_AGAINST_WORDS[c.against])
    clearly = abs(c.r) >= 0.6
    if c.r > 0:
        text = (
            _("Over {periods}, your {measure} was clearly higher when your {against} was higher")
            if clearly
            else _(
                "Over {periods}, your {measure} was somewhat higher when your {against} was higher"
            )
        )
    else:
        text = (
            _("Over {periods}, your {measure} was clearly lower when your {against} was higher")
            if clearly
            else _(
                "Over {periods}, your {measure} was somewhat lower when your {against} was higher"
            )
        )
    periods = n_(_PERIODS[kind], c.n)
    return text.format(periods=periods, measure=measure, against=against) + _(" (r = {r}).").format(
        r=_num(c.r, 2)
    )


def _correlation_sentences(ins: Insights) -> list[str]:
    """The strongest notable correlations, at most MAX_CORRELATIONS of them."""
    strongest = sorted(ins.correlations, key=lambda c: -abs(c.r or 0.0))[:MAX_CORRELATIONS]
    texts = (correlation_sentence(c, ins.kind) for c in strongest)
    return [t for t in texts if t]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def describe_thresholds(ins: Insights) -> list[str]:
    """The settings behind the spans, in words (shown next to the charts)."""
    t = ins.thresholds
    noun = _(_NOUNS[ins.kind])
    pay = (
        _("at least {rate}").format(rate=rate_text(ins.pay_rate_threshold, ins.currency))
        if ins.pay_rate_threshold is not None
        else _("not known yet (no paid periods)")
    )
    return [
        _("High pay: a pay rate in the top third of your own {periods}, {pay}.").format(
            periods=noun, pay=pay
        ),
        _("Low value: {low}/10 or less. High value: {high}/10 or more.").format(
            low=_g(t.low_value), high=_g(t.high_value)
        ),
        _capital(
            _("{periods} with less than {hours} h of rated work are not judged.").format(
                periods=noun, hours=_g(t.min_hours(ins.kind))
            )
        ),
        _(
            "A client is named for the furthest-tipping scales only from {hours} h of work "
            "with them."
        ).format(hours=_g(t.min_hours_client)),
    ]


def chart_summaries(ins: Insights) -> dict[str, str]:
    """Each chart's text alternative, by chart key: what it shows, in a line or two of the
    same sentences as the summary (for screen readers: the panels' accessible description)."""
    if ins.empty:
        nothing = _nothing(ins)
        keys = ("timeline", "scales", "quadrant", "capture", "wellbeing", "bubbles",
                "project_scales")  # fmt: skip
        return dict.fromkeys(keys, nothing)
    spans = _span_sentences(ins)
    imbalance = largest_imbalance(ins.clients, ins.thresholds.min_hours_client)
    project = largest_imbalance(ins.projects, ins.thresholds.min_hours_client)
    money = _money_sentences(ins)
    links = _correlation_sentences(ins)
    b = ins.bubbles
    means = [(_("ecological"), b.ecological), (_("economic"), b.economic), (_("social"), b.social)]
    known = [f"{word} {_num(mean):s}" for word, mean in means if mean is not None]
    return {
        "timeline": " ".join(spans) or _("No span where pay and value part ways in this range."),
        "scales": _imbalance_sentence(imbalance, ins.currency)
        if imbalance is not None
        else _("No client's scales tip far enough to name."),
        "quadrant": _overview(ins),
        "capture": " ".join(money) or _("No money is waiting and no payment has a date yet."),
        "wellbeing": " ".join(links)
        or _("No notable link between mood, energy or stress and pay or value."),
        "bubbles": _("Mean impact on the bubbles (-2 to +2): {means}.").format(
            means=", ".join(known)
        )
        if known
        else _("No impacts recorded yet."),
        "project_scales": _imbalance_sentence(project, ins.currency)
        if project is not None
        else _("No project's scales tip far enough to name."),
    }
