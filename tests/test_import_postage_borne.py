"""Who pays the request's postage, where the page says so: the record keeps it and the checklist
says it as the company's rule with its words (a clerk's cold read found 「※郵便料金はお客様のご負担と
なりますのでご了承ください。」 labelled 一般的な慣行). Not the answer's postage, charged by the company,
nor a return envelope's."""
from __future__ import annotations

import pytest

from assistant.importer.extract import propose
from tests.test_import_sentences import checklist, saved

POSTED = "開示等のご請求は、所定の請求書に本人確認書類を添えて、下記窓口までご郵送ください。\n"


@pytest.mark.parametrize("sentence", [
    "※郵便料金はお客様のご負担となりますのでご了承ください。",
    "印刷・コピー代、本人確認書類の取得費、郵送料等の諸経費は、すべてご本人負担とさせていただきます。",
    "なお、当社への郵送料は請求者ご本人でご負担ください。",
    "Please note that postage and delivery costs must be borne by the applicant.",
])
def test_the_requesters_postage_is_read(sentence):
    facts = [f for f in propose("開示等の請求について\n" + POSTED + sentence + "\n").facts if f.field == "channels.postage"]
    assert [f.value for f in facts] == ["paid by the requester"] and facts[0].quote in sentence


@pytest.mark.parametrize("sentence", [
    "書面による開示を郵送により求める場合は、郵送料を負担していただきます。",  # the answer's
    "ただし、コピー(白黒1面:10円)や郵送料については実費を負担していただきます。",  # charged by the company
    "返信用封筒(送料ご本人様負担)を同封してください。",  # the envelope's stamps
    "郵送料は当社が負担いたします。",  # the company pays
])
def test_other_postage_is_not_the_requests(sentence):
    facts = propose("開示等の請求について\n" + POSTED + sentence + "\n").facts
    assert not [f for f in facts if f.field == "channels.postage"]


def test_the_checklist_says_the_companys_rule_with_its_words(tmp_path):
    data = saved(tmp_path, POSTED + "※郵便料金はお客様のご負担となりますのでご了承ください。\n")
    assert data["channels"]["postage"] == "paid by the requester"
    text = checklist(tmp_path)
    fee = "".join(text[text.index("3. 手数料を支払う"):text.index("4. ")].split())
    assert "[]請求書を送る郵送料：請求者が負担する。プライバシーポリシーの原文：「※郵便料金はお客様のご負担" in fee
    assert "一般的な慣行：請求書を送る郵送料" not in fee and "郵送料は別にかかる" not in fee
    english = checklist(tmp_path, language="en")
    assert "Postage for sending your request: paid by the requester." in english


def test_a_page_silent_on_postage_keeps_the_general_practice(tmp_path):
    saved(tmp_path, POSTED)
    fee = "".join(checklist(tmp_path).split())
    assert "一般的な慣行：請求書を送る郵送料は別にかかる。" in fee and "請求者が負担する" not in fee
