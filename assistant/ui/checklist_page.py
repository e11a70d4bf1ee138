"""Page 5: the checklist to tick off (checklist_tree.py), where each line comes from, and the
actions: copy as text, copy the first-contact message, save, print. Ticks are part of the case,
so drafts keep them. Page 6, the letter, is in letter_page.py.

Every word of the page goes through tr() in retranslate(), run again when the interface's
language changes; the checklist's own texts are picked in the wizard's ui_language.
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTextBrowser, QVBoxLayout, QWizardPage,
)

from assistant.checklist import Checklist
from assistant.checklist.message import wants_contact_first
from assistant.checklist.speech import Speech
from assistant.ui.actions import print_pdf, save_pdf
from assistant.ui.checklist_sources import details_html, header_html
from assistant.ui.checklist_tree import ChecklistTree
from assistant.io.bounds import EARLIEST, event_date_or_none, latest_event
from assistant.ui.plain import plain_labels
from assistant.ui.translations import Retranslated

if TYPE_CHECKING:
    from assistant.case.request import RequestCase

MESSAGE_LANGUAGES = ("ja", "en")  # the company's language, then the interface's


def _button(text: str, name: str, tip: str) -> QPushButton:
    button = QPushButton(objectName=name)
    _label(button, text, tip)
    return button


def _label(button, text: str, tip: str) -> None:
    button.setText(text)
    button.setAccessibleName(text.replace("&", "").split("(")[0].strip() or text)
    button.setToolTip(tip)


class ChecklistPage(Retranslated, QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self._wizard = wizard
        self._shown = False  # the tree is built from the case once the page has been entered
        self.view = ChecklistTree(self)
        self.details = QTextBrowser(objectName="checklistDetails")
        self.details.setMaximumHeight(130)
        self.details.setTabChangesFocus(True)  # Tab leaves the pane, as from every other field
        self.progress = QLabel(objectName="checklistProgress")
        self.quotes = QCheckBox(objectName="showQuotes")
        self.sent_on = QLineEdit(objectName="sentOn")
        self.sent_on.setMinimumWidth(140)  # the placeholder's date pattern shows whole
        self.sent_label = QLabel()
        self.sent_label.setBuddy(self.sent_on)
        self.copy_text = QPushButton(objectName="copyChecklistButton")
        self.copy_message = QPushButton(objectName="copyMessageButton")
        self.save = QPushButton(objectName="saveChecklistButton")
        self.save_blank = QPushButton(objectName="saveBlankChecklistButton")
        self.print_button = QPushButton(objectName="printChecklistButton")
        self.status = QLabel(objectName="checklistStatus")
        self.status.setWordWrap(True)
        plain_labels(self.status)  # file names as they are
        top = QHBoxLayout()
        top.addWidget(self.progress)
        top.addStretch(1)
        top.addWidget(self.quotes)
        top.addSpacing(12)
        top.addWidget(self.sent_label)
        top.addWidget(self.sent_on)
        buttons = QHBoxLayout()
        for b in (self.copy_text, self.copy_message, self.save, self.save_blank, self.print_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        order = (self.quotes, self.sent_on, self.view, self.details, self.copy_text, self.copy_message,
                 self.save, self.save_blank, self.print_button)
        for first, second in zip(order, order[1:]):  # top to bottom, as the page reads
            self.setTabOrder(first, second)
        self.retranslate()
        self.quotes.toggled.connect(lambda _on: self.refresh())
        self.sent_on.textChanged.connect(lambda _t: self.refresh())
        self.view.ticksChanged.connect(self._show_progress)
        self.view.rowChosen.connect(self._show_details)
        self.copy_text.clicked.connect(self._copy_text)
        self.copy_message.clicked.connect(self._copy_message)
        self.save.clicked.connect(lambda: self._save(blank=False))
        self.save_blank.clicked.connect(lambda: self._save(blank=True))
        self.print_button.clicked.connect(lambda: print_pdf(self, self._pdf(blank=False)))

    # -- words ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every text of the page in the interface's language (and rebuild the tree's)."""
        self.setTitle(self.tr("Your checklist"))
        self.setSubTitle(self.tr("What to send, where, how, and by when. Tick each step as you go (Space ticks the highlighted line)."))
        self.view.setAccessibleName(self.tr("Checklist"))
        self.details.setAccessibleName(self.tr("Where the selected line comes from"))
        self.quotes.setText(self.tr("Show the &policy's own words"))
        self.quotes.setToolTip(self.tr("Under each company-specific line, the sentence of the policy it comes from"))
        self.sent_on.setPlaceholderText(self.tr("YYYY-MM-DD (optional)"))
        # Wide enough for the whole hint in either language (Japanese glyphs are wider).
        hint = self.sent_on.fontMetrics().horizontalAdvance(self.sent_on.placeholderText())
        self.sent_on.setMinimumWidth(max(140, hint + 24))
        self.sent_on.setAccessibleName(self.tr("Posting date"))
        self.sent_on.setToolTip(self.tr("The day you post the request: the checklist then shows the dates"))
        self.sent_label.setText(self.tr("Posting da&te:"))
        _label(self.copy_text, self.tr("&Copy as text"), self.tr("Copy the checklist to paste or read aloud"))
        _label(self.copy_message, self.tr("Copy first-contact &message"),
               self.tr("A polite message asking the company for its form and procedure"))
        _label(self.save, self.tr("&Save checklist PDF"), self.tr("A printable checklist with your name and dates"))
        _label(self.save_blank, self.tr("Save b&lank checklist PDF"),
               self.tr("No personal data: to print or send to a caller"))
        _label(self.print_button, self.tr("P&rint"), self.tr("Print the checklist"))
        self.words = self._words()
        if self._shown:
            self.refresh()
        else:
            self._show_progress()

    def _words(self) -> dict[str, str]:
        """The tree's and the details pane's words (%1: the item's own words)."""
        return {
            "item_column": self.tr("Step or item"), "source_column": self.tr("Source"),
            "policy": self.tr("Policy"), "general": self.tr("General practice"), "assumption": self.tr("Assumption"),
            "from_policy": self.tr("From the company's policy."),
            "from_law": self.tr("From the law: %1."),
            "from_general": self.tr("General practice, not the company's own rule."),
            "from_assumption": self.tr("An assumption of this program (general practice)."),
            "policy_words": self.tr("The policy's own words:"), "source_words": self.tr("The words it rests on:"),
            "how_to_ask": self.tr("Not stated in the policy. Ask the company:"),
            "check": self.tr("Check: %1"), "send_one": self.tr("%1: send ONE of these"),
            "send_this": self.tr("%1: send this"),
            "address": self.tr("Address the envelope:"),
            "address_unconfirmed": self.tr("Address the envelope (to be confirmed):"),
            "unknown": self.tr("Ask the company: %1"), "ask": self.tr("How to ask: %1"), "warning": self.tr("Warning"),
            "company": self.tr("Company"), "requester": self.tr("Who is asking"), "reference": self.tr("Reference"),
            "company_calls_it": self.tr("The company calls this"), "policy_revised": self.tr("Policy revised"),
            "record_checked": self.tr("Record last checked"), "not_dated": self.tr("not dated"),
        }

    def language(self) -> str:
        """The interface's language: the checklist, the copied text and the PDFs are in it."""
        return self._wizard.ui_language

    # -- the case ---------------------------------------------------------------------------
    def sent_on_date(self) -> date | None:
        """The posting date typed, or None when empty, not a date or out of range (io/bounds.py:
        the dates that follow are counted from it)."""
        return event_date_or_none(self.sent_on.text())

    def values(self) -> dict:
        """This page's part of the case: the posting date, as typed and as a date, and the ticks."""
        return {"typed": {"sent_on": self.sent_on.text()}, "options": {"sent_on": self.sent_on_date()},
                "ticks": frozenset(self.view.ticks)}

    def apply(self, case: "RequestCase") -> None:
        sent = case.options.sent_on
        self.sent_on.setText(case.typed.sent_on or (sent.isoformat() if sent else ""))
        self.view.set_ticks(case.ticks)
        self._show_progress()

    def checklists(self) -> list[Checklist]:
        return self._wizard.checklists()

    def text(self) -> str:
        return self._wizard.assistant.checklist_text(self._wizard.case(check=False),
                                                     quotes=self.quotes.isChecked(), languages=(self.language(),))

    # -- showing ----------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802
        self.status.clear()
        self._shown = True
        self.refresh()

    def refresh(self) -> None:
        typed = self.sent_on.text().strip()
        wrong = bool(typed) and self.sent_on_date() is None
        self.sent_on.setStyleSheet("background: #fde0e0" if wrong else "")
        # Say why it is red (the dates are counted from it: io/bounds.py); gone once corrected.
        why = self.tr("Posting date: write a day from %1 to %2, as YYYY-MM-DD").replace(
            "%1", EARLIEST.isoformat()).replace("%2", latest_event().isoformat())
        if wrong:
            self.status.setText(why)
        elif self.status.text() == why:
            self.status.clear()
        lists = self.checklists()
        self.view.show_checklists(lists, self.language(), self.words, self.quotes.isChecked(),
                                  Speech(self._wizard.assistant.checklist_words, self.language()))
        if not lists:
            self.details.clear()
        self.copy_message.setEnabled(any(wants_contact_first(c) for c in lists))
        self._show_progress()

    def _show_progress(self) -> None:
        done, total = self.view.progress()
        self.progress.setText(self.tr("%1 of %2 done").replace("%1", str(done)).replace("%2", str(total)))

    def _show_details(self, node: object, text: str) -> None:
        if isinstance(node, Checklist):
            words, language = self._wizard.assistant.checklist_words, self.language()
            self.details.setHtml(header_html(node, language, self.words,
                                             lambda d: words.day(d, "date.short").text(language)))
        elif node is not None:
            speech = Speech(self._wizard.assistant.checklist_words, self.language())
            self.details.setHtml(details_html(node, text, self.words, speech))
        else:
            self.details.setPlainText(text)

    # -- actions ----------------------------------------------------------------------------
    def _copy_text(self) -> None:
        self._wizard.copy_to_clipboard(self.text())
        self.status.setText(self.tr("Checklist copied."))

    def _copy_message(self) -> None:
        self._wizard.copy_to_clipboard(self._wizard.assistant.message(self._wizard.case(check=False),
                                                                       MESSAGE_LANGUAGES))
        self.status.setText(self.tr("First-contact message copied (Japanese and English)."))

    def _pdf(self, blank: bool) -> bytes:
        return self._wizard.assistant.checklist_pdf(self._wizard.case(), blank=blank, languages=(self.language(),))

    def _save(self, blank: bool) -> None:
        suggested = self._wizard.suggested_file_name("blank_checklist" if blank else "checklist")
        title = self.tr("Save blank checklist") if blank else self.tr("Save checklist")
        path = save_pdf(self, title, suggested, self._pdf(blank))
        if path is not None:
            self.status.setText(self.tr("Saved %1").replace("%1", str(path)))

    def cleanupPage(self) -> None:  # noqa: N802
        pass

    def clear(self) -> None:
        self.view.clear()
        self.view.set_ticks(())
        self.details.clear()
        self.sent_on.clear()
        self.quotes.setChecked(False)
        self.status.clear()
        self._show_progress()
