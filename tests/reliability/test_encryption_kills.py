"""kill -9 during `encrypt`, `passphrase` and `decrypt` (the real CLI, subprocesses): after
each kill the journal opens with exactly one of the passphrases it can have then (plain or
the new one for encrypt, the old or the new for a change, the old or plain for decrypt) and
holds every session; no plain temporary file is beside it while it is encrypted (or being
encrypted), every backup is encrypted and sound, and after the next start no temporary file
is left at all.

The journal goes round plain → encrypt (A) → passphrase (A → B) → decrypt (B) → plain …,
the next command chosen by the state a trial left. One trial in five is left to finish; the
others are killed at a random delay, as the backup's temporary file appears, once the backup
is named (the rewrite follows), or as the journal's rewritten copy appears. Seeded.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers.encrypted import session_uuids
from tests.helpers.kill_lab import Lab, make_lab
from valuejournal.store import backups, cipher
from valuejournal.store.safety import check_file

SEED = 20261203
TRIALS = 24
A, B = "first passphrase of the lab", "second passphrase of the lab"
SQLITE_MAGIC = b"SQLite format 3\x00"


@pytest.fixture(scope="module")
def crypt_lab(tmp_path_factory: pytest.TempPathFactory) -> Lab:
    made = make_lab(tmp_path_factory, "encryption-kills", weeks=240)
    for name, text in (("a.txt", A), ("b.txt", B)):
        (made.root / name).write_text(text + "\n")
    return made


_uuids = session_uuids


def _state(path: Path, every: list[str]) -> str | None:
    """Which one of plain, A and B opens the journal with every session ("plain", "A",
    "B"); fails unless exactly one does."""
    opens = {name: _uuids(path, secret) for name, secret in (("plain", None), ("A", A), ("B", B))}
    good = [name for name, found in opens.items() if found is not None]
    assert len(good) == 1, f"opens with {good}"
    assert opens[good[0]] == every, "sessions lost or added"
    if good[0] == "plain":
        assert check_file(path).ok
    return good[0]


NEXT = {
    "plain": ("encrypt", ["--new-passphrase-file", "a.txt"], {"plain", "A"}),
    "A": ("passphrase", ["--passphrase-file", "a.txt", "--new-passphrase-file", "b.txt"],
          {"A", "B"}),
    "B": ("decrypt", ["--passphrase-file", "b.txt"], {"B", "plain"}),
}  # fmt: skip


def _watch(lab: Lab, n: int) -> Callable[[], bool] | None:
    folder = lab.journal.parent
    name = lab.journal.name

    def backup_partial() -> bool:
        return any(".backup-" in p.name and ".partial-" in p.name for p in folder.iterdir())

    seen = {b.path for b in backups.list_backups(lab.journal, backups.Where())}

    def backup_named() -> bool:  # rotation may remove an old one as the new one is named
        return any(b.path not in seen for b in backups.list_backups(lab.journal, backups.Where()))

    def journal_partial() -> bool:
        return any(p.name.startswith(f".{name}.partial-") for p in folder.iterdir())

    return [None, None, backup_partial, backup_named, journal_partial][n % 5]


def _plain_temp_files(lab: Lab) -> list[str]:
    """Temporary files beside the journal that plain sqlite3 could read."""
    found = []
    for path in lab.journal.parent.iterdir():
        if path.name.startswith(".") and ".lock" not in path.name:
            try:
                head = path.read_bytes()[:16]
            except OSError:
                continue
            if head == SQLITE_MAGIC:
                found.append(path.name)
    return found


def test_kill_nine_during_encrypt_passphrase_and_decrypt(
    crypt_lab: Lab, tally: Counter[str]
) -> None:
    lab, rng = crypt_lab, random.Random(SEED)
    every = _uuids(lab.journal, None)
    assert every and len(every) > 5000
    state = "plain"
    kinds: Counter[str] = Counter()
    caught: Counter[str] = Counter()  # kills that struck while a copy was being written
    for n in range(TRIALS):
        command, files, allowed = NEXT[state]
        args = [command, "--journal", str(lab.journal)]
        args += [str(lab.root / f) if f.endswith(".txt") else f for f in files]
        delay = 240.0 if n % 5 == 0 else rng.uniform(0.5, 6.0)  # 0: left to finish
        killed, code, out = lab.kill_during(args, delay, _watch(lab, n))
        if not killed:
            assert code == 0, (command, code, out)
        beside = [p.name for p in lab.journal.parent.iterdir() if ".partial-" in p.name]
        caught["mid-rewrite"] += any(p.startswith(f".{lab.journal.name}.partial-") for p in beside)
        caught["mid-backup"] += any(".backup-" in p for p in beside)
        if state != "B" or not killed:  # encrypting or re-keying: never a plain copy beside
            assert _plain_temp_files(lab) == [], (command, n)
        before, state = state, _state(lab.journal, every)
        assert state in allowed, f"{command} {n} left the journal {state}"
        if not killed:
            assert state != before, f"{command} {n} finished and changed nothing"
        for backup in backups.list_backups(lab.journal, backups.Where()):
            assert cipher.is_encrypted(backup.path), f"a plain backup {backup.path.name}"
            assert any(_uuids(backup.path, s) for s in (A, B)), backup.path.name
        tally["trials"] += 1
        tally["killed" if killed else "finished"] += 1
        kinds[f"{command}-{'killed' if killed else 'finished'}"] += 1
        tally[f"{command}-{'changed' if state != before else 'as-before'}"] += 1
    lab.next_start()
    left = [p.name for p in lab.journal.parent.iterdir() if p.name.startswith(".")]
    tally["partial"] += len(left)
    assert left == []
    for command in ("encrypt", "passphrase", "decrypt"):
        assert kinds[f"{command}-killed"] >= 2, kinds
    assert caught["mid-rewrite"] >= 1 and caught["mid-backup"] >= 1, caught
    tally.update(caught)
    tally["clean"] += TRIALS
