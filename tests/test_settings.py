"""The typed preferences file: read and written without Qt, read by the CLI too."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.helpers.imports import modules_loaded_by, with_roots
from valuejournal import settings
from valuejournal.cli import main
from valuejournal.core.insights import Thresholds
from valuejournal.settings import Settings
from valuejournal.store.writer import write_demo_journal


def test_missing_file_gives_defaults() -> None:
    assert not settings.exists()
    assert settings.load() == Settings()


def test_round_trip_keeps_every_field() -> None:
    prefs = Settings(
        name="Ana Grün",
        business="Grün Design",
        currency="CHF",
        locale="de_CH",
        thresholds=replace(Thresholds(), high_value=8.5, min_hours_client=25.0, max_gap_day=2),
    )
    path = settings.save(prefs)
    assert path == settings.settings_path() and path.is_file()
    text = path.read_text(encoding="utf-8")
    assert "name = Ana Grün" in text and "min_hours_client = 25.0" in text
    assert settings.load() == prefs
    assert isinstance(settings.load().thresholds.max_gap_day, int)


def test_a_hand_edited_file_with_bad_values_keeps_the_good_ones(
    caplog: pytest.LogCaptureFixture,
) -> None:
    path = settings.settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(
        "[person]\nname = Bo\ncurrency = euro\n"
        "[thresholds]\nhigh_value = lots\nlow_value = 3\nmin_hours_week = -1\n",
        encoding="utf-8",
    )
    prefs = settings.load()
    assert prefs.name == "Bo"
    assert prefs.currency == "EUR"  # not a code: the default
    assert prefs.thresholds.low_value == 3.0
    assert prefs.thresholds.high_value == Thresholds().high_value
    assert prefs.thresholds.min_hours_week == Thresholds().min_hours_week
    assert "high_value" in caplog.text and "min_hours_week" in caplog.text


def test_not_an_ini_file_gives_defaults() -> None:
    path = settings.settings_path()
    path.parent.mkdir(parents=True)
    path.write_text("this is not\n[an ini", encoding="utf-8")
    assert settings.load() == Settings()


def test_settings_module_loads_no_qt() -> None:
    assert with_roots(modules_loaded_by(["valuejournal.settings"]), ["PySide6"]) == []


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("prefs") / "demo.vjournal"
    write_demo_journal(path, seed=3, weeks=52, end=date(2026, 9, 30))
    return path


def _insights(capsys: pytest.CaptureFixture[str], demo: Path, *extra: str) -> str:
    assert main(["insights", "--journal", str(demo), *extra]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out


def test_the_cli_judges_with_the_persons_thresholds(
    capsys: pytest.CaptureFixture[str], demo_file: Path
) -> None:
    before = json.loads(_insights(capsys, demo_file, "--json"))
    assert any(p["kind"] == "high_value_no_pay" for p in before["periods"])
    assert "The scales tip furthest" in _insights(capsys, demo_file)
    settings.update(thresholds=replace(Thresholds(), high_value=10.0, min_hours_client=100_000))
    after = json.loads(_insights(capsys, demo_file, "--json"))
    assert not any(p["kind"] == "high_value_no_pay" for p in after["periods"])
    text = _insights(capsys, demo_file)
    assert "The scales tip furthest" not in text


def test_the_report_command_puts_the_business_and_locale_on_the_pdf(
    qapp,
    capsys: pytest.CaptureFixture[str],
    demo_file: Path,
    tmp_path: Path,
) -> None:
    from tests.report.pdfs import page_texts

    settings.update(business="Grün Design", locale="de_DE")
    out = tmp_path / "r.pdf"
    assert (
        main(["report", "--journal", str(demo_file), "--quarter", "2026-Q3", "--out", str(out)])
        == 0
    )
    capsys.readouterr()
    cover = page_texts(out)[0]
    assert "Grün Design" in cover
    assert "Juli 2026" in cover  # the dates as the person's locale writes them


def test_timer_and_reminder_settings_round_trip_and_bad_values_fall_back() -> None:
    from valuejournal.core.reminders import ReminderSettings

    reminders = ReminderSettings(log_today=True, log_hour=17, to_rate=True, to_rate_min=5,
                                 unpaid=True, unpaid_days=45, snooze_minutes=30)  # fmt: skip
    prefs = Settings(timer_max_hours=6.5, close_to_tray=True, reminders=reminders)
    path = settings.save(prefs)
    assert settings.load() == prefs
    text = path.read_text(encoding="utf-8")
    text = text.replace("max_hours = 6.5", "max_hours = lots").replace(
        "log_hour = 17", "log_hour = 99"
    )
    text = text.replace("close_to_tray = yes", "close_to_tray = perhaps")
    path.write_text(text, encoding="utf-8")
    back = settings.load()
    assert (back.timer_max_hours, back.close_to_tray) == (10.0, False)
    assert back.reminders.log_hour == 23 and back.reminders.unpaid_days == 45
