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


def test_closed_days_the_policy_does_not_name_are_an_assumption(tmp_path):
    saved(tmp_path, "開示等のご請求は郵送でお願いします。\n到着後、ご請求の内容を確認の上、適正な処理を遅滞なく（3営業日以内）実施し、"
                    "原則として書面にて回答いたします。\n")
    text = "".join(checklist(tmp_path).split())
    # the days not counted are ours, said so; 原則 after the number is the method's, not the limit's
    assert "3営業日以内（休業日の記載がないため、土日・祝日を除いて数える）に回答する。" in text
    assert "会社は原則として請求が届いた日" not in text
    saved(tmp_path / "b", "開示等のご請求は郵送でお願いします。\n受付後10営業日以内（土日祝日を除く）に回答いたします。\n")
    assert "10営業日以内（土日・祝日を除く）に回答する。" in "".join(checklist(tmp_path / "b").split())
