"""Postal codes, phones and e-mail: a company record and a person's details accept the same
shapes (assistant/patterns.py), in ASCII digits; where a record is stricter, it is on purpose."""
from __future__ import annotations

import pytest
from pydantic import ValidationError

from assistant.case.details import check_email, check_phone, check_postal
from assistant.records.model import Address, Contact


def _record_accepts(model, **fields) -> bool:
    try:
        model.model_validate({"quote": "q", **fields})
        return True
    except ValidationError:
        return False


def _details_accept(check, value: str) -> bool:
    try:
        check(value)
        return True
    except ValueError:
        return False


@pytest.mark.parametrize("phone, valid", [
    ("03-1234-5678", True), ("+81 (0)3-5774-1632", True), ("(03) 1234-5678", True),
    ("0120 700 779", True), ("090-1234-5678-", False), ("12345", False), ("1" * 21, False),
    ("٠٣-١٢٣٤-٥٦٧٨", False), ("०३-१२३४-५६७८", False), ("03-1234-5678 ext. 2", False),
])
def test_record_and_details_agree_on_phone_numbers(phone, valid):
    assert _record_accepts(Contact, phone=phone) == valid
    assert _details_accept(check_phone, phone) == valid


@pytest.mark.parametrize("code, valid", [
    ("150-0001", True), ("150-00011", False), ("15-00001", False),
    ("١٥٠-٠٠٠١", False), ("१५०-०००१", False), ("۱۵۰-۰۰۰۱", False),
])
def test_record_and_details_agree_on_postal_codes(code, valid):
    assert _record_accepts(Address, department="unknown", postal_code=code, lines=["x"]) == valid
    assert _details_accept(check_postal, code) == valid


@pytest.mark.parametrize("email, valid", [
    ("privacy@example.jp", True), ("a@b", False), ("a b@example.jp", False), ("@example.jp", False),
])
def test_record_and_details_agree_on_email(email, valid):
    assert _record_accepts(Contact, email=email) == valid
    assert _details_accept(check_email, email) == valid


def test_a_person_may_type_what_a_record_may_not():
    # Typed by a person: full-width digits, 〒 and a missing hyphen are understood.
    assert check_postal("〒１５００００１") == "150-0001"
    assert check_phone("０３－１２３４－５６７８") == "03-1234-5678"
    # A record is copied from a published text: exactly as the envelope prints it.
    assert not _record_accepts(Address, department="unknown", postal_code="1500001", lines=["x"])
    assert not _record_accepts(Contact, phone="０３－１２３４－５６７８")
