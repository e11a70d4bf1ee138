"""The printable checklist: one A4 page where it fits, tick boxes, the envelope address large.

The blank variant carries no personal data at all: no name, no dates, but lines to write them
on; support staff print it or send it to a caller.
"""
from __future__ import annotations

import io
from typing import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate, Flowable, Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate,
    Paragraph,
    Spacer, Table, TableStyle,
)

from assistant.checklist import Address, Check, Checklist, DateItem, DocumentGroup, Node, Section, Unknown
from assistant.checklist.text import dated, labelled
from assistant.render.fonts import GOTHIC, MINCHO
from assistant.render.pages import document_info, markup, numbered_canvas, short

MARGIN = 12 * mm
BOX = "□"


def _style(name: str, font: str = GOTHIC, size: float = 7.6, **extra) -> ParagraphStyle:
    extra.setdefault("leading", size * 1.32)
    extra.setdefault("rightIndent", size)  # room for a hanging "。" or "ー" (see letter.py)
    return ParagraphStyle(name, fontName=font, bulletFontName=font, fontSize=size,
                          wordWrap="CJK", **extra)


S = {
    "title": _style("title", size=12.5, spaceAfter=1 * mm),
    "meta": _style("meta", MINCHO, 8.5),
    "heading": _style("heading", size=8.8, spaceBefore=2.2 * mm, spaceAfter=0.6 * mm,
                      textColor=colors.HexColor("#1f3a60"), keepWithNext=1),
    "tick": _style("tick", leftIndent=3.6 * mm, firstLineIndent=-3.6 * mm, spaceAfter=0.5 * mm),
    "sub": _style("sub", MINCHO, 7.2, leftIndent=7 * mm, firstLineIndent=-2.6 * mm),
    "envelope": _style("envelope", MINCHO, 11.5),
    "envelope_head": _style("envelope_head", size=8),
    "fill": _style("fill", MINCHO, 9, leading=15),
}


def _tick(text: str, warning: bool = False) -> Paragraph:
    mark = "(!) " if warning else ""
    return Paragraph(markup(f"{BOX} {mark}{text}"), S["tick"])


def _sub(text: str) -> Paragraph:
    return Paragraph(markup(f"– {text}"), S["sub"])


def _en(item: Node) -> str:
    return item.text.text("en")


def _group(group: DocumentGroup) -> list[Flowable]:
    several = len(group.choices) > 1
    label = _en(group)[:1].upper() + _en(group)[1:]
    names = [_en(c) + (f" ({c.note})" if c.note else "") for c in group.choices]
    out: list[Flowable] = [_tick(labelled(group, f"{label}: " + ("one of: " if several else "")
                                          + "; ".join(names)))]
    out += [_sub(labelled(i)) for i in group.instructions]
    for choice in group.choices:
        out += [_sub(f"{_en(choice)}: {labelled(i)}") for i in choice.instructions]
    return out


def _address(checklist: Checklist) -> Address | None:
    """The envelope address from the tree: the PDF shows it large, at the top."""
    return next((i for i in checklist.walk() if isinstance(i, Address)), None)


def _envelope(checklist: Checklist) -> Flowable | None:
    address = _address(checklist)
    if address is None:
        return None
    head = "Envelope address" + ("" if address.confirmed else " (to be confirmed: ask first)")
    rows = [[Paragraph(markup(head), S["envelope_head"])]]
    rows += [[Paragraph(markup(row), S["envelope"])] for row in address.lines]
    table = Table(rows, colWidths=[A4[0] - 2 * MARGIN])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), MINCHO),  # else cells default to unembedded Helvetica
        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 0.6 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6 * mm),
    ]))
    return table


def _fill_in(blank: bool, checklist: Checklist, name: str | None) -> Flowable:
    """Lines to write the person's name and the dates on, or what is already known."""
    gap = "_" * 22
    sent = checklist.sent_on.isoformat() if checklist.sent_on and not blank else gap
    arrived = checklist.arrived_on.isoformat() if checklist.arrived_on and not blank else gap
    who = short(name) if name and not blank else "_" * 30
    cells = [[Paragraph(markup(f"Name: {who}"), S["fill"]),
              Paragraph(markup(f"Posted on: {sent}"), S["fill"])],
             [Paragraph(markup(f"Tracking no.: {gap}"), S["fill"]),
              Paragraph(markup(f"Arrived on: {arrived}"), S["fill"])]]
    table = Table(cells, colWidths=[(A4[0] - 2 * MARGIN) / 2] * 2)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), MINCHO),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _header(c: Checklist, blank: bool, name: str | None) -> list[Flowable]:
    out: list[Flowable] = [
        Paragraph(markup(f"Checklist: {c.request} ({c.article}) / {c.request_ja}"), S["title"]),
        Paragraph(markup(f"{c.company}" + (f" / {c.company_ja}" if c.company_ja else "")
                         + f" — who is asking: {c.requester} / {c.requester_ja}"), S["meta"]),
    ]
    for notice in (c.record_override, c.record_quality):
        if notice:
            out.append(Paragraph(markup(f"(!) {notice}"), S["meta"]))
    if c.reference and not blank:
        out.append(Paragraph(markup(f"Reference: {c.reference}"), S["meta"]))
    out += [
        Spacer(1, 1.5 * mm), _fill_in(blank, c, name), Spacer(1, 1.5 * mm),
    ]
    envelope = _envelope(c)
    if envelope is not None:
        out += [envelope]
    for section in c.sections:
        if section.layout == "banner":
            out += [Paragraph(markup(f"(!) {labelled(item)}"), S["meta"]) for item in section.items]
    return out


