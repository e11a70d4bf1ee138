"""Where the letter's addressee goes so that it shows through a window envelope, and the page that
checks it: A4 folded in three (light marks at 99 and 198 mm) in a 長形3号 envelope (120 × 235 mm)
with a 90 × 45 mm window (JIS S 5502 sizes are 80/90/100 × 45/55 mm; no single position is
standard). This assumes the window 23 mm from the envelope's left edge and 13 mm from its top,
used lengthwise; the folded sheet (210 × 99 mm) can slide about 25 mm sideways and 21 mm up and
down inside, so the addressee is kept to the area that shows wherever the sheet sits.
"""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from assistant.render.fonts import GOTHIC, MINCHO
from assistant.render.pages import document_info

WIDTH, HEIGHT = A4
MARGIN = 20 * mm
FOLDS = (99 * mm, 198 * mm)  # from the top: A4 in three
WINDOW = (23 * mm, 13 * mm, 90 * mm, 45 * mm)  # window: left, top, width, height (envelope)
SLACK = (25 * mm, 21 * mm)  # how far the folded sheet can move inside the envelope
# The part of the sheet that shows through the window wherever the sheet sits: the addressee.
ADDRESS = (WINDOW[0], WINDOW[1], WINDOW[2] - SLACK[0], WINDOW[3] - SLACK[1])  # 65 × 24 mm
BODY_TOP = 48 * mm  # the letter's body starts below the window
DATE_WIDTH = 75 * mm  # the date and the reference, at the top right of the first page


def _frame(left: float, top: float, width: float, height: float, name: str) -> Frame:
    return Frame(left, HEIGHT - top - height, width, height, id=name, leftPadding=0,
                 rightPadding=0, topPadding=0, bottomPadding=0)


def fold_marks(canvas: Canvas, _doc=None) -> None:
    """Short light lines in both margins where the sheet is folded."""
    canvas.saveState()
    canvas.setStrokeGray(0.7)
    canvas.setLineWidth(0.3)
    for y in FOLDS:
        canvas.line(3 * mm, HEIGHT - y, 8 * mm, HEIGHT - y)
        canvas.line(WIDTH - 8 * mm, HEIGHT - y, WIDTH - 3 * mm, HEIGHT - y)
    canvas.restoreState()


def letter_document(buffer: io.BytesIO, title: str, deterministic: bool) -> BaseDocTemplate:
    """A4 with two page templates: "first" (the date at the top right, the addressee where the
    window shows it, the body below, fold marks) and "later" (one frame)."""
    left, top, width, height = ADDRESS
    first = PageTemplate("first", [
        _frame(WIDTH - MARGIN - DATE_WIDTH, MARGIN, DATE_WIDTH, BODY_TOP - MARGIN, "date"),
        _frame(left, top, width, height, "window"),
        _frame(MARGIN, BODY_TOP, WIDTH - 2 * MARGIN, HEIGHT - BODY_TOP - MARGIN, "body"),
    ], onPage=fold_marks)
    later = PageTemplate("later", [_frame(MARGIN, MARGIN, WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN,
                                          "body")])
    return BaseDocTemplate(buffer, pagesize=A4, pageTemplates=[first, later],
                           invariant=1 if deterministic else 0, **document_info(title))


def calibration_pdf(deterministic: bool = False) -> bytes:
    """One page to check a printer and an envelope: print it at 100 %, fold it along the marks,
    put it in the envelope: the grey box must show in full through the window."""
    info = document_info("Window envelope calibration")  # also registers the bundled fonts
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=deterministic, initialFontName=MINCHO)
    canvas.setTitle(info["title"])
    fold_marks(canvas)
    left, top, width, height = ADDRESS
    canvas.setFillGray(0.85)
    canvas.rect(left, HEIGHT - top - height, width, height, stroke=0, fill=1)
    # Where the window falls when the sheet sits in the middle of the envelope.
    canvas.setDash(2, 2)
    canvas.setStrokeGray(0.4)
    wl, wt, ww, wh = WINDOW
    canvas.rect(wl - SLACK[0] / 2, HEIGHT - (wt - SLACK[1] / 2) - wh, ww, wh)
    canvas.setDash()
    canvas.setFillGray(0)
    canvas.setFont(GOTHIC, 9)
    canvas.drawString(left + 2 * mm, HEIGHT - top - 6 * mm, "〒123-4567  宛名はここに入ります")
    canvas.drawString(left + 2 * mm, HEIGHT - top - 11 * mm, "The addressee goes here")
    canvas.setFont(MINCHO, 9.5)
    lines = [
        "窓付き封筒の確認用ページ（長形3号・窓90×45mm）",
        "1. 拡大・縮小せず（100%）に印刷してください。",
        "2. 左右の余白の印に合わせて三つ折りにし、封筒に入れてください。",
        "3. 灰色の四角が窓から全部見えれば、宛名は窓に収まります。点線は用紙が中央にあるときの窓の位置です。",
        "Window envelope check (長形3号, window 90 × 45 mm): print at 100 % (no 'fit to page'),",
        "fold in three at the marks in the margins, put it in the envelope: the grey box must show",
        "in full through the window. The dashed box is the window when the sheet sits in the middle.",
    ]
    for number, line in enumerate(lines):
        canvas.drawString(MARGIN, HEIGHT - 120 * mm - number * 6 * mm, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
