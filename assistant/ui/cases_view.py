"""My requests: every tracked request, the most urgent first, and what to do next for each.

A window over the tracker (tracker.py): the list shows status and the next date (overdue in red);
the buttons record what happened (posted, delivered, answered), make the follow-up letter the case
calls for, export the dates as a calendar, or delete a case for good.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout,
)

from assistant.ui.date_edit import tab_leaves
from assistant.ui.translations import Retranslated

if TYPE_CHECKING:
    from assistant.case.rows import CaseSummary
    from assistant.tracker import Tracker

# Marked for translation here, translated when shown (context "CasesView").
COLUMNS = (QT_TRANSLATE_NOOP("CasesView", "Reference"), QT_TRANSLATE_NOOP("CasesView", "Company"),
           QT_TRANSLATE_NOOP("CasesView", "Request"), QT_TRANSLATE_NOOP("CasesView", "Status"),
           QT_TRANSLATE_NOOP("CasesView", "Next date"))
FOLLOWUPS = (("reminder", QT_TRANSLATE_NOOP("CasesView", "Reminder (asking for the answer)")),
             ("demand", QT_TRANSLATE_NOOP("CasesView", "Demand by certified mail (Art. 39)")),
             ("incomplete", QT_TRANSLATE_NOOP("CasesView", "Reply to an incomplete answer")),
             ("complaint", QT_TRANSLATE_NOOP("CasesView", "Complaint to the accredited organisation")),
             ("ppc-sheet", QT_TRANSLATE_NOOP("CasesView", "Sheet for calling the PPC consultation dial")))
OVERDUE = QColor("#a00000")
# The tracker names the next date by what it is; %1 is the date.
DUE_TEXT = {"company-limit": QT_TRANSLATE_NOOP("CasesView", "Answer due: %1"),
            "court-possible": QT_TRANSLATE_NOOP("CasesView", "Court possible from: %1")}
STATUS_TEXT = {"draft": QT_TRANSLATE_NOOP("CasesView", "Letter made, not posted"),
               "posted": QT_TRANSLATE_NOOP("CasesView", "Posted"),
               "delivered": QT_TRANSLATE_NOOP("CasesView", "Delivered"),
               "identity-check": QT_TRANSLATE_NOOP("CasesView", "Identity check received"),
               "answered": QT_TRANSLATE_NOOP("CasesView", "Answered"),
               "partly-answered": QT_TRANSLATE_NOOP("CasesView", "Answered in part"),
               "refused": QT_TRANSLATE_NOOP("CasesView", "Refused"),
               "no-answer": QT_TRANSLATE_NOOP("CasesView", "No answer"),
               "closed": QT_TRANSLATE_NOOP("CasesView", "Closed")}


def _t(text: str) -> str:
    """A text marked above, in the interface language."""
    return QCoreApplication.translate("CasesView", text)


class EventDialog(QDialog):  # built for one question and closed: no retranslate needed
    """Ask for the date of what happened (and a tracking number or how it was answered)."""

    def __init__(self, parent, title: str, action: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.day = QDateEdit(QDate.currentDate(), objectName="eventDate")
        tab_leaves(self.day).setCalendarPopup(True)  # Tab goes on to the tracking number
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setAccessibleName(self.tr("Date"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Date:"), self.day)
        self.tracking = QLineEdit(objectName="trackingNumber")
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen_day(self) -> date:
        return self.day.date().toPython()


class CasesView(Retranslated, QDialog):
    """The list of tracked requests and the actions on one of them."""

    def __init__(self, tracker: "Tracker", parent=None, today: date | None = None):
        super().__init__(parent)
        self.setObjectName("casesView")
        self.resize(900, 480)
        self.tracker = tracker
        self.today = today or date.today()
        self.table = QTableWidget(0, len(COLUMNS), objectName="casesTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(objectName="casesEmpty")
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key in ("posted", "delivered", "answered", "followup", "close", "delete"):
            button = QPushButton(objectName=f"case_{key}")
            button.clicked.connect(lambda _checked=False, k=key: self._action(k))
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        self.export = export = QPushButton(objectName="exportCalendar")
        export.clicked.connect(self._export)
        row.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.table.itemSelectionChanged.connect(self._enable)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("My requests"))
        self.table.setAccessibleName(self.tr("Tracked requests"))
        self.table.setHorizontalHeaderLabels([_t(c) for c in COLUMNS])
        self.empty.setText(self.tr("No requests tracked yet. Tick “Track this request” when you save a letter."))
        for key, text, tip in (
                ("posted", self.tr("&Posted…"), self.tr("You posted the letter: the date, and the tracking number")),
                ("delivered", self.tr("&Delivered…"), self.tr("The date on the delivery record")),
                ("answered", self.tr("&Answered…"), self.tr("The company answered, in full or in part, or refused")),
                ("followup", self.tr("&Follow-up letter…"), self.tr("The next letter for this request, as a PDF")),
                ("close", self.tr("&Close"), self.tr("Nothing more to do for this request")),
                ("delete", self.tr("De&lete…"), self.tr("Delete this request and its letters for good"))):
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
            self.buttons[key].setAccessibleName(text.replace("&", "").rstrip("…"))
        self.export.setText(self.tr("&Export calendar…"))
        self.export.setToolTip(self.tr("The due dates as an .ics file (company and reference number only)"))
        self.refresh()

    # -- the list ------------------------------------------------------------------------------
    def refresh(self) -> None:
        cases = self.tracker.list(self.today)
        self.table.setRowCount(len(cases))
        for row, case in enumerate(cases):
            due = case.next_due(self.today) if case.is_open() else None
            late = bool(case.overdue(self.today))
            when = "—"
            if due:
                said = _t(DUE_TEXT[due.what]) if due.what in DUE_TEXT else f"{due.label}: %1"
                when = said.replace("%1", due.day.isoformat()) + (self.tr(" (overdue)") if late else "")
            status = _t(STATUS_TEXT[case.status]) if case.status in STATUS_TEXT else case.status
            for column, text in enumerate((case.reference, case.company_name, self._kinds(case.kinds),
                                           status, when)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, case.id)
                if late:
                    item.setForeground(QBrush(OVERDUE))
                self.table.setItem(row, column, item)
        self.empty.setVisible(not cases)
        self.table.setVisible(bool(cases))
        self._enable()

    def _language(self) -> str:
        """The wizard's interface language (English when opened on its own)."""
        return getattr(self.parent(), "ui_language", "en")

    def _kinds(self, kinds) -> str:
        """The kinds of request as the interface names them (the tracker keeps their keys)."""
        language = self._language()
        labels = self.tracker.assistant.labels.request_kinds
        names = [labels[k].text(language) if k in labels else k for k in kinds]
        return self.tracker.assistant.checklist_words.template(language, "sep.parts").join(names)

    def selected(self) -> "CaseSummary | None":
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        case_id = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return self.tracker.store.summary(case_id)

    def select(self, case_id: int) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == case_id:
                self.table.selectRow(row)

    def _enable(self) -> None:
        chosen = self.selected() is not None
        for button in self.buttons.values():
            button.setEnabled(chosen)

    # -- actions -------------------------------------------------------------------------------
    def _action(self, key: str) -> None:
        from assistant.case.rows import StoreError
        from assistant.followup.letters import FollowupError

        case = self.selected()
        if case is None:
            return
        try:
            if key in ("posted", "delivered", "answered"):
                self._event(case.id, key)
            elif key == "followup":
                self._followup(case.id)
            elif key == "close":
                self.tracker.store.add_event(case.id, "closed", day=self.today)
            elif key == "delete":
                answer = QMessageBox.question(
                    self, self.tr("Delete request"), self.tr(
                        "Delete {reference} ({company}), its history and its letters for good?").format(
                        reference=case.reference, company=case.company_name))
                if answer != QMessageBox.StandardButton.Yes:
                    return
                self.tracker.store.delete_case(case.id)
        except (StoreError, FollowupError) as exc:
            QMessageBox.warning(self, self.tr("Not done"), str(exc))
        self.refresh()
        if key != "delete":
            self.select(case.id)

    def _event(self, case_id: int, key: str) -> None:
        dialog = EventDialog(self, _t(STATUS_TEXT[key]), key)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        day = dialog.chosen_day()
        if key == "posted":
            self.tracker.posted(case_id, day, dialog.tracking.text().strip() or None)
        elif key == "delivered":
            self.tracker.delivered(case_id, day)
        else:
            self.tracker.answered(case_id, day, dialog.how.currentData())

    def _followup(self, case_id: int) -> None:
        from PySide6.QtWidgets import QInputDialog

        from assistant.ui.actions import save_pdf

        labels = [_t(text) for _key, text in FOLLOWUPS]
        chosen, ok = QInputDialog.getItem(self, self.tr("Follow-up letter"), self.tr("&Which letter:"),
                                          labels, 0, False)
        if not ok:
            return
        kind = FOLLOWUPS[labels.index(chosen)][0]
        problem = None
        if kind == "incomplete":
            problem, ok = QInputDialog.getMultiLineText(
                self, self.tr("What the answer lacks"),
                self.tr("What was not disclosed, or what reason is missing:"))
            if not ok:
                return
        data = self.tracker.followup_pdf(case_id, kind, problem=problem, today=self.today)
        save_pdf(self, self.tr("Save follow-up letter"), f"{kind}-{case_id}.pdf", data)

    def _export(self) -> None:
        from assistant.io.safe_write import OutputError, write_atomically

        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Export calendar"),
                                                    str(Path.home() / "requests.ics"),
                                                    self.tr("Calendar files (*.ics)"))
        if not name:
            return
        try:
            write_atomically(Path(name), self.tracker.calendar(self._language()), overwrite=True)
        except OutputError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
