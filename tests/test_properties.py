"""Property tests: arbitrary Unicode in every field either renders inside the margins or is
refused with a validation message; never an exception. Many more examples when CI=true."""
from __future__ import annotations

from assistant.render.window import ADDRESS  # the addressee's area, where the window shows it

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from assistant.case.details import Details, clean_text
from assistant.render.checklist_pdf import MARGIN as CHECKLIST_MARGIN
from assistant.render.checklist_pdf import checklist_pdf
from assistant.render.letter import MARGIN as LETTER_MARGIN
from tests.render.helpers import checklists, details as valid_details, letter, outside_margins, words_with_boxes

pytestmark = pytest.mark.slow  # -m "not slow" leaves these out while working

IN_CI = bool(os.environ.get("CI"))
EXAMPLES = {"letter": 1000 if IN_CI else 60, "checklist": 400 if IN_CI else 30,
            "details": 3000 if IN_CI else 300}

SPECIAL = [
    "𠮷野家", "שלום עולם", "مرحبا بالعالم", "e\u0301\u0301\u0301\u0301", "\u202eevil override\u202c",
    "\x00\x07\x1b[31m", "😀" * 40, "x" * 300, "長い" * 2500, "\t\n\r\n", "<b>&amp;</b><br/>",
    "%s {0} {name} {{", "\udcff lone surrogate", "ｶﾀｶﾅ ＦＵＬＬ", "\u200b\u200d\ufeff", "Ω≈ç√∫",
]
unicode_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=120)
field_text = st.one_of(unicode_text, st.sampled_from(SPECIAL),
                       st.builds(lambda a, b: a + b, st.sampled_from(SPECIAL), unicode_text))
maybe = lambda strategy: st.one_of(st.none(), strategy)  # noqa: E731
# Required fields: mostly something that survives cleaning, so most examples reach the renderer.
required = st.one_of(field_text.filter(lambda text: bool(clean_text(text))), field_text)


@st.composite
def details_data(draw):
    """A details dict with hostile text in every free-text field; structure kept valid."""
    kinds = draw(st.sampled_from([["disclosure"], ["correction"], ["suspension"], ["purpose", "third-party-stop"]]))
    request = {"kinds": kinds, "services": draw(st.lists(field_text, max_size=3)),
               "account_ids": draw(st.lists(field_text, max_size=2)), "period": draw(maybe(field_text))}
    if "correction" in kinds:
        request["correction"] = {"current": draw(required), "correct": draw(required)}
    if {"suspension", "third-party-stop"} & set(kinds):
        request["grounds"] = ["rights-harmed"]
        request["ground_details"] = draw(maybe(field_text))
    hostile = draw(st.integers(0, 9)) == 0
    data = {
        "requester": {"full_name": draw(required), "full_name_kana": draw(maybe(field_text)),
                      "date_of_birth": "1985-04-12", "address": draw(required),
                      # mostly valid, so most examples reach the renderer; sometimes hostile
                      "postal_code": draw(st.one_of(st.just("150-0001"), field_text)) if hostile else "150-0001",
                      "phone": draw(field_text) if hostile else "090-1234-5678",
                      "email": draw(field_text) if hostile else "a@example.jp",
                      "former_names": draw(maybe(field_text))},
        "request": request,
    }
    if draw(st.booleans()):
        capacity = draw(st.sampled_from(["agent", "lawyer", "legal-representative-minor"]))
        data["representative"] = {"capacity": capacity, "full_name": draw(required),
                                  "address": draw(required), "phone": None,
                                  "registration_number": draw(required)}
    return data


def _validated(data) -> Details | None:
    try:
        return Details.model_validate(data)
    except ValidationError as exc:
        assert exc.errors() and all(e["msg"] for e in exc.errors())  # refused, with a message
        return None


@settings(max_examples=EXAMPLES["details"], deadline=None)
@given(details_data())
def test_details_are_either_valid_or_refused_with_messages(data):
    details = _validated(data)
    if details is not None:
        assert details.requester.full_name == details.requester.full_name.strip()


@settings(max_examples=EXAMPLES["letter"], deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(details_data(), st.sampled_from(["ja", "en", "both"]),
       st.sampled_from(["porters", "infomart", "nttcom-online"]))
def test_letter_renders_inside_the_margins_or_is_refused(data, language, company):
    details = _validated(data)
    if details is None:
        event("refused by validation")
        return
    event("rendered")
    pdf = letter(company, details, language)
    with tempfile.TemporaryDirectory() as tmp:
        words = words_with_boxes(pdf, Path(tmp))
    assert words, "the letter has text"
    assert outside_margins(words, LETTER_MARGIN, also=[ADDRESS]) == []


@settings(max_examples=EXAMPLES["checklist"], deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(field_text, st.sampled_from(["porters", "leverages", "nttcom-online"]), st.booleans())
def test_checklist_pdf_with_any_name_stays_inside_the_margins(name, company, blank):
    lists = checklists(company, valid_details())
    pdf = checklist_pdf(lists, blank=blank, name=name)
    with tempfile.TemporaryDirectory() as tmp:
        words = words_with_boxes(pdf, Path(tmp))
    assert outside_margins(words, CHECKLIST_MARGIN) == []
