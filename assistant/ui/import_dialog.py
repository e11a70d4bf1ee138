"""「Add a company from its privacy policy」: paste the policy or open a saved .txt/.html/.pdf, review
each proposed fact against its quote (highlighted in the text), accept, edit or mark it unknown,
and save the record into the user's records folder (assistant/importer does the work)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QTextBrowser, QTextEdit, QVBoxLayout,
)

from assistant.ui.translations import Retranslated

if TYPE_CHECKING:
    from assistant.importer.facts import Found, Proposal

ACCEPT, UNKNOWN = "Accept", "Mark unknown"  # each decision's key; shown translated
HIGHLIGHT = QColor("#ffe08a")


def _shown(value: object) -> str:
    if isinstance(value, (tuple, list)):
        return ", ".join(str(v) for v in value)
    return str(value)


def _utf16(text: str, offset: int) -> int:
    """A Python offset as Qt counts it (UTF-16 code units: characters beyond U+FFFF count two)."""
    return len(text[:offset].encode("utf-16-le")) // 2


class ImportDialog(Retranslated, QDialog):
    """Review a policy's proposed facts one by one; `saved` is the record file once saved."""

    def __init__(self, parent=None, folder: Path | None = None):
        super().__init__(parent, objectName="importDialog")
        self.resize(1000, 700)
        self.folder = folder  # None: the user's records folder
        self.saved: Path | None = None
        self.company_id: str | None = None
        self.proposal: "Proposal | None" = None
        self.intro = intro = QLabel()
        intro.setWordWrap(True)
        self.paste = QPlainTextEdit(objectName="importPasteText")
        self.paste.setFixedHeight(90)
        self.open_button = QPushButton(objectName="importOpenButton")
        self.open_button.clicked.connect(self.open_file)
        self.find_button = QPushButton(objectName="importProposeButton")
        self.find_button.clicked.connect(lambda: self.load_text(self.paste.toPlainText()))
        top = QHBoxLayout()
        top.addWidget(self.paste, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.find_button)
        buttons.addStretch(1)
        top.addLayout(buttons)
        self.facts = QTableWidget(0, 3, objectName="importFacts")
        header = self.facts.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.facts.setColumnWidth(0, 160)
        self.facts.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.facts.currentCellChanged.connect(lambda row, *_: self.show_quote(row))
        self.text = QTextBrowser(objectName="importPolicyView")
        split = QSplitter()
        split.addWidget(self.facts)
        split.addWidget(self.text)
        split.setSizes([480, 520])
        self.name = QLineEdit(objectName="importName")
        self.record_id = QLineEdit(objectName="importId")
        self.reviewer = QLineEdit(objectName="importReviewedBy")
        self.form = form = QFormLayout()
        for widget in (self.name, self.record_id, self.reviewer):
            form.addRow(QLabel(), widget)
        self.problem = QLabel(objectName="importProblem")
        self.problem.setStyleSheet("color: #a00000")
        self.problem.setWordWrap(True)
        self.save_button = QPushButton(objectName="importSaveButton")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.cancel = cancel = QPushButton(objectName="importCancelButton")
        cancel.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problem, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(form)
        layout.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a company from its privacy policy"))
        self.intro.setText(self.tr(
            "Paste the part of the company's privacy policy on requests, or open the page you saved. "
            "Check every fact against its highlighted words; mark a fact unknown when the words do "
            "not say it. Nothing leaves this computer."))
        self.paste.setAccessibleName(self.tr("Policy text"))
        self.paste.setPlaceholderText(self.tr("Paste the policy text here…"))
        self.open_button.setText(self.tr("&Open file…"))
        self.find_button.setText(self.tr("&Find facts"))
        self.facts.setAccessibleName(self.tr("Proposed facts"))
        self.facts.setHorizontalHeaderLabels([self.tr("Fact"), self.tr("Value"), self.tr("Decision")])
        self.facts.setToolTip(self.tr("Double-click a value to correct it; choose “Mark unknown” where "
                                      "the highlighted words do not say it"))
        self.text.setAccessibleName(self.tr("Policy text with the quote highlighted"))
        for row, (label, name) in enumerate(((self.tr("Company &name:"), self.tr("Company name")),
                                             (self.tr("Record &id:"), self.tr("Record id")),
                                             (self.tr("&Checked by:"), self.tr("Checked by")))):
            caption = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            caption.setText(label)
            field = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            caption.setBuddy(field)
            field.setAccessibleName(name)
        self.record_id.setPlaceholderText(self.tr("lower-case letters, digits, hyphens: sakura-tsuhan"))
        self.reviewer.setPlaceholderText(self.tr("your name: who checked these facts"))
        self.save_button.setText(self.tr("&Save company"))
        self.cancel.setText(self.tr("Cancel"))
        for row in range(self.facts.rowCount()):
            self._word_decisions(self.facts.cellWidget(row, 2))

    def _word_decisions(self, combo: QComboBox) -> None:
        combo.setItemText(0, self.tr("Accept"))
        combo.setItemText(1, self.tr("Mark unknown"))

    # -- reading the policy --------------------------------------------------------------------
    def open_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a saved privacy policy"), "",
                                              self.tr("Policy (*.txt *.html *.htm *.pdf);;All files (*)"))
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        from assistant.importer.source import SourceError, read_policy

        try:
            text = read_policy(path)
        except SourceError as exc:
            self.problem.setText(str(exc))
            return
        self.load_text(text)

    def load_text(self, text: str) -> None:
        """Propose the facts of a policy text and list them for review."""
        from assistant.importer.extract import propose
        from assistant.importer.record import slug
        from assistant.importer.source import SourceError, pasted_text

        try:
            text = pasted_text(text)
        except SourceError as exc:
            self.problem.setText(str(exc))
            return
        self.proposal = proposal = propose(text)
        self.text.setPlainText(text)
        self.facts.setRowCount(0)
        fields = [f.field for f in proposal.facts]
        for found in proposal.facts:
            row = self.facts.rowCount()
            self.facts.insertRow(row)
            label = QTableWidgetItem(found.field)
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            value = QTableWidgetItem(_shown(found.value))
            # One value per field can be edited (the import replaces a field's value by name).
            if not (isinstance(found.value, (str, int)) and fields.count(found.field) == 1):
                value.setFlags(value.flags() & ~Qt.ItemFlag.ItemIsEditable)
            value.setToolTip(found.quote)
            self.facts.setItem(row, 0, label)
            self.facts.setItem(row, 1, value)
            decision = QComboBox(objectName=f"importDecision{row}")
            decision.setAccessibleName(self.tr("Decision on {fact}").format(fact=found.field))
            decision.addItem(ACCEPT, ACCEPT)
            decision.addItem(UNKNOWN, UNKNOWN)
            self._word_decisions(decision)
            self.facts.setCellWidget(row, 2, decision)
        name = next((str(f.value) for f in proposal.facts if f.field == "name"), "")
        self.name.setText(name)
        if not self.record_id.text():
            self.record_id.setText(slug(name) if name else "")
        found_any = any(f.field == "request_kinds" for f in proposal.facts)
        self.problem.setText("" if found_any else
                             self.tr("This text names no kind of request (開示, 訂正 …): is it the "
                                     "part of the policy on requests?"))
        self.save_button.setEnabled(bool(proposal.facts))
        if proposal.facts:
            self.facts.setCurrentCell(0, 1)

    def show_quote(self, row: int) -> None:
        """Select and highlight the words the fact in this row came from."""
        if self.proposal is None or not 0 <= row < len(self.proposal.facts):
            return
        found = self.proposal.facts[row]
        text = self.proposal.text
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(_utf16(text, found.start))
        cursor.setPosition(_utf16(text, found.end), QTextCursor.MoveMode.KeepAnchor)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor
        mark.format = QTextCharFormat()
        mark.format.setBackground(HIGHLIGHT)
        self.text.setExtraSelections([mark])
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()

    # -- the decisions -------------------------------------------------------------------------
    def decision(self, row: int) -> str:
        return self.facts.cellWidget(row, 2).currentData()

    def set_decision(self, row: int, decision: str) -> None:
        combo = self.facts.cellWidget(row, 2)
        combo.setCurrentIndex(combo.findData(decision))

    def kept(self) -> "tuple[list[Found], dict[str, object]]":
        """The accepted facts, and the values edited by hand by field."""
        assert self.proposal is not None
        keep: list["Found"] = []
        edits: dict[str, object] = {}
        for row, found in enumerate(self.proposal.facts):
            if self.decision(row) == UNKNOWN:
                continue
            keep.append(found)
            typed = self.facts.item(row, 1).text().strip()
            if typed != _shown(found.value):
                edits[found.field] = int(typed) if isinstance(found.value, int) and typed.isdigit() else typed
        return keep, edits

    def save(self) -> None:
        """Write the record (nothing is written if it does not validate) and close."""
        from assistant.importer.record import ImportError_
        from assistant.importer.run import import_policy
        from assistant.io.paths import user_companies_dir
        from assistant.io.safe_write import OutputError

        if self.proposal is None:
            return
        keep, edits = self.kept()
        record_id = self.record_id.text().strip() or None
        try:
            self.saved = import_policy(None, self.folder or user_companies_dir(),
                                       text=self.proposal.text, company_id=record_id,
                                       name=self.name.text().strip() or None, keep=keep,
                                       edits=edits, reviewed_by=self.reviewer.text().strip() or None)
        except (ImportError_, OutputError, ValueError) as exc:
            self.problem.setText(str(exc))
            return
        self.company_id = self.saved.stem
        self.accept()
