"""The range of every date and number that comes in: typed in the wizard, written in a details
file, a record or a draft, given on the command line. One rule each, used wherever they enter.

The program adds days to these dates (the arrival estimate, a company's business days, the
Art. 39 two weeks) and counts business days one by one. Bounded here, that arithmetic can never
leave the calendar (date.max is 9999-12-31) and never runs for long.
"""
from __future__ import annotations

from datetime import date

EARLIEST = date(1900, 1, 1)  # no date the program deals with (a birth, a policy, a letter) is older
YEARS_AHEAD = 5  # a letter may be dated, or a posting planned, a little ahead; not decades
_LAST_YEAR = 9000  # even with a clock set absurdly far ahead, dates stay far from date.max
MAX_LIMIT_DAYS = 366  # a time limit for an answer (business or calendar days): a year at most
MAX_YEN = 1_000_000  # a fee or an amount to enclose; real ones are a few hundred or thousand yen


def latest_event(today: date | None = None) -> date:
    """The last day an event (posting, arrival, the letter's date, a payment) may fall on."""
    today = today or date.today()
    return date(min(today.year + YEARS_AHEAD, _LAST_YEAR), 12, 31)


def event_date_problem(day: date, today: date | None = None) -> str | None:
    """Why this day cannot be an event's date (in words that say what to do), or None."""
    last = latest_event(today)
    if EARLIEST <= day <= last:
        return None
    return f"must be between {EARLIEST.isoformat()} and {last.isoformat()}; check the year"


def check_event_date(day: date) -> date:
    """The day, or ValueError saying why it cannot be an event's date (a pydantic validator)."""
    problem = event_date_problem(day)
    if problem:
        raise ValueError(problem)
    return day


def parse_event_date(text: str) -> date:
    """A date typed as YYYY-MM-DD, within the range above; ValueError says what to type."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"'{text.strip()[:20]}' is not a date like 2026-11-22") from None
    return check_event_date(day)


def event_date_or_none(text: str) -> date | None:
    """The typed date, or None when empty, not a date or out of range (a field shows it red)."""
    try:
        return parse_event_date(text) if text.strip() else None
    except ValueError:
        return None
