"""Page 6: the letter (preview, save, open, print, and keep it in My requests).

The preview renders on a worker thread, shortly after the last change, so the window never
stalls; saving and printing use the preview's PDF when it is of the case as it is now.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWizardPage

from assistant.ui.actions import load_pdf, print_pdf, save_pdf
from assistant.ui.background import Latest
from assistant.ui.checklist_page import _button
from assistant.ui.fee_paid import FeePaidRow
from assistant.ui.plain import plain_labels, said
from assistant.ui.translations import Retranslated

if TYPE_CHECKING:
    from assistant.case.request import RequestCase

PREVIEW_DELAY_MS = 150  # a burst of changes (keys held down in the language list) renders once


def language_choices(assistant, shown_in: str = "en") -> list[tuple[str, str]]:
    """(key, text) for the language list: each language alone, then the primary language with
    each other one; keys join the languages with '+' (ja, en, ja+en). From the forms' data."""
    from assistant.law.wording import PRIMARY

    def name(language: str) -> str:
        words = assistant.wording(language).language_name
        own, shown = words.text(language), words.text(shown_in)
        return own if not own or own == shown else f"{own} ({shown})"

    def short(language: str) -> str:
        return assistant.wording(language).language_name.text(shown_in) or language

    languages = assistant.languages()
    choices = [(language, name(language) or language) for language in languages]
    if PRIMARY in languages:
        both = QCoreApplication.translate("LetterPage", "Both: {first}, then {second}")
        choices += [(f"{PRIMARY}+{other}", both.format(first=short(PRIMARY), second=short(other)))
                    for other in languages if other != PRIMARY]
    return choices


class LetterPage(Retranslated, QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.language = QComboBox(objectName="letterLanguage")
        for key, _text in language_choices(wizard.assistant):
            self.language.addItem("", key)
        self.language_label = language_label = QLabel()
        language_label.setBuddy(self.language)
        self.document = QPdfDocument(self)
        self.preview = QPdfView(self)
        self.preview.setObjectName("letterPreview")
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.save = _button("", "saveLetterButton", "")
        self.open_button = _button("", "openLetterButton", "")
        self.open_button.setEnabled(False)
        self.print_button = _button("", "printLetterButton", "")
        # The 委任状 an appointed agent or a lawyer sends with the letter (shown only for them).
        self.authority = _button("", "saveAuthorityButton", "")
        self.status = QLabel(objectName="letterStatus")
        self.status.setWordWrap(True)
        plain_labels(self.status)  # file names and messages as they are
        self.track = QCheckBox(objectName="trackRequest")
        self.fee_paid = FeePaidRow(self.refresh)
        top = QHBoxLayout()
        top.addWidget(language_label)
        top.addWidget(self.language)
        top.addStretch(1)
        for b in (self.save, self.open_button, self.print_button):
            top.addWidget(b)
        below = QHBoxLayout()  # the 委任状 on a row of its own: the top row fits a narrow window
        below.addWidget(self.track)
        below.addStretch(1)
        below.addWidget(self.authority)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.fee_paid)
        layout.addLayout(below)
        layout.addWidget(self.status)
        self._buffer = None
        self._shown: tuple[RequestCase, bytes] | None = None  # the case the preview shows, its PDF
        self.saved: Path | None = None
        self.renderer = Latest(self)
        self.renderer.finished.connect(self._show)
        self.renderer.failed.connect(lambda _case, message: self.status.setText(
            self.tr("The preview could not be made: {message}").format(message=message)))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(PREVIEW_DELAY_MS)
        self._debounce.timeout.connect(self._render)
        self.language.currentIndexChanged.connect(lambda _i: self.refresh())
        self.save.clicked.connect(self._save)
        self.open_button.clicked.connect(self._open)
        self.print_button.clicked.connect(lambda: print_pdf(self, self.letter_bytes()))
        self.authority.clicked.connect(self._save_authority)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your letter"))
        self.setSubTitle(self.tr("Check the preview, then save or print it; sign and seal the paper copy."))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Letter language"))
        self.language.setToolTip(self.tr("Japanese is what the company expects; bilingual adds English "
                                         "under each part"))
        for index, (_key, text) in enumerate(language_choices(self._wizard.assistant, self._wizard.ui_language)):
            self.language.setItemText(index, text)
        self.preview.setAccessibleName(self.tr("Letter preview"))
        for button, text, tip in (
                (self.save, self.tr("&Save letter PDF"), self.tr("Save the letter as a PDF file")),
                (self.open_button, self.tr("Open the sa&ved letter"), self.tr("Open the saved letter in your PDF viewer")),
                (self.print_button, self.tr("P&rint"), self.tr("Print the letter")),
                (self.authority, self.tr("Save the letter of aut&hority (委任状)"),
                 self.tr("The 委任状 the person signs and seals with their registered seal; it goes "
                         "in the envelope with the letter"))):
            button.setText(text)
            button.setAccessibleName(text.replace("&", ""))
            button.setToolTip(tip)
        self.track.setText(self.tr("&Track this request in My requests"))
        self.track.setToolTip(self.tr("Keep this request with its dates, to be reminded and to write the "
                                      "follow-up letters (stored on this computer only)"))

    def values(self) -> dict:
        """This page's part of the case: the letter's languages, in order."""
        return {"languages": tuple((self.language.currentData() or "").split("+")),
                **self.fee_paid.values()}

    def apply(self, case: "RequestCase") -> None:
        self.language.setCurrentIndex(max(self.language.findData("+".join(case.languages)), 0))
        self.fee_paid.apply(case.options.fee_paid_on, case.options.fee_paid_how)

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
        rep = self._wizard.case().details
        self.authority.setVisible(bool(rep and rep.representative
                                       and rep.representative.capacity in ("agent", "lawyer")))
        self.refresh()

    def _save_authority(self) -> None:
        data = self._wizard.assistant.authority_pdf(self._wizard.case())
        path = save_pdf(self, self.tr("Save letter of authority"), self._wizard.suggested_file_name("authority"), data)
        if path is not None:
            self.status.setText(self.tr("Saved {path}").format(path=path))

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
        tracked = None
        if self.track.isChecked():  # the letter date first: the saved letter is the tracked one
            from assistant.ui.track_request import tracked_case

            tracked = tracked_case(self, self._wizard.tracker(), self._wizard.case())
            if tracked is None:
                return
        data = self.letter_bytes() if tracked is None else self._wizard.assistant.letter_pdf(tracked[0])
        path = save_pdf(self, self.tr("Save letter"), self._wizard.suggested_file_name("letter"), data)
        if path is not None:
            self.saved = path
            self.open_button.setEnabled(True)
            self.status.setText(self.tr("Saved {path}").format(path=path))
            if tracked is not None:
                self._track(*tracked, data)

    def _track(self, case: "RequestCase", how: dict, letter: bytes) -> None:
        """Keep the saved request in My requests, with copies of its letter and checklist."""
        from assistant.case.rows import StoreError
        from assistant.ui.track_request import track

        try:
            case_id = track(self._wizard.tracker(), case, letter, how)
        except StoreError as exc:
            self.status.setText(self.tr("{saved}. Not tracked: {problem}").format(saved=self.status.text(), problem=said(exc)))
            return
        self.status.setText(self.tr("{saved}. Tracked as request {number}: open My requests on the first "
                                    "page when you post it.").format(saved=self.status.text(), number=case_id))

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
        self.fee_paid.clear()
        self.language.setCurrentIndex(0)
