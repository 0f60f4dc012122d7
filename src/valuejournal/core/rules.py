"""The rules a session, client or reflection must follow, with messages a person can act on.

The same checks serve the entry form, the CLI and the importers: each collects every problem
it finds and raises one ValidationError listing them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from operator import attrgetter

from valuejournal.core.entities import (
    IMPACT_RANGE,
    MAX_MINUTES,
    MAX_SECONDS,
    VALUE_RANGE,
    WELLBEING_RANGE,
    Capture,
    Client,
    Giving,
    PaySource,
    PayStatus,
    Project,
    RateKind,
    Session,
)
from valuejournal.core.errors import UserError
from valuejournal.core.money import MAX_MINOR, MoneyError, check_currency

MAX_TITLE = 200
MAX_NOTES = 20_000
MAX_NAME = 120
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2999, 12, 31)
"""Sessions lie between these days: every week and month around them is a valid date."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One broken rule: which field, and what is wrong in plain words."""

    field: str
    message: str

    def __str__(self) -> str:
        return self.message


class ValidationError(UserError, ValueError):
    """Raised with every problem found in one record."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.message for p in problems))

    @property
    def fields(self) -> set[str]:
        """The names of the fields that have a problem."""
        return {p.field for p in self.problems}


def _check_range(
    problems: list[Problem], name: str, label: str, value: int | None, bounds: tuple[int, int]
) -> None:
    if value is None:
        return
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        problems.append(Problem(name, f"{label} must be a whole number from {low} to {high}"))


_RANGED: tuple[tuple[str, str, tuple[int, int]], ...] = (
    ("seconds", "exact duration", (1, MAX_SECONDS)),
    ("value", "value created", VALUE_RANGE),
    ("mood", "mood", WELLBEING_RANGE),
    ("energy", "energy", WELLBEING_RANGE),
    ("stress", "stress", WELLBEING_RANGE),
    ("ecological", "ecological impact", IMPACT_RANGE),
    ("economic", "economic impact", IMPACT_RANGE),
    ("social", "social impact", IMPACT_RANGE),
)
"""The session's whole-number fields with a range: (field, label, bounds)."""
_ranged_values = attrgetter(*(name for name, _, _ in _RANGED))
_TEXTS = ("title", "notes", "client", "project")
_TEXT_LABELS = ("the title", "the notes", "the client", "the project")


def session_problems(session: Session) -> list[Problem]:
    """Every rule the session breaks (an empty list when it is valid)."""
    problems: list[Problem] = []
    for name, day in (("day", session.day), ("paid_on", session.paid_on)):
        if day is not None and not (isinstance(day, date) and FIRST_DAY <= day <= LAST_DAY):
            label = "the day" if name == "day" else "the paid-on date"
            problems.append(Problem(name, f"{label} must lie between {FIRST_DAY} and {LAST_DAY}"))
    if not isinstance(session.minutes, int) or session.minutes <= 0:
        problems.append(Problem("minutes", "duration must be more than zero"))
    elif session.minutes > MAX_MINUTES:
        problems.append(Problem("minutes", "duration cannot be more than 24 hours"))
    ranged = _ranged_values(session)
    if ranged.count(None) < len(ranged):  # imports set none of the scores: nothing to check
        for (name, label, bounds), value in zip(_RANGED, ranged, strict=True):
            if value is not None:  # unset is fine
                _check_range(problems, name, label, value, bounds)
    title, notes, client = session.title, session.notes, session.client
    if len(title) > MAX_TITLE:
        problems.append(Problem("title", f"title is longer than {MAX_TITLE} characters"))
    if len(notes) > MAX_NOTES:
        problems.append(Problem("notes", f"notes are longer than {MAX_NOTES} characters"))
    if client is not None and not client.strip():
        problems.append(Problem("client", "client name cannot be blank"))
    if session.project is not None and not (session.project.strip() and client):
        problems.append(Problem("project", "a project needs a name and a client"))
    elif session.project is not None and len(session.project.strip()) > MAX_NAME:
        problems.append(Problem("project", f"project name is longer than {MAX_NAME} characters"))
    if not isinstance(session.pay_source, PaySource):
        problems.append(Problem("pay", "pay must be typed or follow the rate"))
    if not isinstance(session.giving, Giving):
        problems.append(Problem("giving", "giving must be none, pro bono or a gift"))
    texts = (title, notes, client, session.project)
    if "\x00" in f"{title}{notes}{client or ''}{session.project or ''}":  # looked at once
        for name, label, text in zip(_TEXTS, _TEXT_LABELS, texts, strict=True):
            if text and "\x00" in text:  # no text file could carry it back
                problems.append(Problem(name, f"{label} cannot contain a NUL character"))
    problems.extend(_pay_problems(session))
    for capture in session.captures:
        if not isinstance(capture, Capture):
            problems.append(Problem("captures", f"unknown capture {capture!r}"))
    for tag in session.tags:
        if not tag.strip() or ";" in tag or "\x00" in tag:
            problems.append(Problem("tags", f"tag {tag!r} is empty or holds ';' or a NUL"))
    return problems


_GOOD_CURRENCIES: set[str] = set()
"""Currency texts already found valid (a bulk check meets the same few again and again)."""


