"""「Add a company from its privacy policy」: paste or open a saved policy, review each proposed fact
against its quote (highlighted), accept, edit, keep to check or mark unknown, and save the record."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout,
)

from assistant.ui.import_words import _shown, ask_existing, highlight
from assistant.ui.translations import Retranslated

if TYPE_CHECKING:
    from assistant.importer.facts import Found, Proposal

ACCEPT, CHECK, UNKNOWN = "Accept", "Check this", "Mark unknown"  # each decision's key; shown translated
HIGHLIGHT = QColor("#ffe08a")
UNSURE = QColor("#ffd7b0")  # the row of a fact the import was not sure of


class ImportDialog(Retranslated, QDialog):
    """Review a policy's proposed facts one by one; `saved` is the record file once saved."""

    def __init__(self, parent=None, folder: Path | None = None, language=None, labels=None):
        super().__init__(parent, objectName="importDialog")
        self.language, self._labels = language or (lambda: "en"), labels  # asked each time they are used
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
        self.facts = QTableWidget(0, 4, objectName="importFacts")
        header = self.facts.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.facts.setColumnWidth(0, 160)
        self.facts.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.facts.currentCellChanged.connect(lambda row, *_: self.show_quote(row))
        self.facts.itemChanged.connect(self._edited)
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
        self.facts.setHorizontalHeaderLabels([self.tr("Fact"), self.tr("Value"), self.tr("The policy's words"),
                                              self.tr("Decision")])
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
        if self.proposal is not None:
            for row, found in enumerate(self.proposal.facts):
                self._word_row(row, found)

    def _word_decisions(self, combo: QComboBox) -> None:
        combo.setItemText(0, self.tr("Accept"))
        combo.setItemText(1, self.tr("Check this"))
        combo.setItemText(2, self.tr("Mark unknown"))

    def _word_row(self, row: int, found: "Found") -> None:
        """A row's fact name and value in the interface's language; "check this" marked."""
        from assistant.ui.import_words import fact_name, fact_value

        name = fact_name(self, found.field)
        label = self.facts.item(row, 0)
        label.setText(name if found.sure else self.tr("⚠ Check this: {fact}").format(fact=name))
        label.setToolTip("" if found.sure else self.tr("The import was not sure the policy says "
                                                       "this: read its words, then decide"))
        value = self.facts.item(row, 1)
        if not value.data(Qt.ItemDataRole.UserRole):  # not edited by hand: shown in words
            value.setText(fact_value(self, found, self.language(), self.labels()))
        combo = self.facts.cellWidget(row, 3)
        self._word_decisions(combo)
        combo.setAccessibleName(self.tr("Decision on {fact}").format(fact=name))

    def labels(self):
        """The words for the record's values (the wizard's own, else loaded once here)."""
        from assistant.facade import Assistant  # only when opened outside the wizard

        self._labels = self._labels or Assistant().labels
        return self._labels

    # -- reading the policy --------------------------------------------------------------------
    def open_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a saved privacy policy"), "",
                                              self.tr("Policy (*.txt *.html *.htm *.pdf);;All files (*)"))
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        from assistant.importer.source import SourceError, read_visible
        try:
            shown = read_visible(path)
        except SourceError as exc:
            self.problem.setText(str(exc))
            return
        self.load_text(shown, shown)

    def load_text(self, text: str, shown: str | None = None) -> None:
        """Propose the facts of a policy text (pasted, or a file's as it `shown`) and list them."""
        from assistant.importer.extract import propose
        from assistant.importer.record import slug
        from assistant.importer.source import SourceError, pasted_visible, plain_pasted

        visible = pasted_visible(text)  # read once: the rules' text and, pasted, the quotes' characters
        try:
            text = plain_pasted(visible)
        except SourceError as exc:
            self.problem.setText(str(exc))
            return
        self.proposal = proposal = propose(text)
        proposal.original = shown if shown is not None else visible
        self.text.setPlainText(text)
        self.facts.setRowCount(0)
        fields = [f.field for f in proposal.facts]
        self.facts.blockSignals(True)  # filling the table is not an edit by hand
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
            quote = QTableWidgetItem(found.quote)
            quote.setFlags(quote.flags() & ~Qt.ItemFlag.ItemIsEditable)
            quote.setToolTip(found.quote)
            for column, item in enumerate((label, value, quote)):
                if not found.sure:
                    item.setBackground(UNSURE)
                self.facts.setItem(row, column, item)
            decision = QComboBox(objectName=f"importDecision{row}")
            for key in (ACCEPT, CHECK, UNKNOWN):
                decision.addItem(key, key)
            decision.setCurrentIndex(0 if found.sure else 1)
            self.facts.setCellWidget(row, 3, decision)
            self._word_row(row, found)
        self.facts.blockSignals(False)
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
        highlight(self.text, self.proposal.text, found.start, found.end, HIGHLIGHT)

    # -- the decisions -------------------------------------------------------------------------
    def _edited(self, item: QTableWidgetItem) -> None:
        if item.column() == 1 and self.proposal is not None and item.row() < len(self.proposal.facts):
            from assistant.ui.import_words import fact_value

            found = self.proposal.facts[item.row()]
            if item.text() != fact_value(self, found, self.language(), self.labels()):
                item.setData(Qt.ItemDataRole.UserRole, True)  # typed by hand: kept as typed

    def decision(self, row: int) -> str:
        return self.facts.cellWidget(row, 3).currentData()

    def set_decision(self, row: int, decision: str) -> None:
        combo = self.facts.cellWidget(row, 3)
        combo.setCurrentIndex(combo.findData(decision))

    def kept(self) -> "tuple[list[Found], dict[str, object]]":
        """The accepted facts, and the values edited by hand by field."""
        assert self.proposal is not None
        keep: list["Found"] = []
        edits: dict[str, object] = {}
        for row, found in enumerate(self.proposal.facts):
            decision = self.decision(row)
            if decision == UNKNOWN:
                continue
            # Accepted: the person checked it, so it is settled; "check this": saved as a note.
            keep.append(replace(found, sure=decision == ACCEPT))
            item = self.facts.item(row, 1)
            typed = item.text().strip()
            if item.data(Qt.ItemDataRole.UserRole) and typed != _shown(found.value):
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
        folder = self.folder or user_companies_dir()
        replace_it = False
        if record_id:
            from assistant.importer.record_save import free_id, taken_ids

            if record_id in taken_ids(folder):
                choice = self.ask_existing(record_id, free_id(record_id, folder))
                if choice == "cancel":
                    return
                replace_it = choice == "replace"
                if not replace_it:
                    record_id = free_id(record_id, folder)
                    self.record_id.setText(record_id)
        try:
            self.saved = import_policy(None, folder,
                                       proposal=self.proposal, company_id=record_id,
                                       name=self.name.text().strip() or None, keep=keep,
                                       edits=edits, reviewed_by=self.reviewer.text().strip() or None,
                                       overwrite=replace_it)
        except (ImportError_, OutputError, ValueError) as exc:
            self.problem.setText(str(exc))
            return
        self.company_id = self.saved.stem
        self.accept()

    def ask_existing(self, record_id: str, new_id: str) -> str:
        """A record already has this id: "replace" it, save as "new" (new_id), or "cancel"."""
        return ask_existing(self, record_id, new_id)
