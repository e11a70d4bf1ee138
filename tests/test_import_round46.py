"""Round 46: structures this round's blind pages (real88 to real91) were read wrongly or not at all
by. Three of them sent the reader a wrong way: the company's own ways of contacting people, in the
purposes of use, as ways to send a request (a funeral company's 「（訪問・電話・電子メール・郵送等の方法
による）」); the provision of anonymised data (「（３）提供の方法 / …紙ファイルは郵送または直接提供」); the
answer's copies by post (「写しの交付を郵送でする場合は、実費をご負担いただきます」)."""
from __future__ import annotations

import pytest

from assistant.importer.extract import propose


def _values(text: str, field: str, head: str = "開示等の請求について\n") -> list:
    return [f.value for f in propose(head + text).facts if f.field == field]


PURPOSES = """2. ◇個人情報の利用
弊社はご提供いただいたお客様につきましては、以下の利用目的の範囲内で業務の遂行上必要な限りにおいて、取扱いさせていただきます。
1.　業務施行に関する商品の納入、及びご本人確認、ご利用料金の請求、お問い合わせいただいた内容に対する回答、アフターサービス提供のため。
（訪問・電話・電子メール・郵送等の方法による）
3. ◇ご本人からのご要望に対する対応
弊社はご本人からのお客様情報の開示のご要望があった時は、以下の場合を除き、所定の手続きでご本人であることを確認の上で対応いたします。
"""


def test_the_companys_ways_of_contacting_in_its_purposes_are_no_way_to_send():
    assert _values(PURPOSES, "channels.accepted", head="") == []


ANONYMISED = """開示等のご請求については、下記窓口までお問い合わせください。
匿名加工情報の作成と第三者提供
（１）匿名加工情報に含まれる個人に関する情報の項目
購入商品、購入店舗、購入日時
（３）提供の方法
電子ファイルは電子的な通信手段、紙ファイルは郵送または直接提供
"""


def test_how_anonymised_data_is_provided_is_no_way_to_send():
    assert _values(ANONYMISED, "channels.accepted") == []


def test_the_answers_copies_by_post_are_no_way_to_send():
    text = ("請求の方法\n開示を求める個人情報の所管課に、所定の請求書を提出してください。\n手数料\n"
            "手数料は閲覧は無料ですが、写しの交付の場合は、コピー用紙A3版まで1枚につき10円などの費用が必要と"
            "なります。また、写しの交付を郵送でする場合は、実費をご負担いただきます。\n")
    assert _values(text, "channels.accepted") == []


def test_ids_before_a_fee_in_one_sentence_are_read():
    text = ("開示請求\n請求にあたっては本人であることを示す書類(運転免許証や健康保険の被保険者証など)の提示と、"
            "1件につき300円(電子申請は200円)の開示請求手数料が必要です。\n")
    assert _values(text, "documents.self") == ["drivers-licence", "health-insurance-card"]


def test_a_certificates_age_is_no_time_to_answer():
    text = ("開示の決定については原則30日以内(請求当日の開示(閲覧を含む)不可)\n"
            "請求にあたっては本人であることを示す書類(運転免許証など)の提示が必要です。\n"
            "(郵送の際は、住民票が必要(発行後30日以内))\n")
    assert _values(text, "response.methods") == []
    assert _values(text, "response.calendar_days") == [30]


def test_a_family_register_written_with_its_particle_is_read():
    text = ("2法定代理人が手続するとき\n(1)開示請求に係る保有個人情報の本人の法定代理人であることを証明する"
            "書類(30日以内に作成された戸籍の謄本等)\n")
    assert "family-register" in _values(text, "documents.legal-representative")


@pytest.mark.parametrize("kind, clause", [
    ("purpose", "9. 利用目的の通知\n当社は、本人から、個人情報の利用目的の通知を求められたときは、本人に対し、"
                "遅滞なく通知を行います。なお、上記通知につきましては、手数料（1件あたり700円）を頂戴しております"
                "ので、あらかじめ御了承ください。\n"),
    ("disclosure", "10. 個人情報等の開示\n当社は、本人から、個人情報の開示を求められたときは、本人に対し、遅滞なく"
                   "開示を行います。なお、上記開示につきましては、手数料（1件あたり700円）を頂戴しておりますので、"
                   "あらかじめ御了承ください。\n"),
])
def test_the_request_a_fees_above_means_is_its_kind(kind, clause):
    assert _values(clause, "fees.kinds", head="") == [(kind,)]


