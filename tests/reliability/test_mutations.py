"""Mutated share and feedback files are refused or harmless: byte flips, truncations, added
triggers, views, tables, indexes and generated columns, damaged indexes, bad UTF-8, odd JSON,
huge fields, garbage meta dates, hostile envelope headers. "Harmless" means the file opens and
every record reads back through the app's own readers; refused means a user error (exit 2);
in both cases nothing is written beside the file."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import struct
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from valuejournal.core.entities import Comment, CommentTarget, utc_now
from valuejournal.core.errors import UserError
from valuejournal.store import envelope
from valuejournal.store.feedback import import_feedback, write_feedback_file
from valuejournal.store.journal import Journal
from valuejournal.store.safety import check_file
from valuejournal.store.share import ShareOptions, write_share
from valuejournal.store.untrusted import open_untrusted
from valuejournal.store.writer import write_demo_journal

SEED = 11
FLIPS = 20
CUTS = 8
PASSPHRASE = "a long passphrase"


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("mutations")
    journal_path = root / "mine.vjournal"
    write_demo_journal(journal_path, seed=3, weeks=6, end=date(2026, 9, 30))
    with Journal.open(journal_path) as journal:
        share = root / "s.vjshare"
        write_share(journal, share, ShareOptions())
        sealed = root / "sealed.vjshare"
        write_share(journal, sealed, ShareOptions(), passphrase=PASSPHRASE)
        target = journal.all_sessions()[0]
        comment = Comment(target=CommentTarget.SESSION, target_uuid=target.uuid,
                          body="Good work", author="Coach", created_at=utc_now())  # fmt: skip
        feedback = root / "f.vjfeedback"
        write_feedback_file(feedback, [comment], journal_uuid=journal.info().uuid, author="Coach")
    return {"journal": journal_path, "share": share, "sealed": sealed, "feedback": feedback}


def _read_everything(path: Path, passphrase: str | None = None) -> str:
    """'refused' or 'harmless'; anything else raises (a bug)."""
    before = sorted(os.listdir(path.parent))
    try:
        opened = open_untrusted(path, passphrase=passphrase)
    except UserError:
        outcome = "refused"
    else:
        try:
            journal = opened.journal
            journal.all_sessions()
            journal.list_clients()
            journal.list_reflections()
            journal.list_comments()
            journal.info()
        finally:
            opened.close()
        outcome = "harmless"
    check_file(path)  # the check itself never raises and never writes beside the file
    assert sorted(os.listdir(path.parent)) == before
    return outcome


def _copy(source: Path, tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copy(source, target)
    return target


def _count(tally: Counter[str], outcome: str) -> None:
    tally["trials"] += 1
    tally["clean"] += 1
    tally[outcome] += 1


@pytest.mark.parametrize("which", ["share", "sealed"])
def test_byte_flips_and_truncations(
    files: dict[str, Path], tmp_path: Path, tally: Counter[str], which: str
) -> None:
    rng = random.Random(SEED)
    data = files[which].read_bytes()
    passphrase = PASSPHRASE if which == "sealed" else None
    # Each sealed trial derives a scrypt key (128 MiB, about 0.3 s): fewer of them.
    flips, cuts = (FLIPS, CUTS) if which == "share" else (FLIPS // 3, CUTS // 3)
    for n in range(flips + cuts):
        mutated = bytearray(data)
        if n < flips:
            for _ in range(rng.randint(1, 4)):
                spot = rng.randrange(len(mutated))
                mutated[spot] ^= 1 << rng.randrange(8)
        else:
            mutated = mutated[: rng.randrange(len(mutated))]
        folder = tmp_path / f"m{n}"
        folder.mkdir()
        path = folder / "m.vjshare"
        path.write_bytes(bytes(mutated))
        outcome = _read_everything(path, passphrase)
        if which == "sealed":
            assert outcome == "refused"  # the envelope's digest and GCM tag catch every change
        _count(tally, outcome)


def _sql(*statements: str) -> Callable[[sqlite3.Connection], None]:
    def apply(conn: sqlite3.Connection) -> None:
        for statement in statements:
            conn.execute(statement)

    return apply


def _reflection(sections_sql: str) -> Callable[[sqlite3.Connection], None]:
    return _sql(
        "INSERT INTO reflection (uuid, quarter, sections_json, updated_at) VALUES "
        f"('6f1c1f7e-7d7a-4a43-9d55-6b8f3f0c2a11', '2026-Q3', {sections_sql}, "
        "'2026-09-30T10:00:00+00:00')"
    )


def _swap_index_roots(conn: sqlite3.Connection) -> None:
    roots = dict(conn.execute("SELECT name, rootpage FROM sqlite_master WHERE type='index'"))
    a, b = roots["ix_work_session_day"], roots["ix_work_session_client_id"]
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("UPDATE sqlite_master SET rootpage=? WHERE name='ix_work_session_day'", (b,))
    conn.execute("UPDATE sqlite_master SET rootpage=? WHERE name='ix_work_session_client_id'", (a,))


MUST_REFUSE: dict[str, Callable[[sqlite3.Connection], None]] = {
    "trigger": _sql("CREATE TRIGGER t AFTER INSERT ON comment BEGIN SELECT 1; END"),
    "view": _sql("CREATE VIEW v AS SELECT * FROM work_session"),
    "table": _sql("CREATE TABLE extra (x)"),
    "generated column": _sql(
        "ALTER TABLE work_session ADD COLUMN g TEXT GENERATED ALWAYS AS "
        "(printf('%.*c', 100000000, 'x')) VIRTUAL"
    ),
    "damaged index": _swap_index_roots,
    "invalid utf-8": _sql("UPDATE work_session SET title = CAST(x'c328ff' AS TEXT)"),
    "blob title": _sql("UPDATE work_session SET title = x'00ff'"),
    "huge field": _sql(
        "UPDATE work_session SET notes = printf('%.*c', 300000, 'x') "
        "WHERE id = (SELECT MIN(id) FROM work_session)"
    ),  # fmt: skip
    "garbage meta date": _sql("UPDATE journal_meta SET range_start = 'yesterday'"),
    "garbage written_at": _sql("UPDATE journal_meta SET written_at = 'soon'"),
    "garbage created_at": _sql("UPDATE work_session SET created_at = 'x'"),
    "year 0001 day": _sql("UPDATE work_session SET day = '0001-01-01'"),
    "nested json": _reflection("printf('%.*c', 100000, '[') || printf('%.*c', 100000, ']')"),
    "odd json": _reflection("""'{"captured": [1, {"a": 2}]}'"""),
    "json string": _reflection("""'"just text"'"""),
    "huge pay": _sql("UPDATE work_session SET pay_minor = 9223372036854775807"),
    "text minutes": _sql("UPDATE work_session SET minutes = 'sixty'"),
    "two meta rows": _sql(
        "INSERT INTO journal_meta (journal_uuid, owner, base_currency, "
        "schema_version, created_at, kind, app_version) SELECT journal_uuid, "
        "owner, base_currency, schema_version, created_at, kind, app_version "
        "FROM journal_meta"
    ),  # fmt: skip
}

HARMLESS_OR_REFUSED: dict[str, Callable[[sqlite3.Connection], None]] = {
    "extra index": _sql("CREATE INDEX extra_ix ON work_session (title, notes)"),
    "escape in owner": _sql("UPDATE journal_meta SET owner = 'Eve' || char(27) || '[2J'"),
    "escape in client": _sql("UPDATE client SET name = name || char(27) || ']0;pwned' || char(7)"),
}


def _mutate(
    source: Path, tmp_path: Path, name: str, change: Callable[[sqlite3.Connection], None]
) -> Path:
    folder = tmp_path / name.replace(" ", "_")
    folder.mkdir()
    path = _copy(source, folder, "m.vjshare")
    conn = sqlite3.connect(path)
    try:
        change(conn)
        conn.commit()
    finally:
        conn.close()
    return path


@pytest.mark.parametrize("name", sorted(MUST_REFUSE))
def test_hostile_contents_are_refused(
    files: dict[str, Path], tmp_path: Path, tally: Counter[str], name: str
) -> None:
    path = _mutate(files["share"], tmp_path, name, MUST_REFUSE[name])
    began = time.monotonic()
    assert _read_everything(path) == "refused"
    assert not check_file(path).ok
    assert time.monotonic() - began < 30
    _count(tally, "refused")


@pytest.mark.parametrize("name", sorted(HARMLESS_OR_REFUSED))
def test_odd_contents_are_harmless(
    files: dict[str, Path], tmp_path: Path, tally: Counter[str], name: str,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    from valuejournal.cli import main

    path = _mutate(files["share"], tmp_path, name, HARMLESS_OR_REFUSED[name])
    _count(tally, _read_everything(path))
    main(["check", str(path)])
    out, err = capsys.readouterr()
    assert "\x1b" not in out + err and "\x07" not in out + err


@pytest.mark.parametrize(
    ("log2_n", "r", "p"), [(30, 8, 1), (20, 16, 4), (22, 1, 1), (17, 255, 255)]
)
def test_hostile_scrypt_settings_are_refused_at_once(
    files: dict[str, Path], tmp_path: Path, tally: Counter[str], log2_n: int, r: int, p: int
) -> None:
    data = bytearray(files["sealed"].read_bytes())
    head = struct.Struct(">8sBBBB16s12s16s")
    fields = list(head.unpack(bytes(data[: head.size])))
    fields[2:5] = [log2_n, r, p]
    packed = head.pack(*fields)
    data[: head.size] = packed
    data[head.size : envelope.HEADER_SIZE] = hashlib.sha256(packed).digest()[:8]
    path = tmp_path / "hostile.vjshare"
    path.write_bytes(bytes(data))
    began = time.monotonic()
    assert _read_everything(path, PASSPHRASE) == "refused"
    assert time.monotonic() - began < 10
    _count(tally, "refused")


def test_mutated_feedback_files_change_nothing(
    files: dict[str, Path], tmp_path: Path, tally: Counter[str]
) -> None:
    rng = random.Random(SEED + 2)
    journal_path = _copy(files["journal"], tmp_path, "j.vjournal")
    data = files["feedback"].read_bytes()
    for n in range(12):
        mutated = bytearray(data)
        if n % 3 == 2:
            mutated = mutated[: rng.randrange(len(mutated))]
        else:
            for _ in range(rng.randint(1, 3)):
                mutated[rng.randrange(len(mutated))] ^= 1 << rng.randrange(8)
        path = tmp_path / f"f{n}.vjfeedback"
        path.write_bytes(bytes(mutated))
        with Journal.open(journal_path) as journal:
            before = len(journal.list_comments())
            try:
                result = import_feedback(journal, path)
            except UserError:
                assert len(journal.list_comments()) == before
                _count(tally, "refused")
                continue
            assert len(journal.list_comments()) == before + len(result.added)
            _count(tally, "harmless")
