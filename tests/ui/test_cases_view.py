"""My requests in the wizard: save a letter and track it (with its letter date), see whose request
it is, record posting and delivery from the keyboard, see what is overdue, make the follow-up the
case allows, read its history and correct an event, close it, save its evidence file, delete it."""
from __future__ import annotations

import zipfile
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QDialog, QFileDialog, QInputDialog

from tests.ui.conftest import click_next
from tests.ui.test_wizard import fill_person, go_to_details

TODAY = date.today()
LETTER_DAY = TODAY - timedelta(days=40)  # a letter made before, tracked after the fact


def _answer_dialogs(monkeypatch, days: list[date]) -> None:
    """Every date dialog is answered with the next date from the list, as if typed and OK'd."""
    from assistant.ui import case_dialogs

    def run(dialog) -> int:
        day = days.pop(0)
        dialog.day.setDate(QDate(day.year, day.month, day.day))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(case_dialogs.EventDialog, "exec", run)
    monkeypatch.setattr(case_dialogs.LetterDateDialog, "exec", run)


def _track_a_letter(qtbot, wizard, save_to, monkeypatch, day: date = LETTER_DAY) -> None:
    go_to_details(qtbot, wizard, "leverages")
    fill_person(qtbot, wizard)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    wizard.findChild(QCheckBox, "trackRequest").setChecked(True)
    _answer_dialogs(monkeypatch, [day])
    save_to += ["letter.pdf"]
    qtbot.mouseClick(wizard.findChild(QAbstractButton, "saveLetterButton"), Qt.MouseButton.LeftButton)


def cell(view, row: int, column: int) -> str:
    return view.model.index(row, column).data()


def test_a_tracked_letter_is_followed_from_the_keyboard_to_its_evidence_file(
        qtbot, wizard, save_to, monkeypatch, yes_to_questions, tmp_path):
    from assistant.ui.cases_view import FOLLOWUPS, CasesView

    _track_a_letter(qtbot, wizard, save_to, monkeypatch)
    assert "Tracked as request 1" in wizard.letter_page.status.text()
    case = wizard.tracker().case(1)
    assert case.options.letter_date == LETTER_DAY
    assert wizard.tracker().store.read_file(1, "letter.pdf") == (tmp_path / "letter.pdf").read_bytes()

    view = CasesView(wizard.tracker(), wizard, today=TODAY)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert view.model.rowCount() == 1
    assert cell(view, 0, 1) == "山田 太郎" and "レバレジーズ" in cell(view, 0, 2)
    assert view.buttons["posted"].isEnabled()  # the first row is current: keys work at once

    assert view.focusWidget() is view.table and view.table.currentIndex().row() == 0
    _answer_dialogs(monkeypatch, [LETTER_DAY, LETTER_DAY + timedelta(days=1)])
    for key in ("posted", "delivered"):  # Tab to the button, Space presses it (Alt+P, Alt+D too)
        assert view.buttons[key].text().startswith("&")
        view.buttons[key].setFocus()
        qtbot.keyClick(view.buttons[key], Qt.Key.Key_Space)
    assert cell(view, 0, 4) == "Delivered"
    assert "(overdue)" in cell(view, 0, 5)
    assert view.model.index(0, 5).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#a00000"

    reminder = next(text for key, text in FOLLOWUPS if key == "reminder")
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (reminder, True)))
    save_to += ["reminder.pdf"]
    qtbot.mouseClick(view.buttons["followup"], Qt.MouseButton.LeftButton)
    assert (tmp_path / "reminder.pdf").read_bytes()[:5] == b"%PDF-"
    assert [e.kind for e in wizard.tracker().store.events(1)][-1] == "followup-made"

    shown = []

    def history(dialog) -> int:
        shown.extend(dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount()))
        dialog.table.setCurrentCell(2, 0)  # the delivery: a day later than recorded
        _answer_dialogs(monkeypatch, [LETTER_DAY + timedelta(days=2)])
        dialog._correct()
        shown.append(dialog.table.item(dialog.table.rowCount() - 1, 1).text())
        return 0

    monkeypatch.setattr("assistant.ui.case_dialogs.HistoryDialog.exec", history)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter on the current row: its history
    assert shown[:3] == ["Request letter made", "Posted", "Arrived (delivery record)"]
    assert shown[-1].startswith("Record corrected (Arrived")
    assert wizard.tracker().facts(1, TODAY).arrived_on == LETTER_DAY + timedelta(days=2)

    save_to += ["evidence.zip"]
    qtbot.mouseClick(view.buttons["evidence"], Qt.MouseButton.LeftButton)
    names = zipfile.ZipFile(tmp_path / "evidence.zip").namelist()
    assert "03-followup-01-reminder.pdf" in names and names[-1] == "timeline-en.pdf"

    qtbot.mouseClick(view.buttons["close"], Qt.MouseButton.LeftButton)
    assert cell(view, 0, 4) == "Closed"
    qtbot.mouseClick(view.buttons["delete"], Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 0 and view.empty.isVisible() and not view.table.isVisible()


def test_a_date_after_today_cannot_be_picked_and_a_broken_rule_records_nothing(
        qtbot, wizard, save_to, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from assistant.ui.case_dialogs import EventDialog
    from assistant.ui.cases_view import CasesView

    _track_a_letter(qtbot, wizard, save_to, monkeypatch)
    view = CasesView(wizard.tracker(), wizard, today=TODAY)
    qtbot.addWidget(view)
    dialog = EventDialog(view, "Posted", "posted", TODAY)
    assert dialog.day.maximumDate().toPython() == TODAY
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warned.append(a[2])))
    _answer_dialogs(monkeypatch, [LETTER_DAY - timedelta(days=1)])  # posted before the letter's date
    qtbot.mouseClick(view.buttons["posted"], Qt.MouseButton.LeftButton)
    assert warned and "before the date on the letter" in warned[0]
    assert [e.kind for e in wizard.tracker().store.events(1)] == ["created", "letter-made"]


