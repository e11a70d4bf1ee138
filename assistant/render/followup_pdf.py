"""Follow-up letters as PDF: the reminder and the reply to an incomplete answer as ordinary A4
letters, and the Art. 39 demand laid out on Japan Post's 内容証明 grid, three identical copies.
"""
from __future__ import annotations

import io
from typing import Sequence

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

from assistant.followup.letters import (
    FollowupError, FollowupFacts, addressee_lines, demand_text, followup_wording, letter_date,
    paragraphs, ppc_sheet, proper_nouns, sender_lines, title,
)
from assistant.followup.grid import GRIDS, lay_out, problems
from assistant.render.fonts import GOTHIC, MINCHO, drawable
from assistant.render.pages import document_info, markup, numbered_canvas

MARGIN = 20 * mm


def _style(name: str, font: str = MINCHO, size: float = 10.5, **extra) -> ParagraphStyle:
    extra.setdefault("rightIndent", size)  # room for a hanging 。 (see render/letter.py)
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.6,
                          wordWrap="CJK", **extra)


STYLES = {
    "body": _style("body", firstLineIndent=10.5, spaceAfter=2 * mm),
    "plain": _style("plain"),
    "right": _style("right", alignment=TA_RIGHT),
    "title": _style("title", GOTHIC, 14, alignment=TA_CENTER, spaceBefore=6 * mm, spaceAfter=6 * mm),
    "heading": _style("heading", GOTHIC, 11, spaceBefore=4 * mm, spaceAfter=1 * mm),
    "small": _style("small", size=8.5),
}


def _letter_in(kind: str, facts: FollowupFacts, language: str) -> list:
    w = followup_wording(language)
    out: list = [Paragraph(markup(letter_date(facts.today, language)), STYLES["right"])]
    out += [Paragraph(markup(line), STYLES["plain"]) for line in addressee_lines(facts, language, kind)]
    out.append(Spacer(1, 4 * mm))
    out += [Paragraph(markup(line), STYLES["right"]) for line in sender_lines(facts)]
    out.append(Paragraph(markup(title(kind, language)), STYLES["title"]))
    if w["opening"]:
        out.append(Paragraph(markup(w["opening"]), STYLES["plain"]))
    out += [Paragraph(markup(text), STYLES["body"]) for text in paragraphs(kind, facts, language)]
    out.append(Paragraph(markup(w["end_mark"]), STYLES["right"]))
    section = w[kind]
    if facts.reference and "reference" in section:
        out += [Spacer(1, 6 * mm),
                Paragraph(markup(section["reference"].format(reference=facts.reference)),
                          STYLES["plain"])]
    return out


def followup_letter_pdf(kind: str, facts: FollowupFacts, languages: Sequence[str],
                        deterministic: bool = False) -> bytes:
    """A reminder or a reply to an incomplete answer; each language on its own pages."""
    if kind == "demand":
        raise FollowupError("the demand is laid out for 内容証明: use demand_pdf")
    story: list = []
    for index, language in enumerate(languages):
        if index:
            story.append(PageBreak())
        story += _letter_in(kind, facts, language)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN, invariant=deterministic,
                            **document_info(title(kind, languages[0])))
    doc.build(story, canvasmaker=numbered_canvas("{page} / {pages}", MARGIN))
    return buffer.getvalue()


def demand_pdf(facts: FollowupFacts, grid: str = "26x20", copies: int = 3,
               deterministic: bool = False) -> bytes:
    """The 催告書 on the chosen grid: every line within Japan Post's count, every page within its
    lines; `copies` identical sets (the letter and Japan Post's two 謄本), pages numbered for 契印.
    FollowupError lists what the post office would refuse."""
    text = demand_text(facts)
    layout = lay_out(text, grid)
    refused = problems(layout, proper_nouns(facts))
    if refused:
        raise FollowupError("this text would not be accepted as 内容証明: " + "; ".join(refused))
    width, height = GRIDS[grid]
    # A fixed cell per character: the page shows the grid the post office counts on.
    cell = min((A4[0] - 2 * MARGIN) / width, (A4[1] - 2 * MARGIN - 12 * mm) / (height * 1.5))
    size = cell * 0.92
    buffer = io.BytesIO()
    info = document_info(title("demand", "ja"))  # also registers the bundled fonts
    canvas = Canvas(buffer, pagesize=A4, invariant=deterministic, initialFontName=MINCHO)
    canvas.setTitle(info["title"])
    canvas.setCreator(info["creator"])
    left = (A4[0] - width * cell) / 2
    top = A4[1] - MARGIN - cell
    total = len(layout.pages)
    for _copy in range(copies):
        for page_no, page in enumerate(layout.pages, 1):
            canvas.setStrokeGray(0.85)
            canvas.setLineWidth(0.3)
            canvas.rect(left - 2 * mm, top - (height - 1) * cell * 1.5 - 3 * mm,
                        width * cell + 4 * mm, (height - 1) * cell * 1.5 + cell + 5 * mm)
            canvas.setFont(MINCHO, size)
            for row, line in enumerate(page):
                canvas.drawString(left, top - row * cell * 1.5, drawable(line))
            canvas.setFont(GOTHIC, 8)
            canvas.drawCentredString(A4[0] / 2, MARGIN / 2, f"{page_no} / {total}")
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def ppc_sheet_pdf(facts: FollowupFacts, languages: Sequence[str], phone: str,
                  hours: dict[str, str], deterministic: bool = False) -> bytes:
    """One page per language: the PPC consultation dial, what to have at hand, what to say."""
    story: list = []
    for index, language in enumerate(languages):
        if index:
            story.append(PageBreak())
        sheet = ppc_sheet(facts, language, phone, hours.get(language) or hours.get("en", ""))
        story += [Paragraph(markup(sheet["title"]), STYLES["title"]),
                  Paragraph(markup(sheet["intro"]), STYLES["plain"]), Spacer(1, 3 * mm),
                  Paragraph(markup(sheet["where"]), STYLES["heading"]),
                  Paragraph(markup(sheet["have_heading"]), STYLES["heading"])]
        story += [Paragraph(markup("□ " + line), STYLES["plain"]) for line in sheet["have"]]
        story += [Paragraph(markup(sheet["say_heading"]), STYLES["heading"]),
                  Paragraph(markup(sheet["say"]), STYLES["plain"]), Spacer(1, 6 * mm),
                  Paragraph(markup(sheet["not_advice"]), STYLES["small"])]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN, invariant=deterministic,
                            **document_info(followup_wording(languages[0])["ppc_sheet"]["title"]))
    doc.build(story, canvasmaker=numbered_canvas("{page} / {pages}", MARGIN))
    return buffer.getvalue()
