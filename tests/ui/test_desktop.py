"""Desktop basics: F1 and Help open the guide in the interface's language, About names the version
and every licence, the window is resizable with a minimum and remembers its size, the icon and
the desktop entry are there."""
from __future__ import annotations

import configparser

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTextBrowser

from assistant.io.paths import RESOURCES
from tests.repo import ROOT


def _opened_dialog(qtbot, action, name: str) -> tuple[str, str]:
    """Run an action that opens a modal dialog; return its title and text, then close it."""
    seen: dict[str, str] = {}

    def read_and_close():
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == name
        seen["title"] = dialog.windowTitle()
        seen["text"] = "\n".join(b.toPlainText() for b in dialog.findChildren(QTextBrowser))
        seen["text"] += "\n".join(label.text() for label in dialog.findChildren(QLabel))
        dialog.reject()

    QTimer.singleShot(200, read_and_close)
    action()
    return seen["title"], seen["text"]


@pytest.mark.parametrize(("language", "title", "words"), [
    ("en", "Help", "The six steps"), ("ja", "使い方", "6つの手順")])
def test_f1_opens_the_guide_in_the_interfaces_language(qtbot, make_wizard, language, title, words):
    from assistant.ui.help import HelpButtons

    wizard = make_wizard(language)
    buttons = wizard.findChild(HelpButtons)
    qtbot.waitUntil(lambda: buttons.shortcut is not None)  # once the window is painted
    shortcut = buttons.shortcut
    assert shortcut.key() == QKeySequence(Qt.Key.Key_F1)
    # An offscreen window is never active, so Qt would not deliver the key: the shortcut's signal.
    shown, text = _opened_dialog(qtbot, shortcut.activated.emit, "helpDialog")
    assert shown == title and words in text


def test_the_help_button_shows_the_guide_and_changes_language_with_the_window(qtbot, make_wizard):
    wizard = make_wizard("en")
    button = wizard.findChild(QPushButton, "helpButton")
    assert button.isVisible() and button.text() == "Help (F1)"
    wizard.set_ui_language("ja")
    assert button.text() == "使い方（F1）"
    _, text = _opened_dialog(qtbot, button.click, "helpDialog")
    assert "請求書に記載する事項" in text and "Details" not in text


def test_the_guides_name_the_buttons_as_the_interface_does():
    from assistant.ui.help import guide_text

    ja, en = (" ".join(guide_text(language).split()) for language in ("ja", "en"))  # unwrapped
    for words in ("最初からやり直す", "下書きを保存", "一覧に会社がない", "この請求を管理する",
                  "法人番号データの取込"):
        assert words in ja, words
    for words in ("Start over", "Save draft", "My company is not listed", "Track this request",
                  "Import the corporate register"):
        assert words in en, words


def test_about_names_the_version_and_every_licence(qtbot, make_wizard):  # and every source
    from assistant.ui.about import attributions, version

    wizard = make_wizard("en")
    title, text = _opened_dialog(qtbot, wizard.findChild(QPushButton, "aboutButton").click,
                                 "aboutDialog")
    assert title == "About Disclosure Request Assistant"
    assert version() != "?" and f"Version {version()}" in text
    assert "IPA Font License Agreement v1.0" in text and "IPAフォントライセンスv1.0" in text
    assert "MIT License" in text and "Permission is hereby granted" in text
    for entry in attributions():
        name, licence = (v if isinstance(v, str) else v["en"]
                         for v in (entry["name"], entry["licence"]))
        assert name in text and licence in text
        assert set(entry["what"]) == {"en", "ja"}
        assert not entry.get("file") or (RESOURCES / entry["file"]).is_file()
    # the corporate register's source, worded as its terms ask, from its own data file
    from assistant.records.register_source import attribution

    assert attribution()["en"] in text


def test_the_window_is_resizable_has_a_minimum_and_remembers_its_size(qtbot, make_wizard):
    from assistant.ui.window_size import MINIMUM, remember, restore, settings_file

    wizard = make_wizard("en")
    restore(wizard)  # nothing saved yet: the default, within the screen
    assert wizard.minimumSize() == MINIMUM and wizard.maximumSize().width() > 5000
    wizard.resize(790, 610)  # the offscreen screen is 800 × 800
    remember(wizard)
    assert settings_file().is_file()
    again = make_wizard("en")
    restore(again)
    assert again.size() == QSize(790, 610)
    again.resize(100, 100)
    assert again.width() >= MINIMUM.width() and again.height() >= MINIMUM.height()


def test_at_the_default_size_the_details_page_shows_a_representatives_request_unscrolled(
        qtbot, make_wizard):
    from PySide6.QtWidgets import QScrollArea

    from assistant.ui.window_size import DEFAULT
    from tests.ui.conftest import click_next

    wizard = make_wizard("ja")
    wizard.resize(DEFAULT)
    wizard.company_page.search.setText("leverages")
    qtbot.wait(50)
    click_next(qtbot, wizard)
    wizard.request_page.set_kinds(["disclosure"])
    click_next(qtbot, wizard)
    wizard.requester_page.set_requester("lawyer")
    click_next(qtbot, wizard)
    scroll = wizard.details_page.findChild(QScrollArea)
    qtbot.waitUntil(lambda: scroll.viewport().height() >= scroll.widget().sizeHint().height())
    qtbot.waitUntil(lambda: not scroll.verticalScrollBar().isVisible())  # once laid out


def test_the_icon_is_drawn_in_every_size_from_its_svg():
    icons = RESOURCES / "icons"
    assert (icons / "disclosure-assistant.svg").read_text(encoding="utf-8").startswith("<?xml")
    sizes = []
    for png in icons.glob("disclosure-assistant-*.png"):
        size = int(png.stem.rsplit("-", 1)[1])
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size), png.name
        sizes.append(size)
    assert {16, 32, 48, 256} <= set(sizes)


def test_the_desktop_entry_names_the_command_and_the_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "packaging" / "disclosure-assistant.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Exec"] == "disclosure-assistant"
    assert desktop["Icon"] == "disclosure-assistant" and desktop["Terminal"] == "false"
    assert desktop["Name[ja]"] and desktop["Categories"].endswith(";")


def test_the_window_has_the_icon(qtbot):
    from assistant.ui.app import application_icon

    icon = application_icon()
    assert not icon.isNull() and QSize(256, 256) in icon.availableSizes()


def test_about_in_japanese_gives_the_registers_source_in_its_own_words():
    from assistant.records.register_source import attribution
    from assistant.ui.about import attributions_html

    html = attributions_html("ja", "ライセンスと出典", "{name}のライセンス")
    assert attribution()["ja"] in html and "公共データ利用規約（第1.0版）" in html
