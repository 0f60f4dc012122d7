"""The canvas evidence on the planted journal (tests/helpers/canvas.py): every figure below is
worked out by hand from the planted table, then compared with what core.canvas computes."""

from __future__ import annotations

import json

import pytest

from tests.helpers.canvas import SKILLS, planted_sessions
from valuejournal.core import formats
from valuejournal.core.canvas import (
    BLOCK_KEYS,
    activity_of,
    block_lines,
    change_sentence,
    compare,
    compute_canvas,
    from_json_dict,
    to_json_dict,
)
from valuejournal.core.insights import compute_insights
from valuejournal.core.periods import DateError


@pytest.fixture(autouse=True)
def _english() -> None:
    formats.set_locale("en_GB")


def q2():  # type: ignore[no-untyped-def]
    return compute_canvas(planted_sessions(), "2026-Q2", skills=SKILLS)


def q3():  # type: ignore[no-untyped-def]
    return compute_canvas(planted_sessions(), "2026-Q3", skills=[s.upper() for s in SKILLS])


def _named(items):  # type: ignore[no-untyped-def]
    return {i.name: i for i in items}


def test_customers_are_clients_and_the_no_client_groups_with_hours_value_and_pay() -> None:
    ev = q2()
    assert ev.sessions == 5 and ev.hours == pytest.approx(20)
    assert [c.name for c in ev.customers] == [
        "Brightline", "Acme", "No client: own work", "No client: pro bono",
    ]  # fmt: skip
    bright = ev.customers[0]
    assert bright.hours == pytest.approx(8) and bright.share == pytest.approx(0.40)
    assert bright.value == pytest.approx((4 * 8 + 4 * 6) / 8)  # 7.0
    assert bright.pay_minor == 80_000 and bright.sessions == 2
    acme = _named(ev.customers)["Acme"]
    assert (acme.hours, acme.value, acme.pay_minor) == (pytest.approx(6), 3, 90_000)


def test_activities_are_projects_tags_or_grouped_titles() -> None:
    sessions = planted_sessions()
    assert [activity_of(s) for s in sessions[1:6]] == [
        "Rebrand", "Rebrand", "Monthly report", "Food bank website", "typography",
    ]  # fmt: skip
    ev = q2()
    assert [(a.name, a.hours) for a in ev.activities] == [
        ("Rebrand", 8), ("Monthly report", 6), ("typography", 4), ("Food bank website", 2),
    ]  # fmt: skip
    # value provided: hours x value -> Rebrand 56, typography 28, the two others 18 each
    assert [(a.name, a.created) for a in ev.value_provided] == [
        ("Rebrand", 56), ("typography", 28), ("Food bank website", 18), ("Monthly report", 18),
    ]  # fmt: skip
    monthly = _named(ev.activities)["Monthly report"]
    assert monthly.pay_rate == pytest.approx(90_000 / 6)


def test_skills_are_the_marked_tags_and_partners_the_at_tags() -> None:
    ev = q2()
    assert [(r.name, r.hours) for r in ev.resources] == [("design", 8), ("typography", 4)]
    assert [(p.name, p.hours, p.value) for p in ev.partners] == [("Ana", 4, 8), ("Ben", 2, 9)]


def test_channels_count_referrals_repeat_and_new_against_returning_clients() -> None:
    ch = q2().channels
    assert (ch.referral.sessions, ch.referral.hours) == (1, 4)
    assert (ch.repeat.sessions, ch.repeat.hours) == (1, 4)
    assert [i.name for i in ch.referral_by] == ["Brightline"]
    assert ch.new_clients == ("Brightline",)  # Acme worked with us in Q1
    assert ch.returning_clients == ("Acme",)


