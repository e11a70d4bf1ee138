"""Structures met on the corpus's real pages in the thirty-seventh round, in our own words, each
failing on the rules before: the cases a promise to disclose excepts inline (「…請求があった場合には、
A場合、あるいはB場合を除き、遅滞なく開示します」) are the grounds of refusal, in a numbered item too, and
never a third-party clause's; the page's only address under its heading for questions on personal
information is where a request goes when the page names no way to send and no first step."""
from __future__ import annotations

from tests.test_import_sentences import saved

TOP = "個人情報保護方針\nサンプル運輸株式会社\n"
PURPOSES = "■個人情報の利用目的\n・お問い合わせへの対応のため\n・ご予約の手配のため\n・サービスのご案内のため\n"
PROMISE = ("■個人情報の開示・訂正・削除\n(1) 当社は、ご本人から個人情報の開示の請求があった場合には、 当社の業務に著しい支障を来たす場合、"
           "あるいは個人の生命、身体または財産その他の利益を害する場合を除き、 遅滞なくこれをご本人に開示します。\n")
BLOCK = "■個人情報に関する問い合わせ\nサンプル運輸株式会社\n〒656-2154兵庫県淡路市木曽下1-2\nTEL：0799-60-1111\n"


def test_the_cases_a_promise_to_disclose_excepts_are_the_grounds(tmp_path):
    data = saved(tmp_path, PURPOSES + PROMISE + BLOCK, head=TOP)
    assert [g["ground"] for g in data["refusal_grounds"]] == [
        "当社の業務に著しい支障を来たす場合", "個人の生命、身体または財産その他の利益を害する場合"]


def test_the_cases_excepted_from_a_third_party_clause_are_no_grounds(tmp_path):
    data = saved(tmp_path, PURPOSES + "■第三者提供\n当社は、ご本人から提供の求めがあった場合には、法令に基づく場合、"
                                      "または人の生命の保護に必要な場合を除き、第三者に開示します。\n" + BLOCK, head=TOP)
    assert not data.get("refusal_grounds")


def test_the_only_address_under_the_personal_information_questions_heading_is_where_requests_go(tmp_path):
    data = saved(tmp_path, PURPOSES + PROMISE + BLOCK, head=TOP)
    assert data["send_to"]["postal_code"] == "656-2154"


def test_an_address_under_a_general_heading_is_not_taken_without_a_way_to_send(tmp_path):
    data = saved(tmp_path, PURPOSES + PROMISE + BLOCK.replace("■個人情報に関する問い合わせ", "■会社概要"), head=TOP)
    assert data["send_to"] == "unknown" or data["send_to"].get("postal_code") in (None, "unknown")


def test_a_visit_is_a_way_to_make_the_request(tmp_path):
    # real19_blind/central_crew: 「電話又は直接来訪下さい」
    data = saved(tmp_path, PURPOSES + "4.開示請求のお手続きについて\n(2) 開示等の請求の受付\n"
                                      "開示等の請求に関しては、電話又は直接来訪下さい。\n" + BLOCK, head=TOP)
    assert set(data["channels"]["accepted"]) == {"telephone", "in-person"}


def test_a_visitor_or_a_visits_identity_row_is_no_way_to_send(tmp_path):
    # a purpose naming visitors; 「ご来訪：運転免許証…」 the row of how a visit's identity is checked
    data = saved(tmp_path, PURPOSES + "・当社への来訪者の入館管理のため\n9. 開示請求のお手続きについて\n（1）開示等の申出先\n"
                                      "Eメール：privacy@sample-unyu.example.jp\n（2）本人確認方法\n"
                                      "ご来訪：運転免許証・パスポート等の身分証明書\n", head=TOP)
    channels = data.get("channels")
    assert channels == "unknown" or "in-person" not in channels.get("accepted", [])


def test_one_street_written_two_ways_with_the_contacts_after_it_is_one_address(tmp_path):
    # real23_blind/shozen: 「162-3」 in the block, 「162番地の3　TEL：…」 in the footer
    footer = "株式会社　サンプル運輸　〒656-2154　兵庫県淡路市木曽下1番地の2　TEL：0799-60-1111　FAX：0799-60-1112\n"
    data = saved(tmp_path, PURPOSES + PROMISE + BLOCK + footer, head=TOP)
    assert data["send_to"]["postal_code"] == "656-2154"
    assert data["send_to"]["lines"] == ["兵庫県淡路市木曽下1番地の2"]


def test_disclosing_by_paper_or_electronic_record_is_the_answer(tmp_path):
    # real17_blind/obfall: 「…書面または電磁的記録の提供により、遅滞なくこれを開示します」
    data = saved(tmp_path, PURPOSES + "第9条　開示、訂正等の手続きについて\n開示請求を受けた場合は、書面または電磁的記録の提供により、"
                                      "遅滞なくこれを開示します。\n" + BLOCK, head=TOP)
    assert set(data["response"]["methods"][0]["offered"]) == {"in-writing", "electronic-record"}


