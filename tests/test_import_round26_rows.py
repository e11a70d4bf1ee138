"""Structures of the pages real24_blind (inazawa_hospital) and real25_blind (tepco_en, japantimes_en,
gmo_registry_en) read worst, in our own words, each failing on the rules before: an English page's
rows by who asks ("If a representative is requesting …:", with "Appointed representative: …; Legal
representative: …" inside one line) and a proof of standing never offered as an alternative to a
photo ID; grounds that end in "filled in." or say "cannot"; the reply "will be sent by mail"; "two
of the documents above" for an agent; a form asked for by contacting the company; an invoice for
the fee; a hospital's 「法定代理人又は遺族の場合」 and 「本人から代理権を与えられた親族」; a counter
under 「受付窓口」."""
from __future__ import annotations

from tests.test_import_sentences import saved

TOP = "Privacy Policy\nSample Power Company, Inc.\n"
ROWS = ("Procedures for Disclosing Personal Information\n"
        "(2) Disclosure Request Procedures and Reception Desk\n"
        "Fill in the \"Request for Disclosure of Personal Information\" and submit it to the nearest office. "
        "If you want to request disclosure by mail, attach copies of the documents indicated below and send them to the nearest office.\n"
        "If the individual concerned is requesting disclosure of personal information:\n"
        "- Personal identification of the individual concerned (driver's license, passport, health insurance card)\n"
        "If a representative is requesting disclosure of personal information:\n"
        "- Personal identification of the representative (driver's license, passport, health insurance card)\n"
        "- Documents proving the qualifications of the representative (Appointed representative: Authorization letter "
        "and seal registration certificate; Legal representative: Certified copy or extract of the family register, "
        "and certificate of registered information of guardian of adult)\n"
        "Performance of disclosure\nThe reply letter will be sent by mail to the address of the individual concerned.\n"
        "If disclosure cannot be performed\n"
        "The Company might not be able to provide full or partial disclosure of personal information in the cases indicated below.\n"
        "- There is a risk of harm to the life, body, property, or other rights of a third party.\n"
        "- Required items of the \"Request for Disclosure of Personal Information\" have not been filled in.\n"
        "- The identity of the individual concerned cannot be confirmed due to insufficient documents.\n"
        "- The Company's reply letter could not be delivered for two months or more.\n")


def _groups(data, who):
    return [{d if isinstance(d, str) else d["kind"] for d in g["one_of"]} for g in data["documents"].get(who, [])]


def test_english_rows_by_who_asks(tmp_path):
    data = saved(tmp_path, ROWS, head=TOP)
    assert _groups(data, "self") == [{"drivers-licence", "passport", "health-insurance-card"}]
    agent = set().union(*_groups(data, "agent"))
    assert {"power-of-attorney", "seal-registration-certificate", "drivers-licence"} <= agent
    assert "family-register" not in agent
    legal = _groups(data, "legal-representative")
    # the family register proves the standing, the licence the representative: both, never one of them
    assert {"family-register", "certificate-of-registered-matters"} in legal
    assert {"drivers-licence", "passport", "health-insurance-card"} in legal


def test_grounds_that_end_in_a_particle_word_or_say_cannot(tmp_path):
    grounds = [g["ground"] for g in saved(tmp_path, ROWS, head=TOP)["refusal_grounds"]]
    assert len(grounds) == 4
    assert any(g.endswith("have not been filled in") for g in grounds)
    assert any("cannot be confirmed" in g for g in grounds)


def test_the_reply_letter_sent_by_mail_is_written(tmp_path):
    data = saved(tmp_path, ROWS, head=TOP)
    assert data["response"]["methods"][0]["offered"] == ["in-writing"]


def test_two_of_the_documents_above_for_an_agent(tmp_path):
    data = saved(tmp_path, "How to Obtain Disclosure of Your Personal Information\n"
                           "Fill in the information requested and send the Application Form to our Information Desk with:\n"
                           "  1. Copies of two of the following documents to verify the identity of the person making the request: "
                           "driver's license, passport, basic resident registration card with photo, pension insurance booklet.\n"
                           "* In the event that the request is made by an agent, a document certifying the authority of the agent "
                           "and copies of two of the documents above verifying the identity of the agent are required.\n", head=TOP)
    kinds = {"drivers-licence", "passport", "other-official-photo-id", "pension-book"}
    assert set().union(*_groups(data, "self")) == kinds
    assert set().union(*_groups(data, "agent")) == kinds
    assert "legal-representative" not in data["documents"]  # an agent is one the person appoints


