"""The request letter: A4, in one language or several, each language on pages of its own.

A Japanese letter as a Japanese company expects it: date, reference and 差出人 at the top right,
the addressee top left, 件名, 拝啓 … 敬具, then 記 with numbered items and 以上, and the signature.
An English letter in the English order ("Yours faithfully" and the signature last). Everything it
says comes from the checklists (company side), the person's details and the wording in forms/
(letter_text.py picks the words that depend on the case); it looks nothing up itself. Platypus
flowables: long or unusual input flows onto more pages instead of off the paper."""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from typing import Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (Flowable, FrameBreak, KeepInFrame, KeepTogether, NextPageTemplate, PageBreak,
                                Paragraph, Spacer, Table, TableStyle)

from assistant.case.details import Details
from assistant.checklist import Checklist
from assistant.law.checklist_words import japanese_article
from assistant.law.japanese_dates import written_date
from assistant.law.model import Labels, Law
from assistant.law.wording import LetterWording
from assistant.render import letter_frame as frame
from assistant.render import letter_text as words
from assistant.render import window
from assistant.render.fonts import GOTHIC, MINCHO
from assistant.render.japanese_paragraph import JapaneseParagraph, one_line_style
from assistant.render.pages import RunningHeader, markup, numbered_canvas

MARGIN = 20 * mm
SENDER_WIDTH = 80 * mm


def _style(name: str, font: str = MINCHO, size: float = 10, **extra) -> ParagraphStyle:
    # Japanese line breaking lets one character that may not start a line ("。", "ー") hang past
    # the line's end; a right indent of one character keeps even that inside the margin. Sizes
    # and spacing let a cover letter by the person fit one A4 page (tests/letters measure it).
    extra.setdefault("rightIndent", size)
    extra.setdefault("leading", size * 1.45)
    return ParagraphStyle(name, fontName=font, bulletFontName=font, fontSize=size,
                          wordWrap="CJK", **extra)


STYLES = {
    "body": _style("body", spaceAfter=1 * mm),
    "subject": _style("subject", GOTHIC, 12.5, spaceBefore=3 * mm, spaceAfter=3 * mm),
    "heading": _style("heading", GOTHIC, 10.5, spaceBefore=2 * mm, spaceAfter=0.5 * mm),
    "right": _style("right", alignment=TA_RIGHT),
    "center": _style("center", alignment=TA_CENTER, spaceBefore=2 * mm, spaceAfter=1 * mm),
    "address": _style("address", size=10, leading=13, rightIndent=0),  # in the envelope's window
    "sender": _style("sender", size=10, leftIndent=A4[0] - 2 * MARGIN - SENDER_WIDTH),
    "item": _style("item", leftIndent=5 * mm, bulletIndent=1 * mm),
}


@dataclass(frozen=True)
class LetterInput:
    """What the letter is made from: one checklist per request kind, in the Act's order."""

    checklists: tuple[Checklist, ...]
    details: Details
    wording: dict[str, LetterWording]  # by language
    labels: Labels
    law: Law
    today: date
    reference: str | None = None  # the request's reference number (RequestCase.reference)
    fee_paid: words.FeePaid = field(default_factory=words.FeePaid)


