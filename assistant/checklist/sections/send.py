"""5. Send it: the checks that prevent a refusal, the accepted ways of sending, proof of posting."""
from __future__ import annotations

from assistant.law.localized import Localized
from assistant.records.model import Channels, Contact
from assistant.checklist.context import Context
from assistant.checklist.tree import Check, Node, Note, Section, Step


def channels(ctx: Context) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(accepted, refused) ways of sending, as labels; both empty when the policy says nothing."""
    ch = ctx.company.channels
    if not isinstance(ch, Channels):
        return (), ()
    label = ctx.labels.channels
    return tuple(label[v].en for v in ch.accepted), tuple(label[v].en for v in ch.refused)


def checks(ctx: Context) -> list[Check]:
    return [Check(text=ctx.own_words(g.prevent, g.quote), source="policy", quotes=g.quote)
            for g in ctx.company.refusal_grounds if g.prevent and ctx.concerns(g)]


def section(ctx: Context) -> Section:
    items: list[Node] = list(checks(ctx))
    ch = ctx.company.channels
    named_method = False
    if isinstance(ch, Channels):
        label, w = ctx.labels.channels, ctx.words
        accepted = w.join("sep.ways", [label[v].words for v in ch.accepted])
        items.append(Step(text=ctx.say("send.by", ways=accepted), source="policy",
                          quotes=ch.quote))
        if ch.refused:
            refused = w.join("sep.ways", [label[v].words for v in ch.refused])
            items.append(Note(text=ctx.say("send.refused", ways=refused), source="policy",
                              quotes=ch.quote, warning=True))
        named_method = bool(set(ch.accepted) - {"post"})
        items += _where(ctx, ch)
    else:
        ctx.unknown("channels")
    # Where the policy names a tracked method, the general advice to use one is redundant.
    if ctx.by_post:  # proof of posting and tracked mail: only for what goes by post
        court = "mail:court" if ctx.law.court_after(ctx.kind) else "mail:no-court"
        items += ctx.rules_for(court, Step)
        items += ctx.rules_for("mail", Step, skip={"tracked-mail"} if named_method else ())
    return Section(key="send", title=ctx.say("section.send"), layout="steps", items=tuple(items))


# the record's ways to reach its desk, by the channel they serve
AT = {"email": "e-mail", "telephone": "phone", "online-form": "web form"}


def _where(ctx: Context, ch: Channels) -> list[Node]:
    """Where a request sent other than by post goes: the desk's e-mail address, phone or web form, as
    the record gives them (「送付方法：メール、電話」 alone named no address; a clerk's cold read)."""
    inquiries, w = ctx.company.inquiries, ctx.words
    wanted = {AT[v] for v in ch.accepted if v in AT}
    if not isinstance(inquiries, Contact) or not wanted:
        return []
    chosen = [(how, where, where_ja) for how, where, where_ja in inquiries.ways_to_ask() if how in wanted]
    ways = [w.say("ask.way", how=w.say(f"ask.how.{how}"), where=Localized(en=where, ja=where_ja))
            for how, where, where_ja in chosen]
    if not ways:
        return []
    # the sentences that give these addresses (not the desk's phone line beside an e-mail's)
    quotes = tuple(q for q in inquiries.quote if any(where in q for _, where, _ in chosen)) or inquiries.quote
    return [Step(text=ctx.say("send.where", ways=w.join("sep.parts", ways)), source="policy", quotes=quotes)]
