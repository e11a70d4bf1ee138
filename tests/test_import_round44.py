"""Structures found on the forty-fourth round's reading (a privacy-desk clerk's cold read and the
new blind sets real76–78), in our own words, each failing on the rules before: the JIS Q 15001
wording of the answer, its method followed by an aside 「書面（…同意した方法があるときは、当該方法）によって
開示する」; an English third-party clause's exceptions are no grounds; an "Attention:" line names
the desk; an English fee's kinds in its lead ("charged for your request to disclose … and to provide
notice of the intended uses"); a numbered clause that leads into the answer's methods (one of them
e-mail, no way to send); a desk in heading brackets or pointed to by its quoted name; a union's
name before its department; an excluded list in groups, the last group's heading no ground; a Latin
name's capitals after a space where the text defines the name as its own; (real79–80) a fee given
as its parts and their sum (「200円＋書留郵送代金（合計：490円）」, the registered mail's cost no way to send);
papers sent to an inquiry desk by its name; two joined cases a sentence refuses; an address under a
lead that names the desk for requests (「…開示等、及び苦情・相談の窓口を次に示します。」) over its contact lines;
the policy's date in brackets (「（最終改正）」), in the era (「令和3年5月1日から施行する」), a revision before
the day it took effect; no address from the block of the person responsible for the data; a street
without its code under the desk's bracketed heading; a fee by the pages disclosed is checked, not settled;
(real82) an English "not" elsewhere in a sentence refuses no way to send; an acknowledgement's days and
an operator information's days are no answer's; an English sentence's first word is no part of the name;
a desk over an international number under "the information provided below"; no fee said a few
sentences after the request on its line; requests sent to a desk to contact (「…のご請求…につきましては、下記
お問い合わせ窓口までご連絡下さい」) are a first contact; the responsible person's phone gives way to the desk's; a policy date no record may hold is
no date (the import failed on 「2099年5月1日改定」); forms "attached below" are downloaded."""
from __future__ import annotations

from assistant.importer.extract import propose
from assistant.importer.source import clean


def _facts(text: str, field: str) -> list:
    return [f.value for f in propose(clean(text)).facts if f.field == field]


def test_an_answer_method_with_an_aside_before_its_verb():
    text = ("(5) 開示対象個人情報の開示等の求めに応じる手続き\n当社は、ご本人から開示を求められたときは、ご本人に対し、"
            "遅滞なく、当該個人情報を書面（ご本人が同意した方法があるときは、その方法）によって開示する。\n")
    assert _facts(text, "response.methods") == ["in-writing"]
    # the aside is bounded: a long one in brackets names no method
    far = ("当社は、ご本人から開示を求められたときは、遅滞なく、当該個人情報を書面（" + "あ" * 60
           + "）によって開示する。\n")
    assert _facts(far, "response.methods") == []


def test_an_english_third_party_clause_lists_no_grounds():
    text = ("6. Except in the following cases, Example Games Inc. will not disclose a customer's personal "
            "information to a third party:\n  1. Cases where the customer agrees to such disclosure.\n"
            "  2. Cases where Example Games Inc. is required to provide such information pursuant to laws.\n"
            "Request for Disclosure of Personal Information\nPlease send the request form to our address below "
            "by post.\n")
    assert _facts(text, "refusal_grounds") == []


def test_an_attention_line_names_the_desk():
    text = ("Request for Disclosure\nPlease send the form with a copy of your passport to our address below by post.\n"
            "Attention: Contact for Personal Information Matter, Example Games Inc.\n"
            "Address: 1-2-3 Higashi-shinagawa, Shinagawa-ku, Tokyo 140-0002, Japan\n")
    assert _facts(text, "send_to.department") == ["Contact for Personal Information Matter"]
    street = ("Please send the form to our address below by post.\nAttention: 1-2-3 Higashi-shinagawa, Tokyo\n"
              "Address: 1-2-3 Higashi-shinagawa, Shinagawa-ku, Tokyo 140-0002, Japan\n")
    assert _facts(street, "send_to.department") == []  # (a street's digits: no desk)


def test_an_english_fees_kinds_in_its_lead():
    text = ("Request for Disclosure\nPlease send the form to our address below by post.\nFees\n"
            "The following fee will be charged for your request to disclose your personal information and to "
            "provide notice of the intended uses of your personal information.\nNo fee will be charged for your "
            "request(s) to correct or delete your personal information. Fee: 800 yen per request.\n")
    assert _facts(text, "fees.kinds") == [("purpose", "disclosure")]


