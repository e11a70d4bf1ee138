"""The keyboard path has no traps (issue 22 item 2), driven with QTest key events: Enter goes
forward on every page and never back, the focus lands on each page's first field after Next,
arrow keys stay in the lists, Tab leaves a date field, the postal fill keeps what is typed next,
and Escape with a person's details asks first, keeping the recovery draft until confirmed."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from assistant.case.recovery_file import recovery_exists
from tests.ui.conftest import type_into
from tests.ui.test_wizard import PERSON


def key(key_code, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """One key press on whatever has the focus, as the person's keyboard sends it."""
    QTest.keyClick(QApplication.focusWidget(), key_code, modifiers)


def focused() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else ""


@pytest.fixture
def active(make_wizard):
    def make(language: str = "en"):
        wizard = make_wizard(language)
        wizard.activateWindow()
        QTest.qWaitForWindowActive(wizard)
        return wizard

    return make


@pytest.mark.parametrize("language", ["en", "ja"])
def test_enter_goes_forward_and_the_focus_is_on_each_pages_first_field(qtbot, active, language):
    wizard = active(language)
    assert focused() == "companySearch"
    QTest.keyClicks(QApplication.focusWidget(), "porters")
    key(Qt.Key.Key_Return)  # one company found: Enter goes on with it
    assert wizard.currentId() == 1 and focused() == "requestKinds"
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Space)  # ticks disclosure
    assert wizard.kinds() == ("disclosure",)
    key(Qt.Key.Key_Return)
    assert wizard.currentId() == 2 and focused() == "requesterKinds"
    key(Qt.Key.Key_Down)  # the arrow keys move in the list, never over the buttons below
    assert focused() == "requesterKinds" and wizard.requester() == "legal-representative"
    key(Qt.Key.Key_Up)
    assert focused() == "requesterKinds" and wizard.requester() == "self"
    key(Qt.Key.Key_Return)
    assert wizard.currentId() == 3 and focused() == "fullName"
    for name, text in PERSON.items():
        type_into(qtbot, wizard.findChild(QLineEdit, name), text)
    key(Qt.Key.Key_Return)  # Enter in the last field typed: Next
    assert wizard.currentId() == 4 and focused() == "checklistView"
    key(Qt.Key.Key_Return)  # Enter on the checklist goes on to the letter, not back to the search
    assert wizard.currentId() == 5 and focused() == "saveLetterButton"


def test_enter_on_a_button_that_leads_back_goes_forward_instead(qtbot, active):
    from tests.ui.test_wizard import fill_person, go_to_details

    wizard = active()
    go_to_details(qtbot, wizard)
    fill_person(qtbot, wizard)
    wizard.next()
    change = wizard.currentPage().findChild(type(wizard.button(wizard.WizardButton.BackButton)),
                                            "changeCompanyButton")
    for button in (change, wizard.button(wizard.WizardButton.BackButton),
                   wizard.button(wizard.WizardButton.CustomButton1)):  # change company, back, start over
        assert not button.autoDefault()
    change.setFocus()
    key(Qt.Key.Key_Return)
    assert wizard.currentId() == 5  # forward to the letter, everything kept
    assert wizard.details() is not None


def test_tab_leaves_a_date_field(qtbot, active):
    from assistant.ui.case_dialogs import EventDialog

    wizard = active()
    dialog = EventDialog(wizard, "Posted", "posted", date(2026, 12, 20))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    QTest.qWaitForWindowActive(dialog)
    dialog.day.setFocus()
    QTest.keyClick(dialog.day, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.tracking
    QTest.keyClicks(dialog.tracking, "123456789012")
    assert dialog.tracking.text() == "123456789012" and dialog.chosen_day() == date(2026, 12, 20)
    QTest.keyClick(dialog.tracking, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.focusWidget() is dialog.day
    dialog.close()
    from assistant.ui.fee_paid import FeePaidRow

    row = FeePaidRow(lambda: None)  # the letter page's "paid on" date too
    qtbot.addWidget(row)
    row.show()
    row.paid.setChecked(True)
    row.day.setFocus()
    QTest.keyClick(row.day, Qt.Key.Key_Tab)
    assert row.focusWidget() is row.how


def test_the_postal_fill_stays_and_what_is_typed_next_goes_after_it(qtbot, active):
    from tests.ui.test_wizard import go_to_details

    wizard = active("ja")
    go_to_details(qtbot, wizard)
    code = wizard.findChild(QLineEdit, "postalCode")
    code.setFocus()
    QTest.keyClicks(code, "1500001")
    address = wizard.findChild(QLineEdit, "address")
    assert address.text() == "東京都渋谷区神宮前"
    key(Qt.Key.Key_Tab)
    assert focused() == "address" and address.selectedText() == ""
    assert address.cursorPosition() == len(address.text())
    QTest.keyClicks(address, "1-2-3")
    assert address.text() == "東京都渋谷区神宮前1-2-3"
    key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    key(Qt.Key.Key_Tab)  # back into it: the caret at the end again, nothing selected to overwrite
    QTest.keyClicks(address, "-4")
    assert address.text() == "東京都渋谷区神宮前1-2-3-4"


def test_escape_with_typed_details_asks_and_keeps_the_recovery_draft(qtbot, active):
    from tests.ui.test_wizard import go_to_details

    wizard = active()
    go_to_details(qtbot, wizard)
    type_into(qtbot, wizard.findChild(QLineEdit, "fullName"), "山田 太郎")
    wizard.autosave()
    assert recovery_exists()
    key(Qt.Key.Key_Escape)
    question = wizard.findChild(QMessageBox, "closeQuestion")
    assert question is not None and question.isVisible() and wizard.isVisible()
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.No)
    QTest.keyClick(question, Qt.Key.Key_Return)  # Enter keeps working: nothing lost
    assert wizard.isVisible() and recovery_exists()
    assert wizard.findChild(QLineEdit, "fullName").text() == "山田 太郎"
    wizard.activateWindow()
    QTest.qWaitForWindowActive(wizard)
    wizard.findChild(QLineEdit, "fullName").setFocus()
    key(Qt.Key.Key_Escape)
    question = [q for q in wizard.findChildren(QMessageBox, "closeQuestion") if q.isVisible()][0]
    assert recovery_exists()  # kept until the person confirms
    question.button(QMessageBox.StandardButton.Yes).click()
    assert not wizard.isVisible() and not recovery_exists()


def test_escape_with_nothing_typed_closes_at_once(qtbot, active):
    wizard = active()
    key(Qt.Key.Key_Escape)
    assert not wizard.isVisible() and wizard.findChild(QMessageBox, "closeQuestion") is None
