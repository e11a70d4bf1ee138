"""Structures of real37_blind's English policies (an archive of websites' policies), in our own
words, each failing on the rules before: a list of rights in GDPR's words ("2. The right of access:
…", "3. The right to rectification: …") and a heading "Disclosing, Correcting, and Ending Use of
Personal Data" name the kinds (neither page was imported); "…will not be made in the following
instances:" leads the grounds, and an item ending "; or" is one; the exceptions to sharing "with
third parties … under the following circumstances:" are no grounds; "Upon visiting our site" is no
visit and "If you buy something from us … credit card" no fee; a desk's name alone on the line under
"please contact the below enquiry desk:" or after the company's name over an e-mail line; a fee
"per inquiry" is per request; "two pieces of identification" a count (kept as a note where no kinds
are listed, never the law's "one of"); a first contact to be told the procedure ("please contact the
below … desk and make a request pursuant to procedures that are separately specified", "…contact the
below 【… Desk】for procedures for disclosure", its desk in the brackets); "send … requests to … at
<e-mail>" the e-mail."""
from __future__ import annotations

from tests.test_import_sentences import saved

HEAD = "Privacy Policy\nSample Travel K.K.\n"


def test_rights_in_gdprs_words_and_a_gerund_heading_name_the_kinds(tmp_path):
    data = saved(tmp_path, "\n".join(f"{n}. Item {n}: nothing here." for n in range(1, 14)) +
                 "\n2. The right of access: If you wish to see what information we hold on you, write to us.\n"
                 "3. The right to rectification: We offer the opportunity to amend your personal information.\n", head=HEAD)
    assert {"disclosure", "correction"} <= set(data["request_kinds"])
    data = saved(tmp_path / "2", "\n".join(f"{n}. Item {n}: nothing here." for n in range(1, 14)) +
                 "\n3. Disclosing, Correcting, and Ending Use of Personal Data\n", head=HEAD)
    assert set(data["request_kinds"]) == {"disclosure", "correction", "suspension"}


def test_grounds_led_by_will_not_be_made_and_an_item_ending_in_or(tmp_path):
    data = saved(tmp_path, "Disclosure, etc.\nIf you wish for the disclosure of your personal information, please contact the "
                           "below desk. Please note, however, that the Disclosure, etc. of personal information will not "
                           "be made in the following instances:\n\n"
                           "1. (i)If the Disclosure, etc. is likely to harm the rights or interests of a third party;\n"
                           "2. (ii)If the Disclosure, etc. is likely to significantly impede our business; or\n"
                           "3. (iii)If the Disclosure, etc. would be a violation of any other laws or regulations.\n", head=HEAD)
    assert len(data["refusal_grounds"]) == 3


def test_sharing_exceptions_a_site_visit_and_a_purchase_say_nothing(tmp_path):
    data = saved(tmp_path, "Disclosure of Personal Information\nPlease send your request for disclosure by post.\n"
                           "Upon visiting our site, data is sent to your browser.\n"
                           "• Billing Information: If you buy something from us, you will provide your credit card number.\n"
                           "We do not share personal information with third parties except under the following circumstances:\n\n"
                           "• Where required by law to divulge such information to the authorities\n", head=HEAD)
    assert data["channels"]["accepted"] == ["post"]
    assert data["fees"] == "unknown" and "refusal_grounds" not in data


def test_a_desks_name_alone_over_its_contact_line(tmp_path):
    data = saved(tmp_path, "Disclosure of Personal Information\nFor requests for disclosure, please contact the below enquiry desk:\n\n"
                           "Sample 2030 Enquiry Desk\n\nTel: 0570-00-0000 (Domestic calls only.)\n", head=HEAD)
    assert data["send_to"]["department"] == "Sample 2030 Enquiry Desk"
    data = saved(tmp_path / "2", "Disclosure of Personal Information\nThe following department shall handle requests for disclosure.\n\n"
                                 "SAMPLE Co., Ltd. Administrative Division\nprivacy@example.jp\n", head=HEAD)
    assert data["send_to"]["department"] == "Administrative Division"


def test_a_fee_per_inquiry(tmp_path):
    data = saved(tmp_path, "Disclosure of Personal Information\nDisclosures command a fee of 2,000 yen per inquiry.\n", head=HEAD)
    assert data["fees"][0]["per"] == "request"


