"""Dates as a Japanese letter writes them: in the era (令和8年11月22日), first year as 元年."""
from __future__ import annotations

from datetime import date

# (first day, era name), newest first
_ERAS = (
    (date(2019, 5, 1), "令和"),
    (date(1989, 1, 8), "平成"),
    (date(1926, 12, 25), "昭和"),
    (date(1912, 7, 30), "大正"),
    (date(1873, 1, 1), "明治"),  # the Gregorian calendar was adopted on Meiji 6.1.1
)


def era_date(day: date) -> str:
    """'令和8年11月22日' for 2026-11-22; dates before 1873 fall back to the Western form."""
    for start, name in _ERAS:
        if day >= start:
            year = day.year - start.year + 1
            return f"{name}{'元' if year == 1 else year}年{day.month}月{day.day}日"
    return western_date_ja(day)


def western_date_ja(day: date) -> str:
    """'2026年11月22日'."""
    return f"{day.year}年{day.month}月{day.day}日"


def letter_date_ja(day: date) -> str:
    """The era date with the Western date beside it: '令和8年11月22日（2026年11月22日）'."""
    return f"{era_date(day)}（{western_date_ja(day)}）"


def letter_date_en(day: date) -> str:
    """'22 November 2026'."""
    return f"{day.day} {day:%B %Y}"


def written_date(day: date, pattern: str) -> str:
    """A date as a letter's wording (forms/letter/<language>.yaml date_format) writes it:
    {era} (令和8年11月22日), {year}, {month}, {day}, {month_name} (November), {iso}."""
    return pattern.format(era=era_date(day), year=day.year, month=day.month, day=day.day,
                          month_name=f"{day:%B}", iso=day.isoformat())
