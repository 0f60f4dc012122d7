"""What importing some modules loads, measured in a fresh interpreter (for layer tests)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable

_CODE = """
import importlib, json, sys
for name in json.loads(sys.argv[1]):
    importlib.import_module(name)
print(json.dumps(sorted(sys.modules)))
"""


def modules_loaded_by(modules: Iterable[str]) -> set[str]:
    """Every module in sys.modules after importing ``modules`` in a new Python process."""
    result = subprocess.run(
        [sys.executable, "-c", _CODE, json.dumps(list(modules))],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout))


def with_roots(loaded: set[str], roots: Iterable[str]) -> list[str]:
    """The loaded modules whose top-level package is one of ``roots``."""
    wanted = set(roots)
    return sorted(m for m in loaded if m.split(".")[0] in wanted)
