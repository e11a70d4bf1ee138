"""Tracking a request after sending: a case walks posted → delivered → overdue → demand, with the
checklist's own dates, from the CLI as a user would."""
from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from assistant.case.request import RequestCase
from assistant.case.store import CaseStore
from assistant.checklist.tree import DateItem
from assistant.case.details_file import load_details
from assistant.facade import Assistant
from assistant.followup.letters import demand_text
from assistant.followup.grid import GRIDS, counts, lay_out
from tests.repo import ROOT
from assistant.law.reference import load_law
from assistant.tracker import Tracker

DETAILS = ROOT / "examples" / "details.yaml"


@pytest.fixture
def tracker(tmp_path: Path, directory) -> Tracker:
    return Tracker(Assistant(directory), CaseStore(tmp_path / "cases.sqlite3"))


def _case(company: str = "leverages") -> RequestCase:
    return RequestCase.from_details(company, load_details(DETAILS, load_law()))


def _checklist_dates(tracker: Tracker, case: RequestCase, **options) -> set[date]:
    timed = case.model_copy(update={"options": case.options.model_copy(update=options)})
    return {item.day for c in tracker.assistant.checklists(timed) for item in c.walk()
            if isinstance(item, DateItem)}


def test_a_case_walks_from_posted_to_overdue_to_the_demand(tracker: Tracker):
    case = _case()
    case_id = tracker.add(case, date(2026, 12, 1))
    assert tracker.store.summary(case_id).reference.startswith("20261201-leverages-")
    assert {p.name for p in tracker.store.case_folder(case_id).iterdir()} == {"letter.pdf", "checklist.pdf"}

    tracker.posted(case_id, date(2026, 12, 1), "1234-5678-9012")
    posted = tracker.store.summary(case_id)
    assert {d.day for d in posted.dues} == _checklist_dates(tracker, case, sent_on=date(2026, 12, 1))

    tracker.delivered(case_id, date(2026, 12, 3))
    delivered = tracker.store.summary(case_id)
    assert {d.day for d in delivered.dues} == _checklist_dates(tracker, case, arrived_on=date(2026, 12, 3))
    court = next(d for d in delivered.dues if d.what == "court-possible")
    assert court.day == date(2026, 12, 18)  # two weeks from arrival end on the 17th

    assert not delivered.overdue(date(2026, 12, 10))
    assert delivered.overdue(date(2027, 1, 6))
    assert tracker.list(date(2027, 1, 6))[0].id == case_id

    facts = tracker.facts(case_id, date(2027, 1, 6))
    assert facts.arrived_on == date(2026, 12, 3) and not facts.arrival_estimated
    layout = lay_out(demand_text(facts), "20x26")
    assert all(n <= GRIDS["20x26"][0] for n in counts(layout.lines()))
    pdf = tracker.followup_pdf(case_id, "demand", grid="20x26", copies=3, today=date(2027, 1, 6))
    assert len(PdfReader(__import__("io").BytesIO(pdf)).pages) == 3 * len(layout.pages)
    assert [e.kind for e in tracker.store.events(case_id)][-1] == "followup-made"


def test_the_demand_waits_for_the_delivery_date(tracker: Tracker):
    from assistant.followup.letters import FollowupError

    case_id = tracker.add(_case(), date(2026, 12, 1))
    tracker.posted(case_id, date(2026, 12, 1))
    with pytest.raises(FollowupError, match="delivery record"):
        tracker.followup_pdf(case_id, "demand", today=date(2027, 1, 6))
    assert tracker.followup_pdf(case_id, "reminder", today=date(2027, 1, 6))


def test_a_representative_s_case_speaks_for_the_person(tracker: Tracker, tmp_path: Path):
    text = DETAILS.read_text(encoding="utf-8").replace(
        "# representative:\n#   capacity: agent", "representative:\n  capacity: agent").replace(
        "#   full_name: 山田 花子\n#   address: 東京都渋谷区神宮前1-2-3 ハイツ神宮前101",
        "  full_name: 山田 花子\n  address: 東京都渋谷区神宮前1-2-3 ハイツ神宮前101")
    path = tmp_path / "rep.yaml"
    path.write_text(text, encoding="utf-8")
    case = RequestCase.from_details("porters", load_details(path, load_law()))
    assert case.requester == "agent"
    case_id = tracker.add(case, date(2026, 12, 1))
    facts = tracker.facts(case_id, date(2027, 1, 6))
    assert (facts.sender.name, facts.person, facts.capacity) == ("山田 花子", "山田 太郎", "agent")


def _main(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    import os

    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, timeout=60, env=env, cwd=ROOT)


