"""The facts each policy states, pinned: address, channels, fee, documents, response, kinds."""
from __future__ import annotations

from datetime import date

from assistant.model import SameAs, is_known


def _kinds(groups):
    return [[d.kind for d in g.one_of] for g in groups]


def test_porters(directory):
    c = directory.get("porters")
    assert c.send_to.department == "Information Security Promotion Office"
    assert c.send_to.postal_code == "unknown"
    assert c.send_to.lines == ("TODA Building Aoyama 3F 8-5-34, Akasaka, Minato-ku, Tokyo",)
    assert c.channels.accepted == ("registered-mail",)
    assert set(c.channels.refused) == {"telephone", "email", "fax"}
    assert [(f.kinds, f.amount_yen) for f in c.fees] == [("all", 0)]
    assert [(e.amount_yen, "return envelope" in e.item) for e in c.enclosures] == [(500, True)]
    assert c.form.get_it == "download" and c.form.file_name == "porters-kaijito-shinsei.pdf"
    assert _kinds(c.documents.self_) == [
        ["drivers-licence", "passport", "other-official-photo-id", "health-insurance-card"],
        ["certificate-of-residence"]]
    assert _kinds(c.documents.legal_representative)[0] == ["family-register", "certificate-of-registered-matters"]
    assert _kinds(c.documents.agent)[:2] == [["power-of-attorney"], ["seal-registration-certificate"]]
    assert c.documents.lawyer is None
    assert [m.offered for m in c.response.methods] == [("in-writing",)]
    assert "confirmation letter by registered mail" in c.response.identity_check.quote[0]
    assert set(c.request_kinds) == {"disclosure", "correction", "suspension"}
    assert c.policy.revised == date(2025, 1, 1)


def test_persol_career(directory):
    c = directory.get("persol-career")
    assert c.send_to.postal_code == "100-6328"
    assert "Marunouchi building 28F" in c.send_to.lines[0]
    assert set(c.channels.accepted) >= {"registered-mail", "simple-registered-mail", "certified-mail",
                                        "mail-with-delivery-record"}
    assert c.fees == "unknown"
    residence = [d for d in c.documents.self_[0].one_of if d.kind == "certificate-of-residence"][0]
    assert set(residence.conditions) == {"issued-within-3-months", "mask-my-number", "mask-honseki"}
    assert _kinds(c.documents.agent)[0] == ["seal-registration-certificate"]
    assert isinstance(c.documents.lawyer, SameAs) and c.documents.lawyer.same_as == "agent"
    assert _kinds(c.documents.lawyer.plus) == [["lawyer-registration-proof"]]
    methods = c.response.methods[0]
    assert methods.requester_chooses and set(methods.offered) == {"orally", "email", "in-writing"}
    assert methods.kinds == ("purpose", "disclosure")
    assert "restricted" in c.response.delivery.text
    assert "third-party-records" not in c.request_kinds and len(c.request_kinds) == 5
    juas = [b for b in c.complaints if b.role == "accredited-organisation"][0]
    assert "JUAS" in juas.name and juas.phone == ("03-3249-4104",) and juas.postal_code == "103-0012"
    assert "doda" in c.aliases and "HiPro" in c.aliases


def test_infomart(directory):
    c = directory.get("infomart")
    assert c.send_to.postal_code == "105-0022"
    assert c.send_to.department == "Personal Information Inquiry Desk"
    [fee] = c.fees
    assert (fee.amount_yen, fee.per, fee.pay_when, fee.kinds) == (1000, "request", "before-sending", "all")
    assert c.form.get_it == "web-form"
    assert c.form.url == "https://www.infomart.co.jp/corporate/contact_im.asp"
    assert c.contact_first is not None
    assert c.documents.listed_on_form is not None and c.documents.self_ == "unknown"
    assert c.channels.accepted == ("post",)
    assert len(c.request_kinds) == 6
    assert c.response.methods == "unknown" and c.response.time_limit == "unknown"


def test_leverages(directory):
    c = directory.get("leverages")
    assert c.send_to.postal_code == "150-6190"
    assert c.inquiries.email == "privacy@leverages.jp"
    assert c.contact_first is not None and c.form.get_it == "mailed-by-company"
    limit = c.response.time_limit
    assert limit.business_days == 14 and "year-end-break" in limit.closed
    assert [(f.kinds, f.amount_yen) for f in c.fees] == [(("purpose", "disclosure"), 0)]
    assert _kinds(c.documents.self_) == [["drivers-licence", "health-insurance-card", "my-number-card",
                                          "pension-book", "residence-card", "passport"]]
    assert "mask-honseki" in c.documents.self_[0].conditions
    assert _kinds(c.documents.legal_representative)[0] == ["family-register", "health-insurance-card-with-dependants"]
    assert _kinds(c.documents.agent) == [["power-of-attorney"], ["drivers-licence", "health-insurance-card"]]
    assert set(c.response.methods[0].offered) == {"email", "in-writing"}
    assert len(c.request_kinds) == 6


def test_nttcom_online(directory):
    c = directory.get("nttcom-online")
    assert c.send_to == "unknown" and c.channels == "unknown" and c.form == "unknown"
    assert c.documents == "unknown" and c.fees == "unknown"
    assert c.inquiries.email == "global-inquiry-om@nttcoms.com"
    assert c.inquiries.address.postal_code == "141-0032"
    assert set(c.response.methods[0].offered) == {"paper", "electronic-record"}
    assert any("two years" in a.text for a in c.after_request)
    jipdec = [b for b in c.complaints if b.name == "JIPDEC"][0]
    assert jipdec.phone == ("03-5860-7565", "0120-700-779")
    assert "third-party-records" not in c.request_kinds


def test_every_record_was_checked_recently_and_names_its_policy(directory, policies_dir):
    for c in directory:
        assert (policies_dir / c.policy.file).is_file()
        assert is_known(c.checked)
