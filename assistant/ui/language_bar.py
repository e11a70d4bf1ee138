"""The interface language list (日本語 / English), beside every page of the wizard."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from assistant.ui.translations import Retranslated

# Each language named in itself, whatever the interface shows: someone who cannot read the
# current language must still find their own.
CHOICES = (("ja", "日本語"), ("en", "English"))


class LanguageBar(Retranslated, QWidget):
    """A label and a list; choosing a language switches the wizard at once (wizard.set_ui_language)."""

    def __init__(self, wizard):
        super().__init__(objectName="languageBar")
        self.combo = QComboBox(objectName="uiLanguage")
        for key, name in CHOICES:
            self.combo.addItem(name, key)
        self.combo.setCurrentIndex(self.combo.findData(wizard.ui_language))
        self.label = QLabel()
        self.label.setBuddy(self.combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addStretch(1)  # at the bottom, level with the wizard's buttons
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(
            lambda _i: wizard.set_ui_language(self.combo.currentData()))
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Language:"))
        self.combo.setAccessibleName(self.tr("Interface language"))
        self.combo.setToolTip(self.tr("The language of this window; the letter's language is "
                                      "chosen on the last page"))

    def show_language(self, language: str) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(self.combo.findData(language))
        self.combo.blockSignals(False)
