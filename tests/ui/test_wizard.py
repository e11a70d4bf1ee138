"""The wizard driven as a person would: typing, clicking, Space to tick, the Next button."""
from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QWizard
from pypdf import PdfReader

from assistant.records.model import REQUESTER_KINDS
from tests.ui.conftest import click_back, click_item, click_next, tick_item, type_into

SEARCH = {"porters": "porters", "persol-career": "doda", "infomart": "インフォマート",
          "leverages": "ＬＥＶＥＲＡＧＥＳ", "nttcom-online": "ntt com"}
PERSON = {"fullName": "山田 太郎", "fullNameKana": "ヤマダ タロウ", "dateOfBirth": "1985-04-12",
          "postalCode": "1500001", "address": "東京都渋谷区神宮前1-2-3", "phone": "090-1234-5678",
          "email": "taro@example.jp"}
REP = {"repName": "鈴木 花子", "repAddress": "東京都千代田区丸の内1-1-1", "repPhone": "03-1234-5678"}


def pdf_text(path) -> str:
    """The PDF's text with white space removed (line breaks fall anywhere in Japanese)."""
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)
    return "".join(text.split())


def go_to_details(qtbot, wizard, company="porters", kind_rows=(1,), requester="self"):
    type_into(qtbot, wizard.findChild(QLineEdit, "companySearch"), SEARCH[company])
    companies = wizard.findChild(QListWidget, "companyList")
    assert companies.count() == 1
    click_item(qtbot, companies, 0)
    assert wizard.company().id == company
    click_next(qtbot, wizard)
    kinds = wizard.findChild(QListWidget, "requestKinds")
    for row in kind_rows:
        tick_item(qtbot, kinds, row)
    click_next(qtbot, wizard)
    requesters = wizard.findChild(QListWidget, "requesterKinds")
    click_item(qtbot, requesters, REQUESTER_KINDS.index(requester))
    click_next(qtbot, wizard)


def fill_person(qtbot, wizard, requester="self"):
    for name, text in PERSON.items():
        type_into(qtbot, wizard.findChild(QLineEdit, name), text)
    if requester != "self":
        for name, text in REP.items():
            type_into(qtbot, wizard.findChild(QLineEdit, name), text)
    if requester == "lawyer":
        type_into(qtbot, wizard.findChild(QLineEdit, "repRegistration"), "45678")


@pytest.mark.parametrize("requester", REQUESTER_KINDS)
@pytest.mark.parametrize("company", list(SEARCH))
def test_whole_flow_saves_a_letter_and_a_checklist(qtbot, wizard, save_to, tmp_path, company, requester):
    go_to_details(qtbot, wizard, company, requester=requester)
    fill_person(qtbot, wizard, requester)
    click_next(qtbot, wizard)
    assert wizard.currentId() == 4
    view = wizard.findChild(type(wizard.checklist_page.view), "checklistView")
    assert "Disclosure of retained personal data (Art. 33(1))" in view.texts()
    save_to += ["checklist.pdf"]
    qtbot.mouseClick(wizard.findChild(QAbstractButton, "saveChecklistButton"), Qt.MouseButton.LeftButton)
    checklist = pdf_text(tmp_path / "checklist.pdf")
    assert "山田" in checklist and "Checklist:Disclosure" in checklist
    click_next(qtbot, wizard)
    assert wizard.currentId() == 5
    save_to += ["letter.pdf"]
    qtbot.mouseClick(wizard.findChild(QAbstractButton, "saveLetterButton"), Qt.MouseButton.LeftButton)
    letter = pdf_text(tmp_path / "letter.pdf")
    assert "山田" in letter and "第33条第1項" in letter
    assert "".join((wizard.company().name_ja or wizard.company().name).split()) in letter
    if requester != "self":
        assert "鈴木" in letter
    assert wizard.findChild(QAbstractButton, "openLetterButton").isEnabled()


def test_letter_language_choice_changes_the_pdf(qtbot, wizard, save_to, tmp_path):
    go_to_details(qtbot, wizard, "leverages")
    fill_person(qtbot, wizard)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    language = wizard.findChild(QComboBox, "letterLanguage")
    language.setFocus()
    qtbot.keyClick(language, Qt.Key.Key_Down)  # Japanese → English
    assert language.currentData() == "en"
    save_to += ["en.pdf"]
    qtbot.mouseClick(wizard.findChild(QAbstractButton, "saveLetterButton"), Qt.MouseButton.LeftButton)
    text = pdf_text(tmp_path / "en.pdf")
    assert "Requestfordisclosure" in text and "保有個人データ開示請求書" not in text
    assert wizard.letter_page.document.pageCount() >= 1  # the preview shows the real PDF


