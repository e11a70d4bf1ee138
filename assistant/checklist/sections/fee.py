"""3. Pay the fee: what the policy charges, how and when to pay, and what else costs money."""
from __future__ import annotations

from assistant.law.localized import Localized
from assistant.records.model import Fee as FeeRule, is_known
from assistant.checklist.context import Context, yen
from assistant.checklist.tree import Fee, Node, Note, Section, Step

WHEN = {"before-sending": "Pay before you send the request.",
        "with-request": "Enclose the payment with the request.",
        "on-notice": "Pay when the company tells you to."}


def rule(ctx: Context) -> FeeRule | None:
    """The policy's fee rule for this kind of request, if it states one."""
    fees = ctx.company.fees if isinstance(ctx.company.fees, tuple) else ()
    return next((f for f in fees if ctx.applies(f.kinds)), None)


def facts(ctx: Context) -> Fee:
    """The fee in short, for the checklist's header."""
    found = rule(ctx)
    if found is None:
        return Fee(status="not-stated")
    if found.amount_yen == 0:
        return Fee(status="none", amount_yen=0)
    return Fee(status="charged", amount_yen=found.amount_yen, per=found.per,
               pay_when=None if found.pay_when == "unknown" else found.pay_when)


def _still_to_pay(ctx: Context) -> list[Node]:
    if not ctx.by_post:
        return []
    extras = [e for e in ctx.company.enclosures if ctx.applies(e.kinds) and e.amount_yen]
    return [Step(text=f"You still pay postage, and {yen(e.amount_yen)} for: {e.item}.",
                 source="policy", quotes=e.quote) for e in extras] or \
           [Step(text="You still pay the postage for sending your request.",
                 source="general-practice")]


def _not_stated(ctx: Context) -> list[Node]:
    ctx.unknown("whether a fee is charged for this request, and how to pay it")
    items: list[Node] = [Step(text="The company's fee, if any, is not known; ask the company before "
                                   "you send anything." if ctx.law_only else
                                   "The policy names no fee for this request; ask the company "
                                   "before you send anything.",
                              source="general-practice", warning=True)]
    fees = ctx.law.fees
    if ctx.law_only and ctx.law.fee_allowed(ctx.kind):
        items.append(Note(text=f"{fees.text} (APPI {fees.article})", source="law",
                          article=fees.article, quotes=fees.quote))
    if not ctx.law.fee_allowed(ctx.kind):
        items.append(Note(text=f"Under APPI {fees.article}, fees are provided for only "
                               "notification of purpose and disclosure, so none should be due for "
                               "this request.", source="law", article=fees.article,
                          quotes=fees.quote))
    return items


def _charged(ctx: Context, found: FeeRule) -> list[Node]:
    per = f" per {found.per}" if found.per else ""
    items: list[Node] = [Step(text=f"Fee: {yen(found.amount_yen)}{per}.", source="policy",
                              quotes=found.quote)]
    if is_known(found.payment):
        items.append(Step(text=f"How to pay: {found.payment}.", source="policy", quotes=found.quote))
    else:
        ctx.unknown("how to pay the fee")
    if found.pay_when != "unknown":
        items.append(Step(text=WHEN[found.pay_when], source="policy", quotes=found.quote))
    fees = ctx.law.fees
    if not ctx.law.fee_allowed(ctx.kind):
        ctx.legal.append(Note(
            text=f"The policy asks a fee for this kind of request, but APPI {fees.article} provides "
                 "for fees only for notification of purpose and disclosure (information, not legal "
                 "advice).", source="law", article=fees.article, quotes=fees.quote, warning=True))
    return items


def section(ctx: Context) -> Section:
    found = rule(ctx)
    if found is None:
        items = _not_stated(ctx)
    elif found.amount_yen == 0:
        items = [Note(text="No fee.", source="policy", quotes=found.quote)]
    else:
        items = _charged(ctx, found)
    return Section(key="fee", title=Localized(en="Pay the fee"), layout="steps",
                   items=tuple(items + _still_to_pay(ctx)))
