"""Daylio's CSV export as a daily mood record beside the sessions."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import numpy as np
from matplotlib.figure import Figure

from valuejournal.charts.wellbeing import build_wellbeing
from valuejournal.cli import main
from valuejournal.core.entities import Session
from valuejournal.core.insights import compute_insights_from_columns
from valuejournal.core.insights.columns import SessionColumns
from valuejournal.interop import daylio
from valuejournal.store.journal import Journal

DAYLIO = Path(__file__).parent / "fixtures" / "daylio_export.txt"


def test_entries_scores_activities_and_rejected_rows():
    plan = daylio.read_daylio(DAYLIO)
    assert [(e.day, e.at, e.mood, e.score) for e in plan.entries] == [
        (date(2026, 3, 7), time(21, 30), "good", 4),
        (date(2026, 3, 7), time(8, 10), "meh", 3),
        (date(2026, 3, 2), time(21, 5), "rad", 5),
        (date(2026, 3, 3), time(20, 0), "grateful", None),  # a mood the person named
    ]
    first = plan.entries[0]
    assert first.activities == ("work", "friends")
    assert (first.note_title, first.note) == ("Long day", "Shipped the site.\nTired but happy.")
    ((line, reason),) = [(e.row, e.reason) for e in plan.errors]
    assert line == 7 and "2026-02-30" in reason
    assert daylio.is_daylio(DAYLIO)
    assert not daylio.is_daylio(Path(__file__).parent / "fixtures" / "toggl_detailed.csv")


def test_cli_imports_moods_once_beside_the_sessions(tmp_path, capsys):
    path = tmp_path / "j.vjournal"
    with Journal.open(path) as journal:
        journal.add_session(Session(day=date(2026, 3, 7), minutes=120, title="Site", mood=None))
    args = ["import", str(DAYLIO), "--journal", str(path)]
    assert main(args) == 2  # a rejected row stops it, as for sessions
    assert "--skip-invalid" in capsys.readouterr().err
    assert main([*args, "--skip-invalid"]) == 0
    assert "Imported 4 mood entries" in capsys.readouterr().out
    assert main([*args, "--skip-invalid"]) == 0
    assert "already present 4" in capsys.readouterr().out
    with Journal.open(path, create=False) as journal:
        moods = journal.mood_entries(date(2026, 3, 7), date(2026, 3, 7))
        assert [(m.at, m.mood) for m in moods] == [(time(8, 10), "meh"), (time(21, 30), "good")]
        assert journal.count_sessions() == 1
        assert len(journal.mood_entries()) == 4


def test_the_wellbeing_chart_draws_the_diary(tmp_path):
    sessions = [
        Session(day=date(2026, 3, 2), minutes=60, mood=2, energy=3, stress=4),
        Session(day=date(2026, 3, 9), minutes=60, mood=3, energy=3, stress=3),
    ]
    plan = daylio.read_daylio(DAYLIO)
    scored = [(e.day.toordinal(), e.score) for e in plan.entries if e.score is not None]
    diary = (np.array([d for d, _ in scored]), np.array([s for _, s in scored], dtype=float))
    insights = compute_insights_from_columns(
        SessionColumns.from_sessions(sessions), diary=diary, today=date(2026, 3, 20)
    )
    assert insights.diary_mood is not None
    # week of 2 March: rad 5, good 4, meh 3 (the named mood has no score); none the next week
    assert insights.diary_mood[0] == 4.0 and np.isnan(insights.diary_mood[1])
    fig = build_wellbeing(insights, fig=Figure())
    (line,) = [ln for ax in fig.axes for ln in ax.get_lines() if ln.get_gid() == "diary"]
    ys = np.asarray(line.get_ydata(), dtype=float)
    assert ys[0] == 4.0 and np.isnan(ys[1:]).all()
    labels = [t.get_text() for legend in fig.legends for t in legend.get_texts()]
    assert "Mood diary" in labels
