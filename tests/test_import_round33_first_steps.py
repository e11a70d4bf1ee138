"""Structures of real35_blind's and real36_blind's pages (jsb_livnet, yayoi, hotel_okura_fukuoka), in
our own words, each failing on the rules before: 「まずは下記メールアドレスにご連絡ください。当社から
所定の請求書と手数料振込用紙を…郵送させていただきます。」 is a first contact and the form mailed by the
company (the form and a payment slip are no bill), and 「…本人確認書類を同封してお申込みください」 the
post; the phone offered where e-mail cannot be used is that first contact's, no way to send; a web form
after which 「専用フォームにてご請求いただいた内容により、…書類を郵送いたします」 is a first contact, not
the way the request is sent; a page whose only kind is its form's name 「保有個人データ開示等請求書」 is
imported (it was refused as naming no kind of request); a contact block's line 「株式会社…　個人情報問い合わせ
窓口」 names the desk; a route besides the procedure (「…この手続によらずに郵送・メール等で受け付けます。
この場合、手数料は不要です。」) neither accepts nor refuses a way, nor says the request's fee; the ID
check of a visit noted under a table of who asks (「※来訪の場合は運転免許証等の…本人確認」) is the
person's, not the last row's; a manager's title in a contact block (「…株式会社 顧客相談窓口責任者　新保 朝男」,
「…大学　個人情報保護管理者」) is the desk (the letter then addresses it with 様); a written answer named by
its document (「…回答書を出しています」, a flow chart's 「⑤開示報告書にて回答」); 「…までご連絡ください。」 then
the company's form sent 「…ご連絡いただきました後、当社より「…請求書」および事務手数料の「請求書」を送付…」
(no 「まず」; the fee's bill beside the form no longer hides it); a fee row of the procedure's table flattened
to label and value lines (「手数料 無料」) under its heading; the desk an address block's last line says it is
(「…基金 事務部総務課 です。」); 「当基金の」 no part of a desk's name; a fund's desk after an association's
name (「全国…協会厚生年金基金総務課」: 総務課); a lone ground whose nouns are listed (「生命、身体、財産」) and
the class it gives an example of after it; the body's head by title under a heading on where requests go
(「(4)請求先 / …健康保険組合理事長」)."""
from __future__ import annotations

from tests.test_import_sentences import saved


def test_first_contact_by_e_mail_then_the_form_by_post(tmp_path):
    data = saved(tmp_path, "2.請求方法及び請求窓口\n開示請求等にあたり、まずは下記メールアドレスにご連絡ください。"
                           "当社から所定の請求書と手数料振込用紙をご本人のご住所に郵送させていただきます。\n"
                           "請求書が届きましたら、必要事項をご記入の上、本人確認書類を同封してお申込みください。"
                           "メールが使用できない場合は、個人情報相談窓口までお電話でご連絡ください。\n"
                           "メールアドレス:privacy@example.co.jp\n")
    assert data["channels"]["accepted"] == ["post"]
    assert data["contact_first"]["why"] and data["form"]["get_it"] == "mailed-by-company"


def test_a_web_form_then_papers_by_post(tmp_path):
    data = saved(tmp_path, "1.開示等のご請求方法\n(1)以下の<専用フォーム>よりお申し込みください。\n"
                           "(2)専用フォームにてご請求いただいた内容により、お客様ご本人の住所へ、所定の書類を郵送いたします。\n"
                           "書類に必要事項をご記入のうえ、ご返送ください。\n")
    assert data["channels"]["accepted"] == ["post"]


def test_a_page_naming_only_its_forms_title(tmp_path):
    data = saved(tmp_path, "- 予約記録の取扱い\n- 保有個人データ開示等請求書のダウンロード(PDF)\n",
                 head="個人情報保護方針\n株式会社みなと商会\n")
    assert list(data["request_kinds"]) == ["disclosure"]
    assert data["form"]["name"] == "保有個人データ開示等請求書"


