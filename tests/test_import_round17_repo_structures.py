"""Structures of the sixth blind set (real17_blind: company pages kept in website repositories),
in our own words, each failing on the rules before."""
from __future__ import annotations

import pytest

from tests.test_import_sentences import saved

HEAD = "個人情報の開示等の請求について\n"


def test_an_id_counted_as_numbered_items_is_a_group_per_item(tmp_path):
    # real17_blind/sotobaco: 「本人確認書類は、以下2点 / 1)住民票 / ※…に代わり… / 2)…のうちいずれか1点」
    data = saved(tmp_path, HEAD + "開示等の請求は郵送でお送りください。\n①ご本人が手続きされる場合\n請求書\n本人確認書類\n"
                                  "印鑑登録証明書\n②代理人の方が手続をされる場合\n請求書\n委任状\n"
                                  "※本人確認書類は、以下2点をご郵送ください。\n1)発行から3か月以内の住民票（1通）\n"
                                  "※外国籍の方は、住民票に代わり、在留カードの写しをお送りください。\n"
                                  "2)運転免許証またはパスポートのコピーのうちいずれか1点\n")
    groups = [sorted(d["kind"] for d in g["one_of"]) for g in data["documents"]["self"]]
    assert ["certificate-of-residence", "residence-card"] in groups
    assert ["drivers-licence", "passport"] in groups
    assert ["seal-registration-certificate"] in groups
    assert all(g.get("count", 1) == 1 for g in data["documents"]["self"])  # never "2 of everything"
    assert "either" not in data["documents"]["self"]  # nor "one with a photo or two without"


def test_the_ids_a_fee_sentence_names_before_the_fee_are_asked(tmp_path):
    # real17_blind/yamashiroya: one sentence asks the IDs, then the fee
    data = saved(tmp_path, HEAD + "※開示をご希望の場合は、本人確認の為、住民票の写し又は運転免許証の写しと、"
                                  "手数料として500円の定額小為替を同封してください。\n")
    kinds = {d["kind"] for g in data["documents"]["self"] for d in g["one_of"]}
    assert kinds == {"certificate-of-residence", "drivers-licence"}


def test_a_purpose_of_use_names_no_way_to_send(tmp_path):
    # real17_blind/yamashiroya: 「…電子メール、郵便により送信もしくは送付、またはお電話などでご案内させていただくため。」
    data = saved(tmp_path, HEAD + "・個人情報を収集する目的\nお客様に有益なサービスを電子メール、郵便により送信もしくは送付、"
                                  "またはお電話などでご案内させていただくため。\n")
    assert data["channels"] == "unknown"


def test_documents_the_company_may_ask_for_are_to_check(tmp_path):
    # real17_blind/revie: 「…照合が出来ない場合、運転免許証…のコピーを提示してもらう場合がございます」
    data = saved(tmp_path, HEAD + "ご本人確認のため、お電話による照合を行います。\n"
                                  "ただし照合が出来ない場合、運転免許証、住民票等のコピーを提示してもらう場合がございます。\n")
    assert data["documents"] == "unknown" or not data["documents"].get("self")
    assert any("drivers-licence" in n["text"] or "運転免許証" in n.get("quote", "") for n in data["notes"])


def test_a_desk_the_email_or_letter_goes_to_is_no_visit(tmp_path):
    # real17_blind/obfall: 「メールもしくは書面を、末尾記載の窓口にご提出ください」
    data = saved(tmp_path, HEAD + "必要事項を記載したメールもしくは書面を、末尾記載の窓口にご提出ください。\n")
    assert "in-person" not in data["channels"]["accepted"]
    assert data["send_to"] == "unknown" or "末尾" not in str(data["send_to"].get("department", ""))


def test_a_footer_link_under_the_address_is_no_desk(tmp_path):
    data = saved(tmp_path, HEAD + "開示等の請求は郵送で受け付けます。\n〒105-0001\n東京都港区虎ノ門1-1-1 サンプルビル 5F\n"
                                  "TEL:03-0000-0000\n人権に関する基本方針と社内相談窓口\n")
    assert "department" not in data["send_to"] or "方針" not in data["send_to"]["department"]


