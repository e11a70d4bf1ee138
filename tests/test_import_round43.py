"""Structures of the forty-third round's pages (real67–69), in our own words, each failing on the
rules before: a third-party clause whose 「第三者」 carries an aside is no list of refusal grounds; a
photo 住基カード by its longer name; a request made by e-mail (「下記窓口までメールでご連絡ください」)
where nothing else is said, but no way at all from a plain 「以下の窓口にご連絡ください」 over a contact
block; 「手数料は無料です」 after the request's sentence on its line; a utility bill (「公共料金の請求書」)
is no fee; who bears the mailing cost names no way to send; a bilingual page's Japanese address;
a desk pointed to by its section (「上記2項の個人情報保護管理者」) with its labelled code."""
from __future__ import annotations

from assistant.importer.extract import propose
from assistant.importer.source import clean


def _facts(text: str, field: str) -> list:
    return [f.value for f in propose(clean(text)).facts if f.field == field]


def test_a_third_party_clause_with_an_aside_lists_no_grounds():
    text = ("7.個人情報の第三者への提供について\n当社は、次の場合を除き、個人情報を第三者（上記６の委託先との共同利用先は"
            "除きます）に開示又は提供することはございません。\n(1)法令に基づく場合\n(2)人の生命、身体又は財産の保護のために"
            "必要である場合であって、本人の同意を得ることが困難である場合\n8.個人情報の開示等について\n開示等をご希望される場合は、"
            "書面にて郵送でお申し出ください。\n")
    assert _facts(text, "refusal_grounds") == []


def test_a_photo_resident_card_by_its_network_name():
    text = ("8.個人情報の開示等について\n(2)本人確認方法について\n免許証、住民基本台帳ネットワークカード（写真付き）等にて"
            "ご確認させていただきます。\n")
    assert set(_facts(text, "documents.self")) == {"drivers-licence", "other-official-photo-id"}


def test_a_request_by_e_mail_and_a_plain_contact_block():
    told = ("9. 開示等のご請求\nお客様は、保有個人データの開示、訂正、利用の停止を請求することができます。下記窓口までメールで"
            "ご連絡ください。ご本人であることを確認のうえ、2週間以内に回答いたします。\n10. お問い合わせ窓口\n"
            "Eメールアドレス：privacy@example.co.jp\n")
    assert _facts(told, "channels.accepted") == ["email"]
    plain = ("情報の開示、訂正、利用停止、削除をご希望の場合は、以下の窓口にご連絡ください。ご請求は、ご本人確認の上で対応"
             "いたします。\n連絡先：info@example.co.jp\n")
    assert _facts(plain, "channels.accepted") == []
    # a contact after which the company sends its form: a first step, no way to send
    first = ("開示等の請求は、下記窓口までメールでご連絡ください。折り返し、当社所定の請求書をお送りいたします。\n"
             "メール：privacy@example.co.jp\n")
    assert "email" not in _facts(first, "channels.accepted")


def test_no_fee_said_after_the_requests_sentence():
    text = ("6. 個人情報の開示・訂正・削除等\n6.4 請求方法\n上記請求は、以下の窓口にて承ります。\n・メール：support@example.jp\n"
            "・受付時間：平日10:00〜18:00\n開示請求については、原則として2週間以内に回答いたします。手数料は無料です。\n")
    assert _facts(text, "fees.amount_yen") == [0]


def test_a_utility_bill_is_an_address_document_not_a_fee():
    text = ("【申込書面をご提出いただく際に同封いただくもの】\n･運転免許証、パスポートの写しのいずれか1つ\n"
            "･現住所を確認できる書類(住民票の写し、公共料金の請求書等)\n")
    found = [f for f in propose(clean(text)).facts if f.field == "documents.self"]
    assert [f.value for f in found] == ["drivers-licence", "passport", "certificate-of-residence"]
    # under a heading naming what to enclose, the address paper is needed besides one of the IDs
    assert found[-1].note == "needed besides the documents above"


def test_who_bears_the_mailing_cost_names_no_way_to_send():
    text = ("上記以外のご請求については、第1条の窓口までご連絡ください。当社所定の手数料（500円）および請求にかかる郵送費等は"
            "ご請求者様のご負担となります。\n")
    assert "post" not in _facts(text, "channels.accepted")


def test_a_bilingual_pages_japanese_address():
    text = ("1. お問い合わせ窓口\n住所\t〒112-0004　東京都文京区後楽2丁目3番11号　後楽ビル101号室\n"
            "保有個人データの開示等のご請求は、上記の窓口までご郵送ください。\n"
            "1. Contact\nAddress\t2-3-11 Koraku, Bunkyo-ku, Tokyo 112-0004, Japan\n"
            "Please send requests for disclosure to the desk above by post.\n")
    assert _facts(text, "send_to.lines") == [("東京都文京区後楽2丁目3番11号 後楽ビル101号室",)]


