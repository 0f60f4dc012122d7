"""Make the README's screenshots from the real app on a demo journal.

Run:  .venv/bin/python scripts/screenshots.py [--out docs]
Works headless (offscreen Qt) or under Xvfb (`xvfb-run .venv/bin/python scripts/...`).

The README's are English, light, in the system's locale. Another language, locale or theme:
    scripts/screenshots.py --out /tmp --prefix fr- --language fr --locale fr_FR
    scripts/screenshots.py --out /tmp --prefix dark- --theme dark --pages journal insights
(with a language, locale or theme only the pages asked for are written, not the README's
extra sizes and the edit dialog).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEMO_END = date(2026, 9, 30)


def write_demo(path: Path) -> None:
    """A 52-week demo journal ending on DEMO_END (the same every time)."""
    from valuejournal.store.writer import write_demo_journal

    write_demo_journal(path, seed=1, weeks=52, end=DEMO_END, overwrite=True)


def main() -> int:
    """Open the window on the demo journal and save one PNG per page."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs"))
    pages = ["journal", "insights", "clients", "reflections", "coach", "calendar"]
    parser.add_argument("--pages", nargs="*", default=pages)
    parser.add_argument("--prefix", default="", help="put before each file's name")
    parser.add_argument("--language", default="", help="en, es or fr (default: the system's)")
    parser.add_argument("--locale", default="", help="money and dates, e.g. fr_FR")
    parser.add_argument("--theme", default="", choices=["", "light", "dark"])
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="vj-shots-"))
    os.environ["VALUEJOURNAL_HOME"] = str(work / "home")
    journal = work / "Lena's journal.vjournal"
    write_demo(journal)
    readme = not (args.language or args.locale or args.theme)
    if not readme:
        from valuejournal import settings

        settings.update(language=args.language, locale=args.locale, theme=args.theme)

    from PySide6.QtTest import QTest

    from valuejournal.ui.app import build_window, ensure_app

    ensure_app()
    window = build_window(journal, ask_first_start=False)
    window.resize(1360, 860)
    for _ in range(500):
        if window.pages:
            break
        QTest.qWait(20)
    else:
        print("the journal did not load", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    for key in args.pages:
        page = window.show_page(key)
        if key == "reflections":  # the demo's latest written reflection, with its figures
            latest = window.context.journal.list_reflections()[-1].quarter
            page.load_quarter(latest)  # type: ignore[attr-defined]
            for _ in range(250):
                if page.figures.data is not None:  # type: ignore[attr-defined]
                    break
                QTest.qWait(20)
        if key == "calendar":  # the demo's year coloured by value minus pay
            from valuejournal.core.calendar import Measure

            page.year_box.setValue(DEMO_END.year)  # type: ignore[attr-defined]
            page.set_measure(Measure.GAP)  # type: ignore[attr-defined]
            for _ in range(250):
                if page.data is not None:  # type: ignore[attr-defined]
                    break
                QTest.qWait(20)
        for _ in range(250):  # pages that compute in the background say when they are ready
            if getattr(page, "insights", True) is not None:
                break
            QTest.qWait(20)
        QTest.qWait(600)
        target = args.out / f"{args.prefix}screenshot-{key}.png"
        window.grab().save(str(target))
        print(f"wrote {target}")
    if not readme:
        window.close()
        return 0
    for width, height in ((1280, 800), (900, 600)):  # a laptop, and half of a 1920 screen
        window.resize(width, height)
        page = window.show_page("journal")
        QTest.qWait(600)
        target = args.out / f"screenshot-journal-{width}x{height}.png"
        window.grab().save(str(target))
        print(f"wrote {target}")
    edit_dialog(window, args.out / "screenshot-edit-session.png")
    window.close()
    return 0


def edit_dialog(window: object, target: Path) -> None:
    """The edit dialog on the newest session, as Enter on the list opens it."""
    from PySide6.QtTest import QTest

    from valuejournal.ui.dialogs.session_dialog import SessionDialog

    page = window.show_page("journal")  # type: ignore[attr-defined]
    session = page.model.session_at(0)
    dialog = SessionDialog(session, page.context.journal.client_names(), window)  # type: ignore[arg-type]
    dialog.show()
    QTest.qWait(600)
    dialog.grab().save(str(target))
    dialog.reject()
    print(f"wrote {target}")


if __name__ == "__main__":
    sys.exit(main())
