"""Date fields a keyboard user can leave: Qt's date edit keeps Tab to step from year to month to
day, so the text typed after Tab (a tracking number) changed the date instead. Here Tab and
Shift+Tab go to the next and previous field, as everywhere else; the arrow keys and typed digits
still move between the year, month and day."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QWidget


class _TabLeaves(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier:
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            QWidget.focusNextPrevChild(watched, forward)
            return True
        return super().eventFilter(watched, event)


def tab_leaves(edit: QAbstractSpinBox) -> QAbstractSpinBox:
    """Make Tab leave this date (or time) field; returns it."""
    keeper = _TabLeaves(edit)  # a child: lives and dies with the field
    edit.installEventFilter(keeper)
    return edit
