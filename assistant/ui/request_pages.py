"""Pages 2 and 3: what to ask for, and who is asking (with what that adds to the envelope)."""
from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QTextBrowser, QVBoxLayout, QWizardPage

from assistant.checklist import DocumentGroup
from assistant.records.model import REQUEST_KINDS, REQUESTER_KINDS

if TYPE_CHECKING:
    from assistant.case.request import RequestCase


class RequestPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle("What do you want to ask for?")
        self.setSubTitle("Tick one or more. Space ticks the highlighted line.")
        self.kinds = QListWidget(objectName="requestKinds")
        self.kinds.setAccessibleName("Request kinds")
        self.kinds.setToolTip("Each is a right under the Act on the Protection of Personal Information")
        self.note = QLabel(objectName="requestNote")
        self.note.setWordWrap(True)
        label = QLabel("&Request kinds:")
        label.setBuddy(self.kinds)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.kinds, 1)
        layout.addWidget(self.note)
        for kind in REQUEST_KINDS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.kinds.addItem(item)
        self.kinds.itemChanged.connect(lambda _item: self._changed())
        self.kinds.setCurrentRow(0)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        """Word each kind for this company; flag the kinds its policy does not list."""
        company = self._wizard.company()
        labels, law = self._wizard.labels, self._wizard.law
        self.kinds.blockSignals(True)
        for row in range(self.kinds.count()):
            item = self.kinds.item(row)
            kind = item.data(Qt.ItemDataRole.UserRole)
            label = labels.request_kinds[kind]
            explain = label.explain.text("en") if label.explain else ""
            text = f"{label.en} ({law.request_kinds[kind].article}) — {explain}"
            if company is not None and company.quality == "law-only":
                item.setToolTip(explain)  # no policy to compare with: each kind is the Act's
            elif company is not None and kind not in company.request_kinds:
                text += "  [not in this company's policy: still your right]"
                item.setToolTip(law.unlisted_kind.text)
            else:
                item.setToolTip(explain)
            item.setText(text)
        self.kinds.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        chosen = self.selected_kinds()
        company = self._wizard.company()
        unlisted = [k for k in chosen if company is not None and company.quality != "law-only"
                    and k not in company.request_kinds]
        self.note.setText(
            "" if not unlisted else
            "The policy does not list " + ", ".join(self._wizard.labels.request_kinds[k].en.lower()
                                                    for k in unlisted)
            + ". You may still make the request; the checklist cites the article.")
        self.completeChanged.emit()

    def selected_kinds(self) -> tuple[str, ...]:
        return tuple(self.kinds.item(r).data(Qt.ItemDataRole.UserRole)
                     for r in range(self.kinds.count())
                     if self.kinds.item(r).checkState() == Qt.CheckState.Checked)

    def values(self) -> dict:
        """This page's part of the case."""
        return {"kinds": self.selected_kinds()}

    def apply(self, case: "RequestCase") -> None:
        self.set_kinds(case.kinds)

    def set_kinds(self, kinds) -> None:
        for row in range(self.kinds.count()):
            item = self.kinds.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in kinds
                               else Qt.CheckState.Unchecked)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.selected_kinds())

    def cleanupPage(self) -> None:  # noqa: N802 - keep what was chosen when going back
        pass

    def clear(self) -> None:
        self.set_kinds(())


class RequesterPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle("Who is asking?")
        self.setSubTitle("When someone acts for the person, more documents go in the envelope.")
        self.kinds = QListWidget(objectName="requesterKinds")
        self.kinds.setAccessibleName("Who is asking")
        self.consequences = QTextBrowser(objectName="requesterConsequences")
        self.consequences.setAccessibleName("Documents this requires")
        label = QLabel("&Who is asking:")
        label.setBuddy(self.kinds)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.kinds)
        layout.addWidget(QLabel("What this means for the documents:"))
        layout.addWidget(self.consequences, 1)
        for kind in REQUESTER_KINDS:
            label_ = wizard.labels.requester_kinds[kind]
            explain = label_.explain.text("en") if label_.explain else ""
            item = QListWidgetItem(f"{label_.en} — {explain}")
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setToolTip(label_.ja)
            self.kinds.addItem(item)
        self.kinds.setCurrentRow(0)
        self.kinds.currentRowChanged.connect(lambda _row: self._show_consequences())

    def initializePage(self) -> None:  # noqa: N802
        self._show_consequences()

    def _show_consequences(self) -> None:
        checklists = self._wizard.checklists()
        if not checklists:
            self.consequences.clear()
            return
        section = checklists[0].section("documents")
        rows = []
        for item in section.items if section else ():
            text = item.text.text("en")
            if isinstance(item, DocumentGroup):
                who = " (representative)" if item.whose == "representative" else ""
                names = " <i>or</i> ".join(escape(c.text.text("en")) for c in item.choices)
                rows.append(f"<p>☐ <b>{escape(text)}</b>{'' if who in text else who}: {names}</p>")
            else:
                rows.append(f"<p>{'⚠ ' if item.warning else ''}{escape(text)}</p>")
        self.consequences.setHtml("".join(rows))
        self.completeChanged.emit()

    def selected_requester(self) -> str:
        item = self.kinds.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "self"

    def values(self) -> dict:
        """This page's part of the case."""
        return {"requester": self.selected_requester()}

    def apply(self, case: "RequestCase") -> None:
        self.set_requester(case.requester)

    def set_requester(self, kind: str) -> None:
        for row in range(self.kinds.count()):
            if self.kinds.item(row).data(Qt.ItemDataRole.UserRole) == kind:
                self.kinds.setCurrentRow(row)

    def cleanupPage(self) -> None:  # noqa: N802
        pass

    def clear(self) -> None:
        self.kinds.setCurrentRow(0)
        self.consequences.clear()
