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
_FIRST_YEAR = {"明治": 1868}  # the era's year 1, where it began before its first Gregorian day


def era_date(day: date) -> str:
    """'令和8年11月22日' for 2026-11-22; dates before 1873 fall back to the Western form."""
    for start, name in _ERAS:
        if day >= start:
            year = day.year - _FIRST_YEAR.get(name, start.year) + 1
            return f"{name}{'元' if year == 1 else year}年{day.month}月{day.day}日"
    return western_date_ja(day)


def from_era(name: str, year: int, month: int, day: int) -> date | None:
    """The date of 「令和3年5月1日」 (year 1 for 元年); None for an era not known or a day no calendar has."""
    start = next((s for s, era in _ERAS if era == name), None)
    if start is None:
        return None
    try:
        return date(_FIRST_YEAR.get(name, start.year) + year - 1, month, day)
    except ValueError:
        return None


def western_date_ja(day: date) -> str:
    """'2026年11月22日'."""
    return f"{day.year}年{day.month}月{day.day}日"


def letter_date_ja(day: date) -> str:
    """A date as a Japanese letter, 委任状 or follow-up prints it: the era alone, '令和8年11月22日'
    (a business letter writes one calendar, not both)."""
    return era_date(day)


def letter_date_en(day: date) -> str:
    """'22 November 2026'."""
    return f"{day.day} {day:%B %Y}"


def written_date(day: date, pattern: str) -> str:
    """A date as a letter's wording (forms/letter/<language>.yaml date_format) writes it:
    {era} (令和8年11月22日), {year}, {month}, {day}, {month_name} (November), {iso}."""
    return pattern.format(era=era_date(day), year=day.year, month=day.month, day=day.day,
                          month_name=f"{day:%B}", iso=day.isoformat())


# -- reading a date as people write it ---------------------------------------------------------
# The era's initial as Japanese forms abbreviate it (S60.4.12), and its name (昭和60年4月12日).
_ERA_LETTERS = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}
_ERA_START = {name: start for start, name in _ERAS}
_ERA_END = {name: later for (later, _), (_, name) in zip(_ERAS, _ERAS[1:])}  # first day of the next
_WRITTEN = None  # the pattern, compiled on first use


class WrittenDateError(ValueError):
    """A date that cannot be read; the message (errors.yaml has it in Japanese) says what to fix."""


NOT_A_DATE = "write the date like 1985-04-12, 1985/4/12 or 昭和60年4月12日 (S60.4.12)"
NO_SUCH_DAY = "there is no such date; check the month and the day"
NOT_IN_ERA = "that day is not in this era (an era ends when the next begins); check the era and the year"


def parse_written_date(text: str) -> date:
    """A date as a person writes it: 1985-04-12, 1985/4/12, 1985.4.12, 1985年4月12日, or in the
    era: 昭和60年4月12日, S60.4.12, H1.1.8, 令和元年5月1日 (full-width digits too). A day outside
    its era (昭和64年1月8日 is 平成元年) is refused with a message that says so."""
    import re
    import unicodedata

    global _WRITTEN
    if _WRITTEN is None:
        names = "|".join(_ERA_START)
        # Bounded repeats and no nested quantifiers: linear in the text's length.
        _WRITTEN = re.compile(
            rf"(?:(?P<era>{names}|[MTSHR])\s{{0,2}}(?P<eyear>元|\d{{1,2}})|(?P<year>\d{{4}}))"
            r"\s{0,2}[-/.年]\s{0,2}(?P<month>\d{1,2})\s{0,2}[-/.月]\s{0,2}(?P<day>\d{1,2})\s{0,2}日?")
    written = unicodedata.normalize("NFKC", text[:40]).strip().upper() if len(text) <= 40 else ""
    found = _WRITTEN.fullmatch(written)
    if found is None:
        raise WrittenDateError(NOT_A_DATE)
    month, day = int(found["month"]), int(found["day"])
    if found["year"]:
        return _day(int(found["year"]), month, day)
    era = _ERA_LETTERS.get(found["era"], found["era"])
    era_year = 1 if found["eyear"] == "元" else int(found["eyear"])
    if era_year < 1:
        raise WrittenDateError(NOT_A_DATE)
    result = _day(_FIRST_YEAR.get(era, _ERA_START[era].year) + era_year - 1, month, day)
    if result < _ERA_START[era] or (era in _ERA_END and result >= _ERA_END[era]):
        raise WrittenDateError(NOT_IN_ERA)
    return result


def _day(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise WrittenDateError(NO_SUCH_DAY) from None
