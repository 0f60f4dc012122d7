"""Screenshots of the import preview, the mapping step and rating mode, from the real dialogs.

Run:  .venv/bin/python scripts/dialog_screenshots.py [--out docs]
Works headless (offscreen Qt) or under Xvfb.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "interop" / "fixtures"


def main() -> int:
    """Import the tracker fixtures through the dialog, then rate some sessions."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs"))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="vj-dialogs-"))
    os.environ["VALUEJOURNAL_HOME"] = str(work / "home")

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from valuejournal.core.query import SessionQuery
    from valuejournal.store.journal import Journal
    from valuejournal.ui import tasks
    from valuejournal.ui.app import ensure_app
    from valuejournal.ui.context import JournalContext
    from valuejournal.ui.import_dialog import ImportDialog
    from valuejournal.ui.rating import RatingDialog

    ensure_app()
    args.out.mkdir(parents=True, exist_ok=True)
    journal = Journal.open(work / "journal.vjournal", owner="Screenshot")
    context = JournalContext(journal)

    def wait(done: Callable[[], bool]) -> None:
        for _ in range(500):
            if done():
                return
            QTest.qWait(20)
        raise TimeoutError("the dialog did not get there")

    def save(widget: object, name: str) -> None:
        QTest.qWait(100)
        widget.grab().save(str(args.out / name))  # type: ignore[attr-defined]
        print(f"wrote {args.out / name}")

    dialog = ImportDialog(context, FIXTURES / "toggl_detailed.csv")
    dialog.show()
    wait(lambda: dialog.state == "preview")
    save(dialog, "screenshot-import-preview.png")
    dialog.import_button.click()
    wait(lambda: dialog.state == "done")
    dialog.accept()

    unknown = work / "my-spreadsheet.csv"
    unknown.write_text("Day,Spent,Customer,What,Fee\n2026-01-05,1.5,Acme,Design,120\n")
    mapping = ImportDialog(context, unknown)
    mapping.show()
    wait(lambda: mapping.state == "mapping")
    save(mapping, "screenshot-import-mapping.png")
    mapping.reject()

    for name in ("clockify_detailed.csv", "kimai_export.csv", "harvest_detailed_time.csv"):
        more = ImportDialog(context, FIXTURES / name)
        more.show()
        wait(lambda more=more: more.state == "preview")
        more.import_button.click()
        wait(lambda more=more: more.state == "done")
        more.accept()

    rating = RatingDialog(context, journal.query_sessions(SessionQuery(unrated_only=True)))
    rating.show()
    QTest.keyClick(rating, Qt.Key.Key_8)
    save(rating, "screenshot-rating.png")
    rating.close()
    tasks.wait_for_tasks()
    journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
