"""The wizard's import dialog (issue 13 item 2): a pasted or opened policy → facts reviewed one by
one with the quote highlighted → a reviewed record in the user's folder → listed, selected, and
its checklist shown."""
from __future__ import annotations

from pathlib import Path

import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QDialog, QFileDialog, QLabel, QLineEdit, QListWidget, QPlainTextEdit,
    QTableWidget, QTextBrowser,
)

from assistant.io.paths import user_companies_dir
from tests.ui.conftest import click_item, click_next, tick_item, type_into
from tests.ui.test_wizard import fill_person

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "procedures" / "stamps.txt"


def open_import(qtbot, wizard) -> QDialog:
    qtbot.mouseClick(wizard.findChild(QAbstractButton, "importPolicyButton"), Qt.MouseButton.LeftButton)
    dialog = wizard.findChild(QDialog, "importDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def _documents_shown_for_the_person(qtbot, wizard) -> str:
    """From the company page to "who asks" (disclosure, the person): what it says to send."""
    click_next(qtbot, wizard)
    tick_item(qtbot, wizard.findChild(QListWidget, "requestKinds"), 1)
    click_next(qtbot, wizard)
    click_item(qtbot, wizard.findChild(QListWidget, "requesterKinds"), 0)
    return wizard.currentPage().consequences.toPlainText()


def _checklist_rows(qtbot, wizard) -> list[str]:
    """From "who asks" to the checklist: its rows' words."""
    click_next(qtbot, wizard)
    fill_person(qtbot, wizard)
    click_next(qtbot, wizard)
    return wizard.checklist_page.view.texts()


def row_of(dialog, field: str) -> int:
    return [f.field for f in dialog.proposal.facts].index(field)


def test_import_dialog_to_a_reviewed_record_and_its_checklist(qtbot, wizard):
    dialog = open_import(qtbot, wizard)
    dialog.findChild(QPlainTextEdit, "importPasteText").setPlainText(FIXTURE.read_text(encoding="utf-8"))
    qtbot.mouseClick(dialog.findChild(QAbstractButton, "importProposeButton"), Qt.MouseButton.LeftButton)
    table = dialog.findChild(QTableWidget, "importFacts")
    assert table.rowCount() == len(dialog.proposal.facts) > 10
    assert dialog.findChild(QLineEdit, "importName").text() == "株式会社さくら通販"
    # Selecting a fact selects its words in the policy text.
    postal = row_of(dialog, "send_to.postal_code")
    table.setCurrentCell(postal, 1)
    found = dialog.proposal.facts[postal]
    view = dialog.findChild(QTextBrowser, "importPolicyView")
    assert view.textCursor().selectedText() == dialog.proposal.text[found.start:found.end]
    assert "160-0022" in view.textCursor().selectedText() and view.extraSelections()
    # Mark one unknown, edit another, say who checked.
    dialog.set_decision(row_of(dialog, "inquiries.phone"), "Mark unknown")
    table.item(row_of(dialog, "send_to.department"), 1).setText("お客様相談室 個人情報係")
    type_into(qtbot, dialog.findChild(QLineEdit, "importId"), "sakura-tsuhan")
    type_into(qtbot, dialog.findChild(QLineEdit, "importReviewedBy"), "Sato")
    qtbot.mouseClick(dialog.findChild(QAbstractButton, "importSaveButton"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.findChild(QLabel, "importProblem").text()
    saved = user_companies_dir() / "sakura-tsuhan.yaml"
    record = yaml.safe_load(saved.read_text(encoding="utf-8"))
    assert record["reviewed_by"] == "Sato" and record["quality"] == "reviewed"
    assert record["inquiries"] == "unknown" or "phone" not in record["inquiries"] \
        or record["inquiries"]["phone"] == "unknown"
    assert record["send_to"]["department"] == "お客様相談室 個人情報係"
    # At once in the list, selected, and its checklist built.
    assert wizard.company().id == "sakura-tsuhan"
    type_into(qtbot, wizard.findChild(QLineEdit, "companySearch"), "さくら通販")
    assert wizard.findChild(QListWidget, "companyList").count() == 1
    click_item(qtbot, wizard.findChild(QListWidget, "companyList"), 0)
    click_next(qtbot, wizard)
    tick_item(qtbot, wizard.findChild(QListWidget, "requestKinds"), 1)
    click_next(qtbot, wizard)
    click_item(qtbot, wizard.findChild(QListWidget, "requesterKinds"), 0)
    click_next(qtbot, wizard)
    fill_person(qtbot, wizard)
    click_next(qtbot, wizard)
    text = wizard.checklist_page.view.texts()
    assert "Sato" in text and "160-0022" in text and "500" in text


def test_import_dialog_refuses_a_binary_file_and_writes_nothing(qtbot, wizard, tmp_path, monkeypatch):
    binary = tmp_path / "policy.pdf"
    binary.write_bytes(b"%PDF-1.4\n\x00\x01\x02 not a real pdf")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(binary), "")))
    dialog = open_import(qtbot, wizard)
    qtbot.mouseClick(dialog.findChild(QAbstractButton, "importOpenButton"), Qt.MouseButton.LeftButton)
    assert dialog.findChild(QLabel, "importProblem").text()
    assert not dialog.findChild(QAbstractButton, "importSaveButton").isEnabled()
    assert not user_companies_dir().exists() or not any(user_companies_dir().iterdir())


