"""Sentence structures of real procedure pages met in the third round (issue 21), each in a
real-looking example in our own words: the company's answer (its method and time, never a way to
send), ways to send the company's own acts are not, refusals that reach their topic across a
reason, and the kinds of request a fee is charged for wherever the text says them."""
from __future__ import annotations

import pytest

from assistant.importer import clauses
from tests.test_import_sentences import saved
from tests.test_import_structures import _facts


def test_the_answer_s_ways_listed_without_bullets_are_no_ways_to_send(tmp_path):
    data = saved(tmp_path, "3.開示請求の受付窓口\nお取引店(ご来店または郵送受付)\n(2) 回答方法\n次のいずれかの方法により回答致し"
                           "ます。\nご本人の届出住所への郵送\n店頭での交付\n請求書で指定いただいたメールアドレスへの電子メールの送信\n"
                           "(3) 手数料\n当社所定の手数料を現金によりお支払いいただきます。\n")
    assert set(data["channels"]["accepted"]) == {"in-person", "post"}  # no e-mail: that is the answer
    assert data["response"]["methods"][0]["offered"] == ["in-writing", "email"]


def test_a_sentence_under_a_heading_on_the_answer_is_how_the_company_answers():
    facts = _facts("請求書を下記窓口まで郵送してください。\n(4)回答方法\nご依頼いただいた店舗の窓口でお渡しする方法、またはご登録の"
                   "メールアドレス宛に電子メールで送信する方法のいずれかにより回答いたします。\n(5)手数料\n無料です。\n")
    assert facts["channels.accepted"] == ["post"]
    assert set(facts["response.methods"]) == {"email"}


@pytest.mark.parametrize("sentence, method", [
    ("ご請求の内容を確認のうえ、郵送にて回答いたします。", "in-writing"),
    ("開示の場合は、書面によって開示させていただきます。", "in-writing"),
    ("We will respond in writing to the address on the request form.", "in-writing"),
])
def test_the_answer_s_method_said_with_it(sentence, method):
    assert method in _facts("請求書を郵送してください。\n" + sentence + "\n")["response.methods"]


@pytest.mark.parametrize("sentence, field, days", [
    ("請求書の到着後、原則として10営業日以内に回答いたします。", "response.business_days", 10),
    ("回答期限:請求書の受付日から14日", "response.calendar_days", 14),
    ("当社からのご回答は郵送いたします。また、社内の調査期間として 2週間のご猶予をいただきたく存じます。",
     "response.calendar_days", 14),
])
def test_the_answer_s_time_in_its_common_phrasings(sentence, field, days):
    assert _facts("請求書を郵送してください。\n" + sentence + "\n")[field] == [days]


def test_the_person_s_deadline_to_pay_is_no_answer_time_and_weekdays_only_count_as_business_days():
    facts = _facts("請求書を郵送してください。手数料が不足の場合は、その旨をご連絡の後、2週間以内にお支払が無い場合は、ご請求が"
                   "無かったものとして対応します。\n")
    assert "response.calendar_days" not in facts and "response.business_days" not in facts
    facts = _facts("郵送でお申し込みください。当社が回答するまでの期間は、受付日の翌日から起算して10日以内とします。\n"
                   "※回答までの日数は土日祝日を除外した暦日で数えます。\n")
    assert facts["response.business_days"] == [10] and "response.calendar_days" not in facts


def test_the_company_s_own_sending_of_its_form_is_no_way_to_send():
    facts = _facts("『個人情報開示請求書』をダウンロードしてご利用下さい。ダウンロードできない場合には、FAX 又は郵送で当社から"
                   "送付させて頂きます。\n請求書は配達記録郵便にて郵送ください。\n")
    assert facts["channels.accepted"] == ["mail-with-delivery-record"]


def test_a_counter_the_post_goes_to_is_no_visit_and_a_branch_counter_to_apply_at_is_one():
    facts = _facts("開示等の請求については、所定の請求書に必要書類を添付の上、配達記録の確認できる郵送により以下の窓口にて受け付けします。\n")
    assert facts["channels.accepted"] == ["mail-with-delivery-record"]
    assert _facts("開示請求は、お取引店または最寄りの支店窓口にお申し出ください。\n")["channels.accepted"] == ["in-person"]
    assert set(_facts("お申し込みは、本社にお持ちいただく方法と、郵送の2種類があります。\n")["channels.accepted"]) == \
        {"in-person", "post"}


