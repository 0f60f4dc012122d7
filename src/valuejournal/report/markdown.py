"""Reflection text: Markdown as the person types it, to Qt rich text for the preview and PDF.

A line break the person types is kept as a line break (as in most journal and chat apps),
not folded into the paragraph as strict Markdown would; raw HTML is not interpreted.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QTextDocument

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.DOTALL)
FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


def hard_breaks(text: str) -> str:
    """Mark every line that another line follows as a hard break (outside code fences)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[str] = []
    fenced = False
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
        follows = i + 1 < len(lines) and lines[i + 1].strip() != ""
        if not fenced and line.strip() and follows and not line.endswith("  "):
            line = line.rstrip() + "  "
        out.append(line)
    return "\n".join(out)


def markdown_document(text: str) -> QTextDocument:
    """A QTextDocument holding the Markdown text, formatted."""
    doc = QTextDocument()
    doc.setMarkdown(hard_breaks(text), FEATURES)
    return doc


def markdown_to_html(text: str) -> str:
    """The Markdown text as a Qt rich-text fragment (the inside of the body)."""
    html = markdown_document(text).toHtml()
    match = _BODY.search(html)
    return match.group(1).strip() if match else html
