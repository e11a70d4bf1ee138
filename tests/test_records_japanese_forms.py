"""The company records' Japanese forms (review S1-7, S2-8, S2-9): Japanese output prints desks,
addresses and phones in Japanese (never the English policy's words inside a Japanese sentence),
marks a quote from an English policy as such, says a fact once, and labels the end of paper
health insurance cards as the law's."""
from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

from assistant.checklist.build import Options, build_checklist
from assistant.checklist.text import checklist_text
from assistant.io.error_wording import translated
from assistant.io.yaml_errors import RecordError
from assistant.law.reference import load_checklist_words, load_labels, load_law
from assistant.records.directory_core import parse_record
from assistant.records.model import ComplaintBody
from assistant.records.patterns import domestic_phone
from tests.conftest import COMPANY_IDS


def _text(directory, company: str, requester: str = "self", language: str = "ja") -> str:
    checklist = build_checklist(directory.get(company), "disclosure", requester, Options(),
                                law=load_law(), labels=load_labels(), words=load_checklist_words())
    return checklist_text(checklist, languages=(language,))


def _joined(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("number, domestic", [
    ("+81 (0)3-5774-1632", "03-5774-1632"), ("+81-3-5774-1632", "03-5774-1632"),
    ("+81(0)3-1234-5678", "03-1234-5678"), ("03-6434-0017", "03-6434-0017"),
    ("0120-700-779", "0120-700-779"), ("+1 555 0100", "+1 555 0100"),
])
def test_a_phone_number_is_printed_as_dialled_in_japan(number, domestic):
    assert domestic_phone(number) == domestic


def test_leverages_in_japanese_gives_its_desk_address_and_phone_in_japanese(directory):
    text = _joined(_text(directory, "leverages", "agent"))
    assert "電話：03-5774-1632" in text and "+81" not in text
    assert ("会社の窓口：レバレジーズ株式会社、プライバシーポリシーに記載の問い合わせ窓口、〒150-6190"
            "東京都渋谷区渋谷二丁目24番12号渋谷スクランブルスクエア24階・25階、電話03-5774-1632。") in text
    assert "Shibuya" not in text.split("（英語版ポリシーの原文）")[0]  # no English before the first quote
    english = _joined(_text(directory, "leverages", "agent", "en"))
    assert "+81(0)3-5774-1632" in english and "CustomerServiceoftheLeveragesGroupCompanies" in english


def test_infomart_s_building_is_written_in_japanese(directory):
    text = _text(directory, "infomart")
    assert "汐留芝離宮ビルディング13階" in text and "Shiodome Shibarikyu Building 13階" not in text
    assert "会社の窓口：株式会社インフォマート、" in _joined(text)
    record = directory.get("infomart").send_to
    assert record.building_source_ja and "汐留芝離宮ビルディング" in record.building_source_ja


def test_a_japanese_checklist_says_which_quotes_are_the_english_policy_s(directory):
    text = _text(directory, "leverages", "agent")
    assert "英語版ポリシーでの名称：「disclosure」" in text
    assert "プライバシーポリシーの原文：「" not in text  # every quote of these records is English
    quoted = _joined(text)
    assert "（英語版ポリシーの原文）「Forarepresentativeappointedbypowerofattorney:-Apowerofattorney;and」" in quoted
    # A quote in Japanese keeps the plain label.
    from assistant.checklist.speech import Speech

    say = Speech(load_checklist_words(), "ja")
    assert say.quote_line("プライバシーポリシーの原文", "当社所定の請求書") == "プライバシーポリシーの原文：「当社所定の請求書」"


def test_a_record_s_japanese_sentence_is_used_for_japanese_output(directory):
    text = _joined(_text(directory, "leverages", "agent"))
    assert "本人確認書類と代理人であることを確認する書類は、確認の後すぐに廃棄される。" in text


def test_a_step_says_each_quote_and_each_seal_certificate_rule_once(directory):
    text = _text(directory, "leverages", "agent")
    step = text.split("7. ")[1].split("8. ")[0]
    assert step.count("Saturdays, Sundays, holidays") == 1
    documents = text.split("2. ")[1].split("3. ")[0]
    assert documents.count("3か月以内") == 1 and "委任状には実印を押す" not in documents


def test_the_end_of_paper_health_insurance_cards_is_labelled_as_the_law(directory):
    text = _joined(_text(directory, "leverages", "agent"))
    assert "一般的な慣行：紙の健康保険証" not in text
    # After the cards' end (law.yaml document_limits) the 資格確認書 stands in the policy's card's
    # place, said as the law's fact with its Act; before it, the law's note under the card.
    assert "健康保険証は法令により令和7年12月1日（2025年12月1日）までに失効）" \
        "（健康保険法等の改正（令和5年法律第48号））" in text
    rule = next(r for r in load_law().rules if r.id == "health-insurance-card-current")
    assert rule.source == "law" and rule.article == "Act No. 48 of 2023"


@pytest.mark.parametrize("company", COMPANY_IDS)
def test_no_shipped_desk_line_puts_english_inside_japanese(directory, company):
    record = directory.get(company)
    text = _text(directory, company)
    for line in re.findall(r"会社の窓口：[^\n]*(?:\n {7}[^\n（]*)*", text):
        # The company's own Japanese name may have Latin letters (NTTコム…); nothing else may.
        assert not re.search(r"[A-Za-z]{3,}", line.replace(record.name_ja, "")), line


def test_japanese_forms_of_a_complaint_body_name_their_source():
    with pytest.raises(ValidationError, match="source_ja"):
        ComplaintBody(name="X", role="company", address_ja="東京都港区", quote="x")
    body = ComplaintBody(name="X", role="company", name_ja="株式会社X", source_ja="https://x.jp", quote="x")
    assert body.name_ja == "株式会社X"


def test_a_building_source_without_a_japanese_address_is_refused_naming_file_and_field(tmp_path, directory):
    import yaml

    data = directory.get("porters").model_dump(mode="json", by_alias=True, exclude_none=True)
    del data["send_to"]["lines_ja"]
    data["send_to"]["building_source_ja"] = "https://example.jp"
    path = tmp_path / "porters.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RecordError) as caught:
        parse_record(path)
    message = str(caught.value)
    assert "porters.yaml" in message and "send_to" in message and "lines_ja" in message
    english = "building_source_ja says where the building's Japanese name was seen: write that name in lines_ja, or delete building_source_ja"
    assert translated(english, "ja").startswith("「building_source_ja」はビル名の日本語表記")
