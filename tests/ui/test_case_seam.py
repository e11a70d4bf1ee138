"""The wizard and the command line are two front ends of one core: the same RequestCase gives the
same PDFs byte for byte; pages hand over and take back their part of the case; the letter preview
renders off the GUI thread; old drafts open; a language added as data shows up in the wizard."""
from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QFileDialog, QLineEdit, QPlainTextEdit

from assistant.case.request import GROUND_FACTS, RequestCase
from assistant.cli.commands import main as cli
from assistant.records.model import REQUEST_KINDS
from tests.render.helpers import details, text_of
from tests.ui.conftest import click_next, type_into
from tests.ui.test_wizard import go_to_details

V1_DRAFT = Path(__file__).parent.parent / "data" / "draft-v1.json"
AGENT = {"capacity": "agent", "full_name": "鈴木 花子", "address": "東京都千代田区丸の内1-1-1",
         "phone": "03-1234-5678", "email": "hanako@example.jp"}
CASES = {
    "agent-disclosure": ("persol-career", details(representative=AGENT)),
    "self-third-party-stop": ("infomart", details(request={
        "kinds": ["third-party-stop"], "services": ["BtoBプラットフォーム 請求書", "受発注"],
        "grounds": ["leak", "rights-harmed"], "ground_details": "漏えいの通知を受けた",
        "response_method": None})),
    # A ground that alleges a breach is stated only with its facts: typed under its box.
    "self-suspension-breach": ("infomart", details(request={
        "kinds": ["suspension"], "services": ["受発注"], "grounds": ["improper-acquisition"],
        "ground_facts": {"improper-acquisition": "登録した覚えのない勤務先情報を保有していると回答を受けた"},
        "response_method": None})),
}


def fill_from_case(qtbot, wizard, case: RequestCase) -> None:
    """Drive the wizard to the details as a person would, then type and choose what the case holds."""
    go_to_details(qtbot, wizard, case.company_id, requester=case.requester,
                  kind_rows=[REQUEST_KINDS.index(k) for k in case.kinds])
    page = wizard.details_page
    for path, text in case.typed.fields.items():
        if path.startswith(GROUND_FACTS):
            continue  # typed under its ground, once ticked
        widget = page.inputs[page.paths[path]] if path in page.paths else page.ground_details
        type_into(qtbot, widget, text)
    if case.typed.capacity:
        page.capacity.setCurrentIndex(page.capacity.findData(case.typed.capacity))
    for key in case.typed.grounds:  # Space ticks the focused box
        facts = page.ground_rows.facts.get(key)
        assert facts is None or not facts.isVisibleTo(page)  # asked for only once ticked
        page.grounds[key].setFocus()
        qtbot.keyClick(page.grounds[key], Qt.Key.Key_Space)
        if facts is not None:
            assert facts.isVisibleTo(page) and facts.placeholderText()
            type_into(qtbot, facts, case.typed.fields[GROUND_FACTS + key])
    page.response.setCurrentIndex(max(page.response.findData(case.typed.response_method), 0))


@pytest.mark.parametrize("name", list(CASES))
def test_cli_and_wizard_make_byte_identical_pdfs_from_the_same_case(qtbot, wizard, tmp_path, name):
    company, d = CASES[name]
    case = RequestCase.from_details(company, d)
    details_file = tmp_path / "details.yaml"
    details_file.write_text(yaml.safe_dump(d.model_dump(mode="json", exclude_none=True), allow_unicode=True),
                            encoding="utf-8")
    letter, checklist = tmp_path / "letter.pdf", tmp_path / "checklist.pdf"
    assert cli(["letter", "--company", company, "--details", str(details_file), "--requester",
                case.requester, "--deterministic", "-o", str(letter)]) == 0
    assert cli(["checklist", "--company", company, "--request", case.kinds[0], "--requester",
                case.requester, "--details", str(details_file), "--format", "pdf", "--deterministic",
                "-o", str(checklist)]) == 0

    fill_from_case(qtbot, wizard, case)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == 5
    assembled = wizard.case()
    assert assembled == case  # what the widgets hold is the case, typed texts and checked details
    assert wizard.assistant.letter_pdf(assembled, deterministic=True) == letter.read_bytes()
    assert wizard.assistant.checklist_pdf(assembled, deterministic=True) == checklist.read_bytes()


