"""Unlock benchmark: an encrypted 50,000-session journal, from passphrase to sessions on hand.

Writes a demo journal (2,200 weeks, over 50,000 sessions), encrypts a copy (SQLCipher 4), then
in fresh processes times: the key derived and checked (`cipher.unlock`, PBKDF2-HMAC-SHA512 with
256,000 rounds, once), the journal opened (`Journal.open`), its sessions counted and the newest
page read. The same open and reads on the plain copy, in the same run, are the baseline.
Target: the encrypted journal unlocked and read in <= 1 s (median).

Wall-clock and CPU time are printed, with the load average: on a busy machine the wall-clock
figures grow with the load, CPU time much less.

Run:  .venv/bin/python benchmarks/unlock.py [--runs 5] [--weeks 2200]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

PASSPHRASE = "correct horse battery staple"
TARGET_S = 1.0

PROBE = textwrap.dedent(
    """
    import sys, time
    from valuejournal.store import cipher
    from valuejournal.store.journal import Journal

    path, encrypted = sys.argv[1], sys.argv[2] == "1"
    began, cpu = time.perf_counter(), time.process_time()
    if encrypted:
        cipher.unlock(path, sys.argv[3])
    unlocked = time.perf_counter()
    with Journal.open(path) as journal:
        total = journal.count_sessions()
        newest = journal.query_sessions(limit=50)
    done = time.perf_counter()
    used = time.process_time() - cpu
    print(f"{unlocked - began:.4f} {done - began:.4f} {total} {len(newest)} {used:.4f}")
    """
)


def probe(path: Path, encrypted: bool) -> tuple[float, float, int, float]:
    """(key derivation s, unlock-to-data s, sessions, CPU s) in a fresh process."""
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(path), "1" if encrypted else "0", PASSPHRASE],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    return float(out[0]), float(out[1]), int(out[2]), float(out[4])


def main(argv: list[str] | None = None) -> int:
    """Build the journals, time the probes, print medians and the verdict."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--weeks", type=int, default=2200)
    args = parser.parse_args(argv)
    from valuejournal.store.encryption import encrypt_journal
    from valuejournal.store.writer import write_demo_journal

    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "plain.vjournal"
        write_demo_journal(plain, seed=1, weeks=args.weeks)
        encrypted = Path(tmp) / "encrypted.vjournal"
        shutil.copy(plain, encrypted)
        encrypt_journal(encrypted, PASSPHRASE)
        runs = [(probe(plain, False), probe(encrypted, True)) for _ in range(args.runs)]
    sessions = runs[0][1][2]
    base = statistics.median(p[1] for p, _e in runs)
    kdf = statistics.median(e[0] for _p, e in runs)
    total = statistics.median(e[1] for _p, e in runs)
    cpu = statistics.median(e[3] for _p, e in runs)
    base_cpu = statistics.median(p[3] for p, _e in runs)
    print(f"sessions: {sessions:,} ({args.runs} runs, medians)")
    print(f"plain journal open + count + newest 50:      {base * 1000:7.0f} ms (baseline)")
    print(f"encrypted: key derived and checked:          {kdf * 1000:7.0f} ms")
    print(f"encrypted: unlock + open + count + newest 50: {total * 1000:7.0f} ms "
          f"({total / base:.2f}x the plain open)")  # fmt: skip
    print(f"CPU time: plain {base_cpu * 1000:.0f} ms, encrypted {cpu * 1000:.0f} ms; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")  # fmt: skip
    ok = total <= TARGET_S and sessions >= 50_000
    print(f"target <= {TARGET_S:.1f} s with >= 50,000 sessions: {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