def _pay_problems(session: Session) -> list[Problem]:
    problems: list[Problem] = []
    if not isinstance(session.pay_minor, int) or session.pay_minor < 0:
        problems.append(Problem("pay", "pay cannot be negative"))
    elif session.pay_minor > MAX_MINOR:
        problems.append(Problem("pay", "pay is too large"))
    if session.currency not in _GOOD_CURRENCIES:
        try:
            check_currency(session.currency)
        except MoneyError as exc:
            problems.append(Problem("currency", str(exc)))
        else:
            if len(_GOOD_CURRENCIES) < 1000:
                _GOOD_CURRENCIES.add(session.currency)
    if not isinstance(session.status, PayStatus):
        problems.append(Problem("status", "pay status must be none, pending or paid"))
        return problems
    if session.status is PayStatus.PAID and session.pay_minor <= 0:
        problems.append(Problem("pay", "a paid session needs a pay amount"))
    if session.status is PayStatus.NONE and session.pay_minor > 0:
        problems.append(
            Problem("status", "a session with a pay amount must be pending or paid, not none")
        )
    if session.paid_on is not None:
        if session.status is not PayStatus.PAID:
            problems.append(Problem("paid_on", "only a paid session has a paid-on date"))
        elif session.paid_on < session.day:
            problems.append(Problem("paid_on", "paid-on date cannot be before the session date"))
    return problems


def validate_session(session: Session) -> Session:
    """Return the session unchanged if it is valid, else raise ValidationError."""
    problems = session_problems(session)
    if problems:
        raise ValidationError(problems)
    return session


def validate_client(client: Client) -> Client:
    """Return the client unchanged if it is valid, else raise ValidationError."""
    problems: list[Problem] = []
    name = client.name.strip()
    if not name:
        problems.append(Problem("name", "client name cannot be blank"))
    elif len(name) > MAX_NAME:
        problems.append(Problem("name", f"client name is longer than {MAX_NAME} characters"))
    try:
        check_currency(client.currency)
    except MoneyError as exc:
        problems.append(Problem("currency", str(exc)))
    rate = client.alternative_rate_minor
    if rate is not None and (not isinstance(rate, int) or rate < 0):
        problems.append(Problem("alternative_rate", "alternative rate cannot be negative"))
    elif rate is not None and rate > MAX_MINOR:
        problems.append(Problem("alternative_rate", "alternative rate is too large"))
    if len(client.notes) > MAX_NOTES:
        problems.append(Problem("notes", f"notes are longer than {MAX_NOTES} characters"))
    problems.extend(_rate_problems(client.rate_kind, client.rate_minor, CLIENT_RATE_KINDS))
    if problems:
        raise ValidationError(problems)
    return client


CLIENT_RATE_KINDS = frozenset({RateKind.NONE, RateKind.HOURLY, RateKind.DAILY, RateKind.RETAINER})
PROJECT_RATE_KINDS = frozenset({RateKind.NONE, RateKind.HOURLY, RateKind.DAILY, RateKind.FIXED})


def _rate_problems(kind: object, amount: object, allowed: frozenset[RateKind]) -> list[Problem]:
    """A rate's kind must be one of ``allowed`` and its amount a sensible whole number."""
    if not isinstance(kind, RateKind) or kind not in allowed:
        names = ", ".join(sorted(k.value for k in allowed))
        return [Problem("rate", f"the rate must be one of {names}, got {kind!r}")]
    if amount is None:
        return []
    if isinstance(amount, bool) or not isinstance(amount, int) or amount < 0:
        return [Problem("rate", "the rate cannot be negative")]
    if amount > MAX_MINOR:
        return [Problem("rate", "the rate is too large")]
    return []


def validate_project(project: Project) -> Project:
    """Return the project unchanged if it is valid, else raise ValidationError."""
    problems: list[Problem] = []
    for name, label in ((project.name, "project name"), (project.client, "client name")):
        text = name.strip() if isinstance(name, str) else ""
        if not text:
            problems.append(Problem("project", f"{label} cannot be blank"))
        elif len(text) > MAX_NAME:
            problems.append(Problem("project", f"{label} is longer than {MAX_NAME} characters"))
        elif "\x00" in text:
            problems.append(Problem("project", f"{label} cannot contain a NUL character"))
    problems.extend(_rate_problems(project.rate_kind, project.rate_minor, PROJECT_RATE_KINDS))
    if problems:
        raise ValidationError(problems)
    return project


def parse_captures(text: str) -> frozenset[Capture]:
    """Parse "referral;joy" into captures; raise ValidationError naming unknown ones."""
    names = [part.strip().lower() for part in text.replace(",", ";").split(";") if part.strip()]
    known = {c.value: c for c in Capture}
    unknown = [n for n in names if n not in known]
    if unknown:
        allowed = ", ".join(known)
        raise ValidationError(
            [Problem("captures", f"unknown capture {', '.join(unknown)} (allowed: {allowed})")]
        )
    return frozenset(known[n] for n in names)


def parse_tags(text: str) -> tuple[str, ...]:
    """Parse "a; b;;c" into ("a", "b", "c"), dropping blanks and duplicates, keeping order."""
    seen: dict[str, None] = {}
    for part in text.split(";"):
        tag = part.strip()
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)