def test_the_same_request_tracked_again_asks_correction_or_new(qtbot, wizard, save_to, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    _track_a_letter(qtbot, wizard, save_to, monkeypatch)
    chosen = []

    def answer(box) -> int:
        chosen.append(box.text())
        box.buttons()[0].click()  # Correction: replace its letter
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    _answer_dialogs(monkeypatch, [LETTER_DAY])
    save_to += ["corrected.pdf"]
    qtbot.mouseClick(wizard.findChild(QAbstractButton, "saveLetterButton"), Qt.MouseButton.LeftButton)
    assert chosen and "already track" in chosen[0]
    made = [e for e in wizard.tracker().store.events(1) if e.kind == "letter-made"]
    assert len(made) == 2 and len(wizard.tracker().store.cases()) == 1


def test_my_requests_opens_from_the_first_page_without_tracked_requests(qtbot, wizard, monkeypatch):
    from assistant.ui.cases_view import CasesView

    shown = []
    monkeypatch.setattr(CasesView, "exec", lambda self: shown.append(self.model.rowCount()) or 0)
    qtbot.mouseClick(wizard.findChild(QAbstractButton, "myRequestsButton"), Qt.MouseButton.LeftButton)
    assert shown == [0]


def test_an_untracked_letter_stays_out_of_my_requests(qtbot, wizard, save_to):
    go_to_details(qtbot, wizard, "porters")
    fill_person(qtbot, wizard)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    save_to += ["letter.pdf"]
    qtbot.mouseClick(wizard.findChild(QAbstractButton, "saveLetterButton"), Qt.MouseButton.LeftButton)
    assert wizard.tracker().store.cases() == []


def test_the_calendar_is_exported_from_my_requests(qtbot, wizard, save_to, monkeypatch, tmp_path):
    from icalendar import Calendar

    from assistant.ui.cases_view import CasesView

    _track_a_letter(qtbot, wizard, save_to, monkeypatch)
    wizard.tracker().posted(1, LETTER_DAY)
    view = CasesView(wizard.tracker(), wizard, today=TODAY)
    qtbot.addWidget(view)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "dues.ics"), "")))
    qtbot.mouseClick(view.export, Qt.MouseButton.LeftButton)
    assert Calendar.from_ical((tmp_path / "dues.ics").read_bytes()).walk("VEVENT")
