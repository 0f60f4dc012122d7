"""Pausing Python's cycle collector while a batch builds many objects that hold no cycles.

An import makes a few objects per row (cells, an entry, a session, its stored values), which
live until the batch ends. Each time 700 more of them are alive the collector walks the
youngest ones, and as the heap grows it walks all of them again and again: on 100,000
Toggl rows about a fifth of reading and of writing the rows went to that, finding nothing,
since rows hold no reference cycles. :func:`paused_gc` switches it off for the batch and on
again after (one collection then looks at the batch's objects once).

The switch is the process's: pauses in several threads at once nest, and the collector runs
again when the last one ends, if it ran before the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def paused_gc() -> Iterator[None]:
    """Run the block with the cycle collector off (reference counting still frees)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
