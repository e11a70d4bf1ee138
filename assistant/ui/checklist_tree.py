"""The checklist as a tree to tick off: one top-level row per kind of request, a heading per
section (steps numbered), the items under it. Things to do (steps, checks, document groups, the
envelope's address, enclosures) get a tick box; each row shows where it comes from in a second
column. Keyboard: Tab into the tree, arrows to move, Space to tick.

A tick is kept by item id (ids are stable). The same id in two kinds' checklists is the same
thing to do (one letter, one envelope), so its rows tick together and count once.
"""
from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTreeWidget, QTreeWidgetItem

from assistant.checklist import (
    Address, Check, Checklist, DocumentGroup, Either, Enclosure, Node, Section, Step, Unknown,
)
from assistant.ui.checklist_wrap import WrappingDelegate
from assistant.ui.checklist_sources import Words, quoted, request_title, shown_quotes, source_tag, tooltip
from assistant.ui.plain import plain_tip
from assistant.checklist.speech import Speech, group_key

TICKABLE = (Step, Check, DocumentGroup, Either, Address, Enclosure)  # things to do, not things to know
ID_ROLE = Qt.ItemDataRole.UserRole  # the item id of a row that can be ticked
NODE_ROLE = Qt.ItemDataRole.UserRole + 1  # the tree node (or Checklist) a row shows
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # where the row is, to find it again after a rebuild
WARNING = QColor("#fff0c2")
QUOTE = QColor("#555555")


