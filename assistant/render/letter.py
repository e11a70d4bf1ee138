"""The request letter: A4, Japanese business-letter style, in Japanese, English or both.

Everything it says comes from the checklists (company side), the person's details and the
wording in forms/; it looks nothing up itself. Built from platypus flowables so long or unusual
input flows onto more pages instead of off the paper.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Literal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
)

from ..checklist import Checklist
from ..details import Details
from ..japanese_dates import letter_date_en, letter_date_ja
from ..law import Labels, Law
from ..wording import LetterWording
from .fonts import GOTHIC, MINCHO
from .pages import document_info, markup, numbered_canvas, short

LetterLanguage = Literal["ja", "en", "both"]
MARGIN = 20 * mm


def _style(name: str, font: str = MINCHO, size: float = 10.5, **extra) -> ParagraphStyle:
    # Japanese line breaking lets one character that may not start a line ("。", "ー") hang past
    # the line's end; a right indent of one character keeps even that inside the margin.
    extra.setdefault("rightIndent", size)
    return ParagraphStyle(name, fontName=font, bulletFontName=font, fontSize=size,
                          leading=size * 1.55, wordWrap="CJK", **extra)


STYLES = {
    "body": _style("body"),
    "en": _style("en", size=9.5, textColor=colors.HexColor("#333333")),
    "title": _style("title", GOTHIC, 15, alignment=TA_CENTER, spaceBefore=4 * mm, spaceAfter=1 * mm),
    "subtitle": _style("subtitle", size=9.5, alignment=TA_CENTER, spaceAfter=5 * mm),
    "heading": _style("heading", GOTHIC, 11, spaceBefore=4 * mm, spaceAfter=1 * mm),
    "right": _style("right", alignment=TA_RIGHT),
    "address": _style("address", size=11),
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


class _Letter:
    def __init__(self, data: LetterInput, language: LetterLanguage):
        self.d = data
        self.langs: tuple[str, ...] = ("ja", "en") if language == "both" else (language,)
        self.first = data.checklists[0]

    def w(self, lang: str) -> LetterWording:
        return self.d.wording[lang]

    # one piece of text per language: Japanese first, English under it
    def para(self, texts: dict[str, str], style: str = "body") -> list[Flowable]:
        out: list[Flowable] = []
        for index, lang in enumerate(self.langs):
            if lang not in texts or not texts[lang]:
                continue
            chosen = STYLES["en"] if (index > 0 and style == "body") else STYLES[style]
            out.append(Paragraph(markup(texts[lang]), chosen))
        return out

    def each(self, make) -> dict[str, str]:
        return {lang: make(lang) for lang in self.langs}

    def heading(self, key: str) -> list[Flowable]:
        return [Paragraph(markup(" / ".join(self.w(l).headings[key] for l in self.langs)),
                          STYLES["heading"])]

    def field(self, key: str, value: str | None, value_en: str | None = None) -> list[Flowable]:
        """'Label: value' as one paragraph; the label in each language, the value as written."""
        if not value:
            return []
        label = " / ".join(self.w(l).fields[key] for l in self.langs)
        shown = value_en if value_en is not None and self.langs == ("en",) else value
        return [Paragraph(markup(f"{label}: {shown}"), STYLES["item"])]

    # -- parts --------------------------------------------------------------------------------
    def date_line(self) -> list[Flowable]:
        texts = {"ja": letter_date_ja(self.d.today), "en": letter_date_en(self.d.today)}
        return [Paragraph(markup(" / ".join(texts[l] for l in self.langs)), STYLES["right"])]

    def addressee(self) -> list[Flowable]:
        env = self.first.envelope
        if env is None:
            company = self.first.company_ja or self.first.company
            return [Paragraph(markup(f"{company} {self.w(self.langs[0]).addressee_suffix}"),
                              STYLES["address"])]
        lines = [f"〒{env.postal_code}"] if env.postal_code else []
        lines += list(env.address_lines)
        lines.append(env.company if "ja" in self.langs else env.company_en)
        if "ja" in self.langs and env.company != env.company_en:
            lines.append(env.company_en)
        suffix = self.w(self.langs[0]).addressee_suffix
        last = env.department or ""
        lines.append(f"{last} {suffix}".strip())
        return [Paragraph(markup(line), STYLES["address"]) for line in lines if line]

    def is_cover_letter(self) -> bool:
        return self.first.form_name is not None and self.first.form_required

    def title(self) -> list[Flowable]:
        kinds = [c.request_kind for c in self.d.checklists]

        def title_in(lang: str) -> str:
            w = self.w(lang)
            main = w.kinds[kinds[0]].title if len(kinds) == 1 else w.combined_title
            return f"{w.cover_title}（{main}）" if self.is_cover_letter() and lang == "ja" else (
                f"{w.cover_title}: {main}" if self.is_cover_letter() else main)

        out = [Paragraph(markup(title_in(self.langs[0])), STYLES["title"])]
        if len(self.langs) > 1:
            out.append(Paragraph(markup(title_in(self.langs[1])), STYLES["subtitle"]))
        else:
            out.append(Spacer(1, 4 * mm))
        return out

    def on_behalf(self, lang: str) -> str:
        rep = self.d.details.representative
        if rep is None:
            return ""
        return self.w(lang).on_behalf.format(capacity=self.w(lang).capacities[rep.capacity])

    def request_paragraphs(self) -> list[Flowable]:
        out: list[Flowable] = self.para(self.each(lambda l: self.w(l).opening))
        if self.is_cover_letter():
            out += self.para(self.each(lambda l: self.w(l).cover_intro.format(
                form=self.first.form_name)))
        for index, checklist in enumerate(self.d.checklists):
            def text(lang: str, c: Checklist = checklist, first: bool = index == 0) -> str:
                w = self.w(lang)
                article = c.article_ja if lang == "ja" else f"Article {c.article.removeprefix('Art. ')}"
                return w.kinds[c.request_kind].request.format(
                    on_behalf=self.on_behalf(lang) if first else "", law_name=w.law_name,
                    article=article, company=c.company)
            out += self.para(self.each(text))
        return out

    def person(self) -> list[Flowable]:
        p = self.d.details.requester
        address = (f"〒{p.postal_code} " if p.postal_code else "") + p.address
        out = self.heading("requester")
        out += self.field("full_name", p.full_name)
        out += self.field("full_name_kana", p.full_name_kana)
        out += self.field("date_of_birth", letter_date_ja(p.date_of_birth),
                          letter_date_en(p.date_of_birth))
        out += self.field("address", address)
        out += self.field("phone", p.phone)
        out += self.field("email", p.email)
        out += self.field("former_names", p.former_names)
        return out

    def representative(self) -> list[Flowable]:
        rep = self.d.details.representative
        if rep is None:
            return []
        capacity = " / ".join(self.w(l).capacities[rep.capacity] for l in self.langs)
        out = self.heading("representative")
        out += self.field("capacity", capacity)
        out += self.field("full_name", rep.full_name)
        out += self.field("full_name_kana", rep.full_name_kana)
        out += self.field("address", (f"〒{rep.postal_code} " if rep.postal_code else "") + rep.address)
        out += self.field("phone", rep.phone)
        out += self.field("email", rep.email)
        out += self.field("registration_number", rep.registration_number)
        return out

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
            text = " / ".join((ground.ja if l == "ja" else ground.en) for l in self.langs)
            out.append(Paragraph(markup(f"{text}（{ground.article}）"), STYLES["item"], bulletText="・"))
        out += self.field("details", r.ground_details)
        return out

    def response(self) -> list[Flowable]:
        method = self.d.details.request.response_method
        if method is None:
            return []
        label = self.d.labels.response_methods[method]
        return self.heading("response") + self.para(self.each(
            lambda l: self.w(l).response_method.format(method=label.ja if l == "ja" else label.en.lower())))

    def enclosures(self) -> list[Flowable]:
        items: list[str] = []
        first = self.first
        if first.form_name:
            items.append(first.form_name)
        for need in first.documents:
            names = {l: [ch.text.text(l) for ch in need.choices] for l in self.langs}
            joined = {l: ("・".join(n) + ("のいずれか" if len(n) > 1 else "") if l == "ja"
                          else " or ".join(n)) for l, n in names.items()}
            items.append(" / ".join(joined[l] for l in self.langs))
        for line in first.enclosures:
            items.append(" / ".join(line.text.text(l) for l in self.langs))
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
        closing.append(Paragraph(markup(" / ".join(self.w(l).end_mark for l in self.langs)),
                                 STYLES["right"]))
        closing += self.para(self.each(lambda l: self.w(l).signature_line))
        closing += [Spacer(1, 2 * mm), box]
        closing += [Spacer(1, 2 * mm), Paragraph(markup(" / ".join(
            self.w(l).end_of_document for l in self.langs)), STYLES["right"])]
        return [KeepTogether(closing)]

    def flowables(self) -> list[Flowable]:
        parts: Iterable[list[Flowable]] = (
            self.date_line(), self.addressee(), self.title(), self.request_paragraphs(),
            self.person(), self.representative(), self.data_concerned(), self.correction(),
            self.grounds(), self.response(), self.enclosures(), self.fee(), self.signature())
        return [f for part in parts for f in part]


def letter_pdf(data: LetterInput, language: LetterLanguage, deterministic: bool = False) -> bytes:
    """The letter as PDF bytes. deterministic: same input, same bytes (for tests)."""
    letter = _Letter(data, language)
    buffer = io.BytesIO()
    title = " / ".join(letter.w(l).kinds[data.checklists[0].request_kind].title for l in letter.langs)
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, invariant=1 if deterministic else 0, **document_info(title))
    page_label = letter.w(letter.langs[0]).page
    doc.build(letter.flowables(), canvasmaker=numbered_canvas(page_label, MARGIN))
    return buffer.getvalue()