def test_invalid_input_blocks_next_with_a_visible_reason(qtbot, wizard):
    go_to_details(qtbot, wizard)
    fill_person(qtbot, wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    dob = wizard.findChild(QLineEdit, "dateOfBirth")
    dob.clear()
    type_into(qtbot, dob, "2999-01-01")
    assert not next_button.isEnabled()
    error = wizard.details_page.errors["dateOfBirth"]
    assert error.isVisible() and "past" in error.text()
    assert "Date of birth" in wizard.details_page.summary.text()
    postal = wizard.findChild(QLineEdit, "postalCode")
    postal.clear()
    type_into(qtbot, postal, "12-34")
    assert "7 digits" in wizard.details_page.errors["postalCode"].text()
    email = wizard.findChild(QLineEdit, "email")
    email.clear()
    type_into(qtbot, email, "not-an-email")
    assert wizard.details_page.errors["email"].isVisible()


def test_correction_needs_its_content(qtbot, wizard):
    go_to_details(qtbot, wizard, "leverages", kind_rows=(3,))
    fill_person(qtbot, wizard)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "correction" in wizard.details_page.summary.text().lower()
    type_into(qtbot, wizard.findChild(QPlainTextEdit, "correctionCurrent"), "旧住所")
    type_into(qtbot, wizard.findChild(QPlainTextEdit, "correctionCorrect"), "新住所")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_going_back_and_forth_loses_nothing(qtbot, wizard):
    go_to_details(qtbot, wizard, "infomart", kind_rows=(1, 4), requester="agent")
    fill_person(qtbot, wizard, "agent")
    wizard.findChild(type(wizard.details_page.grounds["leak"]), "ground-leak").setChecked(True)
    click_next(qtbot, wizard)
    for _ in range(4):
        click_back(qtbot, wizard)
    assert wizard.currentId() == 0
    for _ in range(3):
        click_next(qtbot, wizard)
    for name, text in {**PERSON, **REP}.items():
        expected = "150-0001" if name == "postalCode" else text
        assert wizard.findChild(QLineEdit, name).text() in (text, expected)
    assert wizard.kinds() == ("disclosure", "suspension")
    assert wizard.requester() == "agent"
    assert wizard.details_page.grounds["leak"].isChecked()
    assert wizard.details() is not None


def test_changing_company_keeps_the_persons_details(qtbot, wizard):
    go_to_details(qtbot, wizard, "porters")
    fill_person(qtbot, wizard)
    for _ in range(3):
        click_back(qtbot, wizard)
    search = wizard.findChild(QLineEdit, "companySearch")
    search.clear()
    type_into(qtbot, search, "doda")
    click_item(qtbot, wizard.findChild(QListWidget, "companyList"), 0)
    for _ in range(3):
        click_next(qtbot, wizard)
    assert wizard.company().id == "persol-career"
    assert wizard.findChild(QLineEdit, "fullName").text() == "山田 太郎"
    click_next(qtbot, wizard)
    assert "PERSOL CAREER" in wizard.checklist_page.details.toPlainText()  # the first kind's header


def test_start_over_leaves_no_personal_data(qtbot, wizard, yes_to_questions):
    go_to_details(qtbot, wizard, "persol-career", requester="agent")
    fill_person(qtbot, wizard, "agent")
    click_next(qtbot, wizard)
    qtbot.mouseClick(wizard.findChild(QAbstractButton, "copyChecklistButton"), Qt.MouseButton.LeftButton)
    click_next(qtbot, wizard)
    qtbot.mouseClick(wizard.findChild(QAbstractButton, "startOverButton"), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == 0
    texts = [w.text() for w in wizard.findChildren(QLineEdit)]
    texts += [w.toPlainText() for w in wizard.findChildren(QPlainTextEdit)]
    texts += [wizard.checklist_page.view.texts(), wizard.checklist_page.details.toPlainText(),
              QGuiApplication.clipboard().text()]
    for value in list(PERSON.values()) + list(REP.values()) + ["150-0001"]:
        assert not any(value in t for t in texts), value
    assert wizard.company() is None and wizard.kinds() == ()
    assert wizard.letter_page.document.pageCount() == 0


def test_unlisted_kind_is_offered_and_flagged(qtbot, wizard):
    type_into(qtbot, wizard.findChild(QLineEdit, "companySearch"), "porters")
    click_next(qtbot, wizard)
    kinds = wizard.findChild(QListWidget, "requestKinds")
    assert "not in this company's policy" in kinds.item(0).text()   # purpose: PORTERS lists it not
    assert "not in this company's policy" not in kinds.item(1).text()
    tick_item(qtbot, kinds, 0)
    assert "does not list" in wizard.request_page.note.text()


def test_company_summary_warns_when_the_record_is_old(qtbot, wizard):
    from datetime import date, timedelta

    from assistant.ui.company_page import summary_html

    company = wizard.directory.get("porters")
    old = company.model_copy(update={"checked": date.today() - timedelta(days=400)})
    assert "Warning" in summary_html(old, wizard)
    assert "Warning" not in summary_html(company, wizard)


def test_search_keyboard_down_enters_the_list(qtbot, wizard):
    search = wizard.findChild(QLineEdit, "companySearch")
    type_into(qtbot, search, "co")
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert wizard.findChild(QListWidget, "companyList").hasFocus()
    assert wizard.company() is not None


def test_named_widgets_exist_with_accessible_names(wizard):
    names = ["companySearch", "companyList", "requestKinds", "requesterKinds", "fullName",
             "fullNameKana", "dateOfBirth", "postalCode", "address", "phone", "email",
             "checklistView", "letterLanguage", "saveChecklistButton", "saveLetterButton",
             "startOverButton"]
    from PySide6.QtWidgets import QWidget

    assert wizard.findChild(QWidget, "requestKinds") is None  # built on the first Next, not at start
    wizard.letter_page  # noqa: B018 - builds the later pages
    for name in names:
        widget = wizard.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), f"{name} has no accessible name"


def test_every_input_control_has_an_accessible_name(wizard):
    from PySide6.QtPdfWidgets import QPdfView
    from PySide6.QtWidgets import QTextBrowser

    wizard.letter_page  # noqa: B018 - builds every page
    kinds = (QLineEdit, QComboBox, QListWidget, QPlainTextEdit, QTextBrowser, QPdfView)
    unnamed = [w.objectName() or type(w).__name__ for kind in kinds for w in wizard.findChildren(kind)
               if not w.accessibleName() and not isinstance(w.parent(), QComboBox)]
    assert unnamed == []
    buttons = [b for b in wizard.findChildren(QAbstractButton) if b.isVisibleTo(wizard)]
    assert all(b.text() or b.accessibleName() for b in buttons)


def test_print_draws_every_page_of_the_letter(qtbot, wizard, tmp_path):
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from assistant.ui.actions import load_pdf, print_pages

    go_to_details(qtbot, wizard, "persol-career")
    fill_person(qtbot, wizard)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    document = QPdfDocument(wizard)
    load_pdf(document, wizard.letter_page.letter_bytes())
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pages(document, printer) == document.pageCount() >= 1
    assert len(PdfReader(io.BytesIO((tmp_path / "printed.pdf").read_bytes())).pages) == document.pageCount()


def test_text_copied_by_hand_from_a_field_is_cleared_on_start_over(qtbot, wizard):
    go_to_details(qtbot, wizard, "porters")
    fill_person(qtbot, wizard)
    address = wizard.findChild(QLineEdit, "address")
    address.setSelection(0, 6)  # part of the address, as a person selects with the mouse
    address.copy()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == PERSON["address"][:6]
    wizard.start_over(ask=False)
    assert clipboard.text() == ""
    name = wizard.findChild(QLineEdit, "fullName")
    type_into(qtbot, name, "佐藤 花子")
    name.selectAll()
    name.copy()
    wizard.start_over(ask=False)
    assert clipboard.text() == ""


def test_start_over_leaves_a_clipboard_text_from_elsewhere_alone(qtbot, wizard):
    go_to_details(qtbot, wizard, "porters")
    fill_person(qtbot, wizard)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("copied in another program 98765")
    wizard.start_over(ask=False)
    assert clipboard.text() == "copied in another program 98765"


def test_company_summary_says_when_the_record_comes_from_your_folder(qtbot):
    from assistant.records.directory import load_directory
    from assistant.io.paths import COMPANIES_DIR, user_companies_dir
    from assistant.ui.company_page import summary_html
    from assistant.ui.wizard import RequestWizard

    user = user_companies_dir()
    user.mkdir(parents=True)
    (user / "porters.yaml").write_bytes((COMPANIES_DIR / "porters.yaml").read_bytes())
    wizard = RequestWizard(directory=load_directory([COMPANIES_DIR, user], use_cache=False))
    qtbot.addWidget(wizard)
    html = summary_html(wizard.directory.get("porters"), wizard)
    assert f"comes from YOUR folder {user}, replacing the installed one" in html
    assert "YOUR folder" not in summary_html(wizard.directory.get("infomart"), wizard)


def test_a_name_of_zero_width_spaces_or_other_digits_in_the_postal_code_block_next(qtbot, wizard):
    go_to_details(qtbot, wizard)
    fill_person(qtbot, wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    name = wizard.findChild(QLineEdit, "fullName")
    name.clear()
    type_into(qtbot, name, "\u200b\u200b\u200b")
    assert not next_button.isEnabled()
    assert wizard.details_page.errors["fullName"].text() == "required"
    type_into(qtbot, name, "山田")
    assert next_button.isEnabled()
    postal = wizard.findChild(QLineEdit, "postalCode")
    postal.clear()
    type_into(qtbot, postal, "١٥٠٠٠٠١")  # Arabic-Indic digits: would print as 〓
    assert not next_button.isEnabled()
    assert "7 digits" in wizard.details_page.errors["postalCode"].text()


def test_a_wrong_date_of_birth_says_what_to_type(qtbot, wizard):
    from PySide6.QtWidgets import QLabel

    go_to_details(qtbot, wizard)
    fill_person(qtbot, wizard)
    field = wizard.findChild(QLineEdit, "dateOfBirth")
    field.clear()
    type_into(qtbot, field, "12 April")
    error = wizard.findChild(QLabel, "dateOfBirthError")
    assert "1985-04-12" in error.text() and "昭和60年4月12日" in error.text() and "Input should" not in error.text()


def _mnemonic(text: str) -> str | None:
    import re

    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("language", ["en", "ja"])
def test_no_two_controls_on_a_page_share_an_alt_key(qtbot, make_wizard, language):
    from PySide6.QtWidgets import QGroupBox, QLabel

    wizard = make_wizard(language)
    go_to_details(qtbot, wizard, requester="agent")  # every page built, the representative shown
    pages = {"company": wizard.company_page, **wizard._later_pages()}
    buttons = [wizard.button(b) for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                                          QWizard.WizardButton.CustomButton1, QWizard.WizardButton.CustomButton2,
                                          QWizard.WizardButton.CustomButton3)]
    for name, page in pages.items():
        controls = [*page.findChildren(QAbstractButton), *[l for l in page.findChildren(QLabel) if l.buddy()],
                    *page.findChildren(QGroupBox), *buttons]
        if name == "letter":
            controls.append(wizard.button(QWizard.WizardButton.FinishButton))
        keys: dict[str, str] = {}
        for control in controls:
            text = control.title() if isinstance(control, QGroupBox) else control.text()
            key = _mnemonic(text)
            if key is None:
                continue
            assert key not in keys, f"{name} page: Alt+{key} is both {keys[key]!r} and {text!r}"
            keys[key] = text


def test_the_letter_says_the_fee_was_paid_only_once_ticked_with_how(qtbot, wizard, save_to, tmp_path):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QCheckBox, QDateEdit

    go_to_details(qtbot, wizard, "infomart")
    fill_person(qtbot, wizard)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    save_to += ["unpaid.pdf", "paid.pdf"]
    save = wizard.findChild(QAbstractButton, "saveLetterButton")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "お支払いしました" not in pdf_text(tmp_path / "unpaid.pdf")
    wizard.findChild(QCheckBox, "feePaid").setChecked(True)
    wizard.findChild(QDateEdit, "feePaidOn").setDate(QDate(2026, 11, 20))
    type_into(qtbot, wizard.findChild(QLineEdit, "feePaidHow"), "銀行振込")
    assert wizard.case().options.fee_paid_how == "銀行振込"
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "令和8年11月20日に銀行振込によりお支払いしました" in pdf_text(tmp_path / "paid.pdf")


def test_change_company_from_a_later_page_keeps_the_persons_details(qtbot, wizard):
    go_to_details(qtbot, wizard, "porters")
    fill_person(qtbot, wizard)
    click_next(qtbot, wizard)  # the checklist
    bar = wizard.currentPage().findChild(QLabel, "companyBarName")
    assert "PORTERS" in bar.text().upper()
    change = wizard.currentPage().findChild(QAbstractButton, "changeCompanyButton")
    qtbot.mouseClick(change, Qt.MouseButton.LeftButton)  # one step
    assert wizard.currentPage() is wizard.company_page
    search = wizard.findChild(QLineEdit, "companySearch")
    assert search.hasFocus() or search.selectedText() == search.text()
    search.clear()
    type_into(qtbot, search, SEARCH["leverages"])
    click_item(qtbot, wizard.findChild(QListWidget, "companyList"), 0)
    for _ in range(3):
        click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.details_page
    for name, text in PERSON.items():  # nothing typed was lost
        assert wizard.findChild(QLineEdit, name).text() == text
    assert wizard.case().company_id == "leverages" and wizard.case().details is not None
    bar = wizard.currentPage().findChild(QLabel, "companyBarName")
    assert "Leverages" in bar.text() and "PORTERS" not in bar.text().upper()
