"""Private work stays private: --without-private and the PDF leave out every trace of it, and
every file the app writes is the user's alone (0600, folders 0700)."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

import pytest

from tests.report.pdfs import page_texts
from valuejournal import atomic, paths, tempfiles
from valuejournal.cli import main
from valuejournal.core.entities import Client, PayStatus, Session
from valuejournal.store.journal import Journal

SECRETS = ("Hush Holdings", "hidden-title-7", "hiddentag", "client-note-secret", "4321.99")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def private_journal(journal_path: Path) -> Path:
    with Journal.open(journal_path, owner="Me") as journal:
        journal.save_client(Client(name="Hush Holdings", notes="client-note-secret"))
        journal.add_session(Session(day=date(2026, 8, 3), minutes=120, client="Hush Holdings",
                                    title="hidden-title-7", tags=("hiddentag",), value=8,
                                    pay_minor=432199, status=PayStatus.PENDING,
                                    notes="n", private=True))  # fmt: skip
        journal.add_session(Session(day=date(2026, 8, 4), minutes=60, client="Open Co",
                                    title="public work", value=5))  # fmt: skip
    return journal_path


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_export_without_private_leaves_no_trace(
    private_journal: Path, tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"export{suffix}"
    assert main(["export", str(out), "--journal", str(private_journal), "--without-private"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "public work" in text and "Open Co" in text
    for secret in SECRETS:
        assert secret not in text, secret
    assert _mode(out) == 0o600


def test_pdf_names_no_client_only_private_work_is_for(
    private_journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "q.pdf"
    code = main(
        ["report", "--journal", str(private_journal), "--quarter", "2026-Q3", "--out", str(out)]
    )
    assert code == 0, capsys.readouterr().err
    text = " ".join(page_texts(out))
    assert "Open Co" in text
    assert "Hush Holdings" not in text
    assert _mode(out) == 0o600


def test_files_and_folders_are_private(
    private_journal: Path, tmp_path: Path, app_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    share = tmp_path / "s.vjshare"
    assert main(["share", "--journal", str(private_journal), "--out", str(share)]) == 0
    demo = tmp_path / "d.vjournal"
    assert main(["demo", str(demo), "--weeks", "2"]) == 0
    assert main(["add", "--date", "2026-03-02", "--hours", "1", "--value", "5"]) == 0
    for path in (private_journal, share, demo, paths.default_journal()):
        assert _mode(path) == 0o600, path
    assert _mode(paths.data_dir()) == 0o700
    nested = paths.make_private_dirs(tmp_path / "a" / "b")
    assert _mode(nested) == _mode(nested.parent) == 0o700
    from valuejournal.store.backups import backup_now

    assert _mode(backup_now(private_journal, "manual")) == 0o600


def test_an_atomic_write_that_fails_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic.atomic_writer(target) as stream:
        stream.write("new")
        raise RuntimeError("boom")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_stale_temp_files_of_dead_processes_are_removed(tmp_path: Path) -> None:
    dead = 2**22 + 12345  # above Linux's pid_max default: never a live process
    stale = tmp_path / f".x.csv.tmp-{dead}-abcd1234"
    stale.write_text("plain")
    mine = tempfiles.temp_beside(tmp_path / "x.csv", "tmp")
    mine.write_text("in use")
    plain_dir = Path(tempfiles.private_dir("share"))
    dead_dir = plain_dir.with_name(f"valuejournal-share-{dead}-zz")
    dead_dir.mkdir()
    (dead_dir / "plain.vjournal").write_text("secret")
    try:
        tempfiles.clean_stale(tmp_path)
        assert not stale.exists() and not dead_dir.exists()
        assert mine.exists() and plain_dir.exists()
    finally:
        import shutil

        shutil.rmtree(plain_dir, ignore_errors=True)
        shutil.rmtree(dead_dir, ignore_errors=True)
