"""The request letter: A4, Japanese business-letter style, in one language or several in turn.

Everything it says comes from the checklists (company side), the person's details and the
wording in forms/; it looks nothing up itself. Built from platypus flowables so long or unusual
input flows onto more pages instead of off the paper.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
)

from assistant.checklist import Checklist
from assistant.case.details import Details
from assistant.law.japanese_dates import written_date
from assistant.law.model import Labels, Law
from assistant.law.localized import Localized
from assistant.law.wording import PRIMARY, LetterWording
from assistant.render.fonts import GOTHIC, MINCHO
from assistant.render.pages import document_info, markup, numbered_canvas, short

MARGIN = 20 * mm


def _style(name: str, font: str = MINCHO, size: float = 10.5, **extra) -> ParagraphStyle:
    # Japanese line breaking lets one character that may not start a line ("。", "ー") hang past
    # the line's end; a right indent of one character keeps even that inside the margin.
    extra.setdefault("rightIndent", size)
    return ParagraphStyle(name, fontName=font, bulletFontName=font, fontSize=size,
                          leading=size * 1.55, wordWrap="CJK", **extra)


STYLES = {
    "body": _style("body"),
    "second": _style("second", size=9.5, textColor=colors.HexColor("#333333")),
    "title": _style("title", GOTHIC, 15, alignment=TA_CENTER, spaceBefore=4 * mm, spaceAfter=1 * mm),
    "subtitle": _style("subtitle", size=9.5, alignment=TA_CENTER, spaceAfter=5 * mm),
    "heading": _style("heading", GOTHIC, 11, spaceBefore=4 * mm, spaceAfter=1 * mm),
    "right": _style("right", alignment=TA_RIGHT),
    "address": _style("address", size=11),
    "item": _style("item", leftIndent=5 * mm, bulletIndent=1 * mm),
}


def _in(line: object, language: str) -> str:
    """A checklist line in a language: lines still spell it as a suffix (text, text_ja)."""
    text = getattr(line, "text")
    return text.text(language) if hasattr(text, "text") else getattr(line, f"text_{language}", None) or text


@dataclass(frozen=True)
class LetterInput:
    """What the letter is made from: one checklist per request kind, in the Act's order."""

    checklists: tuple[Checklist, ...]
    details: Details
    wording: dict[str, LetterWording]  # by language
    labels: Labels
    law: Law
    today: date


