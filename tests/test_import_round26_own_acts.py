"""Structures of real26_blind's pages (aisan_technology, inagora, morisystem), in our own words, each
failing on the rules before: the company's own e-mail sending (「…電子メールなどをそのサービス部門より
直接送信させていただく場合がございます」, 「開示…の通知は、…電子メールアドレス宛てに…送付する方法に
より行います」) is no way to send a request; 「開示等請求書(書式自由。…)」 is the person's own letter,
no company form; 「お申出方法にご不明な点がある場合には…お問い合わせください」 is a question, no
first step; 「電子メールでのご連絡が取れない時に」 is no answer by e-mail."""
from __future__ import annotations

from tests.test_import_sentences import saved

AISAN = ("2. 開示等のご請求について\n"
         "開示請求書に必要事項をご記入のうえ、下記の個人情報お問合せ窓口まで、郵送にてお申し込みください。\n"
         "各請求書をご郵送される際に、以下の本人確認書類を同封してください。\n"
         "・運転免許証の写し\n"
         "・開示および利用目的の通知は、ご本人様の住所に、書面を配達記録郵便にて送付する方法、もしくは電子メール"
         "アドレス宛てにPDFファイルを送付する方法により行います。\n"
         "・ウェブサービスなど一部のサービスにつきましては、ご本人様のメールアドレスなどに、手続きの方法などを記載した"
         "電子メールなどをそのサービス部門より直接送信させていただく場合がございます。\n")


def test_the_companys_own_e_mail_is_no_way_to_send(tmp_path):
    data = saved(tmp_path, AISAN)
    assert data["channels"]["accepted"] == ["post"]


FREE = ("【7】開示等の請求手続き\n下記の必要書類をご用意のうえ、請求先までご郵送ください。"
        "なお、お申出方法にご不明な点がある場合には、請求先に記載された方法にてお問い合わせください。\n"
        "①開示等請求書(書式自由。請求内容、氏名、住所、電話番号を必須記載事項とします。)\n"
        "②運転免許証の写し\n")


def test_a_free_format_letter_is_no_company_form(tmp_path):
    data = saved(tmp_path, FREE)
    assert data.get("form", "unknown") == "unknown"


def test_a_question_about_the_procedure_is_no_first_step(tmp_path):
    data = saved(tmp_path, FREE)
    assert "contact_first" not in data
    assert data["channels"]["accepted"] == ["post"]


def test_an_e_mail_that_cannot_reach_is_no_answer(tmp_path):
    data = saved(tmp_path, "開示等の請求\n開示等のご請求は、書面を郵送してください。\n"
                           "電話番号をご入力いただけない場合には、電子メールでのご連絡が取れない時に、電話を差し上げることが"
                           "できず、お問い合わせに対応できないことがあります。\n")
    assert data["response"] == "unknown" or data["response"].get("methods", "unknown") == "unknown"
