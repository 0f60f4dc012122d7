"""The PDF read back with pypdf: words, figures summed here, accents, formatting, pages, files."""

from __future__ import annotations

import os
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.report.pdfs import font_names, normalise, page_texts
from valuejournal.core.entities import PayStatus, Reflection
from valuejournal.core.periods import quarter_range
from valuejournal.report.data import ReportData, build_report
from valuejournal.report.export import export_report
from valuejournal.report.figures import render_charts
from valuejournal.report.files import ReportError
from valuejournal.report.render import RenderOptions, render_bytes, render_pdf
from valuejournal.report.vector import chart_specs
from valuejournal.store.journal import Journal

TODAY = date(2026, 11, 23)
EN_GB = RenderOptions(locale="en_GB")
A4_POINTS = (595, 842)
LETTER_POINTS = (612, 792)


@pytest.fixture
def demo_pdf(qapp, demo_path: Path, tmp_path: Path) -> Path:
    """The demo journal's 2026-Q2 report (a quarter with a written reflection)."""
    out = tmp_path / "q2.pdf"
    with Journal.open(demo_path) as journal:
        export_report(journal, "2026-Q2", out, options=EN_GB, today=TODAY)
    return out


def test_report_has_the_quarter_its_totals_and_the_reflection(
    demo_pdf: Path, demo_path: Path
) -> None:
    with Journal.open(demo_path) as journal:
        sessions = journal.all_sessions()
        reflection = journal.get_reflection("2026-Q2")
    start, end = quarter_range("2026-Q2")
    inside = [s for s in sessions if start <= s.day <= end]
    hours = sum(s.minutes for s in inside) / 60
    pay = sum(s.pay_minor for s in inside if s.status is not PayStatus.NONE) / 100
    pages = page_texts(demo_pdf)
    text = " ".join(pages)
    assert 5 <= len(pages) <= 8
    assert "2026-Q2" in pages[0] and "1 April 2026 – 30 June 2026" in pages[0]
    assert "Lena Marchetti" in pages[0]
    assert f"{Decimal(hours).quantize(Decimal('0.01'), ROUND_HALF_UP):,} h" in pages[1]
    assert f"€{pay:,.2f}" in pages[1]
    assert reflection is not None
    sentence = normalise(reflection.sections["notes"])
    assert "café" in sentence and "naïve" in sentence
    assert sentence in text
    assert f"Page 2 of {len(pages)}" in pages[1] and f"Page {len(pages)} of" in pages[-1]


def test_charts_are_vector_with_real_text(demo_pdf: Path) -> None:
    text = " ".join(page_texts(demo_pdf))
    titles = (
        "Pay and value over time",
        "Pay against value",
        "Value created and captured",
        "Wellbeing, value and pay",
        "Impact on the three bubbles",
        "Balance per client",
    )
    for title in titles:
        assert title in text
    assert demo_pdf.stat().st_size < 600_000  # outlines or bitmaps would be far larger


def test_markdown_formatting_reaches_the_pdf(qapp, journal: Journal, tmp_path: Path) -> None:
    text = "A **bold claim** and *a quiet one*.\n\n- first point\n- second point\nÅsa, Łódź, 東京"
    journal.save_reflection(Reflection("2026-Q3", {"change": text}))
    out = export_report(journal, "2026-Q3", tmp_path / "r.pdf", options=EN_GB, today=TODAY)
    body = page_texts(out)[-1]
    assert "A bold claim and a quiet one" in body
    assert "**" not in body and "- first" not in body
    assert "first point" in body and "second point" in body
    assert "Åsa, Łódź" in body and "東京" in body
    assert {"DejaVuSerif-Bold", "DejaVuSerif-Italic"} <= font_names(out)


def test_empty_quarter_says_so(qapp, journal: Journal, tmp_path: Path) -> None:
    out = export_report(journal, "2031-Q1", tmp_path / "empty.pdf", options=EN_GB, today=TODAY)
    pages = page_texts(out)
    assert len(pages) == 3  # cover, summary, reflection
    assert "No work sessions were logged in this quarter" in pages[1]
    assert "No reflection has been written for 2031-Q1 yet." in pages[2]


