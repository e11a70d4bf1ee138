"""The wizard's drafts: save and open a draft, and the crash-recovery draft kept while personal
data is on screen (offered on the next start, deleted on a normal close). A draft is a saved
RequestCase (drafts.py); nothing here is loaded at start-up unless a recovery draft exists, not
even the dialogs' Qt classes (making each one's Python type costs about a millisecond)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from assistant.ui.plain import warn

if TYPE_CHECKING:
    from assistant.case.request import RequestCase


class DraftActions:
    """Mixed into RequestWizard, whose pages and case these read and fill."""

    # -- drafts -------------------------------------------------------------------------------
    def draft(self) -> "RequestCase":
        """Everything typed, as a RequestCase (core data, no Qt): what a draft file holds."""
        return self.case()

    def apply_case(self, case: "RequestCase") -> None:
        """Fill every page from a case (a draft) and go as far as it allows, up to the details."""
        self.company_page.apply(case)
        for page in self._later_pages().values():  # in order: a page may depend on earlier ones
            page.apply(case)
        self.restart()
        while self.currentId() < self.PAGE_IDS["details"] and self.currentPage().isComplete():
            self.next()

    apply_draft = apply_case

    def save_draft(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from assistant.case.drafts import drafts_dir, save_draft
        from assistant.io.private_dirs import private_dir
        from assistant.io.safe_write import OutputError

        try:
            folder = private_dir(drafts_dir())
        except OutputError:  # no drafts folder can be made: the person picks a place
            folder = Path.home()
        name, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("DraftActions", "Save draft"),
                                              str(folder / self.suggested_file_name("draft", ".json")),
                                              QCoreApplication.translate("DraftActions", "Drafts (*.json)"))
        if not name:
            return
        try:
            save_draft(Path(name if name.endswith(".json") else name + ".json"), self.draft())
        except OutputError as exc:
            warn(self, QCoreApplication.translate("DraftActions", "Draft not saved"), exc,
                 QCoreApplication.translate("DraftActions", "Everything you typed is still here."))

    def open_draft(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from assistant.case.drafts import DraftError, drafts_dir, load_draft

        name, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("DraftActions", "Open draft"),
                                              str(drafts_dir()), QCoreApplication.translate("DraftActions", "Drafts (*.json)"))
        if not name:
            return
        try:
            draft = load_draft(Path(name))
        except DraftError as exc:
            warn(self, QCoreApplication.translate("DraftActions", "Draft not opened"), exc)
            return
        self.apply_draft(draft)

    def autosave(self) -> None:
        """Refresh the crash-recovery draft (removed again once nothing personal is typed)."""
        from assistant.case.drafts import save_recovery

        save_recovery(self.draft())

    def offer_recovery(self) -> None:
        """If the last session ended without closing, offer what it had typed. The recovery
        draft is replaced only once that is on screen again and saved anew (a crash meanwhile
        loses nothing); it is deleted if the person declines."""
        from assistant.case.recovery_file import recovery_exists
        from assistant.io.startup import tidy_user_folders

        tidy_user_folders()  # what a killed run left: loose folder modes, temporary files
        if not recovery_exists():  # the usual case: no need to load the draft model at start-up
            return
        from assistant.case.drafts import discard_recovery, pending_recovery

        draft = pending_recovery()
        if draft is None:
            return
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, QCoreApplication.translate("DraftActions", "Restore?"), QCoreApplication.translate(
                "DraftActions", "The program was not closed normally last time. Restore what was typed then?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            discard_recovery()
            return
        self.apply_draft(draft)
        self.autosave()  # what is on screen now replaces the recovery draft

    def _closed_normally(self) -> None:
        from assistant.case.recovery_file import discard_recovery

        self._autosave.stop()
        discard_recovery()
