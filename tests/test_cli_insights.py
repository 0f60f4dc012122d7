"""`valuejournal insights`: the text summary, the JSON contract, and bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from valuejournal.cli import main
from valuejournal.core.demo import generate_demo
from valuejournal.store.writer import write_demo_journal

END = date(2026, 9, 30)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.vjournal"
    write_demo_journal(path, seed=3, weeks=52, end=END)
    return path


def test_json_reports_exactly_the_planted_spans(
    capsys: pytest.CaptureFixture[str], demo_file: Path
) -> None:
    code, out, err = run(capsys, "insights", "--journal", str(demo_file), "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    planted = {
        (p.kind, p.start.isoformat(), p.end.isoformat())
        for p in generate_demo(seed=3, weeks=52, end=END).planted
        if p.kind != "burnout"
    }
    found = {(p["kind"], p["start"], p["end"]) for p in data["periods"]}
    assert found == planted
    for period in data["periods"]:
        assert set(period) >= {"kind", "start", "end", "hours", "pay", "value"}
        assert isinstance(period["pay"], float | int) and period["hours"] > 0
    assert data["clients"] and "capture_lag" in data


def test_text_summary_and_ranges(capsys: pytest.CaptureFixture[str], demo_file: Path) -> None:
    code, out, _ = run(capsys, "insights", "--journal", str(demo_file))
    assert code == 0 and "high-pay, low-value" in out
    code, out, _ = run(capsys, "insights", "--journal", str(demo_file), "--from", "2031-01-01")
    assert code == 0 and "nothing to show" in out.lower()
    code, out, _ = run(capsys, "insights", "--journal", str(demo_file), "--from", "2026-07-01",
                       "--to", "2026-09-30", "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["periods"][0]["kind"] == "high_value_no_pay"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2026-13-01"], "--from"),
        (["--to", "yesterday"], "--to"),
        (["--from", "2026-05-01", "--to", "2026-04-01"], "after"),
    ],
)
def test_bad_dates_exit_2(
    capsys: pytest.CaptureFixture[str], demo_file: Path, args: list[str], message: str
) -> None:
    code, _, err = run(capsys, "insights", "--journal", str(demo_file), *args)
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1


def test_an_empty_journal_says_so(capsys: pytest.CaptureFixture[str], journal_path: Path) -> None:
    from valuejournal.store.journal import Journal

    Journal.open(journal_path).close()
    code, out, _ = run(capsys, "insights", "--journal", str(journal_path))
    assert code == 0 and "nothing to show" in out.lower()
    code, _, err = run(capsys, "insights", "--journal", str(journal_path.with_name("no.vjournal")))
    assert code == 2 and "no journal" in err
