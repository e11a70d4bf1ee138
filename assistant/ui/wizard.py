"""The wizard: from "which company?" to a letter and a checklist.

A thin client of the core: it asks the directory, builds checklists with
requirements.build_checklist, validates details with the Details model and renders with the
renderers. It computes no requirement itself.
"""
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWizard

from ..directory import Directory, load_directory
from .company_page import CompanyPage
from .fonts import application_font

if TYPE_CHECKING:
    from ..checklist import Checklist
    from ..details import Details
    from ..law import Labels, Law
    from ..model import Company
    from ..requirements import Options

PAGE_IDS = {"company": 0, "request": 1, "requester": 2, "details": 3, "checklist": 4, "letter": 5}


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
        self.customButtonClicked.connect(self._custom_button)
        self.resize(900, 700)

        self.directory = directory if directory is not None else load_directory()
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
    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value or which == QWizard.WizardButton.CustomButton1:
            self.start_over()

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
        self.restart()
        self.company_page.search.setFocus(Qt.FocusReason.OtherFocusReason)
