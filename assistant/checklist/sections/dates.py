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


def _company(ctx: Context, limit: TimeLimit, arrived: date, assumed: list[Note]) -> DateItem:
    """The date the company's stated time limit runs out, counted from arrival."""
    year_end = (ctx.law.year_end_break.start, ctx.law.year_end_break.end)
    if limit.business_days:
        day = deadlines.add_business_days(arrived, limit.business_days, limit.closed, year_end)
        unit = f"{limit.business_days} business days"
        skipped = " and ".join(CLOSED[c] for c in limit.closed)
        unit += f" (not counting {skipped})" if skipped else ""
    else:
        day = arrived + timedelta(days=limit.calendar_days or 0)
        unit = f"{limit.calendar_days} days"
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


def dates(ctx: Context) -> list[DateItem]:
    """The dates, once a posting or arrival date is known; none before."""
    sent, arrived = ctx.options.sent_on, ctx.options.arrived_on
    if sent is None and arrived is None:
        return []
    assumed: list[Note] = []
    if arrived is None:
        arrived = deadlines.estimated_arrival(sent)  # type: ignore[arg-type]
        assumed.append(_assumed(f"Assumes the request arrives on {arrived.day} {arrived:%B %Y}, two "
                                "days after posting; use the date on the delivery record when you "
                                "have it."))
    found: list[DateItem] = []
    limit = ctx.company.response.time_limit
    if isinstance(limit, TimeLimit):
        found.append(_company(ctx, limit, arrived, assumed))
    court = _court(ctx, arrived, assumed)
    return found + ([court] if court else [])
