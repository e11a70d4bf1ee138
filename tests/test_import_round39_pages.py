"""Structures of real39_blind and real40_blind's pages (two IT companies, a theatre company, a
fashion building's operator, three English policies), in our own words, each failing on the rules
before: grounds led by "A request … cannot be accepted in the following cases." and by 「以下の…は開示等
の対象としておりません」 over group titles (「A. …に該当しないもの」) and items that are things (「…もの」);
a "please contact … to make a request" in a notice of its own far below a procedure that says how to
send is no first step; an English address line "Company Co., Ltd. Desk, Building 7F, 2-2 Street, …";
a heading "Disclosing and correcting Personal Information" names kinds; a "… Service Center" is a
personal-information desk; "a credit card company" says nothing of a fee; 「住民票の写し…のほか、以下の
いずれか1点」 is the 住民票 and one of the list, never one of them all; a desk's quoted name or bracket
after its department; a free-format letter's title (「書類名「…申請書」」) is no form of the company's;
「本人確認書類/代理人本人確認のための書類」 heads IDs both send; 「特別永住者証明」; 「1回の申請ごとに」
said where the amount is said again; 「当社の窓口(会社名 個人情報保護事務局)が対応いたします」; 「費用が
発生します」."""
from __future__ import annotations

from tests.test_import_sentences import saved

HEAD_EN = "Privacy Policy\nSample Works Co., Ltd.\n"


def _para(n: int) -> str:
    return "\n".join(f"{i}. Item {i}: we keep your data safe." for i in range(1, n))


def test_grounds_led_by_cannot_be_accepted_in_the_following_cases(tmp_path):
    data = saved(tmp_path, _para(14) + "\nYou may request disclosure, correction or deletion of your data.\n"
                 "5. Cases in which a request for disclosure, etc., cannot be accepted\n"
                 "A request for disclosure, etc., cannot be accepted in the following cases. We will contact you.\n"
                 "1) If we are unable to verify your identity.\n2) If the required documents are incomplete.\n"
                 "3) If the request violates laws or regulations.\n", head=HEAD_EN)
    assert len(data["refusal_grounds"]) == 3


def test_a_contact_in_a_notice_far_below_the_procedure_is_no_first_step(tmp_path):
    body = ("Procedures for requesting disclosure\n2. Contact for requests for disclosure, etc.\n"
            "To make a request for disclosure, etc., please send the required documents by registered mail to the address below.\n"
            "Address: Sample Works Co., Ltd. Privacy Desk, Kanda Building 7F, 2-2 Kanda, Chiyoda-ku, Tokyo 101-0051\n"
            + "\n".join(f"{i}) We take measure {i} to keep data safe." for i in range(1, 12)) +
            "\nHandling of Personal Information from Inquiries\n5. Requests for Disclosure, etc.\n"
            "If you wish to make a Request for Disclosure, etc., please contact the complaints desk listed below.\n")
    data = saved(tmp_path, body, head=HEAD_EN)
    assert data["channels"]["accepted"] == ["registered-mail"] and not data.get("contact_first")
    assert data["send_to"]["department"] == "Privacy Desk"
    assert data["send_to"]["lines"][0].startswith("Kanda Building 7F, 2-2 Kanda")


def test_an_english_heading_names_kinds_and_a_service_center_is_the_desk(tmp_path):
    body = (_para(14) + "\n◦ (a credit card company specified when paying by credit card; a courier company)\n"
            "5. Disclosing and correcting Personal Information\n"
            "• (1) We will respond to requests to disclose or correct your Personal Information. Please contact "
            "the Personal Information Service Center.\n(6) Inquiries:\nPersonal Information Service Center\n"
            "Email:info@sample.example\nAddress: 5-12, Kutaromachi 2-chome, Chuo-ku, Osaka 541-0056\n")
    data = saved(tmp_path, body, head=HEAD_EN)
    assert {"disclosure", "correction"} <= set(data["request_kinds"])
    assert data["send_to"]["postal_code"] == "541-0056"
    assert data["send_to"]["department"] == "Personal Information Service Center"
    assert "credit" not in str(data.get("fees"))


def test_a_residence_certificate_besides_one_of_the_list(tmp_path):
    data = saved(tmp_path, "【ご本人確認のために必要な書類】\nご本人の住民票の写し(転居した場合は除票を含む。)のほか、"
                           "以下のいずれか1点のコピーを同封してください。\n・運転免許証\n・旅券(パスポート)\n・各種健康保険の被保険者証\n")
    groups = data["documents"]["self"]
    lone = [g for g in groups if [k["kind"] for k in g["one_of"]] == ["certificate-of-residence"]]
    rest = [g for g in groups if g not in lone]
    assert lone and rest and all("certificate-of-residence" not in str(g) for g in rest)