def test_a_desk_pointed_to_by_its_section_with_a_labelled_code():
    text = ("2. 個人情報保護管理者について\nサンプル株式会社\n個人情報保護管理者 副社長 山田 一郎\n"
            "住所：〒103-0004 東京都中央区東日本橋1丁目3-3 サンプルビル 3F\n電話番号：03-1234-5678\n"
            "3. 委託について\n外部委託をする場合があります。\n"
            "5. 個人情報に関する苦情・開示等について\n当社が保有する開示対象個人情報の開示等（利用目的の通知、開示、訂正）の"
            "申し出は上記2項の個人情報保護管理者までご連絡下さい。開示等の請求手続きについて説明をさせていただきます。\n")
    assert _facts(text, "send_to.department") == ["個人情報保護管理者"]
    assert _facts(text, "send_to.postal_code") == ["103-0004"]
    assert _facts(text, "inquiries.phone") == ["03-1234-5678"]


def test_an_english_page_sends_to_the_following_address_and_answers_in_writing():
    text = ("11. Procedure for Disclosure of Personal Information\nWe accept requests from individuals for the disclosure "
            "of personal information. When there is a request for disclosure from the individual, we will disclose it "
            "promptly by providing a written document or electronic record.\n(1) Contact for requests for disclosure\n"
            "Please send the necessary documents to the following address.\nSample Co., Ltd. Personal Information "
            "Consultation Desk 3-6-6 Minamihonmachi, Chuo-ku, Osaka 541-0054 TEL: 06-0000-0000\n")
    assert _facts(text, "channels.accepted") == ["post"]
    assert _facts(text, "send_to.postal_code") == ["541-0054"]
    assert set(_facts(text, "response.methods")) == {"in-writing", "electronic-record"}


def test_a_fee_numbered_as_a_part_after_a_list_of_documents_is_no_enclosure():
    text = ("11. Procedure for Disclosure\n(2) Documents to be submitted One of the following ①, ②, ③\n"
            "① Request form\n② Documents for personal identification (driver's license, passport, etc.)\n"
            "③ For a legal representative, documents confirming the representation\n"
            "(3) Fee For requests for disclosure, a fee of JPY 1,000 will be charged for each request.\n")
    assert _facts(text, "fees.amount_yen") == [1000]
    assert _facts(text, "fees.pay_when") == []
    # an item of the list to enclose is paid with the request
    enclosed = ("開示等の請求\n次の書類を同封のうえ、ご郵送ください。\n(1) 請求書\n(2) 本人確認書類の写し\n"
                "(3) 手数料1,000円分の定額小為替\n")
    assert _facts(enclosed, "fees.pay_when") == ["with-request"]


def test_an_inquiry_forms_name_and_labelled_restrictions():
    text = ("8. 個人情報の開示・訂正・削除等\n8.1 対象となる権利\n・個人情報の開示請求\n・利用停止・消去請求\n8.2 制限事項\n"
            "・技術的必要性: サービス提供に不可欠なデータの場合\n・法的保管義務: 法令により保管が義務付けられている場合\n"
            "8.3 対応手続き\n・お問い合わせフォームにて受付\n・手数料：開示請求1件につき1,000円（税込）\n")
    assert _facts(text, "channels.accepted") == ["online-form"]
    assert _facts(text, "refusal_grounds") == ["サービス提供に不可欠なデータの場合", "法令により保管が義務付けられている場合"]


def test_the_exceptions_to_a_right_the_sentence_before_grants():
    text = ("6.1 開示請求\n保有個人情報の開示を求めることができます。ただし、法令に基づき"
            "保存義務がある情報、または業務の適正な遂行に著しく支障を及ぼす場合は、この限りではありません。\n")
    assert _facts(text, "refusal_grounds") == ["法令に基づき保存義務がある情報", "業務の適正な遂行に著しく支障を及ぼす場合"]
    # a right of one other kind only: its exceptions would stand on a disclosure checklist (a cold read)
    other = ("6.3 利用停止・消去請求\n保有個人情報が目的外利用されている場合、利用停止・消去を求めることができます。ただし、"
             "法令に基づき保存義務がある情報は、この限りではありません。\n")
    assert _facts(other, "refusal_grounds") == []
    # the consent rule's exception after a clause on third parties: no ground
    consent = ("当社は、ご本人の同意なく個人情報を第三者に提供しません。ただし、法令に基づく場合、または人の生命の保護のため"
               "に必要がある場合は、この限りではありません。\n")
    assert _facts(consent, "refusal_grounds") == []


