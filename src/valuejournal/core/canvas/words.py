"""The canvas in words: a few short lines per block, and a sentence per change between two
quarters ("Brightline: 40 % of your hours in 2026-Q2, 12 % in 2026-Q3"). Numbers, money and
hours go through ``core.formats`` (the current locale unless a ``Formats`` is given); the
words go through ``core.i18n`` (the language the app speaks; English until one is installed),
whole lines at a time so that a translation can order them and space its colons ("Cobalt :
12 h" in French). The names the evidence gives work without a client ("No client: own work",
"Untitled") are shown translated too (``shown_name``); the kept evidence stores them in English.
"""

from __future__ import annotations

from collections.abc import Sequence

from valuejournal.core import formats
from valuejournal.core.canvas.blocks import BLOCK_TITLES
from valuejournal.core.canvas.compare import Change
from valuejournal.core.canvas.evidence import NO_CLIENT, UNTITLED
from valuejournal.core.canvas.model import CanvasEvidence, Item, Tally
from valuejournal.core.i18n import N_, _, n_

TOP = 4
TIP_WORDS = {
    "give": N_("vendor relationship: you give about {ratio}× what you get"),
    "get": N_("you get about {ratio}× what you give"),
    "balanced": N_("best return for both: the scales are balanced"),
    "unknown": N_("balance unknown until the work is rated"),
}
CAPTURE_WORDS = {
    "referral": N_("referrals"),
    "repeat": N_("repeat business"),
    "learning": N_("learning"),
    "reputation": N_("reputation"),
    "joy": N_("joy"),
    "pro_bono": N_("pro bono"),
    "gift": N_("gifts"),
}
FEELINGS = (("stress", N_("stress {value}/5")), ("energy", N_("energy {value}/5")))
BUBBLES = (
    ("ecological", N_("ecological {value}")),
    ("economic", N_("economic {value}")),
    ("social", N_("social {value}")),
)
GROUP_NAMES = frozenset((*NO_CLIENT.values(), UNTITLED))
"""The names the evidence makes up (not the person's): translated where shown."""
# the moves and changes of a name between two quarters, by kind and measure
CHANGE_WORDS = {
    ("new", "hours"): N_("{block} · {name}: new in {after}, {now} of your hours."),
    ("new", "pay"): N_("{block} · {name}: new in {after}, {now} of your pay."),
    ("gone", "hours"): N_("{block} · {name}: {was} of your hours in {before}, none in {after}."),
    ("gone", "pay"): N_("{block} · {name}: {was} of your pay in {before}, none in {after}."),
    ("other", "hours"): N_("{block} · {name}: {was} of your hours in {before}, {now} in {after}."),
    ("other", "pay"): N_("{block} · {name}: {was} of your pay in {before}, {now} in {after}."),
}


def shown_name(name: str) -> str:
    """A block item's name as shown: the person's names as they are, the evidence's own group
    names ("No client: own work") in the person's language."""
    return _(name) if name in GROUP_NAMES else name


def _listed(items: Sequence[str]) -> str:
    """Kinds in one line ("referrals: 1 session; learning: 2 sessions"), joined through the
    translation, so French spaces its semicolons (" ; ")."""
    text = items[0]
    for item in items[1:]:
        text = _("{list}; {item}").format(list=text, item=item)
    return text


def percent(share: float, fmt: formats.Formats | None = None) -> str:
    """A share (0..1) as whole percent: "40 %"."""
    return _("{n} %").format(n=(fmt or formats.current()).integer(round(share * 100)))