def test_a_desk_after_the_services_name_in_brackets_is_read():
    text = ("第16条（お問い合わせ）\n個人情報の取扱いに関するお問い合わせ、苦情、開示請求等は、以下の連絡先までご連絡"
            "ください。\nISSHONI合同会社（KONJA）個人情報保護窓口\nメール：privacy@konja.app\n")
    assert _values(text, "send_to.department", head="") == ["個人情報保護窓口"]


def test_the_desk_a_request_is_handed_to_is_read():
    text = ("開示請求の手続\n開示請求をしようとするときは、本人又は代理人が保有個人情報開示請求書に氏名、住所などを"
            "記入し、各区役所の総務企画課広聴係に提出していただきます。\n")
    assert _values(text, "send_to.department", head="") == ["総務企画課広聴係"]


def test_an_english_pages_delivery_registered_post_driving_license_and_notice_sent_are_read():
    text = ("Procedure Guidance\nThe client who wishes MPG to disclose personal information (hereinafter referred to as "
            "\"request for disclosure, etc.\") is asked to complete the prescribed request form and send it by "
            "delivery-registered post or registered mail together with identification documents.\n"
            "MPG responds to your request without delay. The notice is sent to you by registered mail.\n"
            "Identification documents accepted by MPG\n• Copy of driving license\n• Copy of passport\n")
    assert sorted(_values(text, "channels.accepted", head="")) == ["mail-with-delivery-record", "registered-mail"]
    assert _values(text, "documents.self", head="") == ["drivers-licence", "passport"]
    assert _values(text, "response.methods", head="") == ["in-writing"]


def test_the_exception_to_a_promise_to_answer_is_a_ground():
    clause = ("10. 個人情報等の開示\n当社は、本人から、個人情報保護法の定めに基づき個人情報の開示を求められたときは、本人ご"
              "自身からのご請求であることを確認の上で、本人に対し、遅滞なく開示を行います。但し、個人情報保護法その他の法令"
              "により、当社が開示の義務を負わない場合は、この限りではありません。\n")
    assert _values(clause, "refusal_grounds", head="") == ["個人情報保護法その他の法令により、当社が開示の義務を負わない場合"]


def test_an_exception_leading_into_a_list_is_no_ground():
    clause = ("当社は、ご本人から利用目的の通知を求められたときは、ご本人に対し、遅滞なくこれを通知します。ただし、次の各号の"
              "いずれかに該当するときは、この限りではありません。\n(1) 利用目的が明らかな場合\n")
    assert "次の各号のいずれかに該当するとき" not in _values(clause, "refusal_grounds")


def test_a_fee_the_company_may_charge_is_said_so(tmp_path):
    from tests.test_import_sentences import checklist, saved
    data = saved(tmp_path, "上記の請求は、メール（privacy@konja.app）にて受け付けます。手数料：開示請求等については、1件あたり"
                           "1,000円の手数料を申し受ける場合があります。\n")
    assert data["fees"][0]["amount_yen"] == 1000 and data["fees"][0]["sometimes"] is True
    text = "".join(checklist(tmp_path).split())
    assert "手数料：1,000円（請求1件あたり）がかかる場合がある（必ずかかるとは書かれていない）。" in text
    assert "手数料：1,000円（請求1件あたり）。" not in text


@pytest.mark.parametrize("fee", [
    "手数料は1回の請求につき1,000円です。\n(2)請求手数料につきましては、予告なく変更させていただく場合があります。\n",
    "情報開示に関わる費用は1件あたり1,000円ですが、費用が多額になる場合、実費で請求させて頂く場合があります。\n",
])
def test_a_charged_fee_that_may_change_is_charged(tmp_path, fee):
    from tests.test_import_sentences import saved
    data = saved(tmp_path, "開示等の請求書を郵送してください。\n" + fee)
    assert data["fees"][0]["amount_yen"] == 1000 and "sometimes" not in data["fees"][0]


@pytest.mark.parametrize("sentence", [
    "なお、開示等のご請求に際してご提出いただく書面およびご請求の方法等については、コチラをご参照ください。",
    "個人情報の開示・訂正・利用停止をご希望の方は[こちら]をご覧下さい。",
])
def test_a_procedure_on_another_page_is_read(sentence):
    assert _values(sentence + "\n", "procedure.elsewhere") == [True]


def test_a_forms_own_guidance_is_no_procedure_elsewhere():
    assert _values("(請求様式の作成については こちら をご覧ください。)\n", "procedure.elsewhere") == []