def test_a_japanese_pages_name_in_japanese_over_its_english_one():
    text = ("Sample Inc.\n開示等の請求について\n" + "当社は、保有個人データの開示等のご請求に対応いたします。" * 10 + "\n"
            "ご請求は、下記宛にご郵送ください。\n〒150-0001\n東京都渋谷区神宮前1-2-3\n株式会社サンプル\n個人情報担当\n"
            "© 2026 Sample Inc. All rights reserved.\n")
    assert _facts(text, "name") == ["株式会社サンプル"]
    # an English page keeps its English name
    english = ("Sample Inc.\nRequests for disclosure\nPlease send your request by post to: 1-2-3 Jingumae, Shibuya-ku, "
               "Tokyo 150-0001, Sample Inc. Privacy Desk\n")
    assert _facts(english, "name") == ["Sample Inc."]


def test_an_address_the_page_gives_without_a_postal_code():
    text = ("8. 開示等の受付方法・窓口\n(1)受付手続\n下記の宛先に電話でお申込ください。\n【受付の方法・窓口】\n"
            "住所：東京都豊島区東池袋1-2-3 サンプルビル3F　個人情報受付センター\n電話番号：03-0000-0000\n")
    assert _facts(text, "send_to.lines") == [("東京都豊島区東池袋1-2-3 サンプルビル3F",)]
    assert _facts(text, "send_to.department") == ["個人情報受付センター"]
    assert _facts(text, "send_to.postal_code") == []  # never looked up and passed as the page's
    # the company's own address in its profile, no request sent there: none
    profile = "会社概要\n所在地：東京都豊島区東池袋1-2-3 サンプルビル3F\n設立：2010年\n"
    assert _facts(profile, "send_to.lines") == []


def test_a_hotels_stay_terms_after_its_policy_are_not_the_requests():
    text = ("8.個人情報についてのお問い合わせ窓口\nご本人から内容の開示、訂正、利用停止等のご請求のお申し出があったときは、"
            "下記窓口にて対応いたします。\nサンプル館 代表：0467-00-0000\n※開示の求めに関する手続き (必要書類・受付の方法・"
            "手数料・その他) についての詳細は各窓口までお問い合わせください。\nホテル規約\n〈宿泊契約締結の拒否〉\n"
            "当施設は、次に掲げる場合において、宿泊契約の締結に応じないことがあります。\n・満室により客室の余裕がないとき\n"
            "〈料金の支払い〉\n宿泊料金の支払いは、通貨又はクレジットカード等これに代わり得る方法により行っていただきます。\n")
    assert _facts(text, "refusal_grounds") == []
    assert _facts(text, "fees.payment") == []
    assert _facts(text, "inquiries.phone") == ["0467-00-0000"]
    assert _facts(text, "contact_first") == [True]


def test_the_accredited_bodys_complaints_room_is_not_the_desk():
    text = ("(3) 苦情や問い合わせの申し出先\n開示等を請求される場合には、下記にご連絡ください。\n"
            "個人情報問合せ窓口：山田 花子（取締役）\n電話：03-0000-0001\n\n(4) 認定個人情報保護団体名\n"
            "認定個人情報保護団体の名称\n一般財団法人日本情報経済社会推進協会\n苦情の解決の申出先\n個人情報保護苦情相談室\n住所\n"
            "〒106-0032 東京都港区六本木一丁目9番9号六本木ファーストビル内\n電話番号\n03-5860-7565\n0120-700-779\n")
    assert _facts(text, "send_to.department") == ["個人情報問合せ窓口"]
    assert _facts(text, "inquiries.phone") == ["03-0000-0001"]


def test_no_fee_collected_and_a_form_named_in_brackets_as_a_file():
    text = ("8.開示対象個人情報の開示等の請求について\n開示等の請求については、請求用紙（開示対象個人情報の開示等の依頼票）［PDF］に"
            "必要事項を記入し、郵送でお送りください。\n手数料の徴収\n開示等の求めに応ずるための手数料は徴収いたしません。\n")
    assert _facts(text, "form.name") == ["開示対象個人情報の開示等の依頼票"]
    assert _facts(text, "form.get_it") == ["download"]
    assert _facts(text, "fees.amount_yen") == [0]


def test_a_visit_to_be_checked_is_no_way_to_send_and_an_english_access_heading():
    text = ("開示等の求めに応じる手続き\n4. 代理人の本人確認については、代理人が当院へ来院のうえ、運転免許証及び委任状をご提示頂くことで"
            "本人を確認する。\n5. 当院では、本人確認を行なった後、「個人情報開示等請求書」を郵送させていただきます。ご記入のうえ"
            "ご返送ください。\n")
    assert "in-person" not in _facts(text, "channels.accepted")
    english = ("### Accessing or correcting Your information\nAt any time, you may review or update your personal "
               "information by contacting us at: support@example.com\n")
    assert {k for k, _ in _facts(english, "request_kinds")} == {"disclosure", "correction"}


