"""Coach feedback: where a coach's comments live, the feedback file, and importing it.

A share file is opened read-only, so the coach's comments go to a *review store*: a journal
file of the same schema (kind "review") in the coach's data folder, one per client journal
(`reviews/<journal uuid>.vjournal`), written comment by comment as they are made. A later
share from the same client finds the same store, so earlier comments are still there.
`ReviewedJournal` joins the two: the share's data with the store's comments.

A *feedback file* is a journal file holding only comments and meta (kind "feedback", the
uuid of the client journal it answers, the coach as owner). The client imports it as
untrusted input: the same checks as a share, every comment validated, all or nothing.
Comments are matched by uuid: a new one is added, a known one takes the coach's newer
version (edited, resolved or withdrawn: newer by `Comment.changed_at`), so importing twice
changes nothing and no comment is duplicated. A feedback file carries no replies, and a
client's own replies are never replaced. Homework items (core/homework.py) travel the same
way: new ones added, the coach's newer wording taken, the client's status kept.

The client's replies and homework statuses travel back in the next share; the coach's
`ReviewedJournal` shows the replies beside the coach's comments and takes the statuses into
the review store when the share is opened (`take_share_news`).
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import update

from valuejournal import paths
from valuejournal.core.canvas import BLOCK_KEYS, BLOCK_TITLES, canvas_uuid
from valuejournal.core.entities import REFLECTION_SECTIONS, Comment, CommentTarget
from valuejournal.core.errors import UserError
from valuejournal.core.homework import Homework, HomeworkStatus, homework_problems
from valuejournal.core.periods import quarter_of
from valuejournal.store.errors import JournalError, UnsafeJournalError
from valuejournal.store.journal import Journal
from valuejournal.store.models import JournalMetaRow, table_of
from valuejournal.store.share import write_special_file
from valuejournal.store.untrusted import FileMeta, open_untrusted
from valuejournal.terminal import one_line

FEEDBACK_SUFFIX = ".vjfeedback"
MAX_BODY = 20_000
MAX_AUTHOR = 120
SECTION_KEYS = {key for key, _label in REFLECTION_SECTIONS}


@dataclass
class FeedbackImport:
    """The outcome of importing a feedback file into a journal."""

    author: str
    added: list[Comment] = field(default_factory=list)
    already: int = 0
    orphaned: list[Comment] = field(default_factory=list)
    updated: list[Comment] = field(default_factory=list)
    homework_added: list[Homework] = field(default_factory=list)
    homework_updated: list[Homework] = field(default_factory=list)


def review_store_path(journal_uuid: str) -> Path:
    """Where the coach's comments on one client journal are kept."""
    canonical = str(uuid_mod.UUID(journal_uuid))  # never a path built from untrusted text
    return paths.data_dir() / "reviews" / f"{canonical}.vjournal"


def open_review_store(meta: FileMeta) -> Journal:
    """Open (creating it the first time) the coach's comment store for a shared journal."""
    store = Journal.open(
        review_store_path(meta.journal_uuid),
        owner=meta.owner[:120],
        currency=meta.base_currency[:3],
        kinds=("journal", "review"),
    )
    with store.engine.begin() as conn:
        conn.execute(
            update(table_of(JournalMetaRow)).values(
                kind="review", journal_uuid=meta.journal_uuid, owner=meta.owner[:120]
            )
        )
    return store


