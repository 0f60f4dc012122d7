"""The kill -9 lab shared by the reliability trials: a private home, temp folder and demo
journal, the real CLI run in subprocesses, killed at a chosen moment."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from valuejournal import tempfiles

PASSPHRASE = "correct horse battery"


class Lab:
    """A private home, temp folder and journal for the kill trials."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.tmp = root / "tmp"
        self.tmp.mkdir()
        self.out = root / "out"
        self.out.mkdir()
        self.journal = root / "journal" / "j.vjournal"
        self.env = os.environ | {
            "VALUEJOURNAL_HOME": str(root / "home"),
            "TMPDIR": str(self.tmp),
            "QT_QPA_PLATFORM": "offscreen",
            "MPLBACKEND": "Agg",
        }
        self.passphrase = root / "pass.txt"
        self.passphrase.write_text(PASSPHRASE + "\n")

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "valuejournal", *args],
            env=self.env, capture_output=True, text=True, timeout=300,
        )  # fmt: skip

    def kill_during(
        self, args: list[str], delay: float, watch: Callable[[], bool] | None
    ) -> tuple[bool, int, str]:
        """Start the command, kill -9 it after ``delay`` (or when ``watch`` first holds,
        plus ``delay`` / 50); returns (killed, exit status, stdout)."""
        proc = subprocess.Popen(
            [sys.executable, "-m", "valuejournal", *args],
            env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        began = time.monotonic()
        if watch is None:
            deadline = began + delay
            while proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.005)
        else:
            while proc.poll() is None and not watch() and time.monotonic() - began < 120:
                time.sleep(0.002)
            time.sleep(delay / 50)
        killed = proc.poll() is None
        if killed:
            proc.kill()
        out, _err = proc.communicate(timeout=120)
        return killed, proc.returncode, out

    def next_start(self) -> None:
        """What the next start of the app removes: temp files of dead processes."""
        saved = tempfile.tempdir
        tempfile.tempdir = str(self.tmp)
        try:
            tempfiles.clean_stale(self.out, self.journal.parent)
        finally:
            tempfile.tempdir = saved

    def leftovers(self) -> list[str]:
        """Temp files and private folders still there (names only)."""
        beside = [p.name for p in self.out.iterdir() if p.name.startswith(".")]
        beside += [p.name for p in self.journal.parent.iterdir() if ".creating-" in p.name]
        return beside + [p.name for p in self.tmp.iterdir()]


def make_lab(factory: pytest.TempPathFactory, name: str, *, weeks: int) -> Lab:
    """A lab in a new temp folder with a demo journal of ``weeks`` weeks (ending 2026-09-30)."""
    made = Lab(factory.mktemp(name))
    made.journal.parent.mkdir()
    done = made.run("demo", str(made.journal), "--weeks", str(weeks), "--end", "2026-09-30")
    assert done.returncode == 0, done.stderr
    return made
