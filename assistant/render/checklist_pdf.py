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

from assistant.checklist import (
    Address, Check, Checklist, DateItem, DocumentGroup, Either, Node, Section, Unknown,
)
from assistant.checklist.speech import Speech, group_key
from assistant.law.checklist_words import ChecklistWords
from assistant.render.fonts import GOTHIC, MINCHO
from assistant.render.japanese_paragraph import JapaneseParagraph
from assistant.render.pages import document_info, markup, numbered_canvas, short

MARGIN = 12 * mm
BOX = "□"


def _style(name: str, font: str = GOTHIC, size: float = 7.6, **extra) -> ParagraphStyle:
    extra.setdefault("leading", size * 1.2)
    extra.setdefault("rightIndent", size)  # room for a hanging "。" or "ー" (see letter.py)
    return ParagraphStyle(name, fontName=font, bulletFontName=font, fontSize=size,
                          wordWrap="CJK", **extra)


S = {
    "title": _style("title", size=12.5, spaceAfter=1 * mm),
    "meta": _style("meta", MINCHO, 8.5),
    "heading": _style("heading", size=8.8, spaceBefore=1.8 * mm, spaceAfter=0.6 * mm,
                      textColor=colors.HexColor("#1f3a60"), keepWithNext=1),
    "tick": _style("tick", leftIndent=3.6 * mm, firstLineIndent=-3.6 * mm, spaceAfter=0.5 * mm),
    "sub": _style("sub", MINCHO, 7.2, leftIndent=7 * mm, firstLineIndent=-2.6 * mm),
    # a set of a choice (（1）…), its lines under it
    "set": _style("set", leftIndent=7 * mm, firstLineIndent=-3.6 * mm, spaceBefore=0.5 * mm),
    "set_sub": _style("set_sub", MINCHO, 7.2, leftIndent=11 * mm, firstLineIndent=-2.6 * mm),
    # What goes in the envelope: short lines, each with its box (the documents say it in full).
    "pack": _style("pack", MINCHO, 7.2, spaceAfter=0.5 * mm),
    "envelope": _style("envelope", MINCHO, 11.5),
    "envelope_head": _style("envelope_head", size=8),
    "fill": _style("fill", MINCHO, 9, leading=15),
}


def _tick(text: str, warning: bool = False) -> Paragraph:
    mark = "(!) " if warning else ""
    return JapaneseParagraph(markup(f"{BOX} {mark}{text}"), S["tick"])


def _sub(text: str, style: str = "sub") -> Paragraph:
    return JapaneseParagraph(markup(f"– {text}"), S[style])


def _group(group: DocumentGroup, say: Speech, number: str | None = None) -> list[Flowable]:
    """A group as a tick line and its instructions; in a choice of sets (number: the set's
    （1）), as a line under the choice."""
    # A document's note is the record's English: in other languages its quote says it.
    names = [say.item(c) + (f" ({c.note})" if c.note and say.english else "")
             for c in group.choices]
    head = say(group_key(group, "pdf"), label=say.capital(say.item(group)),
               names=say("sep.ways").join(names), count=group.count)
    sub = "sub" if number is None else "set_sub"
    out: list[Flowable] = [_tick(say.labelled(group, head), group.warning) if number is None else
                           JapaneseParagraph(markup(number + say.labelled(group, head)), S["set"])]
    out += [_sub(say.labelled(i), sub) for i in group.instructions]
    for choice in group.choices:
        out += [_sub(say("pdf.for_document", document=say.item(choice), text=say.labelled(i)), sub)
                for i in choice.instructions]
    return out


def _either(either: Either, say: Speech) -> list[Flowable]:
    out: list[Flowable] = [_tick(say.labelled(either, say("pdf.either", label=say.capital(say.item(either)))))]
    for alternative in either.alternatives:
        for group in alternative.groups:
            out += _group(group, say, say.item(alternative))
    return out


def _address(checklist: Checklist) -> Address | None:
    """The envelope address from the tree: the PDF shows it large, at the top."""
    return next((i for i in checklist.walk() if isinstance(i, Address)), None)


def _envelope(checklist: Checklist, say: Speech) -> Flowable | None:
    address = _address(checklist)
    if address is None:
        return None
    head = say("pdf.envelope", confirm="" if address.confirmed else say("pdf.to_confirm"))
    rows = [[JapaneseParagraph(markup(head), S["envelope_head"])]]
    rows += [[JapaneseParagraph(markup(say.envelope_line(row)), S["envelope"])] for row in address.lines]
    table = Table(rows, colWidths=[A4[0] - 2 * MARGIN])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), MINCHO),  # else cells default to unembedded Helvetica
        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 0.6 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6 * mm),
    ]))
    return table


