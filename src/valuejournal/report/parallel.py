"""Building the report's charts as SVG, optionally on two CPU cores.

Matplotlib holds the GIL, so threads do not help; the command line instead forks one child
that draws every other chart while the parent draws the rest (about half the wall time on a
two-core machine). Forking is used only where it is safe: a ``fork`` start method, one thread,
and no Qt application yet (the CLI draws its charts before it creates one). Anything unusual
in the child (a crash, a short read) falls back to drawing those charts in the parent.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
import threading
from collections.abc import Callable, Sequence

from valuejournal.core.insights import Insights
from valuejournal.report.vector import ChartSpec, chart_svg

ProgressFn = Callable[[int, int], None]


def can_fork() -> bool:
    """True where a forked child may draw charts: POSIX fork, one thread, no Qt app yet."""
    if sys.platform != "linux" or threading.active_count() != 1:
        return False
    qt = sys.modules.get("PySide6.QtCore")
    return qt is None or qt.QCoreApplication.instance() is None


def render_charts(
    specs: Sequence[ChartSpec],
    insights: Insights,
    *,
    parallel: bool = False,
    progress: ProgressFn | None = None,
) -> dict[str, bytes]:
    """Each chart's SVG by key, in the order of ``specs``."""
    report = progress or (lambda _done, _total: None)
    total = len(specs)
    if not (parallel and total > 1 and can_fork()):
        out = {}
        for i, spec in enumerate(specs):
            report(i, total)
            out[spec.key] = chart_svg(spec, insights)
        return out
    theirs, mine = list(specs[1::2]), list(specs[::2])
    reader, pid = _fork_child(theirs, insights)
    out = {}
    for i, spec in enumerate(mine):
        report(i, total)
        out[spec.key] = chart_svg(spec, insights)
    child = _collect(reader, pid)
    for spec in theirs:
        out[spec.key] = child.get(spec.key) or chart_svg(spec, insights)
    return {spec.key: out[spec.key] for spec in specs}


def _fork_child(specs: list[ChartSpec], insights: Insights) -> tuple[int, int]:
    """Start a child that writes ``{key: svg}`` for ``specs`` (pickled) to a pipe."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: draw, send, and leave without any clean-up of the parent's
        code = 1
        try:
            os.close(reader)
            payload = pickle.dumps({s.key: chart_svg(s, insights) for s in specs})
            with os.fdopen(writer, "wb") as stream:
                stream.write(payload)
            code = 0
        finally:
            os._exit(code)
    os.close(writer)
    return reader, pid


def _collect(reader: int, pid: int) -> dict[str, bytes]:
    """The child's charts, or {} if it failed."""
    with os.fdopen(reader, "rb") as stream:
        payload = stream.read()
    _, status = os.waitpid(pid, 0)
    if status != 0 or not payload:
        return {}
    with contextlib.suppress(Exception):
        result = pickle.loads(payload)  # our own child's output, never outside data
        if isinstance(result, dict):
            return result
    return {}
