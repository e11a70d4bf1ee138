"""The 委任状 (letter of authority): the person (委任者, who signs by hand by the 実印) authorises
the agent or lawyer (受任者) to make these requests to this company and to receive the answer.

A4, one language per page (Japanese, English or both), from the details file and the company's
name; the wording is in forms/authority/<language>.yaml. The person signs and seals the paper.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import Sequence

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Spacer
from reportlab.platypus import KeepTogether

from assistant.case.details import Details
from assistant.law.authority_wording import AuthorityWording
from assistant.law.checklist_words import japanese_article
from assistant.law.japanese_dates import written_date
from assistant.law.wording import LetterWording
from assistant.render.fonts import GOTHIC, MINCHO
from assistant.render.japanese_paragraph import JapaneseParagraph
from assistant.render.pages import document_info, markup, numbered_canvas

MARGIN = 22 * mm


class NotForThisRequester(ValueError):
    """A 委任状 is for an appointed agent or a lawyer; the message says why not here."""


def _style(name: str, font: str = MINCHO, size: float = 10.5, **extra) -> ParagraphStyle:
    extra.setdefault("rightIndent", size)
    extra.setdefault("leading", size * 1.6)
    return ParagraphStyle(name, fontName=font, fontSize=size, wordWrap="CJK", **extra)


S = {
    "title": _style("title", GOTHIC, 18, alignment=TA_CENTER, spaceAfter=8 * mm),
    "body": _style("body", spaceAfter=1.5 * mm),
    "right": _style("right", alignment=TA_RIGHT),
    "heading": _style("heading", GOTHIC, 11, spaceBefore=4 * mm, spaceAfter=1 * mm),
    "item": _style("item", leftIndent=6 * mm),
    "center": _style("center", alignment=TA_CENTER, spaceBefore=4 * mm, spaceAfter=2 * mm),
    # Room above the line to sign by hand and press the seal.
    "signature": _style("signature", leftIndent=6 * mm, spaceBefore=10 * mm),
}


@dataclass(frozen=True)
class AuthorityInput:
    """What the 委任状 is made from."""

    details: Details
    company: dict[str, str]  # the company's name by language (Japanese: its Japanese name)
    kinds: tuple[str, ...]  # in the Act's order
    articles: dict[str, str]  # by kind: 'Art. 33(1)'
    wording: dict[str, AuthorityWording]  # by language
    letters: dict[str, LetterWording]  # by language: the law's name, dates, field names
    day: date
    # Whether the seal is the registered one (実印): only where the case encloses the certificate
    # of that seal (an agent's, as the checklist lists it); a lawyer's 委任状 takes any seal.
    registered_seal: bool


def check_requester(details: Details) -> None:
    """NotForThisRequester unless an appointed agent or a lawyer acts for the person."""
    rep = details.representative
    if rep is None:
        raise NotForThisRequester("the details file names no representative: a 委任状 is for an "
                                  "agent or lawyer acting for the person (representative.capacity: "
                                  "agent or lawyer)")
    if rep.capacity not in ("agent", "lawyer"):
        raise NotForThisRequester("a legal representative acts by law, not by a 委任状: send proof of "
                                  "the right to act instead (a minor's parent: 戸籍謄本; an adult's "
                                  "guardian: 登記事項証明書), as the checklist says")


class _Authority:
    def __init__(self, data: AuthorityInput, language: str):
        self.d, self.lang = data, language
        self.w, self.lw = data.wording[language], data.letters[language]
        rep = data.details.representative
        self.kept = tuple(x for x in (data.details.requester.full_name, rep.full_name if rep else "",
                                      data.company[language]) if x)

    def p(self, text: str, style: str = "body") -> JapaneseParagraph:
        return JapaneseParagraph(markup(text), S[style], kept=self.kept)

    def field(self, key: str, value: str | None) -> list[Flowable]:
        return [self.p(f"{self.w.fields[key]}{self.lw.colon}{value}", "item")] if value else []

    def article(self, kind: str) -> str:
        cited = self.d.articles[kind]
        return self.lw.article_format.format(article=cited, number=cited.removeprefix("Art. "),
                                             article_ja=japanese_article(cited))

    def agent_name(self) -> str:
        """The agent as the 受任者 line names them: a lawyer with the bar and the number."""
        rep = self.d.details.representative
        assert rep is not None
        if rep.capacity != "lawyer":
            return rep.full_name
        form = self.w.lawyer_name if rep.bar_association else self.w.lawyer_name_no_bar
        return form.format(name=rep.full_name, bar=rep.bar_association,
                           number=rep.registration_number)

    def flowables(self) -> list[Flowable]:
        w, d = self.w, self.d.details
        rep, person, request = d.representative, d.requester, d.request
        assert rep is not None
        company = self.d.company[self.lang]
        out: list[Flowable] = [self.p(w.title, "title")]
        if w.addressee:
            out.append(self.p(w.addressee.format(company=company)))
        out += [
            self.p(w.agent_heading, "heading"),
            *self.field("address", (f"〒{rep.postal_code} " if rep.postal_code else "") + rep.address),
            *self.field("full_name", self.agent_name()),
            *self.field("phone", rep.phone),
            Spacer(1, 3 * mm),
            self.p(w.lawyer_entrust if rep.capacity == "lawyer" else w.entrust),
        ]
        if w.items_heading:
            out.append(self.p(w.items_heading, "center"))
        out += [self.p(w.matters_heading, "heading"),
                self.p(w.matters.format(company=company, law_name=self.lw.law_name), "item")]
        out += [self.p("・" + w.kind_line.format(kind=w.kinds[k], article=self.article(k)), "item")  # type: ignore[index]
                for k in self.d.kinds]
        data = [*self.lw_field("services", "、".join(request.services)),
                *self.lw_field("account_ids", "、".join(request.account_ids)),
                *self.lw_field("period", request.period)]
        if data:
            out += [self.p(w.data_heading, "heading"), *data]
        if w.end_of_document:
            out.append(self.p(w.end_of_document, "right"))
        # The date alone on its line, then the person: address and birth date printed, the name
        # left for their own hand and the registered seal (the 委任状 carries no note to them).
        out.append(KeepTogether([
            Spacer(1, 4 * mm), self.p(written_date(self.d.day, self.lw.date_format)),
            self.p(w.principal_heading, "heading"),
            *self.field("address", (f"〒{person.postal_code} " if person.postal_code else "")
                        + person.address),
            *self.field("date_of_birth", written_date(person.date_of_birth, self.lw.date_format)),
            *self.field("phone", person.phone or w.blank),
            self.p(w.signature if self.d.registered_seal else w.signature_any_seal, "signature")]))
        return out

    def lw_field(self, key: str, value: str | None) -> list[Flowable]:
        return [self.p(f"{self.lw.fields[key]}{self.lw.colon}{value}", "item")] if value else []


def authority_pdf(data: AuthorityInput, languages: Sequence[str], deterministic: bool = False) -> bytes:
    """The 委任状 as PDF bytes, each language from a page of its own."""
    check_requester(data.details)
    parts = [_Authority(data, language) for language in languages]
    buffer = io.BytesIO()
    frame = Frame(MARGIN, MARGIN, A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    title = " / ".join(part.w.title for part in parts)
    doc = BaseDocTemplate(buffer, pagesize=A4, pageTemplates=[PageTemplate("page", [frame])],
                          invariant=1 if deterministic else 0, **document_info(title))
    story: list[Flowable] = []
    for index, part in enumerate(parts):
        story += ([PageBreak()] if index else []) + part.flowables()
    doc.build(story, canvasmaker=numbered_canvas(parts[0].lw.page, MARGIN))
    return buffer.getvalue()
