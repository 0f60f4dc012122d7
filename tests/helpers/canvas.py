"""A planted journal for the canvas: three quarters whose block figures are known in advance
(the tests compute them by hand from the table below, not with the code under test)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from valuejournal.core.entities import Capture, Giving, PayStatus, Session
from valuejournal.store.journal import Journal

SKILLS = ("design", "typography")


def _s(
    day: date,
    hours: float,
    value: int | None,
    *,
    client: str | None = None,
    pay: int = 0,
    status: PayStatus = PayStatus.NONE,
    project: str | None = None,
    title: str = "",
    tags: tuple[str, ...] = (),
    captures: tuple[Capture, ...] = (),
    giving: Giving = Giving.NONE,
    stress: int | None = None,
    energy: int | None = None,
    impacts: tuple[int, int, int] | None = None,
) -> Session:
    eco, econ, soc = impacts or (None, None, None)
    return Session(
        day=day,
        minutes=round(hours * 60),
        value=value,
        client=client,
        pay_minor=pay * 100,
        status=status,
        project=project,
        title=title,
        tags=tags,
        captures=frozenset(captures),
        giving=giving,
        stress=stress,
        energy=energy,
        ecological=eco,
        economic=econ,
        social=soc,
    )


def planted_sessions() -> list[Session]:
    """Q1: Acme once. Q2 (20 h): Brightline 8 h, Acme 6 h, own work 4 h, pro bono 2 h.
    Q3 (26 h): Brightline 3 h, Acme 10 h, Cobalt 12 h, Ben (a partner in Q2) 1 h."""
    paid, pending = PayStatus.PAID, PayStatus.PENDING
    return [
        _s(date(2026, 2, 10), 2, 5, client="Acme", pay=100, status=paid, title="Kick-off"),
        # -- 2026-Q2 --
        _s(date(2026, 4, 6), 4, 8, client="Brightline", pay=400, status=paid, project="Rebrand",
           tags=("design", "@Ana"), captures=(Capture.REFERRAL,), stress=2, energy=4,
           impacts=(1, 2, 1)),
        _s(date(2026, 4, 13), 4, 6, client="Brightline", pay=400, status=pending,
           project="Rebrand", tags=("design",), captures=(Capture.REPEAT,), stress=4, energy=3),
        _s(date(2026, 5, 4), 6, 3, client="Acme", pay=900, status=paid,
           title="Monthly report 5", stress=3, energy=2),
        _s(date(2026, 5, 20), 2, 9, title="Food bank website", tags=("@Ben",),
           captures=(Capture.JOY, Capture.LEARNING), giving=Giving.PRO_BONO, impacts=(0, 0, 2)),
        _s(date(2026, 6, 10), 4, 7, title="Course: Typography basics", tags=("typography",),
           captures=(Capture.LEARNING,)),
        # -- 2026-Q3 --
        _s(date(2026, 7, 6), 3, 5, client="Brightline", pay=300, status=paid, project="Rebrand",
           tags=("design",)),
        _s(date(2026, 8, 3), 10, 4, client="Acme", pay=1500, status=paid,
           title="Monthly report 8"),
        _s(date(2026, 9, 1), 12, 8, client="Cobalt", pay=1200, status=pending,
           tags=("writing", "@Ana"), captures=(Capture.REFERRAL,)),
        _s(date(2026, 9, 10), 1, 6, client="Ben", title="Shared stand"),
    ]  # fmt: skip


def write_planted(path: Path) -> Path:
    """The planted journal as a file, with design and typography marked as skills."""
    with Journal.open(path, owner="Robin") as journal:
        journal.add_sessions_bulk(planted_sessions())
        journal.set_skill_tags(SKILLS)
    return path
