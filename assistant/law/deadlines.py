"""Dates: a company's business-day time limit, and the APPI Art. 39 two weeks.

Japanese national holidays (including substitute holidays) come from the `holidays` package; the
year-end break, which policies name without dates, is passed in from resources/law.yaml.
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, NamedTuple

if TYPE_CHECKING:
    import holidays


@lru_cache(maxsize=1)
def _japan() -> "holidays.HolidayBase":
    # Years are filled in on first lookup, so one object serves any date. Imported here: a
    # checklist without dates (most commands) need not load every country's calendar.
    import holidays

    return holidays.country_holidays("JP")


def in_year_end_break(day: date, start: str, end: str) -> bool:
    """True if day falls in a break from MM-DD `start` (December) to MM-DD `end` (January)."""
    stamp = day.strftime("%m-%d")
    return stamp >= start or stamp <= end


def is_business_day(day: date, closed: Iterable[str], year_end: tuple[str, str]) -> bool:
    """Whether the company works on this day, given the kinds of days its policy says it is closed."""
    closed = set(closed)
    if "weekends" in closed and day.weekday() >= 5:
        return False
    if "national-holidays" in closed and day in _japan():
        return False
    if "year-end-break" in closed and in_year_end_break(day, *year_end):
        return False
    return True


def add_business_days(start: date, count: int, closed: Iterable[str],
                      year_end: tuple[str, str] = ("12-29", "01-03")) -> date:
    """The count-th business day after start (start itself is not counted).

    "Within 14 business days of receipt" ends on the 14th business day after the day of receipt.
    """
    closed = tuple(closed)
    day, left = start, count
    while left > 0:
        day += timedelta(days=1)
        if is_business_day(day, closed, year_end):
            left -= 1
    return day


def holiday_name(day: date) -> str | None:
    """The name of the Japanese national holiday on this day, if any."""
    return _japan().get(day)


class Art39(NamedTuple):
    """The dates APPI Art. 39(1) gives for one arrival."""

    arrived: date
    two_weeks_end: date  # the last day of the two weeks (they end when it ends)
    suit_from: date  # the first day a suit is possible without a refusal


def art39(arrival: date, days: int) -> Art39:
    """The Art. 39 dates for a request that arrived on `arrival` (`days`: law.yaml's
    prior_request.days; Law.art39 passes them), counted as the Civil Code counts: the day of
    arrival is not counted (Art. 140) and the period ends at the end of its last day
    (Art. 143(2)). Arrival 2 Dec: the two weeks end on 16 Dec, a suit is possible from 17 Dec.
    Every document takes these dates from here."""
    end = arrival + timedelta(days=days)
    return Art39(arrival, end, end + timedelta(days=1))


def estimated_arrival(sent_on: date) -> date:
    """A cautious guess at delivery when only the posting date is known: two days later.

    Registered mail within Japan usually arrives in one or two days; the delivery record gives
    the real date, and the checklist says to use it.
    """
    return sent_on + timedelta(days=2)
