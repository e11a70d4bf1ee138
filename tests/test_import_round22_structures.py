"""Structures of the eleventh blind set (real22_blind: cosmo_consulting, and tokai_hd and kcn beside
it), in our own words, each failing on the rules before (the bill and the person's contact are
guards): a list the company only may ask for is to check; the company's sending of its form
(「…申請書」…を送付します) but not of a bill (「見積書と請求書を送付します」); 「書面等で回答させて頂き
ます」, 「メールで、遅滞なくお答えします」; 「郵送等にてご連絡をいただく」 the person's contact, no answer."""
from __future__ import annotations

from tests.test_import_sentences import saved

HEAD = "個人情報の開示等の請求について\n"


def _kinds(data: dict) -> set[str]:
    documents = data["documents"]
    if not isinstance(documents, dict):
        return set()
    return {d["kind"] for groups in documents.values() if isinstance(groups, list)
            for g in groups for d in g.get("one_of", [])}


def _methods(data: dict) -> set[str]:
    methods = data["response"]["methods"]
    return set() if methods == "unknown" else {m for group in methods for m in group["offered"]}


def test_a_list_the_company_may_ask_for_is_no_settled_document(tmp_path):
    data = saved(tmp_path, HEAD + "開示等のご請求の際に、ご請求された方がご本人であることを確認するための\n"
                                  "下記の書類をご提出して頂く場合があります。\n"
                                  "ご本人の場合、次のいずれか1点の添付をお願いいたします。\n"
                                  "運転免許証、パスポートなどの写し\n健康保険証、住民票（3ヶ月以内）の写し\n"
                                  "3. 開示等をしない場合の取扱い\n")
    assert not _kinds(data)


def test_the_company_sends_its_form_but_not_a_bill(tmp_path):
    (tmp_path / "form").mkdir(), (tmp_path / "bill").mkdir()
    data = saved(tmp_path / "form", HEAD + "開示等へのご請求につきましては、下記窓口までご連絡ください。\n"
                                  "「開示等に関する請求書」（以下、「開示等申請書」という）を送付します。\n"
                                  "「開示等申請書」に記入しご返送下さい。\n")
    assert data["form"]["get_it"] == "mailed-by-company"
    bill = saved(tmp_path / "bill", HEAD + "開示等の請求は、所定の開示請求書をダウンロードし、郵送してください。\n"
                                    "開示することになった場合は、開示に必要な費用の見積書と請求書を送付します。\n")
    assert bill["form"]["get_it"] == "download"


def test_an_answer_in_writing_said_politely(tmp_path):
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    data = saved(tmp_path / "a", HEAD + "開示等の請求は郵送でお送りください。\n"
                                        "開示等のご請求に対しては、当社から電話、又は、書面等で回答させて頂きます。\n")
    assert "in-writing" in _methods(data)
    data = saved(tmp_path / "b", HEAD + "ご請求の方法：メールでお送りください。\n回答の方法：原則としてメールで、遅滞なくお答えします。\n")
    assert "email" in _methods(data)


def test_the_persons_contact_by_post_is_no_answer(tmp_path):
    data = saved(tmp_path, HEAD + "事前に電話・メール・郵送等にてご連絡をいただくことで、開示請求書をお届けの住所に送付致します。\n"
                                  "開示請求書に記入の上、郵送してください。\n")
    assert "in-writing" not in _methods(data)


def test_sending_the_form_as_the_only_way_and_a_seal_certificate_without_its_last_word(tmp_path):
    # real22_blind/d_aischool
    data = saved(tmp_path, HEAD + "開示等の請求は、後記のお問い合わせ窓口宛に、当社指定の「個人情報開示等申請書」を送付する"
                                  "方法でのみ行うものとします。\n代理人からのお問い合わせの場合、委任状や印鑑証明をもって代理人で"
                                  "あることを確認させて頂きます。\n")
    assert "post" in data["channels"]["accepted"]
    agent = {d["kind"] for g in data["documents"]["agent"] for d in g["one_of"]}
    assert {"power-of-attorney", "seal-registration-certificate"} <= agent


def test_a_form_named_with_its_no(tmp_path):
    # real22_blind/whdc: 「書面（開示等の請求等申請書）の様式を送付いたします」
    data = saved(tmp_path, HEAD + "当社より開示等の求めに際して提出していただく書面（開示等の請求等申請書）の様式を送付いたします"
                                  "ので、当該申請書に必要事項を記載し、ご郵送ください。\n")
    assert data["form"]["name"] == "開示等の請求等申請書"


