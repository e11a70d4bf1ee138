"""The case store: every request a person tracks, with its history of events, in one SQLite file.

A case is the request as it was made (the serialised request case, never changed afterwards) plus
events: created, letter made, posted, delivered, identity check received, answered / partly
answered / refused / no answer, follow-up made, closed. Every change is a new event row with a
timestamp; nothing is updated in place, so the history is the record. Due dates are stored in the
event that fixes them (posted, delivered), computed by the caller from the same checklist the
person saw, so the tracker and the checklist never disagree.

The file lives in the user data folder, mode 0600, in WAL mode with synchronous=FULL: a committed
case survives a crash or SIGKILL mid-write. The schema carries a version (PRAGMA user_version) and
migrations run in order on open. "Delete case" removes its rows and its folder of PDFs for real
(and the database is vacuumed so the pages do not linger).
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

from assistant.case.rows import now as _now
from assistant.case.rows import (
    EVENT_STATUS, OPEN_STATUSES, CaseSummary, Due, Event, Profile, StoreError, _pack_dues,
    _unpack_dues,
)
from assistant.case.profiles import ProfileStore
from assistant.io.paths import user_data_dir
from assistant.io.private_dirs import private_dir, private_file

__all__ = ["CaseStore", "CaseSummary", "Due", "Event", "Profile", "StoreError", "EVENT_STATUS",
           "OPEN_STATUSES"]

DB_FILE = "cases.sqlite3"

# Each migration takes the schema from version N-1 to N; never edit one that has shipped.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE cases (
        id           INTEGER PRIMARY KEY,
        reference    TEXT NOT NULL UNIQUE,
        company_id   TEXT NOT NULL,
        company_name TEXT NOT NULL,
        kinds        TEXT NOT NULL,
        requester    TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        request      TEXT NOT NULL
    );
    CREATE TABLE events (
        id      INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        at      TEXT NOT NULL,
        kind    TEXT NOT NULL,
        day     TEXT,
        data    TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX events_by_case ON events(case_id, id);
    CREATE TABLE dues (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        case_id  INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        what     TEXT NOT NULL,
        label    TEXT NOT NULL,
        day      TEXT NOT NULL
    );
    CREATE INDEX dues_by_case ON dues(case_id, event_id);
    CREATE INDEX dues_by_event ON dues(event_id);
    CREATE TABLE case_state (
        case_id       INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
        status        TEXT NOT NULL,
        last_event_at TEXT NOT NULL,
        dues          TEXT
    );
    CREATE TABLE profiles (
        id         INTEGER PRIMARY KEY,
        label      TEXT NOT NULL,
        details    TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    """,
)


def default_path() -> Path:
    return user_data_dir() / DB_FILE


def _private_file(path: Path) -> None:
    # Create the file with 0600 before SQLite opens it, so it is never readable by others
    # (and never through a symbolic link: its target is left alone).
    private_file(path)


