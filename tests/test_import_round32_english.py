"""Structures of real34_blind's English page (gurunavi_en), in our own words, each failing on the
rules before: "If the cost of simple registered mail or the simple registered mail system is changed,
the fee … will be changed" names no way to send (what a mail costs); a desk in quotes at a
sentence's end ("…and mail them to the "Privacy Inquiry Desk." In the case…"); a deadline for the
person's resubmission ("if we do not receive resubmission … within 2 weeks") is no time to answer;
"any two of the following" counts the list below; "Certificate of insured person" is a health
insurance card; "hide the portion … showing your domicile of origin" masks it; "the agent's
document for identity verification" and "the statutory agent's document for identity verification"
are the person's kinds, each representative's own."""
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
