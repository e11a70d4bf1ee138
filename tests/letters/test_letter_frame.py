"""The letter's frame as a Japanese desk reads it: one calendar, the greeting and さて, no
差出人 heading, a hand signature on the request and none on a cover letter, who a representative
is and where the answer goes, and a header on a later page (review findings S1-9, S1-11, S2-1,
S2-2, S3-1, S3-2, S3-5, S3-6, S3-7, S3-12)."""
from __future__ import annotations

from datetime import date

import pytest

from assistant.followup.wording import letter_date
from tests.render.helpers import details, letter, letter_pages, pages_of, squash, text_of

REPRESENTATIVES = {
    "agent": ({"capacity": "agent", "full_name": "高橋 美咲", "address": "東京都港区芝公園4-2-8",
               "phone": "090-8765-4321", "email": "misaki@example.jp"},
              "山田太郎 代理人　高橋 美咲", "私は、下記本人から委任を受けた代理人として、",
              "本件に関するご連絡及び開示の結果は、下記代理人宛てにお送りください。"),
    "legal-representative-minor": (
        {"capacity": "legal-representative-minor", "full_name": "山田 一郎", "address": "東京都渋谷区神宮前1-2-3",
         "phone": "090-2222-3333"},
        "山田太郎 法定代理人親権者　山田 一郎", "私は、下記本人の法定代理人（親権者）として、",
        "本件に関するご連絡及び開示の結果は、下記代理人宛てにお送りください。"),
    "legal-representative-ward": (
        {"capacity": "legal-representative-ward", "full_name": "鈴木 次郎", "address": "東京都新宿区新宿3-1-1",
         "phone": "03-1111-2222"},
        "山田太郎 成年後見人　鈴木 次郎", "私は、下記本人の成年後見人として、",
        "本件に関するご連絡及び開示の結果は、下記代理人宛てにお送りください。"),
    "lawyer": ({"capacity": "lawyer", "full_name": "田中 誠", "address": "東京都千代田区霞が関1-1-3",
                "phone": "03-3581-0000", "registration_number": "45678",
                "bar_association": "第二東京弁護士会"},
               "山田太郎 代理人弁護士　田中 誠（第二東京弁護士会所属）",
               "当職は、下記本人から委任を受けた代理人弁護士として、",
               "本件に関するご連絡及び開示の結果は、当職宛てにお送りください。"),
}


def test_dates_in_one_calendar_the_greeting_and_no_sender_heading():
    text = text_of(letter("nttcom-online", details()))
    flat = squash(text)
    assert "令和8年11月22日" in flat and "昭和60年4月12日" in flat
    assert "（2026年" not in flat and "（1985年" not in flat  # S3-1: no Western date beside it
    assert "拝啓貴社ますますご清栄のこととお慶び申し上げます。さて、個人情報の保護に関する法律" in flat  # S3-2
    assert "時下" not in flat and "差出人" not in flat  # S3-6
    assert "(1)本人確認書類の写し" in flat  # S3-5: sub-items (1), (2) under a numbered item
    # the follow-ups date their letters with the same helper
    assert letter_date(date(2026, 12, 16), "ja") == "令和8年12月16日"


def test_the_request_itself_is_signed_by_hand_its_name_not_printed_in_the_box():
    flat = squash(text_of(letter("nttcom-online", details())))  # no company form: the request
    assert "上記のとおり請求します。署名（自署）印以上" in flat
    assert "署名・押印" not in flat


def test_a_cover_letter_for_the_company_s_form_is_not_signed_and_lets_the_form_prevail():
    flat = squash(text_of(letter("persol-career", details())))
    assert "保有個人データ開示請求書の送付について" in flat
    assert "なお、本状と同封の貴社所定の請求書" in flat
    assert "の記載に相違がある場合は、同封の請求書の記載によりお取り扱いください。" in flat
    # what the form has no field for (how to disclose, the period) still stands as this letter says
    assert "同封の請求書に記載欄のない事項については、本状の記載によりお取り扱いください。" in flat
    assert "上記のとおり請求します" not in flat and "署名" not in flat
    english = " ".join(text_of(letter("persol-career", details(), "en")).split())
    assert "please follow the form" in english and "Signature" not in english


@pytest.mark.parametrize("capacity", REPRESENTATIVES)
def test_a_representative_shows_capacity_and_receives_contact_and_results(capacity):
    rep, sender, opening, reply = REPRESENTATIVES[capacity]
    text = text_of(letter("nttcom-online", details(representative=rep)))
    lines = [line.strip() for line in text.splitlines()]
    flat = squash(text)
    assert squash(sender) in flat, sender  # S1-11, S3-7: 山田太郎 代理人 …
    assert "さて、" + opening in flat and reply in flat  # S3-12, S1-11
    assert "本人に代わり" not in flat
    # the desk contacts the representative: the person's own telephone and e-mail are not printed
    assert "090-1234-5678" not in flat and "taro@example.jp" not in flat
    assert rep["phone"] in flat
    if capacity == "lawyer":
        assert "所属弁護士会：第二東京弁護士会" in lines and "私は" not in flat


def test_the_person_s_letter_has_no_reply_line_and_keeps_the_person_s_contact():
    flat = squash(text_of(letter("nttcom-online", details())))
    assert "宛てにお送りください" not in flat
    assert "090-1234-5678" in flat and "taro@example.jp" in flat


def test_english_sender_and_reply_for_a_representative():
    rep = REPRESENTATIVES["lawyer"][0]
    english = " ".join(text_of(letter("nttcom-online", details(representative=rep), "en")).split())
    assert "田中 誠 (第二東京弁護士会), lawyer for 山田太郎" in english
    assert "Please send all communications about this request and the disclosure to me." in english
    assert "From" not in english.split("Re:")[0]


def test_a_later_page_names_the_person_the_letter_and_the_reference():
    rep = REPRESENTATIVES["lawyer"][0]
    d = details(representative=rep)
    pages = pages_of(letter("leverages", d, reference="20261122-leverages-68254bf6"))
    assert len(pages) == 2
    header = "山田 太郎　保有個人データ開示請求書の送付について（当方整理番号：20261122-leverages-68254bf6）　2/2"
    assert squash(header) in squash(pages[1]) and squash(header) not in squash(pages[0])
    japanese, english = letter_pages("leverages", d, reference="20261122-leverages-68254bf6")
    assert "(Our reference: 20261122-leverages-68254bf6) — 2/2" in " ".join(english.split())
