"""A policy that offers its form two ways (「ダウンロードいただけます。…ご連絡いただければ郵送いたします」)
is written `get_it: [download, mailed-by-company]`, and the checklist names both, the first named
first: a person without a printer reads that the company will post it."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.checklist.build import build_checklist
from assistant.checklist.text import checklist_text
from assistant.io.paths import COMPANIES_DIR
from assistant.law.reference import load_checklist_words, load_labels, load_law
from assistant.records.directory_core import parse_record
from assistant.records.model import Company


def _porters(get_it) -> dict:
    data = yaml.safe_load((COMPANIES_DIR / "porters.yaml").read_text(encoding="utf-8"))
    data["form"]["get_it"] = get_it
    return data


def _text(company: Company, language: str) -> str:
    checklist = build_checklist(company, "disclosure", "self", law=load_law(), labels=load_labels(),
                                words=load_checklist_words())
    return "".join(checklist_text(checklist, languages=(language,)).split())


def test_the_checklist_names_both_ways_the_first_named_first():
    company = Company.model_validate(_porters(["download", "mailed-by-company"]))
    assert company.form.ways == ("download", "mailed-by-company")
    ja = _text(company, "ja")
    assert "会社のウェブサイトからダウンロードする" in ja
    assert "。または、連絡すると会社から郵送される" in ja
    assert ja.index("ダウンロードする") < ja.index("または、連絡すると")
    en = _text(company, "en")
    assert "Or:Thecompanymailsittoyouafteryoucontactit" in en


def test_a_list_of_one_way_is_that_way():
    company = Company.model_validate(_porters(["download"]))
    assert company.form.get_it == "download" and company.form.ways == ("download",)
    assert "または、" not in _text(company, "ja")


@pytest.mark.parametrize("get_it, says", [
    (["download", "download"], "form.get_it: get_it names a way twice (download, download): keep each once"),
    (["download", "by-pigeon"], "form.get_it[1]: use one of: 'download', 'web-form', 'mailed-by-company'"),
    ([], "form.get_it: get_it is an empty list"),
])
def test_a_wrong_list_is_named_once_with_the_fix(tmp_path: Path, get_it, says):
    path = tmp_path / "porters.yaml"
    path.write_text(yaml.safe_dump(_porters(get_it), allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(Exception) as caught:
        parse_record(path)
    lines = [line for line in str(caught.value).splitlines() if "get_it" in line]
    assert len(lines) == 1 and says in lines[0], lines


@pytest.mark.parametrize("body, why", [
    ("当社所定の請求書をお送りいたしますので、まずは下記窓口までご連絡ください。\n", "会社所定の請求書を送ってもらうため"),
    ("開示等のお申し出に際しましては、まずお客様相談室までご連絡ください。\n", "請求の方法を会社に確認するため"),
])
def test_the_first_contacts_reason_is_said_in_japanese(tmp_path: Path, body, why):
    # the import writes the reason in English (the record's language); the Japanese checklist names it
    from tests.test_import_sentences import checklist, saved

    saved(tmp_path, "開示等の請求について\n" + body + "請求書は郵送してください。\n")
    text = "".join(checklist(tmp_path).split())
    assert f"まず会社に連絡する（{why}）" in text
