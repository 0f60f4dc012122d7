"""kill -9 at random moments of the real CLI (subprocesses): add, import, share, report, export
and demo. After each kill the journal passes `check`, every add the CLI reported is there, an
import is all or nothing, and after the next start no partial or plaintext file is left.

Half of the kills are at a random delay after the start; the other half wait until the
command's temporary file or folder appears (the moment it writes) and then strike within
a few milliseconds. Seeded: the same kills every run.
"""

from __future__ import annotations

import csv
import json
import random
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.helpers.kill_lab import PASSPHRASE, Lab, make_lab
from valuejournal.store.envelope import MAGIC, open_sealed
from valuejournal.store.journal import Journal
from valuejournal.store.safety import check_file

SEED = 20261201
TRIALS = {"add": 6, "import": 4, "share": 4, "export": 4, "demo": 4, "report": 2, "merge": 4}
IMPORT_ROWS = 150


def _private_dir_appears(lab: Lab, kind: str) -> Callable[[], bool]:
    return lambda: any(p.name.startswith(f"valuejournal-{kind}-") for p in lab.tmp.iterdir())


def _temp_beside_appears(lab: Lab) -> Callable[[], bool]:
    return lambda: (
        any(p.name.startswith(".") for p in lab.out.iterdir())
        or any(p.name.startswith("valuejournal-") for p in lab.tmp.iterdir())
    )


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Lab:
    return make_lab(tmp_path_factory, "kills", weeks=20)


def _trial_add(lab: Lab, n: int, rng: random.Random, tally: Counter[str]) -> None:
    title = f"kill-add-{n}"
    args = ["add", "--journal", str(lab.journal), "--date", "2026-09-01", "--hours", "1.5",
            "--value", "6", "--client", f"New client {n}", "--title", title]  # fmt: skip
    killed, code, out = lab.kill_during(args, rng.uniform(0.3, 2.5), None)
    with Journal.open(lab.journal, create=False) as journal:
        present = [s for s in journal.all_sessions() if s.title == title]
    if not killed:
        assert code == 0 and out.startswith("Added")
        if len(present) != 1:
            tally["lost"] += 1
    assert len(present) <= 1
    _outcome(tally, killed)


def _trial_import(lab: Lab, n: int, rng: random.Random, tally: Counter[str]) -> None:
    source = lab.root / f"import{n}.csv"
    with source.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["date", "hours", "title", "client"])
        for row in range(IMPORT_ROWS):
            writer.writerow([f"2026-08-{row % 28 + 1:02d}", "0.5", f"imp{n}-{row}", f"Imp {n}"])
    args = ["import", str(source), "--journal", str(lab.journal)]
    killed, code, _out = lab.kill_during(args, rng.uniform(0.3, 3.0), None)
    with Journal.open(lab.journal, create=False) as journal:
        count = sum(1 for s in journal.all_sessions() if s.title.startswith(f"imp{n}-"))
    assert count in (0, IMPORT_ROWS), f"import {n} left {count} of {IMPORT_ROWS} sessions"
    if not killed:
        assert code == 0 and count == IMPORT_ROWS
    _outcome(tally, killed)


def _trial_share(lab: Lab, n: int, rng: random.Random, tally: Counter[str]) -> None:
    out = lab.out / f"share{n}.vjshare"
    args = ["share", "--journal", str(lab.journal), "--out", str(out),
            "--passphrase-file", str(lab.passphrase)]  # fmt: skip
    watch = _private_dir_appears(lab, "share") if n % 2 else None
    killed, code, _out = lab.kill_during(args, rng.uniform(0.3, 3.0), watch)
    if out.exists():
        data = out.read_bytes()
        assert data.startswith(MAGIC), "a share file without its envelope"
        assert open_sealed(data, PASSPHRASE, out.name).startswith(b"SQLite format 3\x00")
    elif not killed:
        raise AssertionError(f"share exited {code} without writing")
    _outcome(tally, killed)


def _trial_export(lab: Lab, n: int, rng: random.Random, tally: Counter[str]) -> None:
    out = lab.out / (f"export{n}.json" if n % 2 else f"export{n}.csv")
    args = ["export", str(out), "--journal", str(lab.journal)]
    watch = _temp_beside_appears(lab) if n >= 2 else None
    killed, _code, _out = lab.kill_during(args, rng.uniform(0.3, 2.5), watch)
    if out.exists():
        text = out.read_text(encoding="utf-8")
        if out.suffix == ".json":
            assert json.loads(text)["format"] == "valuejournal-export"
        else:
            assert text.endswith("\n") and len(text.splitlines()) > 100
    _outcome(tally, killed)


def _trial_demo(lab: Lab, n: int, rng: random.Random, tally: Counter[str]) -> None:
    out = lab.out / f"demo{n}.vjournal"
    args = ["demo", str(out), "--weeks", "40", "--seed", str(n)]
    watch = _private_dir_appears(lab, "build") if n % 2 else None
    killed, _code, _out = lab.kill_during(args, rng.uniform(0.3, 2.5), watch)
    if out.exists():
        assert check_file(out).ok
    _outcome(tally, killed)


def _trial_report(lab: Lab, n: int, rng: random.Random, tally: Counter[str]) -> None:
    out = lab.out / f"report{n}.pdf"
    args = ["report", "--journal", str(lab.journal), "--quarter", "2026-Q3", "--out", str(out)]
    watch = _temp_beside_appears(lab) if n % 2 else None
    killed, _code, _out = lab.kill_during(args, rng.uniform(0.5, 4.0), watch)
    if out.exists():
        data = out.read_bytes()
        assert data.startswith(b"%PDF") and b"%%EOF" in data[-64:]
    _outcome(tally, killed)


