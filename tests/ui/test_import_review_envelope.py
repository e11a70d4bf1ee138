"""The import dialog's review names an imported return envelope and its stamps in the interface's
language (a new fact of this round: never a raw key, never an untranslated value)."""
from __future__ import annotations

from PySide6.QtWidgets import QTableWidget

from tests.ui.test_import_dialog import open_import

PAGE = ("【個人情報の開示等の請求方法】\n下記の3点の書類をご準備頂き、お問い合わせ窓口までご送付ください。\n"
        "1) 個人情報開示等請求書\n2) 添付書類\n3) 返信用封筒\n※宛先にお客様の連絡先をご記入の上、392円分の切手を貼って"
        "同封してください。\nみなと株式会社\n")


def _row(dialog, field: str) -> tuple[str, str]:
    table = dialog.findChild(QTableWidget, "importFacts")
    row = next(r for r, f in enumerate(dialog.proposal.facts) if f.field == field)
    return table.item(row, 0).text(), table.item(row, 1).text()


def test_the_return_envelope_reads_in_japanese(qtbot, wizard):
    wizard.set_ui_language("ja")
    dialog = open_import(qtbot, wizard)
    dialog.load_text(PAGE)
    assert _row(dialog, "enclosures.return_envelope") == ("同封する返信用封筒", "392円分の切手を貼付")


def test_the_return_envelope_reads_in_english(qtbot, wizard):
    wizard.set_ui_language("en")
    dialog = open_import(qtbot, wizard)
    dialog.load_text(PAGE)
    assert _row(dialog, "enclosures.return_envelope") == ("Return envelope to enclose", "with 392 yen in stamps")