def test_details_saved_as_a_profile_fill_the_next_request(qtbot, wizard, monkeypatch, yes_to_questions):
    from PySide6.QtWidgets import QLineEdit

    from assistant.ui import profiles

    go_to_details(qtbot, wizard, "porters")
    fill_person(qtbot, wizard)
    monkeypatch.setattr(profiles.QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("山田 caller 1", True)))
    qtbot.mouseClick(wizard.findChild(QAbstractButton, "saveProfileButton"), Qt.MouseButton.LeftButton)
    assert [p.label for p in wizard.tracker().store.profiles("caller")] == ["山田 caller 1"]

    wizard.start_over(ask=False)  # the next caller names another company
    go_to_details(qtbot, wizard, "leverages")
    assert wizard.findChild(QLineEdit, "fullName").text() == ""

    def pick(dialog) -> int:
        dialog.search.setText("CALLER")  # any part of the name, any case
        assert dialog.list.count() == 1
        dialog._use()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(profiles.ProfilePicker, "exec", pick)
    qtbot.mouseClick(wizard.findChild(QAbstractButton, "fillProfileButton"), Qt.MouseButton.LeftButton)
    assert wizard.company().id == "leverages"
    assert wizard.findChild(QLineEdit, "fullName").text() == "山田 太郎"
    assert wizard.case().details is not None

    def delete(dialog) -> int:
        dialog._delete()
        assert dialog.list.count() == 0
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(profiles.ProfilePicker, "exec", delete)
    qtbot.mouseClick(wizard.findChild(QAbstractButton, "fillProfileButton"), Qt.MouseButton.LeftButton)
    assert wizard.tracker().store.profiles() == []


def test_a_postal_code_fills_the_address_and_a_wrong_one_is_pointed_out(qtbot, wizard):
    from PySide6.QtWidgets import QLabel, QLineEdit

    from tests.ui.conftest import type_into

    go_to_details(qtbot, wizard, "porters")
    address = wizard.findChild(QLineEdit, "address")
    type_into(qtbot, wizard.findChild(QLineEdit, "postalCode"), "1006328")
    assert address.text() == "東京都千代田区丸の内"
    hint = wizard.findChild(QLabel, "postalHint")
    assert "丸の内ビルディング" in hint.text() and "street number" in hint.text()
    address.setText("大阪府大阪市北区梅田1-1")
    assert "check both" in hint.text() and hint.isVisible()
    address.setText("東京都千代田区丸の内2-4-1")
    assert "check both" not in hint.text()


def test_typing_the_whole_address_after_the_fill_keeps_it_once(qtbot, wizard):
    from PySide6.QtWidgets import QLineEdit

    from tests.ui.conftest import type_into

    go_to_details(qtbot, wizard, "porters")
    type_into(qtbot, wizard.findChild(QLineEdit, "postalCode"), "100-0005")
    address = wizard.findChild(QLineEdit, "address")
    assert address.text() == "東京都千代田区丸の内"
    type_into(qtbot, address, "2-7-2")  # the street number after the fill
    assert address.text() == "東京都千代田区丸の内2-7-2"
    address.clear()
    type_into(qtbot, wizard.findChild(QLineEdit, "postalCode"), "")
    wizard.findChild(QLineEdit, "postalCode").clear()
    type_into(qtbot, wizard.findChild(QLineEdit, "postalCode"), "1000005")
    address.setCursorPosition(len(address.text()))
    type_into(qtbot, address, "東京都千代田区丸の内2-7-2")  # the whole address typed anyway
    assert address.text() == "東京都千代田区丸の内2-7-2"