@pytest.mark.parametrize("route", ["analyser", "regex"])
def test_a_refusal_reaches_its_topic_across_a_reason(monkeypatch, route, tmp_path):
    monkeypatch.setattr(clauses, "ROUTE", route)
    clauses.spans.cache_clear()
    clauses.negated.cache_clear()
    try:
        data = saved(tmp_path, "ご請求の方法は、本社窓口にお持ちいただく方法と郵送の2通りです。なお、電話、FAX、電子メール等の上記"
                               "以外の方法によるご請求は、ご本人であることの確認が困難なため、受け付けておりません。\n")
        assert set(data["channels"]["accepted"]) == {"in-person", "post"}
        assert set(data["channels"]["refused"]) == {"telephone", "fax", "email"}
        # the reason's own object is not refused: only the topic before it
        facts = _facts("請求書は郵送のみ受け付けておりますので、来社によるお申し込みはできません。\n")
        assert facts["channels.accepted"] == ["post"] and facts["channels.refused"] == ["in-person"]
    finally:
        clauses.spans.cache_clear()
        clauses.negated.cache_clear()


def test_what_follows_the_answer_as_topic_is_no_way_to_send():
    facts = _facts("(郵送) 郵送による請求の場合の開示等は、当該公的証明書に記載された住所に配達記録郵便により送付することにより"
                   "行うこととする。\n")
    assert facts["channels.accepted"] == ["post"]


@pytest.mark.parametrize("body, kinds", [
    # a heading far above, in English
    ("I. When requesting disclosure or notification of purpose of use\nPlease attach a postage stamp equivalent "
     "to the fee to the designated request form, and mail it to the following office.\n", ["purpose", "disclosure"]),
    # a sentence leading into the fee
    ("4. 手数料\n開示または利用目的の通知、ならびに第三者提供記録の開示のご請求の場合は、以下の手数料が必要です。\nなお、それ以外の"
     "ご請求の場合、手数料は必要ありません。\n料金:900円(定額小為替証書による支払い)\n",
     ["purpose", "disclosure", "third-party-records"]),
    # 開示等 beside the restriction that names the kinds
    ("開示等の請求手数料として、利用目的の通知及び開示の場合は、1件につき300円が必要です。\n", ["purpose", "disclosure"]),
    # a clause that says the others need none
    ("b.手数料の支払証書(個人情報の訂正、追加、削除の場合は不要です。) 3. 手数料のお支払い 個人情報の開示及び利用目的の通知に"
     "関しましては、手数料として 800 円をお支払い頂きます。\n", ["purpose", "disclosure"]),
    # a procedure's own heading a few rows up a table
    ("(1) 開示の請求手続\n所定の申込書に記入の上、次の3点を揃え、ご郵送ください。\n弊社所定の申込書\n請求1件につき\n"
     "額面800円の定額小為替証書\n", ["disclosure"]),
])
def test_the_fee_s_kinds_where_the_text_says_them(tmp_path, body, kinds):
    fee = saved(tmp_path, "請求書を郵送してください。\n" + body)["fees"][0]
    assert fee["kinds"] == kinds


def test_the_fee_s_kinds_from_the_items_that_say_it_is_charged(tmp_path):
    fee = saved(tmp_path, "請求書を郵送してください。\n対応の内容\n- 保有個人データについて\n・ 利用目的の通知(手数料がかかります)\n"
                          "・ 開示(手数料がかかります)\n・ 訂正、追加又は削除\n- 個人データに係る第三者提供記録について\n"
                          "・ 開示(手数料がかかります)\n")["fees"][0]
    assert fee["kinds"] == ["purpose", "disclosure", "third-party-records"] and fee["amount_yen"] == "unknown"


def test_a_fee_attached_or_sent_with_the_form_goes_with_the_request_and_one_case_s_price_is_per_request(tmp_path):
    fee = saved(tmp_path, "所定の請求書にご記入の上、本人確認書類、所定の手数料(小為替証書に限る)を添付し、郵送でご提出ください。\n")
    assert fee_of(fee) == ("unknown", "with-request")
    fee = saved(tmp_path / "b", "請求書を郵送してください。\n【費用】\n・診療記録開示手数料:1件 5,500円\n")["fees"][0]
    assert (fee["amount_yen"], fee["per"]) == (5500, "request")


def fee_of(data: dict) -> tuple:
    fee = data["fees"][0]
    return fee["amount_yen"], fee["pay_when"]
