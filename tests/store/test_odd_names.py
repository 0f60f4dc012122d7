"""Journal names with URI syntax in them (`?`, `#`, `%xx`), spaces and non-ASCII open that file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from valuejournal.cli import main
from valuejournal.store.journal import Journal
from valuejournal.store.safety import check_file
from valuejournal.store.untrusted import open_untrusted

NAMES = [
    "what?.vjournal",
    "what?mode=ro.vjournal",
    "a%41b.vjournal",
    "Client #2.vjournal",
    "spaced out ü 日本.vjournal",
    "file:odd&x=1.vjournal",
]


@pytest.mark.parametrize("name", NAMES)
def test_the_named_file_is_written_and_nothing_else(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "odd ? # %41 dir"
    folder.mkdir()
    path = folder / name
    for day in ("2026-03-02", "2026-03-03"):
        code = main(["add", "--journal", str(path), "--date", day, "--hours", "1", "--value", "5"])
        assert code == 0, capsys.readouterr().err
    assert sorted(os.listdir(folder)) == [name]
    assert set(os.listdir(tmp_path)) <= {"home", folder.name}
    with Journal.open(path) as journal:
        assert journal.count_sessions() == 2
    report = check_file(path)
    assert report.ok, report.problems
    code = main(["check", "--journal", str(path)])
    assert code == 0
    assert sorted(os.listdir(folder)) == [name]


def test_a_share_with_an_odd_name_is_read_from_that_file(tmp_path: Path, demo_path: Path) -> None:
    from valuejournal.store.share import ShareOptions, write_share

    out = tmp_path / "for coach?#%41 ü.vjshare"
    decoy = tmp_path / "for coach"
    decoy.write_bytes(b"not this one")
    with Journal.open(demo_path) as journal:
        summary = write_share(journal, out, ShareOptions())
    opened = open_untrusted(out)
    try:
        assert opened.journal.count_sessions() == summary.sessions > 0
    finally:
        opened.close()
    assert decoy.read_bytes() == b"not this one"
