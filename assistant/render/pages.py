"""What every PDF page shares: safe paragraph text, "1 / 2" page numbers, metadata."""
from __future__ import annotations

from html import escape  # as xml.sax.saxutils.escape with quote=False, without urllib and ssl

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from assistant.render.fonts import GOTHIC, MINCHO, drawable, register_fonts

PRODUCER = "Disclosure Request Assistant"


def markup(text: str) -> str:
    """Text as a platypus Paragraph takes it: drawable characters, XML escaped, breaks kept."""
    return escape(drawable(text), quote=False).replace("\n", "<br/>")


def short(text: str, limit: int = 60) -> str:
    """Text for a table cell, which cannot split across pages: at most `limit` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def document_info(title: str) -> dict[str, str]:
    """PDF metadata: a title naming the kind of document, never the person's data."""
    register_fonts()
    return {"title": title, "author": "", "subject": "", "creator": PRODUCER, "keywords": ""}


def numbered_canvas(label: str, margin: float) -> type[Canvas]:
    """A canvas class that writes `label` ('{page} / {pages}') at the foot of every page.

    The total is known only at the end, so pages are kept and drawn when the document closes.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            # Start in the bundled font, so no unembedded standard font (Helvetica) is referenced.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or MINCHO
            super().__init__(*args, **kwargs)
            self._saved: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self.setFont(GOTHIC, 8.5)
                self.drawCentredString(A4[0] / 2, margin / 2,
                                       label.format(page=self._pageNumber, pages=total))
                super().showPage()
            super().save()

    return NumberedCanvas
