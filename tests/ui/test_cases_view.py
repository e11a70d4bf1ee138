"""My requests in the wizard: save a letter and track it, record posting and delivery, see what is
overdue, make the follow-up letter, delete the request — as a person would, by the buttons."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QDialog, QInputDialog, QTableWidget

from tests.ui.conftest import click_next
from tests.ui.test_wizard import fill_person, go_to_details


def _track_a_letter(qtbot, wizard, save_to) -> None:
    go_to_details(qtbot, wizard, "leverages")
    fill_person(qtbot, wizard)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    wizard.findChild(QCheckBox, "trackRequest").setChecked(True)
    save_to += ["letter.pdf"]
    qtbot.mouseClick(wizard.findChild(QAbstractButton, "saveLetterButton"), Qt.MouseButton.LeftButton)


def _answer_event_dialogs(monkeypatch, days: list[date]) -> None:
    """Every date dialog is answered with the next date from the list, as if typed and OK'd."""
    from assistant.ui import cases_view

    def run(dialog) -> int:
        day = days.pop(0)
        dialog.day.setDate(QDate(day.year, day.month, day.day))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(cases_view.EventDialog, "exec", run)


def test_a_saved_letter_can_be_tracked_and_followed_up(qtbot, wizard, save_to, monkeypatch,
                                                       yes_to_questions):
    from assistant.ui.cases_view import FOLLOWUPS, CasesView

    _track_a_letter(qtbot, wizard, save_to)
    assert "Tracked as request 1" in wizard.letter_page.status.text()

    view = CasesView(wizard.tracker(), wizard, today=date(2027, 1, 6))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    table = view.findChild(QTableWidget, "casesTable")
    assert table.rowCount() == 1
    assert "レバレジーズ" in table.item(0, 1).text()
    assert not view.buttons["posted"].isEnabled()  # nothing chosen yet
    table.selectRow(0)

    _answer_event_dialogs(monkeypatch, [date(2026, 12, 1), date(2026, 12, 2)])
    qtbot.mouseClick(view.buttons["posted"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.buttons["delivered"], Qt.MouseButton.LeftButton)
    assert table.item(0, 3).text() == "Delivered"
    assert "(overdue)" in table.item(0, 4).text()
    assert table.item(0, 4).foreground().color().name() == "#a00000"

    demand = next(text for key, text in FOLLOWUPS if key == "demand")
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (demand, True)))
    save_to += ["demand.pdf"]
    qtbot.mouseClick(view.buttons["followup"], Qt.MouseButton.LeftButton)
    assert (save_to_folder := wizard.letter_page.saved.parent / "demand.pdf").read_bytes()[:5] == b"%PDF-"
    assert save_to_folder.stat().st_size > 1000

    qtbot.mouseClick(view.buttons["delete"], Qt.MouseButton.LeftButton)
    assert table.rowCount() == 0 and view.empty.isVisible() and not table.isVisible()


def test_my_requests_opens_from_the_first_page_without_tracked_requests(qtbot, wizard, monkeypatch):
    from assistant.ui.cases_view import CasesView

    shown = []
    monkeypatch.setattr(CasesView, "exec", lambda self: shown.append(self.table.rowCount()) or 0)
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
