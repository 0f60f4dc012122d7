"""A helper process that draws the report's charts while the command line reads the journal.

Matplotlib holds the GIL, so a thread cannot draw beside the main work; a process can. The
command line starts a ``ChartWorker`` first thing: the child (a plain ``python -c`` of this
module) imports matplotlib and the chart builders, the slowest imports, while the parent
imports the store and reads the quarter; then ``draw`` sends it the insights (pickled, on its
standard input) and reads back every chart's SVG. The parent never imports matplotlib. A
frozen app is left out (its executable is not a Python interpreter), and whatever goes wrong,
``draw`` returns what it has and the caller draws the rest itself.
"""

from __future__ import annotations

import logging
import pickle
import subprocess
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from valuejournal.core.insights import Insights

log = logging.getLogger(__name__)
TIMEOUT_S = 120.0
_CHILD = "from valuejournal.report.worker import serve; serve()"


class ChartWorker:
    """One child process that draws one set of charts; a context manager."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        if getattr(sys, "frozen", False):
            return
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-c", _CHILD],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
        except OSError:
            log.warning("could not start the chart helper process", exc_info=True)

    def draw(
        self, keys: Sequence[str], insights: Insights, timeout: float = TIMEOUT_S
    ) -> dict[str, bytes]:
        """The charts drawn by the child, by key; {} if it failed or took too long."""
        if self._process is None or not keys:
            return {}
        from valuejournal.core import formats
        from valuejournal.report import language

        # chart labels in this locale and language
        request = (list(keys), insights, formats.current().name, language.current())
        payload = pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            out, _ = self._process.communicate(payload, timeout=timeout)
            result = pickle.loads(out) if self._process.returncode == 0 and out else {}
        except (OSError, subprocess.TimeoutExpired, pickle.UnpicklingError, EOFError):
            log.warning("no charts from the helper process", exc_info=True)
            return {}
        return result if isinstance(result, dict) else {}

    def close(self) -> None:
        """Stop the child if it is still there and release its pipes."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            process.kill()
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()
        process.wait()

    def __enter__(self) -> ChartWorker:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def serve() -> None:
    """The child: import the drawing code, read one request, write the charts, exit."""
    from valuejournal.core import formats
    from valuejournal.report import language
    from valuejournal.report.figures import chart_svg

    keys, insights, locale, spoken = pickle.load(sys.stdin.buffer)  # our own parent's only
    formats.set_locale(locale)
    language.use(spoken)
    charts = {key: chart_svg(key, insights) for key in keys}
    sys.stdout.buffer.write(pickle.dumps(charts, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.buffer.flush()
