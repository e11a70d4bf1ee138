"""The case store under hostile conditions: a link or a device named as the store, a missing
folder, a file that is not a database or is damaged, a lock, a full disk, a process killed while
adding a case. Each is one line that says what to do; nothing outside the store is touched; no
case is ever left without its files, nor files without their case."""
from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from assistant.case import store_errors
from assistant.case.store import MIGRATIONS, CaseStore, StoreError
from assistant.case.store_errors import StoreFull
from assistant.case.request import RequestCase
from tests.conftest import posix_only
from tests.render.helpers import details
from tests.repo import ROOT

DETAILS = ROOT / "examples" / "details.yaml"


def _add(store: CaseStore, reference: str = "r1", **more) -> int:
    return store.add_case(reference=reference, company_id="porters", company_name="PORTERS",
                          kinds=("disclosure",), requester="self", request={"n": 1}, **more)


@posix_only
def test_a_link_named_as_the_store_is_refused_and_its_target_untouched(tmp_path: Path):
    target = tmp_path / "target"
    target.write_text("not yours")
    target.chmod(0o644)
    link = tmp_path / "cases.sqlite3"
    link.symlink_to(target)
    with pytest.raises(StoreError, match="symbolic link"):
        CaseStore(link)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644 and target.read_text() == "not yours"


@posix_only
def test_a_device_or_a_pipe_is_refused_and_never_chmodded(tmp_path: Path):
    before = os.stat("/dev/null").st_mode
    with pytest.raises(StoreError, match="not a regular file"):
        CaseStore(Path("/dev/null"))
    assert os.stat("/dev/null").st_mode == before
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(StoreError, match="not a regular file"):
        CaseStore(fifo)


def test_a_missing_folder_is_named_not_created(tmp_path: Path):
    with pytest.raises(StoreError, match="does not exist"):
        CaseStore(tmp_path / "nonexistent" / "x.db")
    assert not (tmp_path / "nonexistent").exists()


def test_sqlite_failures_are_one_line_each(tmp_path: Path, monkeypatch):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SECRET LINE OF A FILE\n" * 400)
    with pytest.raises(StoreError, match="not a case database") as error:
        CaseStore(junk)
    assert "SECRET" not in str(error.value) and "\n" not in str(error.value)
    broken = tmp_path / "broken.db"
    with CaseStore(broken) as store:
        for n in range(50):
            _add(store, f"r{n}")
    (tmp_path / "broken.db-wal").unlink(missing_ok=True)
    data = bytearray(broken.read_bytes())
    data[4096:12288] = b"\xff" * 8192  # the tables' pages
    broken.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="damaged"):
        with CaseStore(broken) as store:
            store.cases()
    monkeypatch.setattr(store_errors, "LOCK_WAIT", 0.1)
    locked = tmp_path / "locked.db"
    CaseStore(locked).close()
    holder = sqlite3.connect(locked, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="locked by another copy"):
            with CaseStore(locked) as store:
                _add(store)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_full_disk_stores_nothing_and_the_retry_works(tmp_path: Path):
    with CaseStore(tmp_path / "c.db") as store:
        pages = store._db.execute("PRAGMA page_count").fetchone()[0]
        store._db.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreFull, match="full"):
            for n in range(200):
                _add(store, f"r{n}", letter_day=date(2026, 12, 1),
                     files={"letter.pdf": b"%PDF-" + os.urandom(3000)})
        kept = {c.id for c in store.cases()}
        assert sorted(int(p.name) for p in store.files_root.iterdir() if p.name.isdigit()) == sorted(kept)
        store._db.execute(f"PRAGMA max_page_count = {pages * 100}")
        assert _add(store, "again", letter_day=date(2026, 12, 1), files={"letter.pdf": b"%PDF-"})


class FullOnce:
    """A connection whose first deletion of a case fails as on a full disk."""

    def __init__(self, db):
        self.db, self.failed = db, False

    def execute(self, sql, *args):
        if sql.startswith("DELETE FROM cases") and not self.failed:
            self.failed = True
            raise sqlite3.OperationalError("database or disk is full")
        return self.db.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self.db, name)


def test_delete_works_on_a_full_disk_by_freeing_the_case_s_files_first(tmp_path: Path):
    with CaseStore(tmp_path / "c.db") as store:
        case = _add(store, letter_day=date(2026, 12, 1), files={"letter.pdf": b"%PDF-x"})
        store._db = FullOnce(store._db)
        store.delete_case(case)
        assert store.cases() == [] and not store.files.folder(case).exists()


