"""Round 45: structures a clerk's cold read of imported checklists found misread (documents the
page says its form lists or names without kinds, a form offered as 「帳票」, a fee at cost, grounds
one sentence states together, an envelope without its street, a policy still excluding short-term
data), and those this round's blind pages (real84, real85) were read wrongly or not at all by."""
from __future__ import annotations

import unicodedata

import pytest

from assistant.importer.extract import propose
from tests.test_import_sentences import checklist, saved


def _values(text: str, field: str) -> list:
    return [f.value for f in propose("開示等の請求について\n" + text).facts if f.field == field]


@pytest.mark.parametrize("sentence", [
    "2) 添付書類\n※「個人情報開示等請求書」に記載の添付書類をご用意ください。\n",
    "当社指定の請求書を郵送いたしますので、必要事項の記入と請求書に記載のある本人確認書類をご同封の上、ご返送ください。\n",
    "Please send it along with the required identification documents (as specified on the form).\n",
])
def test_documents_the_form_lists_are_read(sentence):
    assert _values(sentence, "documents.listed_on_form") == [True]


def test_documents_named_on_the_page_are_no_pointer_to_the_form():
    assert _values("請求書に本人確認書類(運転免許証の写し)を添えてご郵送ください。\n", "documents.listed_on_form") == []


def test_the_checklist_sends_the_reader_to_the_form(tmp_path):
    data = saved(tmp_path, "下記の書類を当社までご郵送ください。\n1) 個人情報開示等請求書\n"
                           "2) 添付書類\n※「個人情報開示等請求書」に記載の添付書類をご用意ください。\n")
    assert data["documents"]["listed_on_form"]["quote"] == ["※「個人情報開示等請求書」に記載の添付書類をご用意ください。"]
    text = "".join(checklist(tmp_path).split())
    assert "会社所定の請求書に記載された本人確認書類を送る。" in text
    assert "プライバシーポリシーに必要書類の記載はない" not in text
    assert "本人確認書類の写し（貴社所定の請求書に記載のもの）" not in text  # (a checklist speaks to the reader)


def test_a_form_offered_as_choho_for_download():
    text = "開示請求から実際の開示までの流れ\n帳票は下記からダウンロードできます。\n"
    assert _values(text, "form.required") == [True] and _values(text, "form.get_it") == ["download"]


def test_no_web_address_is_not_said_to_be_missing_from_the_page(tmp_path):
    saved(tmp_path, "開示等の請求は郵送でお受けします。\n※リンク先をクリックし、「個人情報開示等請求書」をプリントアウトして、"
                    "必要事項を記載してください。\n")
    text = "".join(checklist(tmp_path).split())
    assert "ウェブアドレスはこの記録にない（会社のウェブサイトで探す）" in text
    assert "リンクの記載はない" not in text


def test_radicals_a_page_uses_for_characters_become_the_characters(tmp_path):
    # 「北⻘山」 (U+2ED8, a radical NFKC keeps) printed on an envelope and broke address look-ups
    from assistant.importer.source import clean
    assert clean("〒107-0061 東京都港区北⻘山3-6-23 ⻑野 ⼭") == "〒107-0061 東京都港区北青山3-6-23 長野 山"
    data = saved(tmp_path, "開示等のご請求は下記までご郵送ください。\n〒107-0061\n東京都港区北⻘山3-6-23\n個人情報窓口\n")
    assert data["send_to"]["lines"] == ["東京都港区北青山3-6-23"]


# -- this round's blind pages (real84, real85): structures read at first sight wrongly or not at all

def test_joint_uses_questions_name_no_way_to_request():
    text = ("4. 共同利用における当社が保持する皆様の個人情報に関しては当社が管理責任を負います。皆様の個人情報の共同利用に"
            "関するお問い合わせ、お申し出は、相談窓口またはお電話にて受け付けております。\n開示請求等手続きについて\n")
    assert _values(text, "channels.accepted") == []


def test_ways_listed_under_a_heading_on_how_to_request():
    text = ("8. お客様の権利\n要求可能な権利：\n• 個人情報の開示請求\n請求方法：\n• 書面でのご請求\n• メールでのご請求\n"
            "• 本人確認書類の提出\n")
    assert _values(text, "channels.accepted") == ["email"]  # (paper says not how it travels)


def test_a_fee_per_a_request_in_english():
    text = "The fee of 1,000 yen per a request will be charged for the Disclosure, Etc. of the Personal Information.\n"
    assert _values(text, "fees.per") == ["request"]


