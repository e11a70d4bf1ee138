"""A policy five years or more old: the checklist warns at its top, as general practice, that the
company's name, address, desk or fee may have changed (a clerk's cold read: a 2013 page whose
company had since been renamed and had moved); the limit is law.yaml's old_policy.days."""
from __future__ import annotations

from datetime import date

from assistant.checklist.build import Options, build_checklist
from assistant.checklist.text import checklist_text
from assistant.law.reference import load_checklist_words, load_labels, load_law
from assistant.records.directory import load_directory
from tests.test_import_sentences import saved


def _text(tmp_path, today: date, language: str = "ja") -> str:
    company = load_directory([tmp_path], use_cache=False).get("minato")
    cl = build_checklist(company, "disclosure", "self", Options(today=today), law=load_law(),
                         labels=load_labels(), words=load_checklist_words())
    return "".join(checklist_text(cl, languages=(language,)).split())


def test_an_old_policy_is_flagged_at_the_top(tmp_path):
    saved(tmp_path, "開示等のご請求は、郵送でお願いします。\n2013年7月23日改定\n")
    text = _text(tmp_path, date(2026, 12, 7))
    warning = "(!)一般的な慣行：プライバシーポリシーの改定日は平成25年7月23日（2013年7月23日）で、13年以上たっている。"
    assert warning in text and text.index(warning) < text.index("1.")
    assert "13ormoreyearsago" in _text(tmp_path, date(2026, 12, 7), "en")


def test_a_recent_policy_is_not_flagged(tmp_path):
    saved(tmp_path, "開示等のご請求は、郵送でお願いします。\n2013年7月23日改定\n")
    days = load_law().old_policy.days
    assert days == 1826
    assert "年以上たっている" not in _text(tmp_path, date(2018, 7, 22))  # (one day short of the limit)
    assert "で、5年以上たっている" in _text(tmp_path, date(2018, 7, 23))
