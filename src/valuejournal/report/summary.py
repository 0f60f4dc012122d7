"""The one-page summary of the quarter, as Qt rich text.

Six key figures in a grid (hours, pay, pay rate, value, wellbeing, money waiting), the spans
where pay and value parted with their dates, the client where the scales tip furthest, how
fast money arrived, and how the spans were found.
"""

from __future__ import annotations

from html import escape

from valuejournal.core.i18n import n_
from valuejournal.core.insights import ClientBalance, Span, SpanKind, Tip
from valuejournal.core.insights.summary import correlation_sentence, largest_imbalance
from valuejournal.report.canvas import px
from valuejournal.report.data import ReportData
from valuejournal.report.text import Formatter, tr

MAX_CORRELATIONS = 2
# The charts' light-theme span colours (charts.style.LIGHT), kept here so that painting the
# PDF does not load matplotlib; a test keeps the two equal.
SPAN_COLOURS = {SpanKind.HIGH_PAY_LOW_VALUE: "#D55E00", SpanKind.HIGH_VALUE_NO_PAY: "#009E73"}


def span_title(kind: SpanKind) -> str:
    """The name of a kind of span."""
    if kind is SpanKind.HIGH_PAY_LOW_VALUE:
        return tr("High pay, low value")
    return tr("High value, no pay")


def tip_text(c: ClientBalance, fmt: Formatter) -> str:
    """Which way the scales tip with a client, in a few words."""
    times = fmt.number(c.ratio or 1.0, 1) + "×"
    if c.clipped:
        times = tr("at least {times}").format(times=times)
    if c.tip is Tip.GIVE:
        return tr("You give {times} what you get").format(times=times)
    if c.tip is Tip.GET:
        return tr("You get {times} what you give").format(times=times)
    if c.tip is Tip.BALANCED:
        return tr("Balanced")
    if c.uncounted_sessions:
        return n_("Not known: %n session(s) without an exchange rate", c.uncounted_sessions)
    return tr("Not known yet")


def summary_html(data: ReportData, fmt: Formatter) -> str:
    """The summary page."""
    head = (
        f"<h1>{tr('The quarter at a glance')}</h1>"
        f"<p class='lead'>{escape(data.quarter)} · {fmt.date_range(data.start, data.end)}</p>"
    )
    if data.empty:
        return head + (
            f"<p style='font-size:12pt; margin-top:{px(18)}px'>"
            + tr("No work sessions were logged in this quarter, so there are no figures, "
                 "charts or client balances to show.")
            + "</p>"
        )  # fmt: skip
    return head + _grid(data, fmt) + _spans(data, fmt) + _findings(data, fmt) + _method(data, fmt)


def _cell(label: str, value: str, sub: str) -> str:
    return (
        f"<td width='33%' style='padding:{px(9)}px; background-color:#F1F4F7'>"
        f"<p class='small' style='margin:0'>{escape(label)}</p>"
        f"<p style='font-size:17pt; font-weight:700; margin-top:{px(3)}px; "
        f"margin-bottom:{px(3)}px'>{value}</p>"
        f"<p class='small' style='margin:0'>{sub}</p></td>"
    )


def _grid(data: ReportData, fmt: Formatter) -> str:
    f = data.figures
    sessions = tr("over {n} sessions").format(n=fmt.integer(f.totals.sessions))
    paid = tr("{paid} paid · {pending} pending").format(
        paid=fmt.money_round(f.totals.paid_minor), pending=fmt.money_round(f.totals.pending_minor)
    )
    high = (
        tr("high pay from {rate}").format(rate=fmt.rate(f.pay_rate_threshold))
        if f.pay_rate_threshold
        else tr("no paid weeks to compare with")
    )
    rated = (
        n_("%n session(s) not rated", f.totals.unrated_sessions)
        if f.totals.unrated_sessions
        else tr("over {h} rated").format(h=fmt.hours(f.totals.rated_hours))
    )
    feel = tr("energy {e} · stress {s}").format(e=fmt.score(f.energy, 5), s=fmt.score(f.stress, 5))
    waiting = n_("pending from %n session(s)", f.pending_count)
    if f.pending_oldest_days is not None:
        waiting += n_(", the oldest %n day(s)", f.pending_oldest_days)
    row1 = (
        _cell(tr("Hours worked"), fmt.hours(f.totals.hours), sessions)
        + _cell(tr("Pay earned"), fmt.money(f.totals.pay_minor), paid)
        + _cell(tr("Pay per hour"), fmt.rate(f.totals.pay_rate), high)
    )
    row2 = (
        _cell(tr("Average value created"), fmt.score(f.totals.value), rated)
        + _cell(tr("Mood (1–5)"), fmt.score(f.mood, 5), feel)
        + _cell(tr("Waiting to be captured"), fmt.money(f.totals.pending_minor), waiting)
    )
    return (
        f"<table width='100%' cellspacing='{px(5)}' cellpadding='0' border='0' "
        f"style='margin-top:{px(8)}px; margin-left:-{px(5)}px'>"
        f"<tr>{row1}</tr><tr>{row2}</tr></table>"
    )


