"""More structures of this round's pages, in our own words, each failing on the rules before: an
English procedure whose identity part is headed "Verification of Identity or Proxy" with "(1) For
requests by the individual:" below (the person's list), "Please visit us in person or send … to the
address listed under \"Privacy Policy and Complaints/Inquiries\"" (a section's title in quotes is
no inquiry), "family register … for legal representatives", "ID copies of both the individual and
the proxy", "(If not in your possession, please contact us to request a copy.)", "(Office Hours:
…)" under the address (no desk "Office"); 「手数料として1件につき1,000円(消費税込)、郵送料として実費」
(the postage a clause of its own); a club's list of charges (「・会員証の再発行について / 3,000 円」 …
「・個人情報開示申請について / 500 円」) and its 「各種届出」 part's ways."""
from __future__ import annotations

from tests.test_import_sentences import saved

HEAD_EN = "Privacy Policy\nSample Media, Inc.\n"
PAGE_EN = (
    "[Contact for Privacy Policy and Complaints/Inquiries]\nSample Media, Inc.\n"
    "City Mansion 2F, 6-4-15 Akasaka, Minato-ku, Tokyo 107-0052, Japan\n"
    "(Office Hours: 10:00 – 18:00 JST, excluding weekends and holidays)\n\n"
    "[Procedures for Requests Concerning Disclosure, etc. of Retained Personal Data]\n"
    "b) Request Procedure:\nPlease visit us in person or send the required documents by registered mail to the address "
    "listed under \"Privacy Policy and Complaints/Inquiries.\" (Requests via telephone, email, or fax are not accepted.)\n"
    "Required documents:\n① Our designated \"Request Form for Disclosure, etc.\" (If not in your possession, please contact "
    "us to request a copy.)\n② Proof of identity\n\nc) Verification of Identity or Proxy:\n(1) For requests by the individual:\n"
    "Submit one of the following (copies acceptable):\n・Official ID with photo (e.g., driver's license, passport)\n\n"
    "(2) For requests by a proxy:\nSubmit all applicable documents:\n"
    "・Proof of authority (e.g., family register or registration certificate for legal representatives)\n"
    "・If appointed by the individual:\n　・Letter of attorney with personal seal\n"
    "　・ID copies of both the individual and the proxy\n")


def _kinds(groups) -> set[str]:
    return {k["kind"] for g in groups for k in (g.get("one_of") or [g])}


def test_an_english_procedure_read_whole(tmp_path):
    data = saved(tmp_path, PAGE_EN, head=HEAD_EN)
    assert set(data["channels"]["accepted"]) == {"in-person", "registered-mail"}
    assert {"drivers-licence", "passport"} <= _kinds(data["documents"]["self"])
    assert "family-register" in _kinds(data["documents"]["legal-representative"])
    agent = _kinds(data["documents"]["agent"])
    assert {"drivers-licence", "passport", "power-of-attorney"} <= agent and "family-register" not in agent
    assert data["form"]["get_it"] == "inquiry" and data.get("contact_first")
    assert data["send_to"].get("department") != "Office"


def test_a_fee_beside_a_postage_in_a_clause_of_its_own(tmp_path):
    data = saved(tmp_path, "※個人情報の利用目的の通知及び開示の求めに関しましては、手数料として1件につき1,000円(消費税込)、"
                           "郵送料として実費を申し受けます。\n")
    assert data["fees"][0]["amount_yen"] == 1000


def test_a_requests_charge_in_a_clubs_list_of_charges(tmp_path):
    data = saved(tmp_path, "1.会費の取扱について\n■手数料\n・プラスチック会員証の再発行について\n3,000 円(税込)\n"
                           "※一部店舗では発行できません。\n・ロッカーキー再製料について\n3,000 円(税込)\n"
                           "・個人情報開示申請について\n500 円(税込)\n※申請から発行までは1週間程度お時間をいただきます。\n"
                           "2.各種届出のご案内\nメール、お電話、ご郵送での受付は出来かねます。\n"
                           "会員証ご持参の上、窓口にてお手続きをお願い致します。\n")
    assert [f["amount_yen"] for f in data["fees"]] == [500]
    assert data["channels"] == "unknown" or not data["channels"].get("refused")


def test_an_english_block_with_its_code_below_the_street(tmp_path):
    data = saved(tmp_path, "Requests for disclosure of retained personal data\n1. Department to Receive Requests\nPlease send your request in a prescribed request form to the "
                 "following department by any manner where delivery is recorded, such as simplified registered mail.\n"
                 "Department Personal Information Desk\n"
                 "Sample Media, Inc.\n6, 7 and 8 Fl.\nMinami-aoyama Tokyu Bldg., 3-8-38 Minami-Aoyama, Minato-ku, Tokyo\n"
                 "107-0062\n", head=HEAD_EN)
    assert data["send_to"]["postal_code"] == "107-0062"
    assert set(data["channels"]["accepted"]) == {"simple-registered-mail", "mail-with-delivery-record"}
    assert "3-8-38 Minami-Aoyama" in " ".join(data["send_to"]["lines"]) and "6, 7 and 8 Fl." in data["send_to"]["lines"][0]


def test_a_desk_line_with_its_hours_after_it_is_still_the_desk(tmp_path):
    # only a line that opens with hours ("(Office Hours: …)") is no desk
    data = saved(tmp_path, "開示等のご請求は、下記宛に郵送してください。\n〒100-0001 東京都千代田区千代田1-1\n"
                           "お客様相談室 受付時間：平日9時～17時\n")
    assert data["send_to"]["department"] == "お客様相談室"