def _step_item(item: Node, blank: bool) -> list[Flowable]:
    if isinstance(item, DocumentGroup):
        return _group(item)
    if isinstance(item, Address):
        return []  # in the header, large
    if isinstance(item, Check):
        return [_tick("Check: " + _en(item))]
    if isinstance(item, DateItem):
        # Dates are personal; the blank variant has lines to write them on.
        return [] if blank else [_tick(dated(item), item.warning)]
    return [_tick(labelled(item), item.warning)]


def _list_item(item: Node) -> Flowable:
    if isinstance(item, Unknown):
        return _tick(f"{_en(item)[:1].upper()}{_en(item)[1:]} — ask: " + "; ".join(item.ask))
    return _sub(labelled(item))


def _heading(section: Section) -> str:
    title = (section.short_title or section.title).text("en")
    return title + (f" ({section.caveat.text('en')})" if section.caveat else "")


def _body(c: Checklist, blank: bool) -> list[Flowable]:
    body: list[Flowable] = []
    steps = [s for s in c.sections if s.layout == "steps"]
    for number, section in enumerate(steps, 1):
        body.append(Paragraph(markup(f"{number}. {_heading(section)}"), S["heading"]))
        for item in section.items:
            body += _step_item(item, blank)
    if blank:
        body += [Paragraph(markup("Dates"), S["heading"]),
                 _tick("Answer due by: ____________   (company's time limit, if it names one)")]
        if c.prior_request_article:
            body.append(_tick(f"Two weeks after arrival end on: ____________ "
                              f"(APPI {c.prior_request_article})"))
    for section in c.sections:
        if section.layout == "list":
            body.append(Paragraph(markup(_heading(section)), S["heading"]))
            body += [_list_item(item) for item in section.items]
    revised = c.policy_revised.isoformat() if c.policy_revised else "not dated"
    source = (f"From {c.company}'s published policy (revised {revised}); record checked "
              f"{c.record_checked.isoformat()}. Information, not legal advice. Lines without a label "
              f"come from the policy (its own words: python main.py show {c.company_id}); "
              f"\u201cGeneral practice\u201d marks common practice, not this company's rule; a line "
              f"from the law names its article.")
    if c.law_only:  # no record: the law and general practice only
        source = ("From the Act on the Protection of Personal Information and general practice "
                  f"only; no record of {c.company}'s own procedure. Information, not legal advice. "
                  "\u201cGeneral practice\u201d marks common practice; a line from the law names its "
                  "article.")
    body += [Spacer(1, 2 * mm), Paragraph(markup(source), S["meta"])]
    return body


def _templates(header_height: float) -> list[PageTemplate]:
    """First page: the header across the page, then two columns; later pages: two columns."""
    width, height = A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN
    gutter = 5 * mm
    column = (width - gutter) / 2

    def columns(top: float, prefix: str) -> list[Frame]:
        return [Frame(MARGIN + i * (column + gutter), MARGIN, column, top, id=f"{prefix}{i}",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
                for i in range(2)]

    head = Frame(MARGIN, MARGIN + height - header_height, width, header_height, id="head",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("first", [head] + columns(height - header_height - 3 * mm, "a")),
            PageTemplate("later", columns(height, "b"))]


def checklist_pdf(checklist: Checklist | Sequence[Checklist], blank: bool = False,
                  name: str | None = None, deterministic: bool = False) -> bytes:
    """The checklist as PDF bytes (several request kinds: one after the other, each on a new
    page); blank leaves out the name and all dates."""
    items = [checklist] if isinstance(checklist, Checklist) else list(checklist)
    buffer = io.BytesIO()
    title = f"Checklist: {items[0].request} ({items[0].company})"
    width = A4[0] - 2 * MARGIN
    headers = [_header(c, blank, None if blank else name) for c in items]
    header_height = max(sum(f.wrap(width, A4[1])[1] + f.getSpaceBefore() + f.getSpaceAfter()
                            for f in header) for header in headers) + 1 * mm
    header_height = min(header_height, (A4[1] - 2 * MARGIN) / 2)  # a huge name must not eat the page
    doc = BaseDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN, bottomMargin=MARGIN,
                          invariant=1 if deterministic else 0, **document_info(title))
    doc.addPageTemplates(_templates(header_height))
    story: list[Flowable] = []
    for index, (item, header) in enumerate(zip(items, headers)):
        if index:
            story += [NextPageTemplate("first"), PageBreak()]
        story += header + [NextPageTemplate("later"), FrameBreak()] + _body(item, blank)
    doc.build(story, canvasmaker=numbered_canvas("{page} / {pages}", MARGIN))
    return buffer.getvalue()
