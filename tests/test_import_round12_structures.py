"""Structures the twelfth round's worked-on pages (real12/) used where the rules read them poorly
or wrongly (issue 21), each in our own words with a real-looking example and the page it came
from. The structure decides, not the page's words. Each test fails on the rules before this round
(its second half, where there is one, is a guard)."""
from __future__ import annotations

from tests.test_import_round6_structures import _facts


def test_a_nil_fee_said_of_the_other_kinds_in_its_own_clause():
    # real12/tokyubus: 「…開示手数料(開示または利用目的の通知のご請求の場合のみとし、訂正等および利用
    # 停止等のご請求の場合には当該手数料は不要。)を同封のうえ下記宛に郵便でご請求ください。」
    facts = _facts("所定の請求書に本人確認書類および手数料(開示の請求の場合のみとし、訂正および利用停止の請求の"
                   "場合には当該手数料は不要。)を同封のうえ、下記宛に郵便でご請求ください。\n")
    assert "fees.amount_yen" not in facts  # never 「手数料は不要」 for disclosure
    assert facts["fees.kinds"] == {("disclosure",)}
    assert facts["fees.pay_when"] == {"with-request"}
    assert facts["channels.accepted"] == {"post"}  # 「郵便でご請求ください」 asks the person to post it
    # a nil said of every kind is still a nil fee
    assert _facts("開示等の請求の手数料は不要です。\n")["fees.amount_yen"] == {0}


def test_the_mail_of_the_companys_answer_is_no_way_to_send():
    # real12/ntv: 「開示方法は、郵送でのみ行い、以下の開示請求書、本人確認書類、手数料分の郵便切手を郵送して
    # いただき、日本テレビから一般書留郵便でご本人に開示いたします。」
    facts = _facts("請求は郵送でのみ受け付け、請求書、本人確認書類、手数料分の郵便切手を郵送していただき、"
                   "当社から簡易書留郵便でご本人に開示いたします。\n")
    assert facts["channels.accepted"] == {"post"}
    assert facts["fees.pay_when"] == {"with-request"}  # the stamps go with the request
    # a kind of mail the person is asked to use is still theirs
    facts = _facts("請求書を簡易書留郵便でお送りください。当社から書面で回答いたします。\n")
    assert facts["channels.accepted"] == {"simple-registered-mail"}


def test_what_a_request_does_not_cover_listed_as_grounds():
    # real12/ntv: 「なお、同法律により、次に該当するものは請求の対象から除きますのでご了承ください。」 over
    # 「【1】…害されるもの」 with (1)–(4) under it, then 「【2】6か月以内に消去することとなるもの」
    facts = _facts("1. 請求の対象\n次に該当するものは開示請求の対象から除きます。\n"
                   "【1】公益その他の利益が害されるもの\n(1)本人の生命又は財産に危害を及ぼすおそれのあるもの\n"
                   "(2)違法な行為を誘発するおそれがあるもの\n【2】3か月以内に消去することとなるもの\n"
                   "2. 請求の方法\n請求書を郵送してください。\n")
    assert facts["refusal_grounds"] == {"本人の生命又は財産に危害を及ぼすおそれのあるもの",
                                        "違法な行為を誘発するおそれがあるもの",
                                        "3か月以内に消去することとなるもの"}


def test_a_certificate_written_with_the_other_character():
    # real12/rkkc: 「在留カード・特別永住者証明証等」 (証明証 for 証明書)
    facts = _facts("本人確認のため、次のいずれかの写しを同封してください。\n運転免許証、在留カード・特別永住者証明証等\n")
    assert "special-permanent-resident-certificate" in facts["documents.self"]


def test_email_as_an_attachment_and_a_purpose_line_that_names_mail():
    # real12/giftpad: 「…請求書」を以下宛先まで郵送又はE-mailの添付にて送付してください。」, and above it
    # 「新規会員登録及びカード型・メール型ギフト申込より取得した個人情報の利用目的」 (a product, no way)
    facts = _facts("メール型会員申込より取得した個人情報の利用目的\n"
                   "所定の請求書を以下宛先まで郵送又はE-mailの添付にて送付してください。\n")
    assert facts["channels.accepted"] == {"post", "email"}
    facts = _facts("メール型会員申込より取得した個人情報の利用目的\n所定の請求書を以下宛先まで郵送してください。\n")
    assert facts["channels.accepted"] == {"post"}