def test_post_when_it_cannot_be_helped_is_no_refusal(tmp_path):
    # real24_blind/jashiga: 「やむを得ない」 is no "no"; a visit the rule, post the exception
    data = saved(tmp_path, PURPOSES + "1. 個人情報の開示等の受付について\n受付は、当社をご訪問いただき受付窓口において受け付けることを原則と"
                                      "しますが、やむを得ない事情が ある場合には、同書面により郵送で受け付けします。\n" + BLOCK, head=TOP)
    assert set(data["channels"]["accepted"]) == {"in-person", "post"}
    assert "post" not in data["channels"].get("refused", [])


def test_either_way_allowed_is_no_refusal(tmp_path):
    data = saved(tmp_path, PURPOSES + "開示等の請求方法\n請求書は、郵送・持参を問いません。\n" + BLOCK, head=TOP)
    assert set(data["channels"]["accepted"]) == {"in-person", "post"}
    assert not data["channels"].get("refused")


JA_FORM = ("1. 個人情報の開示等の受付について\n当社は、個人情報の開示、訂正、利用停止等のご請求をお受けします。\n"
           "2. 個人情報開示等請求書の入手方法\n当社所定の「個人情報開示等請求書」は、本ウェブサイトよりダウンロードしていただけます。\n"
           "「個人情報開示等請求書」のダウンロード\n(右クリックし、「対象をファイルに保存」を選択してください。\n"
           "郵送をご希望される場合は、氏名、送付先住所、電話番号及び『「個人情報開示等請求書」を希望』と明記していただき、"
           "下記までお申込みください。\n〒520-0801 滋賀県大津市におの浜3丁目1-9\n株式会社 サンプル電算センター 総務部(苦情・相談窓口担当)\n")


def test_a_legal_form_apart_before_the_name_leaves_the_desk_after_it(tmp_path):
    # real24_blind/jashiga: 「株式会社 滋賀県農協電算センター 総務部(苦情・相談窓口担当)」, the name ending in センター
    data = saved(tmp_path, PURPOSES + JA_FORM, head=TOP)
    assert data["send_to"]["department"] == "総務部(苦情・相談窓口担当)"
    assert data["send_to"]["postal_code"] == "520-0801"


def test_a_form_mailed_to_whoever_wishes_is_a_second_way_beside_its_download(tmp_path):
    data = saved(tmp_path, PURPOSES + JA_FORM, head=TOP)
    assert data["form"]["get_it"] == ["download", "mailed-by-company"]


HOSPITAL = ("個人情報の開示について\n当院では、個人情報の開示を行っています。\n開示請求方法\n"
            "開示を希望される方は、当院所定の請求書にご記入いただき 直接当院にお越しいただくか、必要書類をすべて郵送で"
            "「診療情報管理課」あてにご請求ください。お電話やメール、当院のホームページからは請求できません。\n"
            "請求者 必要書類等\n1.患者さんご本人 ・当院書式の開示請求書\n・身分証明書(運転免許証・パスポート・健康保険証等)\n"
            "2.法定代理人\n(親権者、未成年後見人、成年後見人)\n・当院書式の開示請求書\n・請求者の身分証明書\n"
            "・続柄を証明する戸籍謄本等又は家庭裁判所の審判書等\n"
            "3.患者さんから代理権を与えられた親族およびこれに準ずる方 ・当院書式の開示請求書\n・請求者の身分証明書\n"
            "・任意書式の委任状\n")


def test_a_list_item_naming_the_house_form_is_the_forms_name(tmp_path):
    # real24_blind/kogyo_hospital: 「・当院書式の開示請求書」
    assert saved(tmp_path, HOSPITAL, head=TOP)["form"]["name"] == "開示請求書"


def test_requests_from_the_website_refused_with_a_topic_particle(tmp_path):
    data = saved(tmp_path, HOSPITAL, head=TOP)
    assert {"telephone", "email", "online-form"} <= set(data["channels"]["refused"])
    assert set(data["channels"]["accepted"]) == {"in-person", "post"}


def test_the_requesters_id_in_a_representatives_row_is_theirs_of_the_persons_kinds(tmp_path):
    data = saved(tmp_path, HOSPITAL, head=TOP)
    kinds = {"drivers-licence", "passport", "health-insurance-card"}
    for who in ("legal-representative", "agent"):
        have = {d if isinstance(d, str) else d["kind"] for g in data["documents"][who] for d in g["one_of"]}
        assert kinds <= have, who
