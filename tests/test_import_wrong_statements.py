"""Wrong statements the fourth round found by importing every corpus page and reading the saved
record against the truth (issue 21): each in a real-looking example of our own words, with the
page of the corpus it came from named."""
from __future__ import annotations

from tests.test_import_sentences import saved


def _self_groups(data: dict) -> list[list[str]]:
    return [[d["kind"] for d in g["one_of"]] for g in data["documents"]["self"]]


def test_a_document_sent_besides_the_id_is_a_line_of_its_own(tmp_path):
    # real/wajima_city: 「上記(1)の本人確認書類の写しに併せて、住民票の写し…を提出してください」
    data = saved(tmp_path, "請求書をご郵送ください。\n(1)運転免許証、健康保険の被保険者証、個人番号カード等の写しを同封してください。\n"
                           "(2)上記(1)の本人確認書類の写しに併せて、住民票の写し(30日以内に作成されたもの)を同封してください。\n")
    groups = _self_groups(data)
    assert ["certificate-of-residence"] in groups, "the 住民票 offered as one of the IDs"
    assert not any("certificate-of-residence" in g and len(g) > 1 for g in groups)


def test_a_count_of_identity_documents_listed_elsewhere_never_doubles_another_document(tmp_path):
    # real/idemitsu: "a. Seal registration certificate … b. Copies of … (two or more identity
    # verification documents provided for in 4.)" was saved as the seal certificate twice
    data = saved(tmp_path, "Please send the application form by post together with the following documents:\n"
                           "a. Seal registration certificate (issued within three months)\n"
                           "b. Copies of documents verifying your identity (two or more identity verification "
                           "documents provided for in 4.)\n")
    assert _self_groups(data) == [["seal-registration-certificate"]]
    assert any("Check this" in n["text"] and "self_count" in n["text"] for n in data["notes"])


def test_a_document_needed_only_in_one_case_is_no_alternative(tmp_path):
    # real/muroran_hospital: 「- 住民票(代理人請求又は郵送の場合のみ)」 beside the photo ID
    data = saved(tmp_path, "開示請求に必要な書類\n- 開示請求書\n- 身分証明書(運転免許証、パスポートなど顔写真付きのもの)\n"
                           "- 住民票(郵送の場合のみ)\n請求書は郵送でも受け付けます。\n")
    assert not any("certificate-of-residence" in g for g in _self_groups(data))
    assert any("certificate-of-residence" in n["text"] for n in data["notes"])


def test_the_family_register_item_of_a_licence_is_no_document(tmp_path):
    # real_unseen/hitachi_chem: "(The family register item is not required, so please delete it …)"
    data = saved(tmp_path, "Please send the request form by post with one of the following documents:\n"
                           "• A copy of a driver's license\n  (The family register item is not required, so please "
                           "delete it with an oil-based pen.)\n• A copy of your passport\n")
    assert _self_groups(data) == [["drivers-licence", "passport"]]


def test_a_numbered_note_names_no_document_of_its_own(tmp_path):
    # real3_unseen/yokohama_ybsc: "※1 Certificates such as family register are limited to originals…"
    data = saved(tmp_path, "Please bring the request form to the counter with a copy of your driver's license or "
                           "passport.\n※1 Certificates such as family register are limited to originals issued within "
                           "three months.\n")
    assert all("family-register" not in g for g in _self_groups(data))


def test_a_residence_certificate_proving_a_relation_is_no_identity_document(tmp_path):
    # real3_unseen/cl_asunaro: 「・続柄を証明する書類(住民票、戸籍謄本等)」 under a relative's case
    data = saved(tmp_path, "請求書をご郵送ください。\n本人確認書類：運転免許証またはパスポートの写し\n"
                           "・続柄を証明する書類(住民票、戸籍謄本等)\n")
    assert _self_groups(data) == [["drivers-licence", "passport"]]


def test_the_fee_sections_heading_is_no_item_to_enclose(tmp_path):
    # real3_unseen/fukushi_club: 「…下記の書類を同封してください。… 5.手数料と徴収方」 (the page cut
    # there): no fee, no "enclose it with the request"
    data = saved(tmp_path, "請求書をご郵送ください。\n4.代理人による請求の手続き\n代理人の場合は、下記の書類を同封してください。\n"
                           "委任状 1通\n5.手数料と徴収方法\n")
    assert data["fees"] == "unknown"


def test_whose_family_register_a_generic_agent_sentence_does_not_say(tmp_path):
    # real3_unseen/hunes: 「代理人資格の確認は、委任状、戸籍謄本等の書類により行います。」
    data = saved(tmp_path, "請求書をご郵送ください。\nア. ご本人確認は運転免許証の写しにより行います。\n"
                           "イ. 代理人資格の確認は、委任状、戸籍謄本等の書類により行います。\n")
    agent = [d["kind"] for g in data["documents"].get("agent", []) for d in g["one_of"]]
    assert agent == ["power-of-attorney"]


def test_a_count_of_the_items_above_is_no_count_of_identity_documents(tmp_path):
    # real4/machida_hp: 「上記「本人が申請する場合」の2点に加え、戸籍謄本や委任状等の書類が必要」
    data = saved(tmp_path, "申請書を郵送してください。\n(1)開示申出書\n(2)申請者の本人確認書類(運転免許証、パスポート等)\n"
                           "本人以外が申請する場合は、上記の2点に加え、委任状等の書類が必要となります。\n")
    assert len(data["documents"]["self"]) == 1


def test_a_guardianship_certificate_is_never_an_appointed_agents(tmp_path):
    # real4/purpose_notice_co: a line broken before 「は成年後見の登記事項証明書」 under the agents' list
    data = saved(tmp_path, "請求書を郵送してください。\n4.代理人による請求の場合は、以下の書類が必要です。\n"
                           "・成年被後見人の法定代理人について\nは成年後見の登記事項証明書\n・任意代理人の場合は委任状\n")
    agent = [d["kind"] for g in data["documents"].get("agent", []) for d in g["one_of"]]
    assert "certificate-of-registered-matters" not in agent


def test_words_any_company_uses_name_no_department(tmp_path):
    # real4/purpose_notice_co 「下記住所、担当窓口宛に郵送」, real4/sonybank 「1.受付窓口」
    data = saved(tmp_path, "請求書を下記住所、担当窓口宛に郵送してください。\n〒100-0011\n東京都千代田区内幸町2-1-6\n")
    assert data["send_to"] == "unknown" or data["send_to"]["department"] == "unknown"


def test_a_document_and_one_of_the_rest(tmp_path):
    # real4/purpose_notice_co: 「住民票(3 ヶ月以内)および運転免許証、パスポート、健康保険証…のうちいずれか 1 点」
    data = saved(tmp_path, "請求書を郵送してください。\n本人確認のための書類は、住民票(3 ヶ月以内)および運転免許証、パスポート、"
                           "健康保険証のうちいずれか 1 点(いずれもコピー可)とします。\n")
    groups = _self_groups(data)
    assert ["certificate-of-residence"] in groups and ["drivers-licence", "passport", "health-insurance-card"] in groups
