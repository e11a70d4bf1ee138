"""Page 4: the person's details (and the representative's), checked as they are typed.

The checks are the core's: the page hands over what is typed (values()), the wizard's case is
checked by the facade against the Details model, and the page shows each error under its field
and a summary of what still blocks "Next".
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QScrollArea,
    QVBoxLayout, QWidget, QWizardPage,
)

from assistant.case.details import Details

if TYPE_CHECKING:
    from assistant.case.request import RequestCase

# objectName → (path in the details, label, required, tooltip)
PERSON_FIELDS = [
    ("fullName", ("requester", "full_name"), "Full name", True, "As on the identity document"),
    ("fullNameKana", ("requester", "full_name_kana"), "Name in kana", False, "フリガナ"),
    ("dateOfBirth", ("requester", "date_of_birth"), "Date of birth", True, "YYYY-MM-DD, e.g. 1985-04-12"),
    ("postalCode", ("requester", "postal_code"), "Postal code", False, "7 digits, e.g. 150-0001"),
    ("address", ("requester", "address"), "Address", True, "As on the identity document"),
    ("phone", ("requester", "phone"), "Phone", False, "e.g. 090-1234-5678"),
    ("email", ("requester", "email"), "E-mail", False, "e.g. name@example.jp"),
    ("formerNames", ("requester", "former_names"), "Former names or addresses", False,
     "If the company may know you by an old name or address"),
]
REP_FIELDS = [
    ("repName", ("representative", "full_name"), "Representative's full name", True, ""),
    ("repAddress", ("representative", "address"), "Representative's address", True, ""),
    ("repPhone", ("representative", "phone"), "Representative's phone", False, ""),
    ("repEmail", ("representative", "email"), "Representative's e-mail", False, ""),
    ("repRegistration", ("representative", "registration_number"), "Lawyer's registration number",
     False, "Required for a lawyer"),
]
DATA_FIELDS = [
    ("services", ("request", "services"), "Services used", False, "Comma-separated, e.g. doda, HiPro"),
    ("accountIds", ("request", "account_ids"), "Member or account IDs", False, "Comma-separated"),
    ("period", ("request", "period"), "Period", False, "e.g. 2020 to now"),
]
CAPACITIES = {
    "legal-representative": [("legal-representative-minor", "Parent or guardian of a minor"),
                             ("legal-representative-ward", "Adult guardian of an adult ward")],
    "agent": [("agent", "Agent appointed by the person")],
    "lawyer": [("lawyer", "Lawyer")],
}
GROUND_DETAILS = "request.ground_details"


class DetailsPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle("Details for the letter")
        self.setSubTitle("Fields marked * are required. Nothing you type leaves this computer.")
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.paths: dict[str, str] = {}  # path in the details (requester.full_name) → objectName
        self.errors: dict[str, QLabel] = {}
        self.touched: set[str] = set()
        self.rows: dict[str, tuple[QLabel, QWidget]] = {}

        body = QWidget()
        layout = QVBoxLayout(body)
        self.person_box = self._group("The person", PERSON_FIELDS)
        layout.addWidget(self.person_box)

        self.rep_box = self._group("Representative", REP_FIELDS, first_row=self._capacity_row())
        layout.addWidget(self.rep_box)
        self.data_box = self._group("Data concerned", DATA_FIELDS)
        layout.addWidget(self.data_box)

        self.correction_box = QGroupBox("Correction")
        form = QFormLayout(self.correction_box)
        for name, path, label in (("correctionCurrent", "request.correction.current", "What it says now *"),
                                  ("correctionCorrect", "request.correction.correct", "What it should say *")):
            edit = QPlainTextEdit(objectName=name)
            edit.setAccessibleName(label.rstrip(" *"))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(60)
            edit.textChanged.connect(lambda n=name: self._edited(n))
            self.inputs[name] = edit
            self.paths[path] = name
            self._add_row(form, label, edit, name)
        layout.addWidget(self.correction_box)

        self.grounds_box = QGroupBox("Grounds (tick at least one)")
        grounds_layout = QVBoxLayout(self.grounds_box)
        self.grounds: dict[str, QCheckBox] = {}
        for key, ground in wizard.law.suspension_grounds.items():
            box = QCheckBox(f"{ground.words.text('en')} ({ground.article})", objectName=f"ground-{key}")
            box.setToolTip(ground.words.text("ja"))
            box.toggled.connect(lambda _on: self._edited("grounds"))
            self.grounds[key] = box
            grounds_layout.addWidget(box)
        self.ground_details = QPlainTextEdit(objectName="groundDetails")
        self.ground_details.setAccessibleName("Details of the grounds")
        self.ground_details.setPlaceholderText("What happened (optional)")
        self.ground_details.setTabChangesFocus(True)
        self.ground_details.setFixedHeight(50)
        self.ground_details.textChanged.connect(lambda: self._edited("groundDetails"))
        grounds_layout.addWidget(self.ground_details)
        layout.addWidget(self.grounds_box)

        self.response_box = QGroupBox("How should the company answer?")
        response_layout = QFormLayout(self.response_box)
        self.response = QComboBox(objectName="responseMethod")
        self.response.setAccessibleName("Response method")
        self.response.setToolTip("Under APPI Art. 33(1) you may say how data is disclosed")
        self.response.currentIndexChanged.connect(lambda _i: self._edited("responseMethod"))
        self._add_row(response_layout, "&Method", self.response, "responseMethod")
        layout.addWidget(self.response_box)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        self.summary = QLabel(objectName="detailsProblems")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #a00000")
        self.summary.setAccessibleName("What still needs fixing")
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.summary)

    # -- building -----------------------------------------------------------------------------
    def _capacity_row(self) -> QComboBox:
        self.capacity = QComboBox(objectName="repCapacity")
        self.capacity.setAccessibleName("Representative's capacity")
        self.capacity.currentIndexChanged.connect(lambda _i: self._edited("repCapacity"))
        return self.capacity

    def _group(self, title: str, fields, first_row: QWidget | None = None) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        if first_row is not None:
            self._add_row(form, "Capacity *", first_row, first_row.objectName())
        for name, path, label, required, tip in fields:
            edit = QLineEdit(objectName=name)
            edit.setAccessibleName(label)
            if tip:
                edit.setToolTip(tip)
                edit.setPlaceholderText(tip)
            edit.textEdited.connect(lambda _t, n=name: self._edited(n))
            edit.textChanged.connect(lambda _t: self._revalidate())
            self.inputs[name] = edit
            self.paths[".".join(path)] = name
            self._add_row(form, label + (" *" if required else ""), edit, name)
        return box

    def _add_row(self, form: QFormLayout, label: str, widget: QWidget, name: str) -> None:
        caption = QLabel(label)
        caption.setBuddy(widget)
        error = QLabel(objectName=f"{name}Error")
        error.setStyleSheet("color: #a00000")
        error.setWordWrap(True)
        error.hide()
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(error)
        self.errors[name] = error
        self.rows[name] = (caption, holder)
        form.addRow(caption, holder)

    # -- what the page shows depends on the earlier pages ------------------------------------
    def initializePage(self) -> None:  # noqa: N802
        case = self._wizard.case(check=False)
        kinds, requester = set(case.kinds), case.requester
        self.rep_box.setVisible(requester != "self")
        wanted = CAPACITIES.get(requester, [])
        current = self.capacity.currentData()
        if [self.capacity.itemData(i) for i in range(self.capacity.count())] != [k for k, _ in wanted]:
            self.capacity.blockSignals(True)
            self.capacity.clear()
            for key, text in wanted:
                self.capacity.addItem(text, key)
            index = self.capacity.findData(current)
            self.capacity.setCurrentIndex(max(index, 0))
            self.capacity.blockSignals(False)
        for widget in self.rows["repRegistration"]:
            widget.setVisible(requester == "lawyer")
        self.correction_box.setVisible("correction" in kinds)
        self.grounds_box.setVisible(any(map(self._wizard.law.needs_grounds, kinds)))
        for key, box in self.grounds.items():
            box.setVisible(bool(set(self._wizard.law.suspension_grounds[key].kinds) & kinds))
        self._fill_response_methods(kinds)
        self._revalidate()

    def _fill_response_methods(self, kinds: set[str]) -> None:
        # What the company offers (through the core's checklists); the law also lets the person
        # name a method for some kinds (Art. 33(1)), so offer the methods the law data names.
        offered: list[str] = []
        for checklist in self._wizard.checklists():
            offered += [m for m in checklist.response_methods if m not in offered]
        for kind in sorted(kinds):
            offered += [m for m in self._wizard.law.answer_methods(kind) if m not in offered]
        current = self.response.currentData()
        self.response.blockSignals(True)
        self.response.clear()
        self.response.addItem("No preference", None)
        for method in offered:
            self.response.addItem(self._wizard.labels.response_methods[method].en, method)
        self.response.setCurrentIndex(max(self.response.findData(current), 0))
        self.response.blockSignals(False)
        self.response_box.setVisible(bool(offered))

    # -- reading and checking ----------------------------------------------------------------
    def _text(self, name: str) -> str:
        widget = self.inputs[name]
        return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()

    def values(self) -> dict:
        """This page's part of the case: what is typed and chosen, as it is."""
        fields = {path: self._text(name) for path, name in self.paths.items()}
        fields[GROUND_DETAILS] = self.ground_details.toPlainText()
        return {"typed": {
            "fields": {path: text for path, text in fields.items() if text},
            "capacity": self.capacity.currentData(),
            "grounds": tuple(key for key, box in self.grounds.items() if box.isChecked()),
            "response_method": self.response.currentData()}}

    def apply(self, case: "RequestCase") -> None:
        """Show the sections the case's kinds and requester need, filled from what it holds."""
        self.initializePage()
        typed = case.typed
        for path, name in self.paths.items():
            widget = self.inputs[name]
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(typed.fields.get(path, ""))
            else:
                widget.setText(typed.fields.get(path, ""))
        self.ground_details.setPlainText(typed.fields.get(GROUND_DETAILS, ""))
        if typed.capacity is not None:
            self.capacity.setCurrentIndex(max(self.capacity.findData(typed.capacity), 0))
        for key, box in self.grounds.items():
            box.setChecked(key in typed.grounds)
        self.response.setCurrentIndex(max(self.response.findData(typed.response_method), 0))

    def validation(self) -> tuple[Details | None, dict[str, str], list[str]]:
        """(details or None, errors by field objectName, errors not tied to one field)."""
        details, errors = self._wizard.assistant.check(self._wizard.case(check=False))
        by_field: dict[str, str] = {}
        for path, message in errors:
            if path in self.paths:
                by_field.setdefault(self.paths[path], message)
        return details, by_field, [message for path, message in errors if path not in self.paths]

    def _edited(self, name: str) -> None:
        self.touched.add(name)
        self._revalidate()

    def _revalidate(self) -> None:
        details, by_field, general = self.validation()
        for name, label in self.errors.items():
            message = by_field.get(name)
            show = message is not None and name in self.touched
            label.setText(message or "")
            label.setVisible(show)
        labels = {name: self._label_of(name) for name in by_field}
        reasons = [f"{labels[n]}: {m}" for n, m in by_field.items()] + general
        self.summary.setText("" if details else "To continue: " + "; ".join(reasons))
        self.completeChanged.emit()

    def _label_of(self, name: str) -> str:
        widget = self.inputs.get(name)
        return widget.accessibleName() if widget is not None else name

    def details(self) -> Details | None:
        return self.validation()[0]

    def isComplete(self) -> bool:  # noqa: N802
        return self.details() is not None

    def validatePage(self) -> bool:  # noqa: N802 - show every reason when Next is pressed
        self.touched.update(self.errors)
        self._revalidate()
        return self.isComplete()

    def cleanupPage(self) -> None:  # noqa: N802 - keep what was typed when going back
        pass

    def has_input(self) -> bool:
        return any(self._text(n).strip() for n in self.inputs) or \
            bool(self.ground_details.toPlainText().strip())

    def clear(self) -> None:
        for widget in self.inputs.values():
            widget.clear()
        for box in self.grounds.values():
            box.setChecked(False)
        self.ground_details.clear()
        self.response.setCurrentIndex(0)
        self.touched.clear()
        self._revalidate()
