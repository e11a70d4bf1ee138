"""Structures of real43_blind and real44_blind's pages (English pages of Japanese groups: a
pharmaceutical company, two insurers, an electric maker, a medical-IT firm, an infrastructure
systems firm, a railway; Japanese excerpts: a network firm, a health site, a hospital), in our own
words, each failing on the rules before: "Please prepare the following documents (both (1) and
(2))" over "(1) … driver's license or passport" and "(2) … certificate of residence or …
seal registration", with "*If you do not have (1), … health insurance card or pension book …", is
one of each item (never one of them all); "One of the above-mentioned documents for
identification of the representative" gives the representative the person's kinds; "… Limited" is
a company's name; "statutory proxy" is a legal representative; "remit the fee to the bank account";
"please contact the area below" over a desk's line; "health insurance beneficiary's card",
"resident registration", "pension account book"; "\"Resident's card\" does not include my number
… or registered domicile" masks both; "… Personal Data Protection Group"; 「公的に本人を証明する書類と
は以下のいずれかです」 heads the person's IDs; 「…請求書記載住所に送付します」 is the answer, no form
mailed; a counter's line 「中央棟 2階 患者サポートセンター - 請求できる方」 under 「受付窓口」."""
from __future__ import annotations

from tests.test_import_sentences import saved

HEAD_EN = "Privacy Policy\nSample Works Limited\n"


def _kinds(group: dict) -> list[str]:
    return [k["kind"] for k in group["one_of"]]


def test_both_numbered_items_each_one_of_its_own(tmp_path):
    data = saved(tmp_path, "<Procedures for Requests for Disclosure, etc.>\nTo make a request, please fill out the request "
                 "form and mail it to the address below.\n●Required documents for identification\nPlease prepare the "
                 "following documents (both (1) and (2)) for each request. However, you do not need duplicates.\n"
                 "(1) One copy of a \"driver's license\" or \"passport\"\n(2) One original of a \"certificate of residence\" "
                 "or \"certificate of seal registration\" (issued within the last three months) .\n"
                 "*If you do not have (1), a copy of your \"health insurance card\" or \"pension account book\" and an "
                 "original of your \"certificate of residence\" or \"certificate of seal registration\"\n"
                 "* \"Resident's card\" does not include my number (personal number) or registered domicile\n"
                 "●Request by proxy\nIn the case of a request by a representative\n"
                 "One of the above-mentioned documents for identification of the representative\n", head=HEAD_EN)
    groups = sorted(_kinds(g) for g in data["documents"]["self"])
    assert groups == [["certificate-of-residence", "seal-registration-certificate"],
                      ["drivers-licence", "passport", "health-insurance-card", "pension-book"]]
    conditions = str(data["documents"]["self"])
    assert "mask-my-number" in conditions and "mask-honseki" in conditions
    assert "drivers-licence" in str(data["documents"]["agent"])


def test_a_limited_company_is_named():
    from assistant.importer.extract import propose
    assert propose("Privacy Policy\nSample Works Limited\nRequests for disclosure are taken by post.\n").first("name").value \
        == "Sample Works Limited"


def test_a_statutory_proxy_is_a_legal_representative_and_a_fee_remitted_to_the_bank(tmp_path):
    data = saved(tmp_path, "1. How to Make a Request\nPlease complete the form and return it to us. Please also submit "
                 "the following documents:\n(1)For requests made on the person's own behalf\n"
                 "A copy of a document such as a driver's license, passport, health insurance card or pension account book.\n"
                 "(2)For requests made by a proxy\n"
                 "For a statutory proxy, a document that confirms the statutory proxy status, such as a copy of one's family register\n"
                 "For a privately appointed proxy, a Letter of Proxy and seal registration certificate of the actual person.\n"
                 "2. Fee\nWe will charge 700 yen for a request for notification of purpose of use or disclosure. Please remit "
                 "the fee to the bank account designated by the Company.\n", head=HEAD_EN)
    assert "family-register" in str(data["documents"]["legal-representative"])
    assert "family-register" not in str(data["documents"].get("agent", ""))
    assert "pension-book" in str(data["documents"]["self"])
    assert data["fees"][0]["payment"] == "bank transfer (振込)"


def test_a_desk_line_under_please_contact_the_area_below(tmp_path):
    data = saved(tmp_path, "3. Procedures for disclosures etc. of personal information\nIf you wish to request disclosure, "
                 "revisions or deletions for your own information, please contact the area below.\n"
                 "Also please contact the area below for opinions and questions.\nSample Service Counseling Office\n"
                 "Phone: 050-3772-3910\n", head=HEAD_EN)
    assert data["send_to"]["department"] == "Sample Service Counseling Office"


def test_english_words_for_kinds_and_a_protection_group(tmp_path):
    data = saved(tmp_path, "Procedures concerning Requests for Disclosure\nPlease post Requests for Disclosure to the address "
                 "shown below.\nHR Div. Personal Data Protection Group\nSample Works Limited\n"
                 "72-34 Horikawa-cho, Saiwai-ku, Kawasaki, Kanagawa 212-8585\n2. Documents\nPlease provide a copy of any "
                 "of the following: driver's license, resident registration, passport, health insurance beneficiary's card.\n",
                 head=HEAD_EN)
    assert data["send_to"]["department"].endswith("Personal Data Protection Group")
    kinds = set(_kinds(data["documents"]["self"][0]))
    assert {"certificate-of-residence", "health-insurance-card"} <= kinds


def test_the_list_the_ids_are_defined_by_is_the_persons(tmp_path):
    data = saved(tmp_path, "提出すべき書面等\n1. 公的に本人を証明する有効期限内の書類のコピー\n2. 押印した請求書\n"
                           "3. 委任状等(代理人が申請する場合のみ)\n4. 代理人に関する公的に本人を証明する書類のコピー(代理人が申請する場合のみ)\n"
                           "公的に本人を証明する書類とは以下のいずれかです\n1. 個人番号カード\n2. 運転免許証\n3. 旅券\n"
                           "回答方法\n書面(請求書記載住所に送付します)\n")
    assert {"my-number-card", "drivers-licence", "passport"} <= set(_kinds(data["documents"]["self"][0]))
    assert "mailed-by-company" not in str(data.get("form"))


def test_a_counters_line_under_its_heading_where_the_list_ran_on(tmp_path):
    data = saved(tmp_path, "個人情報の開示請求の手続き\n- 受付窓口\n中央棟 2階 患者サポートセンター - 請求できる方\n- ご本人\n"
                           "- 請求方法\n受付窓口に「個人情報に関する開示請求書」をご用意しております。窓口までお越しください。\n")
    assert data["send_to"]["department"] == "患者サポートセンター"


def test_a_lone_ground_in_a_list_item_ends_at_its_case(tmp_path):
    data = saved(tmp_path, "- 開示の決定\n- 原則、2~3週間後に開示の可否を決定し、請求者に開示いたします。開示しない場合もその旨回答致します。\n"
                           "- 開示することで、本人や第三者の生命、身体、財産その他権利利益を害する恐れがある場合などは、例外的にその全部"
                           "又は一部について開示しないことがあります。\n")
    assert [g["ground"] for g in data["refusal_grounds"]] == [
        "開示することで、本人や第三者の生命、身体、財産その他権利利益を害する恐れがある場合"]
