"""`valuejournal report`: bad input in one line with exit 2, a PDF otherwise, byte for byte."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.report.pdfs import page_texts
from valuejournal.cli import main

CLI = "import sys; from valuejournal.cli import main; sys.exit(main(sys.argv[1:]))"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["report", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("quarter", "out", "message"),
    [
        ("2026-Q5", "r.pdf", "quarter must look like 2026-Q3"),
        ("Q3 2026", "r.pdf", "quarter must look like 2026-Q3"),
        ("2026-Q3", "missing/r.pdf", "does not exist"),
        ("2026-Q3", ".", "is a folder"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    qapp,
    capsys,
    demo_path: Path,
    tmp_path: Path,
    quarter: str,
    out: str,
    message: str,
) -> None:
    target = tmp_path / out
    code, stdout, err = run(capsys, "--journal", str(demo_path), "--quarter", quarter,
                            "--out", str(target))  # fmt: skip
    assert code == 2 and stdout == ""
    assert err.count("\n") == 1 and err.startswith("valuejournal: error:") and message in err
    assert not list(tmp_path.glob("**/*.pdf")) and not list(tmp_path.glob("**/*.partial"))


def test_missing_journal_is_refused_without_creating_one(qapp, capsys, tmp_path: Path) -> None:
    journal = tmp_path / "nope.vjournal"
    code, _, err = run(capsys, "--journal", str(journal), "--quarter", "2026-Q3",
                       "--out", str(tmp_path / "r.pdf"))  # fmt: skip
    assert code == 2 and "no journal at" in err and not journal.exists()


def test_missing_arguments_are_a_usage_error(capsys) -> None:
    assert main(["report", "--quarter", "2026-Q3"]) == 2
    assert "--out" in capsys.readouterr().err


def test_empty_quarter_writes_a_pdf_that_says_so(qapp, capsys, demo_path, tmp_path) -> None:
    out = tmp_path / "empty.pdf"
    code, stdout, _ = run(capsys, "--journal", str(demo_path), "--quarter", "2031-Q1",
                          "--out", str(out), "--locale", "en_GB")  # fmt: skip
    assert code == 0 and str(out) in stdout
    assert "No work sessions were logged in this quarter" in " ".join(page_texts(out))


def test_the_command_writes_the_same_bytes_twice(demo_path: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("DISPLAY", None)
    outs = [tmp_path / "a.pdf", tmp_path / "b.pdf"]
    for out in outs:
        args = ["report", "--journal", str(demo_path), "--quarter", "2026-q2", "--out", str(out),
                "--page-size", "letter", "--locale", "en_US"]  # fmt: skip
        done = subprocess.run([sys.executable, "-c", CLI, *args], env=env, capture_output=True,
                              text=True, timeout=120)  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert done.stderr == ""
    assert outs[0].read_bytes() == outs[1].read_bytes()
    pages = page_texts(outs[0])
    assert "2026-Q2" in pages[0] and "April 1, 2026 – June 30, 2026" in pages[0]


def test_the_helper_process_draws_the_charts(demo_path: Path) -> None:
    from valuejournal.report.data import build_report
    from valuejournal.report.worker import ChartWorker
    from valuejournal.store.journal import Journal

    with Journal.open(demo_path) as journal:
        data = build_report(journal, "2026-Q2")
    with ChartWorker() as worker:
        svgs = worker.draw(["timeline", "scales"], data.insights)
    assert sorted(svgs) == ["scales", "timeline"]
    assert b"Pay and value over time" in svgs["timeline"]


def test_without_the_helper_the_command_draws_the_charts_itself(
    qapp,
    capsys,
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from valuejournal.report.worker import ChartWorker

    monkeypatch.setattr(ChartWorker, "draw", lambda *_a, **_k: {})
    out = tmp_path / "r.pdf"
    code, _, _ = run(capsys, "--journal", str(demo_path), "--quarter", "2026-Q2",
                     "--out", str(out))  # fmt: skip
    assert code == 0
    assert "Pay and value over time" in " ".join(page_texts(out))