def test_revenue_by_client_and_kind_and_the_captures_beyond_money() -> None:
    rev = q2().revenue
    assert (rev.paid_minor, rev.pending_minor, rev.pay_minor) == (130_000, 40_000, 170_000)
    assert [(i.name, i.pay_minor) for i in rev.by_client] == [
        ("Acme", 90_000), ("Brightline", 80_000),
    ]  # fmt: skip
    assert rev.by_client[0].share == pytest.approx(90 / 170)
    assert {t.kind: t.sessions for t in rev.captures} == {
        "referral": 1, "repeat": 1, "learning": 2, "reputation": 0, "joy": 1,
    }  # fmt: skip


def test_costs_hours_strain_value_not_captured_giving_and_bubbles() -> None:
    costs = q2().costs
    assert costs.hours == pytest.approx(20)
    assert costs.stress == pytest.approx((4 * 2 + 4 * 4 + 6 * 3) / 14)  # 3.0
    assert costs.energy == pytest.approx((4 * 4 + 4 * 3 + 6 * 2) / 14)
    assert costs.strained_hours == pytest.approx(4 + 6)  # stress 4; energy 2
    # value 7 unpaid own work; the pro-bono session is chosen giving, not value not captured
    assert (costs.uncaptured_hours, costs.uncaptured_created) == (4, 28)
    assert [(t.kind, t.sessions, t.hours) for t in costs.giving] == [
        ("pro_bono", 1, 2), ("gift", 0, 0),
    ]  # fmt: skip
    assert costs.bubbles == (0.5, 1.0, 1.5) and costs.bubble_counts == (2, 2, 2)


def test_relationships_are_the_insights_balance_per_client() -> None:
    sessions = planted_sessions()
    ev = q2()
    ins = compute_insights(sessions, start=ev.start, end=ev.end)
    expected = [(c.name, c.tip.value) for c in ins.clients if c.client is not None]
    assert [(r.name, r.tip) for r in ev.relationships] == expected
    assert {r.name for r in ev.relationships} == {"Brightline", "Acme"}


def test_an_empty_quarter_and_a_bad_one() -> None:
    ev = compute_canvas(planted_sessions(), "2025-Q1")
    assert ev.empty and ev.customers == () and all(v == [] for v in block_lines(ev).values())
    with pytest.raises(DateError):
        compute_canvas(planted_sessions(), "2026-Q5")


def test_json_round_trip_and_refusal_of_bad_data() -> None:
    ev = q3()
    data = json.loads(json.dumps(to_json_dict(ev)))
    back = from_json_dict(data)
    assert to_json_dict(back) == data and back.customers[0].hours == ev.customers[0].hours
    assert data["customers"][0]["name"] == "Cobalt"
    data["customers"][0]["hours"] = "many"
    with pytest.raises(ValueError):
        from_json_dict(data)
    with pytest.raises(ValueError):
        from_json_dict({"format": 99})


def test_quarter_against_quarter_grew_shrank_new_gone_and_moved() -> None:
    changes = compare(q2(), q3())
    kinds = {(c.block, c.name): c.kind for c in changes}
    assert kinds[("customers", "Brightline")] == "shrank"
    assert kinds[("customers", "Acme")] == "grew"
    assert kinds[("customers", "Cobalt")] == "new"
    assert kinds[("customers", "No client: own work")] == "gone"
    assert kinds[("revenue", "Cobalt")] == "new"
    bright = next(c for c in changes if c.name == "Brightline" and c.block == "customers")
    assert bright.before == pytest.approx(40) and bright.after == pytest.approx(300 / 26)
    sentence = change_sentence(bright, "2026-Q2", "2026-Q3")
    assert sentence == "Customers · Brightline: 40 % of your hours in 2026-Q2, 12 % in 2026-Q3."
    moved = [c for c in changes if c.kind == "moved"]
    assert [(c.name, c.blocks) for c in moved] == [("Ben", (("partners",), ("customers",)))]
    assert "Ben moved from Key partners in 2026-Q2 to Customers in 2026-Q3." in [
        change_sentence(c, "2026-Q2", "2026-Q3") for c in moved
    ]