def test_a_numbered_clause_leads_into_the_answers_methods():
    text = ("第6条（開示の請求）\n1. お客様は、当社の定める方法により、自らの情報の開示を請求することができます。\n"
            "2. 開示のお申し出があった場合については、下記の方法のうち、開示請求者の指定するいずれかの方法により回答いたします。"
            "ただし、当該方法による開示が困難である場合は、書面の交付による回答とさせていただきます。\n"
            "1. 書面の交付による方法\n2. PDFファイル等をメールにて送付する方法\n3. その他当社が定める方法\n")
    assert set(_facts(text, "response.methods")) == {"in-writing", "email", "electronic-record"}
    assert _facts(text, "channels.accepted") == []  # (the e-mail is the answer's, not the request's)


def test_a_desk_in_heading_brackets_or_pointed_to_by_its_quoted_name():
    bracketed = ("8. 開示等の請求\n開示等の請求は、下記窓口までご連絡ください。\n【個人情報お問い合わせ窓口】\n"
                 "電話番号 03-1234-5678\n")
    assert _facts(bracketed, "send_to.department") == ["個人情報お問い合わせ窓口"]
    quoted = ("＜開示等の窓口＞\nご本人からの求めにより、開示等を受け付けております。\n開示等を受け付ける窓口は、"
              "以下の「個人情報苦情及び相談窓口」をご覧下さい。\n＜個人情報苦情及び相談窓口＞\n株式会社みなと\n"
              "お電話によるお問い合わせ：0120-00-1234\n")
    assert _facts(quoted, "send_to.department") == ["個人情報苦情及び相談窓口"]


def test_a_unions_name_before_its_department():
    text = ("(3)開示等の求めに応じる手続\nア 開示等の求めのお申し出先\n 岡山県岡山市北区一丁目1番地\n"
            " みなと農業共済組合総務部総務課\n")
    assert _facts(text, "send_to.department") == ["総務部総務課"]


def test_an_excluded_list_in_groups():
    text = ("1.開示等のご請求の対象\n開示等のご請求にあたっては、対象となるデータを特定してください。なお、次の(1)または(2)に"
            "該当する場合は、開示等の対象外となりますので、予めご了承ください。\n(1)「保有個人データ」に該当しない場合\n"
            "・当会に開示等の権限がないもの\n・6か月以内に確実に消去される予定のもの\n"
            "・その存否が明らかになることにより、公益その他の利益が害されるものとして法施行令で定めるもの\n"
            "(2)法の規定により開示等の対象としない場合\n・開示することで、本人の権利利益を害するおそれのある場合\n"
            "・開示することが他の法令に違反することとなる場合\n2.開示等の対象範囲\n")
    grounds = _facts(text, "refusal_grounds")
    assert len(grounds) == 5 and not any(g.startswith(("「保有", "法の規定")) for g in grounds)
    assert "その存否が明らかになることにより、公益その他の利益が害されるものとして法施行令で定めるもの" in grounds


def test_a_latin_name_in_capitals_defined_as_the_companys_own():
    text = ("株式会社MINATO TRADE JAPAN（以下「当社」といいます。）は、個人情報を次のように取り扱います。\n"
            "開示等のご請求は、下記窓口までご郵送ください。\n")
    assert _facts(text, "name") == ["株式会社MINATO TRADE JAPAN"]
    plain = "株式会社MINATO PRIVACY POLICY\n開示等のご請求は、下記窓口までご郵送ください。\n"
    assert _facts(plain, "name") == ["株式会社MINATO"]  # (not defined as its own: the capitals are no name)


def test_a_fee_given_as_its_parts_and_their_sum():
    text = ("3. 個人情報の開示等に応じる手続き\n手続きは下記の相談窓口までご連絡頂き、書面の提出及びご本人確認を実施の上、"
            "対応させて頂きます。\n※ 開示及び利用目的の通知手数料は、200円＋書留郵送代金（合計：490円）となります。\n")
    assert _facts(text, "fees.amount_yen") == [490]
    assert _facts(text, "channels.accepted") == []  # (the registered mail's cost is no way to send)


def test_papers_sent_to_an_inquiry_desk_by_name():
    text = ("【個人情報の開示等の請求方法】\n下記の3点の書類をご準備頂き、12.記載の「お問い合わせ窓口」までご送付ください。\n"
            "1) 個人情報開示等請求書\n")
    assert _facts(text, "channels.accepted") == ["post"]
    asked = "【個人情報の取扱い】\nご質問は、お問い合わせ窓口までお電話ください。\n"
    assert _facts(asked, "channels.accepted") == []


