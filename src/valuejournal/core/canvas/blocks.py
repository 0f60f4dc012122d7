"""The nine blocks of a personal business model canvas (Business Model You), in one place.

Each block has a key (stored with the person's text and a coach's comment), a title, the
question it answers, and where it sits on the canvas grid: five columns, the top band two
rows high, costs and revenue below. Key partners are sessions tagged with ``PARTNER_PREFIX``
and a name ("@Ana"): a tag, not a field, so partners travel through every path tags already
do (quick entry, CSV export and import, shares, merges, the session filter), a session can
name several, and nothing in the session table changes.
"""

from __future__ import annotations

import uuid as uuid_mod
from dataclasses import dataclass

from valuejournal.core.i18n import N_

PARTNER_PREFIX = "@"


@dataclass(frozen=True, slots=True)
class Block:
    """One block: ``row``/``column`` on the canvas grid, spanning ``rows`` x ``columns``."""

    key: str
    title: str
    question: str
    row: int
    column: int
    rows: int = 1
    columns: int = 1


BLOCKS: tuple[Block, ...] = (
    Block("partners", N_("Key partners"), N_("Who helps you"), 0, 0, rows=2),
    Block("activities", N_("Key activities"), N_("What you do"), 0, 1),
    Block("resources", N_("Key resources"), N_("Who you are and what you have"), 1, 1),
    Block("value", N_("Value provided"), N_("How you help"), 0, 2, rows=2),
    Block("relationships", N_("Customer relationships"), N_("How you interact"), 0, 3),
    Block("channels", N_("Channels"), N_("How they find you and how you deliver"), 1, 3),
    Block("customers", N_("Customers"), N_("Whom you help"), 0, 4, rows=2),
    Block("costs", N_("Costs"), N_("What you give"), 2, 0, columns=2),
    Block("revenue", N_("Revenue and benefits"), N_("What you get"), 2, 2, columns=3),
)
"""The blocks in reading order (the grid places them)."""

BLOCK_KEYS: tuple[str, ...] = tuple(b.key for b in BLOCKS)
BLOCK_TITLES: dict[str, str] = {b.key: b.title for b in BLOCKS}


def is_partner_tag(tag: str) -> bool:
    """True for a tag naming a collaborator ("@Ana")."""
    return tag.startswith(PARTNER_PREFIX) and len(tag.strip()) > len(PARTNER_PREFIX)


def partner_name(tag: str) -> str:
    """The collaborator a partner tag names ("@Ana" -> "Ana")."""
    return tag[len(PARTNER_PREFIX) :].strip()


def canvas_uuid(journal_uuid: str, quarter: str) -> str:
    """The identity of a journal's canvas for one quarter: the same in every copy and share
    of the journal, so a coach's comment on a block finds its canvas even before the person
    has written a word in it."""
    return str(uuid_mod.uuid5(uuid_mod.UUID(journal_uuid), f"canvas/{quarter}"))
