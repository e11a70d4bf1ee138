""""My company is not listed": the company's name and address, for a checklist and letter from
the law alone (assistant/records/law_only.py). Nothing here is saved: it lives with the case."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout,
)

if TYPE_CHECKING:
    from assistant.records.model import Company


class UnlistedDialog(QDialog):
    """Asks for the name, address, postal code and department; `company` once accepted."""

    def __init__(self, parent=None):
        super().__init__(parent, objectName="unlistedDialog")
        self.setWindowTitle("My company is not listed")
        self.company: "Company | None" = None
        intro = QLabel("Every company that holds personal data must answer requests under the Act. "
                       "Without a record of its own procedure, the checklist and the letter come "
                       "from the law and general practice alone. Copy the address from the "
                       "company's website (its privacy policy or company profile).")
        intro.setWordWrap(True)
        self.name = QLineEdit(objectName="unlistedName")
        self.name.setAccessibleName("Company name")
        self.address = QPlainTextEdit(objectName="unlistedAddress")
        self.address.setAccessibleName("Company address")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(70)
        self.postal = QLineEdit(objectName="unlistedPostalCode")
        self.postal.setAccessibleName("Postal code")
        self.postal.setPlaceholderText("123-4567")
        self.department = QLineEdit(objectName="unlistedDepartment")
        self.department.setAccessibleName("Department")
        self.department.setPlaceholderText("optional, e.g. 個人情報お問い合わせ窓口")
        form = QFormLayout()
        form.addRow("Company &name:", self.name)
        form.addRow("&Address:", self.address)
        form.addRow("&Postal code:", self.postal)
        form.addRow("&Department:", self.department)
        self.problem = QLabel(objectName="unlistedProblem")
        self.problem.setStyleSheet("color: #a00000")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Only a usable name and address close the dialog; otherwise say what to fix."""
        from assistant.records.law_only import LawOnlyError, law_only_company

        try:
            self.company = law_only_company(self.name.text(), self.address.toPlainText(),
                                            self.postal.text(), self.department.text())
        except LawOnlyError as exc:
            self.problem.setText(str(exc))
            return
        super().accept()
