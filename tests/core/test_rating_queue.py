"""Rating mode's queue without Qt: one session or one batch at a time, back, to unrated."""

from __future__ import annotations

from tests.helpers.rating import sessions
from valuejournal.core.rating_queue import RatingQueue, sort_key


def test_queue_moves_by_session_or_by_batch() -> None:
    queue = RatingQueue(sorted(sessions(), key=sort_key))
    queue.advance()
    queue.set_batch(True)
    assert queue.current() == range(0, 3)
    queue.advance()
    assert queue.current() == range(3, 5)
    queue.back()
    assert queue.position == 0
    queue.back()
    assert queue.position == 0
    for _ in range(4):
        queue.advance()
    assert not queue.current() and queue.position == 7
    queue.back()
    assert queue.current() == range(6, 7)
    queue.set_batch(False)
    queue.position = 0
    queue.sessions[1].value = queue.sessions[2].value = 5
    queue.advance(to_unrated=True)  # after a save: past the rated ones
    assert queue.position == 3
    queue.first_unrated()
    assert queue.position == 0
