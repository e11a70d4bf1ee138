"""Business days across Golden Week and the New Year break; the Art. 39 two weeks."""
from __future__ import annotations

from datetime import date

import pytest

from assistant.law.deadlines import add_business_days, is_business_day
from assistant.law.reference import load_law

ALL = ("weekends", "national-holidays", "year-end-break")


@pytest.mark.parametrize("start, days, closed, expected", [
    # Golden Week 2026: 29 Apr (Showa Day), 3-5 May, 6 May substitute holiday
    (date(2026, 4, 28), 14, ALL, date(2026, 5, 22)),
    (date(2026, 4, 28), 3, ALL, date(2026, 5, 7)),
    (date(2026, 4, 28), 3, ("weekends",), date(2026, 5, 1)),
    # New Year 2026/27: break 29 Dec - 3 Jan, Coming of Age Day 11 Jan 2027
    (date(2026, 12, 25), 14, ALL, date(2027, 1, 21)),
    (date(2026, 12, 25), 14, ("weekends", "national-holidays"), date(2027, 1, 18)),
    (date(2026, 12, 28), 1, ALL, date(2027, 1, 4)),
    # an ordinary week
    (date(2026, 11, 16), 5, ALL, date(2026, 11, 24)),  # 23 Nov: Labour Thanksgiving Day
])
def test_business_day_count(start, days, closed, expected):
    assert add_business_days(start, days, closed) == expected


def test_year_end_break_days_are_not_business_days():
    assert not is_business_day(date(2026, 12, 30), ALL, ("12-29", "01-03"))
    assert is_business_day(date(2026, 12, 30), ("weekends", "national-holidays"), ("12-29", "01-03"))
    assert is_business_day(date(2027, 1, 4), ALL, ("12-29", "01-03"))


def test_two_weeks_end_does_not_count_the_day_of_arrival():
    assert load_law().art39(date(2026, 4, 29)).two_weeks_end == date(2026, 5, 13)
    # Civil Code Arts. 140, 143: arrival 2 Dec, the two weeks end on 16 Dec, a suit from 17 Dec.
    assert load_law().art39(date(2026, 12, 2))[1:] == (date(2026, 12, 16), date(2026, 12, 17))


def test_each_kinds_duties_are_cited_in_japanese_as_the_act_numbers_them():
    """The Act's without-delay and refusal-notice articles per kind, as a Japanese letter cites
    them (one parser for every article; a paragraph applied by another names both)."""
    from assistant.law.reference import load_law
    law = load_law()
    expected = {
        "purpose": ("第32条第2項", "第32条第3項"),
        "disclosure": ("第33条第2項", "第33条第3項"),
        "third-party-records": ("第33条第5項において準用する同条第2項",
                                "第33条第5項において準用する同条第3項"),
        "correction": ("第34条第3項", "第34条第3項"),
        "suspension": ("第35条第7項", "第35条第7項"),
        "third-party-stop": ("第35条第7項", "第35条第7項"),
    }
    cited = {kind: (k.answer_duty.article_in("ja"), k.refusal_notice.article_in("ja"))
             for kind, k in law.request_kinds.items()}
    assert cited == expected
