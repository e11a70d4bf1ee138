"""The checklist in Japanese (issue 12): the wording files agree, every shipped company's list
reads in Japanese (no English outside the policy's quoted words and proper names), and the text,
JSON and PDF all follow --language."""
from __future__ import annotations

import io
import json
import re
from datetime import date

import pytest
import yaml
from pypdf import PdfReader

from assistant.cli.commands import main as cli
from assistant.checklist.build import Options, build_checklist
from assistant.checklist.text import checklist_text
from assistant.io.paths import forms_dir
from assistant.law.checklist_words import flatten, placeholders
from assistant.law.reference import load_checklist_words, load_labels, load_law
from assistant.records.model import REQUEST_KINDS, REQUESTER_KINDS
from tests.conftest import COMPANY_IDS


def _wording(language: str) -> dict[str, str]:
    with (forms_dir() / "checklist" / f"{language}.yaml").open(encoding="utf-8") as handle:
        return flatten(yaml.safe_load(handle))


def test_english_and_japanese_wording_have_the_same_keys_and_placeholders():
    en, ja = _wording("en"), _wording("ja")
    # known.*: a language's own names for phrases records write in English (English has its own only
    # for the Japanese words the import keeps, known.pace.*).
    assert sorted(k for k in en if not k.startswith("known.")) == sorted(k for k in ja if not k.startswith("known."))
    assert {k for k in en if k.startswith("known.")} <= {k for k in en if k.startswith("known.pace.")}
    # A date pattern picks its own among the values every date offers (era, weekday, …).
    differ = [k for k in en if not k.startswith(("date.", "known.")) and placeholders(en[k]) != placeholders(ja[k])]
    assert differ == []


def _run(capsys, *args: str) -> str:
    assert cli(list(args)) == 0
    return capsys.readouterr().out


def test_leverages_in_japanese_gives_the_14_business_days_and_the_due_date_in_reiwa(capsys):
    base = ["checklist", "--company", "leverages", "--request", "disclosure"]
    plain = _run(capsys, *base, "--language", "ja")
    assert "14営業日以内" in plain and "会社所定の請求書を入手する" in plain
    dated = _run(capsys, *base, "--language", "ja", "--sent-on", "2026-12-01")
    # Arrives 3 December; 14 business days without weekends, holidays and 29 Dec – 3 Jan.
    assert "会社の回答期限：令和8年12月23日（2026年12月23日・水曜日）" in re.sub(r"\s+", "", dated)
    assert "CHECKLIST" not in dated and "Policy says" not in dated


def test_japanese_is_the_default_and_both_gives_japanese_then_english(capsys):
    base = ["checklist", "--company", "porters", "--request", "disclosure"]
    assert _run(capsys, *base) == _run(capsys, *base, "--language", "ja")
    both = _run(capsys, *base, "--language", "both")
    assert both.index("チェックリスト：") == 0 < both.index("CHECKLIST:")


def _names(value: object) -> list[str]:
    """The record's proper names: the company's names, departments, addresses, file names."""
    found: list[str] = []
    if isinstance(value, dict):
        for key, inner in value.items():
            if key in {"name", "aliases", "department", "lines", "address", "file_name", "url"}:
                found += [inner] if isinstance(inner, str) else \
                    [x for x in inner if isinstance(x, str)] if isinstance(inner, (list, tuple)) else []
            found += _names(inner)
    elif isinstance(value, (list, tuple)):
        for inner in value:
            found += _names(inner)
    return found


def _latin_in_japanese_lines(record: dict) -> list[str]:
    """Proper nouns the company writes in Latin inside its Japanese address (a building)."""
    found = []
    for part in ("send_to", "inquiries"):
        value = record.get(part)
        address = value.get("address", value) if isinstance(value, dict) else None
        for line in (address or {}).get("lines_ja") or ():
            found += re.findall(r"[A-Za-z][A-Za-z ]*[A-Za-z]", line)
    return found


def _english_left(text: str, names: list[str]) -> list[str]:
    """Runs of three or more Latin letters left once the policy's quoted words 「…」, web and
    e-mail addresses and the record's proper names are taken out."""
    while True:  # innermost quotes first: a quote may itself hold 「…」
        stripped = re.sub(r"「[^「」]*」", " ", text)
        if stripped == text:
            break
        text = stripped
    text = re.sub(r"https?://[!-~]+|[\w.+-]+@[\w-]+(\.[\w-]+)+", " ", text, flags=re.ASCII)
    text = " ".join(text.split())  # the wrapped lines joined, so a name split over two is found
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(" ".join(name.split()), " ")
    # FAX is how Japanese companies write it themselves (「お電話、FAX及び電子メール」).
    return [word for word in re.findall(r"[A-Za-z]{3,}", text) if word not in {"FAX"}]


@pytest.mark.parametrize("company", COMPANY_IDS)
def test_every_shipped_checklist_reads_in_japanese(directory, company):
    record = directory.get(company)
    dumped = record.model_dump(mode="json")
    names = _names(dumped) + _latin_in_japanese_lines(dumped)
    for kind in REQUEST_KINDS:
        for requester in REQUESTER_KINDS:
            for options in (Options(), Options(sent_on=date(2026, 12, 1))):
                cl = build_checklist(record, kind, requester, options, law=load_law(),
                                     labels=load_labels(), words=load_checklist_words())
                text = checklist_text(cl, languages=("ja",))
                left = _english_left(text, names)
                assert left == [], f"{company} {kind} {requester}: {left}\n{text}"