def test_two_pieces_of_identification_is_a_count(tmp_path):
    # real37_blind/japan_travel_en: no kinds named, the count kept (never "one of" the law's list)
    data = saved(tmp_path, "2. The right of access: If you wish to see what information we hold on you, you may send us "
                           "a Subject Access request. We will require photocopies of two pieces of identification.\n", head=HEAD)
    (note,) = [n for n in data["notes"] if "documents.self_count = 2" in n["text"]]
    assert note["quote"] == ["We will require photocopies of two pieces of identification."]


def test_a_first_contact_to_be_told_the_procedure_and_the_desk_in_brackets(tmp_path):
    data = saved(tmp_path, "6. Requests for disclosure of personal information shall be accepted. Please contact the below "
                           "【Personal Information Consultation Desk】for procedures for disclosure.\n\n"
                           "【Personal Information Consultation Desk】\nSample Concierge Corporation\nTEL: 03-0000-0000\n", head=HEAD)
    assert data["contact_first"]["quote"]
    assert data["send_to"]["department"] == "Personal Information Consultation Desk"
    data = saved(tmp_path / "2", "If you wish for the disclosure of any personal information, please contact the below enquiry "
                                 "desk and make a request pursuant to procedures that are separately specified by us.\n", head=HEAD)
    assert data["contact_first"]["quote"]


def test_requests_sent_to_an_address_at_an_e_mail(tmp_path):
    data = saved(tmp_path, "2. The right of access: If you wish to see what information we hold on you, write to us.\n"
                           "You can send privacy-related questions, complaints, and requests to Sample Travel at info@example.com.\n",
                 head=HEAD)
    assert data["channels"]["accepted"] == ["email"]


def test_an_english_address_line_ending_in_its_code_is_the_street(tmp_path):
    # real34_blind/gurunavi_en: the page's only address, above the procedure, its line ending in the
    # code; the record had dropped the code for want of the street
    top = ("Privacy Policy\nPlease contact the following address for inquiries regarding personal information.\n\n"
           "Privacy Inquiry Desk:\n\nSample Gourmet, Inc.\n1-2-3 Sample-cho, Chiyoda-ku, Tokyo, Japan 100-0006\n\n"
           "Complaint and Consultation Desk Manager at Privacy Inquiry Desk\n\n"
           + "\n".join(f"{n}. Other matters {n}." for n in range(1, 30)) + "\n\n")
    data = saved(tmp_path, "Disclosure, Etc. of Personal Information\n1. You may request us to disclose or correct your data.\n"
                           "4. Procedures for request\nPlease enclose the documents and mail them to the \"Privacy Inquiry Desk.\"\n",
                 head=top)
    assert data["send_to"]["postal_code"] == "100-0006"
    assert data["send_to"]["lines"] == ["1-2-3 Sample-cho, Chiyoda-ku, Tokyo, Japan 100-0006"]


def test_a_telephone_line_with_the_country_code_in_brackets(tmp_path):
    # real27_blind/lion_en: "- Telephone: (+81)-3-3621-6611" under the desk's address
    data = saved(tmp_path, "Disclosure of Personal Information\nPlease send the request form by registered mail to the address below.\n"
                           "- Address:\n  Consumer Service Center\n  Sample Corporation\n  1-3-7, Honjo, Sumida-ku, Tokyo 130-8644\n"
                           "- Telephone: (+81)-3-3621-6611\n", head=HEAD)
    assert data["inquiries"]["phone"] == "03-3621-6611"


def test_a_desk_and_company_line_over_its_address_then_its_contacts(tmp_path):
    # real25_blind/cdjapan_en, real33_blind/japanican_en: the address between the desk's line and its e-mail or phone
    data = saved(tmp_path, "Disclosure of Personal Information\nPlease send requests for disclosure to the help desk stated below.\n\n"
                           "Personal Information Complaint and Inquiry Help Desk, Sample corporation\n"
                           "3F, Sample Building, 1-10-15, Nihonbashi, Chuo-ku,\nTokyo 103-0012\n"
                           "e-mail: privacy@example.co.jp\n", head=HEAD)
    assert data["send_to"]["department"] == "Personal Information Complaint and Inquiry Help Desk"
