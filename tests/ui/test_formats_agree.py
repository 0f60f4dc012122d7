"""One session, three places: the session list, the CLI's text and the PDF write its date,
hours and pay the same way in the person's locale (core.formats)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers.windows import open_window
from tests.report.pdfs import normalise, page_texts
from valuejournal import settings
from valuejournal.cli import main
from valuejournal.core import formats
from valuejournal.ui.session_model import COLUMNS

KEYS = [key for key, _label in COLUMNS]
EXPECTED = {  # what CLDR writes for 2026-05-04, 2.75 h and €1,234.50
    "en_US": ("5/4/26", "2.75", "€1,234.50"),
    "de_DE": ("04.05.26", "2,75", "1.234,50\u00a0€"),
    "fr_FR": ("04/05/2026", "2,75", "1\u202f234,50\u00a0€"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_list_the_cli_and_the_pdf_agree(
    qtbot, capsys, tmp_path: Path, journal_path: Path, name: str
) -> None:
    settings.update(locale=name)  # Settings → Numbers and dates
    added = ["add", "--journal", str(journal_path), "--date", "2026-05-04", "--hours", "2.75",
             "--pay", "1234.50", "--status", "paid", "--paid-on", "2026-05-20", "--value", "8",
             "--client", "Zebra Works", "--title", "Kick-off", "--note", "Workshop"]  # fmt: skip
    capsys.readouterr()
    assert main(added) == 0
    cli = capsys.readouterr().out
    day, hours, pay = EXPECTED[name]
    assert f"Added {hours} h on {day} for Zebra Works, {pay} (" in cli

    window = open_window(qtbot, journal_path)
    model = window.pages["journal"].model
    row = next(r for r in range(model.rowCount()) if model.session_at(r).title == "Kick-off")
    shown = {key: model.index(row, KEYS.index(key)).data() for key in ("day", "minutes", "pay")}
    assert shown == {"day": day, "minutes": hours, "pay": pay}
    entry = window.pages["journal"].entry  # the quick entry writes the same way
    assert entry.pay.placeholderText() == {"en_US": "0.00"}.get(name, "0,00")
    assert entry.day.text() == formats.current().field_date(date.today())

    out = tmp_path / "q2.pdf"
    report = ["report", "--journal", str(journal_path), "--quarter", "2026-Q2", "--out", str(out),
              "--with-notes"]  # fmt: skip
    assert main(report) == 0
    text = " ".join(page_texts(out))
    for figure in (f"{hours} h", pay, f"{day} · Zebra Works · Kick-off"):
        assert normalise(figure) in text, (name, figure)
    assert formats.current().name == name