def test_the_accredited_bodys_address_and_phone_are_not_the_companys(tmp_path):
    # real17_blind/humanetech: the company's desk, then JIPDEC's complaints desk with its own 〒 and phone
    data = saved(tmp_path, HEAD + "開示等の請求は、下記窓口まで郵送してください。\nサンプル工業株式会社 個人情報相談窓口\n"
                                  "電話:03(3254)1000\n郵送:\n〒101-0041 東京都千代田区神田須田町1-1-1 サンプルビル 10F\n"
                                  "認定個人情報保護団体\n苦情の解決の申出先:個人情報保護苦情相談室\n"
                                  "住所:〒106-0032 東京都港区六本木1-9-9 六本木ファーストビル12F\n電話:03-5860-7565\n")
    assert data["send_to"]["postal_code"] == "101-0041"
    assert data["inquiries"]["phone"] == "03-3254-1000"


@pytest.mark.parametrize("text, payment", [
    ("手数料1,000円を、切手の同封あるいは郵便小為替の同封にてお支払いください。\n", "定額小為替"),
])
def test_a_postal_money_order_by_its_old_name(tmp_path, text, payment):
    data = saved(tmp_path, HEAD + "開示等の請求は郵送で受け付けます。\n" + text)
    assert payment in data["fees"][0]["payment"]


def test_the_answers_notice_sent_by_restricted_delivery_is_in_writing(tmp_path):
    # real17_blind/sotobaco: 「開示の通知(不開示の理由の通知を含む)は、…本人限定受取郵便により…発送します」
    data = saved(tmp_path, HEAD + "開示の通知(不開示の理由の通知を含む)は、ご本人を受取人として、"
                                  "本人限定受取郵便によりご本人宛に発送します。\n")
    assert data["response"]["methods"][0]["offered"] == ["in-writing"]


def test_a_form_sent_after_its_defining_aside(tmp_path):
    # real17_blind/sotobaco: 「当社所定の請求書(以下、「開示等請求書」といいます。)をお送りいたしますので、まずは…ご連絡を」
    data = saved(tmp_path, HEAD + "当社所定の請求書(以下、「請求書」といいます。)をお送りいたしますので、"
                                  "まずは以下の窓口よりご連絡をお願いいたします。\n")
    assert data["form"]["get_it"] == "mailed-by-company"


def test_footnoted_id_lists_for_the_person_and_the_agent_in_one_sentence(tmp_path):
    # real17_blind/sfit: 「…本人確認書類(※1)、代理の場合は代理人確認書類(※2)…をご郵送下さい。(※1)本人確認書類:
    # …のいずれか1点の写し(※2)代理人確認書類:委任状、…のいずれか1点の写し」
    data = saved(tmp_path, HEAD + "請求書に、本人確認書類(※1)、代理の場合は代理人確認書類(※2)を添えてご郵送下さい。"
                                  "(※1)本人確認書類:運転免許証、パスポートのいずれか1点の写し"
                                  "(※2)代理人確認書類:委任状、運転免許証、パスポートのいずれか1点の写し\n")
    person = {d["kind"] for g in data["documents"]["self"] for d in g["one_of"]}
    agent = {d["kind"] for g in data["documents"]["agent"] for d in g["one_of"]}
    assert person == {"drivers-licence", "passport"}
    assert {"power-of-attorney", "drivers-licence", "passport"} <= agent


def test_grounds_on_unmarked_lines_right_under_their_lead(tmp_path):
    # real17_blind/intersystems: 「以下の①～⑩に該当する場合は、開示等に応じられません…」 over lines whose
    # marks the page's list drew
    data = saved(tmp_path, HEAD + "開示等に応じられない場合について\n以下に該当する場合は、開示等に応じられませんのでご了承下さい。"
                                  "なお、その場合は、その旨通知いたします。\n本人が確認できない場合\n"
                                  "当社の業務の適正な実施に著しい支障を及ぼすおそれがある場合\n"
                                  "詳細3 : 個人情報の第三者提供について\n")
    grounds = [g["ground"] for g in data["refusal_grounds"]]
    assert grounds == ["本人が確認できない場合", "当社の業務の適正な実施に著しい支障を及ぼすおそれがある場合"]


def test_where_the_answer_is_sent_is_no_way_to_send_the_request(tmp_path):
    # real18_blind/ourdesk: 「2)検討結果の送付先 / 以下のいずれかの適切な方法を選択し行います。/ ・…メールの送付」
    data = saved(tmp_path, HEAD + "開示等の請求は、請求書を郵送してください。\n3. 検討結果連絡\n1)検討結果の回答方法\n"
                                  "以下のいずれかの方法により遅滞なくご連絡します。\n・書面の郵送\n2)検討結果の送付先\n"
                                  "以下のいずれかの適切な方法を選択し行います。\n・登録されている本人のEメールアドレスへのメールの送付\n")
    assert data["channels"]["accepted"] == ["post"]