def test_the_cli_tracks_a_request_from_add_to_delete(tmp_path: Path):
    run = lambda *a: _main(tmp_path, *a)  # noqa: E731
    added = run("cases", "--today", "2026-12-01", "add", "--company", "porters", "--details", str(DETAILS))
    assert added.returncode == 0, added.stderr
    case_id = added.stdout.strip()
    assert run("cases", "posted", case_id, "--on", "2026-12-01").returncode == 0
    assert run("cases", "delivered", case_id, "--on", "2026-12-02").returncode == 0
    listed = run("cases", "--today", "2027-02-01", "list")
    assert "ポーターズ株式会社" in listed.stdout and "OVERDUE" in listed.stdout
    shown = run("cases", "show", case_id)
    assert [line.split()[2] for line in shown.stdout.splitlines() if line[:2] == "20"] == [
        "created", "letter-made", "posted", "delivered"]
    ics = tmp_path / "dues.ics"
    assert run("cases", "export-ics", "-o", str(ics)).returncode == 0
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert events and "山田" not in ics.read_text(encoding="utf-8")
    assert str(events[0]["summary"]).startswith(("回答期限：ポーターズ株式会社", "訴えを起こせる日："))
    detailed = tmp_path / "detailed.ics"
    assert run("cases", "export-ics", "--with-details", "--language", "en", "-o", str(detailed)).returncode == 0
    assert "Request: Disclosure" in Calendar.from_ical(detailed.read_bytes()).walk("VEVENT")[0]["description"]
    out = tmp_path / "demand.pdf"
    demand = run("followup", "--today", "2027-02-01", "--case", case_id, "--kind", "demand",
                 "-o", str(out), "--text", str(tmp_path / "demand.txt"))
    assert demand.returncode == 0, demand.stderr
    assert (tmp_path / "demand.txt").read_text(encoding="utf-8").startswith("催告書")
    refused = run("cases", "delete", case_id)
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert run("cases", "delete", case_id, "--yes").returncode == 0
    assert "no requests tracked" in run("cases", "list").stdout
    database = tmp_path / "data" / "disclosure-request-assistant" / "cases.sqlite3"
    assert (database.stat().st_mode & 0o777) == 0o600


def test_an_unknown_case_or_a_complaint_without_an_organisation_is_one_clear_line(tmp_path: Path):
    missing = _main(tmp_path, "cases", "show", "42")
    assert missing.returncode == 1 and "no case with id 42" in missing.stderr
    assert "Traceback" not in missing.stderr
    added = _main(tmp_path, "cases", "add", "--company", "porters", "--details", str(DETAILS))
    complaint = _main(tmp_path, "followup", "--case", added.stdout.strip(), "--kind", "complaint",
                      "-o", str(tmp_path / "c.pdf"))
    assert complaint.returncode == 1 and "PPC consultation dial" in complaint.stderr
    assert not (tmp_path / "c.pdf").exists()


def test_persol_s_complaint_goes_to_juas(tracker: Tracker):
    case_id = tracker.add(_case("persol-career"), date(2026, 12, 1))
    facts = tracker.facts(case_id, date(2027, 1, 6))
    assert facts.organisation is not None and "JUAS" in facts.organisation.name
    assert tracker.followup_pdf(case_id, "complaint", today=date(2027, 1, 6))


def test_a_saved_profile_writes_to_several_companies_in_one_go_and_is_deleted(tmp_path: Path):
    run = lambda *a: _main(tmp_path, *a)  # noqa: E731
    saved = run("profiles", "save", "--name", "山田 (caller 1)", "--details", str(DETAILS))
    assert saved.returncode == 0, saved.stderr
    other = run("profiles", "save", "--name", "Suzuki", "--details", str(DETAILS))
    profile = saved.stdout.strip()
    assert run("profiles", "list", "caller").stdout.splitlines()[0].startswith(f"{profile}\t山田")
    assert other.stdout.strip() not in run("profiles", "list", "caller").stdout.split("\t")[0]
    added = run("cases", "add", "--profile", profile, "--company", "porters", "--company", "leverages")
    assert added.returncode == 0, added.stderr
    assert len(added.stdout.split()) == 2  # one case, one letter, per company
    listed = run("cases", "list").stdout
    assert "ポーターズ株式会社" in listed and "レバレジーズ株式会社" in listed
    unknown = run("cases", "add", "--profile", profile, "--company", "porters", "--company", "nosuch")
    assert unknown.returncode == 2 and "nosuch" in unknown.stderr
    assert len(run("cases", "list").stdout.splitlines()) == 2  # nothing stored for the bad call
    assert run("profiles", "delete", profile).returncode == 2  # asks for --yes
    assert run("profiles", "delete", profile, "--yes").returncode == 0
    gone = run("profiles", "list", "caller")
    assert gone.returncode == 1 and "no saved profile" in gone.stderr
