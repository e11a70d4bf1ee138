"""A time limit the policy gives 「原則として」 is said as a rule, in words and as a date (a privacy-desk
clerk's cold read: 「原則として2週間以内に回答いたします」 read 「会社は…14日以内に回答する」), and an
imported limit's start reads 「請求が届いた日（起算点は原文を参照）」, not 「プライバシーポリシーに定める時点」."""
from __future__ import annotations

from tests.test_import_sentences import checklist, saved


def test_a_limit_as_a_rule_stays_one(tmp_path):
    saved(tmp_path, "開示等のご請求は郵送でお願いします。\n開示請求については、原則として2週間以内に回答いたします。\n")
    text = checklist(tmp_path)
    assert "会社は原則として請求が届いた日（起算点は原文を参照）から14日以内に回答する。" in text
    saved(tmp_path / "b", "開示等のご請求は郵送でお願いします。\n開示請求については、2週間以内に回答いたします。\n")
    assert "会社は請求が届いた日（起算点は原文を参照）から14日以内に回答する。" in checklist(tmp_path / "b")
