"""Typing a postal code fills in the address's prefecture, city and town; an address that does not
belong to the code gets a warning under it (not a block: the person may know better)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from assistant.records.postal import disagreement, lookup


class PostalFill:
    """Connects the details page's postal code and address fields (postalCode, address)."""

    def __init__(self, page, code_field: str = "postalCode", address_field: str = "address"):
        self.code = page.inputs[code_field]
        self.address = page.inputs[address_field]
        self.hint = QLabel(objectName="postalHint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        page.rows[address_field][1].layout().addWidget(self.hint)
        self._filled: str | None = None  # what this put into the address, while it is still there
        self.code.textChanged.connect(self._code_changed)
        self.address.textChanged.connect(self._address_changed)

    def _code_changed(self, text: str) -> None:
        place = lookup(text)
        if place is not None and not self.address.text().strip():
            self._filled = place.address()
            self.address.setText(self._filled)
            self.address.setCursorPosition(len(self._filled))
        self._check()

    def _address_changed(self, text: str) -> None:
        # A person who types the whole address after the fill ("東京都…" again) means it whole:
        # keep what they type, not the fill twice.
        filled, place = self._filled, lookup(self.code.text())
        if filled and place and text.startswith(filled) and \
                text[len(filled):].startswith(place.prefecture):
            self._filled = None
            self.address.setText(text[len(filled):])
            return
        if filled and not text.startswith(filled):
            self._filled = None
        self._check()

    def _check(self) -> None:
        place = lookup(self.code.text())
        problem = disagreement(self.code.text(), self.address.text()) if place else None
        if problem:
            self.hint.setStyleSheet("color: #a00000")
            self.hint.setText(problem)
        elif place is not None and place.building:
            self.hint.setStyleSheet("")
            self.hint.setText(QCoreApplication.translate("PostalFill", "〒{code}: {place}: add the street number").format(
                code=place.code, place=f"{place.address()}, {place.building}" + (f" {place.floor}" if place.floor else "")))
        else:
            self.hint.clear()
        self.hint.setVisible(bool(self.hint.text()))