def test_a_desk_after_the_building_on_the_address_line():
    # real12/giftpad: 「大阪府大阪市西区…4階 個人情報保護相談受付窓口 お客様サポートセンター 宛」
    facts = _facts("請求書を以下宛先まで郵送してください。\n〒550-0015\n"
                   "大阪府大阪市西区南堀江1-2-3 南堀江ビル5階 個人情報相談窓口 お客様センター 宛\n")
    assert facts["send_to.department"] == {"個人情報相談窓口 お客様センター"}
    assert facts["send_to.lines"] == {("大阪府大阪市西区南堀江1-2-3 南堀江ビル5階",)}


def test_the_honseki_left_out_of_a_residence_certificate():
    # real12/giftpad: 「住民票の写し(本籍地の記載など不必要な項目を省いてください)などで確認します。」
    facts = _facts("本人確認書類として、住民票の写し(本籍地の記載など不必要な項目を省いてください)を同封してください。\n")
    assert facts["documents.conditions"] == {"mask-honseki"}
    # a honseki merely named is no masking
    assert "documents.conditions" not in _facts("本人確認書類として、本籍地の記載のある住民票を同封してください。\n")


def test_the_desk_asked_for_the_form_in_a_sentence_broken_over_two_lines():
    # real12/activenetwork: 「(1)当社所定の取扱い窓口に「個人情報開示請求書」、「個人情報訂正請求書」
    # または「個人情報利用停止請求書」 / (まとめて以下「個人情報開示等請求書」といいます)を請求してください。」
    facts = _facts("(1)当社の窓口に「個人情報開示請求書」または「個人情報利用停止請求書」\n"
                   "(以下「請求書」といいます)を請求してください。\n(2)請求書に記入し、窓口に提出してください。\n")
    assert facts["form.get_it"] == {"inquiry"}
    # a line that ends a sentence is read alone
    facts = _facts("当社の窓口に「個人情報開示請求書」があります。\n記入のうえ提出してください。\n")
    assert "form.get_it" not in facts


def test_a_fees_kinds_named_by_the_markers_of_a_list_above():
    # real12/activenetwork: 「• ①「開示」 • ②「訂正・追加・削除」 … • ④「利用目的の通知」 / (3)上記(2)の
    # 申し込みのうち、①、④については当社所定の手数料を頂きます」
    body = ("申込できる種類は次のとおりです。\n• ①「開示」\n• ②「訂正・追加・削除」\n• ③「利用の停止」\n"
            "• ④「利用目的の通知」\n上記の申し込みのうち、{}については所定の手数料を頂きます。\n")
    assert _facts(body.format("①、④"))["fees.kinds"] == {("purpose", "disclosure")}
    # a marker whose item names a kind no fee may be charged for: not taken
    assert "fees.kinds" not in _facts(body.format("①、②"))


def test_a_form_name_without_the_words_pointing_at_it():
    # real12/ntv: 「以下の開示請求書、本人確認書類、手数料分の郵便切手を郵送していただき」
    facts = _facts("以下の開示請求書、本人確認書類を郵送してください。\n")
    assert facts["form.name"] == {"開示請求書"}


# Two structures of the twelfth round's unseen pages (real12_unseen/), written only after that half
# was scored once (its figure in benchmarks/import_quality.py is the one before them): both made a
# checklist mislead (tests/test_import_never_misleads.py).

def test_stamps_stuck_on_a_return_envelope_are_no_fee():
    # real12_unseen/nipponrentacar: 「…住所を記載し729円分の郵便切手を貼り付けた返信用封筒を同封のうえ」
    facts = _facts("請求書、本人確認書類、および住所を記入し500円分の郵便切手を貼った返信用封筒を同封のうえ、"
                   "下記宛に郵送してください。\n")
    assert "fees.amount_yen" not in facts and "fees.payment" not in facts
    assert _facts("返信用封筒に400円分の切手を貼付し、同封してください。\n").get("fees.amount_yen") is None
    # stamps for the fee are still the fee
    assert _facts("手数料として500円分の郵便切手を同封してください。\n")["fees.amount_yen"] == {500}


def test_two_documents_one_of_each():
    # real12_unseen/sekaimon: 「住民票(原本)および、公的機関が発行した…身分証明書のコピーの各1通が必要です。」
    facts = _facts("本人確認のため、住民票の写しおよび運転免許証のコピーの各1通を同封してください。\n")
    assert facts["documents.self_count"] == {2}
    # an agent's two papers are no count of the person's IDs
    assert "documents.self_count" not in _facts("代理人の場合は、委任状および印鑑登録証明書の各1通を同封してください。\n")
