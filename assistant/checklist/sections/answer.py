"""6. What happens next: how the company checks who asked, how and by when it answers."""
from __future__ import annotations

from assistant.law.localized import Localized
from assistant.records.model import ResponseMethods, is_known
from assistant.checklist.context import Context
from assistant.checklist.tree import Node, Note, Section
from assistant.checklist.sections.dates import dates


def methods(ctx: Context) -> list[ResponseMethods]:
    """The policy's answer-method rules for this kind of request."""
    found = ctx.company.response.methods
    return [m for m in found if ctx.applies(m.kinds)] if isinstance(found, tuple) else []


def offered(ctx: Context) -> tuple[str, ...]:
    """The answer methods the company offers for this kind, each once."""
    return tuple(dict.fromkeys(x for m in methods(ctx) for x in m.offered))


def section(ctx: Context) -> Section:
    c, labels = ctx.company, ctx.labels
    resp = c.response
    items: list[Node] = []
    if resp.identity_check is not None:
        items.append(Note(text=resp.identity_check.text, source="policy",
                          quotes=resp.identity_check.quote))
    found = methods(ctx)
    for m in found:
        names = " or ".join(labels.response_methods[x].en.lower() for x in m.offered)
        verb = "You choose how to be answered: " if m.requester_chooses else "The company answers "
        items.append(Note(text=f"{verb}{names}." + (f" {m.note}" if m.note else ""),
                          source="policy", quotes=m.quote))
    if not found:
        ctx.unknown("how the company will answer (in writing, by e-mail, electronically)")
    if ctx.law.designates_method(ctx.kind):
        designate = ctx.law.designate_method
        ctx.legal.append(Note(text=designate.text, source="law", article=designate.article,
                              quotes=designate.quote))
    if resp.delivery is not None:
        items.append(Note(text=resp.delivery.text, source="policy", quotes=resp.delivery.quote))
    if not is_known(resp.time_limit):
        ctx.unknown("how long the company takes to answer")
        items.append(Note(text="This company's time limit for the answer is not known." if ctx.law_only
                          else "The policy names no time limit for the answer.",
                          source="general-practice", warning=True))
    items += dates(ctx)
    items += [Note(text=a.text, source="policy", quotes=a.quote)
              for a in c.after_request if ctx.applies(a.kinds)]
    items += [Note(text=n.text, source="policy", quotes=n.quote)
              for n in c.notes if ctx.applies(n.kinds)]
    return Section(key="next", title=Localized(en="What happens next"), layout="steps",
                   items=tuple(items))