def test_the_checklist_says_to_open_the_other_page_and_follow_it(tmp_path):
    from tests.test_import_sentences import checklist, saved
    data = saved(tmp_path, "開示等のご請求については、下記窓口までご連絡ください。なお、開示等のご請求に際してご提出いただく"
                           "書面およびご請求の方法等については、コチラをご参照ください。\n")
    assert data["policy"]["procedure_elsewhere"]["quote"][0].endswith("コチラをご参照ください。")
    text = "".join(checklist(tmp_path).split())
    said = ("(!)この会社は、提出する書類や請求の方法を別のページで示している。このチェックリストはそのページを読んでいない。"
            "プライバシーポリシーにあるリンクからそのページを開き、示された方法に従って請求する（会社が請求の受付方法を定めて"
            "いる場合は、その方法に従って請求しなければならない。個人情報保護法第37条第1項）。")
    assert said in text and text.index(said) < text.index("1.")
    english = " ".join(checklist(tmp_path, language="en").split())
    assert "This checklist has not read that page: open it from the link in the policy and request the way it says" in english


def test_an_envelope_with_no_address_says_to_ask_for_it(tmp_path):
    from tests.test_import_sentences import checklist, saved
    saved(tmp_path, "開示等のご請求は、当社所定の書式にご記入のうえ、郵送にてお送りください。\n")
    text = "".join(checklist(tmp_path).split())
    envelope = text[text.index("封筒を準備する"):]
    assert envelope.startswith("封筒を準備する[](!)一般的な慣行：プライバシーポリシーに郵送先の記載がないため、送る前に宛先を会社に確認する。")


def test_a_first_contact_is_said_to_start_no_two_weeks(tmp_path):
    from tests.test_import_sentences import checklist, saved
    saved(tmp_path, "開示等のご請求の際は、まず下記窓口までお電話ください。当社所定の請求書をお送りします。\n"
                    "個人情報相談窓口 電話：03-1234-5678\n")
    text = "".join(checklist(tmp_path).split())
    assert "最初の問い合わせ（所定の請求書を取り寄せるための連絡など）は請求ではない。2週間は、請求書そのものが会社に届いた日から数える" in text
    assert "the two weeks run from the day the request itself reaches the company" in " ".join(
        checklist(tmp_path, language="en").split())


def test_a_desk_pointed_to_by_its_sections_number_gives_that_sections_address():
    text = ("7. 保有個人データの開示等の請求に対する対応\n保有個人データの開示、訂正・追加・削除、利用停止・消去の請求については、"
            "下記8.の【当社の問合せ窓口】までご連絡ください。\n8. 個人情報取扱業者名および個人情報に関する質問・苦情の問合せ先\n"
            "当社における個人情報に関する質問・苦情に関しては、以下の問合せ窓口にご連絡ください。\n個人情報取扱業者名\n株式会社WST\n"
            "所在地\n〒815-0041 福岡県福岡市南区野間1-1-2 5F\n電話\n0120-502-443\n9. 改定\n〒100-0001 東京都千代田区千代田1-1\n")
    assert _values(text, "send_to.postal_code", head="") == ["815-0041"]
    assert _values(text, "send_to.lines", head="") == [("福岡県福岡市南区野間1-1-2 5F",)]


# The round's second part (real92, real93): English pages of Japanese companies from the research archive

PEACH = """(2) Documents required for the request for Disclosure etc.
Any request for Disclosure, etc. must be submitted by post after downloading request forms (A) and filling out all required information.
(B) Personal identification documents
Please enclose either (1) or (2) below.
(1) A copy of one of the following: driver's license, passport, resident card or special permanent resident certificate.
(C) Self-addressed stamped envelope
Please write your name and address on the envelope and affix an 82-Japanese yen stamp.
(D) Fee: A fee of 1,000 Japanese yen will be charged for each request (when the request is for disclosure or for notification of purpose of use only).
Please enclose a 1,000-Japanese yen postal money order issued by Japan Post Bank. *If the enclosed fee in insufficient or if no fee is enclosed, you will receive a written notification of this. If payment is not received within two weeks after the notification is issued, your request for Disclosure, etc. will be deemed unreceived.
(3) When request for Disclosure, etc. is sent by a representative
When the legal representative of a minor requests Disclosure, etc., or the person in question delegates a representative, please enclose the two following types of documents relating to the representative.
1)Identification documents of representative (same as those listed in item 2(B) above)
"""


def test_a_deadline_to_pay_is_no_time_to_answer():
    assert _values(PEACH, "response.calendar_days", head="") == []


