"""3. Pay the fee: what the policy charges, how and when to pay, and what else costs money."""
from __future__ import annotations

import re
from datetime import date

from assistant.records.model import Channels, Fee as FeeRule, is_known
from assistant.checklist.context import Context
from assistant.checklist.enclosures import return_postage
from assistant.checklist.tree import Enclosure, Fee, Node, Note, Section, Step



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
    # An amount the policy does not give, or only may charge, stays None: no summary or letter states one.
    amount = found.amount_yen if is_known(found.amount_yen) and not found.sometimes else None
    return Fee(status="charged", amount_yen=amount, per=found.per,
               pay_when=None if found.pay_when == "unknown" else found.pay_when)


# the sentences of the channels' quotes that speak of postage (the others say how to send)
POSTAGE_WORDS = re.compile(r"郵便料金|郵送料|郵送費|送付料|送料|postage", re.I)


def _postage_quotes(quotes: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(q for q in quotes if POSTAGE_WORDS.search(q)) or quotes


def _still_to_pay(ctx: Context) -> list[Node]:
    if not ctx.by_post:
        return []
    extras = [e for e in ctx.company.enclosures if ctx.applies(e.kinds) and e.amount_yen]
    # What the policy's enclosures cost is on the list of what goes in the envelope; here only
    # whether the policy's amount is still Japan Post's fee.
    # 「※郵便料金はお客様のご負担となります」: the company's rule, said with its words (a cold read
    # found it labelled a general practice)
    ch = ctx.company.channels
    items: list[Node] = [Step(text=ctx.say("fee.postage_policy", postage=ctx.record(ch.postage, "postage")),
                              source="policy", quotes=_postage_quotes(ch.quote))] \
        if isinstance(ch, Channels) and ch.postage else [Step(text=ctx.say("fee.postage"), source="general-practice")]
    for e in extras:
        now = return_postage(ctx, e)
        if now is not None and now != e.amount_yen:  # the policy's amount is out of date
            fees = ctx.law.postal_fees
            parts = [ctx.say("fee.postage_item", name=ctx.say(f"postal.{item}"),
                             amount=ctx.words.yen(fees.yen[item])) for item in e.postage]
            unchecked = "" if fees.confirmed(date.today()) else ctx.say("fee.postage_unchecked")
            items.append(Note(text=ctx.say(
                "fee.postage_now", amount=ctx.words.yen(e.amount_yen), now=ctx.words.yen(now),
                effective=ctx.words.day(fees.effective, "date.short"),
                items=ctx.words.join("sep.and", parts), check=unchecked),
                source="general-practice", warning=True))
    return items


def _not_stated(ctx: Context) -> list[Node]:
    fees = ctx.law.fees
    if not ctx.law.fee_allowed(ctx.kind):
        return [Note(text=ctx.say("fee.none_due", act=ctx.words.article(fees.article)),
                     source="law", article=fees.article, quotes=fees.quote)]
    ctx.unknown("fee")
    # The policy's silence is a fact about the record, not a practice: it is said with the Act's
    # rule on fees beside it (never labelled general practice, a cold read took it for a rule).
    silent = ctx.say("fee.unknown_law_only" if ctx.law_only else "fee.not_stated")
    bare = ctx.words.each(lambda lang: fees.words.text(lang).rstrip("。."))  # the template stops it
    return [Step(text=ctx.say("fee.unknown", silent=ctx.unstopped(silent), law=bare,
                              act=ctx.words.article(fees.article)),
                 source="law", article=fees.article, quotes=fees.quote, warning=True)]


def _charged(ctx: Context, found: FeeRule) -> list[Node]:
    fees = ctx.law.fees
    if not ctx.law.fee_allowed(ctx.kind):  # no fee step: Art. 38 allows none for this kind
        return [Note(text=ctx.say("fee.not_allowed", act=ctx.words.article(fees.article)),
                     source="law", article=fees.article, quotes=fees.quote, warning=True)]
    per = ctx.say("fee.per", per=ctx.record(found.per, "per")) if found.per else ""
    if is_known(found.amount_yen):
        amount = ctx.words.yen(found.amount_yen)
        # 「…手数料を申し受ける場合があります」: a fee the company may charge, said as such and to ask
        items: list[Node] = [Step(text=ctx.say("fee.amount_sometimes" if found.sometimes else "fee.amount",
                                               amount=amount, per=per),
                                  source="policy", quotes=found.quote, warning=found.sometimes)]
    else:  # charged, amount not given: a fact to check, never a figure
        amount = ctx.say("fee.amount_to_ask")
        ctx.unknown("fee_amount")
        items = [Step(text=ctx.say("fee.amount_unknown", per=per), source="policy",
                      quotes=found.quote, warning=True)]
    if is_known(found.payment):
        items.append(Step(text=ctx.say("fee.how", how=ctx.record(found.payment, "payment")),
                          source="policy", quotes=found.quote))
    else:
        ctx.unknown("fee_payment")
    if found.pay_when != "unknown":
        items.append(Step(text=ctx.say(f"fee.when.{found.pay_when}"), source="policy",
                          quotes=found.quote))
    refused = [g for g in ctx.company.refusal_grounds if "fee" in g.ground.lower()]
    if found.pay_when == "before-sending":  # said first, above everything: pay, then send
        ctx.legal.append(Note(text=ctx.say("fee.pay_first", amount=amount),
                              source="policy", warning=True,
                              quotes=found.quote + tuple(q for g in refused for q in g.quote)))
    if found.pay_when == "with-request":
        # what goes in the envelope: never plain cash (「窓口への来訪による請求の場合は現金」: paid at the
        # counter; cash is posted only by 現金書留, its own payment word)
        posted = " or ".join(p for p in found.payment.split(" or ") if p.strip() != "cash") \
            if is_known(found.payment) else ""
        how = ctx.record(posted, "payment") if posted else ""
        key = "packing.fee" if is_known(found.amount_yen) else \
            "packing.fee_to_ask" if how else "packing.fee_to_ask_plain"
        ctx.packing.append(Enclosure(text=ctx.say(key, amount=amount, how=how),
                                     source="policy", quotes=found.quote))
    return items


def section(ctx: Context) -> Section:
    found = rule(ctx)
    if found is None:
        items = _not_stated(ctx)
    elif found.amount_yen == 0:
        items = [Note(text=ctx.say("fee.free"), source="policy", quotes=found.quote)]
    else:
        items = _charged(ctx, found)
    return Section(key="fee", title=ctx.say("section.fee"), layout="steps",
                   items=tuple(items + _still_to_pay(ctx)))
