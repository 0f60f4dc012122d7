"""`valuejournal canvas`: text, JSON, a closed quarter's kept evidence, bad quarters (exit 2)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.helpers.canvas import write_planted
from valuejournal.core.entities import Session
from valuejournal.store.canvas_view import close_quarter
from valuejournal.store.journal import Journal


def vj(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "valuejournal", *args], capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def planted(tmp_path: Path) -> Path:
    return write_planted(tmp_path / "p.vjournal")


def test_json_holds_the_blocks_the_texts_and_the_changes(planted: Path) -> None:
    with Journal.open(planted) as journal:
        record = journal.new_canvas("2026-Q3")
        record.texts["customers"] = "Cobalt came through **Ana**."
        journal.put_canvas(record)
    done = vj("canvas", "--quarter", "2026-Q3", "--journal", str(planted), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["quarter"] == "2026-Q3" and data["closed"] is False
    assert [c["name"] for c in data["customers"]] == ["Cobalt", "Acme", "Brightline", "Ben"]
    assert data["customers"][0]["hours"] == 12 and data["revenue"]["pay_minor"] == 300_000
    assert data["texts"] == {"customers": "Cobalt came through **Ana**."}
    against = data["against"]
    assert against["quarter"] == "2026-Q2"
    bright = next(c for c in against["changes"] if c["name"] == "Brightline"
                  and c["block"] == "customers")  # fmt: skip
    assert (bright["kind"], bright["before"], bright["after"]) == ("shrank", 40.0, 11.5)


def test_text_names_the_blocks_and_a_closed_quarter_keeps_its_evidence(planted: Path) -> None:
    with Journal.open(planted) as journal:
        close_quarter(journal, "2026-Q3")
        # work added after closing does not change the kept canvas
        journal.add_session(Session(day=date(2026, 9, 20), minutes=600, client="Dune", value=5))
    done = vj("canvas", "--quarter", "2026-Q3", "--journal", str(planted))
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "closed, evidence as kept" in out and "Customers — whom you help" in out
    assert "Dune" not in out and "Cobalt: 12 h (46 %)" in out
    assert "Customers · Brightline: 40 % of your hours in 2026-Q2, 12 % in 2026-Q3." in out
    data = json.loads(vj("canvas", "--quarter", "2026-Q3", "--journal", str(planted),
                         "--json").stdout)  # fmt: skip
    assert data["closed"] is True and data["closed_at"]
    assert "Dune" not in [c["name"] for c in data["customers"]]


@pytest.mark.parametrize("quarter", ["2026-Q5", "Q3", "", "2026-q3x"])
def test_a_bad_quarter_exits_2_with_one_line(planted: Path, quarter: str) -> None:
    done = vj("canvas", "--quarter", quarter, "--journal", str(planted))
    assert done.returncode == 2
    assert done.stdout == "" and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


def test_no_journal_exits_2(tmp_path: Path) -> None:
    done = vj("canvas", "--quarter", "2026-Q3", "--journal", str(tmp_path / "none.vjournal"))
    assert done.returncode == 2 and "no journal" in done.stderr


@pytest.mark.parametrize("how", ["settings", "system"])
def test_the_text_is_in_french(planted: Path, how: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings → Language, else the system's language (LANG), as the Canvas page and the PDF."""
    import os

    from valuejournal import settings

    with Journal.open(planted) as journal:
        close_quarter(journal, "2026-Q3")
        record = journal.get_canvas("2026-Q3")
        assert record is not None
        record.texts["customers"] = "Cobalt d’abord"
        journal.put_canvas(record)
    if how == "settings":
        settings.update(language="fr", locale="fr_FR")
    else:
        monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    assert os.environ["VALUEJOURNAL_HOME"]  # the subprocess reads this test's settings
    done = vj("canvas", "--quarter", "2026-Q3", "--journal", str(planted))
    assert done.returncode == 0, done.stderr
    out = done.stdout
    first = out.splitlines()[0]
    assert first == "Canvas 2026-Q3 (clos, éléments tels que conservés) : 4 séances, 26 h", first
    for words in ("Partenaires clés — qui vous aide", "Clients — qui vous aidez",
                  "Cobalt : 12 h (46 %), valeur 8,0", "  Vos mots : Cobalt d’abord",
                  "Par rapport à 2026-Q2 :", "Ressources clés — qui vous êtes"):  # fmt: skip
        assert words in out, words
    for english in ("Key partners", "whom you help", "Your words", "Against", "sessions",
                    "evidence", "value "):  # fmt: skip
        assert english not in out, english
