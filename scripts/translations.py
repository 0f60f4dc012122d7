"""The translations: extract the app's strings into the .ts catalogues, list what is left,
fill translations from a JSON file, compile the .qm files into the package.

    scripts/update_translations              extract, then show what is untranslated
    scripts/update_translations --todo F     also write the untranslated strings to F (JSON)
    scripts/update_translations --fill F     take translations from F (the --todo layout)
    scripts/update_translations --compile    compile the .qm files only (make translations)

Extraction reads the source with Python's ``ast``: pyside6-lupdate's Python parser puts a
plain ``tr("…")`` in an empty context and does not see ``trn``/``n_`` as plurals, nor the
``N_`` marker on constants translated where they are shown. Strings are what ``tr``, ``trn``
(ui), the report's ``tr``, and core's ``_``, ``n_`` and ``N_`` are called with, all in the
one context ``ValueJournal``. The ``.ts`` files are Qt Linguist's format (open them with
``.venv/bin/pyside6-linguist``); ``pyside6-lrelease`` compiles them.
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "valuejournal"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = SOURCE / "resources" / "translations"
LANGUAGES = ("es", "fr")
CONTEXT = "ValueJournal"
PLAIN = {"tr", "_", "N_"}
PLURAL = {"trn", "n_"}
FORMS = {"es": 2, "fr": 2}  # Qt's numerus forms: es one/other, fr 0-1/other


@dataclass
class Message:
    """One source string, where it is used, and its translation (forms for plurals)."""

    source: str
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)

    def done(self) -> bool:
        """Whether every form is translated."""
        return bool(self.forms) and all(self.forms)


def extract(root: Path = SOURCE) -> dict[str, Message]:
    """Every translatable string in the source, by text, in order of first use."""
    found: dict[str, Message] = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        rel = path.relative_to(ROOT).as_posix()
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            name = node.func.id
            if name not in PLAIN | PLURAL or not node.args:
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            plural = name in PLURAL or "%n" in first.value  # N_ on a text for n_ later
            msg = found.setdefault(first.value, Message(first.value, plural))
            msg.numerus = msg.numerus or plural
            msg.locations.append((rel, node.lineno))
    return found


def ts_path(language: str) -> Path:
    """The catalogue of ``language``."""
    return TS_DIR / f"valuejournal_{language}.ts"


def read_ts(path: Path) -> dict[str, Message]:
    """The messages of a .ts file (empty if there is none yet)."""
    if not path.exists():
        return {}
    out: dict[str, Message] = {}
    for node in ET.parse(path).getroot().iter("message"):
        source = node.findtext("source") or ""
        tr = node.find("translation")
        numerus = node.get("numerus") == "yes"
        forms: list[str] = []
        if tr is not None and tr.get("type") not in ("vanished", "obsolete"):
            if numerus:
                forms = [f.text or "" for f in tr.iter("numerusform")]
            else:
                forms = [tr.text or ""]
        out[source] = Message(source, numerus, forms=forms)
    return out


def write_ts(path: Path, language: str, messages: dict[str, Message]) -> None:
    """Write ``messages`` as a Qt Linguist catalogue."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for msg in messages.values():
        node = ET.SubElement(context, "message")
        if msg.numerus:
            node.set("numerus", "yes")
        for file in dict.fromkeys(f for f, _line in msg.locations):  # files, not lines: no churn
            ET.SubElement(node, "location", filename=(Path("../..") / file).as_posix())
        ET.SubElement(node, "source").text = msg.source
        tr = ET.SubElement(node, "translation")
        if not msg.done():
            tr.set("type", "unfinished")
        if msg.numerus:
            forms = (msg.forms + [""] * FORMS[language])[: FORMS[language]]
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = msg.forms[0] if msg.forms else ""
    ET.indent(root, "    ")
    text = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8"
    )


def update(language: str, source: dict[str, Message]) -> dict[str, Message]:
    """The catalogue of ``language`` for the strings in ``source``, keeping translations
    already made (strings no longer in the source are dropped)."""
    old = read_ts(ts_path(language))
    merged: dict[str, Message] = {}
    for text, msg in source.items():
        kept = old.get(text)
        forms = kept.forms if kept is not None and kept.numerus == msg.numerus else []
        merged[text] = Message(text, msg.numerus, list(msg.locations), list(forms))
    return merged


def fill(language: str, messages: dict[str, Message], table: dict[str, dict[str, object]]) -> int:
    """Take ``language``'s translations from ``table`` ({source: {"es": text or [forms]}})."""
    n = 0
    for text, entry in table.items():
        value = entry.get(language)
        msg = messages.get(text)
        if msg is None or not value:
            continue
        forms = [str(v) for v in value] if isinstance(value, list) else [str(value)]
        if msg.numerus and len(forms) == 1:
            forms = forms * FORMS[language]
        msg.forms = forms
        n += 1
    return n


def compile_all() -> list[Path]:
    """Compile every .ts into the package's .qm files (pyside6-lrelease beside Python)."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    QM_DIR.mkdir(parents=True, exist_ok=True)
    out = []
    for language in LANGUAGES:
        qm = QM_DIR / f"valuejournal_{language}.qm"
        subprocess.run(
            [str(lrelease), "-silent", str(ts_path(language)), "-qm", str(qm)], check=True
        )
        out.append(qm)
    return out


def main(argv: list[str] | None = None) -> int:
    """Extract, merge, report; see the module's docstring."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--todo", type=Path, help="write the untranslated strings (JSON)")
    parser.add_argument("--fill", type=Path, action="append", default=[], help="take them")
    parser.add_argument("--compile", action="store_true", help="only compile the .qm files")
    parser.add_argument("--list", action="store_true", help="print every untranslated string")
    args = parser.parse_args(argv)
    if args.compile:
        for qm in compile_all():
            print(f"compiled {qm.relative_to(ROOT)}")
        return 0
    source = extract()
    tables = [json.loads(p.read_text(encoding="utf-8")) for p in args.fill]
    todo: dict[str, dict[str, object]] = {}
    for language in LANGUAGES:
        messages = update(language, source)
        for table in tables:
            fill(language, messages, table)
        write_ts(ts_path(language), language, messages)
        missing = [m for m in messages.values() if not m.done()]
        print(
            f"{ts_path(language).relative_to(ROOT)}: {len(messages)} strings, "
            f"{len(missing)} untranslated"
        )
        for msg in missing:
            entry = todo.setdefault(msg.source, {})
            entry[language] = ["", ""] if msg.numerus else ""
            if args.list:
                print(f"  {msg.source!r}  ({msg.locations[0][0]}:{msg.locations[0][1]})")
    if args.todo:
        args.todo.write_text(json.dumps(todo, ensure_ascii=False, indent=1) + "\n", "utf-8")
        print(f"wrote {len(todo)} untranslated strings to {args.todo}")
    compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
