"""'Track this request' on the letter page: ask the date on the letter (today, or earlier for a
letter made before), and where the person already tracks the same request, whether this letter
corrects it or starts a new case — both before the letter is made, so that the letter saved
carries the reference the case keeps and every follow-up cites."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from assistant.ui.case_dialogs import LetterDateDialog

if TYPE_CHECKING:
    from assistant.case.request import RequestCase
    from assistant.tracker import SameRequest, Tracker


def tracked_case(parent, tracker: "Tracker", case: "RequestCase") -> "tuple[RequestCase, dict] | None":
    """The case as it will be tracked, with its letter date and final reference, and how it is
    tracked ({}, {"replace": id} or {"new": True}); None if cancelled (or refused, and said so)."""
    from assistant.case.rows import StoreError

    dialog = LetterDateDialog(parent, date.today(), tracker.assistant.law.timeline.earliest)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        dated = tracker.prepare(case, letter_date=dialog.chosen_day())
        same = tracker.same(dated)
        how = {} if same is None else _ask(parent, same)
        if how is None:
            return None
        return (tracker.prepare(case, letter_date=dialog.chosen_day(), **how) if how else dated), how
    except StoreError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("TrackRequest", "Not tracked"), str(exc))
        return None


def _ask(parent, same: "SameRequest") -> dict | None:
    """A corrected letter in place of the tracked one's (before it is posted), or a new request."""
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
        return {"replace": same.case.id}
    if box.clickedButton() is new:
        return {"new": True}
    return None


def track(tracker: "Tracker", case: "RequestCase", letter: bytes, how: dict) -> int:
    """Track the prepared case with the letter saved from it, as chosen in tracked_case."""
    return tracker.add(case, letter=letter, **how)
