"""The coach's record keeps a flag's figures, so it is put in words in the language of the
moment it is shown; a record written before (an English sentence only) still shows it."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import pytest

from valuejournal.core.coach import Flag, FlagKind
from valuejournal.store import coach_index


@pytest.fixture
def french() -> Iterator[None]:
    from valuejournal.report.language import use

    use("fr")
    yield
    use("en")


def test_a_flag_kept_in_english_reads_in_french_later(french: None) -> None:
    journal = str(uuid.uuid4())
    flag = Flag(FlagKind.MONEY_WAITING, {"total_minor": 10_000, "currency": "EUR", "days": 70})
    record = coach_index.ClientRecord(journal, owner="Cy", flags=(flag,))
    from valuejournal.report.language import use

    use("en")
    coach_index.save(record)
    use("fr")
    (shown,) = coach_index.load(journal).flags  # type: ignore[union-attr]
    assert shown.values == flag.values
    assert "en attente de paiement" in shown.text and "70 jours" in shown.text


def test_an_older_record_shows_its_sentence() -> None:
    journal = str(uuid.uuid4())
    coach_index.save(coach_index.ClientRecord(journal, owner="Bo"))
    path = coach_index.record_path(journal)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["flags"] = [{"kind": "balance", "text": "The scales tip far with Acme"}]
    path.write_text(json.dumps(data), encoding="utf-8")
    (flag,) = coach_index.load(journal).flags  # type: ignore[union-attr]
    assert flag.kind is FlagKind.BALANCE and flag.text == "The scales tip far with Acme"
