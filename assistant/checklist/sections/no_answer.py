"""7. If there is no answer, or a refusal: the Act's two weeks, and where to complain."""
from __future__ import annotations

from assistant.law.localized import Localized
from assistant.records.model import ComplaintBody, is_known
from assistant.checklist.context import Context
from assistant.checklist.tree import Node, Note, Section


def _body(body: ComplaintBody) -> Note:
    parts = [body.name]
    if body.department:
        parts.append(body.department)
    if is_known(body.address):
        parts.append(("〒" + body.postal_code + " " if is_known(body.postal_code) else "")
                     + body.address)
    if body.phone:
        parts.append("tel. " + " / ".join(body.phone))
    if body.hours:
        parts.append(body.hours)
    if body.note:
        parts.append(body.note)
    lead = "The company's own desk" if body.role == "company" else \
        "Accredited personal information protection organisation"
    return Note(text=f"{lead}: " + ", ".join(parts) + ".", source="policy", quotes=body.quote)


def routes(ctx: Context) -> list[Node]:
    """Where to turn: the company's own desks, then the public ones the law data names."""
    found: list[Node] = [_body(b) for b in ctx.company.complaints]
    found += [Note(text=f"{r.name} ({r.name_ja}): tel. {r.phone}, {r.hours}. {r.note}",
                   source="law", article=r.article, quotes=r.quote)
              for r in ctx.law.complaint_routes]
    return found


def section(ctx: Context) -> Section:
    # Art. 39's two weeks before court hold only for the kinds law.yaml says (not purpose).
    prior = ctx.law.court_after(ctx.kind)
    items: list[Node] = [Note(text=prior.text + f" (APPI {prior.article})", source="law",
                              article=prior.article, quotes=prior.quote)] if prior else []
    return Section(key="no-answer", title=Localized(en="If there is no answer, or a refusal"),
                   layout="steps", items=tuple(items + routes(ctx)))
