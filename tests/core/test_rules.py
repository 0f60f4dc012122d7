"""The rules every session and client must follow, and their messages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from valuejournal.core.entities import Capture, Client, PayStatus, Session
from valuejournal.core.rules import (
    ValidationError,
    parse_captures,
    parse_tags,
    validate_client,
    validate_session,
)

GOOD = Session(day=date(2026, 3, 2), minutes=90, value=7, client="Acme")


def fields_of(session: Session) -> set[str]:
    with pytest.raises(ValidationError) as info:
        validate_session(session)
    return info.value.fields


def test_a_good_session_passes() -> None:
    assert validate_session(GOOD) is GOOD
    paid = replace(GOOD, pay_minor=100, status=PayStatus.PAID, paid_on=date(2026, 3, 2))
    assert validate_session(paid) is paid


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"minutes": 0}, "minutes"),
        ({"minutes": -5}, "minutes"),
        ({"minutes": 24 * 60 + 1}, "minutes"),
        ({"value": 11}, "value"),
        ({"value": -1}, "value"),
        ({"mood": 0}, "mood"),
        ({"energy": 6}, "energy"),
        ({"stress": 9}, "stress"),
        ({"ecological": 3}, "ecological"),
        ({"social": -3}, "social"),
        ({"pay_minor": -1, "status": PayStatus.PENDING}, "pay"),
        ({"status": PayStatus.PAID}, "pay"),
        ({"pay_minor": 500}, "status"),
        ({"pay_minor": 500, "status": PayStatus.PENDING, "paid_on": date(2026, 3, 9)}, "paid_on"),
        ({"pay_minor": 5, "status": PayStatus.PAID, "paid_on": date(2026, 3, 1)}, "paid_on"),
        ({"currency": "EURO"}, "currency"),
        ({"client": "   "}, "client"),
        ({"title": "x" * 201}, "title"),
        ({"tags": ("ok", "bad;tag")}, "tags"),
    ],
)
def test_each_broken_rule_is_named(changes: dict[str, object], field: str) -> None:
    assert field in fields_of(replace(GOOD, **changes))  # type: ignore[arg-type]


def test_all_problems_are_reported_at_once() -> None:
    bad = replace(GOOD, minutes=0, value=12, mood=7)
    with pytest.raises(ValidationError) as info:
        validate_session(bad)
    assert info.value.fields == {"minutes", "value", "mood"}
    assert "duration must be more than zero" in str(info.value)


def test_unrated_and_unset_wellbeing_are_allowed() -> None:
    validate_session(replace(GOOD, value=None, mood=None, energy=None, stress=None))


def test_client_rules() -> None:
    assert validate_client(Client(name="Acme", alternative_rate_minor=9000)).name == "Acme"
    with pytest.raises(ValidationError, match="blank"):
        validate_client(Client(name="  "))
    with pytest.raises(ValidationError, match="negative"):
        validate_client(Client(name="A", alternative_rate_minor=-1))
    with pytest.raises(ValidationError, match="currency"):
        validate_client(Client(name="A", currency="12"))


def test_captures_and_tags_parse() -> None:
    assert parse_captures("Referral; joy") == {Capture.REFERRAL, Capture.JOY}
    with pytest.raises(ValidationError, match="fame"):
        parse_captures("joy;fame")
    assert parse_tags(" a; b;;a ; c") == ("a", "b", "c")


def test_no_text_field_holds_a_nul() -> None:
    """A NUL could be stored but never exported and imported back: refused at the door."""
    for field_name, text in (("title", "a\x00b"), ("notes", "\x00"), ("client", "Ac\x00me")):
        with pytest.raises(ValidationError) as caught:
            validate_session(replace(GOOD, **{field_name: text}))
        assert "NUL" in str(caught.value) and caught.value.fields == {field_name}
    with pytest.raises(ValidationError) as caught:
        validate_session(replace(GOOD, tags=("ok", "b\x00d")))
    assert caught.value.fields == {"tags"}
