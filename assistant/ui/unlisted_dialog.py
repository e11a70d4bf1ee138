""""My company is not listed": the company's name and address, for a checklist and letter from
the law alone (assistant/records/law_only.py). Nothing here is saved: it lives with the case."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout,
)

from assistant.ui.plain import plain_labels, said
from assistant.ui.translations import Retranslated

if TYPE_CHECKING:
    from assistant.records.model import Company


class UnlistedDialog(Retranslated, QDialog):
    """Asks for the name, address, postal code and department; `company` once accepted."""

    def __init__(self, parent=None):
        super().__init__(parent, objectName="unlistedDialog")
        self.company: "Company | None" = None
        self.intro = intro = QLabel()
        intro.setWordWrap(True)
        self.name = QLineEdit(objectName="unlistedName")
        self.address = QPlainTextEdit(objectName="unlistedAddress")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(70)
        self.postal = QLineEdit(objectName="unlistedPostalCode")
        self.department = QLineEdit(objectName="unlistedDepartment")
        self.form = form = QFormLayout()
        for widget in (self.name, self.address, self.postal, self.department):
            form.addRow(QLabel(), widget)
        self.problem = QLabel(objectName="unlistedProblem")
        self.problem.setStyleSheet("color: #a00000")
        self.problem.setWordWrap(True)
        plain_labels(self.problem)
        self.buttons = buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                                  | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("My company is not listed"))
        self.intro.setText(self.tr(
            "Every company that holds personal data must answer requests under the Act. Without a "
            "record of its own procedure, the checklist and the letter come from the law and general "
            "practice alone. Copy the address from the company's website (its privacy policy or "
            "company profile)."))
        for row, (label, name) in enumerate((
                (self.tr("Company &name:"), self.tr("Company name")),
                (self.tr("&Address:"), self.tr("Company address")),
                (self.tr("&Postal code:"), self.tr("Postal code")),
                (self.tr("&Department:"), self.tr("Department")))):
            caption = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            caption.setText(label)
            field = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            caption.setBuddy(field)
            field.setAccessibleName(name)
        self.postal.setPlaceholderText(self.tr("e.g. 123-4567"))
        self.department.setPlaceholderText(self.tr("optional, e.g. Personal information inquiries"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def accept(self) -> None:
        """Only a usable name and address close the dialog; otherwise say what to fix."""
        from assistant.records.law_only import LawOnlyError, law_only_company

        try:
            self.company = law_only_company(self.name.text(), self.address.toPlainText(),
                                            self.postal.text(), self.department.text())
        except LawOnlyError as exc:
            self.problem.setText(said(exc))
            return
        super().accept()