def test_a_contact_blocks_company_then_its_personal_information_desk(tmp_path):
    # real31_blind/gianty, real35_blind/tokyu_sports: 「株式会社…　個人情報問い合わせ窓口」 on one line
    data = saved(tmp_path, "開示等の手続き\n開示等の請求は、郵送にてお申し込みください。\n＜個人情報に関する連絡先＞\n"
                           "株式会社みなと商会　個人情報問い合わせ窓口\n住所：東京都港区北青山2-14-4\nＴＥＬ：03-0000-0000\n")
    assert data["send_to"]["department"] == "個人情報問い合わせ窓口"


def test_a_route_besides_the_procedure_neither_accepts_nor_refuses_and_its_no_fee_is_its_own(tmp_path):
    # real38_blind/creation: 「…によらずに」 negates the procedure, not the ways after it; 「この場合、手数料は
    # 不要です」 is that route's
    data = saved(tmp_path, "2. 開示等の求めの方法\n必要書類をご用意の上、以下の宛先まで郵送にて(なるべく書留郵便で)送付下さい。\n"
                           "※ イベント申込のために提出された個人情報の訂正につきましては、開催日以前に限り、この手続によらずに"
                           "郵送・メール等で受け付けます。この場合、手数料は不要です。\n")
    assert data["channels"]["accepted"] == ["registered-mail"] and "refused" not in data["channels"]
    assert data["fees"] == "unknown"


def test_a_visits_id_check_under_a_table_of_who_asks_is_the_persons(tmp_path):
    # real32_blind/yamaha_kenpo: the table's cells empty, the note under it names the visit's ID check
    data = saved(tmp_path, "4. 添付書類の確認\nA 依頼者本人の確認書類 |\nB 法定代理人の確認書類 |\nC 任意代理人の確認書類 |\n"
                           "※A、Bは、それぞれいずれか1点をご用意ください。\n"
                           "※来訪の場合は運転免許証等の顔写真で本人確認した上で、コピーをいただきます\n"
                           "開示の請求は、当組合の窓口へご来訪ください。\n")
    assert [d["kind"] for g in data["documents"]["self"] for d in g["one_of"]] == ["drivers-licence"]


def test_a_managers_title_in_a_contact_block_is_the_desk(tmp_path):
    # real27_blind/matv, real29_blind/insyokujin, real19_blind/shojudo: the block names the manager's
    # title (a person's name after it), no desk word
    data = saved(tmp_path, "開示等の手続き\n開示等の請求は、郵送にてお申し込みください。\n個人情報に関する連絡先\n"
                           "株式会社みなと商会 顧客相談窓口責任者　新保 朝男\nTel. 03-0000-0000\n")
    assert data["send_to"]["department"] == "顧客相談窓口責任者"
    data = saved(tmp_path / "2", "開示等の手続き\n開示等の請求は、郵送にてお申し込みください。\n〒544-0034\n"
                                 "大阪府大阪市生野区桃谷5丁目5-37\nみなと大学　個人情報保護管理者\nTEL：0120-000-000\n")
    assert data["send_to"]["department"] == "個人情報保護管理者"


def test_a_written_answer_named_by_its_document(tmp_path):
    # real36_blind/panasonic_sunx_kyushu, real14_blind/kyushu_card
    data = saved(tmp_path, "開示等の手続き\n当社窓口では、ご請求があった場合、請求書、本人確認書類を提出いただいて、"
                           "個人情報の開示などの回答書を出しています。\n")
    assert data["response"]["methods"][0]["offered"] == ["in-writing"]
    data = saved(tmp_path / "2", "開示請求の流れ\n④申請者の提出\n\n⑤開示報告書にて回答\n")
    assert data["response"]["methods"][0]["offered"] == ["in-writing"]


