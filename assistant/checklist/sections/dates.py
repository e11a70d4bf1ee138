"""The dates that follow from the posting or arrival date: the company's own time limit, and the
day the Act lets the person go to court. What they assume is said as items of their own."""
from __future__ import annotations

from datetime import date, timedelta

from assistant.law import deadlines
from assistant.records.model import TimeLimit
from assistant.checklist.context import Context, long_date
from assistant.checklist.tree import DateItem, Note

CLOSED = {"weekends": "weekends", "national-holidays": "national holidays",
          "year-end-break": "the year-end break"}


def _assumed(text: str) -> Note:
    return Note(text=text, source="general-practice", assumption=True)


def _unit(limit: TimeLimit) -> str:
    """The company's time limit in words: '14 business days (not counting weekends…)'."""
    if limit.business_days:
        skipped = " and ".join(CLOSED[c] for c in limit.closed)
        return f"{limit.business_days} business days" + (f" (not counting {skipped})" if skipped else "")
    return f"{limit.calendar_days} days"


def in_words(limit: TimeLimit) -> Note:
    """The company's own time limit before any date is known: said in words, not left out."""
    return Note(text=f"The company answers within {_unit(limit)} from {limit.counted_from}.",
                source="policy", quotes=limit.quote)


def _company(ctx: Context, limit: TimeLimit, arrived: date, assumed: list[Note]) -> DateItem:
    """The date the company's stated time limit runs out, counted from arrival."""
    year_end = (ctx.law.year_end_break.start, ctx.law.year_end_break.end)
    if limit.business_days:
        day = deadlines.add_business_days(arrived, limit.business_days, limit.closed, year_end)
    else:
        day = arrived + timedelta(days=limit.calendar_days or 0)
    unit = _unit(limit)
    if "year-end-break" in limit.closed:
        assumed = assumed + [_assumed(ctx.law.year_end_break.note)]
    return DateItem(text=f"The company's answer is due by: {long_date(day)}. "
                         f"{unit} from {limit.counted_from}.",
                    day=day, source="policy", quotes=limit.quote, children=tuple(assumed))


def _court(ctx: Context, arrived: date, assumed: list[Note]) -> DateItem | None:
    rule = ctx.law.court_after(ctx.kind)
    if rule is None:
        return None
    end = deadlines.two_weeks_end(arrived)
    day = end + timedelta(days=1)
    return DateItem(text=f"If unanswered, court is possible from: {long_date(day)}. Two weeks after "
                         f"the request reached the company end on {end.day} {end:%B %Y} "
                         f"(APPI {rule.article}); information, not legal advice.",
                    day=day, source="law", article=rule.article, quotes=rule.quote,
                    children=tuple(assumed))


def dates(ctx: Context) -> list[DateItem | Note]:
    """The dates, once a posting or arrival date is known; before, the company's limit in words."""
    sent, arrived = ctx.options.sent_on, ctx.options.arrived_on
    limit = ctx.company.response.time_limit
    if sent is None and arrived is None:
        return [in_words(limit)] if isinstance(limit, TimeLimit) else []
    assumed: list[Note] = []
    if arrived is None:
        arrived = deadlines.estimated_arrival(sent)  # type: ignore[arg-type]
        assumed.append(_assumed(f"Assumes the request arrives on {arrived.day} {arrived:%B %Y}, two "
                                "days after posting; use the date on the delivery record when you "
                                "have it."))
    found: list[DateItem] = []
    if isinstance(limit, TimeLimit):
        found.append(_company(ctx, limit, arrived, assumed))
    court = _court(ctx, arrived, assumed)
    return [*found, *([court] if court else [])]
