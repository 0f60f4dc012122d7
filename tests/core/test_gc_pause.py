"""The cycle collector paused for a batch: off inside, on again after, nested across threads,
left off when it was off before."""

from __future__ import annotations

import gc
import threading

import pytest

from valuejournal.core.gc_pause import paused_gc


def test_the_collector_is_off_inside_and_on_after_even_on_an_error() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), paused_gc():
        assert not gc.isenabled()
        raise RuntimeError("the batch failed")
    assert gc.isenabled()


def test_pauses_in_two_threads_end_when_the_last_one_does() -> None:
    inside, release = threading.Event(), threading.Event()

    def other() -> None:
        with paused_gc():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=other)
    with paused_gc():
        thread.start()
        assert inside.wait(5)
    assert not gc.isenabled()  # this pause ended, the other thread's has not
    release.set()
    thread.join(5)
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off() -> None:
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