def test_contact_the_desk_then_it_mails_its_form(tmp_path):
    # real31_blind/gianty: 「…を求められる場合、後記…連絡先までご連絡ください。なお、…お客様よりご連絡いただきました後、
    # 当社より「個人情報開示請求書」…を送付いたしますので、…ご返送ください。」 (no 「まず」)
    data = saved(tmp_path, "開示等の手続き\n個人情報の開示等を求められる場合、後記記載いたします個人情報に関する連絡先までご連絡ください。"
                           " なお、開示等の請求に関しましては、お客様よりご連絡いただきました後、当社より「個人情報開示請求書」"
                           "および事務手数料の「請求書」（開示の場合のみ）を送付いたしますので、必要事項を記載の上、当社までご返送ください。\n")
    assert data["contact_first"]["why"] and data["form"]["get_it"] == "mailed-by-company"


def test_a_fee_row_of_the_procedures_table(tmp_path):
    # real32_blind/pfund_kikin: a table flattened to label and value lines under the procedure's heading
    data = saved(tmp_path, "個人データの開示等の請求手続き\n申出先 〒104-0042\n東京都中央区入船3丁目10番7号 有楽堂ビル6階\n"
                           "本人確認のための添付書類 加入員証の写し\n手数料 無料\n", head="個人情報の取扱い\nみなと厚生年金基金\n")
    assert [f["amount_yen"] for f in data["fees"]] == [0]


def test_the_desk_the_address_blocks_last_line_says_it_is(tmp_path):
    # real32_blind/nisseikyo_kikin: 「…相談窓口は、 / 〒… / 日生協企業年金基金 事務部総務課 です。」
    data = saved(tmp_path, "1.個人情報に関する相談窓口\n当基金の個人情報に関する相談窓口は、\n〒151-0051 東京都渋谷区千駄ヶ谷4-1-9 南部ビル1階\n"
                           "みなと企業年金基金 事務部総務課 です。\n2.開示等の受付方法\n申出書に必要事項を記載し、郵送してください。\n")
    assert data["send_to"]["department"] == "事務部総務課"


def test_the_bodys_own_word_before_a_desk_is_no_part_of_its_name():
    from assistant.importer.desk_names import desk_name

    # 「当基金の個人情報相談窓口」 on an envelope would read 「当基金の…御中」
    assert desk_name("当基金の個人情報相談窓口") == desk_name("当社の個人情報相談窓口") == "個人情報相談窓口"


def test_a_desk_after_a_fund_named_after_an_association():
    from assistant.importer.desk_names import desk_name

    # real32_blind/pfund_kikin: 「全国信用保証協会厚生年金基金総務課宛」: the fund's name, then its desk
    assert desk_name("全国みなと協会厚生年金基金総務課") == "総務課"
    assert desk_name("日本みなと業協会総務部") == "総務部"


def test_a_lone_ground_whose_nouns_are_listed_and_the_class_it_exemplifies(tmp_path):
    # real32_blind/jgc_kenpo: 「なお、本人又は第三者の生命、身体、財産…おそれがある場合等、開示することが適切でない
    # 事項に該当する場合は、開示しないこともあります。」
    data = saved(tmp_path, "開示等の手続き\n開示請求書を郵送してください。\nなお、本人又は第三者の生命、身体、財産その他の権利利益を"
                           "害するおそれがある場合等、開示することが適切でない事項に該当する場合は、開示しないこともあります。\n")
    assert [g["ground"] for g in data["refusal_grounds"]] == ["本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがある場合"]


def test_the_bodys_head_under_a_heading_on_where_requests_go(tmp_path):
    # real32_blind/jgc_kenpo: 「(4)請求先 / 日揮健康保険組合理事長」 (the letter then addresses 「理事長 様」)
    data = saved(tmp_path, "開示等の手続き\n    • (3)開示請求方法\n      所定の開示請求書による。\n    • (4)請求先\n"
                           "      みなと健康保険組合理事長\n    • (5)記入事項\n      所定様式に記載する項目全て。\n")
    assert data["send_to"]["department"] == "理事長"
