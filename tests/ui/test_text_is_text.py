"""Text is text (issue 22 item 5): a record's name, a typed-in company or a person's name holding
markup (<h1>, <img src=file:…>) shows those characters everywhere in the wizard; no label,
tooltip or view reads them as markup."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QTextEdit, QTreeWidget, QTreeWidgetItemIterator, QWidget

from assistant.io.paths import COMPANIES_DIR
from assistant.records.directory import load_directory

MARKUP = "<h1>Big</h1><img src=file:///etc/passwd>"
PERSON = "<b>山田</b> 太郎"


def _tooltips(wizard) -> list[str]:
    tips = [w.toolTip() for w in wizard.findChildren(QWidget)]
    for view in wizard.findChildren(QListWidget):
        tips += [view.item(r).toolTip() for r in range(view.count())]
    for view in wizard.findChildren(QTreeWidget):
        rows = QTreeWidgetItemIterator(view)
        while rows.value():
            tips.append(rows.value().toolTip(0))
            rows += 1
    return tips


def _markup_read_as_markup(wizard) -> list[str]:
    """Every place that holds one of the hostile texts and would render it as markup."""
    found = []
    for label in wizard.findChildren(QLabel):
        if ("<h1>" in label.text() or "<b>山田" in label.text()) and label.textFormat() != Qt.TextFormat.PlainText:
            found.append(f"label {label.objectName()!r}: {label.text()[:60]!r}")
    for tip in _tooltips(wizard):
        if "<h1>" in tip or "<b>山田" in tip or "<img" in tip:
            found.append(f"tooltip: {tip[:60]!r}")
    return found


@pytest.fixture
def hostile_directory(tmp_path):
    folder = tmp_path / "companies"
    folder.mkdir()
    text = (COMPANIES_DIR / "porters.yaml").read_text(encoding="utf-8")
    text = text.replace("name: PORTERS Corporation", f'name: "{MARKUP} Corporation"', 1)
    text = text.replace("aliases: [PORTERS,", f'aliases: ["{MARKUP}", PORTERS,', 1)
    (folder / "porters.yaml").write_text(text, encoding="utf-8")
    shutil.copy(COMPANIES_DIR / "leverages.yaml", folder / "leverages.yaml")
    directory = load_directory([folder], use_cache=False)
    assert not directory.problems, directory.problems
    return directory


@pytest.mark.parametrize("language", ["en", "ja"])
def test_markup_in_a_record_or_a_name_shows_as_written(qtbot, hostile_directory, language):
    from assistant.ui.wizard import RequestWizard

    wizard = RequestWizard(directory=hostile_directory, language=language)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.help_buttons.shortcut is not None)  # painted: the tooltips are set
    wizard.company_page.search.setText("porters")
    row = wizard.company_page.list.item(0)
    assert MARKUP in row.text() and "&lt;h1&gt;" in row.toolTip()
    assert MARKUP in wizard.company_page.summary.toPlainText() or language == "ja"
    problems = _markup_read_as_markup(wizard)
    wizard.next()
    wizard.request_page.set_kinds(["disclosure"])
    bar = wizard.currentPage().findChild(QLabel, "companyBarName")
    assert (MARKUP in bar.text() or language == "ja") and bar.textFormat() == Qt.TextFormat.PlainText
    wizard.next()
    wizard.next()
    for name, text in {"fullName": PERSON, "dateOfBirth": "1985-04-12", "address": "東京都<i>港区</i>1-1"}.items():
        wizard.details_page.inputs[name].setText(text)
    problems += _markup_read_as_markup(wizard)
    wizard.next()
    view = wizard.checklist_page.view
    view.setCurrentItem(view.topLevelItem(0))
    details = wizard.findChild(QTextEdit, "checklistDetails").toPlainText()
    assert language == "ja" or MARKUP in details, details[:200]
    problems += _markup_read_as_markup(wizard)
    wizard.next()
    problems += _markup_read_as_markup(wizard)
    assert not problems, "\n".join(problems)


def test_a_typed_in_company_with_markup_shows_as_written(qtbot, make_wizard):
    from assistant.records.law_only import law_only_company

    wizard = make_wizard("en")
    wizard.company_page.use_unlisted(law_only_company(MARKUP, "東京都港区<b>芝公園</b>4-2-8"))
    assert wizard.company_page.list.item(0).text().startswith(MARKUP)
    summary = wizard.company_page.summary.toPlainText()
    assert MARKUP in summary and "<b>芝公園</b>" in summary
    wizard.next()
    bar = wizard.currentPage().findChild(QLabel, "companyBarName")
    assert MARKUP in bar.text() and bar.textFormat() == Qt.TextFormat.PlainText
    assert not _markup_read_as_markup(wizard)
    search = wizard.company_page.findChild(QLineEdit, "companySearch")
    assert search is not None
