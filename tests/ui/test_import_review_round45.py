"""The import dialog's review names this round's new facts in the interface's language: who pays
the postage, the desk phone's hours, the person's choice of answer, documents listed on the form
(never a raw key, never an untranslated value)."""
from __future__ import annotations

from tests.ui.test_import_dialog import open_import
from tests.ui.test_import_review_envelope import _row

PAGE = ("【個人情報の開示等の請求方法】\n下記の書類をご準備頂き、下記窓口までご送付ください。\n"
        "※郵便料金はお客様のご負担となりますのでご了承ください。\n1) 個人情報開示等請求書\n"
        "2) 添付書類\n※「個人情報開示等請求書」に記載の添付書類をご用意ください。\n"
        "開示のお申し出があった場合については、下記の方法のうち、開示申請者の指定するいずれかの方法により回答いたします。\n"
        "1. 書面の交付による方法\n2. PDFファイル等をメールにて送付する方法\n"
        "【個人情報の取扱いに関するお問い合わせ窓口】\n電話番号 03-6302-1223\n受付時間 平日10:00〜18:00\nみなと株式会社\n")


def test_the_new_facts_read_in_japanese(qtbot, wizard):
    wizard.set_ui_language("ja")
    dialog = open_import(qtbot, wizard)
    dialog.load_text(PAGE)
    assert _row(dialog, "channels.postage") == ("請求書を送る郵送料", "請求者が負担する")
    assert _row(dialog, "inquiries.hours") == ("問い合わせ電話の受付時間", "平日10:00〜18:00")
    assert _row(dialog, "response.requester_chooses")[0] == "回答方法を請求者が選べる"
    assert _row(dialog, "documents.listed_on_form")[0] == "会社所定の請求書に記載の必要書類"


def test_the_new_facts_read_in_english(qtbot, wizard):
    wizard.set_ui_language("en")
    dialog = open_import(qtbot, wizard)
    dialog.load_text(PAGE)
    assert _row(dialog, "channels.postage") == ("Postage for sending the request", "paid by the requester")
    assert _row(dialog, "response.requester_chooses") == ("The person chooses how to be answered", "yes")
