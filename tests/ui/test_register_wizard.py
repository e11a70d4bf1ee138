"""The wizard over the national register: register companies listed after the records, one of
them chosen as a law-only case with its registered head office, and the import dialog."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QLineEdit, QListWidget, QProgressBar

from assistant.records.register_files import sources
from assistant.records.register_store import import_files
from tests.test_register import ABSORBED, FULL, SAKURA
from tests.ui.conftest import type_into


def test_register_companies_follow_the_records_and_one_becomes_the_case(qtbot, make_wizard):
    import_files(sources([FULL]))
    wizard = make_wizard()
    page = wizard.company_page
    assert page.register is None  # not opened before anything is typed
    type_into(qtbot, wizard.findChild(QLineEdit, "companySearch"), "さくら通販")
    rows = wizard.findChild(QListWidget, "companyList")
    assert rows.count() == 1 and f"法人番号 {SAKURA}" in rows.item(0).text()
    assert "〒100-0005 東京都千代田区丸の内１丁目１番１号" in rows.item(0).text()
    rows.setCurrentRow(0)
    company = wizard.company()
    assert company.corporate_number == SAKURA and company.quality == "law-only"
    assert company.entered_address.source == "register"
    summary = page.summary.toPlainText()
    assert "registered address (head office)" in summary and "privacy policy" in summary
    case = wizard.case(check=False)
    assert case.company_entered.corporate_number == SAKURA
    assert case.company_entered.register_as_of.isoformat() == "2026-11-30"


def test_a_closed_company_says_so_in_the_list(qtbot, make_wizard):
    import_files(sources([FULL]))
    wizard = make_wizard()
    type_into(qtbot, wizard.findChild(QLineEdit, "companySearch"), ABSORBED)
    item = wizard.findChild(QListWidget, "companyList").item(0)
    assert "閉鎖（2026年4月1日、合併による解散等、承継先：株式会社さくら通販" in item.text()


def test_a_wrong_check_digit_is_pointed_out(qtbot, make_wizard):
    import_files(sources([FULL]))
    wizard = make_wizard()
    type_into(qtbot, wizard.findChild(QLineEdit, "companySearch"), SAKURA[:-1] + "9")
    hint = wizard.findChild(QLabel, "moreCompanies")
    assert hint.isVisible() and "check digit" in hint.text()


def test_the_import_dialog_imports_with_a_progress_bar(qtbot, make_wizard, tmp_path):
    wizard = make_wizard()
    type_into(qtbot, wizard.findChild(QLineEdit, "companySearch"), "さくら通販")
    assert wizard.findChild(QListWidget, "companyList").count() == 0
    qtbot.mouseClick(wizard.findChild(QAbstractButton, "registerImportButton"),
                     Qt.MouseButton.LeftButton)
    dialog = wizard.findChild(QDialog, "registerDialog")
    assert dialog.isVisible() and "No register" in dialog.findChild(QLabel, "registerState").text()
    bad = tmp_path / "00_zenkoku_all_20261130.csv"
    bad.write_text("not,the,register\n", encoding="utf-8")
    dialog.start([bad])
    qtbot.waitUntil(lambda: "Nothing was changed" in dialog.findChild(QLabel, "registerMessage").text())
    dialog.start([FULL])
    qtbot.waitUntil(lambda: "Imported 9 rows" in dialog.findChild(QLabel, "registerMessage").text())
    assert dialog.findChild(QProgressBar, "registerProgress").value() == 1000
    assert "9 companies, data as of 2026-11-30" in dialog.findChild(QLabel, "registerState").text()
    assert wizard.findChild(QListWidget, "companyList").count() == 1  # the search ran again
    dialog.close()


def test_a_closed_company_chosen_is_warned_about(qtbot, make_wizard):
    import_files(sources([FULL]))
    wizard = make_wizard()
    type_into(qtbot, wizard.findChild(QLineEdit, "companySearch"), ABSORBED)
    wizard.findChild(QListWidget, "companyList").setCurrentRow(0)
    assert "This company is closed" in wizard.company_page.summary.toPlainText()