class _Letter:
    """The letter in one language."""

    def __init__(self, data: LetterInput, language: str):
        self.d = data
        self.lang = language
        self.w = data.wording[language]
        self.first = data.checklists[0]
        # Names never split across lines (line_breaks.py): people, company, its desk.
        d, env = data.details, data.checklists[0].envelope
        self.kept = tuple(x for x in (
            d.requester.full_name, d.requester.full_name_kana, data.checklists[0].company_ja,
            *((d.representative.full_name, d.representative.full_name_kana, d.representative.bar_association)
              if d.representative else ()),
            *((env.department_ja, env.department) if env else ())) if x)

    def p(self, text: str, style: str = "body", **extra) -> Paragraph:
        return JapaneseParagraph(markup(text), STYLES[style], kept=self.kept, **extra)

    def one_line(self, text: str, style: str, width: float) -> Paragraph:
        """A line never broken (a company's name, the reference): smaller if need be."""
        return JapaneseParagraph(markup(text), one_line_style(STYLES[style], text, width), kept=self.kept)

    def field(self, key: str, value: str | None) -> list[Flowable]:
        return [self.p(f"{self.w.fields[key]}{self.w.colon}{value}", "item")] if value else []

    def cite(self, article: str) -> str:
        """An article as this language cites it ('Art. 20(1)' → 第20条第1項)."""
        return self.w.article_format.format(article=article, number=article.removeprefix("Art. "),
                                            article_ja=japanese_article(article))

    def dated(self, day: date) -> str:
        return written_date(day, self.w.date_format)

    # -- the head: date, reference, addressee, sender, subject -------------------------------
    def head(self) -> list[Flowable]:
        # Three frames on the first page (render/window.py): the date at the top right, the
        # addressee where an envelope's window shows it (shrunk to fit, never cut), the body.
        header = frame.page_header(self.w, self.d.details, self.title(), self.d.reference)
        out: list[Flowable] = [RunningHeader(header), NextPageTemplate("later"),
                               self.p(self.dated(self.d.today), "right")]
        if self.d.reference:  # on a line of its own, never broken (the desk matches it whole)
            out.append(self.one_line(f"{self.w.reference_label}{self.w.colon}{self.d.reference}",
                                     "right", window.DATE_WIDTH))
        number = self.first.corporate_number
        if number and self.w.corporate_number_label:  # whom the letter is to, beyond doubt
            out.append(self.p(f"{self.w.corporate_number_label}{self.w.colon}{number}", "right"))
        _left, _top, width, height = window.ADDRESS
        out += [FrameBreak(), KeepInFrame(width, height, self.addressee(), mode="shrink"),
                FrameBreak(), *self.sender(),
                self.p(f"{self.w.subject_label}{self.w.colon}{self.title()}", "subject")]
        return out

    def address_line(self, line: str) -> Paragraph:
        # The company's and the desk's names on one line each, smaller if need be (never split).
        whole = any(name in line for name in self.kept)
        return self.one_line(line, "address", window.ADDRESS[2]) if whole else self.p(line, "address")

    def addressee(self) -> list[Flowable]:
        env = self.first.envelope
        japanese = self.w.closing_before_items  # a Japanese letter names the company in Japanese
        if env is None:
            company = (self.first.company_ja or self.first.company) if japanese else self.first.company
            return [self.address_line(f"{company} {self.w.addressee_suffix}".strip())]
        if japanese:  # law.addressee's block, as the envelope and every Japanese document
            lines = env.written()
            return [self.address_line(line) for line in lines if line]
        lines = [f"〒{env.postal_code}"] if env.postal_code else []
        lines += list(env.address_lines)
        if env.department:
            lines += [env.company_en, f"{env.department} {self.w.honorific(env.department)}".strip()]
        else:
            lines.append(f"{env.company_en} {self.w.addressee_suffix}".strip())
        return [self.address_line(line) for line in lines if line]

    def sender(self) -> list[Flowable]:
        """The writer: the representative (with whose and in what capacity) when one acts, else
        the person; at the top right (indented paragraphs, not a table: a long address may flow
        onto the next page)."""
        return [self.p(line, "sender") for line in frame.sender_lines(self.w, self.d.details)]

    def is_cover_letter(self) -> bool:
        return self.first.form_name is not None and self.first.form_required

    def title(self) -> str:
        kinds = [c.request_kind for c in self.d.checklists]
        main = self.w.kinds[kinds[0]].title if len(kinds) == 1 else self.w.combined_title
        if not self.is_cover_letter():
            return main
        # 「開示請求書及び訂正等請求書の送付について」: several forms of the company's, each by its name
        return self.w.cover_heading.format(cover=self.w.cover_title,
                                           title=words.forms_named(self.w, self.lang, self.d.checklists) or main)

    # -- the body: opening, the requests, closing ----------------------------------------------
    def body(self) -> list[Flowable]:
        w = self.w
        on_behalf = frame.on_behalf(w, self.d.details.representative)
        requests = []
        for index, c in enumerate(self.d.checklists):
            cited = words.kind_article(c.request_kind, c.article, self.d.law,
                                       self.d.details.request.grounds)
            article = w.article_format.format(article=cited, article_ja=japanese_article(cited),
                                              number=cited.removeprefix("Art. "))
            requests.append(w.kinds[c.request_kind].request.format(  # type: ignore[index]
                on_behalf=on_behalf if index == 0 else "", law_name=w.law_name, article=article,
                company=c.company, subject=words.subject(w, self.d.details),
                actions=words.correction_actions(w, self.d.details)))
        requests[0] = w.transition + requests[0]  # さて、: the main text begins after the greeting
        out = [self.p(w.opening), *(self.p(text) for text in requests)]
        reply = frame.reply_to(w, self.d.details, [c.request_kind for c in self.d.checklists])
        if reply:
            out.append(self.p(reply))
        if self.is_cover_letter():  # the company's form is the request; this letter goes with it
            form = words.company_form(w, self.lang, self.d.checklists)
            out.append(self.p(w.cover_intro.format(form=form)))
            if w.cover_precedence:
                out.append(self.p(w.cover_precedence.format(form=form)))
        return out

    def closing(self) -> list[Flowable]:
        return [self.p(self.w.closing), self.p(self.w.end_mark, "right" if self.w.closing_before_items else "body")]

    # -- the numbered items --------------------------------------------------------------------
    def items(self) -> list[list[Flowable]]:
        """Each numbered item as its own list (heading first), in order."""
        d, w = self.d.details, self.w
        p, r = d.requester, d.request
        rep = d.representative
        parts: list[tuple[str, list[Flowable]]] = [("requester", [
            *self.field("full_name", p.full_name), *self.field("full_name_kana", p.full_name_kana),
            *self.field("date_of_birth", self.dated(p.date_of_birth)),
            *self.field("address", (f"〒{p.postal_code} " if p.postal_code else "") + p.address),
            # When a representative acts, the desk contacts them (their details below), not the person.
            *(self.field("phone", p.phone) + self.field("email", p.email) if rep is None else []),
            *self.field("former_names", p.former_names)])]
        if rep is not None:
            parts.append(("representative", [
                *self.field("capacity", w.capacities[rep.capacity]),
                *self.field("full_name", rep.full_name), *self.field("full_name_kana", rep.full_name_kana),
                *self.field("address", (f"〒{rep.postal_code} " if rep.postal_code else "") + rep.address),
                *self.field("phone", rep.phone), *self.field("email", rep.email),
                *self.field("registration_number", rep.registration_number),
                *self.field("bar_association", rep.bar_association if rep.capacity == "lawyer" else None)]))
        parts.append(("data", [*self.field("services", "、".join(r.services) if r.services else None),
                               *self.field("account_ids", "、".join(r.account_ids) if r.account_ids else None),
                               *self.field("period", r.period)]))
        if r.correction is not None and "correction" in r.kinds:
            parts.append(("correction", [*self.field("current", r.correction.current),
                                         *self.field("correct", r.correction.correct)]))
        if any(self.d.law.needs_grounds(k) for k in r.kinds):
            grounds: list[Flowable] = []
            # The person's circumstances go under a ground only when it is known which one (the
            # only ground); else they are an item of their own, never under the last ground.
            own = r.ground_details if len(r.grounds) == 1 else None
            for n, key in enumerate(r.grounds, 1):  # (1), (2): each with its article and facts
                ground = self.d.law.suspension_grounds[key]
                said = ground.words.text(self.lang)
                text = w.ground_breach_format.format(ground=said, breach=self.cite(ground.breach),
                                                     article=self.cite(ground.article)) \
                    if ground.breach else w.ground_format.format(ground=said, article=self.cite(ground.article))
                grounds += [self.p(text, "item", bulletText=f"({n})"),
                            *self.field("ground_facts", r.ground_facts.get(key)), *self.field("details", own)]
            parts += [("grounds", grounds), ("circumstances", [self.p(r.ground_details, "item")]
                                             if r.ground_details and own is None else [])]
        if r.response_method is not None and any(self.d.law.designates_method(k) for k in r.kinds):
            label = w.methods.get(r.response_method) or \
                self.d.labels.response_methods[r.response_method].text(self.lang).lower()
            email = rep.email if rep else d.requester.email  # whoever receives the results
            detail = (w.method_detail if email else w.method_detail_no_email).get(r.response_method, "")
            parts.append(("response", [self.p(w.response_method.format(
                method=label, detail=detail.format(email=email)), "item")]))
        fee = words.fee_sentence(w, self.d.checklists, self.d.law, self.d.fee_paid)
        if fee:
            parts.append(("fee", [self.p(fee, "item")]))
        listed = words.enclosures(self.lang, self.d.checklists, d, w.separator)
        parts.append(("enclosures", [self.p(item, "item", bulletText=f"({i})") for i, item in enumerate(listed, 1)]
                      or [self.p(w.no_enclosures, "item")]))
        shown = [(key, rows) for key, rows in parts if rows]
        return [[self.p(f"{n}. {w.headings[key]}", "heading"), *rows] for n, (key, rows) in enumerate(shown, 1)]

    def signature(self) -> list[Flowable]:
        """上記のとおり請求します and a box to sign by hand (the name is printed in the sender's
        block, never in the box); none on a cover letter: the company's form is signed instead."""
        if self.is_cover_letter():
            return []
        box = Table([[self.p(self.w.headings["signature"]), "", self.p(self.w.seal, "right")]],
                    colWidths=[38 * mm, 95 * mm, 22 * mm], rowHeights=[16 * mm])
        box.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), MINCHO),  # else cells default to unembedded Helvetica
            ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
            ("LINEBEFORE", (2, 0), (2, 0), 0.4, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]))
        line = [self.p(self.w.signature_line)] if self.w.signature_line else []
        return [Spacer(1, 2 * mm), *line, Spacer(1, 1 * mm), box]

    def flowables(self) -> list[Flowable]:
        items = self.items()
        last = items.pop()
        out = self.head() + self.body()
        if self.w.closing_before_items:  # 拝啓…敬具, 記, items, 上記のとおり請求します, signature, 以上
            out += self.closing() + [self.p(self.w.items_heading, "center")]
            out += [f for item in items for f in item]
            end = [self.p(self.w.end_of_document, "right")] if self.w.end_of_document else []
            # The signature never stands alone on a page: it goes with the last item.
            return out + [KeepTogether(last + self.signature() + end)]
        out += [f for item in items for f in item]
        return out + [KeepTogether(last + [Spacer(1, 4 * mm)] + self.closing() + self.signature())]


def letter_pdf(data: LetterInput, languages: Sequence[str], deterministic: bool = False) -> bytes:
    """The letter as PDF bytes, each language in turn on pages of its own (["ja"], ["en"],
    ["ja", "en"]); deterministic: same input, same bytes."""
    if isinstance(languages, str) or not languages:
        raise TypeError(f"letter languages must be a list such as ['ja', 'en'], not {languages!r}")
    letters = [_Letter(data, language) for language in languages]
    buffer = io.BytesIO()
    title = " / ".join(l.w.kinds[data.checklists[0].request_kind].title for l in letters)  # type: ignore[index]
    doc = window.letter_document(buffer, title, deterministic)
    story: list[Flowable] = []
    for index, letter in enumerate(letters):  # each language from a first page of its own
        story += ([NextPageTemplate("first"), PageBreak()] if index else []) + letter.flowables()
    doc.build(story, canvasmaker=numbered_canvas(letters[0].w.page, MARGIN))
    return buffer.getvalue()
