"""The wizard saves quotes as the page writes them, from an opened file and from pasted text alike
(the review shows the cleaned text the rules read)."""
from __future__ import annotations

import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QLineEdit, QPlainTextEdit

from assistant.io.paths import user_companies_dir
from tests.test_import_verbatim import PAGE
from tests.ui.conftest import type_into
from tests.ui.test_import_dialog import open_import


def _saved(qtbot, dialog, record_id: str) -> str:
    type_into(qtbot, dialog.findChild(QLineEdit, "importId"), record_id)
    qtbot.mouseClick(dialog.findChild(QAbstractButton, "importSaveButton"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.findChild(QLabel, "importProblem").text()
    return (user_companies_dir() / f"{record_id}.yaml").read_text(encoding="utf-8")


def test_an_opened_files_quotes_keep_its_characters(qtbot, wizard, monkeypatch, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(page), "")))
    dialog = open_import(qtbot, wizard)
    qtbot.mouseClick(dialog.findChild(QAbstractButton, "importOpenButton"), Qt.MouseButton.LeftButton)
    assert "1,000円" in dialog.proposal.text  # (what the rules read)
    saved = yaml.safe_load(_saved(qtbot, dialog, "minato"))
    assert saved["fees"][0]["quote"] == ["手数料は、１回の請求につき１，０００円（定額小為替）です。"]


def test_pasted_texts_quotes_keep_its_characters(qtbot, wizard):
    dialog = open_import(qtbot, wizard)
    dialog.findChild(QPlainTextEdit, "importPasteText").setPlainText(PAGE)
    qtbot.mouseClick(dialog.findChild(QAbstractButton, "importProposeButton"), Qt.MouseButton.LeftButton)
    assert "（定額小為替）" in _saved(qtbot, dialog, "minato")