def test_a_labelled_contact_line_is_no_way_to_send(tmp_path):
    # real18_blind/sanshinsya: 「連絡先:TEL:03(5621)3848 FAX:03(5621)3849 E-mail …」 under a first step
    data = saved(tmp_path, HEAD + "開示等のご請求にあたりましては、当社所定の「個人情報開示請求書」にご記入いただきます。"
                                  "この様式の送付に関して下記窓口にお問い合わせください。\n"
                                  "連絡先:TEL:03(5621)1000 FAX:03(5621)1001 E-mail privacy@example.co.jp\n")
    assert data["channels"] == "unknown"
    assert data["inquiries"]["phone"] == "03-5621-1000"


def test_a_representative_said_to_be_a_legal_one_is_that_one(tmp_path):
    # real18_blind/rise_agency: 「<代理人様が未成年者の法定代理人の場合> / ① 戸籍謄本」
    data = saved(tmp_path, HEAD + "開示等の請求は郵送で受け付けます。\n代理人である事を証明する書類\n"
                                  "<本人が委任した代理人様の場合>\n① 本人の委任状(原本)\n"
                                  "<代理人様が未成年者の法定代理人の場合>\n① 戸籍謄本\n")
    legal = {d["kind"] for g in data["documents"]["legal-representative"] for d in g["one_of"]}
    agent = {d["kind"] for g in data["documents"]["agent"] for d in g["one_of"]}
    assert "family-register" in legal and "family-register" not in agent


def test_grounds_below_a_sentence_that_goes_on_from_their_lead(tmp_path):
    # real18_blind/rise_agency: the lead, 「また、不開示の場合についても手数料を…」, then the unmarked grounds
    data = saved(tmp_path, HEAD + "◇以下の場合には、開示等の請求にお応えできない場合があります。その場合は、その旨ご通知申し上げます。\n"
                                  "また、不開示の場合についても手数料をいただきますのでご承知ください。\n"
                                  "所定の申請書類に不備があった場合\n法令に違反することとなる場合\n"
                                  "※開示対象個人情報とは、当社が開示等に応じる権限を有するものをいいます。\n"
                                  "当該個人情報の存否が明らかになることによって、違法な行為を助長するおそれのあるもの\n")
    grounds = [g["ground"] for g in data["refusal_grounds"]]
    assert grounds == ["所定の申請書類に不備があった場合", "法令に違反することとなる場合"]


def test_the_desk_block_above_the_procedure_that_points_to_it(tmp_path):
    # real18_blind/neosoft: 「開示等のお求めは、上記個人情報問合せ係にお申し出ください」 under a block of its own
    text = ("個人情報保護方針\n" + "当社は個人情報を適切に取り扱います。\n" * 3
            + "d)開示対象個人情報の取扱いに関する苦情の申し出先\n〒104-0032 東京都中央区八丁堀1-1-1 サンプルビル7A\n"
              "株式会社サンプルソフト 個人情報問合せ係\nメールアドレス:privacy@example.co.jp\nTEL:03-0000-1111\n"
              + "・お客様の情報は、商品のご案内のために利用します。\n" * 30
            + "e)認定個人情報保護団体\n現在、当社が加盟する認定個人情報保護団体はありません。\n"
              "f)開示対象個人情報の開示等の求めに応じる手続き\n1)開示等の求めの申し出先\n"
              "開示等のお求めは、上記個人情報問合せ係にお申し出ください。\n2)開示等の求めに関するお手続き\n"
              "お申し出受付け後、当社から所定の請求書を郵送いたします。ご記入いただいた請求書を当社宛に郵送してください。\n"
              "手数料は1,000円です。\n")
    data = saved(tmp_path, text)
    assert data["send_to"]["postal_code"] == "104-0032"
    assert data["send_to"]["department"] == "個人情報問合せ係"
    assert data["inquiries"]["phone"] == "03-0000-1111" and data["inquiries"]["email"] == "privacy@example.co.jp"


def test_contact_us_by_post_is_no_answer_in_writing(tmp_path):
    # real19_blind/weseek: 「…下記窓口までメールまたは郵送でご連絡ください」: the person's sending
    data = saved(tmp_path, HEAD + "申請方法\n所定の申請書に必要事項をご記入のうえ、本人確認書類を同封し、"
                                  "下記窓口までメールまたは郵送でご連絡ください。\n")
    assert data["response"] == {"methods": "unknown", "time_limit": "unknown"} or \
        "in-writing" not in str(data["response"].get("methods"))