def test_exporting_twice_gives_the_same_document(qapp, demo_path: Path) -> None:
    with Journal.open(demo_path) as journal:
        data = build_report(journal, "2026-Q2", today=TODAY)
    svgs = charts(data)
    first, second = render_bytes(data, svgs, EN_GB), render_bytes(data, charts(data), EN_GB)
    assert page_texts(first) == page_texts(second)
    a, b = PdfReader_meta(first), PdfReader_meta(second)
    assert a == b and a["/CreationDate"] == "D:20261123120000Z"


def charts(data: ReportData) -> dict[str, bytes]:
    """The report's charts drawn for the data."""
    keys = [] if data.empty else [spec.key for spec in chart_specs()]
    return render_charts(keys, data.insights)


def PdfReader_meta(pdf: bytes) -> dict[str, str]:
    import io

    meta = PdfReader(io.BytesIO(pdf)).metadata or {}
    return {k: str(v) for k, v in meta.items()}


@pytest.mark.parametrize(
    ("locale", "choice", "size"),
    [("en_US", "auto", LETTER_POINTS), ("de_DE", "auto", A4_POINTS), ("en_US", "a4", A4_POINTS),
     ("fr_FR", "letter", LETTER_POINTS)],
)  # fmt: skip
def test_paper_size_by_locale_or_choice(
    qapp,
    journal: Journal,
    locale: str,
    choice: str,
    size: tuple[int, int],
) -> None:
    data = build_report(journal, "2026-Q3", today=TODAY)
    pdf = render_bytes(data, {}, RenderOptions(page_size=choice, locale=locale))
    import io

    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_money_and_dates_follow_the_locale(qapp, demo_path: Path) -> None:
    with Journal.open(demo_path) as journal:
        data = build_report(journal, "2026-Q2", today=TODAY)
    pages = page_texts(render_bytes(data, charts(data), RenderOptions(locale="de_DE")))
    assert "1. April 2026 – 30. Juni 2026" in pages[0]
    pay = data.figures.totals.pay_minor / 100
    german = f"{pay:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    assert f"{german} €" in pages[1]


def test_private_notes_stay_out_unless_asked(qapp, journal: Journal, tmp_path: Path) -> None:
    from tests.helpers.sessions import session

    public, secret = session(date(2026, 7, 6), 1), session(date(2026, 7, 7), 1)
    public.notes, secret.notes, secret.private = "Board liked it", "Do not tell anyone", True
    journal.add_sessions_bulk([public, secret])

    def text(**kwargs: bool) -> str:
        out = export_report(journal, "2026-Q3", tmp_path / "n.pdf", today=TODAY, **kwargs)
        return " ".join(page_texts(out))

    assert "Board liked it" not in text() and "Do not tell anyone" not in text()
    assert "Board liked it" in text(include_notes=True)
    assert "Do not tell anyone" not in text(include_notes=True)
    assert "Do not tell anyone" in text(include_private=True)


def test_unwritable_target_is_refused_and_nothing_is_left(
    qapp,
    journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = build_report(journal, "2026-Q3", today=TODAY)
    with pytest.raises(ReportError, match="does not exist"):
        render_pdf(data, tmp_path / "missing" / "r.pdf", {})
    with pytest.raises(ReportError, match="folder"):
        render_pdf(data, tmp_path, {})
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):  # running as root, where mode bits do not bind:
            real_access = os.access  # deny the folder as the OS does for everyone else

            def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
                if Path(str(path)) == locked:
                    return False
                return real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

            monkeypatch.setattr(os, "access", access)
        with pytest.raises(ReportError, match="permission denied"):
            render_pdf(data, locked / "r.pdf", {})
    finally:
        locked.chmod(0o700)


def test_a_failed_write_leaves_neither_pdf_nor_temp_file(
    qapp,
    journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = build_report(journal, "2026-Q3", today=TODAY)

    def full_disk(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(ReportError, match="No space left"):
        render_pdf(data, folder / "r.pdf", {})
    assert list(folder.iterdir()) == []


def test_an_existing_pdf_is_replaced_whole(qapp, journal: Journal, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "r.pdf"
    out.write_bytes(b"old")
    render_pdf(build_report(journal, "2026-Q3", today=TODAY), out, {})
    assert out.read_bytes().startswith(b"%PDF") and list(folder.iterdir()) == [out]
