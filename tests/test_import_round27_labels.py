"""More structures of real26_blind and real27_blind (tcare_clinic, raisin, tokuneko_onlyu_en,
inagora, aisan_technology), in our own words, each failing on the rules before: the fee's own
heading names its kinds; 「墨塗り」, 「含まないもの」, 「抹消」 mask; the desk the sending sentence
names beats a contact block's role label 「…担当者：」; one ground in the sentence that refuses it;
a block headed 「個人情報に関するお問い合わせ・苦情等の窓口」 six lines over its address; a PDF file
sent by e-mail is an electronic record; a label listing the ways ("Methods for Requests …: Email or
mail"; 「請求方法：郵送またはメール」, a guard); "JPY 500"; "Users may refuse …" leads no grounds; "Users may request the disclosure …" opens
the procedure; "Department: … Inquiry Desk"."""
from __future__ import annotations

from tests.test_import_sentences import saved

CLINIC = ("d)保有個人データの開示等の求めに応じる手続き\n1)開示等の求めの申し出先\n"
          "開示等のお求めは、下記のお問い合わせ先にお申し出ください。\n2)開示等の求めに関するお手続き\n"
          "①ご記入いただいた請求書、手数料分の郵便為替を上記個人情報問合せ係までご郵送ください。\n"
          "3)代理人によるお求めの場合\n各資料に含まれる本籍地情報は都道府県までとし、それ以降の情報は黒塗り等の処理をしてください。"
          "また各資料は個人番号を含まないものをお送りいただくか、全桁を墨塗り等の処理をしてください。\n"
          "4)利用目的の通知または開示のお求めについての手数料\n1回のお求めにつき1000円 (お送りいただく請求書等に郵便為替を同封していただきます。)\n\n"
          "お問い合わせ先・苦情の申出先\n個人情報取扱担当者：\nサンプルクリニック\n所在地：\n〒105-0011 東京都港区芝公園3-1-8\n")


def test_the_fees_heading_names_its_kinds(tmp_path):
    assert saved(tmp_path, CLINIC)["fees"][0]["kinds"] == ["purpose", "disclosure"]


def test_my_number_left_out_or_inked_out(tmp_path):
    conditions = saved(tmp_path, CLINIC)["documents"]
    assert "mask-my-number" in str(conditions) and "mask-honseki" in str(conditions)


def test_the_desk_the_papers_are_posted_to_beats_a_role_label(tmp_path):
    assert saved(tmp_path, CLINIC)["send_to"]["department"] == "個人情報問合せ係"


NOTICE = ("個人情報の取り扱いについて\n" + "当社は個人情報を適切に管理します。\n" * 12 +
          "個人情報の開示、削除、訂正、追加等の変更について\n"
          "当社にて保有している個人情報に関しての変更については、変更用紙に必要事項を記入し、本人が当社の「お問い合わせ窓口」に提出して下さい。\n"
          "ただし、第三者の生命・身体・財産その他の利益を害する恐れのある場合は、応じられないこともあります。\n\n"
          "個人情報に関するお問い合わせ・苦情等の窓口\n担当部署 : 管理部「お問い合わせ窓口」\n担当者 : 山田 太郎\n"
          "電話 : 03-6276-2592\n受付時間 : 月曜日~金曜日 9:00~18:00\n(祝祭日を除きます)\n"
          "所在地 : 〒 151-0053 東京都渋谷区代々木3-46-16 小野木ビル206\n")


def test_one_ground_in_the_sentence_that_refuses_it(tmp_path):
    grounds = saved(tmp_path, NOTICE)["refusal_grounds"]
    assert [g["ground"] for g in grounds] == ["第三者の生命・身体・財産その他の利益を害する恐れのある場合"]


def test_the_inquiries_blocks_address_below_its_heading(tmp_path):
    assert saved(tmp_path, NOTICE)["send_to"]["postal_code"] == "151-0053"


def test_struck_out_domicile_and_a_pdf_by_e_mail(tmp_path):
    data = saved(tmp_path, "開示等の請求手続き\n下記の必要書類をご用意のうえ、ご郵送ください。\n"
                           "①運転免許証の写し\n本籍地の記載がある場合は、当該部分を抹消したうえでご郵送ください。\n"
                           "開示の結果は、ご本人様の住所に書面を郵送する方法、もしくは電子メールアドレス宛てにPDFファイルを"
                           "送付する方法によりお知らせします。\n")
    assert "mask-honseki" in str(data["documents"])
    assert "electronic-record" in data["response"]["methods"][0]["offered"]


ONLYU = ("Privacy Policy\nSample Co., Ltd. operates the service.\n"
         "Article 7 (User Inquiries and Requests)\n"
         "1. Users may request the disclosure, correction, addition, deletion, or suspension of use of their information held by the Company.\n"
         "2. Upon receiving a request, the Company will respond within a reasonable period after verifying the User's identity.\n"
         "3. Users must pay the following fees for disclosure requests:\n・Fee for disclosure: JPY 500 + postage (postage: JPY 392)\n"
         "Article 8 (Use of Analytical Tools)\n2. Users may refuse the collection of information by changing their browser settings.\n"
         "3. Such changes are made at the User's own responsibility, and the Company is not liable for any damage.\n"
         "Article 11 (Management Responsibility)\nFor inquiries or requests for disclosure, please contact the following:\n"
         "・Department: Personal Information Inquiry Desk\n・Email Address: support@example.jp\n"
         "・Methods for Requests for Disclosure, etc.: Email or mail\n")


def test_a_label_listing_the_ways(tmp_path):
    assert set(saved(tmp_path, ONLYU)["channels"]["accepted"]) == {"email", "post"}


def test_a_fee_in_jpy_and_its_postage_apart(tmp_path):
    assert [f["amount_yen"] for f in saved(tmp_path, ONLYU)["fees"]] == [500]


def test_a_users_choice_leads_no_grounds_and_the_desk_label(tmp_path):
    data = saved(tmp_path, ONLYU)
    assert "refusal_grounds" not in data or data["refusal_grounds"] == "unknown"
    assert data["send_to"]["department"] == "Personal Information Inquiry Desk"


def test_a_japanese_label_listing_the_ways(tmp_path):
    data = saved(tmp_path, "開示等のご請求について\n・請求方法：郵送またはメール\n・送付先：〒100-0001 東京都千代田区千代田1-1\n")
    assert set(data["channels"]["accepted"]) == {"email", "post"}
