"""The checklist engine over every company × request kind × requester kind, and pinned answers."""
from __future__ import annotations

from datetime import date

import pytest

from assistant.records.model import REQUEST_KINDS, REQUESTER_KINDS, iter_quotes
from assistant.law.reference import load_checklist_words, load_labels, load_law
from assistant.law.wording import letter_wording
from assistant.checklist.build import Options, build_checklist
from tests.conftest import COMPANY_IDS


def checklist(directory, company, kind="disclosure", requester="self", **options):
    return build_checklist(directory.get(company), kind, requester, Options(**options),
                           law=load_law(), labels=load_labels(), words=load_checklist_words(),
                           letters={"ja": letter_wording("ja"), "en": letter_wording("en")})


def all_lines(cl):
    """Every item of the checklist's tree."""
    return list(cl.walk())


def items(cl, key):
    """The items of one section, found by its key."""
    return cl.section(key).items


def steps(cl):
    return [s for s in cl.sections if s.layout == "steps"]


def legal_notes(cl):
    return [i for s in cl.sections if s.key in ("alerts", "legal-notes") for i in s.items]


def en(item):
    return item.text.text("en")


def assumption(date_item):
    """What a date assumes, in words; None when it assumes nothing."""
    return " ".join(en(a) for a in date_item.assumptions) or None


def unknown_whats(cl):
    return [en(u) for u in cl.unknowns]


@pytest.mark.parametrize("company", COMPANY_IDS)
@pytest.mark.parametrize("kind", REQUEST_KINDS)
@pytest.mark.parametrize("requester", REQUESTER_KINDS)
def test_every_combination_builds_and_every_company_line_is_quoted(directory, company, kind, requester):
    cl = checklist(directory, company, kind, requester, sent_on=date(2026, 11, 24))
    record_quotes = {q for _, q in iter_quotes(directory.get(company))}
    for line in all_lines(cl):
        if line.source == "policy":
            assert line.quotes, f"policy line without its quote: {en(line)}"
            assert set(line.quotes) <= record_quotes, "a policy line may only cite the record's quotes"
    assert [s.key for s in steps(cl)] == ["form", "documents", "fee", "enclosures", "envelope", "send",
                                         "next", "no-answer"]
    assert cl.article == load_law().request_kinds[kind].article
    listed = kind in directory.get(company).request_kinds
    assert cl.listed_by_company == listed
    flagged = any("does not list this kind" in en(n) for n in legal_notes(cl))
    assert flagged == (not listed)
    assert any("03-6457-9849" in en(line) for line in items(cl, "no-answer"))
    if requester != "self" and cl.documents:
        assert any(n.whose == "representative" for n in cl.documents) or any(
            "does not say what a representative" in en(line) for line in items(cl, "documents"))
    for u in cl.unknowns:
        assert u.ask, f"no way to ask about {u.what}"


def test_porters_registered_mail_only_no_fee_but_500_yen_return_envelope(directory):
    cl = checklist(directory, "porters")
    assert cl.channels_accepted == ("Registered mail (kakitome)",)
    assert set(cl.channels_refused) == {"Telephone", "E-mail", "Fax"}
    assert cl.fee.status == "none" and cl.fee.amount_yen == 0
    # The policy's 500 yen predates Japan Post's October 2024 fees: flagged, and 590 enclosed.
    [stale] = [line for line in items(cl, "fee") if "500 yen" in en(line)]
    assert stale.warning and "590 yen" in en(stale)
    assert any("590 yen" in en(line) and "return envelope" in en(line).lower() for line in cl.packing)
    # The policy names no postal code: Japan Post's code for 港区赤坂, marked to be checked.
    assert cl.envelope.postal_code == "107-0052" and cl.envelope.derived
    assert any("confirmation letter" in en(line) for line in items(cl, "next"))


def test_porters_legal_representative_adds_family_register(directory):
    cl = checklist(directory, "porters", requester="legal-representative")
    kinds = [[c.kind for c in n.choices] for n in cl.documents]
    assert ["family-register", "certificate-of-registered-matters", "other"] in kinds
    assert ["certificate-of-residence"] in kinds  # the person's own documents stay


def test_infomart_1000_yen_per_request_paid_before_sending_form_through_web_form(directory):
    cl = checklist(directory, "infomart")
    assert cl.fee.status == "charged" and cl.fee.amount_yen == 1000
    texts = [en(line) for line in items(cl, "fee")]
    assert "Fee: 1,000 yen per request." in texts
    assert "Pay before you send the request." in texts
    form = " ".join(en(line) for line in items(cl, "form"))
    assert "web form" in form and "https://www.infomart.co.jp/corporate/contact_im.asp" in form
    assert "Contact the company first" in form


