"""Pages 2 and 3: what to ask for, and who is asking (with what that adds to the envelope)."""
from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QTextBrowser, QVBoxLayout, QWizardPage

from assistant.checklist import DocumentGroup, Either
from assistant.checklist.speech import Speech, group_key
from assistant.records.model import REQUEST_KINDS, REQUESTER_KINDS
from assistant.ui.translations import Retranslated

if TYPE_CHECKING:
    from assistant.case.request import RequestCase


class RequestPage(Retranslated, QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.kinds = QListWidget(objectName="requestKinds")
        # Long lines (a kind, its explanation and the "not in the policy" flag) wrap: read whole,
        # never scrolled sideways.
        self.kinds.setWordWrap(True)
        self.kinds.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kinds.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.note = QLabel(objectName="requestNote")
        self.note.setWordWrap(True)
        self.label = QLabel()
        self.label.setBuddy(self.kinds)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
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
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("What do you want to ask for?"))
        self.setSubTitle(self.tr("Tick one or more. Space ticks the highlighted line."))
        self.label.setText(self.tr("&Request kinds:"))
        self.kinds.setAccessibleName(self.tr("Request kinds"))
        self.kinds.setToolTip(self.tr("Each is a right under the Act on the Protection of Personal Information"))
        self.initializePage()

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        """Word each kind for this company, in the interface language; flag the kinds its policy
        does not list."""
        company = self._wizard.company()
        labels, law = self._wizard.labels, self._wizard.law
        language = self._wizard.ui_language
        self.kinds.blockSignals(True)
        for row in range(self.kinds.count()):
            item = self.kinds.item(row)
            kind = item.data(Qt.ItemDataRole.UserRole)
            label = labels.request_kinds[kind]
            explain = label.explain.text(language) if label.explain else ""
            article = law.request_kinds[kind]
            text = self.tr("{kind} ({article}) — {explain}").format(
                kind=label.text(language), explain=explain,
                article=article.article_ja if language == "ja" else article.article)
            if company is not None and company.quality == "law-only":
                item.setToolTip(explain)  # no policy to compare with: each kind is the Act's
            elif company is not None and kind not in company.request_kinds:
                text += "  " + self.tr("[not in this company's policy: still your right]")
                item.setToolTip(self.tr("The company's policy does not list this kind of request, but "
                                        "it is still your right under the Act; you may make it, "
                                        "citing the article."))
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
        language = self._wizard.ui_language
        names = [self._wizard.labels.request_kinds[k].text(language) for k in unlisted]
        self.note.setText("" if not unlisted else self.tr(
            "The policy does not list: {kinds}. You may still make the request; the checklist cites "
            "the article.").format(kinds=self._wizard.assistant.checklist_words.template(
                language, "sep.parts").join(names)))
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
        self.kinds.setCurrentRow(0)  # the cursor too: the next caller starts at the first line
        self.kinds.scrollToTop()
        self.note.clear()


class RequesterPage(Retranslated, QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.kinds = QListWidget(objectName="requesterKinds")
        self.kinds.setWordWrap(True)  # a kind and its explanation read whole at any scale
        self.kinds.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kinds.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.consequences = QTextBrowser(objectName="requesterConsequences")
        self.label = QLabel()
        self.label.setBuddy(self.kinds)
        self.means = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.kinds)
        layout.addWidget(self.means)
        layout.addWidget(self.consequences, 1)
        for kind in REQUESTER_KINDS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, kind)
            self.kinds.addItem(item)
        self.kinds.setCurrentRow(0)
        self.kinds.currentRowChanged.connect(lambda _row: self._show_consequences())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Who is asking?"))
        self.setSubTitle(self.tr("When someone acts for the person, more documents go in the envelope."))
        self.label.setText(self.tr("&Who is asking:"))
        self.means.setText(self.tr("What this means for the documents:"))
        self.kinds.setAccessibleName(self.tr("Who is asking"))
        self.consequences.setAccessibleName(self.tr("Documents this requires"))
        language = self._wizard.ui_language
        for row in range(self.kinds.count()):
            item = self.kinds.item(row)
            label = self._wizard.labels.requester_kinds[item.data(Qt.ItemDataRole.UserRole)]
            explain = label.explain.text(language) if label.explain else ""
            item.setText(label.text(language) + ("：" if language == "ja" else " — ") + explain)
            item.setToolTip(explain)
        if self.consequences.toPlainText():
            self._show_consequences()

    def initializePage(self) -> None:  # noqa: N802
        self._show_consequences()

    def _show_consequences(self) -> None:
        checklists = self._wizard.checklists()
        if not checklists:
            self.consequences.clear()
            return
        section = checklists[0].section("documents")
        rows = []
        language = self._wizard.ui_language
        colon = "：" if language == "ja" else ": "

        def group(item: DocumentGroup, mark: str) -> str:
            # The group's text already says whose documents they are, in each language.
            label = escape(item.text.text(language))
            if item.count != 1:  # that many different ones, or not said: the checklist's words
                speech = Speech(self._wizard.assistant.checklist_words, language)
                return f"<p>{mark}" + escape(speech(group_key(item, "pdf"), label=item.text.text(language),
                                                     count=item.count, names=speech("sep.ways").join(
                                                         c.text.text(language) for c in item.choices))) + "</p>"
            names = (" <i>" + self.tr("or") + "</i> ").join(escape(c.text.text(language))
                                                            for c in item.choices)
            return f"<p>{mark}<b>{label}</b>{colon}{names}</p>"

        for item in section.items if section else ():
            text = item.text.text(language)
            if isinstance(item, DocumentGroup):
                rows.append(group(item, "☐ "))
            elif isinstance(item, Either):  # one of the sets: each set's groups, numbered
                rows.append(f"<p>☐ <b>{escape(text)}</b>{colon}" + self.tr("one of these sets") + "</p>")
                rows += [group(g, escape(a.text.text(language))) for a in item.alternatives for g in a.groups]
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
        self.kinds.scrollToTop()
        self.consequences.clear()
