"""Structures of the twelfth blind set (real23_blind: laetoli, star_se), in our own words, each
failing on the rules before: a request's 申し出 addressed to a desk above and explained then (a first
contact); the page's personal-information desk named 「苦情・相談及び問い合わせ窓口」 (its phone, e-mail
and, for that first contact, its address); a number the page labels a fax is no phone where it
stands alone in the footer."""
from __future__ import annotations

from tests.test_import_sentences import saved

TOP = "個人情報保護方針\nサンプル株式会社\n"
DESK = ("苦情・相談及び問い合わせ窓口\n（個人情報に関する内容に限ります）\n〒107-0062 東京都港区南青山二丁目1番1号 サンプルビル2F\n"
        "サンプル株式会社 PMS事務局\n電話：03-6700-1111 メール：info@sample-corp.example.jp\n")
PURPOSES = "個人情報の利用目的\n・お問い合わせへの対応のため\n・サービスのご案内のため\n・採用選考のため\n・統計資料の作成のため\n"


def test_a_request_explained_at_the_desk_above_is_a_first_contact_there(tmp_path):
    data = saved(tmp_path, DESK + PURPOSES + "5. 保有個人データの開示等の請求手続\n保有個人データの開示等（利用目的の通知、開示、内容の訂正、"
                                             "利用の停止）の申し出は上記2項の"
                                             "個人情報保護管理者までご連絡下さい。開示等の請求手続きについて説明をさせていただきます。\n",
                 head=TOP)
    assert data.get("contact_first")
    assert data["inquiries"]["phone"] == "03-6700-1111"
    assert data["inquiries"]["email"] == "info@sample-corp.example.jp"
    assert data["send_to"]["postal_code"] == "107-0062"


def test_a_number_labelled_a_fax_is_no_phone_in_the_footer(tmp_path):
    data = saved(tmp_path, "苦情及び相談窓口\n〒103-0011 東京都中央区日本橋大伝馬町1-1\nTEL：03-5200-1111\nFAX：03-5200-1112\n"
                           + PURPOSES + "開示等の請求方法\n個人情報に関する開示等のご請求については5項の苦情及び相談窓口にご連絡下さい。\n"
                           "サンプル株式会社\n〒104-0043\n東京都中央区湊2丁目1-1\n03-5200-1112\n", head=TOP)
    assert data["inquiries"] == "unknown" or data["inquiries"].get("phone") != "03-5200-1112"


def test_a_heading_that_names_the_disclosure_of_personal_data_opens_the_procedure(tmp_path):
    # real23_blind/landbridge: the grounds under 「6. 個人情報の開示」, the fee below them
    data = saved(tmp_path, PURPOSES + "6. 個人情報の開示\n利用者から個人情報の開示を求められた場合、当社は遅滞なくこれを開示します。"
                                      "ただし、以下の場合は一部または全部を開示しないことがあります。\n"
                                      "本人または第三者の権利利益を害するおそれがある場合\n法令に違反する場合\n"
                                      "開示請求にあたり、1件につき1,000円の手数料を申し受けます。\n", head=TOP)
    assert [g["ground"] for g in data["refusal_grounds"]] == ["本人または第三者の権利利益を害するおそれがある場合",
                                                             "法令に違反する場合"]


def test_a_footer_contact_line_names_no_way_to_send(tmp_path):
    # real23_blind/shozen: 「… TEL：… FAX：… Email：…」 (its "mail" no sending)
    data = saved(tmp_path, "■個人情報の開示・訂正・削除\n当社は、個人情報の開示の請求があった場合には、遅滞なくこれを開示します。\n"
                           "サンプル運輸株式会社 〒656-2154 兵庫県淡路市木曽下1-1 TEL：0799-60-1111 FAX：0799-60-1112 "
                           "Email：webmaster@sample-corp.example.jp\n", head=TOP)
    assert data["channels"] == "unknown"


def test_grounds_in_a_part_before_the_procedure(tmp_path):
    # real20_blind/polarisx: the grounds under 「第12条(開示)」, the procedure in 「第15条」 further on
    data = saved(tmp_path, "第12条（開示）\n1. 当社は、本人から、保有個人データまたは第三者提供記録の開示を求められたときは、遅滞なくこれを開示します。"
                           "ただし、以下のいずれかに該当する場合は、その全部または一部を開示しないことがあります。\n"
                           "1. 本人または第三者の生命、身体、財産その他の権利利益を害するおそれがある場合\n"
                           "2. その他法令に違反することとなる場合\n" + PURPOSES +
                           "第15条（開示等の請求手続き）\n1. 開示等の請求をする場合は、当社所定の請求書を郵送してください。\n"
                           "2. 開示の請求について、1件につき1,000円の手数料をいただきます。\n", head=TOP)
    assert len(data["refusal_grounds"]) == 2


def test_a_desk_pointed_to_by_its_section_and_named_in_its_block(tmp_path):
    # real23_blind/star_se: 「…のご請求については5項の苦情及び相談窓口にご連絡下さい」, the block above
    data = saved(tmp_path, "5. 個人情報に関する苦情・相談窓口\n苦情及び相談窓口\n〒103-0011 東京都中央区日本橋大伝馬町1-1 サンプルビル2階\n"
                           "TEL：03-5200-1111\n" + PURPOSES + "開示等の請求方法\n個人情報に関する開示等（利用目的の通知、開示、"
                           "内容の訂正、利用の停止）のご請求については5項の苦情及び相談窓口にご連絡下さい。\n"
                           "本人確認のため、運転免許証の写しをご用意ください。\n手数料は1件につき1,000円です。\n", head=TOP)
    assert data["send_to"]["department"] == "苦情及び相談窓口"
    assert data["send_to"]["postal_code"] == "103-0011"


def test_a_desk_pointed_to_that_no_block_names_is_no_department(tmp_path):
    data = saved(tmp_path, PURPOSES + "開示等の請求方法\n個人情報に関する開示等（利用目的の通知、開示、内容の訂正、利用の停止）のご請求"
                                      "については5項のサンプル相談窓口にご連絡下さい。\n", head=TOP)
    assert data["send_to"] == "unknown"
