"""6. What happens next: how the company checks who asked, how and by when it answers."""
from __future__ import annotations

import re

from assistant.law.localized import Localized
from assistant.records.model import ResponseMethods, is_known
from assistant.checklist.context import Context
from assistant.checklist.tree import Node, Note, Section
from assistant.checklist.sections.dates import dates

AS_A_RULE = re.compile(r"原則|in principle|as a (general )?rule", re.I)


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
    check = resp.identity_check
    if check is not None:
        items.append(Note(text=ctx.own_words(check.text, check.quote, check.text_ja),
                          source="policy", quotes=check.quote))
    found = methods(ctx)
    for m in found:
        names = ctx.words.join("sep.or", [Localized(en=labels.response_methods[x].en.lower(),
                                                    ja=labels.response_methods[x].ja)
                                          for x in m.offered])
        note = ctx.say("answer.method_note", note=ctx.record(m.note, "method_note")) if m.note else ""
        # 「原則として電磁的記録の提供により」: a rule with exceptions is said as one, never as settled
        key = "answer.you_choose" if m.requester_chooses else \
            "answer.company_answers_as_a_rule" if any(AS_A_RULE.search(q) for q in m.quote) else "answer.company_answers"
        items.append(Note(text=ctx.say(key, names=names, note=note),
                          source="policy", quotes=m.quote))
    if not found:
        ctx.unknown("answer_method")
    if ctx.law.designates_method(ctx.kind):
        designate = ctx.kind_law.designate_method or ctx.law.designate_method
        ctx.legal.append(Note(text=designate.words, source="law", article=designate.article,
                              quotes=designate.quote))
    if resp.delivery is not None:
        delivery = resp.delivery
        items.append(Note(text=ctx.own_words(delivery.text, delivery.quote, delivery.text_ja),
                          source="policy", quotes=delivery.quote))
    if not is_known(resp.time_limit):
        ctx.unknown("time_limit")
        pace = resp.pace
        if pace is not None and ctx.applies(pace.kinds):  # 「遅滞なく回答いたします」: its words, no days
            words = ctx.words.each(lambda lang: ctx.words.known(lang, f"known.pace.{pace.words.lower()}") or pace.words)
            # (an English page's words are said translated, never as if the page wrote 「遅滞なく」)
            key = "answer.own_pace_translated" if pace.words.isascii() else "answer.own_pace"
            items.append(Note(text=ctx.say(key, words=words), source="policy",
                              quotes=pace.quote))
        silent = ctx.say("answer.no_limit_law_only" if ctx.law_only else "answer.no_limit")
        # No limit of the company's, but the Act's: 遅滞なく, at the kind's own article.
        delay, article = ctx.law.answer_without_delay, ctx.kind_law.answer_duty.article
        items.append(Note(text=ctx.say("answer.without_delay", silent=ctx.unstopped(silent),
                                       text=delay.words), source="law", article=article,
                          quotes=delay.quote, warning=True))
    items += dates(ctx)
    items += [Note(text=ctx.own_words(a.text, a.quote, a.text_ja), source="policy", quotes=a.quote)
              for a in c.after_request if ctx.applies(a.kinds)]
    items += [Note(text=ctx.own_words(n.text, n.quote, n.text_ja), source="policy", quotes=n.quote)
              for n in c.notes if ctx.applies(n.kinds)]
    return Section(key="next", title=ctx.say("section.next"), layout="steps",
                   items=tuple(items))