def test_a_desks_quoted_name_or_bracket_after_its_department(tmp_path):
    data = saved(tmp_path, "下記担当窓口まで郵送にてお申し込みください。\n〒150-8507\n東京都渋谷区道玄坂二丁目24番1号\n"
                           "株式会社みなと商会\n総務人事部 「個人情報保護担当窓口」\nTEL 03-3477-9020\n")
    assert data["send_to"]["department"] == "総務人事部 「個人情報保護担当窓口」"
    data = saved(tmp_path / "2", "下記宛に郵送願います。\n〔送付先〕\n〒100-8310 東京都千代田区丸の内二丁目7番3号\n"
                                 "株式会社みなと商会\n法務コンプライアンス室(個人情報相談窓口)\n")
    assert data["send_to"]["department"] == "法務コンプライアンス室(個人情報相談窓口)"


def test_things_not_covered_under_group_titles_are_grounds(tmp_path):
    data = saved(tmp_path, "「開示等の求め」に応じる手続\n(1)以下の「保有個人データ」は開示等の対象としておりませんので、ご注意下さい。\n"
                           "A. 保有個人データに該当しないもの\n• そのデータについて当社が開示等の権限がないもの\n"
                           "• 6ヶ月以内に確実に消去される予定のもの\nB. 法の定めにより開示等の対象としないもの\n"
                           "• 開示等することが他の法令に抵触するおそれのあるもの\nC. その他、法令等に定めるもの等\n"
                           "(2)「開示等の求め」のお申出先\n開示等のお求めは下記宛、郵送によりお送りください。\n")
    assert [g["ground"] for g in data["refusal_grounds"]] == ["そのデータについて当社が開示等の権限がないもの", "6ヶ月以内に確実に消去される予定のもの",
                                       "開示等することが他の法令に抵触するおそれのあるもの"]


def test_a_free_format_letters_title_is_no_form_of_the_companys(tmp_path):
    data = saved(tmp_path, "次のA. の申請書をダウンロードし、ご記入のうえご郵送下さい。\nA. 当社所定の申請書\n"
                           "「保有個人データ」開示等申請書\nまた、上記申請書をご利用にならない場合は、以下の事項を記載した書面を"
                           "ご郵送下さい。\n1. 書類名「個人情報の開示等に関する申請書」\n")
    assert data["form"]["name"] == "「保有個人データ」開示等申請書"


def test_a_heading_over_the_person_and_the_agents_ids(tmp_path):
    data = saved(tmp_path, "1. 請求方法\n所定の申請書に本人確認書類を同封のうえ郵送願います。\n2. 提出書類\n"
                           "- 本人確認書類/代理人本人確認のための書類\n次の公的書類のコピー いずれか1点\n- 運転免許証\n"
                           "- 旅券(パスポート)\n- 特別永住者証明\n")
    person, agent = str(data["documents"]["self"]), str(data["documents"]["agent"])
    for kind in ("drivers-licence", "passport", "special-permanent-resident-certificate"):
        assert kind in person and kind in agent


def test_per_request_said_where_the_amount_is_said_again(tmp_path):
    data = saved(tmp_path, "ご本人確認書類および手数料(郵便切手800円分)を同封のうえ郵送願います。\n3. 手数料\n"
                           "開示の求めの場合は1回の申請ごとに、手数料として800円分の切手を申請書に同封してお送りください。\n")
    assert data["fees"][0]["amount_yen"] == 800 and data["fees"][0]["per"] == "request"


def test_a_desk_in_brackets_after_the_counter_that_handles_requests(tmp_path):
    data = saved(tmp_path, "お客様の個人情報の開示等につきましては下記(3)に定める当社の窓口(株式会社みなと商会 "
                           "個人情報保護事務局)が対応いたしますので、窓口が定める方法に従ってください。\n")
    assert data["send_to"]["department"] == "個人情報保護事務局"


def test_a_fee_that_arises_is_charged(tmp_path):
    data = saved(tmp_path, "請求の種類\n①開示\n特に定めはありません。\n*費用が発生します。(後述)\n②訂正、追加又は削除\n")
    assert data["fees"][0]["kinds"] == ["disclosure"]