def test_a_form_asked_for_and_an_invoice_for_the_fee(tmp_path):
    data = saved(tmp_path, "5. Disclosure etc. of Personal Information\n"
                           "2) Requests for disclosure etc. shall be dealt with in the following manner.\n"
                           "(1) Please contact Sample Registry for the relevant form (Personal information disclosure request, "
                           "Personal information amendment request).\n"
                           "(2) Fill in the required details.\n"
                           "3) Please send (2) by certified mail to the following address.\n"
                           "Sample Registry, Inc.\nCerulean Tower, 26-1 Sakuragaoka-cho,\nShibuya-ku, Tokyo (150-8512) Japan\n"
                           "4) In regard to requests for disclosure, after verifying the identity of the sender, Sample Registry will send out an invoice for handling fees. "
                           "Please submit payment by bank transfer to the account listed on the invoice.\n"
                           "Handling fee:\n1,000 yen\n"
                           "5) After confirming receipt of payment, Sample Registry will send a response by certified mail.\n", head=TOP)
    assert data["form"]["name"] == "Personal information disclosure request"
    assert data["form"]["get_it"] == "inquiry"
    assert data["contact_first"]["why"] == "to receive the company's own form"
    assert data["fees"][0]["pay_when"] == "on-notice"
    assert data["response"]["methods"][0]["offered"] == ["in-writing"]


HOSPITAL = ("個人情報(診療記録等)の開示\n"
            "院長は、開示請求を受けた場合には、開示請求に応じるか否かを決定し、書面により、請求者に回答します。\n"
            "2 受付窓口\n\n総合受付(1番)にお申し出ください。\n\n3 開示に関する手続き\n\n"
            "保有個人情報開示請求書に必要事項を記載し、以下の書類等を添付して提出してください。\n"
            "  • 開示請求者が患者さん本人の場合は、患者さん本人であることを確認できる公的証明書(マイナンバーカード、運転免許証、旅券等)\n"
            "  • 請求者が法定代理人又は遺族の場合は、上記の書類のほか、法定代理人又は遺族であることを確認できる書類(戸籍謄本、住民票等)\n"
            "  • 開示請求者が患者さん本人から代理権を与えられた親族及び任意後見人の場合は、上記の書類のほか、"
            "患者さんとの関係を示す書類(戸籍謄本等)\n")


def test_a_hospitals_rows_with_the_bereaved_and_a_relative_given_authority(tmp_path):
    data = saved(tmp_path, HOSPITAL)
    assert _groups(data, "legal-representative") == [{"family-register", "certificate-of-residence"}]
    assert set().union(*_groups(data, "agent")) == {"family-register"}


def test_a_counter_under_the_heading_on_where_requests_are_taken(tmp_path):
    data = saved(tmp_path, HOSPITAL)
    assert data["send_to"]["department"] == "総合受付(1番)"
    assert data["channels"]["accepted"] == ["in-person"]


def test_a_branch_counter_is_a_visit_but_no_desk(tmp_path):
    data = saved(tmp_path, "開示等の請求について\n3.開示請求申出先\n\nお取引店または最寄りの支店窓口にお申し出ください。\n")
    assert data["channels"]["accepted"] == ["in-person"]
    assert not isinstance(data["send_to"], dict) or data["send_to"].get("department") in (None, "unknown")


def test_the_form_sent_to_a_desk_and_the_desk_named_for_what_it_handles(tmp_path):
    data = saved(tmp_path, "How to Obtain Disclosure of Your Personal Information\n"
                           "Fill in the information requested and send the Application Form to our Information Desk with:\n"
                           "  1. A return envelope with your name and address\n\nAddress\n"
                           "Information Desk for Disclosure and Opt Out\nSample Times Co., Ltd.\n"
                           "5-4, Shibaura 4-chome Minato-ku, Tokyo, 108-8071\n", head=TOP)
    assert data["channels"]["accepted"] == ["post"]
    assert data["send_to"]["department"] == "Information Desk for Disclosure and Opt Out"
    # "send the form to our desk by e-mail": no post
    (other := tmp_path / "other").mkdir()
    data = saved(other, "How to Obtain Disclosure of Your Personal Information\n"
                        "Please send the request form to our Privacy Desk by e-mail at privacy@example.jp.\n", head=TOP)
    assert "post" not in str(data.get("channels"))
