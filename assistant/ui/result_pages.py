"""Pages 5 and 6: the checklist (copy, save, print) and the letter (preview, save, open, print).

The letter's preview renders on a worker thread, shortly after the last change, so the window
never stalls; saving and printing use the preview's PDF when it is of the case as it is now.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTextBrowser, QVBoxLayout,
    QWizardPage,
)

from ..message import wants_contact_first
from .actions import load_pdf, print_pdf, save_pdf
from .background import Latest

if TYPE_CHECKING:
    from ..case import RequestCase

PREVIEW_DELAY_MS = 150  # a burst of changes (keys held down in the language list) renders once
MESSAGE_LANGUAGES = ("ja", "en")  # the company's language, then the interface's


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

    def sent_on_date(self) -> date | None:
        """The posting date typed, or None when empty or not a date."""
        try:
            return date.fromisoformat(self.sent_on.text().strip()) if self.sent_on.text().strip() else None
        except ValueError:
            return None

    def values(self) -> dict:
        """This page's part of the case: the posting date, as typed and as a date."""
        return {"typed": {"sent_on": self.sent_on.text()}, "options": {"sent_on": self.sent_on_date()}}

    def apply(self, case: "RequestCase") -> None:
        sent = case.options.sent_on
        self.sent_on.setText(case.typed.sent_on or (sent.isoformat() if sent else ""))

    def checklists(self):
        return self._wizard.checklists()

    def text(self) -> str:
        return self._wizard.assistant.checklist_text(self._wizard.case(check=False),
                                                     quotes=self.quotes.isChecked())

    def initializePage(self) -> None:  # noqa: N802
        self.status.clear()
        self.refresh()

    def refresh(self) -> None:
        typed = self.sent_on.text().strip()
        self.sent_on.setStyleSheet("" if not typed or self.sent_on_date() else "background: #fde0e0")
        lists = self.checklists()
        self.view.setPlainText(self.text() if lists else "")
        self.copy_message.setEnabled(any(wants_contact_first(c) for c in lists))

    def _copy_text(self) -> None:
        self._wizard.copy_to_clipboard(self.text())
        self.status.setText("Checklist copied.")

    def _copy_message(self) -> None:
        self._wizard.copy_to_clipboard(self._wizard.assistant.message(self._wizard.case(check=False),
                                                                       MESSAGE_LANGUAGES))
        self.status.setText("First-contact message copied (Japanese and English).")

    def _pdf(self, blank: bool) -> bytes:
        return self._wizard.assistant.checklist_pdf(self._wizard.case(), blank=blank)

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


def language_choices(assistant, shown_in: str = "en") -> list[tuple[str, str]]:
    """(key, text) for the language list: each language alone, then the primary language with
    each other one; keys join the languages with '+' (ja, en, ja+en). From the forms' data."""
    from ..wording import PRIMARY

    def name(language: str) -> str:
        words = assistant.wording(language).language_name
        own, shown = words.text(language), words.text(shown_in)
        return own if not own or own == shown else f"{own} ({shown})"

    def short(language: str) -> str:
        return assistant.wording(language).language_name.text(shown_in) or language

    languages = assistant.languages()
    choices = [(language, name(language) or language) for language in languages]
    if PRIMARY in languages:
        choices += [(f"{PRIMARY}+{other}", f"Both: {short(PRIMARY)}, then {short(other)}")
                    for other in languages if other != PRIMARY]
    return choices


class LetterPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle("Your letter")
        self.setSubTitle("Check the preview, then save or print it; sign and seal the paper copy.")
        self.language = QComboBox(objectName="letterLanguage")
        self.language.setAccessibleName("Letter language")
        self.language.setToolTip("Japanese is what the company expects; bilingual adds English under each part")
        for key, text in language_choices(wizard.assistant):
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
        self.track = QCheckBox("&Track this request in My requests", objectName="trackRequest")
        self.track.setToolTip("Keep this request with its dates, to be reminded and to write the "
                              "follow-up letters (stored on this computer only)")
        top = QHBoxLayout()
        top.addWidget(language_label)
        top.addWidget(self.language)
        top.addStretch(1)
        for b in (self.save, self.open_button, self.print_button):
            top.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.track)
        layout.addWidget(self.status)
        self._buffer = None
        self._shown: tuple[RequestCase, bytes] | None = None  # the case the preview shows, its PDF
        self.saved: Path | None = None
        self.renderer = Latest(self)
        self.renderer.finished.connect(self._show)
        self.renderer.failed.connect(lambda _case, message: self.status.setText(
            f"The preview could not be made: {message}"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(PREVIEW_DELAY_MS)
        self._debounce.timeout.connect(self._render)
        self.language.currentIndexChanged.connect(lambda _i: self.refresh())
        self.save.clicked.connect(self._save)
        self.open_button.clicked.connect(self._open)
        self.print_button.clicked.connect(lambda: print_pdf(self, self.letter_bytes()))

    def values(self) -> dict:
        """This page's part of the case: the letter's languages, in order."""
        return {"languages": tuple((self.language.currentData() or "").split("+"))}

    def apply(self, case: "RequestCase") -> None:
        self.language.setCurrentIndex(max(self.language.findData("+".join(case.languages)), 0))

    def letter_bytes(self) -> bytes:
        """The letter for the case as it is now: the preview's PDF if it is current, else made now
        (and shown, so the preview never lags behind what is saved or printed)."""
        case = self._wizard.case()
        if self._shown is not None and self._shown[0] == case:
            return self._shown[1]
        self._debounce.stop()
        self.renderer.cancel()
        data = self._wizard.assistant.letter_pdf(case)
        self._show(case, data)
        return data

    def initializePage(self) -> None:  # noqa: N802
        self.status.clear()
        self.refresh()

    def refresh(self) -> None:
        """Render the preview off the GUI thread, shortly after the last change."""
        self._debounce.start()

    def _render(self) -> None:
        case = self._wizard.case()
        if case.details is None or (self._shown is not None and self._shown[0] == case):
            return
        assistant = self._wizard.assistant
        self.renderer.run(lambda: assistant.letter_pdf(case), tag=case)

    def _show(self, case: "RequestCase", data: bytes) -> None:
        self._shown = (case, data)
        self.document.close()
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = load_pdf(self.document, data)

    def _save(self) -> None:
        company = self._wizard.company()
        path = save_pdf(self, "Save letter", f"request-letter-{company.id}.pdf", self.letter_bytes())
        if path is not None:
            self.saved = path
            self.open_button.setEnabled(True)
            self.status.setText(f"Saved {path}")
            if self.track.isChecked():
                self._track()

    def _track(self) -> None:
        """Keep the saved request in My requests, with copies of its letter and checklist."""
        from ..case_rows import StoreError

        try:
            case_id = self._wizard.tracker().add(self._wizard.case())
        except StoreError as exc:
            self.status.setText(f"{self.status.text()}. Not tracked: {exc}")
            return
        self.status.setText(f"{self.status.text()}. Tracked as request {case_id}: open My requests "
                            "on the first page when you post it.")

    def _open(self) -> None:
        if self.saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved)))

    def cleanupPage(self) -> None:  # noqa: N802
        pass

    def clear(self) -> None:
        self._debounce.stop()
        self.renderer.cancel()  # a preview still rendering is for the person before
        self.document.close()
        if self._buffer is not None:
            self._buffer.deleteLater()
            self._buffer = None
        self._shown = None
        self.saved = None
        self.open_button.setEnabled(False)
        self.status.clear()
        self.track.setChecked(False)
        self.language.setCurrentIndex(0)
