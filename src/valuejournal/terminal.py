"""Text for a terminal line: no escape sequences or control characters from anyone's files."""

from __future__ import annotations


def one_line(text: object, limit: int = 500) -> str:
    """``text`` as one printable line: control, escape and bidi-override characters become
    spaces, runs of white space one space, and the result is cut at ``limit`` characters."""
    flat = "".join(ch if ch.isprintable() else " " for ch in str(text))
    flat = " ".join(flat.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
