"""A form for each kind of request: a record lists its forms, each with the kinds it is for
(`kinds: [correction]`); the checklist names the form of the request being made, and for a kind
no form is for it says so (the policy's forms quoted) instead of sending the person the
disclosure form; a list whose forms name no kinds, or one kind twice, is refused with the fix."""
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


def _porters(forms) -> dict:
    data = yaml.safe_load((COMPANIES_DIR / "porters.yaml").read_text(encoding="utf-8"))
    data["form"] = forms
    return data


def _form(name: str, kinds) -> dict:
    return {"name": name, "get_it": "download", "kinds": kinds, "quote": f"「{name}」をダウンロード"}


FORMS = [_form("開示請求書", ["disclosure"]), _form("訂正等請求書", ["correction"]),
         _form("利用停止等請求書", ["suspension", "third-party-stop"])]


def _text(company: Company, kind: str, language: str = "ja") -> str:
    checklist = build_checklist(company, kind, "self", law=load_law(), labels=load_labels(),
                                words=load_checklist_words())
    return "".join(checklist_text(checklist, languages=(language,)).split()), checklist


def test_each_request_uses_its_own_form():
    company = Company.model_validate(_porters(FORMS))
    assert company.form_for("correction").name == "訂正等請求書"
    text, checklist = _text(company, "correction")
    assert "名称：「訂正等請求書」）を使う" in text and "開示請求書" not in text
    assert checklist.form_name == "訂正等請求書"
    text, _ = _text(company, "third-party-stop")
    assert "名称：「利用停止等請求書」）を使う" in text


def test_a_kind_without_its_form_is_asked_about_not_given_another():
    company = Company.model_validate(_porters(FORMS))
    assert company.form_for("purpose") is None
    text, checklist = _text(company, "purpose")
    assert checklist.form_name is None
    assert "ほかの請求に用いる会社所定の請求書（「開示請求書」、「訂正等請求書」、「利用停止等請求書」）が示されているが、" \
           "この請求に用いる書式は示されていない。どの書式で請求できるかを会社に確認する。" in text
    en, _ = _text(company, "purpose", "en")
    assert "formsforotherrequests(“開示請求書”,“訂正等請求書”,“利用停止等請求書”)butnoneforthisone" in en


def test_a_list_of_one_form_is_that_form():
    company = Company.model_validate(_porters([_form("開示等請求書", "all")]))
    assert company.form_for("suspension").name == "開示等請求書"


@pytest.mark.parametrize("forms, says", [
    ([_form("開示請求書", ["disclosure"]), _form("訂正請求書", "all")],
     "「訂正請求書」 is one of several forms; give it kinds"),
    ([_form("開示請求書", ["disclosure"]), _form("開示・訂正請求書", ["disclosure", "correction"])],
     "disclosure is in the kinds of two forms"),
])
def test_a_wrong_list_of_forms_says_the_fix(tmp_path: Path, forms, says):
    path = tmp_path / "porters.yaml"
    path.write_text(yaml.safe_dump(_porters(forms), allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(Exception) as caught:
        parse_record(path)
    assert says in str(caught.value) and "porters.yaml" in str(caught.value)


def test_a_letter_for_two_kinds_encloses_and_names_each_form():
    from assistant.law.wording import letter_wording
    from assistant.render.letter_text import company_form, enclosures

    company = Company.model_validate(_porters(FORMS))
    letters = {lang: letter_wording(lang) for lang in ("ja", "en")}
    lists = [build_checklist(company, kind, "self", law=load_law(), labels=load_labels(), words=load_checklist_words(),
                             letters=letters) for kind in ("disclosure", "correction")]
    listed = enclosures("ja", lists)
    forms = [line for line in listed if "請求書（記入済みのもの）" in line]
    assert forms == ["貴社所定の開示請求書（記入済みのもの）", "貴社所定の訂正等請求書（記入済みのもの）"]
    assert company_form(letter_wording("ja"), "ja", lists) == "貴社所定の開示請求書及び訂正等請求書"
    assert company_form(letter_wording("en"), "en", lists) == "your company's request form"  # (Japanese names)
    # one kind: its own form's name, not said twice (「貴社所定の訂正等請求書（訂正等請求書）」)
    assert company_form(letter_wording("ja"), "ja", lists[1:]) == "貴社所定の訂正等請求書"


def test_the_english_checklist_says_how_the_company_answers_in_a_sentence():
    # "The company answers electronic record." read as a draft's words (a cold read)
    data = _porters(FORMS)
    data["response"]["methods"] = [{"offered": ["electronic-record"], "quote": "電磁的記録の提供により開示します。"}]
    en, _ = _text(Company.model_validate(data), "disclosure", "en")
    assert "Howthecompanyanswers:electronicrecord." in en and "Thecompanyanswerselectronicrecord" not in en


def test_one_form_for_some_kinds_only_is_asked_about_for_the_others():
    company = Company.model_validate(_porters([_form("開示請求書", ["disclosure"])]))  # a list of one: that form
    assert company.form_for("disclosure").name == "開示請求書" and company.form_for("correction") is None
    text, _ = _text(company, "correction")
    assert "ほかの請求に用いる会社所定の請求書（「開示請求書」）が示されているが" in text
    assert "プライバシーポリシーに所定の請求書の記載がない" not in text


def test_the_cover_letters_subject_names_each_form():
    # 件名：「開示請求書及び訂正等請求書の送付について」 (a 行政書士's reading of 「保有個人データに関する請求書の送付について」)
    from assistant.law.wording import letter_wording
    from assistant.render.letter_text import forms_named

    company = Company.model_validate(_porters(FORMS))
    letters = {lang: letter_wording(lang) for lang in ("ja", "en")}
    lists = [build_checklist(company, kind, "self", law=load_law(), labels=load_labels(), words=load_checklist_words(),
                             letters=letters) for kind in ("disclosure", "correction")]
    w = letter_wording("ja")
    assert w.cover_heading.format(cover=w.cover_title, title=forms_named(w, "ja", lists)) == "開示請求書及び訂正等請求書の送付について"
    assert forms_named(w, "ja", lists[:1]) is None and forms_named(letter_wording("en"), "en", lists) is None
