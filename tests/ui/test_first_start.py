"""The first start without a journal offers an empty or a demo journal."""

from __future__ import annotations

from pathlib import Path

import pytest

from valuejournal import paths
from valuejournal.ui import first_start


@pytest.mark.parametrize("choice", [first_start.DEMO, first_start.EMPTY])
def test_first_start_choice(qtbot, monkeypatch, choice: str) -> None:
    monkeypatch.setattr(first_start, "ask_first_start", lambda parent: choice)
    from valuejournal.ui.app import build_window

    assert not paths.default_journal().exists()
    window = build_window(None)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.journal_loaded, timeout=30_000):
        pass
    model = window.pages["journal"].model
    if choice == first_start.DEMO:
        assert model.total > 500
        assert Path(window.context.journal.path).name == "demo.vjournal"
        assert not paths.default_journal().exists()
    else:
        assert model.total == 0
        assert paths.default_journal().exists()
    window.close()


def test_a_journal_that_cannot_open_says_why(qtbot, tmp_path: Path) -> None:
    bad = tmp_path / "bad.vjournal"
    bad.write_text("this is not a journal")
    from valuejournal.ui.app import build_window

    window = build_window(bad, ask_first_start=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.journal_failed, timeout=20_000) as blocker:
        pass
    assert "not a Value Journal" in blocker.args[0]
    assert "not a Value Journal" in window.message.text()
    assert not window.sidebar.isEnabled()
    assert bad.read_text() == "this is not a journal"
    window.close()
