"""`valuejournal canvas`: text, JSON, a closed quarter's kept evidence, bad quarters (exit 2)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.canvas import write_planted
from valuejournal.core.canvas import canvas_uuid
from valuejournal.core.entities import Comment, CommentTarget, Session, reply_for
from valuejournal.store.canvas_view import close_quarter
from valuejournal.store.feedback import open_review_store, write_feedback_file
from valuejournal.store.journal import Journal
from valuejournal.store.share import ShareOptions, write_share
from valuejournal.store.untrusted import open_untrusted


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


def _coach_comments(planted: Path, tmp_path: Path) -> list[Comment]:
    """Share 2026-Q3, let the coach comment on two blocks (and one on 2026-Q2's customers,
    another canvas), send the feedback back and import it with `valuejournal feedback`."""
    share = tmp_path / "q3.vjshare"
    with Journal.open(planted) as journal:
        write_share(journal, share, ShareOptions.for_quarter("2026-Q3"))
    opened = open_untrusted(share)
    try:
        store = open_review_store(opened.meta)
        mine = opened.journal.info().uuid
        q3: dict[str, Any] = {"target_uuid": canvas_uuid(mine, "2026-Q3"),
                              "period_start": date(2026, 7, 1),
                              "period_end": date(2026, 9, 30)}  # fmt: skip
        made = [
            Comment(CommentTarget.CANVAS, "Cobalt is half\nyour hours.", "Cora",
                    section="customers", **q3),
            Comment(CommentTarget.CANVAS, "Say what you sell.", "Cora", section="value",
                    **q3),
            Comment(CommentTarget.CANVAS, "Not this quarter", "Cora", section="customers",
                    target_uuid=canvas_uuid(mine, "2026-Q2"), period_start=date(2026, 4, 1),
                    period_end=date(2026, 6, 30)),
            Comment(CommentTarget.CANVAS, "Too harsh, forget it", "Cora", section="costs",
                    **q3),
        ]  # fmt: skip
        store.add_comments(made)
        store.change_comment(made[3].uuid, withdrawn=True)  # the coach takes it back
        out = tmp_path / "back.vjfeedback"
        write_feedback_file(out, store.list_comments(), journal_uuid=opened.meta.journal_uuid,
                            author="Cora")  # fmt: skip
        store.close()
    finally:
        opened.close()
    done = vj("feedback", str(out), "--journal", str(planted))
    assert done.returncode == 0, done.stderr
    with Journal.open(planted) as journal:
        journal.change_comment(made[1].uuid, resolved=True)  # the person ticks it off
        journal.add_comments([reply_for(made[0], "On purpose: Cobalt pays.", "Sam")])
    return made


def test_the_coachs_comments_are_printed_under_their_block(planted: Path, tmp_path: Path) -> None:
    made = _coach_comments(planted, tmp_path)
    done = vj("canvas", "--quarter", "2026-Q3", "--journal", str(planted))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    day = made[0].created_at.astimezone().date()
    when = f"{day.day} {day:%b} {day.year}"  # the tests' English (en_GB): "2 Dec 2026"
    customers = lines.index(next(x for x in lines if x.startswith("Customers — ")))
    value = lines.index(next(x for x in lines if x.startswith("Value provided — ")))
    at = lines.index(f"  Comment by Cora on {when}: Cobalt is half your hours.")
    assert customers < at < customers + 8  # under its block, after the evidence
    assert lines[at + 1] == f"      Reply by Sam on {when}: On purpose: Cobalt pays."
    assert lines[at + 2] == ""  # then the next block
    assert f"  Comment by Cora on {when}, resolved: Say what you sell." in lines[value:]
    assert "Not this quarter" not in done.stdout  # 2026-Q2's canvas, not this one
    assert f"  Comment by Cora on {when}: (withdrawn by the coach)" in lines
    assert "Too harsh" not in done.stdout
    q2 = vj("canvas", "--quarter", "2026-Q2", "--journal", str(planted))
    assert f"  Comment by Cora on {when}: Not this quarter" in q2.stdout.splitlines()
    assert "Cobalt is half" not in q2.stdout

    data = json.loads(vj("canvas", "--quarter", "2026-Q3", "--journal", str(planted),
                         "--json").stdout)  # fmt: skip
    assert sorted(data["comments"]) == ["costs", "customers", "value"]
    (withdrawn,) = data["comments"]["costs"]
    assert (withdrawn["withdrawn"], withdrawn["text"]) == (True, None)
    on_customers = data["comments"]["customers"][0]
    assert on_customers == {
        "author": "Cora", "date": day.isoformat(), "created_at": made[0].created_at.isoformat(),
        "text": "Cobalt is half\nyour hours.", "resolved": False, "withdrawn": False,
        "reply_to": None, "uuid": made[0].uuid,
    }  # fmt: skip
    assert [c["resolved"] for c in data["comments"]["value"]] == [True]
    assert [(c["author"], c["reply_to"]) for c in data["comments"]["customers"]] == [
        ("Cora", None),
        ("Sam", made[0].uuid),
    ]


def test_the_comments_are_in_french_too(planted: Path, tmp_path: Path) -> None:
    from valuejournal import settings

    made = _coach_comments(planted, tmp_path)
    settings.update(language="fr", locale="fr_FR")
    done = vj("canvas", "--quarter", "2026-Q3", "--journal", str(planted))
    assert done.returncode == 0, done.stderr
    day = made[0].created_at.astimezone().date()
    assert f"Commentaire de Cora du {day.day}" in done.stdout
    assert ", résolu : Say what you sell." in done.stdout
    assert "(retiré par le coach)" in done.stdout and "Réponse de Sam du" in done.stdout
    assert "Comment by" not in done.stdout and "resolved" not in done.stdout
