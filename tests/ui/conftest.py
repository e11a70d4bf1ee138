"""Wizard fixtures: a real RequestWizard on the installed records, and helpers that act as a user."""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard  # noqa: E402

from assistant.records.directory import load_directory  # noqa: E402
from assistant.io.paths import COMPANIES_DIR  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _translations_built():
    """The Japanese .qm is built from the .ts (it is not kept in git), as at the first start."""
    from assistant.ui.translations import compiled

    compiled("ja")


@pytest.fixture(autouse=True)
def _english_again():
    """The translators belong to the application, not to one window: each test starts in English,
    whatever the machine's locale or the test before chose."""
    from assistant.ui.translations import use_language

    use_language("en")
    yield
    use_language("en")


@pytest.fixture
def make_wizard(qtbot):
    """A shown wizard in the given interface language."""
    from assistant.ui.wizard import RequestWizard

    def make(language: str = "en") -> "RequestWizard":
        w = RequestWizard(directory=load_directory([COMPANIES_DIR]), language=language)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        return w

    return make


@pytest.fixture
def wizard(make_wizard):
    return make_wizard("en")


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    """Answer every "Save as" dialog with the next name from a list; returns the list to fill."""
    names: list[str] = []

    def answer(*_args, **_kwargs):
        return (str(tmp_path / names.pop(0)), "PDF files (*.pdf)")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return names


@pytest.fixture
def yes_to_questions(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))


def click_next(qtbot, wizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), "Next is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_back(qtbot, wizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)


def type_into(qtbot, widget, text: str) -> None:
    """Type as a person does: keys for ASCII, and for Japanese what an input method commits."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    run = ""
    for ch in text + "\0":
        if ch != "\0" and ch.isascii() == (run.isascii() if run else ch.isascii()):
            run += ch
            continue
        if run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)
        run = ch if ch != "\0" else ""


def click_item(qtbot, list_widget, row: int) -> None:
    rect = list_widget.visualItemRect(list_widget.item(row))
    qtbot.mouseClick(list_widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def tick_item(qtbot, list_widget, row: int) -> None:
    """Move to a row with the keyboard and press Space, as a keyboard user ticks a box."""
    list_widget.setFocus()
    list_widget.setCurrentRow(row)
    qtbot.keyClick(list_widget, Qt.Key.Key_Space)
