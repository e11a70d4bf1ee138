"""Reading the case store: a case's request and events, the summaries "My requests" lists, the
same request tracked before, and the due dates the calendar export streams. Mixed into CaseStore,
which opens the database."""
from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Iterator

from assistant.case.rows import OPEN_STATUSES, CaseSummary, Due, Event, StoreError, _unpack_dues
from assistant.case.store_errors import guarded, sql_errors


class CaseReads:
    """The reading half of CaseStore."""

    _db: sqlite3.Connection
    path: Path

    def _require(self, case_id: int) -> sqlite3.Row:
        row = self._db.execute("SELECT * FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise StoreError(f"no case with id {case_id}; 'cases list' shows the ids")
        return row

    @guarded
    def request(self, case_id: int) -> dict:
        """The request as it was last made: a corrected letter's, else the first."""
        row = self._require(case_id)
        for (data,) in self._db.execute("SELECT data FROM events WHERE case_id = ? AND kind = "
                                        "'letter-made' ORDER BY id DESC", (case_id,)):
            if "request" in (made := json.loads(data)):
                return made["request"]
        return json.loads(row["request"])

    @guarded
    def events(self, case_id: int) -> list[Event]:
        self._require(case_id)
        rows = self._db.execute("SELECT * FROM events WHERE case_id = ? ORDER BY id", (case_id,))
        return [Event(r["id"], datetime.fromisoformat(r["at"]), r["kind"],
                      date.fromisoformat(r["day"]) if r["day"] else None, json.loads(r["data"]))
                for r in rows]

    @guarded
    def summary(self, case_id: int) -> CaseSummary:
        self._require(case_id)
        return self._summaries("WHERE c.id = ?", (case_id,))[0]

    @guarded
    def cases(self, *, include_closed: bool = True) -> list[CaseSummary]:
        """Every case, newest first."""
        found = self._summaries("", ())
        return found if include_closed else [c for c in found if c.is_open()]

    @guarded
    def same_request(self, company_id: str, kinds: Iterable[str], person: str) -> list[CaseSummary]:
        """Open cases of this person asking this company for the same kinds: a letter tracked
        again is a corrected letter or a new request, as the person chooses."""
        found = self._summaries("WHERE c.company_id = ? AND c.kinds = ? AND c.person = ?",
                                (company_id, ",".join(kinds), person))
        return [c for c in found if c.is_open()]

    def _summaries(self, where: str, args: tuple) -> list[CaseSummary]:
        # One pass over the tables: the status is the last status-changing event; the due dates
        # are those of the latest event that fixed any (a delivery date replaces the estimate).
        cursor = self._db.cursor()
        cursor.row_factory = None  # plain tuples: this is the hot path of "My requests"
        rows = cursor.execute(f"""
            SELECT c.id, c.reference, c.company_id, c.company_name, c.kinds, c.requester,
                   c.created_at, s.status, s.last_event_at, s.dues, c.person
            FROM cases c JOIN case_state s ON s.case_id = c.id
            {where}
            ORDER BY c.id DESC""", args).fetchall()
        parse = datetime.fromisoformat
        return [CaseSummary(r[0], r[1], r[2], r[3], tuple(r[4].split(",")), r[5], parse(r[6]),
                            r[7], parse(r[8]), _unpack_dues(r[9]), r[10]) for r in rows]

    def by_urgency(self, today: date) -> list[CaseSummary]:
        """Open cases, the most urgent first: overdue (oldest due first), then by next due date,
        then those with no date yet; closed and answered cases last, newest first."""
        return sorted(self.cases(), key=lambda c: c.urgency(today))

    def calendar_rows(self) -> Iterator[tuple[str, str, tuple[str, ...], tuple[Due, ...]]]:
        """(reference, company, kinds, due dates) of every open case with due dates, one at a
        time from the database: the calendar export never holds them all."""
        with sql_errors(self.path):
            cursor = self._db.cursor()
            cursor.row_factory = None
            marks = ",".join("?" * len(OPEN_STATUSES))
            cursor.execute(f"SELECT c.reference, c.company_name, c.kinds, s.dues FROM cases c "
                           f"JOIN case_state s ON s.case_id = c.id WHERE s.status IN ({marks}) "
                           f"AND s.dues IS NOT NULL ORDER BY c.id", OPEN_STATUSES)
            for reference, company, kinds, dues in cursor:
                yield reference, company, tuple(kinds.split(",")), _unpack_dues(dues)
