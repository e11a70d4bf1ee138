"""Where the request goes, as the repository pages of the blind sets showed it (athlete_planning,
revie, rise_agency), in our own words, each failing on the rules before: the company's desk block
right under the accredited body's is the company's; a desk named before the code on its line is
that address's; the page's only address where requests go by post and the procedure names none;
a desk addressed in quotes, a 「・」 in its name (「「…苦情・相談窓口」宛、…郵送」)."""
from __future__ import annotations

from tests.test_import_sentences import saved

HEAD = "個人情報の開示等の請求について\n"
TOP = "プライバシーポリシー\nサンプル株式会社\n"  # the page's top: no procedure heading above the address
# the policy's other sections between its address and the procedure, as on a page
PURPOSES = "3.個人情報の利用目的\n・お問い合わせへの対応のため\n・サービスのご案内のため\n・採用選考のため\n・選考結果の通知のため\n"
BODY = ("認定個人情報保護団体の名称及び苦情の解決の申出先\n一般財団法人日本情報経済社会推進協会(JIPDEC) 個人情報保護苦情相談室\n"
        "〒106-0032 東京都港区六本木1-9-9 六本木ファーストビル12F TEL:0120-700-779\n"
        "※当社の対応にご満足いただけない場合は、上記の認定個人情報保護団体へ苦情を申し立てることができます。\n")


def test_the_companys_desk_under_the_accredited_bodys_block_is_the_companys(tmp_path):
    data = saved(tmp_path, HEAD + "開示等の請求は、所定の請求書に記入の上、簡易書留郵便でお送りください。\n" + BODY +
                 "ご不明な点がございましたら下記窓口までご連絡下さい。\nサンプル企画株式会社\n"
                 "個人情報窓口 〒169-0075 東京都新宿区高田馬場3-1-1 サンプルビル3階\nTEL:03-5900-1111(平日10:00～17:00)\n")
    assert data["send_to"]["postal_code"] == "169-0075"
    assert data["send_to"]["department"] == "個人情報窓口"
    assert data["inquiries"]["phone"] == "03-5900-1111"


def test_the_pages_only_address_where_requests_go_by_post(tmp_path):
    # the company's one address twice, once with a word left out: the fuller street
    data = saved(tmp_path, "サンプル不動産株式会社\n<個人情報に関する問い合わせ窓口>\n〒150-6100 東京都渋谷区二丁目1番1号\n"
                           "電話番号:03-6000-1111\n【個人情報に関する公表事項】\n1.当社の社名:サンプル不動産株式会社\n"
                           "住所:〒150-6100 東京都渋谷区渋谷二丁目1番1号\n" + PURPOSES + HEAD +
                           "開示等の請求については、開示等請求書に必要書類を添付の上、郵送によりお願いいたします。\n", head=TOP)
    assert data["send_to"]["postal_code"] == "150-6100"
    assert data["send_to"]["lines"] == ["東京都渋谷区渋谷二丁目1番1号"]


def test_two_addresses_on_the_page_leave_where_to_send_unknown(tmp_path):
    data = saved(tmp_path, "本社 〒150-6100 東京都渋谷区渋谷二丁目1番1号\n大阪支店 〒530-0001 大阪府大阪市北区梅田1-1-1\n" + HEAD +
                           "開示等の請求については、開示等請求書に必要書類を添付の上、郵送によりお願いいたします。\n", head=TOP)
    assert data["send_to"] == "unknown"


def test_streets_that_differ_leave_the_address_unknown(tmp_path):
    data = saved(tmp_path, "〒150-6100 東京都渋谷区渋谷二丁目1番1号\n住所:〒150-6100 東京都渋谷区渋谷三丁目5番5号\n" + PURPOSES +
                           HEAD +
                           "開示等の請求については、開示等請求書に必要書類を添付の上、郵送によりお願いいたします。\n", head=TOP)
    assert data["send_to"] == "unknown"


def test_no_address_is_taken_where_requests_do_not_go_by_post(tmp_path):
    data = saved(tmp_path, "住所:〒150-6100 東京都渋谷区渋谷二丁目1番1号\n" + PURPOSES + HEAD +
                           "開示等の請求は、当社窓口にご来社のうえお申し出ください。\n", head=TOP)
    assert data["send_to"] == "unknown" or data["send_to"]["postal_code"] == "unknown"


def test_a_desk_addressed_in_quotes_with_a_middle_dot(tmp_path):
    data = saved(tmp_path, "【個人情報に関する苦情・相談窓口】\nお客様の個人情報に関するお問合せは、下記窓口で受付けております。\n"
                           "〒108-0073 東京都港区三田3丁目1番1号 サンプルタワー10F\nサンプル株式会社 個人情報保護管理責任者\n"
                           "TEL:03-5400-1111\n" + PURPOSES + HEAD + "1.「開示等の請求」申出先\n「開示等の請求」は「個人情報に関する苦情・相談窓口」"
                           "宛、当社所定の請求書に必要書類を同封の上、郵送によりお願い申し上げます。\n", head=TOP)
    assert data["send_to"]["department"] == "個人情報に関する苦情・相談窓口"
    assert data["send_to"]["postal_code"] == "108-0073"


def test_a_short_name_defined_for_the_companys_one_form_is_its_name(tmp_path):
    # real17_blind/sotobaco: 「当社所定の請求書（以下、「開示等請求書」といいます。）」
    data = saved(tmp_path, HEAD + "当社所定の請求書（以下、「開示等請求書」といいます。）をお送りいたしますので、まずは下記窓口まで"
                                  "ご連絡ください。お送りする開示等請求書へ必要事項をご記入のうえ、簡易書留にてご郵送ください。\n")
    assert data["form"]["name"] == "開示等請求書"
    assert data["form"]["get_it"] == "mailed-by-company"


def test_the_procedure_headed_as_the_jis_wording_has_its_fee(tmp_path):
    # real17_blind/humanetech: 「個人情報の開示等に応じる手続き」 heads the procedure, the fee under it
    data = saved(tmp_path, "個人情報の開示等に応じる手続き\n当社に保有している個人情報の利用目的の通知、開示等に誠実に対応いたします。\n"
                           "手続きは下記相談窓口までご連絡ください。ご請求内容を確認のうえ、書面で対応いたします。\n"
                           "※ 手数料は、郵便料金+簡易書留代金(合計:400円)となります。お支払い方法は、申請書送付時に、手数料分の"
                           "切手を同封してください。\n", head=TOP)
    assert data["fees"][0]["amount_yen"] == 400