def test_paid_once_the_request_is_received_and_a_definition_names_no_document():
    text = ("8. 保有個人データの開示等の請求手続き\n手数料\n利用目的の通知及び開示の請求については、1 件あたり 1,000 円（税込）の"
            "手数料を申し受けます。請求受理後、当方が指定する方法によりお支払いください。\n")
    assert _facts(text, "fees.pay_when") == ["on-notice"]
    definition = ("第1条（個人情報）\n「個人情報」とは，生存する個人に関する情報であって，氏名，生年月日その他の記述等により特定の"
                  "個人を識別できる情報及び健康保険証の保険者番号などの当該情報単体から特定の個人を識別できる情報を指します。\n"
                  "第6条（個人情報の開示）\n当社は，本人から個人情報の開示を求められたときは，本人に対し，遅滞なくこれを開示します。\n")
    assert _facts(definition, "documents.self") == []


def test_a_desk_that_takes_the_requests_the_ways_its_list_gives():
    text = ("6.4 請求方法\n上記請求は、本人確認を行った上で、以下の窓口にて承ります。\n・メール：support@example.jp\n"
            "・電話：03-0000-0002\n・受付時間：平日10:00〜18:00\n")
    assert _facts(text, "channels.accepted") == ["email", "telephone"]
    form = ("8. 開示等の請求手続き\n請求は、本ポリシー末尾のお問い合わせ窓口までお申し出ください。\n"
            "11. お問い合わせ窓口\n・事業者：サンプル\n・お問い合わせ窓口：お問い合わせフォーム（/contacts）\n")
    assert _facts(form, "channels.accepted") == ["online-form"]


def test_the_policys_latest_date_not_its_adoption():
    text = ("個人情報保護方針\n2009年10月1日制定\n2017年10月1日改定\n開示等の請求\n開示等のご請求は郵送でお願いします。\n")
    assert _facts(text, "policy.revised") == ["2017-10-01"]
    iso = "開示等の請求\n開示等のご請求は郵送でお願いします。\n制定日: 2026-05-04\n"
    assert _facts(iso, "policy.revised") == ["2026-05-04"]


def test_kinds_named_only_in_the_heading_above_the_procedure():
    # (kakaku_en: the procedure read from its item "A. An application form for Certain Requests …", its
    # kinds named and abbreviated in the heading far above: "4. Procedures to meet requests for notice of
    # the purpose of use, for disclosure, correction, … (hereinafter "Certain Requests")")
    from pathlib import Path

    text = (Path(__file__).parent / "fixtures" / "real75_blind" / "kakaku_en.txt").read_text(encoding="utf-8")
    assert {k for k, _ in _facts(text, "request_kinds")} >= {"disclosure", "correction"}


def test_an_applicants_notice_on_disposing_of_papers_is_no_ground_and_fees_of_an_access_part():
    text = ("Disclosure of Personal Information and Other Inquiries\nKAYAC accepts requests for disclosure of your own "
            "Personal Information. Please contact the Privacy Desk below. However, we will not respond to your inquiries "
            "to comment on reasoning of screening results.\n\nIf by any possibility you are not admitted, we will dispose "
            "submitted application documents within a month after announcing results.\n")
    assert _facts(text, "refusal_grounds") == []
    access = ("4. ACCESS TO YOUR PERSONAL INFORMATION\n\n1. If you request copies of your personal information held by us, "
              "we will provide you with copies.\n2. For a copy, we will charge a fee (1000 yen per case).\n")
    assert _facts(access, "fees.amount_yen") == [1000] and _facts(access, "fees.per") == ["request"]
    listed = "【開示請求の手続き】\n・本人確認：ご登録情報との照合により確認いたします\n・手数料：無料\n"
    assert _facts(listed, "fees.amount_yen") == [0]


def test_a_desk_on_the_line_its_label_opens():
    text = ("個人情報の開示等手続\n当院の保有個人データに関する開示等のお求めは、次の窓口までお申出下さい。\n"
            "受付窓口   個人情報担当係\n")
    assert _facts(text, "send_to.department") == ["個人情報担当係"]
    clinic = "開示等の請求について\n開示等のご請求は郵送でお願いします。\n開示等請求受付窓口：地域医療連携部\n電話：06-0000-0000\n"
    assert _facts(clinic, "send_to.department") == ["地域医療連携部"]  # (the label is no desk's name)


def test_a_revision_date_no_calendar_has_is_no_date():
    # (an English month the calendar does not know stopped the import with a ValueError)
    for line in ("Last updated: Foo 1, 2020", "2023年13月1日改定"):
        assert _facts(f"Requests for disclosure\n{line}\nPlease send requests by post.\n", "policy.revised") == []
    assert _facts("Requests for disclosure\nLast updated: March 3, 2021\n", "policy.revised") == ["2021-03-03"]
