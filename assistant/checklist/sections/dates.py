"""The dates that follow from the posting or arrival date: the company's own time limit, and the
day the Act lets the person go to court. What they assume is said as items of their own."""
from __future__ import annotations

import re
from datetime import date, timedelta

from assistant.law import deadlines
from assistant.law.localized import Localized
from assistant.records.model import TimeLimit
from assistant.checklist.context import Context
from assistant.checklist.tree import DateItem, Note


def _assumed(text: Localized) -> Note:
    return Note(text=text, source="general-practice", assumption=True)


def _unit(ctx: Context, limit: TimeLimit) -> Localized:
    """The company's time limit in words: '14 business days (not counting weekends…)'."""
    if limit.business_days:
        skipped = ctx.words.join("sep.and", [ctx.say(f"dates.closed.{c}") for c in limit.closed])
        # (「3営業日以内」 alone: which days are closed is our assumption, not the company's rule)
        key = "dates.skipped" if any(CLOSED_NAMED.search(q) for q in limit.quote) else "dates.skipped_assumed"
        return ctx.say("dates.business_days", days=limit.business_days,
                       skipped=ctx.say(key, skipped=skipped) if limit.closed else "")
    return ctx.say("dates.calendar_days", days=limit.calendar_days)


# the policy's own words on the days it does not count (else our count's are an assumption)
CLOSED_NAMED = re.compile(r"土|日曜|祝|休業|休日|年末|営業日は|weekend|holiday|saturday|sunday|non-business", re.I)


# 「原則として2週間以内に回答いたします」: a limit with exceptions is said as one, never as settled (a cold
# read); 原則 before the number only (「…（3営業日以内）実施し、原則として書面にて回答」 is the method's rule)
LIMIT_AS_A_RULE = re.compile(r"原則(として|的に)?[、,]?[^。\d]{0,20}\d|in principle|as a (general )?rule", re.I)


def _rule(limit: TimeLimit, key: str) -> str:
    return f"{key}_as_a_rule" if any(LIMIT_AS_A_RULE.search(q) for q in limit.quote) else key


def in_words(ctx: Context, limit: TimeLimit) -> Note:
    """The company's own time limit before any date is known: said in words, not left out."""
    return Note(text=ctx.say(_rule(limit, "dates.limit"), unit=_unit(ctx, limit),
                             start=ctx.record(limit.counted_from, "counted_from")),
                source="policy", quotes=limit.quote)


def _company(ctx: Context, limit: TimeLimit, arrived: date, assumed: list[Note]) -> DateItem:
    """The date the company's stated time limit runs out, counted from arrival."""
    year_end = (ctx.law.year_end_break.start, ctx.law.year_end_break.end)
    if limit.business_days:
        day = deadlines.add_business_days(arrived, limit.business_days, limit.closed, year_end)
    else:
        day = arrived + timedelta(days=limit.calendar_days or 0)
    if "year-end-break" in limit.closed:
        note = ctx.law.year_end_break
        assumed = assumed + [_assumed(Localized(en=note.note, ja=note.note_ja))]  # type: ignore[arg-type]
    return DateItem(text=ctx.say(_rule(limit, "dates.due"), day=ctx.words.day(day), unit=_unit(ctx, limit),
                                 start=ctx.record(limit.counted_from, "counted_from")),
                    day=day, source="policy", quotes=limit.quote, children=tuple(assumed))


def _court(ctx: Context, arrived: date, assumed: list[Note]) -> DateItem | None:
    rule = ctx.law.court_after(ctx.kind)
    if rule is None:
        return None
    end, day = ctx.law.art39(arrived)[1:]
    return DateItem(text=ctx.say("dates.court", day=ctx.words.day(day),
                                 end=ctx.words.day(end, "date.short"),
                                 act=ctx.words.article(rule.article)),
                    day=day, source="law", article=rule.article, quotes=rule.quote,
                    children=tuple(assumed))


def dates(ctx: Context) -> list[DateItem | Note]:
    """The dates, once a posting or arrival date is known; before, the company's limit in words."""
    sent, arrived = ctx.options.sent_on, ctx.options.arrived_on
    limit = ctx.company.response.time_limit
    if sent is None and arrived is None:
        return [in_words(ctx, limit)] if isinstance(limit, TimeLimit) else []
    assumed: list[Note] = []
    if arrived is None:
        arrived = deadlines.estimated_arrival(sent)  # type: ignore[arg-type]
        assumed.append(_assumed(ctx.say("dates.arrival", day=ctx.words.day(arrived, "date.short"))))
    found: list[DateItem] = []
    if isinstance(limit, TimeLimit):
        found.append(_company(ctx, limit, arrived, assumed))
    court = _court(ctx, arrived, assumed)
    return [*found, *([court] if court else [])]
