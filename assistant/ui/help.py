"""Help: F1 (or the Help button beside every page) opens a short guide in the interface's
language; About names the version and the licences (about.py). The guides are plain Markdown in
resources/help/guide-<language>.md, shipped with the program."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from assistant.io.paths import RESOURCES
from assistant.ui.translations import LANGUAGES, Retranslated

HELP_DIR = RESOURCES / "help"


def guide_text(language: str) -> str:
    """The guide in a language of the interface (English for any other)."""
    name = language if language in LANGUAGES else "en"
    return (HELP_DIR / f"guide-{name}.md").read_text(encoding="utf-8")


class HelpDialog(QDialog):
    """The guide, readable and scrollable by keyboard; Esc or Close shuts it."""

    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent, objectName="helpDialog")
        self.setWindowTitle(self.tr("Help"))
        self.browser = QTextBrowser(objectName="helpText")
        self.browser.setOpenLinks(False)  # offline: the guide links nowhere
        self.browser.setMarkdown(guide_text(language))
        from PySide6.QtWidgets import QDialogButtonBox  # not at start-up

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 600)
        self.browser.setFocus()


class HelpButtons(Retranslated, QWidget):
    """"Help (F1)" and "About", above the language list at the wizard's side."""

    def __init__(self, wizard):
        super().__init__(objectName="helpButtons")
        self._wizard = wizard
        self.help = QPushButton(objectName="helpButton")
        self.about = QPushButton(objectName="aboutButton")
        self.help.clicked.connect(self.show_help)
        self.about.clicked.connect(self.show_about)
        layout = QVBoxLayout(self)  # one above the other: the side stays as narrow as the list
        layout.setContentsMargins(0, 0, 0, 6)
        layout.addWidget(self.help)
        layout.addWidget(self.about)
        self.shortcut = None  # F1: once the window is painted (add_shortcut), no key reaches it before
        self.retranslate()

    def add_shortcut(self) -> None:
        """F1 on the whole wizard. After the first paint: PySide6 makes the key sequence's types
        and its list of standard keys (some 2 ms) the first time they are used."""
        if self.shortcut is None:
            from PySide6.QtGui import QKeySequence, QShortcut

            self.shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self._wizard)
            self.shortcut.activated.connect(self.show_help)

    def retranslate(self) -> None:
        # No Alt key on these two: F1 opens the guide, and each page needs its own letters.
        self.help.setText(self.tr("Help (F1)"))
        self.help.setToolTip(self.tr("A short guide to the six steps (F1)"))
        self.about.setText(self.tr("About"))
        self.about.setToolTip(self.tr("Version and licences"))

    def show_help(self) -> None:
        HelpDialog(self._wizard.ui_language, self._wizard).exec()

    def show_about(self) -> None:
        from assistant.ui.about import AboutDialog

        AboutDialog(self._wizard.ui_language, self._wizard).exec()


def add_help(wizard) -> HelpButtons:
    """Put Help and About at the side of every page (F1 comes with add_shortcut)."""
    buttons = HelpButtons(wizard)
    wizard.language_bar.layout().insertWidget(1, buttons)  # under the stretch, above the list
    return buttons
