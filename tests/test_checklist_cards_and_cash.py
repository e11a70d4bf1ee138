"""A card a policy lists without saying to copy it: the checklist says, as general practice, to send
a copy (the record's own 「写し」 says it as the policy's); and a fee the policy lets be paid in cash
at the counter never puts cash in the envelope's list."""
from __future__ import annotations

from tests.test_import_sentences import checklist, saved


def test_a_card_without_a_copy_rule_gets_the_general_practice_note(tmp_path):
    saved(tmp_path, "請求者がご本人であることを確認するため、運転免許証、パスポート、住民票の写しのうち1通をご提出ください。\n"
                    "開示等のご請求は郵送にてお願いします。\n")
    text = checklist(tmp_path)
    assert text.count("一般的な慣行：原本ではなく写しを送る。") == 2  # the licence and the passport
    saved(tmp_path / "b", "本人確認のため、運転免許証、パスポートのいずれかの写しを同封し、郵送してください。\n")
    assert "一般的な慣行：原本ではなく写しを送る。" not in checklist(tmp_path / "b")


def test_cash_paid_at_the_counter_is_not_packed(tmp_path):
    saved(tmp_path, "開示等の求めは、弊社所定の請求書に必要書類及び手数料を同封の上、下記宛に郵便いただくか、下記申し出先にご来訪"
                    "いただきご請求願います。\n開示等の求めの手数料\n開示請求1件ごとに300円\n窓口への来訪による請求の場合は現金、"
                    "郵送による請求の場合は郵便為替証書をご用意願います。\n")
    text = checklist(tmp_path)
    start = text.index("4. 封筒に入れるもの")
    items = [x for x in text[start:text.index("5. 封筒", start)].splitlines() if "[ ]" in x]
    assert any("手数料300円（定額小為替）" in x for x in items) and not any("現金" in x for x in items)


def test_an_unreviewed_import_dates_the_record_as_made_not_as_checked(tmp_path):
    saved(tmp_path, "開示等のご請求は郵送でお願いします。\n")
    text = checklist(tmp_path)
    assert "記録の作成日（取り込み）：" in text and "記録の最終確認日" not in text
    assert "Record made by the import: " in checklist(tmp_path, language="en")


def test_a_fee_the_policy_only_says_may_be_charged_is_never_said_to_be_unmentioned(tmp_path):
    saved(tmp_path, "開示等のご請求は郵送でお願いします。なお、利用目的の通知および開示に際しては、手数料を頂くことがありますので、"
                    "あらかじめご了承ください。\n")
    text = "".join(checklist(tmp_path).split())  # (the text's lines wrapped)
    assert "手数料の記載がない" not in text
    assert "手数料がかかるかどうかと、その額が分からない" in text
