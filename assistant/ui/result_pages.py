"""Pages 5 and 6: the checklist (copy, save, print) and the letter (preview, save, open, print)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTextBrowser, QVBoxLayout,
    QWizardPage,
)

from ..checklist_text import checklist_text
from ..message import first_contact_message, wants_contact_first
from ..requirements import Options
from ..wording import letter_wording
from .actions import load_pdf, print_pdf, save_pdf


def _button(text: str, name: str, tip: str) -> QPushButton:
    button = QPushButton(text, objectName=name)
    button.setAccessibleName(text.replace("&", ""))
    button.setToolTip(tip)
    return button


class ChecklistPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle("Your checklist")
        self.setSubTitle("What to send, where, how, and by when. Tick as you go.")
        self.view = QTextBrowser(objectName="checklistView")
        self.view.setAccessibleName("Checklist")
        self.quotes = QCheckBox("Show the &policy's own words", objectName="showQuotes")
        self.quotes.setToolTip("Under each company-specific line, the sentence of the policy it comes from")
        self.sent_on = QLineEdit(objectName="sentOn")
        self.sent_on.setPlaceholderText("YYYY-MM-DD (optional)")
        self.sent_on.setAccessibleName("Posting date")
        self.sent_on.setToolTip("The day you post the request: the checklist then shows the dates")
        sent_label = QLabel("Posting &date:")
        sent_label.setBuddy(self.sent_on)
        self.copy_text = _button("&Copy as text", "copyChecklistButton", "Copy the checklist to paste or read aloud")
        self.copy_message = _button("Copy first-contact &message", "copyMessageButton",
                                    "A polite message asking the company for its form and procedure")
        self.save = _button("&Save checklist PDF", "saveChecklistButton", "A printable checklist with your name and dates")
        self.save_blank = _button("Save &blank checklist PDF", "saveBlankChecklistButton",
                                  "No personal data: to print or send to a caller")
        self.print_button = _button("&Print", "printChecklistButton", "Print the checklist")
        self.status = QLabel(objectName="checklistStatus")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.quotes)
        top.addStretch(1)
        top.addWidget(sent_label)
        top.addWidget(self.sent_on)
        buttons = QHBoxLayout()
        for b in (self.copy_text, self.copy_message, self.save, self.save_blank, self.print_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.quotes.toggled.connect(lambda _on: self.refresh())
        self.sent_on.textChanged.connect(lambda _t: self.refresh())
        self.copy_text.clicked.connect(self._copy_text)
        self.copy_message.clicked.connect(self._copy_message)
        self.save.clicked.connect(lambda: self._save(blank=False))
        self.save_blank.clicked.connect(lambda: self._save(blank=True))
        self.print_button.clicked.connect(lambda: print_pdf(self, self._pdf(blank=False)))

    def options(self) -> Options:
        try:
            sent = date.fromisoformat(self.sent_on.text().strip()) if self.sent_on.text().strip() else None
            self.sent_on.setStyleSheet("")
        except ValueError:
            sent = None
            self.sent_on.setStyleSheet("background: #fde0e0")
        return Options(sent_on=sent)

    def checklists(self):
        return self._wizard.checklists(self.options())

    def text(self) -> str:
        return "\n\n".join(checklist_text(c, quotes=self.quotes.isChecked()) for c in self.checklists())

    def initializePage(self) -> None:  # noqa: N802
        self.status.clear()
        self.refresh()

    def refresh(self) -> None:
        lists = self.checklists()
        self.view.setPlainText(self.text() if lists else "")
        self.copy_message.setEnabled(any(wants_contact_first(c) for c in lists))

    def _copy_text(self) -> None:
        self._wizard.copy_to_clipboard(self.text())
        self.status.setText("Checklist copied.")

    def _copy_message(self) -> None:
        first = self.checklists()[0]
        self._wizard.copy_to_clipboard(first_contact_message(first, "both"))
        self.status.setText("First-contact message copied (Japanese and English).")

    def _pdf(self, blank: bool) -> bytes:
        from ..render.checklist_pdf import checklist_pdf  # reportlab only when a PDF is wanted

        details = self._wizard.details()
        name = details.requester.full_name if details and not blank else None
        return checklist_pdf(self.checklists(), blank=blank, name=name)

    def _save(self, blank: bool) -> None:
        company = self._wizard.company()
        suggested = f"checklist-{company.id}{'-blank' if blank else ''}.pdf"
        path = save_pdf(self, "Save blank checklist" if blank else "Save checklist", suggested,
                        self._pdf(blank))
        if path is not None:
            self.status.setText(f"Saved {path}")

    def cleanupPage(self) -> None:  # noqa: N802
        pass

    def clear(self) -> None:
        self.view.clear()
        self.sent_on.clear()
        self.quotes.setChecked(False)
        self.status.clear()


LANGUAGES = [("ja", "日本語 (Japanese)"), ("en", "English"), ("both", "Both: Japanese, then English")]


class LetterPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle("Your letter")
        self.setSubTitle("Check the preview, then save or print it; sign and seal the paper copy.")
        self.language = QComboBox(objectName="letterLanguage")
        self.language.setAccessibleName("Letter language")
        self.language.setToolTip("Japanese is what the company expects; bilingual adds English under each part")
        for key, text in LANGUAGES:
            self.language.addItem(text, key)
        language_label = QLabel("&Language:")
        language_label.setBuddy(self.language)
        self.document = QPdfDocument(self)
        self.preview = QPdfView(self)
        self.preview.setObjectName("letterPreview")
        self.preview.setAccessibleName("Letter preview")
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.save = _button("&Save letter PDF", "saveLetterButton", "Save the letter as a PDF file")
        self.open_button = _button("&Open", "openLetterButton", "Open the saved letter in your PDF viewer")
        self.open_button.setEnabled(False)
        self.print_button = _button("&Print", "printLetterButton", "Print the letter")
        self.status = QLabel(objectName="letterStatus")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(language_label)
        top.addWidget(self.language)
        top.addStretch(1)
        for b in (self.save, self.open_button, self.print_button):
            top.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        self._buffer = None
        self._pdf_bytes = b""
        self.saved: Path | None = None
        self.language.currentIndexChanged.connect(lambda _i: self.refresh())
        self.save.clicked.connect(self._save)
        self.open_button.clicked.connect(self._open)
        self.print_button.clicked.connect(lambda: print_pdf(self, self._pdf_bytes))

    def letter_bytes(self) -> bytes:
        from ..render.letter import LetterInput, letter_pdf  # reportlab only when a PDF is wanted

        details = self._wizard.details()
        # One checklist per kind, already in the Act's order (the kinds list is built that way).
        lists = self._wizard.checklists(self._wizard.checklist_page.options())
        data = LetterInput(tuple(lists), details, {l: letter_wording(l) for l in ("ja", "en")},
                           self._wizard.labels, self._wizard.law, date.today())
        return letter_pdf(data, self.language.currentData())

    def initializePage(self) -> None:  # noqa: N802
        self.status.clear()
        self.refresh()

    def refresh(self) -> None:
        if self._wizard.details() is None:
            return
        self._pdf_bytes = self.letter_bytes()
        self.document.close()
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = load_pdf(self.document, self._pdf_bytes)

    def _save(self) -> None:
        company = self._wizard.company()
        path = save_pdf(self, "Save letter", f"request-letter-{company.id}.pdf", self._pdf_bytes)
        if path is not None:
            self.saved = path
            self.open_button.setEnabled(True)
            self.status.setText(f"Saved {path}")

    def _open(self) -> None:
        if self.saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved)))

    def cleanupPage(self) -> None:  # noqa: N802
        pass

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.deleteLater()
            self._buffer = None
        self._pdf_bytes = b""
        self.saved = None
        self.open_button.setEnabled(False)
        self.status.clear()
        self.language.setCurrentIndex(0)