class _Letter:
    def __init__(self, data: LetterInput, languages: Sequence[str]):
        if isinstance(languages, str) or not languages:
            raise TypeError(f"letter languages must be a list such as ['ja', 'en'], not {languages!r}")
        self.d = data
        self.langs: tuple[str, ...] = tuple(languages)
        self.first = data.checklists[0]

    def w(self, lang: str) -> LetterWording:
        return self.d.wording[lang]

    # one piece of text per language: Japanese first, English under it
    def para(self, texts: dict[str, str], style: str = "body") -> list[Flowable]:
        out: list[Flowable] = []
        for index, lang in enumerate(self.langs):
            if lang not in texts or not texts[lang]:
                continue
            chosen = STYLES["second"] if (index > 0 and style == "body") else STYLES[style]
            out.append(Paragraph(markup(texts[lang]), chosen))
        return out

    def each(self, make) -> Localized:
        return Localized({lang: make(lang) for lang in self.langs})

    def joined(self, make) -> str:
        """One text per language on one line: 'Japanese / English'."""
        return " / ".join(make(lang) for lang in self.langs)

    def heading(self, key: str) -> list[Flowable]:
        return [Paragraph(markup(self.joined(lambda l: self.w(l).headings[key])), STYLES["heading"])]

    def field(self, key: str, value: str | Localized | None) -> list[Flowable]:
        """'Label: value' as one paragraph; the label in each language, the value as written (a
        value written differently per language, like a date, as the first language writes it)."""
        if not value:
            return []
        label = self.joined(lambda l: self.w(l).fields[key])
        shown = value.text(self.langs[0]) if isinstance(value, Localized) else value
        return [Paragraph(markup(f"{label}: {shown}"), STYLES["item"])]

    def fields(self, **values: str | Localized | None) -> list[Flowable]:
        return [f for key, value in values.items() for f in self.field(key, value)]

    # -- parts --------------------------------------------------------------------------------
    def date_line(self) -> list[Flowable]:
        text = self.joined(lambda l: written_date(self.d.today, self.w(l).date_format))
        return [Paragraph(markup(text), STYLES["right"])]

    def addressee(self) -> list[Flowable]:
        env = self.first.envelope
        if env is None:
            company = self.first.company_ja or self.first.company
            return [Paragraph(markup(f"{company} {self.w(self.langs[0]).addressee_suffix}"),
                              STYLES["address"])]
        lines = [f"〒{env.postal_code}"] if env.postal_code else []
        lines += list(env.address_lines)
        # The company's registered (Japanese) name whenever the letter is in its language.
        lines.append(env.company if PRIMARY in self.langs else env.company_en)
        if PRIMARY in self.langs and env.company != env.company_en:
            lines.append(env.company_en)
        suffix = self.w(self.langs[0]).addressee_suffix
        if env.department:
            lines.append(f"{env.department} {suffix}")
        else:  # no department: 御中 goes after the company's name, not on a line of its own
            lines[-1] = f"{lines[-1]} {suffix}"
        return [Paragraph(markup(line), STYLES["address"]) for line in lines if line]

    def is_cover_letter(self) -> bool:
        return self.first.form_name is not None and self.first.form_required

    def title(self) -> list[Flowable]:
        kinds = [c.request_kind for c in self.d.checklists]

        def title_in(lang: str) -> str:
            w = self.w(lang)
            main = w.kinds[kinds[0]].title if len(kinds) == 1 else w.combined_title
            return w.cover_heading.format(cover=w.cover_title, title=main) if self.is_cover_letter() else main

        second = (Paragraph(markup(title_in(self.langs[1])), STYLES["subtitle"]) if len(self.langs) > 1
                  else Spacer(1, 4 * mm))
        return [Paragraph(markup(title_in(self.langs[0])), STYLES["title"]), second]

    def on_behalf(self, lang: str) -> str:
        rep = self.d.details.representative
        return self.w(lang).on_behalf.format(capacity=self.w(lang).capacities[rep.capacity]) if rep else ""

    def request_paragraphs(self) -> list[Flowable]:
        out: list[Flowable] = self.para(self.each(lambda l: self.w(l).opening))
        if self.is_cover_letter():
            out += self.para(self.each(lambda l: self.w(l).cover_intro.format(
                form=self.first.form_name)))
        for index, checklist in enumerate(self.d.checklists):
            def text(lang: str, c: Checklist = checklist, first: bool = index == 0) -> str:
                w = self.w(lang)
                article = w.article_format.format(article=c.article, article_ja=c.article_ja,
                                                  number=c.article.removeprefix("Art. "))
                return w.kinds[c.request_kind].request.format(
                    on_behalf=self.on_behalf(lang) if first else "", law_name=w.law_name,
                    article=article, company=c.company)
            out += self.para(self.each(text))
        return out

    def person(self) -> list[Flowable]:
        p = self.d.details.requester
        address = (f"〒{p.postal_code} " if p.postal_code else "") + p.address
        born = self.each(lambda l: written_date(p.date_of_birth, self.w(l).date_format))
        return self.heading("requester") + self.fields(
            full_name=p.full_name, full_name_kana=p.full_name_kana, date_of_birth=born, address=address,
            phone=p.phone, email=p.email, former_names=p.former_names)

    def representative(self) -> list[Flowable]:
        rep = self.d.details.representative
        if rep is None:
            return []
        return self.heading("representative") + self.fields(
            capacity=self.joined(lambda l: self.w(l).capacities[rep.capacity]),
            full_name=rep.full_name, full_name_kana=rep.full_name_kana,
            address=(f"〒{rep.postal_code} " if rep.postal_code else "") + rep.address,
            phone=rep.phone, email=rep.email, registration_number=rep.registration_number)

    def data_concerned(self) -> list[Flowable]:
        r = self.d.details.request
        rows = (self.field("services", "、".join(r.services) if r.services else None)
                + self.field("account_ids", "、".join(r.account_ids) if r.account_ids else None)
                + self.field("period", r.period))
        return self.heading("data") + rows if rows else []

    def correction(self) -> list[Flowable]:
        c = self.d.details.request.correction
        if c is None or "correction" not in self.d.details.request.kinds:
            return []
        return self.heading("correction") + self.field("current", c.current) + self.field("correct", c.correct)

    def grounds(self) -> list[Flowable]:
        r = self.d.details.request
        if not any(self.d.law.needs_grounds(k) for k in r.kinds):
            return []
        out = self.heading("grounds")
        for key in r.grounds:
            ground = self.d.law.suspension_grounds[key]
            text = self.joined(ground.words.text)
            out.append(Paragraph(markup(f"{text}（{ground.article}）"), STYLES["item"], bulletText="・"))
        out += self.field("details", r.ground_details)
        return out

    def response(self) -> list[Flowable]:
        method = self.d.details.request.response_method
        if method is None:
            return []
        label = self.d.labels.response_methods[method]
        # The label goes inside a sentence: lower case where the language has case.
        return self.heading("response") + self.para(self.each(
            lambda l: self.w(l).response_method.format(method=label.text(l).lower())))

    def enclosures(self) -> list[Flowable]:
        items: list[str] = []
        first = self.first
        if first.form_name:
            items.append(first.form_name)
        for need in first.documents:
            names = {l: [self.d.labels.documents[ch.kind].text(l) for ch in need.choices] for l in self.langs}
            joined = {l: self.w(l).choice_separator.join(n) + (self.w(l).choice_suffix if len(n) > 1 else "")
                      for l, n in names.items()}
            items.append(self.joined(joined.get))
        for line in first.enclosures:
            items.append(self.joined(lambda l: _in(line, l)))
        out = self.heading("enclosures")
        if not items:
            return out + self.para(self.each(lambda l: self.w(l).no_enclosures))
        out += [Paragraph(markup(item), STYLES["item"], bulletText=f"{i}.")
                for i, item in enumerate(items, 1)]
        return out

    def fee(self) -> list[Flowable]:
        charged = [c for c in self.d.checklists if c.fee.status == "charged" and c.fee.amount_yen]
        if not charged:
            return []
        amount = sum(c.fee.amount_yen or 0 for c in charged)
        paid = charged[0].fee.pay_when == "before-sending"
        return self.heading("fee") + self.para(self.each(
            lambda l: (self.w(l).fee_paid if paid else self.w(l).fee_enclosed).format(amount=f"{amount:,}")))

    def signature(self) -> list[Flowable]:
        rep = self.d.details.representative
        # A table cell cannot split across pages; the full name is in the person's section.
        signer = short(rep.full_name if rep else self.d.details.requester.full_name)
        label = " / ".join(self.w(l).headings["signature"] for l in self.langs)
        seal = self.w(self.langs[0]).seal
        box = Table([[Paragraph(markup(label), STYLES["body"]),
                      Paragraph(markup(signer), STYLES["body"]),
                      Paragraph(markup(seal), STYLES["right"])]],
                    colWidths=[38 * mm, 95 * mm, 22 * mm], rowHeights=[18 * mm])
        box.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), MINCHO),  # else cells default to unembedded Helvetica
            ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
            ("LINEBEFORE", (2, 0), (2, 0), 0.4, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]))
        closing: list[Flowable] = [Spacer(1, 2 * mm)]
        closing += self.para(self.each(lambda l: self.w(l).closing))
        closing.append(Paragraph(markup(self.joined(lambda l: self.w(l).end_mark)), STYLES["right"]))
        closing += self.para(self.each(lambda l: self.w(l).signature_line))
        closing += [Spacer(1, 2 * mm), box]
        closing += [Spacer(1, 2 * mm),
                    Paragraph(markup(self.joined(lambda l: self.w(l).end_of_document)), STYLES["right"])]
        return [KeepTogether(closing)]

    def flowables(self) -> list[Flowable]:
        parts: Iterable[list[Flowable]] = (
            self.date_line(), self.addressee(), self.title(), self.request_paragraphs(),
            self.person(), self.representative(), self.data_concerned(), self.correction(),
            self.grounds(), self.response(), self.enclosures(), self.fee(), self.signature())
        return [f for part in parts for f in part]


def letter_pdf(data: LetterInput, languages: Sequence[str], deterministic: bool = False) -> bytes:
    """The letter as PDF bytes in these languages in turn (["ja"], ["en"], ["ja", "en"]);
    deterministic: same input, same bytes."""
    letter = _Letter(data, languages)
    buffer = io.BytesIO()
    title = " / ".join(letter.w(l).kinds[data.checklists[0].request_kind].title for l in letter.langs)
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, invariant=1 if deterministic else 0, **document_info(title))
    page_label = letter.w(letter.langs[0]).page
    doc.build(letter.flowables(), canvasmaker=numbered_canvas(page_label, MARGIN))
    return buffer.getvalue()
