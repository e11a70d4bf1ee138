"""On the letter page: "I have already paid the fee" — only then does the letter say it was paid,
with the day and how (issue 11: a letter never asserts a payment the person has not confirmed)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLineEdit, QWidget

from assistant.io.bounds import EARLIEST, latest_event
from assistant.ui.date_edit import tab_leaves
from assistant.ui.translations import Retranslated


class FeePaidRow(Retranslated, QWidget):
    """A tick, the day it was paid and how; values() is the case's fee_paid_on / fee_paid_how."""

    def __init__(self, on_change):
        super().__init__(objectName="feePaidRow")
        self.paid = QCheckBox(objectName="feePaid")
        self.day = QDateEdit(QDate.currentDate(), objectName="feePaidOn")
        # Only days within the program's bounds (io/bounds.py): dates are counted from them.
        self.day.setDateRange(QDate(EARLIEST), QDate(latest_event()))
        tab_leaves(self.day).setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.how = QLineEdit(objectName="feePaidHow")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.paid, self.day, self.how):
            row.addWidget(widget)
        self.paid.toggled.connect(self._enable)
        for signal in (self.paid.toggled, self.day.dateChanged, self.how.textChanged):
            signal.connect(lambda *_args: on_change())
        self._enable(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.paid.setText(self.tr("I have &already paid the fee"))
        self.paid.setToolTip(self.tr("Tick only once you have paid: the letter then says when and how"))
        self.day.setAccessibleName(self.tr("Day the fee was paid"))
        inner = self.day.findChild(QLineEdit)  # the spin box's own field, read by screen readers
        if inner is not None:
            inner.setAccessibleName(self.day.accessibleName())
        self.how.setAccessibleName(self.tr("How the fee was paid"))
        self.how.setPlaceholderText(self.tr("how, e.g. postal money order or bank transfer"))

    def _enable(self, on: bool) -> None:
        self.day.setEnabled(on)
        self.how.setEnabled(on)

    def values(self) -> dict:
        paid = self.paid.isChecked() and bool(self.how.text().strip())
        day: date | None = self.day.date().toPython() if paid else None
        return {"options": {"fee_paid_on": day, "fee_paid_how": self.how.text().strip() if paid else None}}

    def apply(self, paid_on: date | None, paid_how: str | None) -> None:
        self.paid.setChecked(paid_on is not None)
        if paid_on is not None:
            self.day.setDate(QDate(paid_on.year, paid_on.month, paid_on.day))
        self.how.setText(paid_how or "")

    def clear(self) -> None:
        self.apply(None, None)