def test_the_japanese_pdf_is_in_japanese(tmp_path):
    out = tmp_path / "checklist.pdf"
    assert cli(["checklist", "--company", "leverages", "--request", "disclosure", "--sent-on",
                "2026-12-01", "--format", "pdf", "-o", str(out)]) == 0
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    squashed = re.sub(r"\s+", "", text)
    for expected in ("チェックリスト：保有個人データの開示", "封筒の宛名", "書類をそろえる",
                     "令和8年12月23日", "14営業日以内", "一般的な慣行："):
        assert expected in squashed, expected
    assert "Envelope address" not in text and "General practice" not in text


def test_json_in_japanese_has_japanese_labels_and_texts_only(capsys):
    data = json.loads(_run(capsys, "checklist", "--company", "leverages", "--request", "disclosure",
                           "--format", "json", "--language", "ja"))
    assert data["languages"] == ["ja"]
    assert data["labels"]["ja"]["source.policy"] == "プライバシーポリシーの原文"
    assert data["labels"]["ja"]["title"].startswith("チェックリスト：")
    titles = [s["title"] for s in data["sections"]]
    assert all(set(t) == {"ja"} for t in titles) and titles[0]["ja"] == "会社所定の請求書を入手する"
    both = json.loads(_run(capsys, "checklist", "--company", "leverages", "--request", "disclosure",
                           "--format", "json", "--language", "both"))
    assert set(both["sections"][0]["title"]) == {"ja", "en"} and set(both["labels"]) == {"ja", "en"}


def test_articles_in_japanese_name_the_act():
    words = load_checklist_words()
    assert words.article("Art. 33(1)").text("ja") == "個人情報保護法第33条第1項"
    assert words.article("Art. 33(1)").text("en") == "APPI Art. 33(1)"
    assert words.article("Art. 35(1), (5)").text("ja") == "個人情報保護法第35条第1項・第5項"
    assert words.article("Art. 132(ii), Art. 169").text("ja") == "個人情報保護法第132条第2号・第169条"
    assert words.article("Health Insurance Act Art. 194-2").text("ja") == "健康保険法第194条の2"
    assert words.article("Health Insurance Act Art. 194-2").text("en") == "Health Insurance Act Art. 194-2"
    assert words.article("My Number Act Arts. 15 and 20").text("ja") == "マイナンバー法第15条及び第20条"


def test_item_ids_come_from_the_english_words_whatever_the_language(directory):
    cl = build_checklist(directory.get("leverages"), "disclosure", "self", law=load_law(),
                         labels=load_labels(), words=load_checklist_words())
    fee = cl.section("fee")
    assert fee is not None and fee.items[0].id == "fee/no-fee"
    assert fee.items[0].text.text("ja") == "手数料は不要。"


def test_a_company_without_a_record_reads_in_japanese_too(capsys):
    text = _run(capsys, "checklist", "--company-name", "楽天", "--company-address",
                "東京都世田谷区玉川一丁目14番1号", "--request", "correction", "--requester", "agent",
                "--sent-on", "2026-12-01")
    assert "この会社の記録はない" in text and "個人情報保護法第34条" in text
    assert _english_left(text, []) == []


def test_both_languages_in_the_pdf_give_each_list_its_own_pages(tmp_path):
    out = tmp_path / "both.pdf"
    assert cli(["checklist", "--company", "infomart", "--request", "disclosure", "--format", "pdf",
                "--language", "both", "-o", str(out)]) == 0
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages]
    first_english = next(i for i, page in enumerate(pages) if "Checklist:" in page)
    assert first_english > 0 and "チェックリスト：" in pages[0]
    assert all("チェックリスト：" not in page for page in pages[first_english:])


def test_a_groups_label_from_the_record_has_its_japanese_name(capsys):
    text = _run(capsys, "checklist", "--company", "persol-career", "--request", "disclosure",
                "--requester", "agent", "--language", "ja")
    assert "本人確認書類：次のうちいずれか1点を送る" in text and "委任状：次の書類を送る" in text
    assert "本人確認書類（代理人のもの）：次のうちいずれか1点を送る" in text


def test_a_records_english_phrases_have_japanese_names_and_amounts_are_said_once(capsys):
    leverages = _run(capsys, "checklist", "--company", "leverages", "--request", "disclosure",
                     "--language", "ja")
    assert "".join(leverages.split()).count("記入済みの請求書と本人確認書類が届いた日から14営業日以内") >= 1
    porters = "".join(_run(capsys, "checklist", "--company", "porters", "--request", "disclosure",
                           "--language", "ja").split())
    assert "590円分の切手" in porters and "590円分）（590円分）" not in porters


@pytest.mark.parametrize("company", ["persol-career", "porters"])
def test_the_envelope_addresses_the_department_as_the_letter_does(capsys, company):
    from assistant.facade import Assistant
    from assistant.law.addressee import japanese_addressee
    from assistant.law.wording import PRIMARY

    text = _run(capsys, "checklist", "--company", company, "--request", "disclosure", "--language", "ja")
    # The desks are named in English only: addressed by their function, never a translation.
    assert "個人情報開示等請求ご担当者 様" in text
    assistant = Assistant()
    envelope = assistant.checklist(assistant.directory.get(company), "disclosure").envelope
    block = japanese_addressee(assistant.directory.get(company), assistant.wording(PRIMARY)).block()
    assert tuple(envelope.block()) == block
