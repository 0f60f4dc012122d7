"""One rule for file names made from owners, labels and the names of files that came in."""

from __future__ import annotations

import pytest

from valuejournal.core.filenames import MAX_LENGTH, safe_file_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Anna Müller", "Anna-Müller"),
        ("2026-Q3", "2026-Q3"),
        ("Reflection 2026-Q3 - Café Lumière", "Reflection-2026-Q3-Café-Lumière"),
        ("../../etc/passwd", "etc-passwd"),
        ("C:\\Users\\bo", "C-Users-bo"),
        ('a<b>c:d"e|f?g*h', "a-b-c-d-e-f-g-h"),
        ("tab\tnew\nline\x00nul", "tab-new-line-nul"),
        (".hidden", "hidden"),
        ("ends with dots...", "ends-with-dots"),
        ("v1..2", "v1.2"),
        ("__init__", "init"),
        ("李雷的日志", "李雷的日志"),
        ("Cafe\u0301", "Café"),  # a decomposed accent is composed, not dropped
        ("😀 smile", "smile"),
    ],
)
def test_names_keep_letters_digits_and_single_separators(text: str, name: str) -> None:
    assert safe_file_name(text, "x") == name


@pytest.mark.parametrize("text", ["", "   ", "///", "...", "CON", "nul.txt", "Com1", "lpt9"])
def test_nothing_usable_or_a_reserved_name_gives_the_fallback(text: str) -> None:
    assert safe_file_name(text, "journal") == "journal"


def test_long_names_are_cut_without_a_trailing_separator() -> None:
    name = safe_file_name("word " * 40, "x")
    assert len(name) <= MAX_LENGTH
    assert name.startswith("word-word") and not name.endswith("-")
    assert safe_file_name("abcdef", "x", limit=3) == "abc"
