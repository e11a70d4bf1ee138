"""Structures the seventh round's pages (and the sixth round's unseen ones) used where the rules
read them poorly (issue 21), each in a real-looking example of our own words, with the page of the
corpus it came from named. The rules are general: the structure decides, not the page's words."""
from __future__ import annotations

from tests.test_import_round6_structures import _facts


def test_a_documents_number_is_no_document_to_send():
    # real6_unseen/nikkyohan: a definition of personal information that names 「旅券番号、運転免許証
    # 番号、…健康保険の被保険者証の記号、番号」 asks for no passport, licence or insurance card
    facts = _facts("「個人情報」とは、氏名、生年月日のほか、旅券番号、運転免許証番号、健康保険の"
                   "被保険者証の記号、番号等、発行を受ける者ごとに異なる符号を含むものをいいます。\n")
    assert "documents.self" not in facts
    # the documents themselves, in a list, are still the person's
    facts = _facts("開示の請求には、次のいずれかの写しを同封してください。\n・運転免許証\n・パスポート\n"
                   "・健康保険の被保険者証\n")
    assert facts["documents.self"] == {"drivers-licence", "passport", "health-insurance-card"}


def test_a_way_refused_later_in_its_sentence_is_not_accepted_earlier():
    # real7/jpg: 「お電話では本人確認が困難なため、お電話での登録情報開示は一切行っておりません」
    facts = _facts("開示の請求は、来所または郵送により受け付けます。\n"
                   "お電話ではご本人の確認ができないため、お電話での開示は一切行っておりません。\n")
    assert facts["channels.accepted"] == {"in-person", "post"}
    assert facts["channels.refused"] == {"telephone"}
    # a label cut before its number (「受付電話番」) is no way to send
    assert "channels.accepted" not in _facts("開示の受付\n受付電話番\n")


def test_a_postage_aside_in_brackets_leaves_the_ways_named():
    # real7/scenter: 「…返信用封筒(送料ご本人様負担)を同封のうえ、…書留、簡易書留、配達記録郵便など…」
    facts = _facts("開示等請求書に記入し、返信用封筒(送料ご本人様負担)を同封のうえ、下記宛先まで、"
                   "簡易書留、配達記録郵便など、配達の記録が残る方法によりお申し込みください。\n")
    assert facts["channels.accepted"] == {"simple-registered-mail", "mail-with-delivery-record"}
    # who pays a postage, said outright, still names no way (real5/o_hara)
    assert "channels.accepted" not in _facts("郵送希望の場合のみ送料(書留・本人限定受取郵便)はご請求者負担です。\n")


def test_grounds_led_by_outside_what_a_request_covers():
    # real7/yomiuri_johkai: 「以下の場合は請求の対象外としますのでご了承ください。」
    facts = _facts("開示の請求について\n次の場合は請求の対象外としますのでご了承ください。\n"
                   "・当社の業務の適正な実施に著しい支障を及ぼすおそれがある場合\n"
                   "・他の法令に違反することとなる場合\n")
    assert facts["refusal_grounds"] == {"当社の業務の適正な実施に著しい支障を及ぼすおそれがある場合",
                                        "他の法令に違反することとなる場合"}


def test_a_desk_named_as_a_team_and_each_companys_own_desk():
    # real7/kcs: 「兼松コミュニケーションズ株式会社 総務部CSRチーム」
    facts = _facts("請求書を下記宛に郵送にてお申し出ください。\n〒100-0005\n東京都千代田区丸の内9-9-9\n"
                   "株式会社みなと通信 総務部コンプライアンスチーム\n")
    assert facts["send_to.department"] == {"総務部コンプライアンスチーム"}
    # real7/relo: 「各会社の…「個人情報の相談窓口」にお申し出ください」: no desk in particular
    facts = _facts("開示等のご請求は、各会社のホームページでご案内している「個人情報の相談窓口」にお申し出ください。\n")
    assert "send_to.department" not in facts


def test_a_first_contact_the_company_then_guides_is_no_way_to_send():
    # real7/onlinetechnology: 「…に電話、または郵便でお申込ください。受付手続についての詳細は、お申し
    # 出頂いた際にご案内申しあげます」, the form then sent by registered mail
    facts = _facts("開示等のご請求は、個人情報窓口にお電話、または郵便でお申込ください。\n"
                   "手続の詳細は、お申し出いただいた際にご案内いたします。\n"
                   "所定の申請書を本人確認書類と共に書留郵便にて送付してください。\n")
    assert facts["contact_first"] == {True}
    assert facts["channels.accepted"] == {"registered-mail"}


def test_a_form_named_for_an_agent_is_no_requester():
    # real6_unseen/daitobank: 「①法定代理人の場合 / ・当行所定の代理人届 / ・…(戸籍謄本、…)」
    facts = _facts("代理人による請求の場合は、次の書類をご用意ください。\n①法定代理人の場合\n・当社所定の代理人届\n"
                   "・法定代理人であることを確認するための書類(戸籍謄本など)\n②任意代理人の場合\n・委任状\n")
    assert facts["documents.legal-representative"] == {"family-register"}
    assert facts["documents.agent"] == {"power-of-attorney"}


def test_a_case_of_which_desk_is_no_visit():
    # real6_unseen/irem: 「受付窓口 / • (1)Webによる会員登録…、登録・提供した窓口が明確な場合。」
    assert "channels.accepted" not in _facts("3. 開示等のご請求の受付窓口\n"
                                             "・(1)会員登録など、ご登録いただいた窓口が明確な場合。\n")
    # a branch's counter under that heading is one (real2)
    assert _facts("受付窓口\n・お取引店舗の窓口\n")["channels.accepted"] == {"in-person"}


def test_a_quoted_form_name_holds_no_document_and_the_return_envelope_no_answer():
    # real6_unseen/vitowa: 「「保有個人データ開示、訂正、利用停止等の請求書、委任状」」, 「当社専用返信封筒に
    # 同封のうえ郵送してください」, 「印鑑登録証明証」
    facts = _facts("請求を行う場合は、次の請求書に記入の上、本人確認書類をコピーして、当社専用返信封筒に同封のうえ"
                   "郵送してください。\n(A) 当社所定の請求書\n「保有個人データ開示等の請求書、委任状」\n"
                   "(B) 本人確認書類\n・運転免許証\n・印鑑登録証明証(作成日より3ヶ月以内)\n")
    assert facts["channels.accepted"] == {"post"}
    assert "documents.agent" not in facts
    assert facts["documents.self"] == {"drivers-licence", "seal-registration-certificate"}


def test_a_fee_paid_when_the_answer_is_given():
    # real6_unseen/iyogin_hd: 「開示のご請求の場合は、回答させていただく際に、以下の手数料をお支払いただきます。」
    facts = _facts("(4)手数料\n開示のご請求の場合は、回答させていただく際に、以下の手数料をお支払いただきます。\n"
                   "開示依頼書1通につき、1,100円(税込)\n")
    assert facts["fees.pay_when"] == {"on-notice"}


def test_a_form_for_an_investigation_after_the_answer_is_not_the_request_form():
    # real7/jpg: 「当協会所定の「調査依頼書」に必要事項をご記入のうえ、ご提出ください」 (after disclosure)
    facts = _facts("開示の請求は、来所または郵送により受け付けます。\n開示された内容に疑義があるときは、"
                   "当協会所定の「調査依頼書」に必要事項をご記入のうえ、ご提出ください。\n")
    assert "form.name" not in facts
    # the request's own quoted form is still read
    assert _facts("当社所定の「個人情報開示請求書」に記入し、郵送してください。\n")["form.name"] == {"個人情報開示請求書"}
