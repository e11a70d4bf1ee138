"""Issue 11 item 10: identity documents no longer issued keep their place in a policy's list,
and carry a general-practice note saying what replaced them (data in law.yaml, not code)."""
from __future__ import annotations

from assistant.records.model import DOCUMENT_KINDS
from assistant.law.reference import load_labels, load_law


def _rules_for(kind):
    return [r for r in load_law().rules if r.when == f"document:{kind}"]


def _currency(kind):
    # The notes on documents no longer issued: general practice, or the law where it ended them.
    return [r for r in _rules_for(kind) if "202" in r.en and r.id.endswith("-current")]


def test_every_document_rule_names_a_document_kind():
    kinds = {r.when.split(":", 1)[1] for r in load_law().rules if r.when.startswith("document:")}
    assert kinds <= set(DOCUMENT_KINDS)


def test_health_insurance_cards_say_paper_cards_ended_and_the_eligibility_certificate_replaces_them():
    for kind in ("health-insurance-card", "health-insurance-card-with-dependants"):
        [rule] = _currency(kind)
        assert "2 December 2024" in rule.en and "December 2025" in rule.en
        assert "eligibility certificate" in rule.en
        assert "2024年12月2日" in rule.ja and "資格確認書" in rule.ja
        # The end of the cards is the law's (review S2-9), cited by the amending Act.
        assert rule.source == "law" and rule.article == "Act No. 48 of 2023"
    # The masking rule stays: a card still in the list is still copied with its numbers masked.
    assert any(r.source == "law" for r in _rules_for("health-insurance-card"))


def test_pension_handbook_says_it_is_no_longer_issued():
    [rule] = _currency("pension-book")
    assert "April 2022" in rule.en and "基礎年金番号通知書" in rule.ja and "2022年4月" in rule.ja


def test_currency_notes_read_as_native_japanese():
    rules = [r for kind in ("health-insurance-card", "health-insurance-card-with-dependants",
                            "pension-book") for r in _currency(kind)]
    assert len(rules) == 3
    for rule in rules:
        assert not any("a" <= ch.lower() <= "z" for ch in rule.ja), rule.ja


def test_policies_that_list_them_keep_them(directory):
    leverages = [d.kind for g in directory.get("leverages").documents.self_ for d in g.one_of]
    assert "pension-book" in leverages and "health-insurance-card" in leverages
    porters = [d.kind for g in directory.get("porters").documents.self_ for d in g.one_of]
    assert "health-insurance-card" in porters


def test_general_documents_name_current_non_photo_ids():
    text = load_law().general_documents.text
    assert "資格確認書" in text and "基礎年金番号通知書" in text
    assert "(health insurance card, pension handbook)" not in text
    labels = load_labels().documents
    assert labels["health-insurance-card"].ja == "健康保険証"  # the policy's document keeps its name
