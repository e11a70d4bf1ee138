"""The hours the desk's phone answers, from the lines beside its number, said with the number in
the checklist; the same desk under each open question is named once, then 「同上」 (a clerk's cold
read: the number five times over, never its hours)."""
from __future__ import annotations

import pytest

from assistant.importer.extract import propose
from tests.test_import_sentences import checklist, saved

DESK = ("開示等のご請求は、下記窓口までご郵送ください。\n【個人情報の取扱いに関するお問い合わせ窓口】\n"
        "東京都新宿区百人町2-20-2\n電話番号 03-6302-1223\n")


@pytest.mark.parametrize("lines, hours", [
    ("受付時間 月曜日から金曜日 10時から18時まで\n(12月31日から1月2日まで、土・日及び祝日を除きます。)\n",
     "月曜日から金曜日 10時から18時まで(12月31日から1月2日まで、土・日及び祝日を除きます。)"),
    ("受付時間：\n9:30~12:00 13:00~17:00\n", "9:30~12:00 13:00~17:00"),
    ("【受付時間】平日10:00〜18:00\n", "平日10:00〜18:00"),
])
def test_the_hours_under_the_number_are_read(lines, hours):
    found = [f for f in propose("開示等の請求について\n" + DESK + lines).facts if f.field == "inquiries.hours"]
    assert [f.value for f in found] == [hours]


def test_the_hours_in_the_numbers_brackets_are_read():
    text = "開示等の請求について\n開示等のご請求は下記までご連絡ください。\nTEL：03-5428-5561（受付時間 平日10:00-17:00）\n"
    assert [f.value for f in propose(text).facts if f.field == "inquiries.hours"] == ["平日10:00-17:00"]


@pytest.mark.parametrize("lines", [
    "受付時間 お問い合わせフォームは24時間受け付けております\n",  # no time of day
    "\n\n\n\n受付時間 平日10:00〜18:00\n",  # far below the number: another desk's
])
def test_no_hours_without_a_time_near_the_number(lines):
    assert not [f for f in propose("開示等の請求について\n" + DESK + lines).facts if f.field == "inquiries.hours"]


def test_the_checklist_names_the_hours_once(tmp_path):
    data = saved(tmp_path, DESK + "受付時間 平日10:00〜18:00\n")
    assert data["inquiries"]["hours"] == "平日10:00〜18:00"
    text = checklist(tmp_path)
    assert text.count("電話：03-6302-1223（受付時間：平日10:00〜18:00）") == 1
    assert "問い合わせ先：同上" in text
    english = checklist(tmp_path, language="en")
    assert "phone: 03-6302-1223 (hours: 平日10:00〜18:00)" in english and "Ask: as above" in english
