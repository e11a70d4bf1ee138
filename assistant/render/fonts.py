"""The bundled IPAex fonts: registered once with reportlab, embedded and subset in every PDF.

A character the font has no glyph for (emoji, Hebrew, Arabic) is shown as 〓, the mark Japanese
typesetting uses for a missing character, rather than as an invisible or broken glyph.
"""
from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics

from assistant.io.paths import FONTS_DIR
from assistant.render.font_cache import KeptFont, parsed_face

MINCHO = "IPAexMincho"  # body text: the formal face of a Japanese business letter
GOTHIC = "IPAexGothic"  # headings and the checklist
MISSING = "〓"


@lru_cache(maxsize=1)
def register_fonts() -> frozenset[int]:
    """Register both faces (once; parsed once, then from the cache folder) and return the code
    points they can draw."""
    for name, file in ((MINCHO, "ipaexm.ttf"), (GOTHIC, "ipaexg.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(KeptFont(name, parsed_face(FONTS_DIR / file)))
    mincho = pdfmetrics.getFont(MINCHO).face.charToGlyph
    gothic = pdfmetrics.getFont(GOTHIC).face.charToGlyph
    return frozenset(mincho) & frozenset(gothic)


def drawable(text: str) -> str:
    """The text with every character the fonts cannot draw replaced by 〓 (line breaks kept)."""
    covered = register_fonts()
    return "".join(ch if ch == "\n" or ord(ch) in covered else MISSING for ch in text)
