"""The report's flowing pages as Qt rich text: summary, client balance, reflection, notes.

Each builder returns an HTML string in the subset ``QTextDocument`` understands; ``layout``
turns it into a document laid out on the PDF's pages (Qt breaks it between lines and repeats
table headers). Every string from the person (names, titles, notes) is escaped.
"""

from __future__ import annotations

from datetime import timedelta
from html import escape

from PySide6.QtGui import QTextDocument

from valuejournal.core.insights import ClientBalance, Tip
from valuejournal.core.invoices import Invoice
from valuejournal.report.canvas import SANS, PdfCanvas, font, px
from valuejournal.report.data import ReportData
from valuejournal.report.markdown import markdown_to_html
from valuejournal.report.summary import summary_html, tip_text
from valuejournal.report.text import Formatter, tr


def stylesheet() -> str:
    """The rich-text style sheet (margins in device units, see ``canvas.px``)."""
    return f"""
h1 {{ font-family: '{SANS}'; font-size: 20pt; font-weight: 700; color: #1A1A1A;
      margin-top: 0; margin-bottom: {px(4)}px; }}
h2 {{ font-family: '{SANS}'; font-size: 13pt; font-weight: 600; color: #1A1A1A;
      margin-top: {px(18)}px; margin-bottom: {px(6)}px; }}
h3 {{ font-family: '{SANS}'; font-size: 10.5pt; font-weight: 600; color: #4A4A4A;
      margin-top: {px(14)}px; margin-bottom: {px(4)}px; }}
p {{ margin-top: 0; margin-bottom: {px(6)}px; }}
li {{ margin-bottom: {px(2)}px; }}
.lead {{ font-family: '{SANS}'; font-size: 10.5pt; color: #4A4A4A; margin-bottom: {px(10)}px; }}
.muted {{ color: #6B6B6B; }}
.small {{ font-family: '{SANS}'; font-size: 8.5pt; color: #6B6B6B; }}
th {{ font-size: 8.5pt; color: #4A4A4A; font-weight: 600; }}
td {{ font-size: 9.5pt; }}
"""


COLUMN_WIDTHS = (24, 8, 8, 10, 12, 18, 20)
TIP_COLOURS = {Tip.GIVE: "#D55E00", Tip.GET: "#0072B2", Tip.BALANCED: "#6B6B6B",
               Tip.UNKNOWN: "#8C8C8C"}  # fmt: skip


