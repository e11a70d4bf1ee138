"""A bar above every page after the first: which company the request goes to, and "Change
company" — one step back to the search, keeping the person's details (the next company a caller
names, or a second one), where "Start over" would clear them."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from assistant.ui.company_summary import company_names
from assistant.ui.translations import Retranslated


class CompanyBar(Retranslated, QWidget):
    def __init__(self, wizard, parent: QWidget | None = None):
        super().__init__(parent, objectName="companyBar")
        self._wizard = wizard
        self.name = QLabel(objectName="companyBarName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name.setTextFormat(Qt.TextFormat.PlainText)  # a record's name as written, never markup
        self.name.setWordWrap(True)  # a long name wraps at any scale
        self.change = QPushButton(objectName="changeCompanyButton")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name, 1)
        row.addWidget(self.change)
        self.change.clicked.connect(wizard.change_company)
        self.retranslate()

    def retranslate(self) -> None:
        self.change.setText(self.tr("Chan&ge company"))
        self.change.setAccessibleName(self.tr("Change company"))
        self.change.setToolTip(self.tr("Choose another company; the person's details are kept"))
        self.refresh()

    def refresh(self) -> None:
        """Show the company chosen now, in the interface's language where the record has it."""
        company = self._wizard.company()
        if company is None:
            self.name.clear()
            return
        name = company_names(company, self._wizard.ui_language)[0]  # as the first page lists it
        self.name.setText(self.tr("To: %1").replace("%1", name))

    def showEvent(self, event) -> None:  # noqa: N802 - the company may have changed meanwhile
        self.refresh()
        super().showEvent(event)


def put_first_in_tab_order(page: QWidget, first: list[QWidget]) -> None:
    """Tab reaches these widgets (added above the page's own, after it was built) before the
    rest of the page, keeping the page's own order for the rest."""
    chain: list[QWidget] = []
    widget = page.nextInFocusChain()
    while widget is not page and widget not in chain:
        if page.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    ordered = first + [w for w in chain if w not in first]
    for before, after in zip(ordered, ordered[1:]):
        QWidget.setTabOrder(before, after)
