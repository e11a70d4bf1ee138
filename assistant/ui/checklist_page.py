"""Page 5: the checklist (copy as text, copy the first-contact message, save, print). Page 6, the
letter, is in letter_page.py."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTextBrowser, QVBoxLayout,
    QWizardPage,
)

from assistant.checklist.message import wants_contact_first
from assistant.ui.actions import print_pdf, save_pdf

if TYPE_CHECKING:
    from assistant.case.request import RequestCase

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
        sent_label = QLabel("Posting da&te:")
        sent_label.setBuddy(self.sent_on)
        self.copy_text = _button("&Copy as text", "copyChecklistButton", "Copy the checklist to paste or read aloud")
        self.copy_message = _button("Copy first-contact &message", "copyMessageButton",
                                    "A polite message asking the company for its form and procedure")
        self.save = _button("&Save checklist PDF", "saveChecklistButton", "A printable checklist with your name and dates")
        self.save_blank = _button("Save b&lank checklist PDF", "saveBlankChecklistButton",
                                  "No personal data: to print or send to a caller")
        self.print_button = _button("P&rint", "printChecklistButton", "Print the checklist")
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
                                                     quotes=self.quotes.isChecked(), languages=("en",))

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
        return self._wizard.assistant.checklist_pdf(self._wizard.case(), blank=blank, languages=("en",))

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
