"""Issue 11 (checklist): what the law does not say is never shown as law, and every line says
where it comes from, over every company × request kind × requester kind."""
from __future__ import annotations

from functools import partial

import io
import json
import re
from datetime import date

import pytest
from pypdf import PdfReader

from assistant.checklist.data import json_ready
from assistant.records.model import REQUEST_KINDS, REQUESTER_KINDS
from assistant.law.reference import load_checklist_words, load_labels, load_law
from assistant.checklist.build import Options, build_checklist
from assistant.checklist.text import checklist_text
from assistant.render.checklist_pdf import checklist_pdf
from tests.conftest import COMPANY_IDS

# These tests pin the English wording; the renderers' default language is Japanese.
checklist_text = partial(checklist_text, languages=("en",))
checklist_pdf = partial(checklist_pdf, languages=("en",))

ART_39 = re.compile(r"Art\.\s*39|第39条")


def build(directory, company, kind, requester="self", **options):
    return build_checklist(directory.get(company), kind, requester, Options(**options),
                           law=load_law(), labels=load_labels(), words=load_checklist_words())


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize("company", COMPANY_IDS)
@pytest.mark.parametrize("requester", REQUESTER_KINDS)
def test_no_art_39_line_for_purpose(directory, company, requester):
    """law.yaml: court_after_two_weeks is false for purpose, so neither step 5 nor step 7 nor the
    dates nor the JSON speak of Art. 39's two weeks."""
    cl = build(directory, company, "purpose", requester, sent_on=date(2026, 11, 24))
    assert not ART_39.search(checklist_text(cl)), checklist_text(cl)
    assert not ART_39.search(json.dumps(json_ready(cl), ensure_ascii=False))
    assert cl.section("no-answer").items, "the places to turn to remain"
    assert [i for i in cl.walk() if "receipt of posting" in i.text.text("en")], \
        "the advice to keep proof of posting remains, without the article"


@pytest.mark.parametrize("company", COMPANY_IDS)
def test_no_art_39_in_the_purpose_pdf(directory, company):
    cl = build(directory, company, "purpose", "agent", sent_on=date(2026, 11, 24))
    for blank in (False, True):
        assert not ART_39.search(pdf_text(checklist_pdf(cl, blank=blank, deterministic=True)))


def test_art_39_still_shown_for_disclosure(directory):
    cl = build(directory, "leverages", "disclosure", sent_on=date(2026, 11, 24))
    text = " ".join(checklist_text(cl).split())
    assert "(APPI Art. 39)" in text and "two weeks of APPI Art. 39" in text
    assert "Art. 39" in pdf_text(checklist_pdf(cl, blank=True, deterministic=True))


def flat(text: str) -> str:
    return " ".join(text.split())


def sourced_lines(cl):
    """(item, label its rendering must carry) for every general-practice line."""
    from assistant.checklist import DateItem, Document, Unknown
    assumed = [(a, "Assumed (general practice): ") for d in cl.deadlines for a in d.assumptions]
    in_dates = {id(a) for a, _ in assumed}
    found = [(item, "General practice: ") for item in cl.walk()
             if item.source == "general-practice" and id(item) not in in_dates
             # a fact the policy leaves open is listed as such, not a rule of anyone's
             and not isinstance(item, (Unknown, DateItem, Document))]  # a document: its group
    return found + assumed


@pytest.mark.parametrize("company", COMPANY_IDS)
@pytest.mark.parametrize("kind", REQUEST_KINDS)
@pytest.mark.parametrize("requester", REQUESTER_KINDS)
def test_every_line_shows_its_source_in_the_text(directory, company, kind, requester):
    """General practice ("issued within the last 3 months", the 実印 rule) is labelled so, never
    read as the company's rule; a law line names its article."""
    cl = build(directory, company, kind, requester, sent_on=date(2026, 11, 24))
    text = flat(checklist_text(cl, quotes=False))
    lines = sourced_lines(cl)
    assert lines
    for item, label in lines:
        # a group's words start with a capital letter when printed
        assert (label + flat(item.text.text("en"))).lower() in text.lower(), item.text.text("en")
    for item in cl.walk():
        if item.source == "law":
            assert flat(item.text.text("en")) in text and item.article in text


def test_the_seal_and_three_months_rules_read_as_general_practice(directory):
    cl = build(directory, "porters", "disclosure", "agent")
    text = flat(checklist_text(cl))
    assert "General practice: Ask for the certificate of residence" in text
    assert "General practice: The seal registration certificate should be issued" in text
    pdf = flat(pdf_text(checklist_pdf(cl, deterministic=True)))
    assert "General practice: Ask for the certificate" in pdf
    assert "General practice: The seal registration" in pdf
    assert "Lines without a label come from the policy" in pdf, "the legend"


REPRESENTATIVES = [r for r in REQUESTER_KINDS if r != "self"]


@pytest.mark.parametrize("company", COMPANY_IDS)
@pytest.mark.parametrize("kind", REQUEST_KINDS)
@pytest.mark.parametrize("requester", REPRESENTATIVES)
def test_a_representative_always_gets_proof_of_the_right_to_act(directory, company, kind, requester):
    cl = build(directory, company, kind, requester)
    assert [g for g in cl.documents if g.whose == "representative"], "the representative's own ID"
    kinds = {d.kind for g in cl.documents for d in g.choices}
    assert kinds & {"power-of-attorney", "family-register", "certificate-of-registered-matters",
                    "lawyer-registration-proof"}, "proof of the right to act"


