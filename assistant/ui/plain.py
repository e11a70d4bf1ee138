"""Text is text: what comes from a record, a file or a person is shown as written, never read as
markup (a name holding <h1> or <img src=file:…> shows those characters)."""
from __future__ import annotations

from html import escape


def plain_tip(text: str) -> str:
    """A tooltip that shows this text as written (Qt reads a tooltip that looks like markup as
    markup): escaped inside a paragraph, line breaks kept. Empty stays empty (no tooltip)."""
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>" if text else ""


def plain_labels(*labels) -> None:
    """Show these labels' texts as written, whatever they hold."""
    from PySide6.QtCore import Qt

    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)