def test_each_pages_values_round_trip_through_apply(qtbot, wizard):
    company, d = CASES["agent-disclosure"]
    case = RequestCase.from_details(company, d, languages=("ja", "en"))
    wizard.apply_case(case)
    wizard.checklist_page.sent_on.setText("2026-05-01")
    whole = wizard.case()
    assert whole.typed.fields == case.typed.fields and whole.languages == ("ja", "en")
    for page in (wizard.company_page, *wizard._later_pages().values()):
        before = page.values()
        page.clear()
        assert page.values() != before  # clear() did clear, so apply() has something to do
        page.apply(whole)
        assert page.values() == before, type(page).__name__
    assert wizard.case() == whole


def test_a_version_1_draft_opens_in_the_wizard(qtbot, wizard, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(V1_DRAFT), "")))
    qtbot.mouseClick(wizard.findChild(QAbstractButton, "openDraftButton"), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == 3
    assert wizard.company().id == "infomart" and wizard.kinds() == ("disclosure", "suspension")
    assert wizard.findChild(QLineEdit, "fullName").text() == "山田 太郎"
    assert wizard.findChild(QPlainTextEdit, "groundDetails").toPlainText() == "退会済み"
    assert wizard.details_page.grounds["leak"].isChecked()
    assert wizard.findChild(QLineEdit, "sentOn").text() == "2026-05-01"
    assert wizard.findChild(QComboBox, "letterLanguage").currentData() == "ja+en"
    assert wizard.details() is not None and wizard.details().request.response_method == "electronic-record"
    click_next(qtbot, wizard)


def _slow_letters(monkeypatch, wizard, seconds: float) -> list[str]:
    """Make the letter render slowly and record on which thread it ran."""
    threads: list[str] = []
    real = wizard.assistant.letter_pdf

    def slow(case, deterministic=False):
        threads.append(threading.current_thread().name)
        time.sleep(seconds)
        return real(case, deterministic)

    monkeypatch.setattr(wizard.assistant, "letter_pdf", slow)
    return threads


def _to_letter(qtbot, wizard):
    from tests.ui.test_wizard import fill_person

    go_to_details(qtbot, wizard, "leverages")
    fill_person(qtbot, wizard)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)


def test_the_preview_renders_off_the_gui_thread_and_the_window_stays_responsive(qtbot, wizard, monkeypatch):
    _to_letter(qtbot, wizard)
    threads = _slow_letters(monkeypatch, wizard, 0.6)
    language = wizard.findChild(QComboBox, "letterLanguage")
    started = time.perf_counter()
    for index in (1, 2, 1):  # a burst of changes: one render, of the last
        language.setCurrentIndex(index)
    qtbot.wait(250)  # past the debounce: the render has started, and the loop still turns
    assert time.perf_counter() - started < 0.55
    qtbot.waitUntil(lambda: wizard.letter_page._shown is not None
                    and wizard.letter_page._shown[0].languages == ("en",), timeout=10000)
    assert threads and threading.main_thread().name not in threads
    assert len(threads) == 1
    assert wizard.letter_page.document.pageCount() >= 1


def test_a_preview_finished_after_start_over_is_dropped(qtbot, wizard, monkeypatch, yes_to_questions):
    threads = _slow_letters(monkeypatch, wizard, 0.4)
    _to_letter(qtbot, wizard)
    qtbot.waitUntil(lambda: bool(threads), timeout=5000)  # the render is under way
    wizard.start_over()
    assert wizard.letter_page.renderer.wait(10000)
    qtbot.wait(50)  # let its (stale) result arrive
    assert wizard.letter_page.document.pageCount() == 0 and wizard.letter_page._shown is None


def test_a_language_added_as_data_appears_in_the_wizard(qtbot, tmp_path, monkeypatch, save_to):
    from assistant.records.directory import load_directory
    from assistant.io.paths import COMPANIES_DIR
    from assistant.ui.wizard import RequestWizard
    from tests.render.test_toy_language import TOY, make_toy_forms

    monkeypatch.setenv("DRA_FORMS_DIR", str(make_toy_forms(tmp_path)))
    wizard = RequestWizard(directory=load_directory([COMPANIES_DIR]))
    qtbot.addWidget(wizard)
    wizard.show()
    _to_letter(qtbot, wizard)
    language = wizard.findChild(QComboBox, "letterLanguage")
    texts = [language.itemText(i) for i in range(language.count())]
    assert texts == ["日本語 (Japanese)", "English", "Tojlingvo (Toy)", "Both: Japanese, then English",
                     "Both: Japanese, then Toy"]
    language.setCurrentIndex(2)
    assert wizard.case().languages == ("xx",)
    save_to += ["toy.pdf"]
    qtbot.mouseClick(wizard.findChild(QAbstractButton, "saveLetterButton"), Qt.MouseButton.LeftButton)
    assert TOY["title"] in text_of((tmp_path / "toy.pdf").read_bytes())