def span_line(span: Span, fmt: Formatter) -> str:
    """One span as a line of rich text: coloured kind, dates, hours, value, pay, client."""
    colour = SPAN_COLOURS[span.kind]
    who = (
        tr("mostly your own work")
        if span.top_client is None
        else tr("mostly for {client}").format(client=escape(span.top_client))
    )
    facts = [fmt.hours(span.hours), tr("value {v}").format(v=fmt.score(span.value))]
    if span.kind is SpanKind.HIGH_PAY_LOW_VALUE:
        facts.append(fmt.rate(span.pay_rate))
    else:
        facts.append(tr("nothing paid"))
    return (
        f"<p style='margin-bottom:{px(7)}px'><span style='color:{colour}'>■</span> "
        f"<b>{span_title(span.kind)}</b>, {fmt.date_range(span.start, span.end, medium=True)}"
        f"<br><span class='muted'>{' · '.join(facts)} · {who}</span></p>"
    )


def _spans(data: ReportData, fmt: Formatter) -> str:
    out = [f"<h2>{tr('Where pay and value parted ways')}</h2>"]
    if not data.spans:
        out.append(
            "<p class='muted'>"
            + tr("No stretch of weeks this quarter paid well for little value, or created "
                 "high value for no pay.")
            + "</p>"
        )  # fmt: skip
    out += [span_line(s, fmt) for s in data.spans]
    f = data.figures
    if f.high_value_no_pay_hours:
        out.append(
            "<p class='small'>"
            + tr("{h} of high-value work in these weeks has not been paid for.").format(
                h=fmt.hours(f.high_value_no_pay_hours)
            )
            + "</p>"
        )
    return "".join(out)


def _findings(data: ReportData, fmt: Formatter) -> str:
    out = []
    tipped = largest_imbalance(list(data.clients), data.insights.thresholds.min_hours_client)
    if tipped is not None:
        out.append(
            "<p>"
            + tr("The scales tip furthest with {client}: {tip}.").format(
                client=f"<b>{escape(tipped.name)}</b>", tip=tip_text(tipped, fmt).lower()
            )
            + "</p>"
        )
    lag = data.figures.lag_median_days
    if lag is not None:
        out.append(
            "<p>"
            + tr("Half of the money paid for this quarter’s work arrived within {d} days.").format(
                d=fmt.integer(round(lag))
            )
            + "</p>"
        )
    split = data.insights.capture.split
    if split.any and split.to_invoice.median_days is not None:
        text = n_(
            "Work waited a median %n day(s) to be invoiced", round(split.to_invoice.median_days)
        )
        if split.to_cash.count and split.to_cash.median_days is not None:
            text += n_(
                ", and invoices a median %n day(s) to be paid", round(split.to_cash.median_days)
            )
        out.append(f"<p>{text}.</p>")
    ins = data.insights
    notable = [c for c in ins.correlations if correlation_sentence(c, ins.kind)]
    for c in sorted(notable, key=lambda c: -abs(c.r or 0.0))[:MAX_CORRELATIONS]:
        out.append(f"<p>{escape(correlation_sentence(c, ins.kind) or '')}</p>")
    if not out:
        return ""
    return f"<h2>{tr('What stands out')}</h2>" + "".join(out)


def _method(data: ReportData, fmt: Formatter) -> str:
    t = data.thresholds
    f = data.figures
    pay = fmt.rate(f.pay_rate_threshold) if f.pay_rate_threshold else tr("not known yet")
    lines = [
        tr("High pay: a week’s pay per hour in the top third of all your weeks ({pay} or "
           "more). Low value: {low}/10 or less; high value: {high}/10 or more. Weeks with "
           "less than {hours} of work, or none of it rated, are not judged.").format(
            pay=pay, low=fmt.number(t.low_value, 0), high=fmt.number(t.high_value, 0),
            hours=fmt.hours(t.min_hours_week)),
        *data.caveats,
    ]  # fmt: skip
    body = "".join(f"<p class='small'>{escape(line)}</p>" for line in lines)
    return f"<h3 style='margin-top:{px(22)}px'>{tr('How to read this')}</h3>{body}"
