"""The PyInstaller bundle (`make bundle`, built here if missing): it writes a demo journal and
a PDF read back, and its window starts offscreen on that journal; `make install-desktop`
installs a launcher that starts it, the metainfo and the icon, and they validate."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.report.pdfs import page_texts

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "valuejournal" / "valuejournal"
APP_ID = "io.github.valuejournal.ValueJournal"
BUILD_TIMEOUT_S = 900


@pytest.fixture(scope="module")
def bundle() -> Path:
    """The bundle's executable, built once if it is not there or older than the source."""
    sources = [
        *(ROOT / "src" / "valuejournal").rglob("*.py"),
        ROOT / "packaging" / "valuejournal.spec",
    ]
    if not BUNDLE.exists() or max(p.stat().st_mtime for p in sources) > BUNDLE.stat().st_mtime:
        subprocess.run(["make", "bundle"], cwd=ROOT, check=True, timeout=BUILD_TIMEOUT_S)
    assert os.access(BUNDLE, os.X_OK)
    return BUNDLE


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The bundle's environment: its own folders, offscreen, no venv on the path."""
    keep = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return keep | {"VALUEJOURNAL_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}


def _run(env: dict[str, str], *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], env=env, capture_output=True, text=True, timeout=120
    )


def test_the_bundle_writes_a_demo_journal_and_a_pdf(
    bundle: Path, env: dict[str, str], tmp_path: Path
) -> None:
    journal, pdf = tmp_path / "demo.vj", tmp_path / "q3.pdf"
    done = _run(env, bundle, "demo", journal)
    assert done.returncode == 0, done.stderr
    assert "1290 sessions" in done.stdout or "sessions" in done.stdout
    done = _run(env, bundle, "report", "--journal", journal, "--quarter", "2026-Q3", "--out", pdf)
    assert done.returncode == 0, done.stderr
    pages = page_texts(pdf)
    assert len(pages) >= 3
    assert "The quarter at a glance" in pages[1] and "2026-Q3" in pages[1]
    bad = _run(env, bundle, "report", "--journal", journal, "--quarter", "2026-Q9", "--out", pdf)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


@pytest.fixture
def window(bundle: Path, env: dict[str, str], tmp_path: Path) -> Iterator[Path]:
    """The bundle's window running offscreen on a demo journal; stopped afterwards."""
    journal = tmp_path / "demo.vj"
    assert _run(env, bundle, "demo", journal).returncode == 0
    output = tmp_path / "window.log"
    with output.open("wb") as log:
        process = subprocess.Popen(
            [str(bundle), "--journal", str(journal)], env=env, stdout=log, stderr=log
        )
    try:
        yield journal
        assert process.poll() is None, output.read_text(errors="replace")
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_the_bundle_opens_its_window_on_the_journal(
    window: Path, bundle: Path, env: dict[str, str]
) -> None:
    from valuejournal.store.lock import lock_path

    deadline = time.monotonic() + 90
    while not lock_path(window).exists():  # the window has opened the journal
        assert time.monotonic() < deadline, "the bundle's window never opened the journal"
        time.sleep(0.5)
    time.sleep(2)  # and its instance server listens right after
    # the running window answers a second start on the same journal (one window per journal)
    again = _run(env, bundle, "--journal", window)
    assert again.returncode == 0 and "already open" in again.stdout, again.stderr


def test_install_desktop_puts_a_valid_launcher_for_the_bundle(bundle: Path, tmp_path: Path) -> None:
    share = tmp_path / "share"
    subprocess.run(
        ["make", "-s", "install-desktop", f"DATA_HOME={share}"], cwd=ROOT, check=True, timeout=60
    )
    launcher = share / "applications" / f"{APP_ID}.desktop"
    assert f'Exec="{bundle}"' in launcher.read_text(encoding="utf-8").splitlines()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for tool, args in (
        ("desktop-file-validate", [launcher]),
        ("appstreamcli", ["validate", "--no-net", share / "metainfo" / f"{APP_ID}.metainfo.xml"]),
    ):
        assert shutil.which(tool), f"{tool} is missing (desktop-file-utils, appstream)"
        checked = subprocess.run([tool, *map(str, args)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr
