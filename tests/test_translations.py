"""The Spanish and French catalogues: complete, current with the source, placeholders intact,
and what they say reaches core's sentences and the chart helper."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%n|%p%|%\d")
TAG = re.compile(r"</?[a-z]+[^>]*>")
ACCELERATOR = re.compile(r"&(?!&)(\w)")


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module


tool = _tool()


@pytest.fixture(scope="module", params=tool.LANGUAGES)
def catalogue(request: pytest.FixtureRequest) -> tuple[str, dict[str, object]]:
    return request.param, tool.read_ts(tool.ts_path(request.param))


def test_every_string_of_the_source_is_in_the_catalogues(catalogue) -> None:
    language, messages = catalogue
    source = tool.extract()
    missing = sorted(set(source) - set(messages))
    assert missing == [], f"run scripts/update_translations; new in the source: {missing[:5]}"
    gone = sorted(set(messages) - set(source))
    assert gone == [], f"run scripts/update_translations; no longer in the source: {gone[:5]}"
    assert [t for t, m in source.items() if m.numerus != messages[t].numerus] == []


def test_every_string_is_translated(catalogue) -> None:
    language, messages = catalogue
    untranslated = [m.source for m in messages.values() if not m.done()]
    assert untranslated == [], f"{language}: {len(untranslated)} untranslated, {untranslated[:5]}"
    for msg in messages.values():
        if msg.numerus:
            assert len(msg.forms) == tool.FORMS[language], msg.source


def test_placeholders_tags_accelerators_and_edges_match_the_source(catalogue) -> None:
    language, messages = catalogue
    wrong = []
    for msg in messages.values():
        for form in msg.forms:
            want = Counter(PLACEHOLDER.findall(msg.source))
            got = Counter(PLACEHOLDER.findall(form))
            if msg.numerus:  # a singular form may spell the number out
                want.pop("%n", None)
                got.pop("%n", None)
            checks = {
                "placeholders": (want, got),
                "tags": (Counter(TAG.findall(msg.source)), Counter(TAG.findall(form))),
                "accelerators": (
                    len(ACCELERATOR.findall(msg.source)),
                    len(ACCELERATOR.findall(form)),
                ),
                "edges": (
                    (msg.source[:1].isspace(), msg.source[-1:].isspace()),
                    (form[:1].isspace(), form[-1:].isspace()),
                ),
                "lines": (msg.source.count("\n"), form.count("\n")),
            }
            wrong += [(name, msg.source, form) for name, (a, b) in checks.items() if a != b]
    assert wrong == []


def test_plural_forms_carry_the_number_where_the_source_does(catalogue) -> None:
    language, messages = catalogue
    for msg in messages.values():
        if msg.numerus and "%n" in msg.source:
            assert "%n" in msg.forms[-1], (msg.source, msg.forms)


def test_core_sentences_speak_the_chosen_language(qapp) -> None:
    from valuejournal.core import formats
    from valuejournal.core.i18n import _, n_
    from valuejournal.report import language

    formats.set_locale("fr_FR")
    try:
        assert language.use("fr") == "fr"
        assert _("Pay per hour") == "Paie par heure"
        assert n_("%n session(s)", 1) == "1 séance"
        assert n_("%n session(s)", 0) == "0 séance"
        assert n_("%n session(s)", 2928) == f"{formats.current().integer(2928)} séances"
        assert language.use("es") == "es"
        assert n_("%n session(s)", 3) == "3 sesiones"
    finally:
        language.use("en")
        formats.set_locale("en_GB")
    assert n_("%n session(s)", 1) == "1 session"
    assert _("Pay per hour") == "Pay per hour"


def test_the_chart_helper_draws_in_the_parents_language(qapp, demo_path: Path) -> None:
    from valuejournal.report import language
    from valuejournal.report.data import build_report
    from valuejournal.report.worker import ChartWorker
    from valuejournal.store.journal import Journal

    with Journal.open(demo_path) as journal:
        data = build_report(journal, "2026-Q2")
    language.use("fr")
    try:
        with ChartWorker() as worker:
            svgs = worker.draw(["timeline"], data.insights)
    finally:
        language.use("en")
    assert b"Paie et valeur au fil du temps" in svgs["timeline"]


def test_the_pdf_speaks_french_when_french_is_chosen(qapp, demo_path: Path, tmp_path) -> None:
    from datetime import date

    from tests.report.pdfs import page_texts
    from valuejournal.report import language
    from valuejournal.report.export import export_report
    from valuejournal.report.render import RenderOptions
    from valuejournal.store.journal import Journal

    texts = {}
    for spoken in ("en", "fr"):
        out = tmp_path / f"q2-{spoken}.pdf"
        language.use(spoken)
        try:
            with Journal.open(demo_path) as journal:
                export_report(
                    journal, "2026-Q2", out, options=RenderOptions(locale="fr_FR"),
                    today=date(2026, 11, 23),
                )  # fmt: skip
        finally:
            language.use("en")
        texts[spoken] = " ".join(page_texts(out))
    assert "Quarterly reflection" in texts["en"] and "Page 2 of" in texts["en"]
    french = texts["fr"]
    assert "Quarterly reflection" not in french and "Page 2 of" not in french
    for words in ("Réflexion trimestrielle", "Page 2 sur", "Heures travaillées",
                  "Balance par client", "Paie et valeur au fil du temps"):  # fmt: skip
        assert words in french, words
