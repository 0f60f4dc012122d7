"""The PDF's canvas page read back: landscape, after the summary, the planted quarter's blocks
and the person's words; a closed quarter's kept evidence; private clients left out; and the
page left out when not asked for."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.helpers.canvas import write_planted
from tests.report.pdfs import page_texts
from valuejournal.core.entities import Session
from valuejournal.report.export import export_report
from valuejournal.report.render import RenderOptions
from valuejournal.store.canvas_view import close_quarter
from valuejournal.store.journal import Journal

TODAY = date(2026, 11, 23)
EN_GB = RenderOptions(locale="en_GB", page_size="a4")


@pytest.fixture
def planted(qapp, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    path = write_planted(tmp_path / "p.vjournal")
    with Journal.open(path) as journal:
        record = journal.new_canvas("2026-Q3")
        record.texts["customers"] = "Cobalt is **half** my hours."
        journal.put_canvas(record)
        journal.add_session(Session(day=date(2026, 9, 15), minutes=60, client="Hidden Ltd",
                                    private=True, value=5))  # fmt: skip
    return path


def export(path: Path, out: Path, **kwargs: object) -> Path:
    with Journal.open(path) as journal:
        return export_report(journal, "2026-Q3", out, options=EN_GB, today=TODAY, **kwargs)  # type: ignore[arg-type]


def test_the_canvas_page_is_landscape_after_the_summary(planted: Path, tmp_path: Path) -> None:
    pdf = export(planted, tmp_path / "q3.pdf")
    reader = PdfReader(pdf)
    sizes = [
        (round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages
    ]
    assert sizes[0] == (595, 842) and sizes[2] == (842, 595)
    assert all(size == (595, 842) for i, size in enumerate(sizes) if i != 2)
    pages = page_texts(pdf)
    canvas = pages[2]
    assert "Business model canvas 2026-Q3" in canvas
    for title in ("Key partners", "Key activities", "Key resources", "Value provided",
                  "Customer relationships", "Channels", "Customers", "Costs",
                  "Revenue and benefits"):  # fmt: skip
        assert title in canvas
    assert "Cobalt: 12 h (44 %)" in canvas  # 12 of 27 h (the private hour counts as work)
    assert "Cobalt is half my hours." in canvas
    assert "Ana: 12 h" in canvas and "design: 3 h" in canvas
    assert "Hidden Ltd" not in canvas  # only private work is for it
    assert "Page 3 of" in canvas


def test_private_clients_appear_when_asked_for(planted: Path, tmp_path: Path) -> None:
    pdf = export(planted, tmp_path / "all.pdf", include_private=True)
    assert "Hidden Ltd" in page_texts(pdf)[2]


def test_a_closed_quarter_prints_its_kept_evidence(planted: Path, tmp_path: Path) -> None:
    with Journal.open(planted) as journal:
        close_quarter(journal, "2026-Q3")
        journal.add_session(Session(day=date(2026, 9, 20), minutes=600, client="Dune", value=5))
    canvas = page_texts(export(planted, tmp_path / "kept.pdf"))[2]
    assert "Closed on" in canvas and "Dune" not in canvas
    assert "Cobalt: 12 h (44 %)" in canvas


def test_the_page_can_be_left_out(planted: Path, tmp_path: Path) -> None:
    pdf = export(planted, tmp_path / "plain.pdf", include_canvas=False)
    reader = PdfReader(pdf)
    assert all(float(p.mediabox.width) < float(p.mediabox.height) for p in reader.pages)
    assert not any("Business model canvas" in t for t in page_texts(pdf))


def test_the_french_canvas_page_speaks_french(planted: Path, tmp_path: Path) -> None:
    from valuejournal.report import language

    language.use("fr")
    try:
        with Journal.open(planted) as journal:
            pdf = export_report(journal, "2026-Q3", tmp_path / "fr.pdf",
                                options=RenderOptions(locale="fr_FR"), today=TODAY)  # fmt: skip
    finally:
        language.use("en")
    canvas = page_texts(pdf)[2]
    assert canvas.lstrip().startswith("Canvas du modèle économique 2026-Q3")  # the title too
    for english in ("Business model", "canvas 2026"):
        assert english not in canvas, english
    for words in ("Partenaires clés", "Ana : 12 h, valeur 8,0", "Cobalt : 12 h (44 %), valeur 8,0",
                  "writing : 96 heures-valeur", "vous recevez environ 1,2× ce que vous donnez",
                  "recommandations : 1 séance", "nouveaux clients : Ben, Cobalt",
                  "27 h de travail, 0 h sous tension", "valeur non captée : 0 h",
                  "payé ou en attente", "Page 3 sur"):  # fmt: skip
        assert words in canvas, words
    for english in ("value", "session", "pending", "new clients", "of work"):
        assert english not in canvas, english
