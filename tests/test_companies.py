"""The facts each policy states, pinned: address, channels, fee, documents, response, kinds."""
from __future__ import annotations

from datetime import date

from assistant.records.model import SameAs, is_known


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
    assert [(e.amount_yen, e.return_envelope) for e in c.enclosures] == [(500, True)]
    assert c.form.get_it == "download" and c.form.file_name == "porters-kaijito-shinsei.pdf"
    assert _kinds(c.documents.self_) == [
        ["drivers-licence", "passport", "other-official-photo-id", "health-insurance-card"],
        ["certificate-of-residence"]]
    assert _kinds(c.documents.legal_representative)[0] == ["family-register", "certificate-of-registered-matters",
                                                           "other"]
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
    assert _kinds(c.documents.agent)[:2] == [["power-of-attorney"], ["seal-registration-certificate"]]
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
    assert "mask-honseki-unless-same-as-address" in c.documents.self_[0].conditions
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


# --- issue 11 item 9: the audit of the five records against their policies --------------------

def _ground(company, words):
    return [g for g in company.refusal_grounds if any(words in q for q in g.quote)]


def test_porters_refuses_where_no_law_obliges_it_including_singapore_pdpa(directory):
    [ground] = _ground(directory.get("porters"), "Personal Data Protection Act 2012 of Singapore")
    assert ground.kinds == "all" and "Singapore" in ground.ground


def test_porters_refuses_a_correction_not_needed_for_the_purpose_or_on_a_wrong_claim(directory):
    [ground] = _ground(directory.get("porters"), "the claim of error is incorrect")
    assert ground.kinds == ("correction",) and ground.prevent


def test_porters_return_stamps_also_carry_the_identity_confirmation_letter(directory):
    [stamps] = directory.get("porters").enclosures
    assert "confirm" in stamps.item and "本人確認" in stamps.item_ja and stamps.return_envelope
    assert any("for sending the reply and the letter to confirm the identity" in q for q in stamps.quote)


def test_porters_legal_representative_proof_is_an_open_list(directory):
    # "such as copy of family register or certificate of registered matters": examples, not a
    # closed list; and an issued certificate is sent as issued, not photocopied.
    proof = directory.get("porters").documents.legal_representative[0]
    assert [d.kind for d in proof.one_of] == ["family-register", "certificate-of-registered-matters", "other"]
    assert "qualifications" in proof.one_of[-1].note
    assert "copy" not in proof.conditions


def test_porters_certificate_of_residence_is_the_issued_copy_not_a_photocopy(directory):
    # 「住民票の写し」 is the official copy the municipality issues; "send a copy, not the original"
    # would tell people to photocopy it.
    [residence] = [g for g in directory.get("porters").documents.self_
                   if any(d.kind == "certificate-of-residence" for d in g.one_of)]
    assert "copy" not in residence.conditions
    assert all("copy" not in d.conditions for d in residence.one_of)


def test_persol_takes_requests_through_its_online_query_form(directory):
    channels = directory.get("persol-career").channels
    assert "online-form" in channels.accepted
    assert any("contact us by using the query form below" in q for q in channels.quote)


def test_persol_agents_authorisation_is_on_the_companys_form(directory):
    [authorisation] = [g for g in directory.get("persol-career").documents.agent
                       if g.one_of[0].kind == "power-of-attorney"]
    assert "Personal Information Disclosure Request Form" in authorisation.one_of[0].note
    assert any("authorization filed on the Personal Information Disclosure Request Form" in q
               for q in authorisation.quote)


def test_persol_excludes_data_it_holds_for_outsourced_work(directory):
    [ground] = _ground(directory.get("persol-career"), "acceptance of outsourced work")
    assert ground.kinds == "all" and "outsourc" in ground.ground and ground.prevent


def test_leverages_masks_honseki_only_where_it_differs_from_the_address(directory):
    c = directory.get("leverages")
    [own] = c.documents.self_
    assert "mask-honseki-unless-same-as-address" in own.conditions and "mask-honseki" not in own.conditions
    assert any("If the address is not “the same as” the registered domicile" in q for q in own.quote)
    # A representative's documents: the policy asks to black it out without a condition.
    assert all("mask-honseki" in g.conditions for g in c.documents.agent if g.whose == "representative")


def test_leverages_counts_business_days_of_the_group_and_says_its_other_closed_days(directory):
    c = directory.get("leverages")
    notes = [n for n in c.notes if any("other non-business days of the Group" in q for q in n.quote)]
    assert len(notes) == 1 and notes[0].kinds == "all"
    assert "non-business days" in notes[0].text and "14 business days" in notes[0].text
    assert "non-business days" in c.inquiries.hours


def test_nttcom_accepts_requests_from_agents(directory):
    c = directory.get("nttcom-online")
    notes = [n for n in c.notes if any("from the person or his/her agent" in q for q in n.quote)]
    assert len(notes) == 1 and "agent" in notes[0].text
