"""Page 4: the person's details (and the representative's), checked as they are typed. The checks
are the core's: the page hands over what is typed (values()), the facade checks the case against the
Details model, and the page shows each error under its field and what still blocks "Next"."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QScrollArea,
    QVBoxLayout, QWidget, QWizardPage,
)

from assistant.case.details import Details
from assistant.ui.details_fields import (CAPACITIES, CORRECTION_FIELDS, OTHER_WORDS, DATA_FIELDS,
                                         PERSON_FIELDS, REP_FIELDS, capacity_text, plain, reasons as reasons_text)
from assistant.ui.grounds_box import GroundRows
from assistant.ui.translations import Retranslated

if TYPE_CHECKING:
    from assistant.case.request import RequestCase

GROUND_DETAILS = "request.ground_details"


class DetailsPage(Retranslated, QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.paths: dict[str, str] = {}  # path in the details (requester.full_name) → objectName
        self.errors: dict[str, QLabel] = {}
        self.touched: set[str] = set()
        self.rows: dict[str, tuple[QLabel, QWidget]] = {}
        self.words: dict[str, tuple[str, bool, str]] = dict(OTHER_WORDS)  # name → (label, required, tip)
        self.fields: dict[str, QWidget] = {}  # every field by objectName, with its row's label

        body = QWidget()
        layout = QVBoxLayout(body)
        self.person_box = self._group(PERSON_FIELDS)
        layout.addWidget(self.person_box)

        self.rep_box = self._group(REP_FIELDS, first_row=self._capacity_row())
        layout.addWidget(self.rep_box)
        self.data_box = self._group(DATA_FIELDS)
        layout.addWidget(self.data_box)

        self.correction_box = QGroupBox()
        form = QFormLayout(self.correction_box)
        for name, path, label in CORRECTION_FIELDS:
            edit = QPlainTextEdit(objectName=name)
            self.words[name] = (label, True, "")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(60)
            edit.textChanged.connect(lambda n=name: self._edited(n))
            self.inputs[name] = edit
            self.paths[path] = name
            self._add_row(form, edit, name)
        layout.addWidget(self.correction_box)

        self.grounds_box = QGroupBox()
        grounds_layout = QVBoxLayout(self.grounds_box)
        self.ground_rows = GroundRows(wizard.law, grounds_layout, lambda: self._edited("grounds"))
        self.grounds = self.ground_rows.boxes
        self.ground_details = QPlainTextEdit(objectName="groundDetails", tabChangesFocus=True)
        self.ground_details.setFixedHeight(50)
        self.ground_details.textChanged.connect(lambda: self._edited("groundDetails"))
        ground_form = QFormLayout()
        grounds_layout.addLayout(ground_form)
        self._add_row(ground_form, self.ground_details, "groundDetails")
        layout.addWidget(self.grounds_box)

        self.response_box = QGroupBox()
        response_layout = QFormLayout(self.response_box)
        self.response = QComboBox(objectName="responseMethod")
        self.response.currentIndexChanged.connect(lambda _i: self._edited("responseMethod"))
        self._add_row(response_layout, self.response, "responseMethod")
        layout.addWidget(self.response_box)
        layout.addStretch(1)

        self.scroll = scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: Tab scrolls to each field
        self.summary = QLabel(objectName="detailsProblems")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #a00000")
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.summary)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Details for the letter"))
        self.setSubTitle(self.tr("Fields marked * are required. Nothing you type leaves this computer."))
        self.person_box.setTitle(self.tr("The person"))
        self.rep_box.setTitle(self.tr("Representative"))
        self.data_box.setTitle(self.tr("Data concerned"))
        self.correction_box.setTitle(self.tr("Correction"))
        self.grounds_box.setTitle(self.tr("Grounds (tick at least one) (&8)"))
        self.response_box.setTitle(self.tr("How should the company answer?"))
        for name, (label, required, tip) in self.words.items():
            text = QCoreApplication.translate("DetailsPage", label)
            self.rows[name][0].setText(text + (" *" if required else ""))
            widget = self.fields[name]
            widget.setAccessibleName(plain(text))
            widget.setToolTip(QCoreApplication.translate("DetailsPage", tip) if tip else "")
            if tip and hasattr(widget, "setPlaceholderText"):
                widget.setPlaceholderText(widget.toolTip())
        self.ground_rows.retranslate(self._wizard.ui_language)
        self.summary.setAccessibleName(self.tr("What still needs fixing"))
        for index in range(self.capacity.count()):
            self.capacity.setItemText(index, capacity_text(self.capacity.itemData(index)))
        if self.response.count():  # shown already: the methods' names in the new language
            self._fill_response_methods(set(self._wizard.kinds()))
        if self.summary.text():
            self._revalidate()

    # -- building -----------------------------------------------------------------------------
    def _capacity_row(self) -> QComboBox:
        self.capacity = QComboBox(objectName="repCapacity")
        self.capacity.currentIndexChanged.connect(lambda _i: self._edited("repCapacity"))
        return self.capacity

    def _group(self, fields, first_row: QWidget | None = None) -> QGroupBox:
        box = QGroupBox()
        form = QFormLayout(box)
        if first_row is not None:
            self._add_row(form, first_row, first_row.objectName())
        for name, path, label, required, tip in fields:
            edit = QLineEdit(objectName=name)
            self.words[name] = (label, required, tip)
            edit.textEdited.connect(lambda _t, n=name: self._edited(n))
            edit.textChanged.connect(lambda _t: self._revalidate())
            self.inputs[name] = edit
            self.paths[".".join(path)] = name
            self._add_row(form, edit, name)
        return box

    def _add_row(self, form: QFormLayout, widget: QWidget, name: str) -> None:
        caption = QLabel()  # its words come with retranslate()
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
        self.fields[name] = widget
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
            for key, _text in wanted:
                self.capacity.addItem(capacity_text(key), key)
            index = self.capacity.findData(current)
            self.capacity.setCurrentIndex(max(index, 0))
            self.capacity.blockSignals(False)
        for widget in self.rows["repRegistration"]:
            widget.setVisible(requester == "lawyer")
        self.correction_box.setVisible("correction" in kinds)
        self.grounds_box.setVisible(any(map(self._wizard.law.needs_grounds, kinds)))
        self.ground_rows.show_for(kinds)
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
        self.response.addItem(self.tr("No preference"), None)
        for method in offered:
            self.response.addItem(self._wizard.labels.response_methods[method].text(self._wizard.ui_language),
                                  method)
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
        fields.update(self.ground_rows.facts_fields())
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
        self.ground_rows.apply_facts(typed.fields)
        if typed.capacity is not None:
            self.capacity.setCurrentIndex(max(self.capacity.findData(typed.capacity), 0))
        for key, box in self.grounds.items():
            box.setChecked(key in typed.grounds)
        self.response.setCurrentIndex(max(self.response.findData(typed.response_method), 0))

    def validation(self) -> tuple[Details | None, dict[str, str], list[str]]:
        """(details or None, errors by field objectName, errors not tied to one field)."""
        details, errors = self._wizard.assistant.check(self._wizard.case(check=False),
                                                      self._wizard.ui_language)
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
        problems = {self._label_of(name): message for name, message in by_field.items()}
        language = self._wizard.ui_language
        separator = self._wizard.assistant.checklist_words.template(language, "sep.ways")
        reasons = reasons_text(problems, general, language)
        self.summary.setText("" if details else self.tr("To continue: {reasons}").format(
            reasons=separator.join(reasons)))
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
        self.ground_rows.apply_facts({})
        self.response.setCurrentIndex(0)
        self.capacity.setCurrentIndex(0)
        self.touched.clear()
        saved = self.findChild(QLabel, "profileSaved")  # "Saved as profile: …" of the caller before
        if saved is not None:
            saved.clear()
        self.scroll.verticalScrollBar().setValue(0)
        self._revalidate()

