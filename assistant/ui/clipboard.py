"""What the wizard put on the clipboard, and what a person copied from its fields by hand: both
go on start over, so nothing of one caller reaches the next."""
from __future__ import annotations

from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget


def shown_texts(window: QWidget, copied: str | None) -> list[str]:
    """Every text the window's fields and views hold now, and what it copied itself."""
    texts = [w.text() for w in window.findChildren(QLineEdit)]
    texts += [w.toPlainText() for w in window.findChildren(QPlainTextEdit)]
    texts += [w.toPlainText() for w in window.findChildren(QTextEdit)]
    texts.append(copied or "")
    return [t for t in texts if t]


def clear_clipboard_of(texts: list[str]) -> None:
    """Empty the clipboard (and the selection X11 keeps) if it holds a piece of these texts:
    what the person copied by hand with Ctrl+C must not reach the next caller either."""
    clipboard = QGuiApplication.clipboard()
    modes = [QClipboard.Mode.Clipboard]
    if clipboard.supportsSelection():
        modes.append(QClipboard.Mode.Selection)
    for mode in modes:
        held = clipboard.text(mode).replace("\r\n", "\n")
        if held and any(held in text for text in texts):
            clipboard.clear(mode)
