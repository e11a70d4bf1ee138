"""Structures of real29_blind's pages (zrek, mentor, jobjob, insyokujin, wecompany), in our own words,
each failing on the rules before: the ways for other matters (「それ以外の…ご要望(苦情及びご相談)に
つきましては…ご郵送又はEメールにてご連絡ください」) are not the request's; a written request shown at
the counter (「書面により受付しますので、…を示して下記の窓口までお申し出ください」) is a visit, not the
post; 「ご本人または代理人であることを確認できるもの(運転免許証など…)」 is the person's ID too; a fee
for 「利用目的の通知、および個人情報の開示等の請求」 is for disclosure too; under 「開示等請求方法及び
請求先」 a contact's ways are the request's; a block headed 「【お問い合わせ先】(開示等請求、…)」 with
its street on the line below; 「(不開示等の理由)」 heads grounds, two on one line; 「写真付住民基本台帳」."""
from __future__ import annotations

from tests.test_import_sentences import saved


def test_the_ways_for_other_matters_are_not_the_requests(tmp_path):
    data = saved(tmp_path, "5. 個人情報の開示等\n個人情報の開示、訂正等のご要望がある場合には、ご本人確認の出来るものを同封の上、"
                           "下記の個人情報相談窓口までご郵送ください。また、それ以外の個人情報の取扱いに関するご要望(苦情及びご相談)"
                           "につきましては下記の個人情報相談窓口までご郵送又はEメールにてご連絡ください。\n")
    assert data["channels"]["accepted"] == ["post"]


def test_a_written_request_shown_at_the_counter(tmp_path):
    data = saved(tmp_path, "保有個人データの開示等の求めに応じる手続\nお客様の個人情報の開示又は訂正などを希望される場合は、"
                           "当教習所の定める書面により受付しますので、ご本人または代理人であることを確認できるもの(運転免許証など・"
                           "代理人の場合は委任状)を示して下記の窓口までお申し出ください。個人情報の開示手数料は1項目500円です。\n")
    assert data["channels"]["accepted"] == ["in-person"]
    assert "drivers-licence" in str(data["documents"]["self"])


def test_a_fee_for_the_purpose_notice_and_the_disclosures_and_so_on(tmp_path):
    data = saved(tmp_path, "第9条 開示等\n2. 個人情報の利用目的の通知、および個人情報の開示等の請求については、当社は1回ごとに"
                           "手数料1,000円を徴収します。利用者は、必要書類に手数料分の郵便定額小為替を同封して郵送するものとします。\n")
    assert data["fees"][0]["kinds"] == ["purpose", "disclosure"]


SCHOOL = ("7 開示対象個人情報の開示、訂正及び削除について\n開示等請求方法及び請求先\n"
          "下記のお問い合わせ先へお電話・メールでご連絡ください。なお開示等請求の申し出があった場合には、ご本人であることを"
          "確認するため、運転免許証その他本人確認書類をご提示いただきます。\n\n"
          "【お問い合わせ先】(開示等請求、お問い合わせ、苦情・ご相談窓口)\n\n〒544-0034\n"
          "大阪府大阪市生野区桃谷5丁目5-37 いくのパークC棟1-10\nサンプル大学 個人情報保護管理者\nTEL:0120-951-869\n")


def test_a_contacts_ways_under_a_heading_on_how_to_request(tmp_path):
    assert set(saved(tmp_path, SCHOOL)["channels"]["accepted"]) == {"telephone", "email"}


def test_a_block_headed_for_requests_and_its_street_below(tmp_path):
    send_to = saved(tmp_path, SCHOOL)["send_to"]
    assert send_to["postal_code"] == "544-0034" and send_to["lines"][0].startswith("大阪府大阪市生野区")


def test_grounds_under_their_bracketed_heading_two_on_a_line(tmp_path):
    data = saved(tmp_path, "◆開示等の請求手続き\n必要書類】\n本人の場合・・・下記書類を1通\n・運転免許証\n・写真付住民基本台帳\n"
                           "（不開示等の理由）\n・所定の請求書類に不備があった場合 ・当社の保有個人データに該当しない場合\n"
                           "・他の法令に違反することとなる場合\n")
    assert [g["ground"] for g in data["refusal_grounds"]] == [
        "所定の請求書類に不備があった場合", "当社の保有個人データに該当しない場合", "他の法令に違反することとなる場合"]
    assert "other-official-photo-id" in str(data["documents"]["self"])


def test_the_list_above_for_the_person_and_the_representative(tmp_path):
    data = saved(tmp_path, "◆開示等の請求手続き\n1.個人情報の開示等の請求をできる方\n・ご本人\n"
                           "・代理人（親権者等の法定代理人及びご本人より委託された方）\n"
                           "必要書類】\n本人の場合・・・下記書類を1通\n・運転免許証\n・旅券（パスポート）\n"
                           "■代理人の場合・・・上記?～?（本人＋代理人）＋ 委任状\n")
    for who in ("legal-representative", "agent"):
        kinds = set().union(*[{d["kind"] for d in g["one_of"]} for g in data["documents"][who]])
        assert {"drivers-licence", "passport"} <= kinds
