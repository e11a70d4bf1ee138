"""Typing a postal code fills in the address's prefecture, city and town; an address that does not
belong to the code gets a warning under it (not a block: the person may know better). What is
typed next goes after the filled part: Tab into the address puts the caret at its end instead of
selecting it (typing the street number replaced the prefecture and city)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QLabel

from assistant.records.postal import disagreement, lookup
from assistant.ui.plain import plain_labels


class PostalFill(QObject):
    """Connects the details page's postal code and address fields (postalCode, address)."""

    def __init__(self, page, code_field: str = "postalCode", address_field: str = "address"):
        super().__init__(page)
        self.code = page.inputs[code_field]
        self.address = page.inputs[address_field]
        self.hint = QLabel(objectName="postalHint")
        self.hint.setWordWrap(True)
        plain_labels(self.hint)
        self.hint.hide()
        page.rows[address_field][1].layout().addWidget(self.hint)
        self._filled: str | None = None  # what this put into the address, while it is still there
        self.code.textChanged.connect(self._code_changed)
        self.address.textChanged.connect(self._address_changed)
        self.address.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.address and event.type() == QEvent.Type.FocusIn and self._filled \
                and self.address.text().startswith(self._filled):
            self.address.focusInEvent(event)  # Qt's own (which selects all when tabbed into)
            self.address.deselect()
            self.address.end(False)
            return True
        return super().eventFilter(watched, event)

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
        if place is not None and disagreement(self.code.text(), self.address.text()):
            self.hint.setStyleSheet("color: #a00000")
            self.hint.setText(QCoreApplication.translate(
                "PostalFill", "The postal code {code} is for {place}; the address does not say "
                "{city}: check both").format(code=place.code, place=place.address(), city=place.city))
        elif place is not None and place.building:
            self.hint.setStyleSheet("")
            self.hint.setText(QCoreApplication.translate("PostalFill", "〒{code}: {place}: add the street number").format(
                code=place.code, place=f"{place.address()}, {place.building}" + (f" {place.floor}" if place.floor else "")))
        else:
            self.hint.clear()
        self.hint.setVisible(bool(self.hint.text()))
