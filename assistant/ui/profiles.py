"""Saved profiles in the wizard: keep a person's details once, fill them in again for the next
company; a support worker finds a caller by any part of the profile's name, or deletes one.

The profiles live in the case store (case/profiles.py), on this computer only.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from assistant.ui.details_fields import plain
from assistant.ui.plain import plain_labels, said
from assistant.ui.translations import Retranslated, current_language

if TYPE_CHECKING:
    from assistant.case.rows import Profile


def profile_line(label: str, details: dict) -> str:
    """How a saved profile is listed: its name, and the birth date and address that tell two
    people of one name apart (「鈴木 一郎 — 1970年5月5日生まれ、大阪府大阪市…」)."""
    from datetime import date

    from assistant.law.japanese_dates import western_date_ja

    person = details.get("requester", {})
    name = person.get("full_name", "")
    facts = []
    try:
        born = date.fromisoformat(str(person.get("date_of_birth", "")))
        facts.append(QCoreApplication.translate("ProfilePicker", "born {birth}").format(
            birth=western_date_ja(born) if current_language() == "ja" else born.isoformat()))
    except ValueError:
        pass
    if person.get("address"):
        facts.append(person["address"])
    head = label if not name or name == label else f"{label} ({name})"
    return head + (" — " + ("、" if current_language() == "ja" else ", ").join(facts) if facts else "")


class ProfilePicker(Retranslated, QDialog):
    """Find a saved profile by any part of its name; use it, or delete it."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.chosen: "Profile | None" = None
        self.search = QLineEdit(objectName="profileSearch")
        self.list = QListWidget(objectName="profileList")
        self.label = label = QLabel()
        label.setBuddy(self.search)
        self.delete = QPushButton(objectName="deleteProfileButton")
        self.buttons = buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                                  | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.delete, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.accepted.connect(self._use)
        buttons.rejected.connect(self.reject)
        self.delete.clicked.connect(self._delete)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self.refresh)
        self.list.itemActivated.connect(lambda _item: self._use())
        self.search.installEventFilter(self)
        self.retranslate()
        self.refresh()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        # Down from the search goes into the list (Enter in the search takes the highlighted one).
        from PySide6.QtCore import QEvent

        if watched is self.search and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Down and self.list.count():
            self.list.setFocus()
            return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Saved profiles"))
        self.search.setAccessibleName(self.tr("Search profiles"))
        self.search.setPlaceholderText(self.tr("Type part of a name…"))
        self.list.setAccessibleName(self.tr("Saved profiles"))
        self.label.setText(self.tr("&Find:"))
        self.delete.setText(self.tr("&Delete"))
        self.delete.setToolTip(self.tr("Delete the chosen profile and the details in it for good"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Use"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def refresh(self) -> None:
        self.list.clear()
        for profile in self.store.profiles(self.search.text()):
            item = QListWidgetItem(profile_line(profile.label, profile.details))
            item.setData(Qt.ItemDataRole.UserRole, profile.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _use(self) -> None:
        profile_id = self._current_id()
        if profile_id is not None:
            self.chosen = self.store.profile(profile_id)
            self.accept()

    def _delete(self) -> None:
        profile_id = self._current_id()
        if profile_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete profile"),
                                      self.tr("Delete this profile and the details in it for good?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.store.delete_profile(profile_id)
            self.refresh()


class ProfileBar(Retranslated, QWidget):
    """Two buttons above the details: save them as a profile, or fill them from one."""

    def __init__(self, wizard):
        super().__init__(objectName="profileBar")
        self._wizard = wizard
        self.save = QPushButton(objectName="saveProfileButton")
        self.fill = QPushButton(objectName="fillProfileButton")
        self.saved = QLabel(objectName="profileSaved")  # what was saved, confirmed in words
        self.saved.setWordWrap(True)
        plain_labels(self.saved)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.saved, 1)
        row.addWidget(self.fill)
        row.addWidget(self.save)
        self.save.clicked.connect(self.save_profile)
        self.fill.clicked.connect(self.fill_from_profile)
        self.retranslate()

    def retranslate(self) -> None:
        self.save.setText(self.tr("Save as &profile…"))
        self.save.setToolTip(self.tr("Keep these details under a name, to use them for other companies"))
        self.fill.setText(self.tr("&Use a saved profile…"))
        self.fill.setToolTip(self.tr("Fill in the details of a person saved before"))
        for button in (self.save, self.fill):  # said by screen readers without the Alt key's &
            button.setAccessibleName(plain(button.text()).rstrip("…"))

    def save_profile(self) -> None:
        case = self._wizard.case()
        if case.details is None:
            QMessageBox.information(self, self.tr("Save as profile"), self.tr(
                "Complete the details first (the fields marked * and any shown in red)."))
            return
        name, ok = QInputDialog.getText(self, self.tr("Save as profile"), self.tr("&Name to find it by:"),
                                        text=case.details.requester.full_name)
        if not ok or not name.strip():
            return
        from assistant.case.rows import StoreError

        details = case.details.model_dump(mode="json")
        store = self._wizard.tracker().store
        try:
            same = [p for p in store.profiles(name.strip()) if p.label == name.strip()
                    and p.details.get("requester", {}).get("date_of_birth") == details["requester"]["date_of_birth"]]
            if same and QMessageBox.question(self, self.tr("Save as profile"), self.tr(
                    "A profile of this name and date of birth is saved already. Save another one?"),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
                return
            store.save_profile(name, details)
        except StoreError as exc:
            self.saved.setText(said(exc))
            return
        self.saved.setText(self.tr("Saved as profile: {profile}").format(profile=profile_line(name.strip(), details)))

    def fill_from_profile(self) -> None:
        from assistant.case.details import Details
        from assistant.case.request import Typed

        picker = ProfilePicker(self._wizard.tracker().store, self)
        accepted = picker.exec() == QDialog.DialogCode.Accepted
        chosen = picker.chosen
        picker.deleteLater()  # its list of saved people goes with it
        if not accepted or chosen is None:
            return
        details = Details.model_validate(chosen.details,
                                         context={"law": self._wizard.assistant.law})
        case = self._wizard.case(check=False)
        self._wizard.apply_case(case.model_copy(update={
            "typed": Typed.from_details(details), "requester": details.requester_kind}))
