"""Words of Qt's own dialogs that Qt's Japanese translation (qtbase_ja.qm) leaves in English:
the file dialog's "Look in:" and "Files of type:", and the print dialog's double-sided printing.
Marked here so that lupdate puts them in our .ts (contexts as Qt names them); our translator is
installed after Qt's and is asked first (translations.py). Nothing here runs: it is read by lupdate."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_OWN_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Double Sided Printing"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Off"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Long side binding"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Short side binding"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Pages"),
)