class ChecklistTree(QTreeWidget):
    ticksChanged = Signal()  # noqa: N815 - Qt's naming
    rowChosen = Signal(object, str)  # noqa: N815 - the node (or Checklist) and its row's text

    def __init__(self, parent=None):
        super().__init__(parent, objectName="checklistView")
        self.setColumnCount(2)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(WrappingDelegate(self))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 170)
        header.sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())  # re-wrap
        self.ticks: set[str] = set()
        self._present: set[str] = set()  # ids of the tickable items shown now
        self._syncing = False
        self._last_quote: tuple[str, ...] = ()
        self.itemChanged.connect(self._changed)
        self.currentItemChanged.connect(lambda item, _old: self._chosen(item))

    # -- building ---------------------------------------------------------------------------
    def show_checklists(self, checklists: Iterable[Checklist], language: str, words: Words,
                        quotes: bool, speech: "Speech") -> None:
        """Rebuild the rows; the row that was current and the folded rows stay so. speech: the
        checklist's own wording in this language (forms/checklist), for the lines it words."""
        current = self.currentItem().data(0, KEY_ROLE) if self.currentItem() else None
        folded = {r.data(0, KEY_ROLE) for r in self.rows() if r.childCount() and not r.isExpanded()}
        scrolled = self.verticalScrollBar().value()
        self._syncing = True
        self.clear()
        self.setHeaderLabels([words["item_column"], words["source_column"]])
        self._language, self._words, self._quotes, self._speech = language, words, quotes, speech
        for checklist in checklists:
            self._checklist(checklist)
        self.expandAll()
        for row in self.rows():
            if row.data(0, KEY_ROLE) in folded:
                row.setExpanded(False)
            if row.data(0, KEY_ROLE) == current:
                self.setCurrentItem(row)
        self._syncing = False
        self.verticalScrollBar().setValue(scrolled)  # a date typed above keeps the place
        if self.currentItem() is None and self.topLevelItemCount():
            self.setCurrentItem(self.topLevelItem(0))
        else:
            self._chosen(self.currentItem())  # the details pane shows the rebuilt row

    def _checklist(self, checklist: Checklist) -> None:
        kind = checklist.request_kind
        top = self._row(None, request_title(checklist, self._language), checklist, kind, bold=True)
        for notice in (checklist.override, checklist.quality):
            if notice:
                self._warn(self._row(top, notice.text(self._language), None, f"{kind}:notice"))
        number = 0
        for section in checklist.sections:
            if section.layout == "banner":  # warnings above everything
                for item in section.items:
                    self._item(top, item, kind)
                continue
            number += section.layout == "steps"
            self._section(top, section, number if section.layout == "steps" else None, kind)

    def _section(self, parent: QTreeWidgetItem, section: Section, number: int | None, kind: str) -> None:
        title = section.title.text(self._language)
        if section.caveat:
            title += f" ({section.caveat.text(self._language)})"
        heading = self._row(parent, f"{number}. {title}" if number else title, None,
                            f"{kind}:{section.key}", bold=True)
        self._last_quote = ()
        for item in section.items:
            self._item(heading, item, kind)

    def _words_of(self, item: Node) -> str:
        text = item.text.text(self._language)
        if self._language != "ja":  # "proof of identity: send ONE…" opens a line
            text = text[:1].upper() + text[1:]
        if isinstance(item, Check):
            return self._words["check"].replace("%1", text)
        if isinstance(item, DocumentGroup) and item.count != 1:  # the checklist's own words
            return self._speech(group_key(item, "render"), label=text, count=item.count)
        if isinstance(item, DocumentGroup):
            several = len(item.choices) > 1
            return self._words["send_one" if several else "send_this"].replace("%1", text)
        if isinstance(item, Either):
            return self._speech("render.either", label=text)
        if isinstance(item, Address):
            return self._words["address" if item.confirmed else "address_unconfirmed"]
        if isinstance(item, Unknown):
            return self._words["unknown"].replace("%1", text)
        return text

    def _item(self, parent: QTreeWidgetItem, item: Node, kind: str, tick: bool = True) -> None:
        """A row and its children's; tick: False under a choice of sets (only the choice is ticked:
        the sets not chosen are never done)."""
        text = self._words_of(item)
        row = self._row(parent, text, item, f"{kind}:{item.id}")
        row.setText(1, source_tag(item, self._words, self._speech))
        tip = plain_tip(tooltip(item, self._words, self._speech))  # the policy's words as written
        row.setToolTip(0, tip)
        row.setToolTip(1, tip)
        if tick and isinstance(item, TICKABLE) and item.id:
            self._present.add(item.id)
            row.setData(0, ID_ROLE, item.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = item.id in self.ticks
            row.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        if item.warning:
            self._warn(row)
        quotes = shown_quotes(item, self._language)
        if self._quotes and quotes and quotes != self._last_quote:
            self._last_quote = quotes
            for quote in quotes:
                line = self._row(row, quoted(quote, self._language), item, f"{kind}:{item.id}:quote")
                line.setForeground(0, QBrush(QUOTE))
                font = line.font(0)
                font.setItalic(True)
                line.setFont(0, font)
        if isinstance(item, Address):
            for n, line in enumerate(item.lines):
                self._row(row, self._speech.envelope_line(line), item, f"{kind}:{item.id}:{n}")
            if self._language != "ja":
                self._row(row, f"({item.addressee_en})", item, f"{kind}:{item.id}:en")
        if isinstance(item, Unknown) and item.ask:
            self._row(row, self._words["ask"].replace("%1", "; ".join(a.text(self._language) for a in item.ask)), item, f"{kind}:{item.id}:ask")
        for child in item.children:
            self._item(row, child, kind, tick and not isinstance(item, Either))

    def _row(self, parent: QTreeWidgetItem | None, text: str, node: object, key: str,
             bold: bool = False) -> QTreeWidgetItem:
        row = QTreeWidgetItem([text, ""])
        row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        row.setData(0, NODE_ROLE, node)
        row.setData(0, KEY_ROLE, key)
        if bold:
            font = QFont(self.font())
            font.setBold(True)
            row.setFont(0, font)
        if parent is None:
            self.addTopLevelItem(row)
        else:
            parent.addChild(row)
        return row

    def _warn(self, row: QTreeWidgetItem) -> None:
        for column in (0, 1):
            row.setBackground(column, QBrush(WARNING))
        row.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        row.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, self._words["warning"])

    # -- ticks ------------------------------------------------------------------------------
    def rows(self) -> list[QTreeWidgetItem]:
        rows: list[QTreeWidgetItem] = []
        stack = [self.topLevelItem(i) for i in reversed(range(self.topLevelItemCount()))]
        while stack:
            row = stack.pop()
            rows.append(row)
            stack += [row.child(i) for i in reversed(range(row.childCount()))]
        return rows

    def clear(self) -> None:
        super().clear()
        self._present = set()

    def tick_rows(self) -> list[QTreeWidgetItem]:
        return [r for r in self.rows() if r.data(0, ID_ROLE)]

    def set_ticks(self, ticks: Iterable[str]) -> None:
        self.ticks = set(ticks)
        self._syncing = True
        for row in self.tick_rows():
            on = row.data(0, ID_ROLE) in self.ticks
            row.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._syncing = False

    def progress(self) -> tuple[int, int]:
        """(done, of): ticks of items no longer shown are not counted."""
        return len(self._present & self.ticks), len(self._present)

    def _changed(self, row: QTreeWidgetItem, column: int) -> None:
        item_id = row.data(0, ID_ROLE)
        if self._syncing or column != 0 or not item_id:
            return
        on = row.checkState(0) == Qt.CheckState.Checked
        if on == (item_id in self.ticks):
            return
        (self.ticks.add if on else self.ticks.discard)(item_id)
        self.set_ticks(self.ticks)  # the same item in another kind's checklist
        self.ticksChanged.emit()

    # -- reading ----------------------------------------------------------------------------
    def _chosen(self, row: QTreeWidgetItem | None) -> None:
        if row is not None and not self._syncing:
            self.rowChosen.emit(row.data(0, NODE_ROLE), row.text(0))

    def texts(self) -> str:
        """Every row's words and source tag, one row a line (what a screen reader can reach)."""
        return "\n".join(" ".join(filter(None, (r.text(0), r.text(1)))) for r in self.rows())

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Space ticks the current row whichever column is current.
        row = self.currentItem()
        if event.key() == Qt.Key.Key_Space and row is not None and row.data(0, ID_ROLE):
            on = row.checkState(0) == Qt.CheckState.Checked
            row.setCheckState(0, Qt.CheckState.Unchecked if on else Qt.CheckState.Checked)
            event.accept()
            return
        super().keyPressEvent(event)
