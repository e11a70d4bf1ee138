"""Page 1: find the company as you type; see at once where to write and what it costs."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSplitter,
    QTextBrowser, QVBoxLayout, QWizardPage,
)

from assistant.io.yaml_errors import RecordError

if TYPE_CHECKING:
    from assistant.case.request import RequestCase
    from assistant.records.model import Company

STALE_AFTER_DAYS = 365
SHOWN = 200  # a list longer than this helps nobody on the phone: keep typing instead
# Start-up note: this page is on screen first, so it does without the Qt namespace (PySide6 builds
# all its enums, some 12 ms, on first use): ids are kept in a list by row, not as item data.


def summary_html(company: "Company", wizard) -> str:
    """Address, channels, fee and policy date, from the core's checklist for a disclosure."""
    from datetime import date
    from html import escape

    from assistant.records.directory import override_notice

    checklist = wizard.assistant.checklist(company, "disclosure", "self")
    law_only = company.quality == "law-only"
    silent = "not known: ask the company" if law_only else "not stated in the policy"
    parts = [f"<h3>{escape(company.name)}" + (f"<br>{escape(company.name_ja)}" if company.name_ja else "")
             + "</h3>"]
    notice = override_notice(wizard.directory, company.id)
    if notice:
        parts.append(f"<p style='color:#a00000'><b>Note:</b> {escape(notice)}</p>")
    if checklist.envelope is not None:
        block = "<br>".join(escape(row) for row in checklist.envelope.block())
        note = ("" if checklist.envelope.confirmed else
                f" <i>({escape(checklist.envelope.note or '')})</i>" if law_only else
                " <i>(inquiry address: ask first)</i>")
        parts.append(f"<p><b>Send to</b>{note}<br>{block}</p>")
    else:
        parts.append("<p><b>Send to:</b> the policy names no address; ask the company.</p>")
    channels = "; ".join(checklist.channels_accepted) or silent
    parts.append(f"<p><b>How:</b> {escape(channels)}")
    if checklist.channels_refused:
        parts.append(f"<br><b>Not accepted:</b> {escape('; '.join(checklist.channels_refused))}")
    parts.append("</p>")
    if checklist.fee.status == "charged":
        fee = f"{checklist.fee.amount_yen or 0:,} yen" + (f" per {checklist.fee.per}" if checklist.fee.per else "")
    else:
        fee = "no fee" if checklist.fee.status == "none" else silent
    parts.append(f"<p><b>Fee for disclosure:</b> {escape(fee)}</p>")
    if company.quality == "law-only":  # no policy, no record date: say where the lines come from
        parts.append(f"<p><b>Note:</b> {escape(checklist.record_quality or '')}</p>")
        return "".join(parts)
    revised = checklist.policy_revised.isoformat() if checklist.policy_revised else "not dated"
    parts.append(f"<p><b>Policy revised:</b> {revised}. <b>Record checked:</b> "
                 f"{company.checked.isoformat()}</p>")
    age = (date.today() - company.checked).days
    if age > STALE_AFTER_DAYS:
        parts.append(f"<p style='color:#a00000'><b>Warning:</b> this record was last checked "
                     f"{age // 30} months ago; the company's procedure may have changed. "
                     "Check its current privacy policy.</p>")
    return "".join(parts)


class CompanyPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle("Which company?")
        self.setSubTitle("Type a name, a service (e.g. doda) or a Japanese name.")
        self.search = QLineEdit(objectName="companySearch")
        self.search.setPlaceholderText("Search companies and services…")
        self.search.setAccessibleName("Search companies")
        self.search.setToolTip("Filters as you type; press Down to move to the list")
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(objectName="companyList")
        self.list.setAccessibleName("Companies")
        self.list.setAlternatingRowColors(True)  # two-line entries: keep each company visibly one
        self.list.setSpacing(2)
        self.summary = QTextBrowser(objectName="companySummary")
        self.summary.setAccessibleName("Selected company summary")
        self.summary.setOpenExternalLinks(False)
        label = QLabel("&Search:")
        label.setBuddy(self.search)
        splitter = QSplitter()  # side by side
        splitter.addWidget(self.list)
        splitter.addWidget(self.summary)
        splitter.setSizes([300, 500])
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(splitter, 1)
        self.more = QLabel("… more companies match: keep typing to narrow the list",
                           objectName="moreCompanies")
        self.more.setVisible(False)
        layout.addWidget(self.more)
        self._ids: list[str] = []  # the company id of each row of the list
        self.problems = QLabel(objectName="recordProblems")
        self.problems.setWordWrap(True)
        problems = wizard.directory.problems
        if problems:
            self.problems.setStyleSheet("color: #a00000")  # only then: a style sheet costs at start
            files = sorted({p.file.name for p in problems})
            self.problems.setText(
                f"{len(files)} company record file(s) could not be read and were skipped: "
                + ", ".join(files[:5]) + ("…" if len(files) > 5 else "")
                + ". Run 'python main.py validate' to see what to fix.")
            self.problems.setToolTip("\n".join(str(p) for p in problems[:50]))
        self.problems.setVisible(bool(problems))
        layout.addWidget(self.problems)
        # Requests already sent: their dates and follow-ups (a support worker's second question).
        self.my_requests = QPushButton("My &requests…", objectName="myRequestsButton")
        self.my_requests.setAccessibleName("My requests")
        self.my_requests.setToolTip("Requests you track: what is due or overdue, follow-up letters")
        self.my_requests.clicked.connect(wizard.show_cases)
        # A company without a record: a checklist and letter from the law alone.
        self.not_listed = QPushButton("My company is not &listed…", objectName="notListedButton")
        self.not_listed.setAccessibleName("My company is not listed")
        self.not_listed.setToolTip("Type the company's name and address: the checklist and letter "
                                   "then come from the law alone")
        self.not_listed.clicked.connect(self.ask_unlisted)
        self.unlisted: "Company | None" = None  # the law-only record, once typed
        self.import_policy = QPushButton("Add a company from its &privacy policy…",
                                         objectName="importPolicyButton")
        self.import_policy.setAccessibleName("Add a company from its privacy policy")
        self.import_policy.setToolTip("Paste or open the company's privacy policy; check each fact "
                                      "the program finds; the company is then in the list")
        self.import_policy.clicked.connect(self.ask_import)
        bottom = QHBoxLayout()
        bottom.addWidget(self.not_listed)
        bottom.addWidget(self.import_policy)
        bottom.addStretch(1)
        bottom.addWidget(self.my_requests)
        layout.addLayout(bottom)
        self.search.textChanged.connect(self._filter)
        self.list.currentItemChanged.connect(self._selected)
        self.list.itemActivated.connect(lambda _item: wizard.next())
        self.search.installEventFilter(self)
        self._filter("")

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
        found = self._wizard.directory.search(text, limit=SHOWN + 1)
        self._ids = [company.id for company in found[:SHOWN]]
        if self.unlisted is not None:  # the company typed in: always first, whatever the search
            self._ids.insert(0, self.unlisted.id)
            item = QListWidgetItem(f"{self.unlisted.name}\n(not listed: from the law alone)")
            self.list.addItem(item)
            if keep is not None and keep.id == self.unlisted.id:
                self.list.setCurrentItem(item)
        for company in found[:SHOWN]:
            label = company.name + (f"\n{company.name_ja}" if company.name_ja else "")
            item = QListWidgetItem(label)
            item.setToolTip(", ".join(company.aliases))
            self.list.addItem(item)
            if keep is not None and company.id == keep.id:
                self.list.setCurrentItem(item)
        self.more.setVisible(len(found) > SHOWN or not found)
        if not found:  # every company must answer: say which two ways lead on from here
            self.more.setText("No company matches: use “My company is not listed” (a letter from "
                              "the law alone) or “Add a company from its privacy policy”.")
        else:
            self.more.setText("… more companies match: keep typing to narrow the list")
        self.list.blockSignals(False)
        if self.list.count() == 1 and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self._selected()

    def _selected(self, *_args) -> None:
        company = self.selected_company()
        self.summary.setHtml(summary_html(company, self._wizard) if company else
                             "<p>Pick a company from the list.</p>")
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
        try:
            return self._wizard.directory.get(company_id)
        except RecordError as exc:  # the file changed since the list was loaded
            self.summary.setPlainText("This record can no longer be read:\n" + str(exc))
            return None

    def select(self, company_id: str) -> bool:
        """Select a company by id (drafts); narrows the search if the list does not show it."""
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
        if self.unlisted is not None and company_id == self.unlisted.id:
            # The typed company goes with the case, so a draft brings it back.
            place = self.unlisted.entered_address
            return {"company_id": company_id, "company_entered": {
                "name": self.unlisted.name, "address": "\n".join(place.lines),
                "postal_code": place.postal_code, "department": place.department}}
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

    def ask_unlisted(self) -> None:
        """The not-listed dialog; once accepted, its company heads the list, selected."""
        from assistant.ui.unlisted_dialog import UnlistedDialog

        dialog = UnlistedDialog(self)
        dialog.accepted.connect(lambda: self.use_unlisted(dialog.company))
        dialog.open()  # window-modal, and a test can fill it in

    def ask_import(self) -> None:
        """The import dialog; once saved, the new record is added to the list and selected."""
        from assistant.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self)
        dialog.accepted.connect(lambda: self.use_imported(dialog.saved))
        dialog.open()

    def use_imported(self, path) -> None:
        from assistant.records.directory import parse_record

        company = parse_record(path)
        self._wizard.directory.add(company, path)
        self.search.clear()
        self._filter("")
        self.select(company.id)

    def use_unlisted(self, company: "Company") -> None:
        self.unlisted = company
        self._wizard.assistant.add_unlisted(company)
        self.search.clear()
        self._filter("")
        self.list.setCurrentRow(0)

    def clear(self) -> None:
        self.unlisted = None
        self.search.clear()
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self._selected()