@pytest.mark.parametrize("requester, proof", [
    ("agent", {"power-of-attorney"}),
    ("legal-representative", {"family-register", "certificate-of-registered-matters"}),
    ("lawyer", {"power-of-attorney", "lawyer-registration-proof"}),
])
def test_ntt_representative_gets_the_usual_documents_as_general_practice(directory, requester, proof):
    """NTT Com Online lists no documents: the representative's proof was skipped entirely."""
    cl = build(directory, "nttcom-online", "disclosure", requester)
    rep = [g for g in cl.documents if g.whose == "representative"]
    assert {g.source for g in rep} == {"general-practice"}
    assert proof <= {d.kind for g in rep for d in g.choices}
    assert any("act for the person" in u.text.text("en") for u in cl.unknowns), "the ask line"
    text = flat(checklist_text(cl))
    # Each proof named for what it proves: the authorisation, parental authority, guardianship.
    assert re.search(r"General practice: (Authorisation|Proof of parental authority|Proof of "
                     r"guardianship) \(representative\)", text), text


def test_persol_legal_representative_is_not_asked_for_an_authorisation_seal(directory):
    """A parent signs no authorisation: no seal certificate, no 'seal on the authorisation'
    check; their own ID (the policy's list) and, as general practice, proof of the right to act."""
    cl = build(directory, "persol-career", "disclosure", "legal-representative")
    kinds = {d.kind for g in cl.documents for d in g.choices}
    assert "seal-registration-certificate" not in kinds and "power-of-attorney" not in kinds
    assert {"family-register", "certificate-of-registered-matters"} <= kinds
    proof = [g for g in cl.documents if "family-register" in {d.kind for d in g.choices}]
    assert [g.source for g in proof] == ["general-practice"]
    assert not [i for i in cl.walk() if "seal" in i.text.text("en").lower()]
    assert any("act for the person" in u.text.text("en") for u in cl.unknowns)


@pytest.mark.parametrize("kind", REQUEST_KINDS)
def test_a_check_tied_to_an_agent_is_not_shown_to_others(directory, kind):
    for requester in ("self", "legal-representative"):
        text = checklist_text(build(directory, "persol-career", kind, requester))
        assert "seal registration certificate that" not in flat(text), requester
    agent = flat(checklist_text(build(directory, "persol-career", kind, "agent")))
    assert "Check: Enclose the authorisation and the seal registration certificate" in agent


def test_the_company_time_limit_is_said_in_words_without_a_date(directory):
    """Leverages answers "within fourteen (14) business days": before a posting date is known
    the checklist still says so (it said nothing)."""
    from assistant.records.model import TimeLimit
    text = flat(checklist_text(build(directory, "leverages", "disclosure")))
    assert "The company answers within 14 business days" in text
    assert "from receipt of the completed request form" in text
    dated = build(directory, "leverages", "disclosure", sent_on=date(2026, 11, 24))
    assert "answers within" not in flat(checklist_text(dated)), "the dated line says it instead"
    for company in COMPANY_IDS:
        if isinstance(directory.get(company).response.time_limit, TimeLimit):
            assert " answers within " in flat(checklist_text(build(directory, company, "purpose")))


def _with_channels(directory, company, **update):
    record = directory.get(company)
    return record.model_copy(update={"channels": record.channels.model_copy(update=update)})


def _build_record(record, kind="disclosure", requester="self", **options):
    return build_checklist(record, kind, requester, Options(**options), law=load_law(),
                           labels=load_labels(), words=load_checklist_words())


@pytest.mark.parametrize("accepted", [("online-form",), ("in-person",), ("online-form", "in-person")])
def test_no_envelope_postage_or_proof_of_posting_without_post(directory, accepted):
    from assistant.checklist import Address
    cl = _build_record(_with_channels(directory, "leverages", accepted=accepted),
                       sent_on=date(2026, 11, 24))
    text = flat(checklist_text(cl)).lower()
    assert "envelope" not in text and "postage" not in text and "receipt of posting" not in text
    assert not [i for i in cl.walk() if isinstance(i, Address)]
    assert "envelope" not in [s.key for s in cl.sections]
    posted = flat(checklist_text(build(directory, "leverages", "disclosure"))).lower()
    assert "envelope" in posted and "postage" in posted and "receipt of posting" in posted


def test_a_record_names_the_envelope_marking_its_policy_asks_for(directory):
    from assistant.records.model import EnvelopeMarking
    quote = "please complete the form provided by Leverages by mail"
    record = _with_channels(directory, "leverages",
                            envelope_marking=EnvelopeMarking(text="個人情報開示請求書在中", quote=(quote,)))
    cl = _build_record(record)
    text = flat(checklist_text(cl))
    assert "「個人情報開示請求書在中」 (the marking the company's policy asks for)" in text
    assert "保有個人データ開示請求書在中" not in text, "not the general marking besides"
    [step] = [i for i in cl.walk() if "個人情報開示請求書在中" in i.text.text("en")]
    assert step.source == "policy" and step.quotes == (quote,)
    assert "「保有個人データ開示請求書在中」" in flat(checklist_text(build(directory, "leverages",
                                                                      "disclosure")))