def test_import_dialog_opens_a_saved_file_and_refuses_a_record_without_request_kinds(
        qtbot, wizard, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(FIXTURE), "")))
    dialog = open_import(qtbot, wizard)
    qtbot.mouseClick(dialog.findChild(QAbstractButton, "importOpenButton"), Qt.MouseButton.LeftButton)
    assert dialog.findChild(QTableWidget, "importFacts").rowCount() > 10
    for row, found in enumerate(dialog.proposal.facts):
        if found.field == "request_kinds":
            dialog.set_decision(row, "Mark unknown")
    type_into(qtbot, dialog.findChild(QLineEdit, "importId"), "sakura-tsuhan")
    qtbot.mouseClick(dialog.findChild(QAbstractButton, "importSaveButton"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "kind of request" in dialog.findChild(QLabel, "importProblem").text()
    assert not (user_companies_dir() / "sakura-tsuhan.yaml").exists()


def test_pasted_html_source_is_read_as_the_page_shows_it(qtbot, wizard):
    dialog = open_import(qtbot, wizard)
    page = ("<html><head><script>alert('株式会社悪意')</script></head><body><p>"
            + FIXTURE.read_text(encoding="utf-8").replace("\n", "</p>\n<p>") + "</p></body></html>")
    dialog.findChild(QPlainTextEdit, "importPasteText").setPlainText(page)
    qtbot.mouseClick(dialog.findChild(QAbstractButton, "importProposeButton"), Qt.MouseButton.LeftButton)
    shown = dialog.findChild(QTextBrowser, "importPolicyView").toPlainText()
    assert "<p>" not in shown and "alert" not in shown and "株式会社さくら通販" in shown
    assert any(f.field == "send_to.postal_code" for f in dialog.proposal.facts)


def test_pasting_nothing_says_so(qtbot, wizard):
    dialog = open_import(qtbot, wizard)
    qtbot.mouseClick(dialog.findChild(QAbstractButton, "importProposeButton"), Qt.MouseButton.LeftButton)
    assert "No text" in dialog.findChild(QLabel, "importProblem").text()
    assert not dialog.findChild(QAbstractButton, "importSaveButton").isEnabled()


def test_the_review_speaks_the_interface_s_language_and_marks_what_to_check(qtbot, wizard):
    wizard.set_ui_language("ja")
    dialog = open_import(qtbot, wizard)
    text = FIXTURE.read_text(encoding="utf-8") + "\n手数料\n書面による開示 1,100円、メールによる開示 550円\n"
    dialog.load_text(text)
    table = dialog.findChild(QTableWidget, "importFacts")
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["項目", "読み取った値", "プライバシーポリシーの原文", "判断"]
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert "郵便番号（送付先）" in names and not any("send_to" in n or "." in n for n in names)
    values = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert not any(v in ("registered-mail", "drivers-licence", "simple-registered-mail") for v in values)
    assert any("運転免許証" in v for v in values)
    # The quote stands beside each fact; a fact the import was unsure of is marked and not settled.
    for row, found in enumerate(dialog.proposal.facts):
        assert table.item(row, 2).text() == found.quote
        assert (dialog.decision(row) == "Check this") == (not found.sure)
    unsure = [row for row, f in enumerate(dialog.proposal.facts) if not f.sure]
    assert unsure and all(table.item(r, 0).text().startswith("⚠ 要確認") for r in unsure)
    keep, _ = dialog.kept()
    assert not any(f.sure for f in keep if f.field == "fees.amount_yen")


def test_saving_over_an_existing_record_asks_first(qtbot, wizard, monkeypatch):
    asked = []
    dialog = open_import(qtbot, wizard)
    dialog.load_text(FIXTURE.read_text(encoding="utf-8"))
    dialog.record_id.setText("leverages")  # an installed company's id
    monkeypatch.setattr(dialog, "ask_existing", lambda old, new: asked.append((old, new)) or "new")
    dialog.save()
    assert asked == [("leverages", "leverages-2")]
    assert dialog.saved == user_companies_dir() / "leverages-2.yaml"
    assert not (user_companies_dir() / "leverages.yaml").exists()


def test_a_hostile_pdf_is_one_line_in_the_dialog(qtbot, wizard, tmp_path):
    from tests.test_import_hostile import build_pdf

    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(build_pdf([b"BT (a) Tj ET " + b" " * 60_000_000]))
    dialog = open_import(qtbot, wizard)
    dialog.load_file(bomb)
    problem = dialog.findChild(QLabel, "importProblem").text()
    assert "bomb.pdf" in problem and "\n" not in problem and dialog.proposal is None


def test_one_photo_id_or_two_without_reads_as_such_in_the_review_and_is_saved_as_two_sets(qtbot, wizard):
    wizard.set_ui_language("ja")
    dialog = open_import(qtbot, wizard)
    dialog.load_text("プライバシーポリシー\n株式会社みなと商会\n\n保有個人データの開示等の請求について\n"
                     "請求書をご郵送ください。\n①次の中から1点で足りる本人確認書類\n運転免許証、パスポートの写し\n"
                     "②次の中から2点必要となる本人確認書類\n健康保険被保険者証、年金手帳の写し\n")
    table = dialog.findChild(QTableWidget, "importFacts")
    values = {table.item(r, 1).text() for r in range(table.rowCount())}
    assert "顔写真付き1点、または顔写真なし2点" in values
    assert "年金手帳（顔写真なし・2点必要）" in values
    assert "運転免許証" in values  # one with a photo is enough alone: no such words
    type_into(qtbot, dialog.findChild(QLineEdit, "importId"), "minato")
    type_into(qtbot, dialog.findChild(QLineEdit, "importReviewedBy"), "山田")
    dialog.save()
    record = yaml.safe_load((user_companies_dir() / "minato.yaml").read_text(encoding="utf-8"))
    photo, without = record["documents"]["self"]["either"]
    assert without["count"] == 2 and {d["kind"] for d in without["one_of"]} == {"health-insurance-card", "pension-book"}
    # The wizard says it: what the person sends, on choosing who asks, and in the checklist.
    assert wizard.company().id == "minato"
    shown = _documents_shown_for_the_person(qtbot, wizard)
    assert "本人確認書類：次のいずれか" in shown and "（2）顔写真のない本人確認書類：次のうち種類の異なる2点：" in shown
    rows = _checklist_rows(qtbot, wizard)
    assert "本人確認書類：次のいずれかを送る" in rows
    assert "顔写真のない本人確認書類：次のうち種類の異なる2点を送る" in rows
    # one tick for the choice: the set not chosen is never "to do"
    ticked = [r.text(0) for r in wizard.checklist_page.view.tick_rows()]
    assert "本人確認書類：次のいずれかを送る" in ticked and not any(t.startswith("顔写真") for t in ticked)


def test_documents_listed_without_a_count_are_to_ask_in_the_wizard_never_one_of(qtbot, wizard):
    # 「次の書類を同封」 and two documents, no 「いずれか」: the saved record leaves the count to check,
    # and the wizard says so on choosing who asks and in the checklist.
    wizard.set_ui_language("ja")
    dialog = open_import(qtbot, wizard)
    dialog.load_text("株式会社あおば物産\n\n保有個人データの開示等の請求について\n請求書をご郵送ください。\n"
                     "請求書には次の書類を同封してください。\n・運転免許証の写し\n・住民票の写し\n")
    type_into(qtbot, dialog.findChild(QLineEdit, "importId"), "aoba")
    type_into(qtbot, dialog.findChild(QLineEdit, "importReviewedBy"), "山田")
    dialog.save()
    record = yaml.safe_load((user_companies_dir() / "aoba.yaml").read_text(encoding="utf-8"))
    assert record["documents"]["self"][0]["count"] == "unknown"
    assert wizard.company().id == "aoba"
    shown = _documents_shown_for_the_person(qtbot, wizard)
    assert "本人確認書類：運転免許証、住民票の写し（すべて必要か、一部でよいかはプライバシーポリシーに書かれていないため" in shown
    assert "または" not in shown
    rows = _checklist_rows(qtbot, wizard)
    assert "本人確認書類：次の書類を送る（すべて必要か、一部でよいかはプライバシーポリシーに書かれていないため、送る前に会社に確認する）" in rows
    assert not any("いずれか1点" in r for r in rows)