def block_lines(ev: CanvasEvidence, fmt: formats.Formats | None = None) -> dict[str, list[str]]:
    """Each block's evidence as short lines, by block key (empty lists for empty blocks)."""
    if ev.empty:
        return {key: [] for key in BLOCK_TITLES}
    f = fmt or formats.current()
    cur = ev.currency

    def h(hours: float) -> str:
        return _("{n} h").format(n=f.hours(hours, trim=True))

    def money(minor: float) -> str:
        return f.money(minor, cur, whole=True)

    def value(i: Item) -> str:
        return (
            _("value {value}").format(value=f.decimal(i.value, 1))
            if i.value is not None
            else _("not rated")
        )

    def item(i: Item) -> str:
        return _("{name}: {hours} ({share}), {value}, {pay}").format(
            name=shown_name(i.name), hours=h(i.hours), share=percent(i.share, f),
            value=value(i), pay=money(i.pay_minor),
        )  # fmt: skip

    def worked(i: Item) -> str:
        return _("{name}: {hours}, {value}").format(
            name=shown_name(i.name), hours=h(i.hours), value=value(i)
        )

    def tally(t: Tally) -> str:
        kind = _(CAPTURE_WORDS[t.kind]) if t.kind in CAPTURE_WORDS else t.kind
        return _("{kind}: {sessions}").format(kind=kind, sessions=n_("%n session(s)", t.sessions))

    def names(names: Sequence[str]) -> str:
        return ", ".join(shown_name(n) for n in names[:TOP])

    ch, rev, costs = ev.channels, ev.revenue, ev.costs
    lines: dict[str, list[str]] = {key: [] for key in BLOCK_TITLES}
    lines["customers"] = [item(i) for i in ev.customers[:TOP]]
    lines["value"] = [
        _("{name}: {n} value-hours, {value}").format(
            name=shown_name(i.name), n=f.decimal(i.created, 0), value=value(i)
        )
        for i in ev.value_provided[:TOP]
    ]
    lines["activities"] = [
        _("{name}: {hours}, {value}, {rate}").format(
            name=shown_name(i.name), hours=h(i.hours), value=value(i), rate=f.rate(i.pay_rate, cur)
        )
        if i.pay_rate
        else worked(i)
        for i in ev.activities[:TOP]
    ]
    lines["resources"] = [worked(i) for i in ev.resources[:TOP]]
    lines["partners"] = [worked(i) for i in ev.partners[:TOP]]
    lines["relationships"] = [
        _("{name}: {tip}").format(
            name=shown_name(r.name),
            tip=_(TIP_WORDS[r.tip]).format(ratio=f.decimal(r.ratio or 1.0, 1))
            if r.tip in TIP_WORDS
            else r.tip,
        )
        for r in ev.relationships[:TOP]
    ]
    lines["channels"] = [tally(ch.referral), tally(ch.repeat)]
    if ch.new_clients:
        lines["channels"].append(_("new clients: {names}").format(names=names(ch.new_clients)))
    if ch.returning_clients:
        lines["channels"].append(_("returning: {names}").format(names=names(ch.returning_clients)))
    lines["revenue"] = [
        _("{paid} paid or pending ({pending} pending)").format(
            paid=money(rev.pay_minor), pending=money(rev.pending_minor)
        )
    ]
    lines["revenue"] += [
        _("{name}: {pay} ({share})").format(
            name=shown_name(i.name), pay=money(i.pay_minor), share=percent(i.share, f)
        )
        for i in rev.by_client[:TOP]
    ]
    captured = [tally(t) for t in rev.captures if t.sessions]
    if captured:
        lines["revenue"].append(_("beyond money: {captures}").format(captures=_listed(captured)))
    lines["costs"] = [
        _("{hours} of work, {strained} under strain").format(
            hours=h(costs.hours), strained=h(costs.strained_hours)
        )
    ]
    feel = [
        _(words).format(value=f.decimal(v, 1))
        for (_name, words), v in zip(FEELINGS, (costs.stress, costs.energy), strict=True)
        if v is not None
    ]
    if feel:
        lines["costs"].append(", ".join(feel))
    lines["costs"].append(_("value not captured: {hours}").format(hours=h(costs.uncaptured_hours)))
    given = [tally(t) for t in costs.giving if t.sessions]
    if given:
        lines["costs"].append(_("chosen giving: {given}").format(given=_listed(given)))
    bubbles = [
        _(words).format(value=f.decimal(v, 1))
        for (_name, words), v in zip(BUBBLES, costs.bubbles, strict=True)
        if v is not None
    ]
    if bubbles:
        lines["costs"].append(_("bubbles: {bubbles}").format(bubbles=", ".join(bubbles)))
    return lines


def change_sentence(
    change: Change, before: str, after: str, fmt: formats.Formats | None = None
) -> str:
    """One change in words; ``before``/``after`` are the two quarters' labels."""
    f = fmt or formats.current()
    name = shown_name(change.name)
    if change.kind == "moved":
        was = ", ".join(_(BLOCK_TITLES[b]) for b in change.blocks[0])
        now = ", ".join(_(BLOCK_TITLES[b]) for b in change.blocks[1])
        return _("{name} moved from {was} in {before} to {now} in {after}.").format(
            name=name, was=was, before=before, now=now, after=after
        )

    def pct(x: float | None) -> str:
        return _("{n} %").format(n=f.integer(round(x or 0.0)))

    kind = change.kind if change.kind in ("new", "gone") else "other"
    measure = "hours" if change.measure == "hours" else "pay"
    return _(CHANGE_WORDS[kind, measure]).format(
        block=_(BLOCK_TITLES[change.block]), name=name, was=pct(change.before),
        now=pct(change.after), before=before, after=after,
    )  # fmt: skip
