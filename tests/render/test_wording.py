"""The wording in forms/: complete for every kind and language, placeholders as the code fills them."""
from __future__ import annotations

import pytest

from assistant.records.model import REQUEST_KINDS
from assistant.law.reference import load_labels
from assistant.law.wording import LANGUAGES, letter_wording, message_template, placeholders

ALLOWED = {"on_behalf", "law_name", "article", "company", "subject", "actions"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_letter_wording_covers_every_kind_with_known_placeholders(language):
    wording = letter_wording(language)
    assert set(wording.kinds) == set(REQUEST_KINDS)
    for kind in wording.kinds.values():
        assert placeholders(kind.request) <= ALLOWED
        assert "article" in placeholders(kind.request)
        assert "subject" in placeholders(kind.request)  # whose data: the writer's or the person's
    assert placeholders(wording.response_method) == {"method", "detail"}
    assert placeholders(wording.fee_enclosed) == placeholders(wording.fee_to_pay) == {"fee"}
    assert placeholders(wording.fee_paid) == {"fee", "day", "how"}
    assert placeholders(wording.fee_amount) == {"amount", "per"}
    assert placeholders(wording.page) == {"page", "pages"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_message_template_uses_only_known_placeholders(language):
    known = {"company", "company_ja", "department", "department_ja", "request", "request_ja",
             "article", "article_ja", "law_name", "law_name_ja", "form_note", "form_note_ja",
             "addressee_ja", "sender", "sender_ja"}
    assert placeholders(message_template(language)) <= known


def test_every_value_has_a_label_in_both_languages():
    assert load_labels().missing() == []


def test_every_label_and_law_text_has_words_in_every_letter_language():
    from assistant.law.reference import load_law

    assert load_labels().missing(LANGUAGES) == []
    law = load_law()
    for item in [*law.suspension_grounds.values(), *law.rules]:
        assert set(LANGUAGES) <= set(item.words), item
