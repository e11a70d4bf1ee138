"""What every PDF page shares: safe paragraph text, "1 / 2" page numbers, a running header on
the later pages of a letter, metadata."""
from __future__ import annotations

from html import escape  # as xml.sax.saxutils.escape with quote=False, without urllib and ssl

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

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


class RunningHeader(Flowable):
    """Takes no room: from the page it lands on, the pages after it (until the next
    RunningHeader) carry `text` at the top, its '{page}' and '{pages}' counted from that page
    (a two-page letter's second page: 'name title (reference) 2/2'). Needs numbered_canvas."""

    def __init__(self, text: str):
        super().__init__()
        self.text = drawable(text)

    def wrap(self, *_args):
        return 0, 0

    def draw(self) -> None:
        self.canv._running = (self.text, self.canv.getPageNumber())


def _draw_running(canvas: Canvas, margin: float, states: list[dict]) -> None:
    """The running header of the page whose state the canvas holds now, if it has one."""
    running = getattr(canvas, "_running", None)
    if not running or not running[0] or canvas._pageNumber <= running[1]:
        return
    pages = sum(1 for s in states if s.get("_running") == running)
    text = running[0].replace("{pages}", str(pages)).replace(
        "{page}", str(canvas._pageNumber - running[1] + 1))
    size, width = 8.5, A4[0] - 2 * margin
    size = max(5.0, min(size, size * width / max(stringWidth(text, MINCHO, size), 1.0)))
    canvas.setFont(MINCHO, size)
    canvas.drawRightString(A4[0] - margin, A4[1] - margin / 2 - size / 2, text)


def numbered_canvas(label: str, margin: float) -> type[Canvas]:
    """A canvas class that writes `label` ('{page} / {pages}') at the foot of every page.

    The total is known only at the end, so pages are kept and drawn when the document closes;
    a RunningHeader's text is drawn then too.
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
                _draw_running(self, margin, self._saved)
                self.setFont(GOTHIC, 8.5)
                self.drawCentredString(A4[0] / 2, margin / 2,
                                       label.format(page=self._pageNumber, pages=total))
                super().showPage()
            super().save()

    return NumberedCanvas
