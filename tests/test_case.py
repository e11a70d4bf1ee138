"""The request case and the facade: one case in, the same checklists, letters and drafts out."""
from __future__ import annotations

from dataclasses import replace
import json
from datetime import date
from pathlib import Path

import pytest

from assistant.case.request import CaseOptions, RequestCase, Typed, check_details
from assistant.case.details_file import load_details
from assistant.case.drafts import DraftError, case_from_json, draft_json, load_draft, save_draft
from assistant.facade import Assistant
from tests.repo import ROOT
from assistant.law.reference import load_law
from tests.render.helpers import checklists, details, text_of

EXAMPLE = ROOT / "examples" / "details.yaml"
V1_DRAFT = Path(__file__).parent / "data" / "draft-v1.json"
REP = {"capacity": "agent", "full_name": "鈴木 花子", "address": "東京都千代田区丸の内1-1-1"}


@pytest.fixture(scope="module")
def assistant(directory) -> Assistant:
    return Assistant(directory)


def test_kinds_are_kept_in_the_acts_order_whatever_order_they_come_in():
    case = RequestCase(kinds=["third-party-stop", "disclosure", "purpose"])
    assert case.kinds == ("purpose", "disclosure", "third-party-stop")


@pytest.mark.parametrize("d", [
    details(),
    details(representative=REP),
    details(representative={**REP, "capacity": "lawyer", "registration_number": "54321"},
            request={"kinds": ["disclosure", "correction", "suspension"],
                     "correction": {"current": "旧住所", "correct": "新住所"},
                     "grounds": ["no-longer-needed", "leak"], "ground_details": "退会済み"}),
], ids=["self", "agent", "lawyer-correction-suspension"])
def test_typed_texts_made_from_details_check_back_to_the_same_details(d):
    case = RequestCase.from_details("porters", d)
    assert case.kinds == d.request.ordered_kinds() and case.requester == d.requester_kind
    checked = check_details(case.typed, case.kinds, case.requester, load_law())
    assert checked.errors == () and checked.details == d


def test_check_names_each_wrong_field_by_its_path():
    typed = Typed(fields={"requester.full_name": "山田", "requester.date_of_birth": "2999-01-01",
                          "requester.postal_code": "12-34", "request.correction.current": "x"})
    found = dict(check_details(typed, ("correction",), "self", load_law()).errors)
    assert "past" in found["requester.date_of_birth"]
    assert "7 digits" in found["requester.postal_code"]
    assert found["requester.address"] == "required"
    assert found["request.correction.correct"] == "required"


def test_grounds_count_only_for_kinds_that_rest_on_them():
    typed = Typed(fields={"requester.full_name": "山田", "requester.date_of_birth": "1985-04-12",
                          "requester.address": "東京都", "request.ground_details": "退会済み"},
                  grounds=("leak", "purpose-breach"))
    law = load_law()
    assert check_details(typed, ("disclosure",), "self", law).details.request.grounds == ()
    stop = check_details(typed, ("third-party-stop",), "self", law).details.request
    assert stop.grounds == ("leak",) and stop.ground_details == "退会済み"  # purpose-breach: Art. 35(1) only


def test_a_case_survives_its_json_unchanged(tmp_path):
    case = RequestCase.from_details(
        "infomart", details(representative=REP), languages=("ja", "en"), ticks=frozenset({"b", "a"}),
        options=CaseOptions(sent_on=date(2026, 5, 1), letter_date=date(2026, 5, 2)))
    assert draft_json(case)["case"]["ticks"] == ["a", "b"]
    save_draft(tmp_path / "d.json", case)
    assert load_draft(tmp_path / "d.json") == case
    assert json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))["version"] == 2


def test_a_version_1_draft_opens_as_a_case():
    case = load_draft(V1_DRAFT)
    assert (case.company_id, case.kinds, case.requester) == ("infomart", ("disclosure", "suspension"), "agent")
    assert case.typed.fields["requester.full_name"] == "山田 太郎"
    assert case.typed.fields["representative.full_name"] == "鈴木 花子"
    assert case.typed.fields["request.ground_details"] == "退会済み"
    assert case.typed.grounds == ("leak",) and case.typed.capacity == "agent"
    assert case.options.sent_on == date(2026, 5, 1) and case.languages == ("ja", "en")
    checked = Assistant().checked(case).details
    assert checked is not None and checked.request.services == ("doda", "HiPro")
    assert checked.requester.postal_code == "150-0001"


def test_drafts_from_a_newer_program_or_of_no_version_say_so(tmp_path):
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"version": 99, "case": {}}), encoding="utf-8")
    with pytest.raises(DraftError, match="newer version"):
        load_draft(newer)
    with pytest.raises(ValueError):
        case_from_json({"case": {}})


def test_details_that_no_longer_pass_are_dropped_and_the_typed_texts_kept():
    case = RequestCase.from_details("porters", details())
    data = draft_json(case)
    data["case"]["details"]["requester"]["postal_code"] = "1"
    opened = case_from_json(data)
    assert opened.details is None and opened.typed == case.typed


def test_the_facade_builds_what_the_engine_builds(assistant):
    d = details(request={"kinds": ["suspension", "disclosure"], "grounds": ["leak"]})
    case = RequestCase.from_details("leverages", d, options=CaseOptions(sent_on=date(2026, 5, 1)))
    built = assistant.checklists(case)
    # the facade adds what only a case has: the reference number the letter carries
    assert {c.reference for c in built} == {case.reference(date.today())}
    assert tuple(replace(c, reference=None) for c in built) == \
        checklists("leverages", d, sent_on=date(2026, 5, 1))
    assert assistant.checklists(RequestCase(kinds=("disclosure",))) == []  # no company yet


def test_the_facade_renders_the_letter_in_the_cases_languages_and_refuses_without_details(assistant):
    case = RequestCase.from_details("porters", details(), languages=("en", "ja"),
                                    options=CaseOptions(letter_date=date(2026, 11, 22)))
    text = text_of(assistant.letter_pdf(case, deterministic=True))
    assert text.index("Request for disclosure") < text.index("保有個人データ開示請求書")
    # each language on pages of its own, its date in its own way
    assert text.index("22 November 2026") < text.index("令和8年11月22日")
    with pytest.raises(ValueError, match="not complete"):
        assistant.letter_pdf(case.model_copy(update={"details": None}))


def test_the_facade_from_a_details_file_matches_the_cli_checks(assistant):
    d = load_details(EXAMPLE, assistant.law)
    case = RequestCase.from_details("persol-career", d)
    assert assistant.checked(case).details == d
