"""Page 1: find the company as you type; see at once where to write and what it costs."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSplitter,
    QTextBrowser, QVBoxLayout, QWizardPage,
)

from assistant.io.yaml_errors import RecordError
from assistant.records.directory import UnknownCompany
from assistant.ui.plain import plain_tip
from assistant.ui import register_rows
from assistant.ui.company_rows import ListRows, OtherRoutes, ordered
from assistant.ui.company_summary import summary_html
from assistant.ui.translations import Retranslated

if TYPE_CHECKING:
    from assistant.case.request import RequestCase
    from assistant.records.model import Company

SHOWN = 200  # a list longer than this helps nobody on the phone: keep typing instead
# Start-up note: this page is on screen first, so it does without the Qt namespace (PySide6 builds
# all its enums, some 12 ms, on first use): ids are kept in a list by row, not as item data.


class CompanyPage(Retranslated, ListRows, OtherRoutes, QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.search = QLineEdit(objectName="companySearch")  # its clear button: once_painted
        self.list = QListWidget(objectName="companyList")
        self.list.setAlternatingRowColors(True)  # two-line entries: keep each company visibly one
        self.list.setSpacing(2)
        self.list.setWordWrap(True)  # a long name (NTT's) wraps, never cut off at any scale
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.summary = QTextBrowser(objectName="companySummary")
        self.summary.setOpenExternalLinks(False)
        self.search_label = label = QLabel()
        label.setBuddy(self.search)
        splitter = QSplitter()  # side by side
        splitter.addWidget(self.list)
        splitter.addWidget(self.summary)
        splitter.setSizes([300, 500])
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(splitter, 1)
        self.more = QLabel(objectName="moreCompanies")
        self.more.setWordWrap(True)
        self.more.setVisible(False)
        layout.addWidget(self.more)
        self._ids: list[str] = []  # the company id of each row of the list
        # The rows' tooltips wait for the first paint (once_painted): no pointer can rest on a
        # row before, and escaping them (the html module) and 200 tooltips cost some 2 ms.
        self._tips_later: list[tuple[QListWidgetItem, str]] | None = []
        # Likewise the rows below the screen (rest_of_the_list): none can be seen before.
        self._rows_later: list | None = []
        self.problems = QLabel(objectName="recordProblems")
        self.problems.setWordWrap(True)
        self._show_problems()
        layout.addWidget(self.problems)
        # Requests already sent: their dates and follow-ups (a support worker's second question).
        self.my_requests = QPushButton(objectName="myRequestsButton")
        self.my_requests.clicked.connect(wizard.show_cases)
        # A company without a record: a checklist and letter from the law alone.
        self.not_listed = QPushButton(objectName="notListedButton")
        self.not_listed.clicked.connect(self.ask_unlisted)
        self.unlisted: "Company | None" = None  # the law-only record, once typed
        self.import_policy = QPushButton(objectName="importPolicyButton")
        self.import_policy.clicked.connect(self.ask_import)
        # The national register: opened on the first search typed, never before the first paint.
        self.register = None  # LazyRegister, once needed
        self._register_rows: dict = {}  # row id → RegisterCompany
        self._register_made: dict = {}  # row id → its law-only record
        self.import_register = QPushButton(objectName="registerImportButton")
        self.import_register.clicked.connect(self.ask_register)
        # Two rows: each button's words whole in a narrow window or at 150 % scale.
        bottom, below = QHBoxLayout(), QHBoxLayout()
        bottom.addWidget(self.not_listed)
        bottom.addWidget(self.import_policy)
        bottom.addStretch(1)
        below.addWidget(self.import_register)
        below.addStretch(1)
        below.addWidget(self.my_requests)
        layout.addLayout(bottom)
        layout.addLayout(below)
        self.search.textChanged.connect(self._filter)
        self.list.currentItemChanged.connect(self._selected)
        self.list.itemActivated.connect(lambda _item: wizard.next())
        self.retranslate()
        # After the texts: the changes they make (tooltip, placeholder) need not pass through Python.
        self.search.installEventFilter(self)

    def _show_problems(self) -> None:
        problems = self._wizard.directory.problems
        if problems:
            from PySide6.QtCore import Qt  # only then: see the start-up note above

            self.problems.setTextFormat(Qt.TextFormat.PlainText)  # file names as they are
            self.problems.setStyleSheet("color: #a00000")  # only then: a style sheet costs at start
            self.problems.setToolTip(plain_tip("\n".join(str(p) for p in problems[:50])))
        self.problems.setVisible(bool(problems))

    def records_changed(self) -> None:
        """The record folders held something the list did not (ui/progress.py RecordsCheck): the
        list and the warning again, from the directory as it is now."""
        self._show_problems()
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the interface language; the list and summary are shown again in it."""
        self.setTitle(self.tr("Which company?"))
        self.setSubTitle(self.tr("Type a name, a service (e.g. doda) or a Japanese name."))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Search companies and services…"))
        self.search.setAccessibleName(self.tr("Search companies"))
        self.search.setToolTip(self.tr("Filters as you type; press Down to move to the list"))
        self.list.setAccessibleName(self.tr("Companies"))
        self.summary.setAccessibleName(self.tr("Selected company summary"))
        for button, text, tip in (
                (self.my_requests, self.tr("My &requests…"),
                 self.tr("Requests you track: what is due or overdue, follow-up letters")),
                (self.not_listed, self.tr("My company is not &listed…"),
                 self.tr("Type the company's name and address: the checklist and letter then come "
                         "from the law alone")),
                (self.import_policy, self.tr("Add a company from its &privacy policy…"),
                 self.tr("Paste or open the company's privacy policy; check each fact the program "
                         "finds; the company is then in the list")),
                (self.import_register, self.tr("&Import the corporate register…"),
                 self.tr("Every company in Japan, offline: the National Tax Agency's register of "
                         "corporations, with each one's registered head office"))):
            button.setText(text)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.setToolTip(tip)
        problems = self._wizard.directory.problems
        if problems:
            files = sorted({p.file.name for p in problems})
            self.problems.setText(self.tr(
                "{count} company record file(s) could not be read and were skipped: {files}. Run "
                "'python main.py validate' to see what to fix.").format(
                count=len(files), files=", ".join(files[:5]) + ("…" if len(files) > 5 else "")))
        self._filter(self.search.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Down from the search field goes to the list; Enter there picks the first match.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            from PySide6.QtCore import Qt

            if event.key() == Qt.Key.Key_Down and self.list.count():
                self.list.setFocus()
                if self.list.currentRow() < 0:
                    self.list.setCurrentRow(0)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.list.count() == 1:
                self.list.setCurrentRow(0)
        return super().eventFilter(watched, event)

    def _filter(self, text: str) -> None:
        keep = self.selected_company()
        self.list.blockSignals(True)
        self.list.clear()
        if self._tips_later is not None:  # the rows they were for are gone
            self._tips_later = []
        if self._rows_later:
            self._rows_later = []
        found = self._wizard.directory.search(text, limit=SHOWN + 1)
        registered, problem = register_rows.search(self, text)  # after the records
        shown = ordered(found[:SHOWN], text, self._wizard.ui_language, self._wizard.directory.readings)
        self._ids = [company.id for company in shown]
        if self.unlisted is not None:  # the company typed in: always first, whatever the search
            self._ids.insert(0, self.unlisted.id)
            item = QListWidgetItem(self.unlisted.name + "\n" + self.tr("(not listed: from the law alone)"))
            self.list.addItem(item)
            if keep is not None and keep.id == self.unlisted.id:
                self.list.setCurrentItem(item)
        # Before the first paint, only the rows a screen can show; the others just after it.
        later = keep is None and self.unlisted is None and not registered and self._rows_later is not None
        first = self.rows_on_screen() if later else len(shown)
        for company in shown[:first]:
            item = self._row(company)
            if keep is not None and company.id == keep.id:
                self.list.setCurrentItem(item)
        if later:
            self._rows_later = shown[first:]
        self._register_rows = {register_rows.PREFIX + c.number: c for c in registered}
        for row_id, company in self._register_rows.items():
            self._ids.append(row_id)
            item = QListWidgetItem(register_rows.row_text(company))
            self._tip(item, register_rows.tooltip())
            self.list.addItem(item)
            if keep is not None and keep.corporate_number == company.number:
                self.list.setCurrentItem(item)
        self.more.setVisible(len(found) > SHOWN or not (found or registered))
        if register_rows.problem_text(problem):
            self.more.setVisible(True)
            self.more.setText(register_rows.problem_text(problem))
        elif not (found or registered):  # every company must answer: say which ways lead on
            self.more.setText(self.tr("No company matches: use “My company is not listed” (a letter "
                                      "from the law alone) or “Add a company from its privacy policy”."))
        else:
            self.more.setText(self.tr("… more companies match: keep typing to narrow the list"))
        self._scroll_bar_at_once()
        self.list.blockSignals(False)
        if self.list.count() == 1 and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self._selected()

    def _selected(self, *_args) -> None:
        company = self.selected_company()
        self.summary.setHtml(register_rows.closed_note(self, self.selected_id())
                             + summary_html(company, self._wizard) if company else
                             "<p>" + self.tr("Pick a company from the list.") + "</p>")
        self.completeChanged.emit()

    def selected_id(self) -> str | None:
        row = self.list.currentRow()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def selected_company(self) -> "Company | None":
        company_id = self.selected_id()
        if company_id is None:
            return None
        if self.unlisted is not None and company_id == self.unlisted.id:
            return self.unlisted
        if company_id.startswith(register_rows.PREFIX):
            return register_rows.company(self, company_id)
        try:
            return self._wizard.directory.get(company_id)
        except UnknownCompany:  # a row of a company no longer held (never: clear() renews the list)
            return None
        except RecordError as exc:  # the file changed since the list was loaded
            self.summary.setPlainText(self.tr("This record can no longer be read:") + "\n" + str(exc))
            return None

    def select(self, company_id: str) -> bool:
        """Select a company by id (drafts); narrows the search if the list does not show it."""
        self.rest_of_the_list()
        for attempt in range(2):
            if company_id in self._ids:
                self.list.setCurrentRow(self._ids.index(company_id))
                return True
            if attempt == 0:
                self.search.setText(company_id)
        return False

    def values(self) -> dict:
        """This page's part of the case."""
        company_id = self.selected_id()
        if company_id is not None and company_id.startswith(register_rows.PREFIX):
            record = register_rows.company(self, company_id)
            return {"company_id": record.id, "company_entered": register_rows.entered(record)}
        if self.unlisted is not None and company_id == self.unlisted.id:
            # The typed company goes with the case, so a draft brings it back.
            return {"company_id": company_id,
                    "company_entered": register_rows.entered(self.unlisted)}
        return {"company_id": company_id, "company_entered": None}

    def apply(self, case: "RequestCase") -> None:
        self.search.clear()
        if case.company_entered is not None:
            self.use_unlisted(self._wizard.assistant.company(case))
        elif case.company_id:
            self.select(case.company_id)
        else:
            self.list.setCurrentRow(-1)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.selected_id() is not None

    def nextId(self) -> int:  # noqa: N802 - the later pages are built on the first Next
        return 1

    def cleanupPage(self) -> None:  # noqa: N802 - keep what was chosen when going back
        pass

    def clear(self) -> None:
        """Nothing of the caller before: the company typed in, register rows, the list's rows
        and cursor, the search (listed afresh even when it was already empty)."""
        self.unlisted = None
        self._register_made.clear()
        self._wizard.assistant.forget_unlisted()
        self.list.setCurrentRow(-1)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._filter("")
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self.list.scrollToTop()
        self._selected()
