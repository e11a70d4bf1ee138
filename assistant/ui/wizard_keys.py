"""The wizard's keyboard path: after every step the focus is on the page's first field (never on
"Change company" or a button at the bottom), Enter goes forward (a button that leads back never
takes Enter), and Escape or Cancel with a person's details typed asks first; the crash-recovery
draft stays until the person says to close."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget, QWizard

# Where the focus lands on each page (objectName): what a person does there first.
FIRST_FIELDS = {"company": "companySearch", "request": "requestKinds", "requester": "requesterKinds",
                "details": "fullName", "checklist": "checklistView", "letter": "saveLetterButton"}


class KeyboardPath:
    """Mixed into RequestWizard (PAGE_IDS, has_personal_data)."""

    def keep_to_the_keyboard_path(self) -> None:
        W = QWizard.WizardButton
        for which in (W.BackButton, W.CustomButton1):  # backwards (or clearing): Space or Alt, never Enter
            self.button(which).setAutoDefault(False)
        self._closing_asked = False
        self.currentIdChanged.connect(self.focus_first_field)

    def no_enter_backwards(self, button) -> None:
        """A button that leads back ("Change company"): Enter in the page goes forward instead."""
        button.setAutoDefault(False)
        button.setDefault(False)

    def focus_first_field(self, *_args) -> None:
        """Put the focus on the current page's first field (QWizard picks the first control in
        the tab order, which is "Change company")."""
        if not self.isVisible():  # the first page, as the wizard opens: its first control is the
            return  # search field already, and the Qt namespace (17 ms) can wait for the first paint
        from PySide6.QtCore import Qt

        page = self.currentPage()
        names = {number: key for key, number in self.PAGE_IDS.items()}
        name = FIRST_FIELDS.get(names.get(self.currentId(), ""))
        field = page.findChild(QWidget, name) if page is not None and name else None
        if field is not None and field.isVisibleTo(page) and field.isEnabled():
            field.setFocus(Qt.FocusReason.TabFocusReason)

    def reject(self) -> None:
        """Escape, Cancel or the window's close button: with a person's details on screen, ask
        (the question stays open beside the wizard; closing happens only on Yes)."""
        if self._closing_asked or not self.has_personal_data():
            super().reject()
            return
        from PySide6.QtWidgets import QMessageBox  # not at start-up

        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("KeyboardPath", "Close"),
                          QCoreApplication.translate(
                              "KeyboardPath", "Close the program? What is typed for this person is "
                              "cleared (save a draft first to keep it)."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("closeQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.No)  # Enter after Escape does not lose data
        box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("KeyboardPath", "&Close"))
        box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("KeyboardPath", "&Keep working"))
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda _result: self._closing_answered(box.clickedButton() is yes))
        box.open()

    def _closing_answered(self, close: bool) -> None:
        if close:
            self._closing_asked = True
            self.reject()
        self._closing_asked = False