def _sessions_of(path: Path) -> dict[str, tuple[object, ...]]:
    with Journal.open(path, create=False) as journal:
        return {
            s.uuid: (s.title, s.minutes, s.client, s.updated_at) for s in journal.all_sessions()
        }


def _merge_copies(lab: Lab, n: int) -> tuple[Path, Path, Path]:
    """A private journal for one merge trial, a diverged copy of it (adds, edits, deletes),
    and the result a merge that is not killed gives (merged in a scratch copy)."""
    from dataclasses import replace

    from valuejournal.core.entities import Session
    from valuejournal.store.engine import connect_file
    from valuejournal.store.merge import merge_file

    folder = lab.root / f"merge{n}"
    folder.mkdir()
    target = folder / "j.vjournal"
    source, copy = connect_file(lab.journal, read_only=True), connect_file(target)
    try:
        source.backup(copy)  # the shared journal, consistently, while other trials write it
    finally:
        copy.close()
        source.close()
    other = folder / "j.sync-conflict-20261130-101010-ABCDEFG.vjournal"
    shutil.copy(target, other)
    with Journal.open(other, create=False) as theirs:
        sessions = theirs.all_sessions()
        theirs.delete_sessions([s.uuid for s in sessions[:40]])
        for s in sessions[40:80]:
            theirs.update_session(replace(s, title=f"merge{n}-edited"))
        theirs.add_sessions_bulk([Session(day=s.day, minutes=30, title=f"merge{n}-new")
                                  for s in sessions[80:200]])  # fmt: skip
    expected = folder / "expected.vjournal"
    shutil.copy(target, expected)
    with Journal.open(expected, create=False) as journal:
        merge_file(journal, other, backup=lambda p: p)
    return target, other, expected


def _trial_merge(lab: Lab, n: int, rng: random.Random, tally: Counter[str]) -> None:
    target, other, expected = _merge_copies(lab, n)
    before, merged = _sessions_of(target), _sessions_of(expected)
    assert before != merged
    args = ["merge", str(other), "--journal", str(target)]

    def backup_made() -> bool:  # the moment before the merge writes
        return any(".backup-" in p.name for p in target.parent.iterdir())

    # 0: left to finish (the merged outcome through the real CLI); 1: at a random moment;
    # 2: as the other copy is being checked; 3: once the backup is there (the write)
    watch = {2: _private_dir_appears(lab, "review"), 3: backup_made}.get(n % 4)
    delay = {0: 240.0, 1: rng.uniform(1.0, 12.0)}.get(n % 4, rng.uniform(0.0, 20.0))
    killed, code, out = lab.kill_during(args, delay, watch)
    assert check_file(target).ok, f"merge {n} left a damaged journal"
    after = _sessions_of(target)
    assert after in (before, merged), f"merge {n} left a half-merged journal"
    if not killed:
        assert code == 0 and out.startswith("Merged") and after == merged
    tally["merge-" + ("merged" if after == merged else "as-before")] += 1
    _outcome(tally, killed)


def _outcome(tally: Counter[str], killed: bool) -> None:
    tally["trials"] += 1
    tally["killed" if killed else "finished"] += 1


TRIAL_KINDS = {
    "add": _trial_add,
    "import": _trial_import,
    "share": _trial_share,
    "export": _trial_export,
    "demo": _trial_demo,
    "report": _trial_report,
    "merge": _trial_merge,
}


def test_kill_nine_at_random_moments(lab: Lab, tally: Counter[str]) -> None:
    rng = random.Random(SEED)
    plan = [(kind, n) for kind, count in TRIALS.items() for n in range(count)]
    rng.shuffle(plan)
    seeds = {item: rng.random() for item in plan}
    failures: list[str] = []

    def one(item: tuple[str, int]) -> None:
        kind, n = item
        try:
            TRIAL_KINDS[kind](lab, n, random.Random(seeds[item]), tally)
        except AssertionError as exc:
            failures.append(f"{kind} {n}: {exc}")

    # Two at a time (two cores): the add and import trials also race each other.
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(one, plan))
    report = check_file(lab.journal)
    assert report.ok, report.problems
    lab.next_start()
    left = lab.leftovers()
    tally["plaintext"] += sum(1 for name in left if name.startswith("valuejournal-"))
    tally["partial"] += sum(1 for name in left if not name.startswith("valuejournal-"))
    tally["failures"] += len(failures)
    tally["clean"] += tally["trials"] - len(failures)
    assert failures == []
    assert tally["lost"] == 0
    assert left == [], left
    assert tally["killed"] >= len(plan) // 3, "too few kills landed"


def test_every_reported_add_survives_kills_of_others(lab: Lab, tally: Counter[str]) -> None:
    """Adds that finish while other adds are killed around them are all there."""
    rng = random.Random(SEED + 1)
    titles = [f"kept-{n}" for n in range(3)]
    victims: list[subprocess.Popen[str]] = []
    for n, title in enumerate(titles):
        victim = subprocess.Popen(
            [sys.executable, "-m", "valuejournal", "add", "--journal", str(lab.journal),
             "--date", "2026-09-02", "--hours", "1", "--value", "4", "--title", f"victim-{n}"],
            env=lab.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        victims.append(victim)
        done = lab.run("add", "--journal", str(lab.journal), "--date", "2026-09-02",
                       "--hours", "1", "--value", "4", "--title", title)  # fmt: skip
        assert done.returncode == 0, done.stderr
        time.sleep(rng.uniform(0, 0.2))
        victim.kill()
        victim.wait()
        tally["trials"] += 1
        tally["clean"] += 1
    with Journal.open(lab.journal, create=False) as journal:
        have = {s.title for s in journal.all_sessions()}
    lost = [t for t in titles if t not in have]
    tally["lost"] += len(lost)
    assert lost == []
    assert check_file(lab.journal).ok