def test_japanese_yen_written_out_is_an_amount_and_an_envelopes_stamp_no_payment():
    assert _values(PEACH, "fees.amount_yen", head="") == [1000]
    assert _values(PEACH, "fees.payment", head="") == ["fixed-amount postal money order (定額小為替)"]


def test_a_representatives_ids_as_those_of_a_sub_item_are_that_items():
    assert _values(PEACH, "documents.agent", head="") == ["drivers-licence", "passport", "special-permanent-resident-certificate",
                                                          "residence-card"]


@pytest.mark.parametrize("text, field, value", [
    ("please request that by mailing designated document.", "channels.accepted", "post"),
    ("When requesting by the customer concerned or statutory representative, be sure to enclose the document that "
     "enables to objectively confirm the identity of an individual, while, by the agent, be sure to enclose the powers "
     "of attorney.", "documents.agent", "power-of-attorney"),
    ("2) Power of attorny, or other document certifying the right of the agent to request Disclosure, etc.",
     "documents.agent", "power-of-attorney"),
])
def test_an_english_pages_words_are_read(text, field, value):
    assert _values("Requests for disclosure of personal information\n" + text + "\n", field, head="") == [value]


def test_two_from_a_list_is_a_count_of_two():
    text = ("Requests for disclosure\nPlease enclose identification documents.\nTwo from either a copy of driver's "
            "license, passport, health insurance certificate, pension insurance booklet or certificate of seal registration.\n")
    assert _values(text, "documents.self_count", head="") == [2]


def test_an_exception_for_one_kind_is_shown_on_that_kinds_checklist_only(tmp_path):
    from tests.test_import_sentences import checklist, saved
    data = saved(tmp_path, "9. 利用目的の通知\n当社は、本人から、個人情報の利用目的の通知を求められたときは、本人に対し、遅滞なく通知を"
                           "行います。但し、個人情報保護法その他の法令により、当社が通知の義務を負わない場合は、この限りではありません。\n"
                           "10. 個人情報等の開示\n当社は、本人から、個人情報の開示を求められたときは、本人に対し、遅滞なく開示を行います。"
                           "但し、個人情報保護法その他の法令により、当社が開示の義務を負わない場合は、この限りではありません。\n")
    assert [g.get("kinds") for g in data["refusal_grounds"]] == [["purpose"], ["disclosure"]]
    disclosure = "".join(checklist(tmp_path).split())
    assert "当社が開示の義務を負わない場合" in disclosure and "当社が通知の義務を負わない場合" not in disclosure
    assert "当社が通知の義務を負わない場合" in "".join(checklist(tmp_path, kind="purpose").split())


def test_a_section_on_one_kind_with_the_request_below_names_that_kind():
    text = ("Privacy Policy\nRegarding the purpose of use\nThe company will use the personal information for services.\n"
            + "".join(f"{n}. Purpose number {n}.\n" for n in range(1, 12)) +
            "Regarding the disclosure of personal information\nIn the case that a customer desires to disclose the personal "
            "information, please request that by mailing designated document.\nCorrection and suspension of use\n"
            "Requests for correction are accepted by post.\n")
    assert ("disclosure", "disclosure") in _values(text, "request_kinds", head="")


def test_a_policys_date_as_of_is_its_date():
    assert _values("Privacy Policy\nRequests for disclosure are accepted by post.\n(As of November 1,2013)\n",
                   "policy.revised", head="") == ["2013-11-01"]


def test_a_public_bodys_page_is_said_to_run_under_chapter_5(tmp_path):
    from tests.test_import_sentences import checklist, saved
    page = ("保有個人情報開示請求等\n開示請求の手続\n開示請求をしようとするときは、保有個人情報開示請求書に記入し、"
            "行政情報課(市役所本庁舎2階)に提出していただきます。\n")
    assert _values(page, "policy.public_body", head="") == [True]
    data = saved(tmp_path, page)
    assert data["policy"]["public_body"]["quote"] == ["保有個人情報開示請求等"]
    text = "".join(checklist(tmp_path).split())
    assert "(!)このページは行政機関等（市区町村、国の機関など）の手続のようである。" in text
    assert "個人情報保護法第5章（第76条以下）の手続によるもの" in text


def test_a_companys_own_retained_information_is_no_public_body():
    text = ("当社は、業務委託契約を締結した企業へ当社保有個人情報を提供することがあります。\n"
            "⑥国の機関若しくは地方公共団体又はその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合\n"
            "開示等のご請求は、当社所定の請求書を郵送してください。\n")
    assert _values(text, "policy.public_body", head="") == []