class CaseStore(ProfileStore):
    """Cases, their events and due dates, and saved profiles, in one SQLite file."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path is not None else default_path()
        self.files_root = self.path.parent / "cases"
        try:
            _private_file(self.path)
            self._db = sqlite3.connect(self.path, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the case store {self.path}: {exc}; check that the "
                             "folder is writable") from None
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA foreign_keys = ON")
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = FULL")
        self._db.execute("PRAGMA secure_delete = ON")  # deleted rows are overwritten, not left
        self._migrate()
        for suffix in ("-wal", "-shm"):
            side = Path(str(self.path) + suffix)
            if side.exists():
                os.chmod(side, 0o600)

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
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # -- cases -----------------------------------------------------------------------------
    def add_case(self, *, reference: str, company_id: str, company_name: str,
                 kinds: Iterable[str], requester: str, request: dict) -> int:
        """Store a new case (the request as made) with its 'created' event; returns its id."""
        now = _now()
        try:
            with self._transaction() as db:
                cursor = db.execute(
                    "INSERT INTO cases (reference, company_id, company_name, kinds, requester, "
                    "created_at, request) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (reference, company_id, company_name, ",".join(kinds), requester, now,
                     json.dumps(request, ensure_ascii=False, sort_keys=True)))
                case_id = int(cursor.lastrowid)
                db.execute("INSERT INTO events (case_id, at, kind) VALUES (?, ?, 'created')",
                           (case_id, now))
                db.execute("INSERT INTO case_state (case_id, status, last_event_at) "
                           "VALUES (?, ?, ?)", (case_id, EVENT_STATUS["created"], now))
        except sqlite3.IntegrityError:
            raise StoreError(f"a case with reference {reference} already exists") from None
        return case_id

    def add_event(self, case_id: int, kind: str, *, day: date | None = None,
                  data: dict | None = None, dues: Iterable[Due] = ()) -> int:
        """Record that something happened to a case; due dates it fixes go with it."""
        if kind not in EVENT_STATUS or kind == "created":
            raise StoreError(f"unknown event '{kind}'; use one of: "
                             + ", ".join(k for k in EVENT_STATUS if k != "created"))
        self._require(case_id)
        dues = tuple(dues)
        now = _now()
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO events (case_id, at, kind, day, data) VALUES (?, ?, ?, ?, ?)",
                (case_id, now, kind, day.isoformat() if day else None,
                 json.dumps(data or {}, ensure_ascii=False, sort_keys=True)))
            event_id = int(cursor.lastrowid)
            db.executemany(
                "INSERT INTO dues (event_id, case_id, what, label, day) VALUES (?, ?, ?, ?, ?)",
                [(event_id, case_id, d.what, d.label, d.day.isoformat()) for d in dues])
            # The case's current state, derived from the events in the same transaction, so the
            # list of 10,000 cases is one plain read; the events stay the record.
            db.execute("UPDATE case_state SET last_event_at = ?, "
                       "status = COALESCE(?, status), dues = COALESCE(?, dues) WHERE case_id = ?",
                       (now, EVENT_STATUS[kind], _pack_dues(dues), case_id))
        return event_id

    def _require(self, case_id: int) -> sqlite3.Row:
        row = self._db.execute("SELECT * FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise StoreError(f"no case with id {case_id}; 'cases list' shows the ids")
        return row

    def request(self, case_id: int) -> dict:
        """The request as it was made (the serialised request case)."""
        return json.loads(self._require(case_id)["request"])

    def events(self, case_id: int) -> list[Event]:
        self._require(case_id)
        rows = self._db.execute("SELECT * FROM events WHERE case_id = ? ORDER BY id", (case_id,))
        return [Event(r["id"], datetime.fromisoformat(r["at"]), r["kind"],
                      date.fromisoformat(r["day"]) if r["day"] else None, json.loads(r["data"]))
                for r in rows]

    def summary(self, case_id: int) -> CaseSummary:
        self._require(case_id)
        return self._summaries("WHERE c.id = ?", (case_id,))[0]

    def cases(self, *, include_closed: bool = True) -> list[CaseSummary]:
        """Every case, newest first."""
        found = self._summaries("", ())
        return found if include_closed else [c for c in found if c.is_open()]

    def _summaries(self, where: str, args: tuple) -> list[CaseSummary]:
        # One pass over the tables: the status is the last status-changing event; the due dates
        # are those of the latest event that fixed any (a delivery date replaces the estimate).
        cursor = self._db.cursor()
        cursor.row_factory = None  # plain tuples: this is the hot path of "My requests"
        rows = cursor.execute(f"""
            SELECT c.id, c.reference, c.company_id, c.company_name, c.kinds, c.requester,
                   c.created_at, s.status, s.last_event_at, s.dues
            FROM cases c JOIN case_state s ON s.case_id = c.id
            {where}
            ORDER BY c.id DESC""", args).fetchall()
        return [CaseSummary(
            id=r[0], reference=r[1], company_id=r[2], company_name=r[3],
            kinds=tuple(r[4].split(",")), requester=r[5],
            created_at=datetime.fromisoformat(r[6]), status=r[7],
            last_event_at=datetime.fromisoformat(r[8]), dues=_unpack_dues(r[9]))
            for r in rows]

    def by_urgency(self, today: date) -> list[CaseSummary]:
        """Open cases, the most urgent first: overdue (oldest due first), then by next due date,
        then those with no date yet; closed and answered cases last, newest first."""
        def key(c: CaseSummary) -> tuple:
            if not c.is_open():
                return (3, 0, -c.id)
            if not c.dues:
                return (2, 0, -c.id)
            passed = [d.day for d in c.dues if d.day < today]
            if passed and c.status != "refused":
                return (0, min(passed).toordinal(), c.id)
            ahead = [d.day for d in c.dues if d.day >= today]
            return (1, min(ahead).toordinal(), c.id) if ahead else (2, 0, -c.id)
        return sorted(self.cases(), key=key)

    # -- files -------------------------------------------------------------------------------
    def case_folder(self, case_id: int) -> Path:
        """The private folder holding copies of this case's PDFs."""
        self._require(case_id)
        return private_dir(self.files_root / str(case_id))

    def delete_case(self, case_id: int) -> None:
        """Delete the case, its events, due dates and files, for real."""
        self._require(case_id)
        with self._transaction() as db:
            db.execute("DELETE FROM cases WHERE id = ?", (case_id,))
        shutil.rmtree(self.files_root / str(case_id), ignore_errors=True)
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._db.execute("VACUUM")