def test_infomart_fee_for_correction_gets_the_art_38_note(directory):
    cl = checklist(directory, "infomart", "correction")
    # No fee step for a kind Art. 38 allows no fee for: only the note, and nothing to enclose.
    [note] = [n for n in items(cl, "fee") if "Art. 38" in en(n)]
    assert note.warning and note.type == "note"
    assert not any("fee" in en(line).lower() for line in cl.packing)
    assert not any("1,000" in en(line) for line in items(cl, "fee"))
    # Disclosure: the fee, paid before sending, said at the top.
    disclosure = checklist(directory, "infomart")
    assert any("BEFORE you send" in en(n) for n in disclosure.section("alerts").items)


def test_leverages_14_business_days_and_inquiry_counter_first(directory):
    cl = checklist(directory, "leverages", arrived_on=date(2026, 4, 28))
    [due] = [d for d in cl.deadlines if d.source == "policy"]
    assert due.day == date(2026, 5, 22)
    assert "14 business days" in en(due)
    first = items(cl, "form")[0]
    assert en(first).startswith("Contact the company first") and "privacy@leverages.jp" in en(first)
    assert cl.fee.status == "none"
    assert checklist(directory, "leverages", "correction").fee.status == "not-stated"


def test_persol_resident_register_within_3_months_and_seal_certificate_for_agents(directory):
    cl = checklist(directory, "persol-career")
    residence = [c for n in cl.documents for c in n.choices if c.kind == "certificate-of-residence"][0]
    assert "It must have been issued within the last 3 months." in [en(i) for i in residence.instructions]
    assert not any(c.kind == "seal-registration-certificate" for n in cl.documents for c in n.choices)
    agent = checklist(directory, "persol-career", requester="agent")
    assert any(c.kind == "seal-registration-certificate" for n in agent.documents for c in n.choices)
    lawyer = checklist(directory, "persol-career", requester="lawyer")
    assert any(c.kind == "lawyer-registration-proof" for n in lawyer.documents for c in n.choices)
    chooser = " ".join(en(line) for line in items(cl, "next"))
    assert "You choose how to be answered" in chooser


def test_nttcom_lists_no_documents_so_it_says_so_and_how_to_ask(directory):
    cl = checklist(directory, "nttcom-online")
    assert cl.documents == ()
    assert "which identity documents to send" in unknown_whats(cl)
    unknown = [u for u in cl.unknowns if en(u) == "which identity documents to send"][0]
    assert any("global-inquiry-om@nttcoms.com" in a.text("en") for a in unknown.ask)
    general = [line for line in items(cl, "documents") if line.source == "general-practice"]
    assert general and "not this company's rule" in en(general[0])
    assert cl.envelope is not None and not cl.envelope.confirmed


def test_lawyer_falls_back_to_agent_documents_with_a_note_where_policy_is_silent(directory):
    cl = checklist(directory, "porters", requester="lawyer")
    assert any("says nothing specific about lawyers" in en(line) for line in items(cl, "documents"))
    assert any(c.kind == "power-of-attorney" for n in cl.documents for c in n.choices)


def test_general_rules_attach_to_the_documents_they_concern(directory):
    cl = checklist(directory, "leverages")
    by_kind = {c.kind: [en(i) for i in c.instructions] for n in cl.documents for c in n.choices}
    # The policy's health insurance card lapsed (law.yaml document_limits): its 資格確認書 is
    # offered in its place, with the card's masking rule and the law's note on the change.
    assert "health-insurance-card" not in by_kind
    assert any("QR code" in t for t in by_kind["health-insurance-eligibility-certificate"])
    offered = next(c for n in cl.documents for c in n.choices
                   if c.kind == "health-insurance-eligibility-certificate")
    assert offered.source == "law" and "lapsed by law, 1 December 2025" in en(offered)
    assert any("FRONT side only" in t for t in by_kind["my-number-card"])
    assert not any("QR code" in t for t in by_kind["passport"])


def test_envelope_block_reads_top_to_bottom_with_onchu(directory):
    cl = checklist(directory, "infomart")
    assert cl.envelope.block() == [
        "〒105-0022", "東京都港区海岸一丁目2番3号", "汐留芝離宮ビルディング13階",
        "株式会社インフォマート", "個人情報開示等請求ご担当者 様"]


def test_envelope_marking_names_the_request(directory):
    texts = [en(line) for line in items(checklist(directory, "porters", "correction"), "envelope")]
    assert any("「保有個人データ訂正等請求書在中」" in t for t in texts)


def test_art_39_date_from_the_arrival(directory):
    cl = checklist(directory, "porters", arrived_on=date(2026, 4, 29))
    [court] = [d for d in cl.deadlines if d.source == "law"]
    assert court.day == date(2026, 5, 14) and assumption(court) is None
    estimated = checklist(directory, "porters", sent_on=date(2026, 4, 27))
    [court] = [d for d in estimated.deadlines if d.source == "law"]
    assert court.day == date(2026, 5, 14) and "delivery record" in assumption(court)


def test_no_art_39_date_for_notification_of_purpose(directory):
    cl = checklist(directory, "persol-career", "purpose", arrived_on=date(2026, 4, 29))
    assert [d for d in cl.deadlines if d.source == "law"] == []


def test_no_dates_without_a_posting_date(directory):
    assert checklist(directory, "leverages").deadlines == ()
