"""The wizard: from "which company?" to a letter and a checklist.

A thin client of the core: it asks the directory, builds checklists with
requirements.build_checklist, validates details with the Details model and renders with the
renderers. It computes no requirement itself.
"""
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPlainTextEdit, QWizard

from ..directory import Directory, load_directory
from .company_page import CompanyPage
from .fonts import application_font

if TYPE_CHECKING:
    from ..checklist import Checklist
    from ..drafts import Draft
    from ..details import Details
    from ..law import Labels, Law
    from ..model import Company
    from ..requirements import Options

AUTOSAVE_MS = 5000
PAGE_IDS = {"company": 0, "request": 1, "requester": 2, "details": 3, "checklist": 4, "letter": 5}


def load_directory_showing_progress() -> Directory:
    """The directory; when many new records are being indexed (a first start with a large
    folder), a progress dialog shows how far it is, once it has taken a second."""
    dialog = None

    def progress(done: int, total: int) -> None:
        nonlocal dialog
        if dialog is None:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QProgressDialog

            dialog = QProgressDialog()
            dialog.setWindowTitle("Disclosure Request Assistant")
            dialog.setLabelText("Indexing company records (only after they change)…")
            dialog.setCancelButton(None)
            dialog.setMinimumDuration(1000)
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)  # its events get processed
        dialog.setMaximum(total)
        dialog.setValue(done)

    directory = load_directory(progress=progress)
    if dialog is not None:
        dialog.close()
        dialog.deleteLater()
    return directory


