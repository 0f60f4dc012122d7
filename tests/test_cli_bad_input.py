"""Odd input a hostile user types: every one is refused with exit 2 and one line, in bounded
time and memory, and the journal is unchanged."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from valuejournal.cli import main

ADD = ["add", "--date", "2026-03-02", "--hours", "1", "--value", "5"]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(list(args))
    _out, err = capsys.readouterr()
    assert code == 2, err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


@pytest.fixture
def filled(journal_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main([*ADD, "--journal", str(journal_path)]) == 0
    capsys.readouterr()
    return journal_path


def _add(journal: Path, **changes: str) -> list[str]:
    args = dict(zip(ADD[1::2], ADD[2::2], strict=True)) | changes
    return ["add", "--journal", str(journal), *[x for k, v in args.items() for x in (k, v)]]


@pytest.mark.parametrize(
    "changes",
    [
        {"--hours": "NaN"},
        {"--hours": "inf"},
        {"--hours": "-Infinity"},
        {"--hours": "1e999999999"},
        {"--hours": "9" * 5000},
        {"--pay": "1" + "0" * 28},
        {"--pay": "9" * 29},
        {"--pay": str(2**63 // 100 + 1)},
        {"--pay": str(2**63)},
        {"--pay": "1e30"},
        {"--value": "9" * 5000},
        {"--date": "0001-01-01"},
        {"--date": "9999-12-31"},
        {"--date": "x" * 100_000},
    ],
)
def test_add_refuses(
    capsys: pytest.CaptureFixture[str], filled: Path, changes: dict[str, str]
) -> None:
    before = digest(filled)
    refused(capsys, *_add(filled, **changes))
    assert digest(filled) == before


@pytest.mark.parametrize("quarter", ["0000-Q1", "9999-Q4", "0001-Q1", "10000-Q1"])
def test_odd_quarters(
    capsys: pytest.CaptureFixture[str], filled: Path, quarter: str, tmp_path: Path
) -> None:
    refused(capsys, "report", "--journal", str(filled), "--quarter", quarter,
            "--out", str(tmp_path / "r.pdf"))  # fmt: skip
    refused(capsys, "share", "--journal", str(filled), "--quarter", quarter,
            "--out", str(tmp_path / "s.vjshare"))  # fmt: skip
    assert not (tmp_path / "r.pdf").exists() and not (tmp_path / "s.vjshare").exists()


@pytest.mark.parametrize("end", ["0001-01-01", "9999-12-31", "1900-01-05"])
def test_demo_odd_end(capsys: pytest.CaptureFixture[str], tmp_path: Path, end: str) -> None:
    refused(capsys, "demo", str(tmp_path / "d.vjournal"), "--end", end)
    assert not (tmp_path / "d.vjournal").exists()


@pytest.mark.parametrize("period", ["day", "week", "month"])
def test_insights_over_eight_thousand_years(
    capsys: pytest.CaptureFixture[str], demo_path: Path, period: str
) -> None:
    began = time.monotonic()
    code = main(["insights", "--journal", str(demo_path), "--from", "0001-01-01",
                 "--to", "9999-12-31", "--period", period, "--json"])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    assert time.monotonic() - began < 20
    narrow = main(["insights", "--journal", str(demo_path), "--period", period, "--json"])
    assert narrow == 0
    assert json.loads(out)["periods"] == json.loads(capsys.readouterr().out)["periods"]


def test_insights_on_an_empty_range_far_away(
    capsys: pytest.CaptureFixture[str], filled: Path
) -> None:
    code = main(["insights", "--journal", str(filled), "--from", "0001-01-01", "--to",
                 "1000-01-01", "--period", "day", "--json"])  # fmt: skip
    assert code == 0
    assert json.loads(capsys.readouterr().out)["periods"] == []


def test_journal_naming_a_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "a folder"
    folder.mkdir()
    for args in (_add(folder), ["check", "--journal", str(folder)],
                 ["insights", "--journal", str(folder)],
                 ["export", str(tmp_path / "x.csv"), "--journal", str(folder)]):  # fmt: skip
        refused(capsys, *args)
    assert list(folder.iterdir()) == []


def test_export_into_a_missing_folder(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path
) -> None:
    err = refused(capsys, "export", str(tmp_path / "missing" / "x.csv"), "--journal", str(filled))
    assert "does not exist" in err


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"format": "valuejournal-export", "version": ' + "9" * 5000 + "}",
        '{"format": "valuejournal-export", "version": 1, "sessions": ['
        + "[" * 50
        + "]" * 50
        + "]}",
        '{"format": "valuejournal-export", "version": 1e999}',
        '{"format": "valuejournal-export", "version": NaN}',
    ],
)
def test_hostile_json_imports(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path, text: str
) -> None:
    source = tmp_path / "hostile.json"
    source.write_text(text)
    before = digest(filled)
    refused(capsys, "import", str(source), "--journal", str(filled))
    assert digest(filled) == before


@pytest.mark.parametrize("pay", ["9" * 29, str(2**63), "1" + "0" * 20])
def test_huge_pay_in_a_csv_import(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path, pay: str
) -> None:
    source = tmp_path / "pay.csv"
    source.write_text(f"date,hours,pay\n2026-03-04,1,{pay}\n")
    before = digest(filled)
    refused(capsys, "import", str(source), "--journal", str(filled))
    assert digest(filled) == before


def _fifo(tmp_path: Path) -> Path:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    return fifo


@pytest.mark.parametrize("source", ["/dev/zero", "fifo", "folder"])
def test_passphrase_and_feedback_files_that_never_end(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path, source: str
) -> None:
    path = {"/dev/zero": Path("/dev/zero"), "fifo": None, "folder": tmp_path}[source]
    path = path or _fifo(tmp_path)
    calls = [
        ["share", "--journal", str(filled), "--out", str(tmp_path / "s.vjshare"),
         "--passphrase-file", str(path)],
        ["feedback", str(path), "--journal", str(filled)],
        ["feedback", str(filled), "--journal", str(filled), "--passphrase-file", str(path)],
    ]  # fmt: skip
    for args in calls:
        done: list[float] = []
        began = time.monotonic()
        worker = threading.Thread(target=lambda a=args, d=done: d.append(main(a)), daemon=True)
        worker.start()
        worker.join(timeout=10)
        assert done == [2], f"{args} did not stop with exit 2 within 10 s"
        assert time.monotonic() - began < 10
        capsys.readouterr()


def test_integrity_messages_are_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.vjournal"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100 + b"\n\x1b[31mred\n" * 50)
    err = refused(capsys, "check", str(bad))
    assert "\x1b" not in err


def test_output_piped_into_head(demo_path: Path) -> None:
    env = os.environ | {"PYTHONUNBUFFERED": "1"}
    shell = subprocess.run(
        f"{sys.executable} -m valuejournal insights --journal '{demo_path}' --json | head -c 10",
        shell=True, capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert "Traceback" not in shell.stderr and "error" not in shell.stderr, shell.stderr
    script = (
        f"{sys.executable} -m valuejournal insights --journal '{demo_path}' --json | head -c 10"
        '; echo "rc=${PIPESTATUS[0]}"'
    )
    status = subprocess.run(
        ["bash", "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    code = status.stdout.rsplit("rc=", 1)[-1].strip()
    assert code in ("0", "141") and status.stderr == "", (code, status.stderr)  # never 1
