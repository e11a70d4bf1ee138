"""Structures of the tenth blind set (real21_blind: career_plus, onogoro, tenmind, wearcoord, openup),
in our own words, each failing on the rules before: a negation that names a state is no refusal
(「…判読できない状態にしてご郵送ください」); ways the person may request by (「お電話、メールにて…請求を
することができます」); a 「ご連絡ください」 that is the request itself (in writing, labelled the request's
method, or its topic a request made a way already); one fee said again for another kind; 「1件当たり」;
「手数料：いただきません」; requests made at the desk block below; a form asked for (「…申請書を請求のうえ」)."""
from __future__ import annotations

import pytest

from tests.test_import_sentences import saved

HEAD = "個人情報の開示等の請求について\n"


def _methods(data: dict) -> set[str]:
    return {m for group in data["response"]["methods"] for m in group["offered"]}


def _accepted(data: dict) -> set[str]:
    channels = data["channels"]
    return set(channels.get("accepted", [])) if isinstance(channels, dict) else set()


def test_a_negation_that_names_a_state_refuses_no_way_to_send(tmp_path):
    data = saved(tmp_path, HEAD + "所定の申請書に記入の上、本人確認書類とともにご郵送ください。\n"
                                  "※本人確認書類に「本籍地」の記載がある場合は、黒く塗りつぶし判読できない状態にしてご郵送ください。\n")
    assert "post" in _accepted(data)
    assert "post" not in (data["channels"].get("refused") or [])


def test_ways_a_person_may_request_by_are_accepted(tmp_path):
    data = saved(tmp_path, HEAD + "登録スタッフの方は、下記の方法の他、お電話、メールにて開示等の請求をすることができます。"
                                  "お電話、メールにて開示等の請求を行う場合には、お問い合わせ先に氏名、住所、生年月日をご連絡ください。\n"
                                  "所定の申請書に記入の上、本人確認書類とともにご郵送ください。\n")
    assert {"telephone", "email", "post"} <= _accepted(data)
    assert not data.get("contact_first")


def test_a_contact_in_writing_is_the_request_itself(tmp_path):
    data = saved(tmp_path, HEAD + "上記請求を行う場合は、本ポリシー末尾記載のお問い合わせ窓口まで、書面又は電子メールにてご連絡ください。\n")
    assert {"post", "email"} <= _accepted(data)
    assert not data.get("contact_first")


def test_a_contact_labelled_the_requests_method_is_the_request_itself(tmp_path):
    data = saved(tmp_path, HEAD + "ご請求の方法：上記のお問い合わせ先へ、ご登録のメールアドレスからメールでご連絡ください。\n"
                                  "手数料：いただきません。\n")
    assert "email" in _accepted(data)
    assert not data.get("contact_first")
    assert data["fees"][0]["amount_yen"] == 0


def test_a_phone_call_first_stays_a_first_step(tmp_path):
    data = saved(tmp_path, HEAD + "開示等のご請求に際しましては、まず下記窓口までお電話でご連絡ください。\n")
    assert data.get("contact_first")


def test_one_fee_said_again_for_another_kind_has_both_kinds(tmp_path):
    data = saved(tmp_path, HEAD + "利用目的の通知のお求めがあった場合、速やかに対応致します。なお、保有個人データの利用目的の通知"
                                  "につきましては、1件当たり1,000円の手数料を頂戴しております。\n開示のご請求があった場合、速やかに"
                                  "対応致します。なお、保有個人データの開示につきましては、1件当たり1,000円の手数料を頂戴しております。\n")
    fee = data["fees"][0]
    assert fee["amount_yen"] == 1000 and fee["per"] == "request"
    assert {"purpose", "disclosure"} <= set(fee["kinds"])


@pytest.mark.parametrize("lead, block", [
    # real21_blind/wearcoord
    ("開示等のご請求等、ご意見、ご質問その他個人情報の取扱いに関するお問合せは、以下の窓口までお願い致します。",
     "〒231-0861\n神奈川県横浜市中区元町4丁目1番1号 サンプルビル\nサンプル株式会社\n"),
    # real22_blind/dotcom_business: 「…下記窓口までご連絡ください」, without 「の」
    ("当社の個人情報の取扱いに関するご質問、ご相談、苦情、開示等のご請求につきましては、下記窓口までご連絡ください。",
     "サンプル商事有限会社 お客様相談窓口\n住所: 〒231-0861 神奈川県横浜市中区元町4丁目1番1号\n"),
])
def test_requests_made_at_the_desk_block_below_go_to_its_address(tmp_path, lead, block):
    data = saved(tmp_path, HEAD + lead + "\n" + block + "メールアドレス：info@sample-corp.example.jp\n")
    assert data["send_to"]["postal_code"] == "231-0861"


def test_a_form_asked_for_before_the_request(tmp_path):
    data = saved(tmp_path, HEAD + "ご自身の個人情報の開示等を請求される場合は、当社指定の申請書を請求のうえ当社までご提出いただく"
                                  "必要があります。\n")
    assert data["form"]["get_it"] == "inquiry"
    assert data.get("contact_first")


def test_a_policy_of_not_accepting_is_a_refusal(tmp_path):
    # 「受け付けない方針」: 方針 is no 方 (「…できない方」, a condition)
    data = saved(tmp_path, HEAD + "開示等の請求は郵送でお送りください。お電話による請求は受け付けない方針です。\n")
    assert "telephone" in (data["channels"].get("refused") or [])


def test_a_contact_carrying_the_papers_is_the_request_itself(tmp_path):
    # real20_blind/polarisx
    data = saved(tmp_path, HEAD + "開示等の請求をする場合は、第16条のお問い合わせ窓口まで、本人確認のできる資料（運転免許証、"
                                  "パスポート等いずれか1点の写し）を添えてご連絡ください。\n")
    assert not data.get("contact_first")


def test_a_desk_pointer_then_how_to_send_in_writing_is_no_first_step(tmp_path):
    # real19_blind/weseek: 「前項の請求は…窓口までご連絡ください」, the way said further down
    data = saved(tmp_path, HEAD + "前項の請求は、末尾に記載の窓口までご連絡ください。当社は、本人確認を行ったうえで対応します。\n"
                                  "個人情報の利用目的\n・サービスの提供のため\n・お問い合わせへの対応のため\n・採用選考のため\n"
                                  "・統計資料の作成のため\n個人情報に関する開示等申請について\n"
                                  "所定の「個人情報開示等申請書」に必要事項をご記入のうえ、本人確認書類を添付または同封し、"
                                  "下記窓口までメールまたは郵送でご連絡ください。\n")
    assert not data.get("contact_first")
    assert {"email", "post"} <= _accepted(data)


def test_an_answer_by_mail_in_a_list_and_by_word_of_mouth(tmp_path):
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    data = saved(tmp_path / "a", HEAD + "開示等の請求は郵送でお送りください。\n開示等の求めに対する回答方法\n"
                                  "申請者ご本人に対して、速やかにメール、郵便により回答いたします。\n")
    assert {"email", "in-writing"} <= _methods(data)
    data = saved(tmp_path / "b", HEAD + "開示等の請求は郵送でお送りください。\n請求書受領後30日以内に書面又は口頭にてご通知いたします。\n")
    assert {"in-writing", "orally"} <= _methods(data)
