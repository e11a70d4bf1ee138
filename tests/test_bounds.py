"""Dates and numbers are bounded where they enter (io/bounds.py): records, details, drafts, the
command line. What follows (arrival estimate, business days, Art. 39) never leaves the calendar."""
from __future__ import annotations

import json
import re
import time
from datetime import date

import pytest

from assistant.case.drafts import case_from_json, draft_json
from assistant.case.request import CaseOptions, RequestCase
from assistant.cli.commands import main as cli
from assistant.io.bounds import EARLIEST, event_date_or_none, latest_event, parse_event_date
from assistant.io.paths import COMPANIES_DIR
from assistant.law import deadlines


def test_one_rule_for_an_event_date():
    today = date(2026, 12, 6)
    assert latest_event(today) == date(2031, 12, 31)
    assert latest_event(date(9998, 1, 1)) <= date(9000, 12, 31)  # a clock set absurdly far
    assert parse_event_date("2026-12-24") == date(2026, 12, 24)
    for wrong in ("9999-12-29", "1899-12-31", "2026-13-01", "soon"):
        with pytest.raises(ValueError):
            parse_event_date(wrong)
        assert event_date_or_none(wrong) is None
    assert event_date_or_none("  ") is None


def test_the_arithmetic_on_the_latest_allowed_dates_stays_in_the_calendar():
    last = latest_event(date(9998, 1, 1))
    arrival = deadlines.estimated_arrival(last)
    assert deadlines.art39(arrival, 14).suit_from > last
    assert deadlines.add_business_days(arrival, 366, ("weekends", "year-end-break")) > arrival
    assert deadlines.add_business_days(EARLIEST, 366, ("weekends",)) > EARLIEST


@pytest.mark.parametrize("option", ["--sent-on", "--arrived-on"])
@pytest.mark.parametrize("value", ["9999-12-31", "9999-12-29", "0001-01-01"])
def test_a_date_option_beyond_the_bounds_is_one_line_and_exit_2(capsys, option, value):
    with pytest.raises(SystemExit) as exited:
        cli(["checklist", "--company", "leverages", "--request", "disclosure", option, value])
    assert exited.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert f"argument {option}: must be between 1900-01-01 and" in err and "Traceback" not in err


def test_the_case_options_refuse_dates_out_of_range():
    with pytest.raises(ValueError, match="must be between"):
        CaseOptions(sent_on=date(9999, 12, 29))
    assert CaseOptions(sent_on=date(2026, 12, 1)).sent_on == date(2026, 12, 1)


def _record_with(tmp_path, old: str, new: str):
    text = (COMPANIES_DIR / "leverages.yaml").read_text(encoding="utf-8")
    assert re.search(old, text, re.M), old
    folder = tmp_path / "records"
    folder.mkdir()
    path = folder / "leverages.yaml"
    path.write_text(re.sub(old, new, text, count=1, flags=re.M), encoding="utf-8")
    return path


@pytest.mark.parametrize("old, new, field", [
    (r"business_days: \d+", "business_days: 99999999999999999999999999999",
     "response.time_limit.business_days: must be at most 366"),
    (r"business_days: \d+", "business_days: 0", "response.time_limit.business_days: must be at least 1"),
    (r"^checked: .*$", "checked: 9999-12-31", "checked: must be between 1900-01-01 and"),
    (r"amount_yen: \d+", "amount_yen: 99999999", "amount_yen: must be at most 1,000,000"),
    (r"amount_yen: \d+", "amount_yen: 1.0e+308", "amount_yen: this number is far too large"),
])
def test_validate_refuses_numbers_and_dates_out_of_range_with_file_line_field(tmp_path, capsys, old,
                                                                              new, field):
    path = _record_with(tmp_path, old, new)
    started = time.monotonic()
    assert cli(["validate", str(path)]) == 1
    assert time.monotonic() - started < 20
    err = capsys.readouterr().err
    assert re.search(rf"leverages\.yaml:\d+: \S*{re.escape(field)}", err), err


def test_a_record_with_a_huge_time_limit_is_skipped_and_the_checklist_never_spins(tmp_path, capsys):
    path = _record_with(tmp_path, r"business_days: \d+", "business_days: 99999999999999999999999999999")
    started = time.monotonic()
    status = cli(["--data-dir", str(path.parent), "checklist", "--company", "leverages",
                  "--request", "disclosure", "--sent-on", "2026-12-01"])
    assert time.monotonic() - started < 20
    err = capsys.readouterr().err
    assert status == 0 and "skipped" in err and "must be at most 366" in err  # the installed one


def test_a_draft_with_a_far_posting_date_opens_with_the_date_kept_only_as_typed():
    case = RequestCase(company_id="leverages", kinds=("disclosure",),
                       options=CaseOptions(sent_on=date(2026, 12, 1)))
    data = draft_json(case)
    data["case"]["options"]["sent_on"] = "9999-12-30"
    data["case"]["options"]["fee_paid_on"] = "9999-12-31"
    data["case"]["typed"]["sent_on"] = "9999-12-30"
    opened = case_from_json(json.loads(json.dumps(data)))
    assert opened.options.sent_on is None and opened.options.fee_paid_on is None
    assert opened.typed.sent_on == "9999-12-30" and opened.kinds == ("disclosure",)
