"""The canvas in words: a few short lines per block, and a sentence per change between two
quarters ("Brightline: 40 % of your hours in 2026-Q2, 12 % in 2026-Q3"). Numbers, money and
hours go through ``core.formats`` (the current locale unless a ``Formats`` is given).
"""

from __future__ import annotations

from valuejournal.core import formats
from valuejournal.core.canvas.blocks import BLOCK_TITLES
from valuejournal.core.canvas.compare import Change
from valuejournal.core.canvas.model import CanvasEvidence, Item, Tally

TOP = 4
TIP_WORDS = {
    "give": "vendor relationship: you give about {ratio}× what you get",
    "get": "you get about {ratio}× what you give",
    "balanced": "best return for both: the scales are balanced",
    "unknown": "balance unknown until the work is rated",
}
CAPTURE_WORDS = {
    "referral": "referrals",
    "repeat": "repeat business",
    "learning": "learning",
    "reputation": "reputation",
    "joy": "joy",
    "pro_bono": "pro bono",
    "gift": "gifts",
}
BUBBLES = ("ecological", "economic", "social")


def percent(share: float, fmt: formats.Formats | None = None) -> str:
    """A share (0..1) as whole percent: "40 %"."""
    return f"{(fmt or formats.current()).integer(round(share * 100))} %"


def block_lines(ev: CanvasEvidence, fmt: formats.Formats | None = None) -> dict[str, list[str]]:
    """Each block's evidence as short lines, by block key (empty lists for empty blocks)."""
    f = fmt or formats.current()
    cur = ev.currency

    def h(hours: float) -> str:
        return f"{f.hours(hours, trim=True)} h"

    def money(minor: float) -> str:
        return f.money(minor, cur, whole=True)

    def value(i: Item) -> str:
        return f"value {f.decimal(i.value, 1)}" if i.value is not None else "not rated"

    def item(i: Item) -> str:
        return f"{i.name}: {h(i.hours)} ({percent(i.share, f)}), {value(i)}, {money(i.pay_minor)}"

    def tally(t: Tally) -> str:
        return f"{CAPTURE_WORDS.get(t.kind, t.kind)}: {f.count(t.sessions, 'session', 'sessions')}"

    ch, rev, costs = ev.channels, ev.revenue, ev.costs
    lines: dict[str, list[str]] = {key: [] for key in BLOCK_TITLES}
    lines["customers"] = [item(i) for i in ev.customers[:TOP]]
    lines["value"] = [
        f"{i.name}: {f.decimal(i.created, 0)} value-hours, {value(i)}"
        for i in ev.value_provided[:TOP]
    ]
    lines["activities"] = [
        f"{i.name}: {h(i.hours)}, {value(i)}"
        + (f", {f.rate(i.pay_rate, cur)}" if i.pay_rate else "")
        for i in ev.activities[:TOP]
    ]
    lines["resources"] = [f"{i.name}: {h(i.hours)}, {value(i)}" for i in ev.resources[:TOP]]
    lines["partners"] = [f"{i.name}: {h(i.hours)}, {value(i)}" for i in ev.partners[:TOP]]
    lines["relationships"] = [
        f"{r.name}: " + TIP_WORDS.get(r.tip, r.tip).format(ratio=f.decimal(r.ratio or 1.0, 1))
        for r in ev.relationships[:TOP]
    ]
    lines["channels"] = [tally(ch.referral), tally(ch.repeat)]
    if ch.new_clients:
        lines["channels"].append("new clients: " + ", ".join(ch.new_clients[:TOP]))
    if ch.returning_clients:
        lines["channels"].append("returning: " + ", ".join(ch.returning_clients[:TOP]))
    pending = money(rev.pending_minor)
    lines["revenue"] = [f"{money(rev.pay_minor)} paid or pending ({pending} pending)"]
    lines["revenue"] += [
        f"{i.name}: {money(i.pay_minor)} ({percent(i.share, f)})" for i in rev.by_client[:TOP]
    ]
    captured = [tally(t) for t in rev.captures if t.sessions]
    if captured:
        lines["revenue"].append("beyond money: " + "; ".join(captured))
    lines["costs"] = [f"{h(costs.hours)} of work, {h(costs.strained_hours)} under strain"]
    feel = [
        f"{name} {f.decimal(v, 1)}/5"
        for name, v in (("stress", costs.stress), ("energy", costs.energy))
        if v is not None
    ]
    if feel:
        lines["costs"].append(", ".join(feel))
    lines["costs"].append(f"value not captured: {h(costs.uncaptured_hours)}")
    given = [tally(t) for t in costs.giving if t.sessions]
    if given:
        lines["costs"].append("chosen giving: " + "; ".join(given))
    bubbles = [
        f"{name} {f.decimal(v, 1)}" for name, v in zip(BUBBLES, costs.bubbles, strict=True)
        if v is not None
    ]  # fmt: skip
    if bubbles:
        lines["costs"].append("bubbles: " + ", ".join(bubbles))
    if ev.empty:
        return {key: [] for key in BLOCK_TITLES}
    return lines


def change_sentence(
    change: Change, before: str, after: str, fmt: formats.Formats | None = None
) -> str:
    """One change in words; ``before``/``after`` are the two quarters' labels."""
    f = fmt or formats.current()
    if change.kind == "moved":
        was = ", ".join(BLOCK_TITLES[b] for b in change.blocks[0])
        now = ", ".join(BLOCK_TITLES[b] for b in change.blocks[1])
        return f"{change.name} moved from {was} in {before} to {now} in {after}."
    of = "of your hours" if change.measure == "hours" else "of your pay"
    where = BLOCK_TITLES[change.block]

    def pct(x: float | None) -> str:
        return f"{f.integer(round(x or 0.0))} %"

    was, now = pct(change.before), pct(change.after)
    if change.kind == "new":
        return f"{where} · {change.name}: new in {after}, {now} {of}."
    if change.kind == "gone":
        return f"{where} · {change.name}: {was} {of} in {before}, none in {after}."
    return f"{where} · {change.name}: {was} {of} in {before}, {now} in {after}."