def _fill_in(blank: bool, checklist: Checklist, name: str | None, say: Speech) -> Flowable:
    """Lines to write the person's name and the dates on, or what is already known."""
    gap = "_" * 22
    sent = say.text(say.words.day(checklist.sent_on, "date.iso")) \
        if checklist.sent_on and not blank else gap
    arrived = say.text(say.words.day(checklist.arrived_on, "date.iso")) \
        if checklist.arrived_on and not blank else gap
    who = short(name) if name and not blank else "_" * 30
    cells = [[JapaneseParagraph(markup(say("pdf.name", name=who)), S["fill"]),
              JapaneseParagraph(markup(say("pdf.posted", day=sent)), S["fill"])],
             [JapaneseParagraph(markup(say("pdf.tracking", number=gap)), S["fill"]),
              JapaneseParagraph(markup(say("pdf.arrived", day=arrived)), S["fill"])]]
    table = Table(cells, colWidths=[(A4[0] - 2 * MARGIN) / 2] * 2)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), MINCHO),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _header(c: Checklist, blank: bool, name: str | None, say: Speech) -> list[Flowable]:
    header = say.header(c)
    out: list[Flowable] = [
        JapaneseParagraph(markup(say("pdf.title", **header)), S["title"]),
        JapaneseParagraph(markup(say("pdf.company", **header)), S["meta"]),
    ]
    if c.corporate_number:
        out.append(Paragraph(markup(say("render.corporate_number", number=c.corporate_number)),
                             S["meta"]))
    for notice in map(say.text, (c.override, c.quality)):  # "" where there is none
        if notice:
            out.append(JapaneseParagraph(markup(f"(!) {notice}"), S["meta"]))
    if c.reference and not blank:
        out.append(JapaneseParagraph(markup(say("render.reference", reference=c.reference)), S["meta"]))
    out += [
        Spacer(1, 1.5 * mm), _fill_in(blank, c, name, say), Spacer(1, 1.5 * mm),
    ]
    envelope = _envelope(c, say)
    if envelope is not None:
        out += [envelope]
    for section in c.sections:
        if section.layout == "banner":
            out += [JapaneseParagraph(markup(f"(!) {say.labelled(item)}"), S["meta"])
                    for item in section.items]
    return out


def _step_item(item: Node, blank: bool, say: Speech) -> list[Flowable]:
    if isinstance(item, DocumentGroup):
        return _group(item, say)
    if isinstance(item, Either):
        return _either(item, say)
    if isinstance(item, Address):
        return []  # in the header, large
    if isinstance(item, Check):
        return [_tick(say("render.check", text=say.item(item)))]
    if isinstance(item, DateItem):
        # Dates are personal; the blank variant has lines to write them on.
        return [] if blank else [_tick(say.dated(item), item.warning)]
    return [_tick(say.labelled(item), item.warning)]


def _list_items(items: Sequence[Node], say: Speech) -> list[Flowable]:
    shown, last = [], ""
    for item in items:
        if not isinstance(item, Unknown):
            shown.append(_sub(say.labelled(item)))
            continue
        ways, last = say.ways(item, last)  # the same desk under each open question: 「同上」
        shown.append(_tick(say("pdf.unknown", text=say.capital(say.item(item)), ways=ways)))
    return shown


def _heading(section: Section, say: Speech) -> str:
    return say.title(section.short_title or section.title, section.caveat)


def _body(c: Checklist, blank: bool, say: Speech) -> list[Flowable]:
    body: list[Flowable] = []
    steps = [s for s in c.sections if s.layout == "steps"]
    for number, section in enumerate(steps, 1):
        body.append(JapaneseParagraph(markup(f"{number}. {_heading(section, say)}"), S["heading"]))
        if section.key == "enclosures":  # short lines: one paragraph, a box before each
            text = "\u3000".join(f"{BOX} {say.labelled(item)}" for item in section.items)
            body.append(JapaneseParagraph(markup(text), S["pack"]))
            continue
        for item in section.items:
            body += _step_item(item, blank, say)
    if blank:
        body += [JapaneseParagraph(markup(say("pdf.dates")), S["heading"]), _tick(say("pdf.due_blank"))]
        if c.prior_request_article:
            body.append(_tick(say("pdf.court_blank", act=say.act(c.prior_request_article))))
    for section in c.sections:
        if section.layout == "list":
            body.append(JapaneseParagraph(markup(_heading(section, say)), S["heading"]))
            body += _list_items(section.items, say)
    revised = say.text(say.words.day(c.policy_revised, "date.iso")) if c.policy_revised \
        else say("render.not_dated")
    company = say.text(say.header(c)["company"])
    source = say("pdf.law_only_source", company=company) if c.law_only else \
        say("pdf.source_imported" if c.record_imported else "pdf.source", company=company, revised=revised,
            company_id=c.company_id,
            checked=say.text(say.words.day(c.record_checked, "date.iso")))
    body += [Spacer(1, 2 * mm), JapaneseParagraph(markup(source), S["meta"])]
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
                  name: str | None = None, deterministic: bool = False,
                  languages: Sequence[str] = ("ja",), words: ChecklistWords | None = None) -> bytes:
    """The checklist as PDF bytes (several request kinds: one after the other, each on a new
    page; several languages: each kind's list in each language in turn); blank leaves out the
    name and all dates."""
    if words is None:
        from assistant.law.reference import load_checklist_words

        words = load_checklist_words()
    speeches = [Speech(words, language) for language in languages]
    pages = [(c, say) for c in ([checklist] if isinstance(checklist, Checklist) else checklist)
             for say in speeches]
    buffer = io.BytesIO()
    first, say = pages[0]
    title = say("pdf.document_title", request=say.text(say.header(first)["request"]),
                company=say.text(say.header(first)["company"]))
    width = A4[0] - 2 * MARGIN
    headers = [_header(c, blank, None if blank else name, say) for c, say in pages]
    header_height = max(sum(f.wrap(width, A4[1])[1] + f.getSpaceBefore() + f.getSpaceAfter()
                            for f in header) for header in headers) + 1 * mm
    header_height = min(header_height, (A4[1] - 2 * MARGIN) / 2)  # a huge name must not eat the page
    doc = BaseDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN, bottomMargin=MARGIN,
                          invariant=1 if deterministic else 0, **document_info(title))
    doc.addPageTemplates(_templates(header_height))
    story: list[Flowable] = []
    for index, ((item, say), header) in enumerate(zip(pages, headers)):
        if index:
            story += [NextPageTemplate("first"), PageBreak()]
        story += header + [NextPageTemplate("later"), FrameBreak()] + _body(item, blank, say)
    doc.build(story, canvasmaker=numbered_canvas("{page} / {pages}", MARGIN))
    return buffer.getvalue()