@pytest.mark.parametrize("text", [
    "5．保有個人データの開示等の求めに応じる手続\n手続：下記受付窓口あてにお問い合わせください。具体的な方法について個別にご案内申し上げます。\n",
    "The Company would like the User to contact the following for inquiries regarding the Disclosure, Etc. of "
    "User's Personal Information.\n",
])
def test_a_procedure_that_is_to_ask_is_a_first_contact(text):
    assert _values(text, "contact_first") == [True]


def test_an_insurance_card_in_english():
    text = ("Please bring proof of your identity (driver's license, insurance card, personal number card) when you "
            "submit the request for disclosure.\n")
    assert "health-insurance-card" in _values(text, "documents.self")


def test_a_visit_in_person_required():
    text = ("In principle, we do not accept by-proxy requests made through law firms. The patient is required to visit "
            "the hospital in person to make a disclosure request.\n")
    assert _values(text, "channels.accepted") == ["in-person"]


def test_an_english_name_with_gk_as_its_legal_form():
    text = ("Article 10 (Contact for Inquiries)\nName (business operator handling the Personal Information): "
            "JWP Consulting GK\nThe fee of 1,000 yen per a request will be charged for the Disclosure, Etc.\n")
    assert _values(text, "name") == ["JWP Consulting GK"]


# -- the clerk's cold read of this round's checklists

def test_identity_documents_asked_without_kinds(tmp_path):
    body = "請求方法：\n• メールでのご請求\n• 本人確認書類の提出\n• 手数料（実費）のご負担\nメール：info@example.co.jp\n"
    data = saved(tmp_path, body)
    person = data["documents"]["self"][0]
    assert person["one_of"][0]["kind"] == "other" and person["quote"] == ["• 本人確認書類の提出"]
    text = "".join(checklist(tmp_path).split())
    assert "本人確認書類（種類の記載なし。どれを受け付けるか送る前に会社に確認する）" in text
    assert "必要書類の記載はない" not in text and "最初から送らない" not in text
    # which one is the company's to say: asked, and left blank in the envelope's list, never 「その他の書類」
    assert "-会社が受け付ける本人確認書類（どれを受け付けるか会社に確認する）" in text
    assert "[]本人確認書類の写し（書類名：" in text and "その他の書類" not in text
    # the fee at cost is a fee charged, its amount to ask, never "the policy says nothing of a fee"
    assert "手数料がかかるが、金額はプライバシーポリシーから確定できない" in text
    assert "手数料がかかるかどうかと、その額が分からない" not in text


def test_identity_documents_asked_only_if_the_phone_check_fails_are_no_rule():
    assert _values("(2)電話での本人確認ができない場合には本人確認書類を提示していただくこと\n",
                   "documents.self_unnamed") == []


def test_an_english_policys_established_date():
    text = "Article 11 (Revision)\nThe Company may revise the Privacy Policy.\nEstablished as of December 26, 2023\n"
    assert _values(text, "policy.revised") == ["2023-12-26"]


def test_grounds_one_sentence_states_together_are_one_line(tmp_path):
    saved(tmp_path, "開示等のご請求は郵送でお受けします。\nなお、下記に定める請求方法の要件を満たしていない場合や、調査結果に基づき、"
                    "請求内容が不当と認められた場合は、請求に応じることはできません。\n")
    text = checklist(tmp_path)
    part = text[text.index("この会社が請求に応じない場合として挙げているもの"):]
    assert part.count("プライバシーポリシーの原文：") == 1


def test_an_envelope_with_a_desk_and_no_street_says_the_address_is_unknown(tmp_path):
    saved(tmp_path, "下記の書類をご準備頂き、「お問い合わせ窓口」までご送付ください。\n")
    text = checklist(tmp_path)
    block = text[text.index("封筒の宛名"):]
    assert "（住所不明：会社に確認する）" in block.split("御中")[0]


def test_a_letter_prints_only_what_the_envelope_knows():
    from assistant.checklist.envelope import UNKNOWN_ADDRESS, UNKNOWN_POSTAL_CODE, Envelope
    env = Envelope(postal_code=None, address_lines=(), company="千野建物管理株式会社", company_en="Chino",
                   department="お問い合わせ窓口", department_ja="お問い合わせ窓口")
    assert env.block()[:2] == [UNKNOWN_POSTAL_CODE, UNKNOWN_ADDRESS]
    assert env.written() == ["千野建物管理株式会社", "お問い合わせ窓口 御中"]


