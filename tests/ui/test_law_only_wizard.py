"""The wizard's "My company is not listed" route: typed name and address → checklist from the law
alone → a saved letter addressed as typed (issue 13 item 1)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QLineEdit, QListWidget, QPlainTextEdit

from tests.ui.conftest import click_item, click_next, tick_item, type_into
from tests.ui.test_wizard import fill_person, pdf_text


def open_unlisted(qtbot, wizard) -> QDialog:
    qtbot.mouseClick(wizard.findChild(QAbstractButton, "notListedButton"), Qt.MouseButton.LeftButton)
    dialog = wizard.findChild(QDialog, "unlistedDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_not_listed_route_to_a_saved_letter(qtbot, wizard, save_to, tmp_path):
    type_into(qtbot, wizard.findChild(QLineEdit, "companySearch"), "楽天")
    assert wizard.findChild(QListWidget, "companyList").count() == 0
    hint = wizard.findChild(QLabel, "moreCompanies")
    assert hint.isVisible() and "not listed" in hint.text() and "privacy policy" in hint.text()
    dialog = open_unlisted(qtbot, wizard)
    type_into(qtbot, dialog.findChild(QLineEdit, "unlistedName"), "楽天グループ株式会社")
    dialog.findChild(QPlainTextEdit, "unlistedAddress").setPlainText("東京都世田谷区玉川一丁目14番1号")
    type_into(qtbot, dialog.findChild(QLineEdit, "unlistedPostalCode"), "158-0094")
    dialog.accept()
    assert not dialog.isVisible()
    assert wizard.company().name == "楽天グループ株式会社" and wizard.company().quality == "law-only"
    summary = wizard.company_page.summary.toPlainText()
    assert "158-0094" in summary and "law or general practice" in summary
    facts, _note = summary.split("Note:")
    assert "the address you entered" in facts.lower() and "policy" not in facts
    click_next(qtbot, wizard)
    tick_item(qtbot, wizard.findChild(QListWidget, "requestKinds"), 1)
    assert "policy" not in wizard.findChild(QListWidget, "requestKinds").item(1).text()
    click_next(qtbot, wizard)
    click_item(qtbot, wizard.findChild(QListWidget, "requesterKinds"), 0)
    click_next(qtbot, wizard)
    fill_person(qtbot, wizard)
    click_next(qtbot, wizard)
    text = wizard.checklist_page.view.texts()
    assert "The address you entered" in text and "The policy" not in text
    click_next(qtbot, wizard)
    save_to += ["letter.pdf"]
    qtbot.mouseClick(wizard.findChild(QAbstractButton, "saveLetterButton"), Qt.MouseButton.LeftButton)
    letter = pdf_text(tmp_path / "letter.pdf")
    assert "〒158-0094" in letter and "楽天グループ株式会社個人情報開示等請求ご担当者様" in letter
    assert "山田" in letter and "第33条第1項" in letter


def test_not_listed_dialog_says_what_is_missing_and_stays_open(qtbot, wizard):
    dialog = open_unlisted(qtbot, wizard)
    type_into(qtbot, dialog.findChild(QLineEdit, "unlistedName"), "Example KK")
    dialog.accept()
    assert dialog.isVisible() and "address" in dialog.findChild(QLabel, "unlistedProblem").text()
    assert wizard.company() is None


def test_a_draft_brings_the_typed_company_back(qtbot, wizard):
    from assistant.case.drafts import case_from_json, draft_json

    dialog = open_unlisted(qtbot, wizard)
    type_into(qtbot, dialog.findChild(QLineEdit, "unlistedName"), "Example Shop KK")
    dialog.findChild(QPlainTextEdit, "unlistedAddress").setPlainText("東京都港区芝公園4-2-8")
    dialog.accept()
    case = wizard.case(check=False)
    assert case.company_entered.name == "Example Shop KK"
    wizard.start_over(ask=False)
    assert wizard.company() is None
    wizard.company_page.apply(case_from_json(draft_json(case)))
    assert wizard.company().name == "Example Shop KK" and wizard.company().quality == "law-only"
