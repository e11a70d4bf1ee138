"""Structures the eighth round's worked-on pages used where the rules read them poorly (issue 21),
each in a real-looking example of our own words, with the page of the corpus it came from named.
The rules are general: the structure decides, not the page's words."""
from __future__ import annotations

from tests.test_import_round6_structures import _facts


def test_ways_in_quotes_refused_by_the_predicate_after_them():
    # real8/js_net: 「「電話・FAX」による受付は行っておりません」
    facts = _facts("当社所定の「開示請求書」の郵送による請求とさせていただいております。\n"
                   "「電話・メール」による受付は行っておりませんのでご了承ください。\n")
    assert facts["channels.refused"] == {"telephone", "email"}
    assert facts["channels.accepted"] == {"post"}
    # a quoted way the sentence asks for is still accepted
    assert _facts("請求書は「簡易書留」にてご郵送ください。\n")["channels.accepted"] == {"simple-registered-mail"}


def test_no_fee_said_of_the_other_kinds_is_no_nil_fee():
    # real8/toshiba_tpsc_en: "…disclosure or notification of the purposes of use (for a fee) /
    # …Request Form - To request revision, addition, deletion… (no fee)"
    facts = _facts("Requests must be sent by post on the forms below.\n"
                   "- To request disclosure or notification of the purpose of use (for a fee)\n"
                   "Disclosure Request Form - To request correction, deletion or suspension of use (no fee)\n")
    assert "fees.amount_yen" not in facts
    assert facts["fees.charged"] == {True}
    assert facts["fees.kinds"] == {("purpose", "disclosure")}
    # a nil fee said of the request itself stays one
    facts = _facts("開示等の請求は郵送で受け付けます。\n開示の請求の手数料は無料です。\n")
    assert facts["fees.amount_yen"] == {0}


def test_an_english_title_with_etc_and_its_envelope_note():
    # real8/toshiba_tpsc_en: "Personal Information Disclosure, Etc. Request Form"; 'Please also note
    # "Personal information request form enclosed" in red ink on the envelope.'
    facts = _facts("Please send requests by simple registered mail.\n"
                   'Please also note "Disclosure request enclosed" in red ink on the envelope.\n'
                   "Download the form: Personal Data Disclosure, Etc. Request Form\n")
    assert facts["envelope_marking"] == {"Disclosure request enclosed"}
    assert facts["form.name"] == {"Personal Data Disclosure, Etc. Request Form"}
    # a sentence that ends in "etc." written small still ends there
    facts = _facts("Send a copy of your passport, licence, etc. Requests by e-mail are not accepted.\n")
    assert facts.get("channels.accepted", set()) == set()
    assert facts["channels.refused"] == {"email"}


def test_an_english_address_block_ends_in_a_role():
    # real8/toshiba_tpsc_en: the company's name, then "Personal Information Protection Management and
    # Promotion Supervisors" on the line below the address
    facts = _facts("Requests must be submitted by postal mail to the following address.\n"
                   "1-2-3 Minato, Minato-ku, Tokyo, 105-0001\nSample Services Corporation\n"
                   "Personal Information Protection Officer\n")
    assert facts["send_to.department"] == {"Personal Information Protection Officer"}
