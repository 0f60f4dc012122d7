"""`valuejournal import` and `export` from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from valuejournal.cli import main
from valuejournal.store.journal import Journal

FIXTURES = Path(__file__).parent / "interop" / "fixtures"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def count(path: Path) -> int:
    with Journal.open(path, create=False) as journal:
        return journal.count_sessions()


def test_rejected_rows_stop_the_import_unless_skipped(
    capsys: pytest.CaptureFixture[str], journal_path: Path
) -> None:
    toggl = str(FIXTURES / "toggl_detailed.csv")
    code, out, _ = run(capsys, "import", toggl, "--journal", str(journal_path), "--dry-run")
    assert code == 0 and "new 5" in out and "rejected 1" in out and "line 10" in out
    assert "skipped, shorter than a minute: 1" in out and "skipped, longer than 24 hours: 1" in out
    assert not journal_path.exists()
    code, _, err = run(capsys, "import", toggl, "--journal", str(journal_path))
    assert code == 2 and "--skip-invalid" in err and len(err.strip().splitlines()) == 1
    assert "1 row rejected, so nothing was imported" in err and "the 5 valid sessions" in err
    assert not journal_path.exists()
    code, out, _ = run(capsys, "import", toggl, "--journal", str(journal_path), "--skip-invalid")
    assert code == 0 and "Imported 5" in out
    code, out, _ = run(capsys, "import", toggl, "--journal", str(journal_path), "--skip-invalid")
    assert code == 0 and "already present 5" in out
    assert count(journal_path) == 5


def test_export_imports_back(
    capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path
) -> None:
    csv_out, json_out = tmp_path / "all.csv", tmp_path / "all.json"
    assert run(capsys, "export", str(csv_out), "--journal", str(demo_path))[0] == 0
    assert run(capsys, "export", str(json_out), "--journal", str(demo_path))[0] == 0
    total = count(demo_path)
    from_csv, from_json = tmp_path / "csv.vjournal", tmp_path / "json.vjournal"
    assert run(capsys, "import", str(csv_out), "--journal", str(from_csv))[0] == 0
    code, out, _ = run(capsys, "import", str(json_out), "--journal", str(from_json))
    assert code == 0 and f"Restored {total:,} sessions, " in out
    assert count(from_csv) == count(from_json) == total
    with Journal.open(demo_path) as a, Journal.open(from_json) as b:
        assert [s.uuid for s in a.all_sessions()] == [s.uuid for s in b.all_sessions()]
        assert len(b.list_reflections()) == len(a.list_reflections())


def test_bad_files_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, journal_path: Path
) -> None:
    binary = tmp_path / "x.csv"
    binary.write_bytes(bytes(range(256)) * 4)
    code, _, err = run(capsys, "import", str(binary), "--journal", str(journal_path))
    assert code == 2 and "binary" in err
    code, _, err = run(capsys, "import", str(tmp_path / "missing.csv"))
    assert code == 2 and "does not exist" in err
    code, _, err = run(capsys, "export", str(tmp_path / "x.txt"), "--journal", str(journal_path))
    assert code == 2 and ("no journal" in err or ".csv or .json" in err)
    assert not journal_path.exists()


def test_one_of_each_is_said_in_the_singular(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    journal = str(tmp_path / "one.vjournal")
    assert main(["add", "--journal", journal, "--date", "2026-11-02", "--hours", "2",
                 "--client", "Acme", "--value", "7"]) == 0  # fmt: skip
    csv_out, json_out = tmp_path / "one.csv", tmp_path / "one.json"
    capsys.readouterr()
    code, out, _ = run(capsys, "export", str(csv_out), "--journal", journal)
    assert (code, out) == (0, f"Exported 1 session to {csv_out}.\n")
    assert run(capsys, "export", str(json_out), "--journal", journal)[0] == 0
    from_csv, from_json = tmp_path / "csv.vjournal", tmp_path / "json.vjournal"
    code, out, _ = run(capsys, "import", str(csv_out), "--journal", str(from_csv))
    assert code == 0 and f"Imported 1 session into {from_csv}." in out
    code, out, _ = run(capsys, "import", str(json_out), "--journal", str(from_json))
    assert code == 0 and (
        f"Restored 1 session, 1 client, 0 reflections, 0 comments, 0 canvases into {from_json}."
        in out
    )
