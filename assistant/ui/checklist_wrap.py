"""Rows that wrap: a tree view sizes rows as one line of text whatever the column's width, so a
long checklist line would be cut off with "…". This delegate measures the text wrapped to the
width the column leaves it (after the indentation, the tick box and the icon)."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

BIG = 100_000


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView):
        super().__init__(view)
        self._view = view

    def _levels(self, index) -> int:
        """How many indentations the row's column 0 starts after."""
        levels = 1 if self._view.rootIsDecorated() else 0
        while index.parent().isValid():
            index = index.parent()
            levels += 1
        return levels

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self._view.columnWidth(index.column())
        if index.column() == 0:
            width -= self._view.indentation() * self._levels(index)
        style = self._view.style()
        opt.rect = QRect(0, 0, max(width, 40), BIG)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, self._view)
        metrics = QFontMetrics(opt.font)
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        bound = metrics.boundingRect(QRect(0, 0, max(text_rect.width() - 4, 20), BIG), flags, opt.text)
        return QSize(hint.width(), max(hint.height(), bound.height() + 8))