def test_two_joined_cases_a_sentence_refuses():
    text = ("5.保有個人データの開示等\n開示等をご要望される場合は、以下記載の方法により当社まで直接ご請求下さい。なお、下記に定める"
            "請求方法の要件を満たしていない場合や、調査結果に基づき、請求内容が不当と認められた場合は、請求に応じることはできません。\n")
    assert _facts(text, "refusal_grounds") == ["下記に定める請求方法の要件を満たしていない場合",
                                               "調査結果に基づき、請求内容が不当と認められた場合"]


def test_an_address_under_a_lead_that_names_the_desk_for_requests():
    text = ("3. 個人情報の開示等に応じる手続き\n手続きは下記の相談窓口までご連絡頂き、書面の提出及びご本人確認を実施の上、"
            "対応させて頂きます。\n4. 個人情報の苦情・相談窓口\n個人情報の開示等、及び苦情・相談の窓口を次に示します。\n"
            "みなと空港サービス株式会社　相談窓口\n072-455-0000\nsoudan@example.co.jp\n"
            "〒549-0001　大阪府泉佐野市泉州空港北1番地\n")
    assert _facts(text, "send_to.postal_code") == ["549-0001"]


def test_the_policys_date_in_brackets_in_the_era_or_as_it_took_effect():
    bracketed = "個人情報保護方針\n2005年4月1日（制定）\n2023年4月1日（最終改正）\nみなと株式会社\n"
    assert _facts(bracketed, "policy.revised") == ["2023-04-01"]
    era = "個人情報保護規程\n第1条 …\nこの規程は、平成28年4月1日から施行する。\nこの規程は、令和3年5月1日から施行する。\n"
    assert _facts(era, "policy.revised") == ["2021-05-01"]
    first_year = "この規程は、令和元年8月27日から施行する。\n"
    assert _facts(first_year, "policy.revised") == ["2019-08-27"]
    # a revision before the day it took effect is the revision's date
    both = "2012年12月1日改訂\n2013年1月2日施行\n"
    assert _facts(both, "policy.revised") == ["2012-12-01"]
    assert _facts("この規程は、令和3年2月30日から施行する。\n", "policy.revised") == []  # (no such day)


def test_no_address_from_the_block_of_the_person_responsible_for_the_data():
    text = ("5.保有個人データの開示等\n【個人情報の開示等の請求方法】\n下記の書類をご準備頂き、11.記載の「お問い合わせ窓口」まで"
            "ご送付ください。\n10.個人情報データ等の管理について責任を有する者\n株式会社みなとグループ　管理本部\n"
            "所在地：〒107-0061　東京都港区北青山3-6-23\nTEL：03-0000-0000\n11.お問い合わせ窓口\n"
            "みなと建物管理株式会社　個人情報担当窓口　TEL　03-0000-0001\n")
    assert _facts(text, "send_to.postal_code") == []


def test_a_street_without_its_code_under_the_desks_bracketed_heading():
    text = ("第6条（開示の請求）\n1. お客様は、当社の定める方法により、自らの情報の開示を請求することができます。\n"
            "第7条（お問い合わせ窓口）\n【個人情報の取扱いに関するお問い合わせ窓口】\n東京都新宿区百人町2-20-2みなとハイツ2階\n"
            "電話番号　03-0000-0000\n")
    assert _facts(text, "send_to.lines") == [("東京都新宿区百人町2-20-2みなとハイツ2階",)]
    assert _facts(text, "send_to.department") == ["個人情報の取扱いに関するお問い合わせ窓口"]
    assert _facts(text, "send_to.postal_code") == []  # (never looked up and passed as the page's)


def test_a_fee_by_the_pages_disclosed_is_checked_not_settled():
    text = ("2.開示手数料\n開示に関する手数料は、開示する文書の分量によります。\n分量 A4片面換算10枚以内\n手数料 500円+消費税分\n"
            "10枚を超える場合は、10枚毎に500円+消費税分とします。\n開示手数料は、銀行振込でお支払いただきます。\n")
    found = [f for f in propose(clean(text)).facts if f.field == "fees.amount_yen"]
    assert [(f.value, f.sure) for f in found] == [(500, False)]
    copies = "開示請求に係る手数料は1件200円です。ただし、写しの交付を受ける場合は、写し1枚につき10円を申し受けます。\n"
    assert [(f.value, f.sure) for f in propose(clean(copies)).facts if f.field == "fees.amount_yen"][:1] == [(200, True)]


