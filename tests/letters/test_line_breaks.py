"""Japanese line breaking: by phrase, with 禁則, and never inside a name, a postal code, a date,
an article, an amount or a reference number — as rules, and in the letter's PDF."""
from __future__ import annotations

import re

import pytest

from assistant.render.line_breaks import CLOSING, OPENING, break_text
from tests.render.helpers import details, letter, text_of

SENTENCES = [
    "個人情報の保護に関する法律第33条第1項に基づき、貴社が保有する私に関する保有個人データの全部を開示するよう請求します。",
    "住所：〒150-0001 東京都渋谷区神宮前1-2-3 ハイツ神宮前101",
    "生年月日：昭和60年4月12日（1985年4月12日）整理番号：20261201-nttcom-online-24cf",
    "本人確認書類の写し（運転免許証・健康保険証・マイナンバーカード・年金手帳・在留カード・パスポートのいずれか1点）",
    "手数料（貴社の定めによる1件につき1,000円）は、令和8年11月20日（2026年11月20日）に銀行振込によりお支払いしました。",
    "「開示を請求いたしたく」（法第35条第5項）「テスト」です。東京都千代田区丸の内二丁目4番1号 丸の内ビルディング28階",
]
WHOLE = ["〒150-0001", "昭和60年4月12日", "1985年4月12日", "20261201-nttcom-online-24cf", "第33条第1項",
         "1,000円", "令和8年11月20日", "法第35条第5項", "二丁目4番1号", "28階", "ハイツ神宮前101"]


@pytest.mark.parametrize("width", range(8, 41, 3))
@pytest.mark.parametrize("text", SENTENCES)
def test_no_line_ends_with_an_opening_bracket_or_starts_with_a_closing_one(text, width):
    lines = break_text(text, width, kept=["山田 太郎", "ハイツ神宮前101"])
    assert "".join(lines) == text  # nothing lost or added
    for line in lines:
        assert line[-1] not in OPENING, lines
    for line in lines[1:]:
        assert line[0] not in CLOSING and line[0] not in " \u3000", lines


@pytest.mark.parametrize("width", range(14, 41, 3))
@pytest.mark.parametrize("text", SENTENCES)
def test_names_codes_dates_articles_and_numbers_are_never_split(text, width):
    lines = break_text(text, width, kept=["ハイツ神宮前101"])
    for whole in WHOLE:
        if whole in text and len(whole) <= width:
            assert any(whole in line for line in lines), (whole, lines)


def test_a_name_longer_than_a_line_breaks_at_its_space_and_keeps_its_honorific():
    name = "NTTコム オンライン・マーケティング・ソリューション株式会社"
    lines = break_text(f"{name} 個人情報開示等請求ご担当者 様", 26, kept=[name])
    assert lines[0] == "NTTコム "
    assert not any(line.startswith("様") for line in lines)
    assert lines[-1].endswith("ご担当者 様")


def test_breaks_fall_between_phrases():
    lines = break_text(SENTENCES[0], 30)
    # BudouX's phrases: a line never ends inside a word such as 保有個人データ or 請求
    assert all(not line.endswith(("保有個", "請", "開")) for line in lines), lines


def test_in_the_letter_no_name_or_number_is_split_and_no_line_starts_with_a_closing_mark():
    long_address = "東京都渋谷区神宮前1-2-3 ハイツ神宮前101 グランドメゾン神宮前パークサイド南館1203号室"
    d = details(requester={"address": long_address, "full_name": "長谷川 慎太郎左衛門"})
    text = text_of(letter("nttcom-online", d, "ja"))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines:
        assert not re.match(r"[）」』、。・]", line), line
        assert not re.search(r"[（「『]$", line), line
    flat = "\n".join(lines)
    for whole in ["長谷川 慎太郎左衛門", "〒150-0001", "昭和60年4月12日", "第33条第1項", "1203号室",
                  # the company's name and the reference each on one line of their own (S2-3)
                  "NTTコム オンライン・マーケティング・ソリューション株式会社"]:
        assert whole in flat, whole
    assert "ソリューショ\nン" not in flat and "ハイツ神\n" not in flat


def test_a_long_reference_and_a_long_company_name_stay_on_one_line():
    text = text_of(letter("nttcom-online", details(), "ja", reference="20261201-nttcom-online-85f1d2e8"))
    lines = [line.strip() for line in text.splitlines()]
    assert "当方整理番号：20261201-nttcom-online-85f1d2e8" in lines
    assert "NTTコム オンライン・マーケティング・ソリューション株式会社" in lines