class ReviewedJournal(Journal):
    """A share as its reviewer sees it: everything read from the read-only share, except
    comments, which are read from and written to the coach's review store. Every page then
    works on it unchanged, and none can write into the share."""

    def __init__(self, share: Journal, store: Journal) -> None:
        super().__init__(share.path, share.engine)
        self.store = store
        self.replies = share_replies(share)

    def list_comments(self) -> list[Comment]:
        """The coach's comments on this client journal and the client's replies that came
        with the share, oldest first."""
        mine = self.store.list_comments()
        known = {c.uuid for c in mine}
        replies = [r for r in self.replies if r.uuid not in known]
        return sorted(mine + replies, key=lambda c: c.created_at)

    def change_comment(
        self,
        uuid: str,
        *,
        body: str | None = None,
        resolved: bool | None = None,
        withdrawn: bool | None = None,
    ) -> Comment | None:
        """Edit, resolve or withdraw one of the coach's comments (in the review store)."""
        return self.store.change_comment(uuid, body=body, resolved=resolved, withdrawn=withdrawn)

    def list_homework(self) -> list[Homework]:
        """The homework the coach set for this client, with the statuses shares brought."""
        return self.store.list_homework()

    def add_homework(self, item: Homework) -> Homework:
        """Set a new homework item (kept in the review store, sent with the feedback)."""
        return self.store.add_homework(item)

    def edit_homework(self, item: Homework) -> Homework:
        """Change an item's wording, target or range (in the review store)."""
        return self.store.edit_homework(item)

    def withdraw_homework(self, uuid: str, withdrawn: bool = True) -> Homework | None:
        """Take an item back, or set it again (in the review store)."""
        return self.store.withdraw_homework(uuid, withdrawn)

    def set_homework_status(self, uuid: str, status: HomeworkStatus) -> Homework | None:
        """Only the client marks homework done."""
        raise UserError("only your client can mark their homework done")

    def add_comments(self, comments: Iterable[Comment]) -> list[Comment]:
        """Save new comments to the review store (at once, one transaction)."""
        return self.store.add_comments(comments)

    def set_comment_resolved(self, uuid: str, resolved: bool) -> None:
        """Mark a comment in the review store resolved or open again."""
        self.store.set_comment_resolved(uuid, resolved)


def share_replies(share: Journal) -> list[Comment]:
    """The client's replies a share carries (anything else in its comment table, or a reply
    the app could not show, is left out)."""
    return [
        c
        for c in share.list_comments()
        if c.is_reply and _is_uuid(c.reply_to) and not comment_problems(c)
    ]


def take_share_news(share: Journal, store: Journal) -> list[Homework]:
    """Take the homework statuses a share carries into the coach's review store (only for
    items the coach set, only newer ones); the items whose status changed."""
    return store.take_statuses(share.list_homework())


def comment_problems(comment: Comment) -> list[str]:
    """Every reason the app could not show this comment (empty when it is fine)."""
    problems: list[str] = []
    if not comment.body.strip() or len(comment.body) > MAX_BODY:
        problems.append(f"a comment must have 1 to {MAX_BODY} characters")
    if len(comment.author) > MAX_AUTHOR:
        problems.append(f"an author name is longer than {MAX_AUTHOR} characters")
    if comment.created_at is None or comment.created_at.tzinfo is None:
        problems.append("a comment has no time")
    if comment.target is CommentTarget.PERIOD:
        start, end = comment.period_start, comment.period_end
        if start is None or end is None or start > end:
            problems.append("a comment on a period needs a first and a last day, in order")
    elif not _is_uuid(comment.target_uuid):
        problems.append("a comment does not say which session or reflection it is about")
    if comment.target is CommentTarget.CANVAS:
        if comment.section not in BLOCK_KEYS:
            problems.append(f"a comment is on an unknown canvas block {comment.section[:40]!r}")
        if comment.period_start is None or comment.period_end is None:
            problems.append("a comment on a canvas block does not say which quarter")
    if comment.target is CommentTarget.REFLECTION and comment.section not in SECTION_KEYS:
        problems.append(f"a comment is on an unknown reflection section {comment.section[:40]!r}")
    if comment.updated_at is not None and comment.updated_at < comment.created_at:
        problems.append("a comment was changed before it was written")
    return problems


def _is_uuid(text: str) -> bool:
    try:
        uuid_mod.UUID(text)
    except (ValueError, TypeError, AttributeError):
        return False
    return True


def write_feedback_file(
    out: Path | str,
    comments: Sequence[Comment],
    *,
    journal_uuid: str,
    author: str,
    start: date | None = None,
    end: date | None = None,
    passphrase: str | None = None,
    overwrite: bool = False,
    homework: Sequence[Homework] = (),
) -> Path:
    """Write the coach's comments (edited, resolved and withdrawn ones too, so the changes
    travel; never the client's replies) and homework on one client journal as a feedback
    file."""
    from valuejournal.store.writer import JournalContents

    comments = [c for c in comments if not c.is_reply]
    if not comments and not homework:
        raise UserError("there are no comments or homework to send yet")
    for comment in comments:
        problems = comment_problems(comment)
        if problems:
            raise UserError(problems[0])
    for item in homework:
        problems = homework_problems(item)
        if problems:
            raise UserError(problems[0])
    contents = JournalContents(
        owner=author.strip()[:MAX_AUTHOR], comments=comments, homework=list(homework)
    )
    meta = {
        "kind": "feedback",
        "journal_uuid": journal_uuid,
        "range_start": start,
        "range_end": end,
    }
    return write_special_file(out, contents, meta, passphrase=passphrase, overwrite=overwrite)


