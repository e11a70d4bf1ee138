"""More sentence structures of real procedure pages (issue 21, second round), each in a
real-looking example in our own words: what the saved record says, and where it matters what the
checklist built from it says."""
from __future__ import annotations

from assistant.importer.extract import propose
from assistant.importer.facts import sentences
from assistant.importer.source import read_policy
from assistant.io.paths import POLICIES_DIR
from tests.test_import_sentences import HEAD, checklist, saved


def _facts(body: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for f in propose(HEAD + body).facts:
        if f.sure:
            out.setdefault(f.field, []).append(f.value)
    return out


def test_a_full_stop_inside_brackets_ends_no_sentence(tmp_path):
    body = ("個人情報開示等請求書に記入し、郵送してください。1回の請求につき次の手数料等(振込みによるものとし、振込先は窓口"
            "へご確認ください。ただし、ご来社の場合は現金払いでも可とします。)を申し受けます。\n")
    fee = saved(tmp_path, body)["fees"][0]
    assert fee["amount_yen"] == "unknown" and fee["per"] == "request"
    assert fee["payment"] == "bank transfer (振込) or cash"


def test_a_desk_named_without_an_address_is_kept_and_the_address_asked(tmp_path):
    data = saved(tmp_path, "次に示す書類を封入のうえ、当社個人情報相談窓口まで現金書留によりご郵送ください。\n"
                           "③手数料1,000円\n")
    assert data["send_to"]["department"] == "個人情報相談窓口" and data["send_to"]["lines"] == "unknown"
    fee = data["fees"][0]
    assert (fee["amount_yen"], fee["payment"], fee["pay_when"]) == (1000, "cash (現金書留)", "with-request")
    text = checklist(tmp_path)
    assert "個人情報相談窓口 御中" in text and "請求書の送付先" in text  # the desk on the envelope, the address asked


def test_a_desk_on_the_line_under_its_heading(tmp_path):
    data = saved(tmp_path, "2.開示請求等手続の受付窓口\n当社業務管理部\n3.ご提出いただくもの\n①当社所定の請求書(各請求書は"
                           "当社窓口にご用意しております)\n")
    assert data["send_to"]["department"] == "業務管理部"
    assert data["form"]["get_it"] == "inquiry" and "contact_first" in data


def test_an_english_address_ending_in_the_country_is_the_whole_line():
    facts = propose(read_policy(POLICIES_DIR / "002_8437c2798ff2862c.txt"))
    assert facts.values("send_to.lines") == [("13th Floor, Shiodome Shibarikyu Building, 1-2-3 Kaigan, "
                                              "Minato-ku, Tokyo, 105-0022, Japan",)]
    assert facts.values("send_to.department") == ["Personal Information Inquiry Desk"]


def test_ways_named_by_their_headings():
    facts = _facts("ご請求方法は2種類あります。\n(1)郵送による方法\n必要書類を以下の送付先へ郵送ください。\n(2)電話による方法\n"
                   "受付時間内にお電話のうえ、お申し出ください。別途必要書類をご提出いただきます。\n")
    assert set(facts["channels.accepted"]) == {"post", "telephone"}
    english = propose("Request for the Disclosure\n(A) by Phone\nPlease call the number shown below.\n(B) by Mail "
                      "Please send the request form via a trackable delivery method.\n")
    assert {"telephone", "mail-with-delivery-record"} <= set(english.values("channels.accepted"))


def test_a_branch_counter_under_where_requests_are_taken_is_a_visit():
    facts = _facts("(2)開示請求等手続の受付窓口\n• お取引店舗の窓口\n(3)ご提出いただくもの\n• 本人確認のための書類\n")
    assert facts["channels.accepted"] == ["in-person"]


def test_a_note_under_a_sentence_about_the_answer_still_refuses(tmp_path):
    body = ("「診療記録開示申請書」に記入の上、1階「相談窓口」までお越しください。開示の準備が整いましたらご連絡します\n"
            "※電話、FAX、メール等での開示請求は受け付けておりません。\n※当ホームページからの請求はできません。\n"
            "※原則として郵送による受付はしておりません。\n")
    channels = saved(tmp_path, body)["channels"]
    assert channels["accepted"] == ["in-person"]
    assert set(channels["refused"]) == {"telephone", "fax", "email", "online-form", "post"}


def test_the_form_s_own_name_whole():
    quoted = _facts("「診療記録の開示請求書」を文書窓口へ提出していただきます。\n")
    assert quoted["form.name"] == ["診療記録の開示請求書"] and quoted["channels.accepted"] == ["in-person"]
    assert _facts("診療情報等の開示請求書(様式1)に記入し、郵送してください。\n")["form.name"] == ["診療情報等の開示請求書"]
    listed = _facts("開示等の求めは下記宛、所定の申請書を郵送によりお願いします。\nA.当社所定の申請書\n"
                    "・個人情報の利用目的の通知・開示の求め申請書\n・個人情報の訂正・追加・削除の求め申請書\n")
    assert listed["form.name"] == ["個人情報の利用目的の通知・開示の求め申請書", "個人情報の訂正・追加・削除の求め申請書"]  # a form per kind
    assert "form.name" not in _facts("当社所定の申請書に必要書類を添付の上、郵送してください。\n")


def test_a_flattened_list_keeps_whose_documents_are_whose():
    line = ("本人及び代理人の確認は、次の公的証明書により行うこととする。 1.本人の場合 (来訪) 本人であることを証明する次の資料の"
            "うちいずれかをご用意する。 ・運転免許証 ・旅券(パスポート) 2.患者様本人が指名する親族の場合 ・患者様本人の委任状 "
            "・患者様との関係が証明できる書類(戸籍謄本・住民票など) 3.法定代理人(親権者、後見人など)の場合 ・患者様との関係が"
            "証明できる書類(戸籍謄本など) 4.遺族の方の場合 ・患者様との関係が証明できる書類(登記事項証明書など)")
    assert len(sentences(line)) > 5  # one line of a PDF, read item by item
    facts = _facts(line + "\n")
    assert set(facts["documents.self"]) == {"drivers-licence", "passport"}
    assert set(facts["documents.agent"]) == {"power-of-attorney", "family-register", "certificate-of-residence"}
    assert facts["documents.legal-representative"] == ["family-register"]
    assert "certificate-of-registered-matters" not in str(facts)  # the bereaved family's: no one's


def test_a_relation_proof_for_whom_the_text_does_not_say_is_not_guessed():
    facts = _facts("本人確認書類\n・運転免許証\n請求資格確認書類\n1. 戸籍謄本\n2. 登記事項証明書\n")
    assert facts["documents.self"] == ["drivers-licence"]
    assert "family-register" not in str(facts) and "certificate-of-registered-matters" not in str(facts)


def test_documents_a_sentence_refuses_or_calls_needless_are_not_asked_for():
    facts = _facts("運転免許証、パスポートのいずれかの写しを同封してください。\n健康保険証は顔写真がないため、本人確認書類と"
                   "してはお受けしておりません。\n代理人の場合は委任状を同封してください(但し、代理人については、住民票の写しの"
                   "送付はご不要です。)\n")
    assert set(facts["documents.self"]) == {"drivers-licence", "passport"}
    assert facts["documents.agent"] == ["power-of-attorney"]


def test_forms_listed_for_download_are_not_documents_to_send():
    facts = _facts("開示等の請求を行う場合、下記より当社所定の各書類をダウンロードしてください。\n(書類はPDF形式にて掲載しており"
                   "ます。)\n・保有個人データ開示請求書\n・委任状\n")
    assert "documents.agent" not in facts and facts["form.get_it"] == ["download"]


def test_a_fee_table_keeps_the_request_fee_apart_from_copies_and_postage(tmp_path):
    body = ("来院または郵送で申請してください。\n4. 開示に関する費用\n開示手数料 3,300円(税込)/1回\n"
            "コピー代(モノクロ) 30円(税込)\n画像代(CD-R) 2,200円(税込)\n送付手数料(レターパックプラス使用) 600円\n"
            "(R6.11月現在)\n対象期間や画像の枚数によって、ご請求金額は変わります。\n印刷後にお知らせいたします。\n")
    fee = saved(tmp_path, body)["fees"][0]
    assert (fee["amount_yen"], fee["per"], fee["pay_when"]) == (3300, "request", "on-notice")


def test_a_fee_listed_among_what_to_enclose_is_paid_with_the_request(tmp_path):
    body = ("The applicant is required to send the form together with the following documents:\n"
            "a. Seal registration certificate\nb. Self-addressed envelope\n"
            "d. Fee for the application (set forth in 5. Burden of Expenses)\n")
    fee = saved(tmp_path, body, head="Privacy Policy\nMinato Trading Co., Ltd.\nRequests for Disclosure, etc.\n")["fees"][0]
    assert fee["amount_yen"] == "unknown" and fee["pay_when"] == "with-request"


def test_telling_the_company_by_phone_to_mail_its_form_is_no_way_to_send(tmp_path):
    body = ("ご請求は、受付に直接お持ちいただくか、個人情報担当あてに郵送してください。\n請求書は受付でお渡ししています。\n"
            "ご希望の方には郵送いたしますので、お電話でお申し付けください。\n")
    assert set(saved(tmp_path, body)["channels"]["accepted"]) == {"in-person", "post"}


def test_the_answer_s_method_from_the_list_it_leads_into():
    facts = _facts("開示等の請求書を郵送してください。\n当社で検討した結果は、以下の方法により遅滞なくご連絡します。\n"
                   "・書面の郵送又は手渡し\n")
    assert facts["response.methods"] == ["in-writing"]
    other = _facts("開示等の請求書を郵送してください。\nまた結果の通知は、弊社から書留にて送付いたします。\n"
                   "• メールマガジンの配信停止は、各メールマガジンに記載の方法でお手続きください。\n")
    assert other["response.methods"] == ["in-writing"]  # a bullet after a sentence that leads no list


def test_a_refusal_ground_cut_off_mid_sentence_is_not_saved():
    facts = _facts("However, in the following cases, disclosure may be refused:\n"
                   "• When there is a risk of significant hindrance to our business\n• When it violates other laws and\n")
    assert facts["refusal_grounds"] == ["When there is a risk of significant hindrance to our business"]


def test_a_long_english_sentence_is_not_cut_at_a_bracketed_number():
    line = ("A response to the request will be sent by email or in writing to the address provided within fourteen "
            "(14) business days of receipt of the completed request form and the identification documents, "
            "as the Act requires of the Company.")
    assert len(line) > 200 and len(sentences(line)) == 1
