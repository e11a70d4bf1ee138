"""The case store keeps every request and its history, safely, privately, and forgets on request."""
from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar

from assistant.case.calendar import cases_calendar
from assistant.case.store import MIGRATIONS, CaseStore, Due, StoreError
from tests.repo import ROOT


def _add(store: CaseStore, reference: str = "20261123-porters-a1b2", company: str = "porters") -> int:
    return store.add_case(reference=reference, company_id=company, company_name="PORTERS Corporation",
                          kinds=("disclosure",), requester="self",
                          request={"company_id": company, "details": {"full_name": "山田 花子"}})


def test_a_case_walks_from_posted_to_answered_and_keeps_every_event(tmp_path: Path):
    with CaseStore(tmp_path / "cases.sqlite3") as store:
        case = _add(store)
        assert store.summary(case).status == "draft"
        store.add_event(case, "posted", day=date(2026, 12, 1), data={"tracking": "1234-5678-9012"},
                        dues=[Due("court-possible", "Court possible from", date(2026, 12, 18))])
        store.add_event(case, "delivered", day=date(2026, 12, 2),
                        dues=[Due("court-possible", "Court possible from", date(2026, 12, 17))])
        store.add_event(case, "answered", day=date(2026, 12, 10))
        kinds = [e.kind for e in store.events(case)]
        assert kinds == ["created", "posted", "delivered", "answered"]
        summary = store.summary(case)
        assert summary.status == "answered"
        # The delivery date replaced the estimate made at posting; the first is still in history.
        assert [d.day for d in summary.dues] == [date(2026, 12, 17)]
        assert store.events(case)[1].data == {"tracking": "1234-5678-9012"}


def test_a_note_does_not_change_the_status(tmp_path: Path):
    with CaseStore(tmp_path / "c.sqlite3") as store:
        case = _add(store)
        store.add_event(case, "posted", day=date(2026, 12, 1))
        store.add_event(case, "note", data={"text": "called the desk"})
        assert store.summary(case).status == "posted"


def test_overdue_cases_come_first(tmp_path: Path):
    with CaseStore(tmp_path / "c.sqlite3") as store:
        later = _add(store, "r-later")
        store.add_event(later, "posted", dues=[Due("company-limit", "Answer due", date(2027, 1, 20))])
        overdue = _add(store, "r-overdue")
        store.add_event(overdue, "posted", dues=[Due("company-limit", "Answer due", date(2026, 11, 1))])
        done = _add(store, "r-done")
        store.add_event(done, "posted", dues=[Due("company-limit", "Answer due", date(2026, 10, 1))])
        store.add_event(done, "answered")
        _add(store, "r-undated")
        refused = _add(store, "r-refused")  # refused: no longer waiting, so not overdue
        store.add_event(refused, "posted", dues=[Due("company-limit", "Answer due", date(2026, 10, 1))])
        store.add_event(refused, "refused")
        order = [c.reference for c in store.by_urgency(date(2026, 11, 23))]
        assert order == ["r-overdue", "r-later", "r-refused", "r-undated", "r-done"]
        listed = store.list_rows(date(2026, 11, 23))
        assert [(r[1], r[6][:10] if r[6] else None, bool(r[7])) for r in listed] == [
            ("r-overdue", "2026-11-01", True), ("r-later", "2027-01-20", False),
            ("r-refused", "2026-10-01", False), ("r-undated", None, False)]
        assert store.summary(overdue).overdue(date(2026, 11, 23))
        assert not store.summary(done).overdue(date(2026, 11, 23))


def test_the_database_file_is_private(tmp_path: Path):
    with CaseStore() as store:  # the default store, in the user data folder
        _add(store)
        path = store.path
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_the_schema_is_versioned_and_a_newer_file_is_refused(tmp_path: Path):
    path = tmp_path / "c.sqlite3"
    with CaseStore(path) as store:
        assert store.schema_version == len(MIGRATIONS)
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(StoreError, match="newer version"):
        CaseStore(path)


def test_an_unknown_event_or_case_is_a_clear_error(tmp_path: Path):
    with CaseStore(tmp_path / "c.sqlite3") as store:
        case = _add(store)
        with pytest.raises(StoreError, match="unknown event 'sent'"):
            store.add_event(case, "sent")
        with pytest.raises(StoreError, match="no case with id 999"):
            store.add_event(999, "posted")
        with pytest.raises(StoreError, match="already exists"):
            _add(store)


