"""7. If there is no answer, or a refusal: the Act's two weeks, and where to complain."""
from __future__ import annotations

from assistant.law.localized import FALLBACK, Localized
from assistant.records.model import ComplaintBody, is_known
from assistant.records.patterns import domestic_phone
from assistant.checklist.context import Context
from assistant.checklist.tree import Node, Note, Section


def _body(ctx: Context, body: ComplaintBody) -> Note:
    """A desk's name, department, address and phone: in Japanese output as the body writes them
    in Japanese (a company's own desk by the company's Japanese name), a phone as dialled in
    Japan, never an English name or address inside a Japanese sentence. Its hours and notes are
    the record's own English, said in other languages by the policy's words quoted below."""
    w = ctx.words
    own = ctx.company.name_ja if body.role == "company" else None
    name_ja = body.name_ja or own
    parts: list[Localized] = [Localized(en=body.name, ja=name_ja or body.name)]
    if body.department:  # in Japanese as the body writes it, else a known phrase or a pointer
        parts.append(Localized(en=body.department, ja=body.department_ja) if body.department_ja
                     else ctx.record(body.department, "department"))
    if is_known(body.address):
        code = "〒" + body.postal_code + " " if is_known(body.postal_code) else ""
        parts.append(Localized(en=code + body.address,
                               ja=code + body.address_ja if body.address_ja else ""))
    if body.phone:
        parts.append(w.each(lambda lang: w.format(lang, "no_answer.phone", phone=" / ".join(
            body.phone if lang == FALLBACK else map(domestic_phone, body.phone)))))
    more = [x for x in (body.hours, body.note) if x]
    if more:  # in English as the record says it; in another language, one pointer to the quote
        parts.append(ctx.record(", ".join(more), "desk_more"))
    lead = ctx.say("no_answer.company_desk" if body.role == "company" else "no_answer.accredited")
    # A part with no text in a language (an address without its Japanese form) is left out.
    joined = w.each(lambda lang: w.template(lang, "sep.parts").join(
        text for text in (p.text(lang) for p in parts) if text))
    return Note(text=ctx.say("no_answer.desk", lead=lead, parts=joined),
                source="policy", quotes=body.quote)


def routes(ctx: Context) -> list[Node]:
    """Where to turn: the company's own desks, then the public ones the law data names."""
    found: list[Node] = [_body(ctx, b) for b in ctx.company.complaints]
    found += [Note(text=ctx.say("no_answer.route", name=Localized(en=f"{r.name} ({r.name_ja})", ja=r.name_ja),
                                phone=r.phone,
                                hours=Localized(en=r.hours, ja=r.hours_ja),  # type: ignore[arg-type]
                                note=Localized(en=r.note, ja=r.note_ja)),  # type: ignore[arg-type]
                   source="law", article=r.article, quotes=r.quote)
              for r in ctx.law.complaint_routes]
    return found


def section(ctx: Context) -> Section:
    # Art. 39's two weeks before court hold only for the kinds law.yaml says (not purpose).
    prior = ctx.law.court_after(ctx.kind)
    items: list[Node] = [Note(text=ctx.say("no_answer.prior", text=ctx.unstopped(prior.words),
                                           act=ctx.words.article(prior.article)),
                              source="law", article=prior.article, quotes=prior.quote)] if prior else []
    if prior and ctx.company.contact_first is not None:  # (a cold read: the call for the form starts nothing)
        items.append(Note(text=ctx.say("no_answer.first_contact"), source="law", article=prior.article,
                          quotes=prior.quote))
    return Section(key="no-answer", title=ctx.say("section.no_answer"),
                   layout="steps", items=tuple(items + routes(ctx)))