def test_where_to_send_by_e_mail_quotes_the_e_mails_sentence(tmp_path):
    saved(tmp_path, "請求方法：\n• メールでのご請求\nご連絡先：個人情報に関するお問い合わせは、info@example.co.jp までご連絡ください。\n"
                    "10. お問い合わせ窓口\n電話：050-1793-6500\nメール：info@example.co.jp\n")
    text = checklist(tmp_path)
    where = text[text.index("請求先："):text.index("6. ")]
    assert "info@example.co.jp" in where and "050-1793-6500" not in where


@pytest.mark.parametrize("sentence", [
    "保有個人データとは、当社が開示等の権限を有するものをいいます。ただし、保有期間が6ヶ月以内のもの、その他法令に定めるものを除きます。",
    "（…政令で定めるもの、または6ヶ月以内に消去することとなるもの以外のものをいいます）",
])
def test_a_policy_still_excluding_short_term_data_is_told_the_law(tmp_path, sentence):
    # the exclusion went on 1 April 2022 (Art. 16(4)); a clerk's cold read found it twice, unremarked
    data = saved(tmp_path, sentence + "\n開示等のご請求は郵送でお受けします。\n")
    assert data["policy"]["short_term_excluded"]["quote"][0] in unicodedata.normalize("NFKC", sentence)
    text = "".join(checklist(tmp_path).split())
    assert ("(!)プライバシーポリシーは6か月以内に消去するデータを保有個人データから除いているが、令和4年4月1日からは"
            "こうしたデータも保有個人データに含まれ") in text and "（個人情報保護法第16条第4項）。" in text


def test_a_policy_without_the_exclusion_gets_no_such_note(tmp_path):
    saved(tmp_path, "開示等のご請求は郵送でお受けします。\n")
    assert "6か月以内に消去する" not in checklist(tmp_path)


# -- this round's second blind sets (real86, real87)

def test_stamps_for_the_reply_are_no_fee():
    text = ("運転免許証の写しを当社へ郵送頂きます。検討結果返信用に82円分の切手を同封してください。\n")
    assert _values(text, "fees.payment") == [] and _values(text, "fees.pay_when") == []


@pytest.mark.parametrize("sentence", [
    "組合員本人からの申し出の場合は、社員証、運転免許証、パスポート、健康保険証等を提示いただき、本人であることの確認をさせていただく場合があります。",
    "ただし、本人確認の正確さを期すため、運転免許証またはパスポートその他の公的書類の写しを求める場合があります。",
])
def test_documents_a_sentence_asks_for_only_sometimes_are_to_check(sentence):
    facts = [f for f in propose("開示等の請求について\n開示等の請求は郵送でお受けします。\n" + sentence + "\n").facts
             if f.field.startswith("documents.") and f.value in ("drivers-licence", "passport")]
    assert facts and not any(f.sure for f in facts)


def test_an_articles_heading_on_disclosure_opens_the_procedure():
    text = ("第7条（仮名加工情報の取扱い）\n当社は仮名加工情報を作成することがあります。\n第8条（個人情報の開示）\n"
            "当社は、お客様から個人情報の開示を求められたときは、遅滞なくこれを開示します。なお、個人情報の開示に際しては、"
            "1件あたり1,000円の事務手数料を申し受けます。\n2　利用目的の通知の求めについても、法令に従い適切に対応します。\n"
            "第11条（お問い合わせ窓口）\n〒001-0038 札幌市北区北38条西6丁目2番23\n書類は郵送でお送りください。\n")
    assert 1000 in [f.value for f in propose(text).facts if f.field == "fees.amount_yen"]


def test_a_pointer_to_an_article_is_no_desk():
    assert _values("苦情の申出先：第16条の問い合わせ窓口\n開示等の請求手続き：次条のとおり\n", "send_to.department") == []


def test_three_joined_cases_a_sentence_refuses_are_grounds():
    text = ("開示請求書を郵送しお申し出ください。但し、利用者本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがある場合、"
            "当社の業務の適正な実施に著しい支障を及ぼすおそれがある場合、もしくは他の法令に違反することとなる場合には開示をしない場合があります。\n")
    assert _values(text, "refusal_grounds") == ["利用者本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがある場合",
                                                "当社の業務の適正な実施に著しい支障を及ぼすおそれがある場合",
                                                "他の法令に違反することとなる場合"]


def test_a_kind_beside_one_found_is_the_procedures():
    lead = "".join(f"第{n}条（事項{n}）\n当社は適切に管理します。\n" for n in range(1, 8))
    text = ("開示等の請求について\n開示の請求は郵送で受け付けます。\n" + lead +
            "4. 利用目的の通知および開示の請求について、手数料はいただきません。\n")
    assert "purpose" in [f.value[0] for f in propose(text).facts if f.field == "request_kinds"]


