"""The wizard: from "which company?" to a letter and a checklist. A thin client of the core: each
page hands over its part of the request as plain data (values()) or takes it back (apply(case));
the wizard assembles one RequestCase and asks the facade (facade.py) for checklists, checks and
PDFs. It computes no requirement itself."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard

from assistant.records.directory import Directory, UnknownCompany
from assistant.facade import Assistant
from assistant.io.yaml_errors import RecordError
from assistant.ui.company_page import CompanyPage
from assistant.ui.draft_actions import DraftActions
from assistant.ui.first_paint import AfterFirstPaint
from assistant.ui.fonts import application_font
from assistant.ui.help import add_help
from assistant.ui.language_bar import LanguageBar
from assistant.ui.plain import warn
from assistant.ui.translations import Retranslated, system_language, use_language
from assistant.ui.wizard_keys import KeyboardPath

if TYPE_CHECKING:
    from assistant.case.request import RequestCase
    from assistant.tracker import Tracker
    from assistant.checklist import Checklist
    from assistant.case.details import Details
    from assistant.law.model import Labels, Law
    from assistant.records.model import Company

AUTOSAVE_MS = 5000
PAGE_IDS = {"company": 0, "request": 1, "requester": 2, "details": 3, "checklist": 4, "letter": 5}


class RequestWizard(Retranslated, DraftActions, KeyboardPath, QWizard):
    """Company → request kinds → who is asking → details → checklist → letter.

    Only the first page is built at start-up (it needs nothing but the directory's names); the
    others, and the law data, validation and PDF libraries they use, come with the first "Next".
    """

    PAGE_IDS = PAGE_IDS  # the drafts (draft_actions.py) go as far as the details page

    def __init__(self, directory: Directory | None = None, parent=None, language: str | None = None):
        super().__init__(parent)
        # The interface language: the system's unless asked; data (request kinds, company names)
        # follows it too. In English no translator is loaded at all (start-up stays as it was).
        self.ui_language = language or system_language()
        if use_language(self.ui_language):
            # Qt posted this window a language change, which would lay every page out again
            # before the first paint: they are all made in the new language anyway.
            QCoreApplication.removePostedEvents(self, QEvent.Type.LanguageChange)
        if self.font() != application_font():  # (the application's font already, when started)
            self.setFont(application_font())
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        O = QWizard.WizardOption
        # At once: the wizard lays its buttons out again after each change of its options.
        self.setOptions(self.options() | O.HaveCustomButton1 | O.NoBackButtonOnStartPage
                        | O.HaveCustomButton2 | O.HaveCustomButton3)
        W = QWizard.WizardButton
        for which, name in ((W.CustomButton1, "startOverButton"), (W.CustomButton2, "saveDraftButton"),
                            (W.CustomButton3, "openDraftButton")):
            self.button(which).setObjectName(name)
        self.setButtonLayout([W.CustomButton3, W.CustomButton2, W.CustomButton1, W.Stretch,
                              W.BackButton, W.NextButton, W.FinishButton, W.CancelButton])
        self.customButtonClicked.connect(self._custom_button)
        self.keep_to_the_keyboard_path()
        self.finished.connect(lambda _result: self._closed_normally())
        self.resize(900, 700)
        # While personal data is on screen, a crash-recovery draft is kept (see drafts.py).
        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave)

        # The last load's directory at once; its folders are checked after the first paint
        # (records_check: None where they were just loaded in full, or a directory was given).
        self.directory, self.records_check = (directory, None) if directory is not None else \
            _open_directory()
        self.assistant = Assistant(self.directory)  # loads law, labels and wording when first asked
        self._tracker: "Tracker | None" = None
        self.copied_text: str | None = None  # what we put on the clipboard, to clear on start over
        self.company_page = CompanyPage(self)
        self.setPage(PAGE_IDS["company"], self.company_page)
        if self.records_check is not None:
            self.records_check.changed.connect(self.company_page.records_changed)
        self._pages: dict[str, object] = {}
        self.language_bar = LanguageBar(self)
        self.setSideWidget(self.language_bar)
        self.help_buttons = add_help(self)  # Help and About beside every page
        self.retranslate()
        AfterFirstPaint(self, lambda: (self.help_buttons.add_shortcut(),  # no use before it is seen
                                       self.company_page.once_painted()))

    def retranslate(self) -> None:
        """Every text of the wizard's own (the pages and the language list retranslate themselves)."""
        W = QWizard.WizardButton
        self.setWindowTitle(self.tr("Disclosure Request Assistant"))
        for which, text, tip in (
                (W.CustomButton1, self.tr("Start &over"), self.tr("Clear everything typed, for the next caller")),
                (W.CustomButton2, self.tr("Save &draft"), self.tr("Save what is typed so far, to continue later")),
                (W.CustomButton3, self.tr("Op&en draft"), self.tr("Continue from a saved draft")),
                (W.BackButton, self.tr("< &Back"), ""), (W.NextButton, self.tr("&Next >"), ""),
                (W.FinishButton, self.tr("&Finish"), ""), (W.CancelButton, self.tr("Cancel"), "")):
            self.setButtonText(which, text)
            button = self.button(which)
            button.setAccessibleName(text.replace("&", "").strip("<> "))
            button.setToolTip(tip)

    def set_ui_language(self, language: str) -> None:
        """Show the wizard in another language now, keeping everything typed and chosen."""
        self.ui_language = language
        self.language_bar.show_language(language)
        use_language(language)
        # Qt only posts its LanguageChange (and none when the translators already speak it):
        # retranslate now, so what follows this call sees the new language.
        QCoreApplication.sendEvent(self, QEvent(QEvent.Type.LanguageChange))

    @property
    def law(self) -> "Law":
        return self.assistant.law

    @property
    def labels(self) -> "Labels":
        return self.assistant.labels

    def _later_pages(self) -> dict[str, object]:
        if not self._pages:
            from assistant.ui.details_page import DetailsPage
            from assistant.ui.request_pages import RequestPage, RequesterPage
            from assistant.ui.checklist_page import ChecklistPage
            from assistant.ui.letter_page import LetterPage

            for key, kind in (("request", RequestPage), ("requester", RequesterPage),
                              ("details", DetailsPage), ("checklist", ChecklistPage),
                              ("letter", LetterPage)):
                page = kind(self)
                self._pages[key] = page
                self.setPage(PAGE_IDS[key], page)
            from assistant.ui.company_bar import CompanyBar, put_first_in_tab_order
            from assistant.ui.postal_fill import PostalFill
            from assistant.ui.profiles import ProfileBar

            for key, page in self._pages.items():  # which company, and a way to change it, on each
                bar = CompanyBar(self, page)
                self.no_enter_backwards(bar.change)
                page.layout().insertWidget(0, bar)
                first = [bar.change]
                if key == "details":  # saved profiles: one caller's details, several companies
                    profiles = ProfileBar(self)
                    page.layout().insertWidget(1, profiles)
                    first += [profiles.fill, profiles.save]
                put_first_in_tab_order(page, first)
            self._postal = PostalFill(self._pages["details"])  # the code fills the address
            from assistant.ui.birth_date import BirthDate

            self._birth = BirthDate(self._pages["details"])  # 昭和60年4月12日 read and said back
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

    # -- the case, assembled from what each page holds ---------------------------------------
    def case(self, check: bool = True) -> "RequestCase":
        """The request as the pages hold it now. check: with the details checked (None while
        incomplete); without, faster, for pages that need only company, kinds and requester."""
        from assistant.case.request import RequestCase

        values: dict = {}
        for page in (self.company_page, *self._pages.values()):
            _merge(values, page.values())
        case = RequestCase.model_validate(values)
        return self.assistant.checked(case) if check and self._pages else case

    def company(self) -> "Company | None":
        try:
            return self.assistant.company(self.case(check=False))
        except (UnknownCompany, RecordError):  # the company page says what is wrong
            return None

    def kinds(self) -> tuple[str, ...]:
        return self.case(check=False).kinds

    def requester(self) -> str:
        return self.case(check=False).requester

    def details(self) -> "Details | None":
        return self.case().details

    def checklists(self) -> "list[Checklist]":
        """One checklist per chosen kind, from the core."""
        return self.assistant.checklists(self.case(check=False)) if self.company() else []

    # -- requests after sending ---------------------------------------------------------------
    def tracker(self) -> "Tracker":
        """The tracked requests (the case store is opened on first use, not at start-up)."""
        if self._tracker is None:
            from assistant.case.store import CaseStore
            from assistant.tracker import Tracker

            self._tracker = Tracker(self.assistant, CaseStore())
        return self._tracker

    def show_cases(self) -> None:
        """Open "My requests"."""
        from assistant.case.rows import StoreError
        from assistant.ui.cases_view import CasesView

        try:
            view = CasesView(self.tracker(), self)
        except StoreError as exc:
            warn(self, self.tr("My requests"), exc)
            return
        view.exec()

    # -- clipboard and files -----------------------------------------------------------------
    def copy_to_clipboard(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.copied_text = text

    def suggested_file_name(self, what: str, suffix: str = ".pdf") -> str:
        """The name to offer when saving: this person, company, day and kinds (forms/file_names.yaml)."""
        return self.assistant.file_name(self.case(check=False), what, self.ui_language, suffix)

    # -- start over ---------------------------------------------------------------------------
    def _custom_button(self, which) -> None:
        actions = {QWizard.WizardButton.CustomButton1: self.start_over,
                   QWizard.WizardButton.CustomButton2: self.save_draft,
                   QWizard.WizardButton.CustomButton3: self.open_draft}
        for button, action in actions.items():
            if which in (button, button.value):
                action()

    def change_company(self) -> None:
        """Back to the company search in one step, everything typed kept (unlike start over)."""
        from PySide6.QtCore import Qt  # not at start-up: see company_page.py

        while self.currentId() != PAGE_IDS["company"] and self.currentId() != -1:
            self.back()
        self.company_page.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.company_page.search.selectAll()

    def has_personal_data(self) -> bool:
        return bool(self._pages) and self.details_page.has_input()

    def start_over(self, ask: bool = True) -> None:
        """Clear every field and return to the first page (support staff, between callers)."""
        if ask and self.has_personal_data():
            from PySide6.QtWidgets import QMessageBox  # not at start-up (its type costs ~1 ms)

            answer = QMessageBox.question(
                self, self.tr("Start over"), self.tr("Clear everything typed for this person and start again?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes)
            if answer != QMessageBox.StandardButton.Yes:
                return
        from assistant.ui.clipboard import clear_clipboard_of, shown_texts

        shown = shown_texts(self, self.copied_text)  # before the fields are cleared
        for page in [self.company_page, *self._pages.values()]:
            page.clear()
        from assistant.ui.company_bar import CompanyBar

        for bar in self.findChildren(CompanyBar):  # "To: …" of the caller before
            bar.refresh()
        clear_clipboard_of(shown)
        self.copied_text = None
        if self._pages:
            from assistant.case.recovery_file import discard_recovery

            discard_recovery()
        self.restart()
        from PySide6.QtCore import Qt  # not at start-up: see company_page.py

        self.company_page.search.setFocus(Qt.FocusReason.OtherFocusReason)


def _open_directory():
    from assistant.ui.progress import open_directory

    return open_directory()


def _merge(into: dict, values: dict) -> None:
    """Add a page's values to the case being assembled (nested parts such as typed merge)."""
    for key, value in values.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value
