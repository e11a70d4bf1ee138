"""Structures of English pages of Japanese companies (real25_blind: gmo_registry_en, cdjapan_en), in
our own words, each failing on the rules before: documents named in romanised Japanese (Juminhyo,
Ininjou, nenkin techou, the certificate of registration for the seal); "a copy of your Juminhyo …
and one of the following" is that document besides one of the list (two in all, never "one of"
everything); a children's-data clause's e-mail is no way to send requests; "asked to direct
inquiries on the specific procedures … to the help desk" is a first contact."""
from __future__ import annotations

from tests.test_import_sentences import saved

TOP = "Privacy Policy\nSample Registry, Inc.\n"
PROCEDURE = ("5. Disclosure etc. of Personal Information\n"
             "1) When an individual seeks disclosure, amendment or notification of usage purposes, we respond as laid out below.\n"
             "2) Please send the request form by certified mail to the following address.\n"
             "Sample Registry, Inc.\nCerulean Tower, 26-1 Sakuragaoka-cho,\nShibuya-ku, Tokyo (150-8512) Japan\n"
             "3) If applying in person you will need to supply the following documents.\n"
             "A copy of your Juminhyo (made within less than a month before submitting the request) and one of the following.\n"
             "(i) A driver's license copy\n(ii) A passport copy\n(iii) A health insurance card copy\n"
             "4) If a proxy is applying on your behalf you will need to supply the following documents.\n"
             "(i) A Juminhyo copy\n(ii) Ininjou\n(iii) The certificate of registration for the seal used on the ininjou.\n"
             "(iv) The proxy's nenkin techou (copy)\n")


def _kinds(groups):
    return [{d if isinstance(d, str) else d["kind"] for d in g["one_of"]} for g in groups]


def test_romanised_japanese_document_names(tmp_path):
    data = saved(tmp_path, PROCEDURE, head=TOP)
    agent = set().union(*_kinds(data["documents"]["agent"]))
    assert {"certificate-of-residence", "power-of-attorney", "seal-registration-certificate", "pension-book"} <= agent


def test_a_document_and_one_of_the_following_are_two_groups(tmp_path):
    groups = _kinds(saved(tmp_path, PROCEDURE, head=TOP)["documents"]["self"])
    assert {"certificate-of-residence"} in groups
    assert {"drivers-licence", "passport", "health-insurance-card"} in groups


def test_a_childrens_clause_e_mail_is_no_way_to_send(tmp_path):
    data = saved(tmp_path, "8. Procedures for the Disclosure, etc. of Personal Information\n"
                           "Customers may request the disclosure of personal information. Please send the request by post.\n"
                           "9. Collection of Information from Minors\nIn the event of a minor under the age of thirteen providing "
                           "personal information without consent, the parent of the child may make a request to the Company "
                           "by email for the deletion of information of said minor.\n", head=TOP)
    assert data["channels"]["accepted"] == ["post"]


def test_inquiries_on_the_specific_procedures_at_the_desk_are_a_first_contact(tmp_path):
    data = saved(tmp_path, "8. Procedures for the Disclosure, etc. of Personal Information\n"
                           "If the Company receives a request for disclosure from a customer, it shall respond promptly. "
                           "Customers are asked to direct inquiries on the specific procedures for this to the help desk "
                           "stated below.\nPersonal Information Help Desk, Sample Corporation\n"
                           "1-10-15, Nihonbashi Horidome-cho, Chuo-ku, Tokyo 103-0012\nTelephone: 03-3665-0000\n", head=TOP)
    assert data.get("contact_first")


DECLARATION = ("Sample Estate Japan\n1. Handling of Personal Information We collect personal information to introduce the customer "
               "to a real estate agent managed by this Company.\n"
               "4. Disclosing, Amending, Deleting or Stopping Stored Personal Data If a customer's personal information is "
               "recorded incorrectly and a request is received from the customer, the data may be amended. (In this case, the "
               "customer shall be requested to provide publicly recognized identification in the form of a driver's license, "
               "passport, etc.)\n5. Inquiries regarding the handling of personal information should be sent via post to: "
               "Sample Estate Japan K.K. Minotomi Bldg 3F, Shiba Koen 3-1-1, Minato-ku, Tokyo 105-0011\n")


def test_a_heading_of_gerunds_names_the_kinds_of_request(tmp_path):
    # real25_blind/realestate_japan_en: nothing was saved ("the text names no kind of request")
    data = saved(tmp_path, DECLARATION, head="")
    assert {"disclosure", "correction"} <= set(data["request_kinds"])


def test_a_real_estate_agent_is_a_trade_not_someone_asking(tmp_path):
    docs = saved(tmp_path, DECLARATION, head="")["documents"]
    assert "agent" not in docs and {"drivers-licence", "passport"} <= set().union(*_kinds(docs["self"]))


def test_grounds_under_disclosure_may_not_be_possible_in_the_following_cases(tmp_path):
    # real25_blind/tepco_en: items that state a risk or a breach, no "if"/"when"
    data = saved(tmp_path, "6. Disclosure and Correction, etc. of Personal Information\n"
                           "An individual may request disclosure of his/her personal information by post. However disclosure "
                           "may not be possible in the following cases.\n"
                           "- There is a risk of harm to the life, body, property, or other rights of a third party.\n"
                           "- Doing so would be in violation of laws or regulations, etc.\n"
                           "- The request for disclosure is not made in accordance with the procedures established by the Company.\n",
                 head=TOP)
    assert len(data["refusal_grounds"]) == 3
