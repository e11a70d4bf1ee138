"""For a queue of callers (issue 22 item 4): file names from the person, company, day and kinds,
safe on every computer; a typed-in company's reference from its name; Japanese names in 五十音
order by their reading."""
from __future__ import annotations

from datetime import date

import pytest

from assistant.case.file_names import MAX_BYTES, safe_file_name, suggested_name
from assistant.case.request import EnteredCompany, RequestCase, Typed
from assistant.records.readings import gojuon_key, reading


def _case(**more) -> RequestCase:
    return RequestCase(company_id="leverages", kinds=("disclosure",),
                       typed=Typed(fields={"requester.full_name": "山田 太郎"}),
                       options={"letter_date": date(2026, 12, 6)}, **more)


def test_the_letters_name_says_who_whom_when_and_what(directory):
    company = directory.get("leverages")
    assert suggested_name("letter", _case(), company, "ja") == "2026-12-06_山田太郎_レバレジーズ_開示請求.pdf"
    assert suggested_name("letter", _case(), company, "en") == "2026-12-06_山田太郎_Leverages_disclosure-request.pdf"
    assert suggested_name("draft", _case(), company, "ja", suffix=".json") == "2026-12-06_山田太郎_レバレジーズ_下書き.json"
    blank = suggested_name("blank_checklist", _case(), company, "ja")
    assert "山田" not in blank and "レバレジーズ" in blank
    nobody = suggested_name("letter", _case().model_copy(update={"typed": Typed()}), company, "ja")
    assert nobody == "2026-12-06_レバレジーズ_開示請求.pdf"  # an empty part goes with its separator


@pytest.mark.parametrize("stem", ['a/b\\c:d*e?f"g<h>i|j', "CON", "aux.tar", "..\\..\\x", "x\x00y\u202ez\x1b[31m",
                                  "  .hidden. ", "名" * 300, "NUL"])
def test_a_file_name_is_safe_on_every_computer(stem):
    name = safe_file_name(stem, ".pdf")
    assert name.endswith(".pdf") and len(name.encode("utf-8")) <= MAX_BYTES
    assert not set('/\\:*?"<>|') & set(name) and all(ord(ch) >= 32 for ch in name)
    assert "\u202e" not in name and not name.startswith(".")
    assert name.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL"}


def test_a_person_typing_a_path_into_their_name_gets_no_path(directory):
    case = _case().model_copy(update={"typed": Typed(fields={"requester.full_name": "../../etc/passwd"})})
    name = suggested_name("letter", case, directory.get("leverages"), "ja")
    assert "/" not in name and ".." not in name


def test_a_typed_in_companys_reference_is_made_from_its_name():
    case = RequestCase(company_id="law-only", kinds=("disclosure",),
                       company_entered=EnteredCompany(name="株式会社サンプル商事", address="東京都港区"))
    reference = case.reference(date(2026, 12, 6))
    assert reference.startswith("20261206-サンプル商事-") and "law-only" not in reference
    other = case.model_copy(update={"company_entered": EnteredCompany(name="楽天グループ株式会社", address="東京都")})
    assert other.reference(date(2026, 12, 6)).startswith("20261206-楽天グループ-")
    assert _case().reference(date(2026, 12, 6)).startswith("20261206-leverages-")


def test_japanese_names_sort_by_their_reading():
    names = ["レバレジーズ株式会社", "株式会社インフォマート", "NTTコム オンライン・マーケティング・ソリューション株式会社",
             "パーソルキャリア株式会社", "ポーターズ株式会社", "日本電気株式会社", "株式会社あかね"]
    ordered = sorted(names, key=gojuon_key)
    assert ordered == ["株式会社あかね", "株式会社インフォマート", "NTTコム オンライン・マーケティング・ソリューション株式会社",
                       "日本電気株式会社", "パーソルキャリア株式会社", "ポーターズ株式会社", "レバレジーズ株式会社"]
    assert reading("株式会社サンプル商事") == "さんぷるしょうじ"  # kanji read, the legal form left out
