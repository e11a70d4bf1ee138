"""The Japanese program speaks Japanese (issue 22 item 3): no English word inside what the wizard
says, page by page (the fee 「1,000円（請求1件あたり）」, not 「（requestあたり）」; the law's own
notes are not quoted in English), Qt's own dialogs translated (the file dialog's "Look in:" and
"Files of type:"), errors shown in the wizard in Japanese, and the printed checklist never tells
a caller to run a command."""
from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton, QComboBox, QFileDialog, QGroupBox, QLabel, QLineEdit, QListWidget, QTextEdit,
    QTreeWidget, QTreeWidgetItemIterator, QWidget,
)

from assistant.io.paths import COMPANIES_DIR
from tests.ui.test_wizard import PERSON, REP

# Words that are Japanese usage too, or examples of what to type.
USUAL = {"PDF", "OK", "ID", "doda", "HiPro", "YYYY", "MM", "DD", "name", "example", "jp", "English"}
# Where a record's own words (its English policy, its address as written) may stand.
POLICY_VIEWS = {"checklistView", "checklistDetails", "companySummary"}


def _record_words(company_id: str) -> set[str]:
    return set(re.findall(r"[A-Za-z]+", (COMPANIES_DIR / f"{company_id}.yaml").read_text(encoding="utf-8")))


def _shown(widget: QWidget) -> list[str]:
    texts = []
    for attr in ("text", "title", "placeholderText", "toolTip"):
        value = getattr(widget, attr, None)
        if callable(value) and not (attr == "text" and isinstance(widget, QTextEdit)):
            try:
                found = value()
            except TypeError:
                continue
            texts += [found] if isinstance(found, str) else []
    if isinstance(widget, QTextEdit):
        texts.append(widget.toPlainText())
    if isinstance(widget, QListWidget):
        texts += [widget.item(r).text() for r in range(widget.count())]
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTreeWidget):
        rows = QTreeWidgetItemIterator(widget)
        while rows.value():
            texts += [rows.value().text(0), rows.value().text(1), rows.value().toolTip(0)]
            rows += 1
    return texts


def english_words(wizard, names: set[str], record: set[str]) -> list[str]:
    """'objectName: word in text' for each English word the current page shows in Japanese."""
    found = []
    for widget in [wizard.currentPage(), *wizard.currentPage().findChildren(QWidget)]:
        if not widget.isVisible() or not isinstance(widget, (QLabel, QAbstractButton, QGroupBox, QLineEdit,
                                                             QTextEdit, QListWidget, QComboBox, QTreeWidget)):
            continue
        allowed = USUAL | names | (record if widget.objectName() in POLICY_VIEWS else set())
        if widget.objectName() == "companyList":
            continue  # the companies' own names, as registered
        for text in _shown(widget):
            plain = re.sub(r"<[^>]+>|&\w+;|https?://\S+|\S+@\S+", " ", text)
            for word in re.findall(r"[A-Za-z]{2,}", plain):
                if word not in allowed:
                    found.append(f"{widget.objectName() or type(widget).__name__}: {word!r} in {text[:80]!r}")
    return found


def test_every_page_speaks_japanese_without_english_words(qtbot, make_wizard):
    wizard = make_wizard("ja")
    company = "infomart"  # its fee is counted per request
    names = set(re.findall(r"[A-Za-z]+", " ".join(
        f"{e.name} {' '.join(e.aliases)}" for e in wizard.directory.search("", None))))
    wizard.company_page.search.setText("インフォマート")
    problems = english_words(wizard, names, _record_words(company))
    summary = wizard.company_page.summary.toPlainText()
    assert "1,000円（請求1件あたり）" in summary, summary
    wizard.next()
    wizard.request_page.set_kinds(["disclosure", "correction", "suspension", "third-party-stop"])
    problems += english_words(wizard, names, set())
    wizard.next()
    wizard.requester_page.set_requester("agent")
    problems += english_words(wizard, names, set())
    wizard.next()
    for name, text in {**PERSON, **REP, "dateOfBirth": "昭和60年4月12日"}.items():
        wizard.details_page.inputs[name].setText(text)
    wizard.details_page.inputs["correctionCurrent"].setPlainText("旧住所")
    wizard.details_page.inputs["correctionCorrect"].setPlainText("新住所")
    wizard.details_page.grounds["leak"].setChecked(True)
    wizard.details_page.inputs["postalCode"].setText("530-0001")  # not the address's: a warning
    problems += english_words(wizard, names, set())
    assert "郵便番号530-0001は" in wizard.findChild(QLabel, "postalHint").text()
    wizard.details_page.inputs["postalCode"].setText("150-0001")
    wizard.next()
    view = wizard.checklist_page.view
    view.setCurrentItem(view.topLevelItem(0))
    problems += english_words(wizard, names, _record_words(company))
    wizard.next()
    problems += english_words(wizard, names, set())
    assert not problems, "\n".join(sorted(set(problems)))


def test_qts_own_file_dialog_is_japanese(qtbot, make_wizard):
    make_wizard("ja")
    dialog = QFileDialog(None, "保存", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert "ファイルの場所(&L):" in labels and "ファイルの種類(&T):" in labels, labels
    assert not [t for t in labels if not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", t)], labels


def test_errors_in_the_wizard_are_japanese(qtbot, make_wizard, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

    from assistant.ui.actions import save_pdf

    wizard = make_wizard("ja")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a[2])))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "無い" / "a.pdf"), "")))
    save_pdf(wizard, "保存", "a.pdf", b"%PDF")
    assert "フォルダ" in shown[0] and "ありません" in shown[0] and "does not exist" not in shown[0]
    wizard.company_page.ask_unlisted()
    dialog = wizard.findChild(QWidget, "unlistedDialog")
    dialog.findChild(QLineEdit, "unlistedName").setText("株式会社サンプル")
    dialog.accept()
    assert dialog.findChild(QLabel, "unlistedProblem").text().startswith("請求書の送付先の住所を入力")
    dialog.findChild(QPlainTextEdit, "unlistedAddress").setPlainText("東京都港区芝公園4-2-8")
    dialog.accept()
    assert wizard.company().name == "株式会社サンプル"


def test_the_printed_checklist_names_no_command():
    from assistant.io.paths import forms_dir

    for language in ("ja", "en"):
        wording = (forms_dir() / "checklist" / f"{language}.yaml").read_text(encoding="utf-8")
        assert "python" not in wording and "main.py" not in wording