def test_files_of_a_case_never_committed_are_removed_on_the_next_start(tmp_path: Path):
    path = tmp_path / "c.db"
    with CaseStore(path) as store:
        kept = _add(store, letter_day=date(2026, 12, 1), files={"letter.pdf": b"%PDF-kept"})
        # As a process killed mid-write leaves them: a marker, a folder without its row, and a
        # half-written temporary file and a follow-up no event names in a committed case.
        store.files.mark(99)
        (store.files.folder(99)).mkdir()
        (store.files.folder(99) / "letter.pdf").write_bytes(b"%PDF-personal")
        store.files.mark(kept)
        (store.files.folder(kept) / ".tmp-abc.pdf").write_bytes(b"half")
        (store.files.folder(kept) / "followup-01-demand.pdf").write_bytes(b"%PDF-never recorded")
    with CaseStore(path) as store:
        assert not store.files.folder(99).exists()
        assert sorted(p.name for p in store.files.folder(kept).iterdir()) == ["letter.pdf"]
        assert store.files.markers() == []


def test_references_differ_for_different_people_and_are_retried_when_taken(tmp_path: Path):
    one = RequestCase.from_details("porters", details(requester={"full_name": "山田 太郎443"}))
    two = RequestCase.from_details("porters", details(requester={"full_name": "山田 太郎444"}))
    assert one.reference(date(2026, 12, 1)) != two.reference(date(2026, 12, 1))
    assert len(one.reference(date(2026, 12, 1)).rsplit("-", 1)[1]) == 8  # 32 bits
    assert one.reference(date(2026, 12, 1), salt="a") != one.reference(date(2026, 12, 1), salt="b")


def test_a_version_1_store_gains_whose_request_it_is(tmp_path: Path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path, isolation_level=None)
    for statement in filter(str.strip, MIGRATIONS[0].split(";")):
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO cases VALUES (1, 'r', 'porters', 'PORTERS', 'disclosure', 'self', "
               "'2026-12-01T00:00:00+00:00', ?)", ('{"details": {"requester": {"full_name": "山田 花子"}}}',))
    db.execute("INSERT INTO case_state VALUES (1, 'draft', '2026-12-01T00:00:00+00:00', NULL)")
    db.close()
    with CaseStore(path) as store:
        assert store.summary(1).person == "山田 花子"


def test_cases_add_killed_at_random_moments_leaves_no_ghost_case():
    """benchmarks/sigkill_cases.py with a few kills (the README's figure is from 100)."""
    import json

    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "sigkill_cases.py"),
                             "--kills", "6"], capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(result.stdout)
    assert figures["last_run_exit"] == 0 and figures["integrity_check"] == "ok"
    assert figures["printed_ids_missing"] == figures["cases_without_files"] == 0
    assert figures["folders_without_case"] == figures["tmp_files_left"] == 0
    assert figures["cases"] >= 1


@pytest.fixture
def full_disk(tmp_path: Path):
    """A 2 MB tmpfs (root only; skipped elsewhere), and a function that fills it up."""
    point = tmp_path / "disk"
    point.mkdir()
    if os.name != "posix" or os.geteuid() != 0 or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(point)],
            capture_output=True).returncode != 0:
        pytest.skip("no tmpfs can be mounted here")

    def fill() -> None:
        try:
            (point / "filler").write_bytes(b"\0" * 4_000_000)
        except OSError:  # No space left on device: what the test wants
            pass
    yield point, fill
    subprocess.run(["umount", "-l", str(point)], capture_output=True)


def test_on_a_really_full_disk_cases_are_still_listed_and_deleted(full_disk):
    """SQLite cannot make the file it shares the store through (-shm) when the disk is full:
    the store is then kept by this process alone, so the person can still see and delete."""
    point, fill = full_disk
    with CaseStore(point / "c.db") as store:
        case = _add(store, letter_day=date(2026, 12, 1), files={"letter.pdf": b"%PDF-" + b"x" * 200_000})
    fill()
    with CaseStore(point / "c.db") as store:
        assert [c.id for c in store.cases()] == [case]
        store.delete_case(case)
        assert store.cases() == [] and not store.files.folder(case).exists()
    with CaseStore(point / "c.db") as store:
        assert store.cases() == []
