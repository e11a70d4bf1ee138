"""Follow-up letters as PDF: the reminder, the reply to an answer and the complaint as ordinary A4
letters, the PPC call sheet, and the Art. 39 demand laid out on Japan Post's 内容証明 grid —
identical copies, the closing block on one page with the seal mark, then a page on how to send it
and what it costs (not part of the 内容証明).
"""
from __future__ import annotations

import io
from typing import Sequence

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, PageBreak, Paragraph, SimpleDocTemplate, Spacer

from assistant.followup.demand import MAX_COPIES, demand, proper_nouns, sending_note
from assistant.followup.grid import GRIDS, count, lay_out, problems
from assistant.followup.letters import (
    FollowupError, FollowupFacts, addressee_lines, letter_date, paragraphs, ppc_sheet,
    sender_lines, title,
)
from assistant.followup.wording import followup_wording
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
    body = paragraphs(kind, facts, language)  # first: it refuses what would not be true
    out: list = [Paragraph(markup(letter_date(facts.today, language)), STYLES["right"])]
    out += [Paragraph(markup(line), STYLES["plain"]) for line in addressee_lines(facts, language, kind)]
    out.append(Spacer(1, 4 * mm))
    out += [Paragraph(markup(line), STYLES["right"]) for line in sender_lines(facts, language)]
    out.append(Paragraph(markup(title(kind, language)), STYLES["title"]))
    if w["opening"]:
        out.append(Paragraph(markup(w["opening"]), STYLES["plain"]))
    out += [Paragraph(markup(text), STYLES["body"]) for text in body]
    out.append(Paragraph(markup(w["end_mark"]), STYLES["right"]))
    section = w[kind]
    if facts.reference and "reference" in section:
        out += [Spacer(1, 6 * mm),
                Paragraph(markup(section["reference"].format(reference=facts.reference)),
                          STYLES["plain"])]
    return out


def _document(story: list, first_title: str, deterministic: bool) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN, invariant=deterministic,
                            **document_info(first_title))
    doc.build(story, canvasmaker=numbered_canvas("{page} / {pages}", MARGIN))
    return buffer.getvalue()


def followup_letter_pdf(kind: str, facts: FollowupFacts, languages: Sequence[str],
                        deterministic: bool = False) -> bytes:
    """A reminder, a reply to an answer or a complaint; each language on its own pages."""
    if kind == "demand":
        raise FollowupError("the demand is laid out for 内容証明: use demand_pdf")
    story: list = []
    for index, language in enumerate(languages):
        if index:
            story.append(PageBreak())
        story += _letter_in(kind, facts, language)
    return _document(story, title(kind, languages[0]), deterministic)


def demand_pdf(facts: FollowupFacts, grid: str = "26x20", copies: int = 3,
               deterministic: bool = False) -> bytes:
    """The 催告書 on the chosen grid: every line within Japan Post's count, the closing block
    on one page, the seal mark after the sender's name; `copies` identical sets (the letter and
    Japan Post's two 謄本), pages numbered for 契印; then the page on sending it. FollowupError
    says what would not be true, or what the post office would refuse."""
    if not 1 <= copies <= MAX_COPIES:
        raise FollowupError(f"copies must be between 1 and {MAX_COPIES} (the post office needs 3)")
    text = demand(facts)
    layout = lay_out(text.body(), grid, text.closing)
    refused = problems(layout, proper_nouns(facts))
    if refused:
        raise FollowupError("this text would not be accepted as 内容証明: " + "; ".join(refused))
    width, height = GRIDS[grid]
    # A fixed cell per character: the page shows the grid the post office counts on.
    cell = min((A4[0] - 2 * MARGIN) / width, (A4[1] - 2 * MARGIN - 12 * mm) / (height * 1.5))
    size = cell * 0.92
    buffer = io.BytesIO()
    info = document_info(text.title)  # also registers the bundled fonts
    canvas = Canvas(buffer, pagesize=A4, invariant=deterministic, initialFontName=MINCHO)
    canvas.setTitle(info["title"])
    canvas.setCreator(info["creator"])
    left = (A4[0] - width * cell) / 2
    top = A4[1] - MARGIN - cell
    total = len(layout.pages)
    seal = layout.closing_rows[text.seal_line] if layout.closing_rows else None
    for _copy in range(copies):
        for page_no, page in enumerate(layout.pages):
            canvas.setStrokeGray(0.85)
            canvas.setLineWidth(0.3)
            canvas.rect(left - 2 * mm, top - (height - 1) * cell * 1.5 - 3 * mm,
                        width * cell + 4 * mm, (height - 1) * cell * 1.5 + cell + 5 * mm)
            canvas.setFont(MINCHO, size)
            for row, line in enumerate(page):
                canvas.drawString(left, top - row * cell * 1.5, drawable(line))
            if seal is not None and seal[0] == page_no:
                _seal_mark(canvas, left + (count(page[seal[1]]) + 1.2) * cell,
                           top - seal[1] * cell * 1.5 + size * 0.35, cell)
            canvas.setFont(GOTHIC, 8)
            canvas.drawCentredString(A4[0] / 2, MARGIN / 2, f"{page_no + 1} / {total}")
            canvas.showPage()
    _sending_page(canvas, *sending_note(facts, total))
    canvas.save()
    return buffer.getvalue()


def _seal_mark(canvas: Canvas, x: float, y: float, cell: float) -> None:
    """A dashed circle with 印 where the sender seals (outside the counted text)."""
    canvas.saveState()
    canvas.setStrokeGray(0.45)
    canvas.setDash(1, 1.5)
    canvas.circle(x, y, cell * 0.62)
    canvas.setFillGray(0.45)
    canvas.setFont(MINCHO, cell * 0.6)
    canvas.drawCentredString(x, y - cell * 0.22, "印")
    canvas.restoreState()


def _sending_page(canvas: Canvas, heading: str, lines: list[str]) -> None:
    story = [Paragraph(markup(heading), STYLES["title"])]
    story += [Paragraph(markup("・" + line), STYLES["plain"]) for line in lines]
    Frame(MARGIN, MARGIN, A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN).addFromList(story, canvas)
    canvas.showPage()


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
    return _document(story, followup_wording(languages[0])["ppc_sheet"]["title"], deterministic)
