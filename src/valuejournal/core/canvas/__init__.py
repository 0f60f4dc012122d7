"""The personal business model canvas: nine blocks of evidence from a quarter's sessions.

``compute_canvas`` gives a ``CanvasEvidence`` (model.py), ``compare`` the changes between two
quarters, ``block_lines``/``change_sentence`` the words, ``to_json_dict``/``from_json_dict``
the JSON form (the CLI's output, and the evidence a closed quarter keeps). No Qt, no SQL.
"""

from valuejournal.core.canvas.blocks import (
    BLOCK_KEYS,
    BLOCK_TITLES,
    BLOCKS,
    PARTNER_PREFIX,
    Block,
    canvas_uuid,
    is_partner_tag,
    partner_name,
)
from valuejournal.core.canvas.compare import Change, compare, previous_quarter
from valuejournal.core.canvas.evidence import (
    activity_of,
    compute_canvas,
    customer_of,
    without_names,
)
from valuejournal.core.canvas.model import (
    CanvasEvidence,
    CanvasRecord,
    Channels,
    Costs,
    Item,
    Relationship,
    Revenue,
    Tally,
)
from valuejournal.core.canvas.serial import (
    from_json_dict,
    record_from_json,
    record_to_json,
    to_json_dict,
)
from valuejournal.core.canvas.words import block_lines, change_sentence, percent, shown_name

__all__ = [
    "BLOCKS",
    "BLOCK_KEYS",
    "BLOCK_TITLES",
    "PARTNER_PREFIX",
    "Block",
    "CanvasEvidence",
    "CanvasRecord",
    "Change",
    "Channels",
    "Costs",
    "Item",
    "Relationship",
    "Revenue",
    "Tally",
    "activity_of",
    "block_lines",
    "canvas_uuid",
    "change_sentence",
    "compare",
    "compute_canvas",
    "customer_of",
    "from_json_dict",
    "is_partner_tag",
    "partner_name",
    "percent",
    "previous_quarter",
    "record_from_json",
    "record_to_json",
    "shown_name",
    "to_json_dict",
    "without_names",
]
