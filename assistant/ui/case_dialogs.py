"""The small dialogs of My requests and of "Track this request": a date (never after today) with a
tracking number or how the company answered, a correction of an earlier event, the full history
of a case, and the date on a letter tracked after the fact."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHeaderView, QLabel, QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from assistant.ui.date_edit import tab_leaves

if TYPE_CHECKING:
    from assistant.tracker import Tracker


def _date_edit(today: date, name: str, earliest: date | None = None) -> QDateEdit:
    """A date picker that cannot go past today: a date in the future is never recorded."""
    edit = QDateEdit(QDate(today.year, today.month, today.day), objectName=name)
    tab_leaves(edit).setCalendarPopup(True)  # Tab goes on to the tracking number
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMaximumDate(QDate(today.year, today.month, today.day))
    if earliest is not None:
        edit.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
    return edit


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class EventDialog(QDialog):  # built for one question and closed: no retranslate needed
    """Ask for the date of what happened (and a tracking number or how it was answered)."""

    def __init__(self, parent, title: str, action: str, today: date | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.day = _date_edit(today or date.today(), "eventDate")
        self.day.setAccessibleName(self.tr("Date"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Date:"), self.day)
        self.tracking = QLineEdit(objectName="trackingNumber")
        self.tracking.setMaxLength(60)
        self.tracking.setAccessibleName(self.tr("Tracking number"))
        self.how = QComboBox(objectName="answerKind")
        self.how.setAccessibleName(self.tr("How the company answered"))
        if action == "posted":
            form.addRow(self.tr("&Tracking number:"), self.tracking)
        if action == "answered":
            for key, text in (("answered", self.tr("Answered in full")),
                              ("partly-answered", self.tr("Answered in part")), ("refused", self.tr("Refused"))):
                self.how.addItem(text, key)
            form.addRow(self.tr("&Answer:"), self.how)
        self.withdraw = QCheckBox(self.tr("Recorded in &error: withdraw it"), objectName="withdrawEvent")
        if action == "correct":
            form.addRow(self.withdraw)
            self.withdraw.toggled.connect(lambda on: self.day.setEnabled(not on))
        form.addRow(_buttons(self))

    def chosen_day(self) -> date:
        return self.day.date().toPython()


class LetterDateDialog(QDialog):
    """The date on the letter being tracked: today, or earlier for a letter made before."""

    def __init__(self, parent, today: date, earliest: date):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Track this request"))
        self.day = _date_edit(today, "letterDate", earliest)
        self.day.setAccessibleName(self.tr("Date on the letter"))
        form = QFormLayout(self)
        note = QLabel(self.tr("The letter carries this date. Choose an earlier one only for a letter "
                              "you made and sent before."))
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(self.tr("Date on the &letter:"), self.day)
        form.addRow(_buttons(self))

    def chosen_day(self) -> date:
        return self.day.date().toPython()


class HistoryDialog(QDialog):
    """Every event of a case as recorded (corrections included), with what the law says of it;
    the selected event can be corrected by a new event."""

    def __init__(self, parent, tracker: "Tracker", case_id: int, language: str, today: date):
        super().__init__(parent)
        self.tracker, self.case_id, self.language, self.today = tracker, case_id, language, today
        summary = tracker.store.summary(case_id)
        self.setWindowTitle(self.tr("History of {reference}").format(reference=summary.reference))
        self.resize(860, 420)
        self.table = QTableWidget(0, 3, objectName="caseHistory")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Events of this request"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.correct = buttons.addButton(self.tr("&Correct the selected event…"),
                                         QDialogButtonBox.ButtonRole.ActionRole)
        self.correct.setObjectName("correctEvent")
        self.correct.clicked.connect(self._correct)
        self.problem = QLabel(objectName="historyProblem")
        self.problem.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        from assistant.followup.evidence import timeline_sheet
        from assistant.followup.wording import day_in

        summary = self.tracker.store.summary(self.case_id)
        events = self.tracker.store.events(self.case_id)
        self.events = {e.id: e for e in events}
        sheet = timeline_sheet(events, summary.kinds, self.tracker.assistant.law, self.language,
                               reference=summary.reference, company=summary.company_name,
                               requests="", today=self.today)
        self.table.setHorizontalHeaderLabels(list(sheet.columns))
        self.table.setRowCount(len(sheet.rows))
        self.rows = [line.event_id for line in sheet.rows]
        for row, line in enumerate(sheet.rows):
            for column, text in enumerate((day_in(line.day, self.language), line.what, line.says)):
                item = QTableWidgetItem(text)
                if line.superseded:
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if sheet.rows:
            self.table.setCurrentCell(len(sheet.rows) - 1, 0)

    def _correct(self) -> None:
        from assistant.case.rows import StoreError

        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        event = self.events[self.rows[row]]
        dialog = EventDialog(self, self.tr("Correct an event"), "correct", self.today)
        if event.day:
            dialog.day.setDate(QDate(event.day.year, event.day.month, event.day.day))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            void = dialog.withdraw.isChecked()
            self.tracker.correct(self.case_id, event.id, day=None if void else dialog.chosen_day(),
                                 void=void, today=self.today)
            self.problem.clear()
        except StoreError as exc:
            self.problem.setText(str(exc))
        self.refresh()
