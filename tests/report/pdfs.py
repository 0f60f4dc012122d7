"""Reading report PDFs back in tests: page texts normalised for searching."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from pypdf import PdfReader


def normalise(text: str) -> str:
    """NFKC (Qt's PDFs carry ligatures such as "ﬂ") and single spaces for any whitespace."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def page_texts(path: Path | bytes) -> list[str]:
    """Each page's text, normalised."""
    import io

    reader = PdfReader(io.BytesIO(path) if isinstance(path, bytes) else path)
    return [normalise(page.extract_text()) for page in reader.pages]


def font_names(path: Path) -> set[str]:
    """The base names of every font the PDF uses (subset prefixes removed)."""
    names: set[str] = set()
    for page in PdfReader(path).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object()["/BaseFont"]).lstrip("/").split("+")[-1])
    return names
