"""A form the policy gives no name (the import's stand-in 「所定の請求書」, or a record's 「当社所定の
申請書」) is not shown as the policy's name for it: the checklist says the policy names none, and
the letter says 「貴社所定の請求書」 once, never 「貴社所定の開示請求書（所定の請求書）」 (a
cold read's finding); nor does it make up a name from the request's kind (「貴社所定の第三者提供記録
開示請求書」 for a form the policy calls 「個人情報開示請求書」, a 行政書士's cold read)."""
from __future__ import annotations

import pytest
import yaml

from assistant.checklist.build import build_checklist
from assistant.checklist.text import checklist_text
from assistant.io.paths import COMPANIES_DIR
from assistant.law.letter_forms import company_form
from assistant.law.reference import load_checklist_words, load_labels, load_law
from assistant.law.wording import letter_wording
from assistant.records.model import Company


@pytest.mark.parametrize("kind", ["disclosure", "third-party-records", "suspension"])
@pytest.mark.parametrize("name, named", [
    ("所定の請求書", False), ("当社所定の申請書", False), (None, False),
    ("Personal Information Disclosure Request Form", False),
    ("個人情報開示等請求書", True), ("個人情報開示請求書", True),
])
def test_the_letter_names_the_form_only_where_the_policy_does(kind, name, named):
    line = company_form(letter_wording("ja"), "ja", name)
    assert line == (f"貴社所定の{name}" if named else "貴社所定の請求書")
    english = company_form(letter_wording("en"), "en", name)
    assert english == (f"your company's form “{name}”" if name and name.isascii()
                       else "your company's request form")


def test_the_checklist_says_the_policy_names_no_form():
    data = yaml.safe_load((COMPANIES_DIR / "porters.yaml").read_text(encoding="utf-8"))
    data["form"]["name"] = "所定の請求書"
    checklist = build_checklist(Company.model_validate(data), "disclosure", "self", law=load_law(),
                                labels=load_labels(), words=load_checklist_words())
    text = "".join(checklist_text(checklist, languages=("ja",)).split())
    assert "会社所定の請求書を使う（プライバシーポリシーに名称の記載はない）。" in text
    assert "名称：「所定の請求書」" not in text
