"""`valuejournal review` ended by SIGINT, SIGTERM or SIGHUP removes its decrypted copy; after
SIGKILL the next start removes it. Encrypted shares: the copy is the plaintext."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from valuejournal.store.journal import Journal
from valuejournal.store.share import ShareOptions, write_share
from valuejournal.store.writer import write_demo_journal

PASSPHRASE = "review passphrase"


@pytest.fixture(scope="module")
def sealed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("review")
    journal_path = root / "j.vjournal"
    write_demo_journal(journal_path, seed=5, weeks=4, end=date(2026, 9, 30))
    share = root / "s.vjshare"
    with Journal.open(journal_path) as journal:
        write_share(journal, share, ShareOptions(), passphrase=PASSPHRASE)
    secret = root / "pass.txt"
    secret.write_text(PASSPHRASE)
    return share, secret


def _copies(tmp: Path) -> list[Path]:
    return [p for p in tmp.iterdir() if p.name.startswith("valuejournal-review-")]


# Several delays: a signal that comes while the window is opening the share (about 0.5-1.2 s
# after the copy appears here) once closed the window, and the copy, under that code.
@pytest.mark.parametrize(
    ("sig", "delay"),
    [("SIGTERM", 0.5), ("SIGHUP", 0.5), ("SIGHUP", 0.8), ("SIGHUP", 1.1), ("SIGINT", 0.9),
     ("SIGKILL", 0.5)],
)  # fmt: skip
def test_a_signal_leaves_no_decrypted_copy(
    sealed: tuple[Path, Path], tmp_path: Path, tally: Counter[str], sig: str, delay: float
) -> None:
    share, secret = sealed
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = os.environ | {"TMPDIR": str(tmp), "QT_QPA_PLATFORM": "offscreen",
                        "VALUEJOURNAL_HOME": str(tmp_path / "home")}  # fmt: skip
    command = [sys.executable, "-m", "valuejournal"]
    proc = subprocess.Popen(
        [*command, "review", str(share), "--passphrase-file", str(secret)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    began = time.monotonic()
    while not any(any(d.glob("*.vjournal")) for d in _copies(tmp)):
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() - began < 120, "the review never opened its copy"
        time.sleep(0.01)
    time.sleep(delay)
    proc.send_signal(getattr(signal, sig))
    _out, err = proc.communicate(timeout=60)
    tally["trials"] += 1
    if sig == "SIGKILL":
        assert _copies(tmp), "a killed review leaves its copy until the next start"
        subprocess.run([*command, "check", str(share)], env=env, capture_output=True, timeout=120)
    else:
        assert proc.returncode in (0, 130), err
        assert "Traceback" not in err
    left = _copies(tmp)
    tally["plaintext"] += len(left)
    assert left == []
    tally["clean"] += 1
