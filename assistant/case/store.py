"""The case store: every request a person tracks, with its history of events, in one SQLite file.

A case is the request as it was made plus events (created, letter made, posted, delivered, answered
/ partly answered / refused, follow-up made, corrected, closed): every change is a new event row,
nothing is updated in place, so the history is the record. Due dates go with the event that fixes
them, computed by the caller from the checklist the person saw.

The file (user data folder, mode 0600) is in WAL mode with synchronous=FULL: a committed case
survives a crash or SIGKILL. A case's files are written before its row is committed, in the same
transaction (store_files.py): a case is there with its files or not at all. Migrations run in
order on open (PRAGMA user_version). Deleting a case removes its rows and PDFs for real. Every
SQLite failure reaches the person as one line (store_errors.py).
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from assistant.case.profiles import ProfileStore
from assistant.case.store_reads import CaseReads
from assistant.case.rows import now as _now
from assistant.case.rows import (
    EVENT_STATUS, OPEN_STATUSES, CaseSummary, Due, Event, Profile, StoreError, _pack_dues,
    due_items,
)
from assistant.case.store_errors import (
    StoreFull, connect, guarded, open_private, sql_errors, tighten_side_files,
)
from assistant.case.store_files import CaseFiles
from assistant.case.store_schema import MIGRATIONS
from assistant.io.paths import user_data_dir

__all__ = ["CaseStore", "CaseSummary", "DuplicateReference", "Due", "Event", "Profile",
           "StoreError", "EVENT_STATUS", "OPEN_STATUSES"]

DB_FILE = "cases.sqlite3"
_NO_SHARED_MEMORY = ("SQLITE_IOERR_SHMSIZE", "SQLITE_IOERR_SHMOPEN", "SQLITE_IOERR_SHMMAP")

class DuplicateReference(StoreError):
    """A case with this reference exists already (the tracker then makes another reference)."""


def default_path() -> Path:
    return user_data_dir() / DB_FILE


class CaseStore(CaseReads, ProfileStore):
    """Cases, their events and due dates, and saved profiles, in one SQLite file."""

    def __init__(self, path: Path | None = None):
        # Only the default store (in the user data folder) may create its folder.
        self.path = Path(path) if path is not None else default_path()
        self.files = CaseFiles(self.path.parent / "cases")
        open_private(self.path, create_folder=path is None)
        self._db = connect(self.path)
        try:
            with sql_errors(self.path):
                try:
                    self._set_up()
                except sqlite3.OperationalError as exc:
                    if getattr(exc, "sqlite_errorname", "") not in _NO_SHARED_MEMORY:
                        raise
                    # A full disk has no room for the -shm file through which processes share
                    # the store: this one keeps it to itself until it closes it, so the person
                    # can still see their cases and delete them (which frees space).
                    self._db.close()
                    self._db = connect(self.path)
                    self._db.execute("PRAGMA locking_mode = EXCLUSIVE")
                    self._set_up()
        except BaseException:
            self._db.close()
            raise
        tighten_side_files(self.path)

    def _set_up(self) -> None:
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA foreign_keys = ON")
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = FULL")
        self._db.execute("PRAGMA secure_delete = ON")  # deleted rows are overwritten
        self._migrate()
        self._recover()

    @property
    def files_root(self) -> Path:
        return self.files.root

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "CaseStore":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    # -- schema ----------------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        version = self.schema_version
        if version > len(MIGRATIONS):
            raise StoreError(f"{self.path} was written by a newer version of this program "
                             f"(schema {version}); update the program")
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            with self._transaction():
                for statement in filter(str.strip, script.split(";")):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {number}")

    @contextmanager
    def _transaction(self, undo: list[Callable[[], None]] | None = None
                     ) -> Iterator[sqlite3.Connection]:
        """One write transaction; if it fails (the commit included), `undo` runs, newest first."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
            self._db.execute("COMMIT")
        except BaseException:
            if self._db.in_transaction:
                try:
                    self._db.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # SQLite rolled back already (a full disk does that)
            for action in reversed(undo or []):
                action()
            raise

    def _recover(self) -> None:
        """Tidy the files of cases a stopped process was writing (store_files.py)."""
        stopped = self.files.markers()
        if not stopped:
            return
        with self._transaction():
            for case_id in stopped:
                exists = self._db.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone()
                named = set()
                for row in self._db.execute("SELECT data FROM events WHERE case_id = ?", (case_id,)):
                    named.update(json.loads(row[0]).get("files", ()))
                try:
                    self.files.tidy(case_id, exists is not None, named)
                except OSError as exc:
                    raise StoreError(f"the files a stopped run left in {self.files.folder(case_id)} "
                                     f"could not be removed ({exc.strerror}); check the folder's "
                                     "permissions") from None

    # -- cases -----------------------------------------------------------------------------
    @guarded
    def add_case(self, *, reference: str, company_id: str, company_name: str,
                 kinds: Iterable[str], requester: str, request: dict, person: str = "",
                 files: Mapping[str, bytes] | None = None, letter_day: date | None = None,
                 letter_data: dict | None = None) -> int:
        """Store a new case (the request as made) with its 'created' event and, with
        `letter_day`, its 'letter-made' event and the files written for it; returns its id."""
        now = _now()
        undo: list[Callable[[], None]] = []
        try:
            with self._transaction(undo) as db:
                cursor = db.execute(
                    "INSERT INTO cases (reference, company_id, company_name, kinds, requester, "
                    "created_at, request, person) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (reference, company_id, company_name, ",".join(kinds), requester, now,
                     json.dumps(request, ensure_ascii=False, sort_keys=True), person))
                case_id = int(cursor.lastrowid)
                db.execute("INSERT INTO events (case_id, at, kind) VALUES (?, ?, 'created')",
                           (case_id, now))
                db.execute("INSERT INTO case_state (case_id, status, last_event_at) "
                           "VALUES (?, ?, ?)", (case_id, EVENT_STATUS["created"], now))
                if letter_day is not None:
                    self.files.mark(case_id)
                    undo.append(lambda: self.files.discard(case_id, (), whole=True))
                    names = self.files.write(case_id, files or {}, fresh=True)
                    db.execute("INSERT INTO events (case_id, at, kind, day, data) "
                               "VALUES (?, ?, 'letter-made', ?, ?)",
                               (case_id, _now(), letter_day.isoformat(),
                                _json({**(letter_data or {}), "files": names})))
        except sqlite3.IntegrityError:
            raise DuplicateReference(f"a case with reference {reference} already exists") from None
        self.files.unmark(case_id)
        return case_id

    @guarded
    def add_event(self, case_id: int, kind: str, *, day: date | None = None,
                  data: dict | None = None, dues: Iterable[Due] | None = None,
                  status: str | None = None, files: Mapping[str, bytes] | None = None) -> int:
        """Record that something happened to a case; the due dates it fixes (None: it fixes
        none, the earlier ones stay) and the files it brings go with it, in one transaction.
        `status`: the case's status after it, where the event's kind does not say (a correction)."""
        if kind not in EVENT_STATUS or kind == "created":
            raise StoreError(f"unknown event '{kind}'; use one of: "
                             + ", ".join(k for k in EVENT_STATUS if k != "created"))
        self._require(case_id)
        fixed = dues is not None
        dues = tuple(dues or ())
        now = _now()
        undo: list[Callable[[], None]] = []
        data = dict(data or {})
        with self._transaction(undo) as db:
            if files:
                self.files.mark(case_id)
                undo.append(lambda: self.files.discard(case_id, files))
                data["files"] = self.files.write(case_id, files)
            cursor = db.execute(
                "INSERT INTO events (case_id, at, kind, day, data) VALUES (?, ?, ?, ?, ?)",
                (case_id, now, kind, day.isoformat() if day else None, _json(data)))
            event_id = int(cursor.lastrowid)
            db.executemany(
                "INSERT INTO dues (event_id, case_id, what, label, day) VALUES (?, ?, ?, ?, ?)",
                [(event_id, case_id, d.what, d.label, d.day.isoformat()) for d in dues])
            # The case's current state, derived from the events in the same transaction, so the
            # list of 10,000 cases is one plain read; the events stay the record.
            items = sorted(due_items(_pack_dues(dues)))
            db.execute("UPDATE case_state SET last_event_at = ?, status = COALESCE(?, status), "
                       "dues = CASE WHEN ? THEN ? ELSE dues END, "
                       "due_first = CASE WHEN ? THEN ? ELSE due_first END, "
                       "due_last = CASE WHEN ? THEN ? ELSE due_last END WHERE case_id = ?",
                       (now, status or EVENT_STATUS[kind], fixed, _pack_dues(dues),
                        fixed, "\x1f".join(items[0]) if items else None,
                        fixed, "\x1f".join(items[-1]) if items else None, case_id))
        if files:
            self.files.unmark(case_id)
        return event_id

    # -- files -------------------------------------------------------------------------------
    def case_folder(self, case_id: int) -> Path:
        """The private folder holding copies of this case's PDFs."""
        with sql_errors(self.path):
            self._require(case_id)
        return self.files.folder(case_id)

    def read_file(self, case_id: int, name: str) -> bytes | None:
        """One of the case's files, as its events name it (None if it is not there)."""
        return self.files.read(case_id, name)

    @guarded
    def delete_case(self, case_id: int) -> None:
        """Delete the case, its events, due dates and files, for real. On a full disk the files
        go first (freeing space), then the rows are tried again; if that fails too, the message
        says so."""
        self._require(case_id)
        try:
            with sql_errors(self.path), self._transaction() as db:
                db.execute("DELETE FROM cases WHERE id = ?", (case_id,))
        except StoreFull:
            self.files.remove(case_id)
            try:
                with sql_errors(self.path), self._transaction() as db:
                    db.execute("DELETE FROM cases WHERE id = ?", (case_id,))
            except StoreFull:
                raise StoreError(f"the disk holding {self.path} is full: the letters of case "
                                 f"{case_id} were deleted, but its record could not be; free "
                                 "some space and delete it again") from None
        self.files.remove(case_id)
        self._compact()

    def _compact(self) -> None:
        """Overwrite what deletions left in the file; on a full disk the deleted rows are already
        zeroed (secure_delete), so a failed VACUUM is no loss."""
        try:
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._db.execute("VACUUM")
        except sqlite3.Error:
            pass


def _json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)
