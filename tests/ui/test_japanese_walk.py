"""What a Japanese reader meets walking through the wizard by keyboard: real dates called real,
long request lines read whole."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget

from tests.ui.conftest import click_item, click_next, type_into
from tests.ui.test_wizard import go_to_details


def test_an_impossible_date_is_called_so_not_a_wrong_form(qtbot, make_wizard):
    """2000-02-30 is written the right way: say the day does not exist, not how to write a date."""
    wizard = make_wizard("ja")
    go_to_details(qtbot, wizard)
    birth = wizard.findChild(QLineEdit, "dateOfBirth")
    type_into(qtbot, birth, "2000-02-30")
    error = wizard.findChild(QLabel, "dateOfBirthError")
    assert error.text() == "存在しない日付です。月と日を確かめてください"
    birth.clear()
    type_into(qtbot, birth, "2000年2月")  # a wrong form still gets the forms explained
    assert "「1985-04-12」「1985/4/12」「昭和60年4月12日」" in error.text()
    birth.clear()
    type_into(qtbot, birth, "2000-02-29")  # a leap day is a real day
    assert not error.isVisible() or not error.text()


def test_request_kinds_wrap_instead_of_scrolling_sideways(qtbot, make_wizard):
    """A kind with its explanation and the "not in this policy" flag is longer than the window:
    it wraps, so the flag is read without a sideways scroll bar."""
    wizard = make_wizard("ja")
    wizard.resize(800, 600)
    type_into(qtbot, wizard.findChild(QLineEdit, "companySearch"), "porters")
    click_item(qtbot, wizard.findChild(QListWidget, "companyList"), 0)
    click_next(qtbot, wizard)
    kinds = wizard.findChild(QListWidget, "requestKinds")
    qtbot.wait(50)  # the layout settles
    assert any("記載なし" in kinds.item(row).text() for row in range(kinds.count()))
    assert not kinds.horizontalScrollBar().isVisible()
    rows = [kinds.visualItemRect(kinds.item(row)) for row in range(kinds.count())]
    assert all(rect.right() <= kinds.viewport().width() for rect in rows)


def test_the_profile_buttons_have_names_a_screen_reader_says_in_both_languages(qtbot, make_wizard):
    from PySide6.QtWidgets import QPushButton

    for language, expected in (("en", "Save as profile"), ("ja", "プロフィールとして保存")):
        wizard = make_wizard(language)
        wizard._later_pages()
        save = wizard.findChild(QPushButton, "saveProfileButton")
        assert save.accessibleName() == expected and "&" not in save.accessibleName()


def test_the_posting_date_hint_shows_whole_in_japanese(qtbot, make_wizard):
    wizard = make_wizard("ja")
    page = wizard._later_pages()["checklist"]
    hint = page.sent_on.placeholderText()
    assert "任意" in hint
    assert page.sent_on.minimumWidth() >= page.sent_on.fontMetrics().horizontalAdvance(hint)


def test_tab_goes_top_to_bottom_on_the_details_page(qtbot, make_wizard):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit, QPushButton

    wizard = make_wizard("ja")
    page = wizard._later_pages()["details"]
    order, widget = [], page.findChild(QPushButton, "changeCompanyButton")
    for _ in range(6):
        order.append(widget.objectName() or type(widget).__name__)
        widget = widget.nextInFocusChain()
        while not (page.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget = widget.nextInFocusChain()
    # the bar and the profile buttons above the form come first, then the form from its top
    assert order[:4] == ["changeCompanyButton", "fillProfileButton", "saveProfileButton", "fullName"]
    assert isinstance(page.findChild(QLineEdit, order[3]), QLineEdit)
