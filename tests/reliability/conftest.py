"""The reliability suite's tally: every trial counts its outcome, and the run ends with one
summary line (trials, clean outcomes, failures, lost adds, exit 1 on bad input, plaintext
left) that the issue notes can quote."""

from __future__ import annotations

from collections import Counter

import pytest

TALLY: Counter[str] = Counter()


@pytest.fixture
def tally() -> Counter[str]:
    """The suite-wide counter: `trials`, `clean`, `refused`, `failures`, `lost`, `exit1`, ..."""
    return TALLY


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not TALLY:
        return
    keys = ("trials", "clean", "refused", "killed", "failures", "lost", "exit1", "plaintext",
            "partial")  # fmt: skip
    figures = ", ".join(f"{k} {TALLY.get(k, 0)}" for k in keys)
    extra = ", ".join(f"{k} {v}" for k, v in sorted(TALLY.items()) if k not in keys)
    terminalreporter.write_line(f"reliability: {figures}" + (f" ({extra})" if extra else ""))
