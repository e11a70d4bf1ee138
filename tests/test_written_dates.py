"""Dates of birth as people write them (issue 22 item 4): 和暦 with the era's name or initial,
元年, slashes and dots, full-width digits; each era ends the day before the next begins."""
from __future__ import annotations

from datetime import date

import pytest

from assistant.law.japanese_dates import (
    NO_SUCH_DAY, NOT_A_DATE, NOT_IN_ERA, era_date, parse_written_date,
)


@pytest.mark.parametrize("written, day", [
    ("昭和60年4月12日", date(1985, 4, 12)), ("S60.4.12", date(1985, 4, 12)), ("s60/4/12", date(1985, 4, 12)),
    ("Ｓ６０．４．１２", date(1985, 4, 12)), ("昭和 60 年 4 月 12 日", date(1985, 4, 12)),
    ("1985/4/12", date(1985, 4, 12)), ("1985-04-12", date(1985, 4, 12)), ("1985.4.12", date(1985, 4, 12)),
    ("1985年4月12日", date(1985, 4, 12)), ("H1.1.8", date(1989, 1, 8)), ("平成元年1月8日", date(1989, 1, 8)),
    ("令和元年5月1日", date(2019, 5, 1)), ("R1.5.1", date(2019, 5, 1)), ("大正15年12月24日", date(1926, 12, 24)),
    ("昭和元年12月25日", date(1926, 12, 25)), ("明治45年7月29日", date(1912, 7, 29)),
    ("大正元年7月30日", date(1912, 7, 30)), ("昭和64年1月7日", date(1989, 1, 7)),
    ("平成31年4月30日", date(2019, 4, 30)),
])
def test_a_written_date_is_read(written, day):
    assert parse_written_date(written) == day


@pytest.mark.parametrize("written", ["昭和64年1月8日", "H1.1.7", "平成31年5月1日", "R1.4.30", "令和1年4月30日",
                                     "大正15年12月25日", "昭和元年12月24日", "明治45年7月30日", "大正元年7月29日"])
def test_a_day_outside_its_era_is_refused_with_that_reason(written):
    with pytest.raises(ValueError, match="era"):
        parse_written_date(written)
    assert "era" in NOT_IN_ERA


@pytest.mark.parametrize("written, reason", [("2000-02-30", NO_SUCH_DAY), ("S60.2.30", NO_SUCH_DAY),
                                             ("12 April", NOT_A_DATE), ("昭和0年1月1日", NOT_A_DATE),
                                             ("X60.4.12", NOT_A_DATE), ("1" * 100000, NOT_A_DATE), ("", NOT_A_DATE)])
def test_what_is_not_a_date_says_what_to_type(written, reason):
    with pytest.raises(ValueError) as error:
        parse_written_date(written)
    assert str(error.value) == reason


def test_the_era_is_written_back_for_every_era_including_meiji():
    assert era_date(date(1905, 3, 1)) == "明治38年3月1日"
    assert era_date(date(1989, 1, 7)) == "昭和64年1月7日" and era_date(date(1989, 1, 8)) == "平成元年1月8日"
    for day in (date(1912, 7, 29), date(1926, 12, 25), date(1989, 1, 8), date(2019, 5, 1), date(1985, 4, 12)):
        assert parse_written_date(era_date(day)) == day  # what is shown back reads the same


def test_the_details_take_a_written_date_of_birth():
    from assistant.case.details import Person

    person = Person(full_name="山田 太郎", address="東京都", date_of_birth="S60.4.12")
    assert person.date_of_birth == date(1985, 4, 12)
    with pytest.raises(ValueError, match="era"):
        Person(full_name="山田 太郎", address="東京都", date_of_birth="昭和64年1月8日")