def test_grounds_under_a_lead_that_the_company_may_not_disclose(tmp_path):
    # real22_blind/uniterz: the lead, then a fee's sentence on its line, then the grounds unmarked
    data = saved(tmp_path, HEAD + "開示等の請求は郵送でお送りください。\n利用目的の通知又は開示を請求できます。ただし、次の場合は開示等を"
                                  "行わないことがあります。利用目的の通知又は開示を請求される場合には、下記の開示手数料をいただきます。\n"
                                  "開示することで当社の業務の適正な実施に著しい支障を及ぼすおそれがある場合\n"
                                  "開示することが法令に違反することとなる場合\n(2) 訂正・追加・削除\n")
    grounds = [g["ground"] for g in data["refusal_grounds"]]
    assert "開示することが法令に違反することとなる場合" in grounds and len(grounds) == 2


def test_a_fee_for_personal_data_or_the_records_and_paid_into_an_account(tmp_path):
    data = saved(tmp_path, HEAD + "開示等の請求は、請求書を郵送又は電子メールで送付するものとします。利用目的の通知及び個人情報"
                                  "または第三者提供記録の開示については、1回の請求につき1,000円の手数料をいただきます。\n"
                                  "電子メールで送付する場合：手数料は当社指定の銀行口座への送金とします。\n")
    fee = data["fees"][0]
    assert {"purpose", "disclosure", "third-party-records"} <= set(fee["kinds"])
    assert "振込" in str(fee["payment"])


def test_the_form_sent_on_asking_and_the_domicile_left_out(tmp_path):
    # real22_blind/omi_printing: 「この様式の送付に関し、まず下記窓口までご連絡ください」, 「※本籍地等の機微情報は除く」
    data = saved(tmp_path, HEAD + "開示のご請求にあたりましては、当社所定の「開示等に関する請求書」にご記入いただくことになります。"
                                  "この様式の送付に関し、まず下記窓口までご連絡ください。\n"
                                  "所定の「開示等に関する請求書」に必要事項を記入の上、本人確認書類と共に受付窓口へ送付してください。\n"
                                  "・ (本人) 運転免許証、健康保険の被保険者証等の公的証明書のコピー\n※本籍地等の機微情報は除く。\n")
    assert data["form"]["get_it"] == "mailed-by-company" and data.get("contact_first")
    conditions = {c for g in data["documents"]["self"] for d in g["one_of"] for c in d.get("conditions", [])}
    assert "mask-honseki" in conditions


def test_no_fee_with_the_postage_borne_after_it(tmp_path):
    # real20_blind/tabibito: 「手数料はいただきませんが、…郵送料などは請求者様においてご負担くださいませ」
    data = saved(tmp_path, HEAD + "開示等の請求は郵送で受け付けます。\n開示等の請求にあたり、手数料はいただきませんが、当社に請求"
                                  "いただく際の郵送料などは請求者様においてご負担くださいませ。\n")
    assert data["fees"][0]["amount_yen"] == 0


def test_a_may_ask_list_of_numbered_items_is_all_to_check(tmp_path):
    # the list's own numbers are no part of the page's numbered sections
    data = saved(tmp_path, HEAD + "ご請求の際に、ご本人であることを確認するための下記の書類をご提出して頂く場合があります。\n"
                                  "1. 運転免許証の写し\n2. パスポートの写し\n3. 開示等をしない場合の取扱い\n")
    assert not _kinds(data)


def test_a_form_asked_for_by_its_quoted_name_and_a_nil_fee_under_a_far_heading(tmp_path):
    # real20_blind/solidseed: 「…「個人情報開示等依頼書（本人申請用）」を請求後、記載して手続を行なってください」,
    # the fee's sentence seven sentences under 「8.個人情報の開示等の要求」
    data = saved(tmp_path, "8.個人情報の開示等の要求\n以下の求めがあった場合には以下の通り応じます。個人情報保護管理者へ連絡して、"
                           "「個人情報開示等依頼書（本人申請用）」を請求後、記載して手続を行なってください。\n"
                           "(1) 利用目的の通知を求められた場合には遅滞なく応じます。\n"
                           "(2) 本人が識別される個人情報の開示を求められた場合には遅滞なく書面により開示いたします。\n"
                           "(3) 本人が識別される個人情報の訂正等を求められた場合には遅滞なく必要な調査を行います。\n"
                           "(4) 本人が識別される個人情報の利用停止等を求められた場合にはこれに応じます。\n"
                           "上記(1)及び(2)につきまして、手数料はいただきません。\n", head="プライバシーポリシー\nサンプル株式会社\n")
    assert data["form"]["get_it"] == "inquiry" and data.get("contact_first")
    assert data["fees"][0]["amount_yen"] == 0