def layout(html: str, canvas: PdfCanvas, *, serif: bool = False) -> QTextDocument:
    """A document laid out on the canvas's pages (device units, Qt's own pagination)."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(canvas.writer)
    doc.setDefaultFont(font(10, serif=serif))
    doc.setDefaultStyleSheet(stylesheet())
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setPageSize(canvas.content_size)
    return doc


def clients_html(data: ReportData, fmt: Formatter) -> str:
    """The per-client balance table with a short explanation."""
    lead = tr(
        "Value created for each client against value captured from them. The yardstick for "
        "the pay is the client’s alternative rate when you set one, otherwise your median rate."
    )
    head = f"<h1>{tr('Balance per client')}</h1><p class='lead'>{lead}</p>"
    headers = [tr("Client"), tr("Hours"), tr("Value"), tr("Pay"), tr("Per hour"),
               tr("Yardstick"), tr("The scales")]  # fmt: skip
    cells = "".join(
        f"<th width='{w}%' align='{'right' if 0 < i < 6 else 'left'}'>{escape(h)}</th>"
        for i, (h, w) in enumerate(zip(headers, COLUMN_WIDTHS, strict=True))
    )
    rows = [
        _client_row(c, fmt, "#F4F6F8" if i % 2 else "#FFFFFF") for i, c in enumerate(data.clients)
    ]
    table = (
        f"<table width='100%' cellspacing='0' cellpadding='{px(4)}' border='0'>"
        f"<thead><tr style='background-color:#E8EDF2'>{cells}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    return head + table + _tip_legend()


def _client_row(c: ClientBalance, fmt: Formatter, background: str) -> str:
    yard = "—"
    if c.reference_rate:
        which = tr("alternative rate") if c.reference == "alternative" else tr("median rate")
        yard = f"{fmt.rate(c.reference_rate)} <span class='small'>({which})</span>"
    name = escape(c.name) if not c.personal else f"<i>{escape(c.name)}</i>"
    tip = f"<span style='color:{TIP_COLOURS[c.tip]}'>{escape(tip_text(c, fmt))}</span>"
    values = [fmt.number(c.hours, 1), fmt.score(c.value), fmt.money_round(c.pay_minor),
              fmt.rate(c.pay_rate), yard]  # fmt: skip
    cells = "".join(f"<td align='right'>{v}</td>" for v in values)
    return f"<tr style='background-color:{background}'><td>{name}</td>{cells}<td>{tip}</td></tr>"


def _tip_legend() -> str:
    return (
        f"<p class='small' style='margin-top:{px(10)}px'>"
        + tr("Value counts hours times the value you gave the work (5/10 is ordinary work); "
             "pay counts money paid or pending for it. Work without a client is listed for "
             "completeness: giving is its purpose.")
        + "</p>"
    )  # fmt: skip


INVOICE_WIDTHS = (12, 17, 13, 13, 15, 18, 12)


def invoices_html(data: ReportData, fmt: Formatter) -> str:
    """The quarter's invoices: number, client, sent, due, paid (or how late on the day the
    report is made), amount and sessions, with the totals per currency."""
    lead = tr(
        "The invoices sent in {quarter}: when each was paid, or how many days past its due "
        "date it was on {today}."
    ).format(quarter=escape(data.quarter), today=fmt.date_long(data.today))
    head = f"<h1>{tr('Invoices')}</h1><p class='lead'>{lead}</p>"
    headers = [tr("Number"), tr("Client"), tr("Sent"), tr("Due"), tr("Paid"), tr("Amount"),
               tr("Sessions")]  # fmt: skip
    cells = "".join(
        f"<th width='{w}%' align='{'right' if i >= 5 else 'left'}' nowrap>{escape(h)}</th>"
        for i, (h, w) in enumerate(zip(headers, INVOICE_WIDTHS, strict=True))
    )
    rows = [
        _invoice_row(invoice, data, fmt, "#F4F6F8" if i % 2 else "#FFFFFF")
        for i, invoice in enumerate(data.invoices)
    ]
    table = (
        f"<table width='100%' cellspacing='0' cellpadding='{px(4)}' border='0'>"
        f"<thead><tr style='background-color:#E8EDF2'>{cells}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    return head + table + _invoice_totals(data, fmt)


def _invoice_row(invoice: Invoice, data: ReportData, fmt: Formatter, background: str) -> str:
    if invoice.paid_on is not None:
        paid = fmt.date_short(invoice.paid_on)
    elif invoice.is_overdue(data.today):
        late = tr("{n} days overdue").format(n=fmt.integer(invoice.overdue_days(data.today)))
        paid = f"<span style='color:#D55E00'>{late}</span>"
    else:
        paid = f"<span class='muted'>{tr('not yet')}</span>"
    due = fmt.date_short(invoice.due_on) if invoice.due_on else "—"
    amount = fmt.formats.money(invoice.amount_minor, invoice.currency)
    values = [escape(invoice.number), escape(invoice.client), fmt.date_short(invoice.sent_on),
              due, paid]  # fmt: skip
    wrap = ("", "", " nowrap", " nowrap", "")  # dates and amounts never break
    cells = "".join(f"<td{w}>{v}</td>" for v, w in zip(values, wrap, strict=True))
    count = fmt.integer(len(invoice.sessions))
    return (
        f"<tr style='background-color:{background}'>{cells}"
        f"<td align='right' nowrap>{amount}</td><td align='right'>{count}</td></tr>"
    )


def _invoice_totals(data: ReportData, fmt: Formatter) -> str:
    sent: dict[str, int] = {}
    unpaid: dict[str, int] = {}
    for invoice in data.invoices:
        sent[invoice.currency] = sent.get(invoice.currency, 0) + invoice.amount_minor
        if invoice.paid_on is None:
            unpaid[invoice.currency] = unpaid.get(invoice.currency, 0) + invoice.amount_minor
    line = tr("Invoiced: {sent}. Not paid yet: {unpaid}.").format(
        sent=fmt.formats.amounts(sent), unpaid=fmt.formats.amounts(unpaid, "—")
    )
    return f"<p class='small' style='margin-top:{px(10)}px'>{escape(line)}</p>"


def reflection_html(data: ReportData, fmt: Formatter) -> str:
    """The written reflection, one heading per section, the person's formatting kept."""
    parts = [f"<h1>{tr('Reflection')}</h1>"]
    if data.reflection_updated is not None:
        when = fmt.date_long(data.reflection_updated.date())
        parts.append(f"<p class='small'>{tr('Last edited on {date}').format(date=when)}</p>")
    if not data.written:
        parts.append(
            "<p class='muted'>"
            + tr("No reflection has been written for {q} yet.").format(q=data.quarter)
            + "</p>"
        )
    for section in data.sections:
        parts.append(f"<h2>{escape(section.title)}</h2>")
        parts.append(markdown_to_html(section.text))
    return "".join(parts)


def notes_html(data: ReportData, fmt: Formatter) -> str:
    """The sessions' notes of the quarter (only when asked for)."""
    notes = data.notes or ()
    parts = [f"<h1>{tr('Session notes')}</h1>"]
    if not notes:
        parts.append(f"<p class='muted'>{tr('No session in this quarter has a note.')}</p>")
    for note in notes:
        who = f" · {escape(note.client)}" if note.client else ""
        title = f" · {escape(note.title)}" if note.title else ""
        private = f" <span class='small'>({tr('private')})</span>" if note.private else ""
        body = escape(note.text).replace("\n", "<br>")
        parts.append(
            f"<p style='margin-bottom:{px(2)}px'><b>{fmt.date_short(note.day)}</b>{who}{title}"
            f"{private}</p><p class='comment'>{body}</p>"
        )
    return "".join(parts)


def weekly_html(data: ReportData, fmt: Formatter) -> str:
    """The appendix: each answered weekly review of the quarter, prompt by prompt."""
    reviews = data.weekly or ()
    parts = [f"<h1>{tr('Appendix: weekly reviews')}</h1>"]
    if not reviews:
        parts.append(f"<p class='muted'>{tr('No weekly review was answered in this quarter.')}</p>")
    for review in reviews:
        end = review.start + timedelta(days=6)
        parts.append(f"<h2>{escape(fmt.formats.date_range(review.start, end))}</h2>")
        for prompt, answer in zip(review.prompts, review.answers, strict=False):
            if not answer.strip():
                continue
            body = escape(answer.strip()).replace("\n", "<br>")
            parts.append(f"<h3>{escape(prompt)}</h3><p>{body}</p>")
    return "".join(parts)


__all__ = ["clients_html", "invoices_html", "layout", "notes_html", "reflection_html",
           "summary_html", "tip_text", "weekly_html"]  # fmt: skip