def test_block_lines_cover_every_block() -> None:
    lines = block_lines(q2())
    assert set(lines) == set(BLOCK_KEYS) and all(lines[k] for k in BLOCK_KEYS)
    assert lines["customers"][0] == "Brightline: 8 h (40 %), value 7.0, €800"
    assert lines["relationships"]


def test_french_spaces_the_semicolons_between_kinds() -> None:
    from valuejournal.report import language

    language.use("fr")  # the app's catalogue, installed for core's words as the app does
    formats.set_locale("fr_FR")
    try:
        lines = block_lines(q2())
    finally:
        language.use("en")
        formats.set_locale("en_GB")
    assert lines["revenue"][-1] == (
        "au-delà de l’argent : recommandations : 1 séance ; missions renouvelées : 1 séance ; "
        "apprentissage : 2 séances ; joie : 1 séance"
    )
    assert block_lines(q2())["revenue"][-1].startswith("beyond money: referrals: 1 session; ")


def test_new_and_gone_names_in_words() -> None:
    changes = {(c.block, c.name): c for c in compare(q2(), q3())}
    new = change_sentence(changes[("customers", "Cobalt")], "2026-Q2", "2026-Q3")
    gone = change_sentence(changes[("customers", "No client: own work")], "2026-Q2", "2026-Q3")
    assert new == "Customers · Cobalt: new in 2026-Q3, 46 % of your hours."
    assert (
        gone == "Customers · No client: own work: 20 % of your hours in 2026-Q2, none in 2026-Q3."
    )


def test_revenue_counts_every_currency_at_its_frozen_rate() -> None:
    """A EUR client and a USD client: the total and the shares count both in the base."""
    from datetime import date

    from valuejournal.core.entities import PayStatus, Session

    def paid(client: str, minor: int, currency: str, rate: str | None) -> Session:
        return Session(
            day=date(2026, 8, 3), minutes=300, value=6, client=client, pay_minor=minor,
            currency=currency, status=PayStatus.PENDING, fx_rate=rate,
            fx_day=date(2026, 8, 1) if rate else None,
        )  # fmt: skip

    sessions = [paid("Euro", 40_000, "EUR", None), paid("Us", 44_000, "USD", "1.10")]
    rev = compute_canvas(sessions, "2026-Q3", currency="EUR").revenue
    assert (rev.pay_minor, rev.pending_minor) == (80_000, 80_000)
    assert [(i.name, i.pay_minor, i.share) for i in rev.by_client] == [
        ("Euro", 40_000, pytest.approx(0.5)), ("Us", 40_000, pytest.approx(0.5)),
    ]  # fmt: skip
    assert rev.other_currency_sessions == 0
    missing = compute_canvas([*sessions, paid("Us", 11_000, "USD", None)], "2026-Q3",
                             currency="EUR").revenue  # fmt: skip
    assert missing.pay_minor == 80_000 and missing.other_currency_sessions == 1


def test_a_grouped_title_keeps_the_persons_spelling() -> None:
    """ "API design" was shown as "Api design" (the title was lower-cased and capitalised);
    titles still group without regard to case, under the spelling typed most often."""
    from datetime import date

    from valuejournal.core.entities import Session

    def work(title: str, hours: int) -> Session:
        return Session(day=date(2026, 11, 30), minutes=hours * 60, value=8, title=title)

    sessions = [work("API design", 4), work("API design 2", 2), work("api design", 1),
                work("iOS app review", 1)]  # fmt: skip
    assert [activity_of(s) for s in sessions] == [
        "API design", "API design", "api design", "iOS app review",
    ]  # fmt: skip
    ev = compute_canvas(sessions, "2026-Q4", currency="EUR")
    assert [(a.name, a.hours) for a in ev.activities] == [
        ("API design", pytest.approx(7)), ("iOS app review", pytest.approx(1)),
    ]  # fmt: skip
