"""Window state in QSettings: a whole-number setting never breaks start-up."""

from __future__ import annotations

from valuejournal.ui.settings import app_settings, int_setting


def test_whole_number_settings_fall_back_to_the_default(qapp) -> None:
    settings = app_settings()
    settings.setValue("window/page", 3)
    settings.sync()
    assert int_setting("window/page", 0) == 3
    settings.setValue("window/page", "the third")
    settings.sync()
    assert int_setting("window/page", 0) == 0
    assert int_setting("window/missing", 2) == 2