def import_feedback(
    journal: Journal, path: Path | str, *, passphrase: str | None = None
) -> FeedbackImport:
    """Add the comments and homework of a feedback file to ``journal`` and take the coach's
    changes to those already there (all of it or nothing: every record is checked first)."""
    opened = open_untrusted(path, passphrase=passphrase, kinds=("feedback",))
    try:
        name = opened.source.name
        if opened.meta.journal_uuid != journal.info().uuid:
            raise JournalError(
                f"{name} is feedback on another journal, not this one; nothing was imported"
            )
        comments = opened.journal.list_comments()
        homework = opened.journal.list_homework()
        author = opened.meta.owner
    finally:
        opened.close()
    for comment in comments:
        problems = comment_problems(comment)
        if comment.is_reply:
            problems.insert(0, "a feedback file cannot carry replies")
        if problems:
            raise UnsafeJournalError(f"{name}: {problems[0]}; nothing was imported")
    for item in homework:
        problems = homework_problems(item)
        if problems:
            raise UnsafeJournalError(f"{name}: {problems[0]}; nothing was imported")
    (added, updated), (homework_added, homework_updated) = journal.merge_feedback(
        comments, homework
    )
    result = FeedbackImport(
        author=author,
        added=added,
        already=len(comments) - len(added) - len(updated),
        updated=updated,
        homework_added=homework_added,
        homework_updated=homework_updated,
    )
    result.orphaned = orphaned_comments(journal, added)
    return result


def orphaned_comments(journal: Journal, comments: Sequence[Comment] | None = None) -> list[Comment]:
    """The comments (default: all in the journal) about a session or reflection that is no
    longer there. They are kept, never dropped, so the person can still read them."""
    if comments is None:
        comments = journal.list_comments()
    on_sessions = [c.target_uuid for c in comments if c.target is CommentTarget.SESSION]
    sessions = journal.existing_uuids(on_sessions)
    reflections = {r.uuid for r in journal.list_reflections()}
    mine = journal.info().uuid
    canvases = {
        canvas_uuid(mine, quarter_of(c.period_start))
        for c in comments
        if c.target is CommentTarget.CANVAS and c.period_start is not None
    }
    present = {
        CommentTarget.SESSION: sessions,
        CommentTarget.REFLECTION: reflections,
        CommentTarget.CANVAS: canvases,
    }
    return [c for c in comments if c.target in present and c.target_uuid not in present[c.target]]


def printable(text: str, limit: int) -> str:
    """Untrusted text made safe for one terminal line: no control characters, shortened."""
    return one_line(text, limit)


def describe_target(journal: Journal, comment: Comment) -> str:
    """What a comment is about, in words ("session 2026-08-12, Acme: Proposal")."""
    if comment.target is CommentTarget.PERIOD:
        start, end = comment.period_start, comment.period_end
        return f"period {start} to {end}"
    if comment.target is CommentTarget.CANVAS:
        quarter = quarter_of(comment.period_start) if comment.period_start else "?"
        return f"canvas {quarter}, “{BLOCK_TITLES.get(comment.section, comment.section)}”"
    if comment.target is CommentTarget.REFLECTION:
        found = next((r for r in journal.list_reflections() if r.uuid == comment.target_uuid), None)
        labels = dict(REFLECTION_SECTIONS)
        section = labels.get(comment.section, comment.section)
        quarter = found.quarter if found else "a reflection"
        return f"reflection {quarter}, “{section}”"
    session = journal.get_session(comment.target_uuid)
    if session is None:
        return "a session"
    who = f", {printable(session.client, 40)}" if session.client else ""
    title = f": {printable(session.title, 50)}" if session.title else ""
    return f"session {session.day.isoformat()}{who}{title}"
