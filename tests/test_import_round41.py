"""Structures of pages seen this round, in our own words, each failing on the rules before: a
representative's own IDs given "(same as the documents in (1) above)" under a bulleted "• (1)"
item that sits inside a section "1." listing the same documents (no doubt which item it names);
"the proxy" where the page names "a statutory proxy" as one kind of it (both representatives);
"One of the above-mentioned documents for identification of the representative" under a heading
"Request by proxy" (the representative: both)."""
from __future__ import annotations

from tests.test_import_sentences import saved

HEAD_EN = "Privacy Policy\nSample Works Limited\nRequests for disclosure of retained personal data\n"


def _kinds(groups: list) -> list[str]:
    return sorted(k["kind"] for g in groups for k in (g.get("one_of") or [g]))


def test_same_as_the_documents_in_item_one_above(tmp_path):
    data = saved(tmp_path, "Procedures for Disclosure\n1. How to Make a Request\nPlease contact the contact point below. "
                 "Please also submit the following documents:\n• (1)For requests made on the person's own behalf\n"
                 "• A copy of a document issued by a public institution, such as a driver's license, passport or "
                 "health insurance card.\n• (2)For requests made by a proxy\nA document that permits identification of "
                 "the proxy (same as the documents in (1) above). In addition, please submit the following documents:\n"
                 "• For a statutory proxy, a copy of one's family register.\n"
                 "• For a privately appointed proxy, a Letter of Proxy.\n", head=HEAD_EN)
    docs = data["documents"]
    for who in ("legal-representative", "agent"):
        assert {"drivers-licence", "passport", "health-insurance-card"} <= set(_kinds(docs[who])), who
    assert "power-of-attorney" not in _kinds(docs["legal-representative"])


def test_the_above_documents_of_the_representative_under_a_proxy_heading(tmp_path):
    data = saved(tmp_path, "Required documents\nA copy of your driver's license or passport.\n●Request by proxy\n"
                 "In the case of a request by a representative (please enclose the following documents)\n"
                 "One of the above-mentioned documents for identification of the representative\n"
                 "Legal representative: a copy of family register\nVoluntary representative: A letter of attorney\n",
                 head=HEAD_EN)
    docs = data["documents"]
    assert {"drivers-licence", "passport"} <= set(_kinds(docs["legal-representative"]))
    assert {"drivers-licence", "passport"} <= set(_kinds(docs["agent"]))


def test_a_proxy_alone_is_the_appointed_agent(tmp_path):
    # no statutory proxy on the page: "the proxy" is the one the person appoints
    data = saved(tmp_path, "Required documents\n(1) For the person: a copy of your driver's license or passport.\n"
                 "(2) For a proxy: the proxy's identification documents (same as the documents in (1) above) and "
                 "a letter of proxy.\n", head=HEAD_EN)
    docs = data["documents"]
    assert {"drivers-licence", "passport"} <= set(_kinds(docs["agent"]))
    assert "drivers-licence" not in str(docs.get("legal-representative", ""))
