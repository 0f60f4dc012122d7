"""Which column of an unknown CSV holds what, guessed from the cells themselves.

For a header the app does not know (a tracker in a language it does not read yet), the
mapping step starts from these guesses: the column whose cells are dates, the one whose
cells are durations ("1:30", "0:45:10"; with two clock columns the one with the smaller
values is the duration and the other the start), the one whose cells are money ("48.75",
"€ 1.234,50", "NZD 48.75") and the one with the longest text (the title).
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable
from pathlib import Path

from valuejournal.interop.csv_reading import iter_records, load_text, sniff_delimiter
from valuejournal.interop.dates import DateOrder, parse_flexible_date
from valuejournal.interop.plan import ImportFormatError

SAMPLE_ROWS = 50
_CLOCK = re.compile(r"^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$")
_MONEY = re.compile(r"^(?:[A-Za-z]{3}|[$€£¥])?\s*-?\d[\d,.' ]*[.,]\d{2}\s*(?:[A-Za-z]{3}|[$€£¥])?$")


def _share(values: list[str], test: Callable[[str], object]) -> float:
    """The fraction of ``values`` that pass ``test``."""
    ok = sum(1 for v in values if test(v))
    return ok / len(values) if values else 0.0


def _is_date(text: str) -> bool:
    try:
        parse_flexible_date(text, DateOrder.DAY_FIRST)
    except ValueError:
        try:
            parse_flexible_date(text, DateOrder.MONTH_FIRST)
        except ValueError:
            return False
    return True


def _clock_seconds(text: str) -> int:
    match = _CLOCK.match(text)
    assert match is not None
    hours, minutes, seconds = match.groups()
    return int(hours) * 3600 + int(minutes) * 60 + int(seconds or 0)


def guess_by_content(path_or_text: Path | str) -> dict[str, str]:
    """Field -> column guesses ("date", "hours", "start", "pay", "title") from the cells."""
    try:
        text, _ = load_text(path_or_text)
    except ImportFormatError:
        return {}
    records = iter_records(text, sniff_delimiter(text))
    header = next(records, None)
    if header is None:
        return {}
    names = [c.strip() for c in header.cells]
    samples: list[list[str]] = [[] for _ in names]
    for count, record in enumerate(records):
        if count >= SAMPLE_ROWS:
            break
        for i, cell in enumerate(record.cells[: len(names)]):
            if cell.strip():
                samples[i].append(cell.strip())
    guesses: dict[str, str] = {}
    taken: set[int] = set()

    def take(field: str, index: int) -> None:
        guesses[field] = names[index]
        taken.add(index)

    dates = [i for i, s in enumerate(samples) if names[i] and _share(s, _is_date) >= 0.8]
    if dates:
        take("date", dates[0])
    clocks = [
        i for i, s in enumerate(samples)
        if i not in taken and names[i] and _share(s, _CLOCK.match) >= 0.8
    ]  # fmt: skip
    if clocks:
        by_size = sorted(
            clocks,
            key=lambda i: statistics.median(
                _clock_seconds(v) for v in samples[i] if _CLOCK.match(v)
            ),
        )
        take("hours", by_size[0])
        if len(by_size) > 1:
            take("start", min(by_size[1:]))
    money = [
        i for i, s in enumerate(samples)
        if i not in taken and names[i] and _share(s, _MONEY.match) >= 0.8
    ]  # fmt: skip
    if money:
        take("pay", money[-1])  # the last money column is usually the amount, not the rate
    texts = [
        (statistics.mean(len(v) for v in s), i)
        for i, s in enumerate(samples)
        if i not in taken and names[i] and s and _share(s, lambda v: not v[:1].isdigit()) >= 0.8
    ]
    if texts:
        take("title", max(texts)[1])
    return guesses
