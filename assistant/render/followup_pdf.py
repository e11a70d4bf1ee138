"""Follow-up letters as PDF: the reminder, the reply to an answer and the complaint as ordinary A4
letters, the PPC call sheet, and the Art. 39 demand laid out on Japan Post's 内容証明 grid —
identical copies, the closing block on one page with room to seal after the name, then a page on
how to send it and what it costs (not part of the 内容証明).
"""
from __future__ import annotations

import io
from typing import Sequence

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, PageBreak, SimpleDocTemplate, Spacer

from assistant.followup.complaint import complaint_guide, complaint_record
from assistant.followup.demand import MAX_COPIES, demand, proper_nouns, sending_note
from assistant.followup.grid import GRIDS, count, lay_out, problems
from assistant.followup.letters import (
    FollowupError, FollowupFacts, addressee_lines, letter_date, paragraphs, ppc_sheet,
    reference_line, sender_lines, title,
)
from assistant.followup.wording import followup_wording
from assistant.render.fonts import GOTHIC, MINCHO, drawable
from assistant.render.japanese_paragraph import JapaneseParagraph
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
    "centre": _style("centre", alignment=TA_CENTER, spaceAfter=1 * mm),
    "item": _style("item", leftIndent=10.5 * 2, firstLineIndent=-10.5 * 2),
}


def _para(text: str, style: str, kept: tuple[str, ...] = ()) -> JapaneseParagraph:
    """A paragraph broken as the request letter's are (phrases, 禁則; dates, articles, numbers
    and `kept` names whole), never reportlab's break-anywhere CJK wrapping ('令和8 / 年12月1日')."""
    return JapaneseParagraph(markup(text), STYLES[style], kept=kept)


def _kept(facts: FollowupFacts) -> tuple[str, ...]:
    """What a line never splits besides dates, articles and numbers (line_breaks.py): names."""
    names = [facts.person, facts.sender.name, facts.company.name, facts.reference,
             facts.organisation.name if facts.organisation else None]
    return tuple(name for name in names if name)


def _letter_in(kind: str, facts: FollowupFacts, language: str) -> list:
    w = followup_wording(language)
    kept = _kept(facts)
    body = paragraphs(kind, facts, language)  # first: it refuses what would not be true
    # The reference the request letter carried, above the date, as Japanese letters number them.
    out: list = [_para(line, "right", kept)
                 for line in (reference_line(facts, language), letter_date(facts.today, language)) if line]
    out += [_para(line, "plain", kept) for line in addressee_lines(facts, language, kind)]
    out.append(Spacer(1, 4 * mm))
    sender = sender_lines(facts, language)
    if kind == "complaint" and language == "ja":  # the sender seals the complaint beside the name
        sender[-1] += "　㊞"
    out += [_para(line, "right", kept) for line in sender]
    out.append(_para(title(kind, language), "title", kept))
    if w["opening"]:
        out.append(_para(w["opening"], "plain", kept))
    out += [_para(text, "body", kept) for text in body]
    out.append(_para(w["end_mark"], "right", kept))
    if kind == "complaint":
        record = complaint_record(facts, language)
        out += [Spacer(1, 3 * mm), _para(record[0], "centre", kept)]
        out += [_para(line, "item", kept) for line in record[1:-1]]
        out.append(_para(record[-1], "right" if language == "ja" else "item", kept))
        heading, lines = complaint_guide(facts, language)
        out += [PageBreak(), _para(heading, "title", kept)]
        out += [_para("・" + line, "plain", kept) for line in lines]
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
    on one page, room for the seal after the sender's name (no mark printed); `copies` identical
    sets (the letter and Japan Post's two 謄本), pages numbered for 契印; then the page on sending
    it. FollowupError
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
    for _copy in range(copies):
        for page_no, page in enumerate(layout.pages):
            canvas.setStrokeGray(0.85)
            canvas.setLineWidth(0.3)
            canvas.rect(left - 2 * mm, top - (height - 1) * cell * 1.5 - 3 * mm,
                        width * cell + 4 * mm, (height - 1) * cell * 1.5 + cell + 5 * mm)
            canvas.setFont(MINCHO, size)
            for row, line in enumerate(page):
                # The title centred by whole cells, within the line's count; the sender's seal
                # goes in the room left after the name (no mark printed under it).
                shift = (width - count(line)) // 2 if (page_no, row) == (0, 0) and line == text.title else 0
                canvas.drawString(left + shift * cell, top - row * cell * 1.5, drawable(line))
            canvas.setFont(GOTHIC, 8)
            canvas.drawCentredString(A4[0] / 2, MARGIN / 2, f"{page_no + 1} / {total}")
            canvas.showPage()
    _sending_page(canvas, *sending_note(facts, total))
    canvas.save()
    return buffer.getvalue()


def _sending_page(canvas: Canvas, heading: str, lines: list[str]) -> None:
    story = [_para(heading, "title")]
    story += [_para("・" + line, "plain") for line in lines]
    Frame(MARGIN, MARGIN, A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN).addFromList(story, canvas)
    canvas.showPage()


def ppc_sheet_pdf(facts: FollowupFacts, languages: Sequence[str], phone: str,
                  hours: dict[str, str], deterministic: bool = False) -> bytes:
    """One page per language: the PPC consultation dial, what to have at hand, what to say."""
    story: list = []
    kept = _kept(facts)
    for index, language in enumerate(languages):
        if index:
            story.append(PageBreak())
        sheet = ppc_sheet(facts, language, phone, hours.get(language) or hours.get("en", ""))
        story += [_para(sheet["title"], "title", kept),
                  _para(sheet["intro"], "plain", kept), Spacer(1, 3 * mm),
                  _para(sheet["where"], "heading", kept),
                  _para(sheet["have_heading"], "heading", kept)]
        story += [_para("□ " + line, "plain", kept) for line in sheet["have"]]
        story += [_para(sheet["say_heading"], "heading", kept),
                  _para(sheet["say"], "plain", kept), Spacer(1, 6 * mm),
                  _para(sheet["not_advice"], "small", kept)]
    return _document(story, followup_wording(languages[0])["ppc_sheet"]["title"], deterministic)