# -- the second cold read (real86, real87's checklists)

def test_a_photo_id_or_another_and_a_certificate_of_residence_are_both_needed(tmp_path):
    data = saved(tmp_path, "申請書に必要事項をご記入の上、運転免許証やパスポート等の写真で本人確認ができるもの（本人の名前および住所が"
                           "記載されているもの）の写し、住民票（30日以内に作成されたもの）の写しを当社へ郵送頂きます。\n")
    groups = data["documents"]["self"]
    kinds = [sorted(d["kind"] for d in g["one_of"]) for g in groups]
    assert ["drivers-licence", "passport"] in kinds and ["certificate-of-residence"] in kinds


def test_sending_charges_borne_by_the_requester():
    assert _values("開示等のご請求は下記までご郵送ください。\n(送付料は請求者のご負担となります)\n",
                   "channels.postage") == ["paid by the requester"]


def test_the_policys_date_after_its_label_in_the_era():
    assert _values("開示等のご請求は郵送でお受けします。\n最終更新日：平成27年2月9日\n", "policy.revised") == ["2015-02-09"]


def test_stamps_for_the_reply_are_enclosed_at_todays_postage(tmp_path):
    data = saved(tmp_path, "申請書を当社へ郵送頂きます。検討結果返信用に82円分の切手を同封してください。\n")
    assert data["enclosures"][0]["amount_yen"] == 82 and data["enclosures"][0]["postage"] == ["letter"]
    text = "".join(checklist(tmp_path).split())
    assert "回答の返送用の郵便切手（110円分）" in text and "プライバシーポリシーの82円は現在の郵便料金と合わない。" in text


def test_the_street_below_where_requests_are_posted(tmp_path):
    data = saved(tmp_path, "(1) 開示をご請求される場合は、郵送で受け付けしております。下記住所まで、開示請求書を郵送しお申し出ください。\n"
                           "(2) 訂正等を請求される場合は、下記お問い合わせ先までご連絡ください。\nお問い合わせ先\n"
                           "Tree Company株式会社\n大阪市西区南堀江2丁目13-30\nサンイーストビル9F\n平日10:00～18:00\n")
    assert data["send_to"]["lines"] == ["大阪市西区南堀江2丁目13-30", "サンイーストビル9F"]
    assert data["send_to"]["postal_code"] == "unknown"  # (never looked up and passed as the page's)


def test_an_english_list_of_grounds_after_may_elect_not_to_disclose():
    text = ("Disclosure\n1. When Travel Vision is requested by the individual concerned to disclose personal information, "
            "it will disclose it without delay. In the event that disclosure results in circumstances corresponding to any of "
            "the cases enumerated below, however, Travel Vision may elect not to disclose some or all of that information.\n"
            "If there is a risk of harming the lives, health, property, or other rights or interests of the individual concerned\n"
            "If doing so will violate other laws and regulations\n"
            "2. Regardless of the provisions of the preceding paragraph, information apart from personal history information "
            "will as a rule not be disclosed\n")
    grounds = _values(text, "refusal_grounds")
    assert len(grounds) == 2 and all(g.startswith("If ") for g in grounds)


@pytest.mark.parametrize("sentence, period", [
    ("住民票（開示等の求めをする日前30日以内に作成されたもの）の写しを同封してください。", "issued-within-30-days"),
    ("住民票の写し（発行日から6ヶ月以内のもの）を同封してください。", "issued-within-6-months"),
    ("住民票の写し（発行日から3か月以内のもの）を同封してください。", "issued-within-3-months"),
])
def test_a_certificates_own_period_is_kept(tmp_path, sentence, period):
    # the usual 3 months (general practice) beside a page's 30 days told the person the wrong age (a cold read)
    data = saved(tmp_path, "開示等のご請求は郵送でお受けします。\n" + sentence + "\n")
    conditions = {c for g in data["documents"]["self"] for d in g["one_of"] for c in d.get("conditions", [])}
    assert period in conditions
    text = "".join(checklist(tmp_path).split())
    if period != "issued-within-3-months":
        assert "発行から3か月以内のものにする" not in text and "発行後3か月以内" not in text
        assert "住民票の写しは本籍・マイナンバーの記載のないもの（または黒塗りしたもの）にする。" in text  # (still said)


def test_an_answers_thirty_days_is_no_certificates_age():
    assert _values("住民票の写しを同封してください。回答は30日以内にいたします。\n", "documents.conditions") == []