def test_an_english_not_elsewhere_refuses_no_way_to_send():
    text = ("9. Requests Concerning Retained Personal Data\nA request may be submitted through the Contact form or by "
            "email to privacy@example.jp. We send an acknowledgement within five Business Days after receipt and respond without "
            "delay, in principle within 30 calendar days after receipt.\nConsent obtained after receipt will not be "
            "applied retroactively to processing that occurred when the email was received.\n")
    assert _facts(text, "channels.refused") == []
    assert set(_facts(text, "channels.accepted")) == {"online-form", "email"}
    assert _facts(text, "response.calendar_days") == [30] and _facts(text, "response.business_days") == []
    refused = "Requests for disclosure are accepted by post only. Requests by e-mail will be refused.\n"
    assert _facts(refused, "channels.refused") == ["email"]


def test_an_operator_informations_days_are_no_answer():
    text = ("Requests under Section 9 may be submitted through the Contact form. A request for operator information "
            "must state that disclosure is requested. Within five Business Days after receipt, we reply with the "
            "operator's legal name and current business address.\n")
    assert _facts(text, "response.business_days") == []


def test_an_english_sentences_first_word_is_no_part_of_the_name():
    text = ("At Minato Etching Co., Ltd., we are committed to protecting personal information.\n"
            "Requests for Disclosure of Personal Information\nPlease contact us at the information provided below.\n"
            "Inquiry Counter\n+81-3-0000-0000\n")
    assert _facts(text, "name") == ["Minato Etching Co., Ltd."]
    assert _facts(text, "send_to.department") == ["Inquiry Counter"]


def test_no_fee_said_a_few_sentences_after_the_request_on_its_line():
    text = ("Commercial transactions\nWe charge no additional fees.\nRetention, and your rights over your personal information\n"
            "We keep personal information only as long as needed. You may request notification of the purpose of use and "
            "disclosure. Ask through the contact form, by email (info@example.jp), or by telephone. Once we have "
            "confirmed your identity we respond without undue delay, in accordance with the law. We charge no fee.\n")
    assert _facts(text, "fees.amount_yen") == [0]


def test_requests_sent_to_a_desk_to_contact_are_a_first_contact():
    text = ("・お客様の個人情報の取り扱いについて、開示・訂正・削除等のご請求、その他個人情報に関するご質問・ご要望につきましては、"
            "下記お問い合わせ窓口までご連絡下さい。\n(お問い合わせ窓口)\nTEL 06-0000-0000\n")
    assert _facts(text, "contact_first") == [True] and _facts(text, "channels.accepted") == []
    questions = "個人情報に関するご質問につきましては、下記お問い合わせ窓口までご連絡下さい。\n"
    assert _facts(questions, "contact_first") == []  # (questions, no request)


def test_the_responsible_persons_phone_gives_way_to_the_desks():
    text = ("5.保有個人データの開示等\n下記の書類を11.記載の「お問い合わせ窓口」までご送付ください。\n"
            "10.個人情報データ等の管理について責任を有する者\n株式会社みなとグループ　管理本部\nTEL：03-0000-0000\n"
            "11.お問い合わせ窓口\nみなと建物管理株式会社　個人情報担当窓口　TEL　03-1111-1111\n")
    assert _facts(text, "inquiries.phone") == ["03-1111-1111"]
    alone = ("5.保有個人データの開示等\n開示等のご請求は、郵送でお願いします。\n10.個人情報の管理について責任を有する者\n"
             "株式会社みなとグループ　管理本部\nTEL：03-0000-0000\n")
    assert _facts(alone, "inquiries.phone") == ["03-0000-0000"]  # (the page's only phone stays)


def test_a_policy_date_no_record_may_hold_is_no_date(tmp_path):
    from tests.test_import_sentences import saved

    assert _facts("開示等のご請求は、郵送でお願いします。\nこの規程は、令和99年5月1日から施行する。\n", "policy.revised") == []
    data = saved(tmp_path, "開示等のご請求は、郵送でお願いします。\n2099年5月1日改定\n2023年4月1日制定\n")
    assert str(data["policy"]["revised"]) == "2023-04-01"  # (the import is saved, on the date it can hold)


def test_forms_attached_below_are_downloaded():
    text = ("Request for Disclosure of Personal Information\nIf you request us to disclose your personal information, "
            "please fill out the applicable form among the forms attached below and send it with a copy of your "
            "passport to our address below by post.\nAttached files: \"Request Forms for Disclosure of Personal "
            "Information\"\n(1) Request for Disclosure of Personal Information\n")
    assert _facts(text, "form.get_it") == ["download"]
