"""My requests: every tracked request, the most urgent first, whose it is, and what to do next.

A window over the tracker (assistant/tracker): a table model that makes a cell's text only when
it is shown (cases_model.py), so a support desk's 100,000 cases open at once. The first row is
current on opening, so the actions work from the keyboard at once: record what happened (posted,
delivered, answered), make the follow-up letter the case allows today, see the full history (and
correct an event), close the case, save its evidence file, export the dates, delete it for good.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
    QPushButton, QTableView, QVBoxLayout,
)

from assistant.ui.case_dialogs import EventDialog, HistoryDialog
from assistant.ui.cases_model import CASE_ID, COLUMNS, STATUS_TEXT, CasesModel, tr
from assistant.ui.translations import Retranslated

if TYPE_CHECKING:
    from assistant.case.rows import CaseSummary
    from assistant.tracker import Tracker

__all__ = ["CasesView", "COLUMNS", "EventDialog", "FOLLOWUPS"]

FOLLOWUPS = (("reminder", QT_TRANSLATE_NOOP("CasesView", "Reminder (asking for the answer)")),
             ("demand", QT_TRANSLATE_NOOP("CasesView", "Demand by certified mail (Art. 39)")),
             ("incomplete", QT_TRANSLATE_NOOP("CasesView", "Reply to an incomplete answer")),
             ("complaint", QT_TRANSLATE_NOOP("CasesView", "Complaint to the accredited organisation")),
             ("ppc-sheet", QT_TRANSLATE_NOOP("CasesView", "Sheet for calling the PPC consultation dial")))
ACTIONS = ("posted", "delivered", "answered", "followup", "history", "evidence", "close", "delete")


class CasesView(Retranslated, QDialog):
    """The list of tracked requests and the actions on the current one."""

    def __init__(self, tracker: "Tracker", parent=None, today: date | None = None):
        super().__init__(parent)
        self.setObjectName("casesView")
        self.resize(1000, 520)
        self.tracker = tracker
        self.today = today or date.today()
        self.model = CasesModel(tracker, self.today, self._language, self)
        self.table = QTableView(objectName="casesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # Fixed widths: sizing columns to their contents would read every row.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((210, 130, 200, 170, 140)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self._action("history"))
        self.empty = QLabel(objectName="casesEmpty")
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key in ACTIONS:
            button = QPushButton(objectName=f"case_{key}")
            button.setAutoDefault(False)  # Enter on a row opens its history, it presses no button
            button.clicked.connect(lambda _checked=False, k=key: self._action(k))
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        self.export = export = QPushButton(objectName="exportCalendar")
        export.setAutoDefault(False)
        export.clicked.connect(self._export)
        row.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("My requests"))
        self.table.setAccessibleName(self.tr("Tracked requests"))
        self.empty.setText(self.tr("No requests tracked yet. Tick “Track this request” when you save a letter."))
        for key, text, tip in (
                ("posted", self.tr("&Posted…"), self.tr("You posted the letter: the date, and the tracking number")),
                ("delivered", self.tr("&Delivered…"), self.tr("The date on the delivery record")),
                ("answered", self.tr("&Answered…"), self.tr("The company answered, in full or in part, or refused")),
                ("followup", self.tr("&Follow-up letter…"), self.tr("The next letter for this request, as a PDF")),
                ("history", self.tr("&History…"), self.tr("Everything recorded for this request, with what the law says of it")),
                ("evidence", self.tr("E&vidence file…"), self.tr("The letters, follow-ups, receipts and timeline in one .zip file")),
                ("close", self.tr("&Close"), self.tr("Nothing more to do for this request")),
                ("delete", self.tr("De&lete…"), self.tr("Delete this request and its letters for good"))):
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
            self.buttons[key].setAccessibleName(text.replace("&", "").rstrip("…"))
        self.export.setText(self.tr("&Export calendar…"))
        self.export.setToolTip(self.tr("The due dates as an .ics file (company and reference number only)"))
        self.refresh()

    # -- the list ------------------------------------------------------------------------------
    def refresh(self, keep: int | None = None) -> None:
        """Read the cases again; the case `keep` (else the first) stays current."""
        self.model.reload()
        count = self.model.rowCount()
        self.empty.setVisible(not count)
        self.table.setVisible(bool(count))
        if count:
            self.select(keep if keep is not None else self.model.case(0).id)  # type: ignore[union-attr]
            self.table.setFocus()
        self._enable()

    def _language(self) -> str:
        """The wizard's interface language (English when opened on its own)."""
        return getattr(self.parent(), "ui_language", "en")

    def selected(self) -> "CaseSummary | None":
        index = self.table.currentIndex()
        return self.model.case(index.row()) if index.isValid() else None

    def select(self, case_id: int) -> None:
        row = max(self.model.row_of(case_id), 0)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectRow(row)

    def _enable(self) -> None:
        chosen = self.selected() is not None
        for button in self.buttons.values():
            button.setEnabled(chosen)

    # -- actions -------------------------------------------------------------------------------
    def _action(self, key: str) -> None:
        from assistant.case.rows import StoreError
        from assistant.followup.wording import FollowupError

        case = self.selected()
        if case is None:
            return
        try:
            if key in ("posted", "delivered", "answered"):
                self._event(case.id, key)
            elif key == "followup":
                self._followup(case.id)
            elif key == "history":
                HistoryDialog(self, self.tracker, case.id, self._language(), self.today).exec()
            elif key == "evidence":
                self._evidence(case)
            elif key == "close":
                self.tracker.close(case.id, self.today, today=self.today)
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
        self.refresh(None if key == "delete" else case.id)

    def _event(self, case_id: int, key: str) -> None:
        dialog = EventDialog(self, tr(STATUS_TEXT[key]), key, self.today)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        day = dialog.chosen_day()
        if key == "posted":
            self.tracker.posted(case_id, day, dialog.tracking.text().strip() or None, today=self.today)
        elif key == "delivered":
            self.tracker.delivered(case_id, day, today=self.today)
        else:
            self.tracker.answered(case_id, day, dialog.how.currentData(), today=self.today)

    def _followup(self, case_id: int) -> None:
        from PySide6.QtWidgets import QInputDialog

        from assistant.ui.actions import save_pdf

        labels = [tr(text) for _key, text in FOLLOWUPS]
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
        language = self._language()
        languages = ("ja",) if kind == "demand" or language == "ja" else ("ja", "en")
        shown = self.tracker.followup_advice(case_id, kind, self.today, language)
        if shown and QMessageBox.question(self, self.tr("Follow-up letter"),
                                          shown + "\n\n" + self.tr("Make it now?")) \
                != QMessageBox.StandardButton.Yes:
            return
        data = self.tracker.followup_pdf(case_id, kind, languages=languages, problem=problem,
                                         today=self.today, language=language)
        if save_pdf(self, self.tr("Save follow-up letter"), f"{kind}-{case_id}.pdf", data):
            self.tracker.record_followup(case_id, kind, data, self.today)  # only once it is saved

    def _save_as(self, title: str, suggested: str, kinds: str, make) -> None:
        """Ask where, then make the file (bytes or pieces) and write it whole."""
        from assistant.io.safe_write import OutputError, write_atomically

        name, _filter = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested), kinds)
        if not name:
            return
        try:
            write_atomically(Path(name), make(), overwrite=True)
        except OutputError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))

    def _evidence(self, case: "CaseSummary") -> None:
        self._save_as(self.tr("Save evidence file"), f"evidence-{case.reference}.zip",
                      self.tr("Zip files (*.zip)"), lambda: self.tracker.export(case.id, self.today))

    def _export(self) -> None:
        self._save_as(self.tr("Export calendar"), "requests.ics", self.tr("Calendar files (*.ics)"),
                      lambda: self.tracker.calendar(self._language()))
