"""Text is text: what comes from a record, a file or a person is shown as written, never read as
markup (a name holding <h1> or <img src=file:…> shows those characters)."""
from __future__ import annotations


def plain_tip(text: str) -> str:
    """A tooltip or message box text that shows this text as written (Qt reads one that looks
    like markup as markup): escaped inside a paragraph, line breaks kept. Empty stays empty."""
    from html import escape  # not at start-up: the first page's tooltips wait for its first paint

    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>" if text else ""


def said(problem: object) -> str:
    """An error's message in the interface's language (forms/errors.yaml), as plain text, the
    steps, statuses and dates in it said in that language too (law/message_words.py)."""
    from assistant.law.message_words import say
    from assistant.ui.translations import current_language

    return say(str(problem), current_language(), ("errors.yaml", "cli.yaml"))


def warn(parent, title: str, problem: object, after: str = "") -> None:
    """A warning box with an error's message in the interface's language, shown as written."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, plain_tip(said(problem) + (f"\n\n{after}" if after else "")))


def plain_labels(*labels) -> None:
    """Show these labels' texts as written, whatever they hold."""
    from PySide6.QtCore import Qt

    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)
