"""The evidence file's timeline as PDF: one page per language — each event of the request, its
date, and what the law (with its article) or general practice says of it (followup/evidence.py)."""
from __future__ import annotations

import io
from typing import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from assistant.followup.evidence import TimelineSheet
from assistant.followup.wording import day_in
from assistant.render.fonts import GOTHIC, MINCHO
from assistant.render.pages import document_info, markup, numbered_canvas

MARGIN = 15 * mm


def _style(name: str, font: str = MINCHO, size: float = 8.5, **extra) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.45,
                          wordWrap="CJK", **extra)


STYLES = {"title": _style("title", GOTHIC, 13, spaceAfter=3 * mm),
          "plain": _style("plain", size=9, spaceAfter=1 * mm),
          "cell": _style("cell"), "head": _style("head", GOTHIC),
          "gone": _style("gone", textColor=colors.grey), "small": _style("small", size=7.5)}


def _page(sheet: TimelineSheet, language: str) -> list:
    width = A4[0] - 2 * MARGIN
    rows = [[Paragraph(markup(c), STYLES["head"]) for c in sheet.columns]]
    for row in sheet.rows:
        style = STYLES["gone"] if row.superseded else STYLES["cell"]
        rows.append([Paragraph(markup(day_in(row.day, language)), style),
                     Paragraph(markup(row.what), style), Paragraph(markup(row.says), style)])
    table = Table(rows, colWidths=[width * 0.17, width * 0.33, width * 0.50], repeatRows=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                               ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.lightgrey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93))]))
    return [Paragraph(markup(sheet.title), STYLES["title"]),
            Paragraph(markup(sheet.heading), STYLES["plain"]),
            Paragraph(markup(sheet.requests), STYLES["plain"]), Spacer(1, 2 * mm), table,
            Spacer(1, 3 * mm), Paragraph(markup(sheet.footer), STYLES["small"])]


def timeline_pdf(sheets: Sequence[tuple[str, TimelineSheet]], deterministic: bool = False) -> bytes:
    """(language, sheet) pairs, each on its own page."""
    story: list = []
    for index, (language, sheet) in enumerate(sheets):
        if index:
            story.append(PageBreak())
        story += _page(sheet, language)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN, invariant=deterministic,
                            **document_info(sheets[0][1].title))
    doc.build(story, canvasmaker=numbered_canvas("{page} / {pages}", MARGIN))
    return buffer.getvalue()
