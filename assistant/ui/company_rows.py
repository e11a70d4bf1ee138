"""The first page's list: its records in the order a reader of the interface's language expects
(五十音 by the kana reading in Japanese, alphabetical in English), those whose name starts with
what is typed first; and the routes to a company the list does not hold (typed in, imported from
its privacy policy, from the national register)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtWidgets import QListWidgetItem

from assistant.ui.company_summary import company_names
from assistant.ui.plain import plain_tip

if TYPE_CHECKING:
    from assistant.records.directory_core import Entry
    from assistant.records.model import Company


def ordered(found: "list[Entry]", typed: str, language: str,
            readings: "Callable[[list[str]], dict[str, str]] | None" = None) -> "list[Entry]":
    """The records found, for the list. English keeps the directory's order (which already puts
    names that start with the typed word first, then alphabetical). `readings`: the directory's
    kept kana readings of names (Directory.readings), so names in kanji need no analyser."""
    if language != "ja" or len(found) < 2:
        return found
    from assistant.records.name_forms import fold_name
    from assistant.records.readings import gojuon_key

    words = fold_name(typed).split()
    said = readings([entry.name_ja or entry.name for entry in found]) if readings else {}

    def key(entry: "Entry") -> tuple:
        names = [entry.name, entry.name_ja or "", *entry.aliases]
        starts = not words or any(fold_name(n).startswith(words[0]) for n in names if n)
        shown = entry.name_ja or entry.name
        return (not starts, gojuon_key(shown, said.get(shown)), entry.id)

    return sorted(found, key=key)


# The scroll bar policy by its property's number (Qt.ScrollBarPolicy's values): the first page does
# without the Qt namespace (see company_page.py).
SCROLL_BAR_AS_NEEDED, SCROLL_BAR_ALWAYS_ON = 0, 2


class ListRows:
    """Mixed into CompanyPage (list, _tips_later): how the list's rows are shown."""

    def _tip(self, item: "QListWidgetItem", text: str) -> None:
        if self._tips_later is None:
            item.setToolTip(plain_tip(text))
        else:
            self._tips_later.append((item, text))

    def _row(self, company: "Entry") -> QListWidgetItem:
        item = QListWidgetItem("\n".join(company_names(company, self._wizard.ui_language)))
        self._tip(item, ", ".join(company.aliases))
        self.list.addItem(item)
        return item

    def _screen_height(self) -> int:
        """The height the list's screen offers (0 where no screen is known)."""
        screen = self.list.screen()
        return screen.availableGeometry().height() if screen is not None else 0

    def rows_on_screen(self) -> int:
        """At most the rows the screen can show, one line each (a row has one or two)."""
        return (self._screen_height() or 1080) // max(1, self.list.fontMetrics().lineSpacing()) + 1

    def rest_of_the_list(self) -> None:
        """The rows left for after the first paint, now."""
        rows = self._rows_later or []
        if self._rows_later is not None:  # None: after the first paint, every row is made at once
            self._rows_later = []
        for company in rows:
            self._row(company)

    def once_painted(self) -> None:
        """The rows no screen could show before the first paint (100,000 records list 200: Qt
        would lay them all out, word-wrapped, before painting any), then the rows' tooltips and
        every later row's at once. The wizard calls this once its first page is painted. And the
        search field's clear button, only drawn once something is typed: enabling it makes Qt
        load its icon, and with it the icon and image-format plugins (ten libraries), some 2 ms."""
        self.search.setClearButtonEnabled(True)
        self.rest_of_the_list()
        self._rows_later = None  # from now on every row at once
        later, self._tips_later = self._tips_later, None
        for item, text in later or ():
            item.setToolTip(plain_tip(text))

    def _scroll_bar_at_once(self) -> None:
        """More rows than the screen could show even one line each: the scroll bar is there from
        the start. As needed, Qt would lay every word-wrapped row out once without it and again
        once it appears (some 3 ms for 200 rows before the first paint); it would appear anyway,
        so the list looks the same."""
        height = self._screen_height()
        rows = self.list.count() + len(self._rows_later or ())
        many = height and rows * self.list.fontMetrics().lineSpacing() > height
        self.list.setProperty("verticalScrollBarPolicy",
                              SCROLL_BAR_ALWAYS_ON if many else SCROLL_BAR_AS_NEEDED)


class OtherRoutes:
    """Mixed into CompanyPage: the dialogs that bring a company the list does not hold."""

    def ask_unlisted(self) -> None:
        """The not-listed dialog; once accepted, its company heads the list, selected."""
        from assistant.ui.unlisted_dialog import UnlistedDialog

        dialog = UnlistedDialog(self)
        dialog.accepted.connect(lambda: self.use_unlisted(dialog.company))
        dialog.finished.connect(dialog.deleteLater)  # what was typed in it goes with it
        dialog.open()  # window-modal, and a test can fill it in

    def ask_import(self) -> None:
        """The import dialog; once saved, the new record is added to the list and selected."""
        from assistant.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self, language=lambda: self._wizard.ui_language, labels=self._wizard.labels)
        dialog.accepted.connect(lambda: self.use_imported(dialog.saved))
        dialog.finished.connect(dialog.deleteLater)  # what was typed in it goes with it
        dialog.open()

    def ask_register(self) -> None:
        """The register import dialog; once imported, the search runs again on the new data."""
        from assistant.ui.register_dialog import RegisterDialog

        dialog = RegisterDialog(self)
        dialog.imported.connect(self._register_imported)
        dialog.finished.connect(dialog.deleteLater)  # what was typed in it goes with it
        dialog.open()

    def _register_imported(self) -> None:
        if self.register is not None:
            self.register.reopen()
        self._register_made.clear()
        self._filter(self.search.text())

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
        self.list.setFocus()  # the next step is Next: Enter here, not on the button that opened it