def test_the_company_calling_the_person_is_no_way_to_send(tmp_path):
    # real19_blind/you_and_earth: 「※ …確認できた場合、こちらからご本人確認の電話をさせていただきます。」
    data = saved(tmp_path, HEAD + "請求書を当社へ郵送する際には、簡易書留郵便など、配達の記録が確認できる方法にお願いいたします。\n"
                                  "※ 当社にて所定の書面の提出を確認できた場合、こちらからご本人確認の電話をさせていただきます。\n")
    assert "telephone" not in data["channels"]["accepted"]


def test_the_desk_above_the_blocks_contact_lines(tmp_path):
    # real17_blind/humanetech: 「個人情報相談窓口 / 個人情報管理責任者 / 電話:… / FAX:… / メール:… / 郵送: / 〒…」
    data = saved(tmp_path, HEAD + "開示等の請求は郵送で受け付けます。\n個人情報の苦情・相談窓口\n"
                                  "個人情報の開示等、及び苦情・相談の窓口を次に示します。\nサンプル工業株式会社\n個人情報相談窓口\n"
                                  "個人情報管理責任者\n電話:03-0000-1000\nFAX:03-0000-1001\nメール:privacy@example.co.jp\n"
                                  "郵送:\n〒101-0041 東京都千代田区神田須田町1-1-1 サンプルビル 10F\n")
    assert data["send_to"]["department"] == "個人情報相談窓口"


def test_the_cases_of_third_party_provision_are_no_refusal_grounds(tmp_path):
    # real20_blind/tabibito: 「…次の場合をのぞき、第三者に提供または開示することはしません。 / あらかじめ本人の同意を得た場合」
    data = saved(tmp_path, HEAD + "開示等の請求は郵送で受け付けます。\n(2)個人情報の第三者提供\n"
                                  "当社が収集した個人情報は、次の場合をのぞき、第三者に提供または開示することはしません。\n"
                                  "あらかじめ本人の同意を得た場合\n法令に基づく場合\n")
    assert "refusal_grounds" not in data


def test_a_power_of_attorney_whose_bracket_names_an_appointed_agent(tmp_path):
    # real20_blind/tabibito: 「…法定代理人であることが確認できる書類(法定代理人である場合)または委任状(委任による代理の場合)」
    data = saved(tmp_path, HEAD + "開示等の請求は郵送で受け付けます。\n代理人による請求の場合には、法定代理人であることが確認できる"
                                  "書類(法定代理人である場合)または委任状(委任による代理の場合)も同封ください。\n")
    assert any(d["kind"] == "power-of-attorney" for g in data["documents"]["agent"] for d in g["one_of"])
    assert not any(d["kind"] == "power-of-attorney" for g in data["documents"].get("legal-representative", [])
                   for d in g["one_of"])


@pytest.mark.parametrize("lines", [
    # real18_blind/ourdesk, rise_agency: 「…1回の請求につき、以下の金額を申し受けます。 / 手数料金額:1,000円」
    "利用目的の通知又は開示の請求の場合にのみ、1回の請求につき、以下の金額を申し受けます。\n手数料金額:1,000円\n",
    # real18_blind/neosoft, real17_blind/fon_japan: 「1回のお求めにつき」, 「1件のお申込みにつき」
    "手数料は1回のお求めにつき1000円です。\n",
    "開示につきましては、1件のお申込みにつき手数料として1,000円いただきます。\n",
])
def test_a_fee_per_request_said_in_other_words(tmp_path, lines):
    data = saved(tmp_path, HEAD + "開示等の請求は郵送で受け付けます。\n" + lines)
    assert data["fees"][0]["per"] == "request"


def test_the_privacy_desks_phone_outside_the_procedure(tmp_path):
    # real20_blind/solidseed, real18_blind/rise_agency: the desk's block above the procedure part
    text = ("プライバシーポリシー\n【個人情報に関する苦情・相談窓口】\nサンプル株式会社 個人情報保護管理者\n"
            "TEL:03-0000-2222\n" + "・お客様の情報は、商品のご案内のために利用します。\n" * 30
            + "開示等の請求について\n開示等の請求は、所定の請求書を郵送してください。\n手数料は無料です。\n"
            + "認定個人情報保護団体\n日本情報経済社会推進協会 個人情報保護苦情相談室\n電話:03-5860-7565\n")
    assert saved(tmp_path, text, head="")["inquiries"]["phone"] == "03-0000-2222"
