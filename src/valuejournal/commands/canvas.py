"""`valuejournal canvas`: a quarter's personal business model canvas, as text or as JSON.

A closed quarter shows the evidence it kept; any other quarter the evidence computed now.
Both forms say what changed since the quarter before, and carry a coach's comments on each
block (imported with `valuejournal feedback`), as the Canvas page shows them. The text is in
the person's language (Settings → Language, else the system's: ``report.language``), as the
Canvas page and the PDF; the JSON's keys and kinds are the machine's, never translated.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from valuejournal.commands import journal_path
from valuejournal.core.errors import UserError
from valuejournal.core.periods import parse_quarter, quarter_label

if TYPE_CHECKING:
    from valuejournal.core.entities import Comment

TOP_CHANGES = 8


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add the `canvas` sub-command."""
    p = sub.add_parser(
        "canvas", parents=[common], help="print a quarter's personal business model canvas"
    )
    p.add_argument("--quarter", required=True, help="the quarter, YYYY-Qn (e.g. 2026-Q3)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Read the quarter's canvas and print it."""
    year, number = parse_quarter(args.quarter)
    quarter = quarter_label(year, number)
    path = journal_path(args)
    if not path.is_file():
        raise UserError(f"no journal at {path}")
    from valuejournal import settings
    from valuejournal.core.canvas import compare, previous_quarter, to_json_dict
    from valuejournal.store.canvas_view import canvas_view
    from valuejournal.store.journal import Journal

    thresholds = settings.load().thresholds
    before = previous_quarter(quarter)
    with Journal.open(path, create=False) as journal:
        view = canvas_view(journal, quarter, thresholds=thresholds)
        earlier = canvas_view(journal, before, thresholds=thresholds)
        comments = _block_comments(journal.list_comments(), view.record.uuid)
    changes = compare(earlier.evidence, view.evidence) if not earlier.evidence.empty else []
    if args.json:
        data: dict[str, Any] = to_json_dict(view.evidence)
        data["closed"] = view.kept
        closed_at = view.record.closed_at
        data["closed_at"] = closed_at.isoformat() if view.kept and closed_at else None
        data["texts"] = dict(sorted(view.record.texts.items()))
        data["comments"] = {
            block: [_comment_json(c) for c in on_block] for block, on_block in comments.items()
        }
        data["against"] = {
            "quarter": before,
            "changes": [
                {"block": c.block, "name": c.name, "kind": c.kind, "measure": c.measure,
                 "before": _pct(c.before), "after": _pct(c.after),
                 "blocks": [list(c.blocks[0]), list(c.blocks[1])]}
                for c in changes
            ],
        }  # fmt: skip
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    from valuejournal.report import language

    language.use(settings.load().language)  # QtCore's QTranslator, no application
    _print_text(view, before, changes, comments)
    return 0


def _block_comments(comments: list[Comment], canvas: str) -> dict[str, list[Comment]]:
    """The comments on each block of this canvas (block key → oldest first), as the Canvas
    page finds them: target CANVAS, the canvas's uuid, the block's key as the section."""
    from valuejournal.core.canvas import BLOCKS
    from valuejournal.core.entities import CommentTarget

    mine = [c for c in comments if c.target is CommentTarget.CANVAS and c.target_uuid == canvas]
    found = {b.key: [c for c in mine if c.section == b.key] for b in BLOCKS}
    return {key: on_block for key, on_block in found.items() if on_block}


def _comment_json(c: Comment) -> dict[str, Any]:
    return {
        "author": c.author,
        "date": c.created_at.astimezone().date().isoformat(),
        "created_at": c.created_at.isoformat(),
        "text": None if c.withdrawn else c.body,
        "resolved": c.resolved,
        "withdrawn": c.withdrawn,
        "reply_to": c.reply_to or None,
        "uuid": c.uuid,
    }


def _comment_line(c: Comment, fmt: Any) -> str:
    from valuejournal.core.i18n import _
    from valuejournal.terminal import one_line

    text = _("(withdrawn by the coach)") if c.withdrawn else one_line(c.body, 300)
    if c.is_reply:
        template = _("Reply by {author} on {date}: {text}")
    elif c.resolved:
        template = _("Comment by {author} on {date}, resolved: {text}")
    else:
        template = _("Comment by {author} on {date}: {text}")
    when = fmt.date(c.created_at.astimezone().date(), "medium")
    return template.format(author=c.author or _("Coach"), date=when, text=text)


def _pct(x: float | None) -> float | None:
    return None if x is None else round(x, 1)


def _print_text(
    view: Any, before: str, changes: list[Any], comments: dict[str, list[Comment]]
) -> None:
    from valuejournal.core import formats
    from valuejournal.core.canvas import BLOCKS, block_lines, change_sentence
    from valuejournal.core.i18n import _, n_
    from valuejournal.terminal import one_line

    ev = view.evidence
    fmt = formats.current()
    state = _("closed, evidence as kept") if view.kept else _("evidence computed now")
    print(_("Canvas {quarter} ({state}): {sessions}, {hours} h").format(
        quarter=ev.quarter, state=state, sessions=n_("%n session(s)", ev.sessions),
        hours=fmt.hours(ev.hours, trim=True)))  # fmt: skip
    lines = block_lines(ev, fmt)
    for block in BLOCKS:
        question = _(block.question)
        print(f"\n{_(block.title)} — {question[:1].lower()}{question[1:]}")
        for line in lines[block.key] or [_("(nothing this quarter)")]:
            print(f"  - {line}")
        text = view.record.texts.get(block.key, "").strip()
        if text:
            print("  " + _("Your words: {text}").format(text=one_line(text, 300)))
        for comment in comments.get(block.key, []):
            indent = "      " if comment.is_reply else "  "
            print(indent + _comment_line(comment, fmt))
    if changes:
        print("\n" + _("Against {quarter}:").format(quarter=before))
        for change in changes[:TOP_CHANGES]:
            print(f"  - {change_sentence(change, before, ev.quarter, fmt)}")
