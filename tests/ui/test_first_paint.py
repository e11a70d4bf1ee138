"""What the wizard leaves until its first page is painted (issue 25) still happens once it is:
the garbage collector (off for the start, launch.run), the window's icon, the check of the record folders, the
offer of a crashed session's draft, F1, the list's tooltips and the search field's clear button;
and a long list looks the same with its scroll bar there from the start."""
from __future__ import annotations

import gc

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from assistant.records.directory import load_directory


def test_the_collector_the_records_check_and_the_recovery_offer_come_after_the_first_paint(
        qtbot, tmp_path, monkeypatch):
    from assistant.ui import app, progress
    from assistant.ui.wizard import RequestWizard

    monkeypatch.setenv("DRA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("DRA_EXIT_AFTER_FIRST_PAINT", raising=False)
    load_directory().index.close()  # an earlier start: this one opens from its view, checks later
    done: list[str] = []
    monkeypatch.setattr(progress.RecordsCheck, "start", lambda self: done.append("check"))
    monkeypatch.setattr(RequestWizard, "offer_recovery", lambda self: done.append("recovery"))
    gc.disable()  # as launch.run leaves it for the wizard
    QApplication.instance().setWindowIcon(QIcon())  # as a new process starts
    try:
        wizard = app.open_wizard(QApplication.instance())
        qtbot.addWidget(wizard)
        assert wizard.records_check is not None
        assert done == [] and not gc.isenabled()  # shown, not yet painted
        assert QApplication.instance().windowIcon().isNull()
        qtbot.waitUntil(lambda: len(done) == 2, timeout=5000)
        assert done == ["check", "recovery"] and gc.isenabled()
        assert QSize(256, 256) in QApplication.instance().windowIcon().availableSizes()
        assert wizard.company_page.list.count() == 5  # the first page painted with its records
    finally:
        gc.enable()


def test_f1_and_the_lists_tooltips_come_with_the_first_paint(qtbot, tmp_path):
    from assistant.ui.wizard import RequestWizard

    wizard = RequestWizard(directory=load_directory(), language="en")
    qtbot.addWidget(wizard)
    page = wizard.company_page
    page.search.setText("p")  # a filter before the paint: the rows of the first list are gone
    page.search.setText("")
    rows = [page.list.item(r) for r in range(page.list.count())]
    assert wizard.help_buttons.shortcut is None and not any(row.toolTip() for row in rows)
    assert not page.search.isClearButtonEnabled()  # its icon loads Qt's image plugins
    wizard.show()
    qtbot.waitUntil(lambda: wizard.help_buttons.shortcut is not None)
    assert page.search.isClearButtonEnabled()
    assert wizard.help_buttons.shortcut.key().toString() == "F1"
    aliases = {row.text().split("\n")[0]: row.toolTip() for row in rows}
    assert "PERSOL" in aliases["PERSOL CAREER CO., LTD."]  # escaped, inside a paragraph
    assert all(tip.startswith("<p style=") for tip in aliases.values() if tip)
    page.search.setText("porters")  # and after it, at once
    assert "PORTERS" in page.list.item(0).toolTip()


def test_a_list_longer_than_the_screen_has_its_scroll_bar_from_the_start_and_looks_the_same(
        qtbot, monkeypatch, tmp_path):
    from assistant.ui.company_page import SHOWN
    from assistant.ui.company_rows import SCROLL_BAR_ALWAYS_ON, SCROLL_BAR_AS_NEEDED

    wizard = _long_list_wizard(qtbot, monkeypatch, tmp_path, "en")
    policy = lambda: wizard.company_page.list.verticalScrollBarPolicy().value  # noqa: E731
    assert policy() == SCROLL_BAR_ALWAYS_ON
    wizard.show()
    qtbot.waitUntil(lambda: wizard.company_page.list.count() == SHOWN)  # all, once painted
    shown = wizard.company_page.list.grab().toImage()
    wizard.company_page.list.setProperty("verticalScrollBarPolicy", SCROLL_BAR_AS_NEEDED)
    qtbot.wait(50)  # laid out again without it, and again with it once it is needed
    assert wizard.company_page.list.verticalScrollBar().isVisible()
    assert wizard.company_page.list.grab().toImage() == shown
    wizard.company_page.search.setText("rec-0007")  # one row: as needed, so none
    assert policy() == SCROLL_BAR_AS_NEEDED and not wizard.company_page.list.verticalScrollBar().isVisible()


def test_the_interface_font_is_the_bundled_face_drawn_unhinted(qtbot):
    from PySide6.QtGui import QFont, QFontInfo

    from assistant.ui.fonts import application_font

    font = application_font()
    assert QFontInfo(font).family() == "IPAexGothic"  # found, not a fallback
    # Hinting would run for every glyph drawn before the first page is on screen.
    assert font.hintingPreference() == QFont.HintingPreference.PreferNoHinting
    assert application_font(14).pointSize() == 14


def test_rows_below_the_screen_come_just_after_the_first_paint_in_the_same_order(
        qtbot, monkeypatch, tmp_path):
    from assistant.ui.company_page import SHOWN

    wizard = _long_list_wizard(qtbot, monkeypatch, tmp_path, "ja")
    page = wizard.company_page
    on_screen = page.rows_on_screen()
    assert 0 < on_screen < SHOWN and page.list.count() == on_screen  # what a screen can show
    first_rows = [page.list.item(row).text() for row in range(on_screen)]
    wizard.show()
    qtbot.waitUntil(lambda: page.list.count() == SHOWN)
    rows = [page.list.item(row).text() for row in range(SHOWN)]
    assert rows[:on_screen] == first_rows and len(page._ids) == SHOWN
    page.search.setText("rec")  # after the paint a search lists every row at once
    page.search.setText("")
    assert [page.list.item(row).text() for row in range(page.list.count())] == rows


def test_selecting_a_company_before_the_first_paint_finds_it_below_the_screen(
        qtbot, monkeypatch, tmp_path):
    from assistant.ui.company_page import SHOWN

    wizard = _long_list_wizard(qtbot, monkeypatch, tmp_path, "en")
    last = wizard.directory.search("", limit=SHOWN)[-1].id
    assert wizard.company_page.select(last) and wizard.company_page.selected_id() == last
    assert wizard.company_page.search.text() == ""  # found in the list, not by a search


def _long_list_wizard(qtbot, monkeypatch, tmp_path, language: str):
    """A wizard whose first list is longer than the screen: 20 more records than it shows."""
    from tests.test_directory_index import write_records
    from assistant.ui.company_page import SHOWN
    from assistant.ui.wizard import RequestWizard

    monkeypatch.setenv("DRA_DATA_DIR", str(tmp_path / "records"))
    monkeypatch.setenv("DRA_CACHE_DIR", str(tmp_path / "cache"))
    write_records(tmp_path / "records", SHOWN + 20)
    wizard = RequestWizard(language=language)
    qtbot.addWidget(wizard)
    return wizard
