"""'Track this request' on the letter page: ask the date on the letter (today, or earlier for a
letter made before), and where the person already tracks the same request, whether this letter
corrects it or starts a new case. The letter saved is the one the case keeps."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from assistant.ui.case_dialogs import LetterDateDialog

if TYPE_CHECKING:
    from assistant.case.request import RequestCase
    from assistant.tracker import Tracker


def tracked_case(parent, tracker: "Tracker", case: "RequestCase") -> "RequestCase | None":
    """The case as it will be tracked, with its letter date and reference; None if cancelled
    (or refused, and said so)."""
    from assistant.case.rows import StoreError

    dialog = LetterDateDialog(parent, date.today(), tracker.assistant.law.timeline.earliest)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        return tracker.prepare(case, letter_date=dialog.chosen_day())
    except StoreError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("TrackRequest", "Not tracked"), str(exc))
        return None


def track(parent, tracker: "Tracker", case: "RequestCase", letter: bytes) -> int | None:
    """Track the case with the letter saved; where the same request is tracked already, ask
    whether this letter replaces that one's letter (before it is posted) or is a new request."""
    from assistant.tracker import SameRequest

    try:
        return tracker.add(case, letter=letter)
    except SameRequest as same:
        box = QMessageBox(QMessageBox.Icon.Question,
                          QCoreApplication.translate("TrackRequest", "The same request is tracked already"),
                          QCoreApplication.translate("TrackRequest", "You already track this request to this company ({reference}). Is this letter a correction of it, or a new request?").format(  # noqa: E501 - one literal for lupdate
                              reference=same.case.reference), parent=parent)
        replace = box.addButton(QCoreApplication.translate("TrackRequest", "&Correction: replace its letter"),
                                QMessageBox.ButtonRole.AcceptRole)
        replace.setEnabled(not same.posted)  # once posted, a corrected letter is a new request
        new = box.addButton(QCoreApplication.translate("TrackRequest", "&New request"),
                            QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is replace:
            return tracker.add(case, replace=same.case.id, letter=letter)
        if box.clickedButton() is new:
            return tracker.add(case, new=True, letter=letter)
        return None
