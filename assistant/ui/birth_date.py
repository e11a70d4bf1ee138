"""The date of birth as people say it: 昭和60年4月12日, S60.4.12, 1985/4/12 (read by the core,
law/japanese_dates.py). Once the field is left, it is written back in one form (1985-04-12) and
the day is said under it in both calendars, so a support worker can read it back to the caller."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QLineEdit

from assistant.law.japanese_dates import era_date, letter_date_en, parse_written_date, western_date_ja
from assistant.ui.plain import plain_labels
from assistant.ui.translations import current_language


class BirthDate(QObject):
    """Connects the details page's date of birth field (dateOfBirth) and a line under it."""

    def __init__(self, page, field: str = "dateOfBirth"):
        super().__init__(page)
        self.field: QLineEdit = page.inputs[field]
        self.said = QLabel(objectName="dateOfBirthSaid")
        self.said.setWordWrap(True)
        plain_labels(self.said)
        self.said.hide()
        page.rows[field][1].layout().addWidget(self.said)
        self.field.editingFinished.connect(self.normalise)
        self.field.textChanged.connect(lambda _text: self.show())
        self.said.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:  # the line in the interface's new language
            self.show()
        return super().eventFilter(watched, event)

    def normalise(self) -> None:
        """Write a date that was read back in one form (what a draft and the letter keep)."""
        try:
            day = parse_written_date(self.field.text())
        except ValueError:
            return
        if self.field.text() != day.isoformat():
            self.field.setText(day.isoformat())

    def show(self) -> None:
        try:
            day = parse_written_date(self.field.text()) if self.field.text().strip() else None
        except ValueError:
            day = None
        if day is None:
            self.said.clear()
        elif current_language() == "ja":
            self.said.setText(f"{era_date(day)}（{western_date_ja(day)}）")
        else:
            self.said.setText(f"{letter_date_en(day)} ({era_date(day)})")
        self.said.setVisible(bool(self.said.text()))