def test_delete_case_removes_its_rows_and_files_for_real(tmp_path: Path):
    path = tmp_path / "c.sqlite3"
    with CaseStore(path) as store:
        case = store.add_case(reference="r1", company_id="porters", company_name="PORTERS",
                              kinds=("disclosure",), requester="self",
                              request={"name": "UNIQUE-PERSONAL-MARKER-5d1f"})
        store.add_event(case, "posted", dues=[Due("court-possible", "x", date(2026, 12, 1))],
                        files={"receipt.pdf": b"%PDF-1.4 UNIQUE-PERSONAL-MARKER-5d1f"})
        folder = store.case_folder(case)
        assert (folder / "receipt.pdf").exists()
        store.delete_case(case)
        assert store.cases() == []
        assert not folder.exists()
        with pytest.raises(StoreError):
            store.events(case)
    for name in (path, Path(str(path) + "-wal")):
        if name.exists():
            assert b"UNIQUE-PERSONAL-MARKER-5d1f" not in name.read_bytes()


def test_profiles_are_kept_apart_searched_and_deleted(tmp_path: Path):
    with CaseStore(tmp_path / "c.sqlite3") as store:
        a = store.save_profile("山田 花子 (caller 1)", {"requester": {"full_name": "山田 花子"}})
        b = store.save_profile("Suzuki Taro", {"requester": {"full_name": "鈴木 太郎"}})
        assert [p.id for p in store.profiles("ＳＵＺＵＫＩ")] == [b]
        assert store.profile(a).details["requester"]["full_name"] == "山田 花子"
        store.delete_profile(a)
        assert [p.id for p in store.profiles()] == [b]
        with pytest.raises(StoreError, match="needs a name"):
            store.save_profile("  ", {})


def test_calendar_export_parses_and_holds_no_personal_data(tmp_path: Path):
    with CaseStore(tmp_path / "c.sqlite3") as store:
        case = _add(store, "20261201-porters-9f3e")
        store.add_event(case, "posted", dues=[
            Due("company-limit", "Answer due", date(2026, 12, 15)),
            Due("court-possible", "Court possible from", date(2026, 12, 17))])
        data = cases_calendar(store.cases())
    calendar = Calendar.from_ical(data)
    events = calendar.walk("VEVENT")
    assert [e.decoded("dtstart") for e in events] == [date(2026, 12, 15), date(2026, 12, 17)]
    assert all("20261201-porters-9f3e" in str(e["summary"]) for e in events)
    assert "山田" not in data.decode("utf-8")
    assert len({str(e["uid"]) for e in events}) == 2
    assert str(events[0]["summary"]) == "Answer due: PORTERS Corporation (20261201-porters-9f3e)"


def test_calendar_export_in_japanese_names_the_dates_and_kinds_in_japanese(tmp_path: Path):
    with CaseStore(tmp_path / "c.sqlite3") as store:
        case = _add(store, "20261201-porters-9f3e")
        store.add_event(case, "posted", dues=[
            Due("company-limit", "Answer due", date(2026, 12, 15)),
            Due("court-possible", "Court possible from", date(2026, 12, 17))])
        data = cases_calendar(store.cases(), language="ja", with_details=True,
                              kind_names={"disclosure": "保有個人データの開示"})
    events = Calendar.from_ical(data).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == [
        "回答期限：PORTERS Corporation（20261201-porters-9f3e）",
        "訴えを起こせる日：PORTERS Corporation（20261201-porters-9f3e）"]
    assert str(events[0]["description"]) == "整理番号：20261201-porters-9f3e。請求の種類：保有個人データの開示"


WRITER = textwrap.dedent("""
    import sys
    from datetime import date
    from assistant.case.store import CaseStore, Due
    store = CaseStore(sys.argv[1])
    n = 0
    while True:
        case = store.add_case(reference=f"r{n}", company_id="porters", company_name="PORTERS",
                              kinds=("disclosure",), requester="self", request={"n": n})
        store.add_event(case, "posted", dues=[Due("court-possible", "x", date(2026, 12, 1))])
        print(n, flush=True)
        n += 1
""")


def test_sigkill_during_writes_loses_no_committed_case(tmp_path: Path):
    path = tmp_path / "c.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE,
                            text=True, env=env)
    committed = -1
    deadline = time.monotonic() + 30
    for line in proc.stdout:  # type: ignore[union-attr]
        committed = int(line)
        if committed >= 40 or time.monotonic() > deadline:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert committed >= 0, "the writer never committed a case"
    with CaseStore(path) as store:
        references = {c.reference for c in store.cases()}
        assert {f"r{n}" for n in range(committed + 1)} <= references
        for case in store.cases():
            # A case is there with its events whole, or not at all.
            assert [e.kind for e in store.events(case.id)][0] == "created"
