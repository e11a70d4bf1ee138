"""Structures of real34_blind's English page (gurunavi_en), in our own words, each failing on the
rules before: "If the cost of simple registered mail or the simple registered mail system is changed,
the fee … will be changed" names no way to send (what a mail costs); a desk in quotes at a
sentence's end ("…and mail them to the "Privacy Inquiry Desk." In the case…"); a deadline for the
person's resubmission ("if we do not receive resubmission … within 2 weeks") is no time to answer;
"any two of the following" counts the list below; "Certificate of insured person" is a health
insurance card; "hide the portion … showing your domicile of origin" masks it; "the agent's
document for identity verification" and "the statutory agent's document for identity verification"
are the person's kinds, each representative's own. And real33_blind's two archived policies: the
kinds named by verbs ("requests that we disclose, delete …, stop the use, or stop sharing with third
parties") and in "notification of usage, amendment, … termination of provision to a third party"
(neither page was imported); "telephone/fax number" is no way, "credit cards used to pay for products"
no fee."""
from __future__ import annotations

from tests.test_import_sentences import saved

PAGE = ("Disclosure, Etc. of Personal Information\n"
        "1. You may request us to disclose or correct the retained personal data we hold.\n"
        "2. Fee and payment method\n(i) Fee: 500 yen per request\n* Cost for replying in writing by simple registered mail\n"
        "(ii) Payment method: Please enclose postage stamps worth 500 yen with the request form.\n"
        "- If the cost of simple registered mail or the simple registered mail system is changed, the fee will be changed accordingly.\n"
        "3. Procedures for request\n"
        "After filling out the form, please enclose the \"documents for identity verification\" and mail them to the "
        "\"Privacy Inquiry Desk.\" In the case of a request made by an agent, his or her address is required.\n"
        "* Please understand that if we do not receive resubmission of the documents within 2 weeks from such "
        "notification, we will deem that you have not made a request.\n"
        "(ii) Documents for identity verification\n"
        "Please enclose copies of any two of the following.\n"
        "- Valid driver's license\n- Valid passport\n- Certificate of insured person of an insurance\n"
        "Notes:\n- Please hide the portion of the document showing your domicile of origin before copying.\n"
        "- If an agent makes a request, we will confirm that he or she is your agent by the power of attorney "
        "and the agent's document for identity verification, and if your statutory agent makes a request, we will "
        "confirm it by the statutory agent's document for identity verification and a document certifying the relationship.\n"
        "Privacy Inquiry Desk:\nSample Gourmet, Inc.\n1-2-3 Sample-cho, Chiyoda-ku, Tokyo, Japan 100-0006\n")


def test_a_mails_cost_is_no_way_and_the_desk_in_quotes(tmp_path):
    data = saved(tmp_path, PAGE, head="Privacy Policy\n")
    assert data["channels"]["accepted"] == ["post"]
    assert data["send_to"]["department"] == "Privacy Inquiry Desk"
    assert data["response"]["time_limit"] == "unknown"


def test_two_of_the_following_and_the_representatives_own_ids(tmp_path):
    data = saved(tmp_path, PAGE, head="Privacy Policy\n")
    kinds = {"drivers-licence", "passport", "health-insurance-card"}
    (own,) = data["documents"]["self"]
    assert own["count"] == 2 and {d["kind"] for d in own["one_of"]} == kinds
    assert any(d.get("conditions") == ["mask-honseki"] for d in own["one_of"])
    for who in ("agent", "legal-representative"):
        groups = [{d["kind"] for d in g["one_of"]} for g in data["documents"][who]]
        assert kinds in groups


def test_kinds_named_by_verbs_and_an_archive_policys_words(tmp_path):
    # real33_blind: "requests that we disclose, delete …, stop the use, or stop sharing with third
    # parties" and "records inquiry, notification of usage, amendment, deletion … termination of
    # provision to a third party" name the kinds (neither page was imported before)
    data = saved(tmp_path, "10. Inquiries\nAnyone who requests that we disclose, delete or destroy, change, stop the use, "
                           "or stop sharing with third parties their personal information will be given the steps by "
                           "contacting the department below.\n", head="Privacy Policy\nSample Travel, Inc.\n")
    assert set(data["request_kinds"]) >= {"disclosure", "suspension", "third-party-stop"}
    data = saved(tmp_path / "2", "5.1 We accept your requests such as records inquiry, notification of usage, amendment, "
                           "deletion or discontinuation and termination of provision to a third party.\n",
                 head="Privacy Policy\nSample Remit Co., Ltd.\n")
    assert set(data["request_kinds"]) >= {"purpose", "correction", "suspension", "third-party-stop"}


def test_a_fax_number_and_a_sales_card_payment_are_no_way_and_no_fee(tmp_path):
    data = saved(tmp_path, "Disclosure of Personal Information\nPlease send your request for disclosure by post.\n"
                           "We generally disclose your name and address, telephone/fax number and email address.\n"
                           "We will use the personal information related to credit cards used to pay for products or services.\n",
                 head="Privacy Policy\nSample Remit Co., Ltd.\n")
    assert data["channels"]["accepted"] == ["post"]
    assert data["fees"] == "unknown"
