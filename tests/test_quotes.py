"""Every source quote stands word for word (white space folded) in the text it cites."""
from __future__ import annotations

import pytest

from assistant.records.model import iter_quotes
from assistant.io.paths import LAW_NOTES, POLICIES_DIR
from assistant.records.quotes import fold, misquotes
from assistant.law.reference import load_law
from tests.conftest import COMPANY_IDS


@pytest.mark.parametrize("company_id", COMPANY_IDS)
def test_every_company_quote_is_verbatim_in_its_policy(directory, policies_dir, company_id):
    company = directory.get(company_id)
    quotes = list(iter_quotes(company))
    assert len(quotes) >= 20, "a record quotes its policy for every fact"
    assert misquotes(company, policies_dir) == []


def test_every_law_quote_is_verbatim_in_the_appi_notes():
    notes = fold(LAW_NOTES.read_text(encoding="utf-8"))
    law = load_law()
    quotes = [q for _, q in iter_quotes(law)] + [law.suspension_grounds_quote]
    assert len(quotes) >= 15
    assert [q for q in quotes if fold(q) not in notes] == []


def test_a_changed_word_is_caught(directory, policies_dir):
    company = directory.get("porters")
    tampered = company.model_copy(update={"channels": company.channels.model_copy(
        update={"quote": ("Please send your requests by simple registered mail.",)})})
    assert [w for w, _ in misquotes(tampered, policies_dir)] == ["channels"]


def test_quotes_fold_line_breaks():
    assert fold("a  b\n c\t") == "a b c"