class RequestWizard(QWizard):
    """Company → request kinds → who is asking → details → checklist → letter.

    Only the first page is built at start-up (it needs nothing but the directory's names); the
    others, and the law data, validation and PDF libraries they use, come with the first "Next".
    """

    def __init__(self, directory: Directory | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Disclosure Request Assistant")
        self.setFont(application_font())
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, "Start &over")
        start_over = self.button(QWizard.WizardButton.CustomButton1)
        start_over.setObjectName("startOverButton")
        start_over.setAccessibleName("Start over")
        start_over.setToolTip("Clear everything typed, for the next caller")
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton3, True)
        for which, text, name, tip in (
                (QWizard.WizardButton.CustomButton2, "Save &draft", "saveDraftButton",
                 "Save what is typed so far, to continue later"),
                (QWizard.WizardButton.CustomButton3, "Open dra&ft", "openDraftButton",
                 "Continue from a saved draft")):
            self.setButtonText(which, text)
            button = self.button(which)
            button.setObjectName(name)
            button.setAccessibleName(text.replace("&", ""))
            button.setToolTip(tip)
        W = QWizard.WizardButton
        self.setButtonLayout([W.CustomButton3, W.CustomButton2, W.CustomButton1, W.Stretch,
                              W.BackButton, W.NextButton, W.FinishButton, W.CancelButton])
        self.customButtonClicked.connect(self._custom_button)
        self.finished.connect(lambda _result: self._closed_normally())
        self.resize(900, 700)
        # While personal data is on screen, a crash-recovery draft is kept (see drafts.py).
        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave)

        self.directory = directory if directory is not None else load_directory_showing_progress()
        self.copied_text: str | None = None  # what we put on the clipboard, to clear on start over
        self.company_page = CompanyPage(self)
        self.setPage(PAGE_IDS["company"], self.company_page)
        self._pages: dict[str, object] = {}

    @cached_property
    def law(self) -> "Law":
        from ..reference import load_law

        return load_law()

    @cached_property
    def labels(self) -> "Labels":
        from ..reference import load_labels

        return load_labels()

    def _later_pages(self) -> dict[str, object]:
        if not self._pages:
            from .details_page import DetailsPage
            from .request_pages import RequestPage, RequesterPage
            from .result_pages import ChecklistPage, LetterPage

            for key, kind in (("request", RequestPage), ("requester", RequesterPage),
                              ("details", DetailsPage), ("checklist", ChecklistPage),
                              ("letter", LetterPage)):
                page = kind(self)
                self._pages[key] = page
                self.setPage(PAGE_IDS[key], page)
            self._autosave.start()
        return self._pages

    request_page = property(lambda self: self._later_pages()["request"])
    requester_page = property(lambda self: self._later_pages()["requester"])
    details_page = property(lambda self: self._later_pages()["details"])
    checklist_page = property(lambda self: self._later_pages()["checklist"])
    letter_page = property(lambda self: self._later_pages()["letter"])

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt's name; Next builds what comes next
        self._later_pages()
        return super().validateCurrentPage()

    # -- the state, read from the pages ------------------------------------------------------
    def company(self) -> "Company | None":
        return self.company_page.selected_company()

    def kinds(self) -> tuple[str, ...]:
        return self.request_page.selected_kinds()

    def requester(self) -> str:
        return self.requester_page.selected_requester()

    def details(self) -> "Details | None":
        return self.details_page.details()

    def checklists(self, options: "Options | None" = None) -> "list[Checklist]":
        """One checklist per chosen kind, from the core."""
        from ..requirements import build_checklist

        company = self.company()
        if company is None:
            return []
        return [build_checklist(company, kind, self.requester(), options,  # type: ignore[arg-type]
                                law=self.law, labels=self.labels) for kind in self.kinds()]

    # -- clipboard ----------------------------------------------------------------------------
    def copy_to_clipboard(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.copied_text = text

    # -- start over ---------------------------------------------------------------------------
    def _custom_button(self, which) -> None:
        actions = {QWizard.WizardButton.CustomButton1: self.start_over,
                   QWizard.WizardButton.CustomButton2: self.save_draft,
                   QWizard.WizardButton.CustomButton3: self.open_draft}
        for button, action in actions.items():
            if which in (button, button.value):
                action()

    # -- drafts -------------------------------------------------------------------------------
    def draft(self) -> "Draft":
        """Everything typed, as a Draft (core data, no Qt)."""
        from ..drafts import Draft

        if not self._pages:
            return Draft(company_id=self.company_page.selected_id())
        details = self.details_page
        fields = {name: details._text(name) for name in details.inputs}
        fields["groundDetails"] = details.ground_details.toPlainText()
        return Draft(
            company_id=self.company_page.selected_id(), kinds=self.kinds(),
            requester=self.requester(), fields={k: v for k, v in fields.items() if v},
            capacity=details.capacity.currentData(),
            grounds=tuple(k for k, box in details.grounds.items() if box.isChecked()),
            response_method=details.response.currentData(),
            sent_on=self.checklist_page.sent_on.text(),
            letter_language=self.letter_page.language.currentData())

    def apply_draft(self, draft: "Draft") -> None:
        """Fill every page from a draft and go as far as it allows, up to the details."""
        self.company_page.search.clear()
        if draft.company_id:
            self.company_page.select(draft.company_id)
        self.request_page.set_kinds(draft.kinds)
        self.requester_page.set_requester(draft.requester)
        details = self.details_page
        details.initializePage()  # shows the sections these kinds and this requester need
        for name, widget in details.inputs.items():
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(draft.fields.get(name, ""))
            else:
                widget.setText(draft.fields.get(name, ""))
        details.ground_details.setPlainText(draft.fields.get("groundDetails", ""))
        if draft.capacity is not None:
            details.capacity.setCurrentIndex(max(details.capacity.findData(draft.capacity), 0))
        for key, box in details.grounds.items():
            box.setChecked(key in draft.grounds)
        details.response.setCurrentIndex(max(details.response.findData(draft.response_method), 0))
        self.checklist_page.sent_on.setText(draft.sent_on)
        self.letter_page.language.setCurrentIndex(
            max(self.letter_page.language.findData(draft.letter_language), 0))
        self.restart()
        while self.currentId() < PAGE_IDS["details"] and self.currentPage().isComplete():
            self.next()

    def save_draft(self) -> None:
        from pathlib import Path

        from ..drafts import drafts_dir, private_folder, save_draft
        from ..safe_write import OutputError

        folder = private_folder(drafts_dir())
        name, _ = QFileDialog.getSaveFileName(self, "Save draft", str(folder / "draft.json"),
                                              "Drafts (*.json)")
        if not name:
            return
        try:
            save_draft(Path(name if name.endswith(".json") else name + ".json"), self.draft())
        except OutputError as exc:
            QMessageBox.warning(self, "Draft not saved", f"{exc}\n\nEverything you typed is still here.")

    def open_draft(self) -> None:
        from pathlib import Path

        from ..drafts import DraftError, drafts_dir, load_draft

        name, _ = QFileDialog.getOpenFileName(self, "Open draft", str(drafts_dir()), "Drafts (*.json)")
        if not name:
            return
        try:
            draft = load_draft(Path(name))
        except DraftError as exc:
            QMessageBox.warning(self, "Draft not opened", str(exc))
            return
        self.apply_draft(draft)

    def autosave(self) -> None:
        """Refresh the crash-recovery draft (removed again once nothing personal is typed)."""
        from ..drafts import save_recovery

        save_recovery(self.draft())

    def offer_recovery(self) -> None:
        """If the last session ended without closing, offer what it had typed; then delete it."""
        from ..recovery_file import recovery_exists

        if not recovery_exists():  # the usual case: no need to load the draft model at start-up
            return
        from ..drafts import discard_recovery, pending_recovery

        draft = pending_recovery()
        if draft is None:
            return
        answer = QMessageBox.question(
            self, "Restore?", "The program was not closed normally last time. Restore what "
            "was typed then?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        discard_recovery()
        if answer == QMessageBox.StandardButton.Yes:
            self.apply_draft(draft)

    def _closed_normally(self) -> None:
        from ..recovery_file import discard_recovery

        self._autosave.stop()
        discard_recovery()

    def has_personal_data(self) -> bool:
        return bool(self._pages) and self.details_page.has_input()

    def start_over(self, ask: bool = True) -> None:
        """Clear every field and return to the first page (support staff, between callers)."""
        if ask and self.has_personal_data():
            answer = QMessageBox.question(
                self, "Start over", "Clear everything typed for this person and start again?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes)
            if answer != QMessageBox.StandardButton.Yes:
                return
        for page in [self.company_page, *self._pages.values()]:
            page.clear()
        clipboard = QGuiApplication.clipboard()
        if self.copied_text is not None and clipboard.text() == self.copied_text:
            clipboard.clear()
        self.copied_text = None
        if self._pages:
            from ..recovery_file import discard_recovery

            discard_recovery()
        self.restart()
        from PySide6.QtCore import Qt  # not at start-up: see company_page.py

        self.company_page.search.setFocus(Qt.FocusReason.OtherFocusReason)
