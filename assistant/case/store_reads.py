"""Reading the case store: a case's request and events, the summaries "My requests" lists, the
same request tracked before, and the due dates the calendar export streams. Mixed into CaseStore,
which opens the database."""
from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Iterator

from assistant.case.rows import (
    OPEN_STATUSES, CaseSummary, Due, Event, StoreError, _unpack_dues,
)
from assistant.case.store_errors import guarded, sql_errors


# A case's row: what My requests and `cases list` show (summary_of makes it a CaseSummary).
ROW = ("c.id, c.reference, c.company_id, c.company_name, c.kinds, c.requester, c.created_at, "
       "s.status, s.last_event_at, s.dues, c.person")


# Urgency (rows.py's rules, in SQL over the earliest and latest due date): overdue first, oldest
# due first; then by the next due date; then open cases without a date; closed and answered last,
# newest first. :today is an ISO date; ISO days compare as text as they do as dates.
_OPEN = "s.status IN ({})".format(", ".join(f"'{s}'" for s in OPEN_STATUSES))
_FIRST, _LAST = "substr(s.due_first, 1, 10)", "substr(s.due_last, 1, 10)"
OVERDUE = f"({_OPEN} AND s.status != 'refused' AND {_FIRST} < :today)"
NEXT_DUE = f"CASE WHEN {_FIRST} >= :today THEN s.due_first ELSE s.due_last END"
_GROUP = (f"CASE WHEN NOT {_OPEN} THEN 3 WHEN s.due_first IS NULL THEN 2 WHEN {OVERDUE} THEN 0 "
          f"WHEN {_LAST} >= :today THEN 1 ELSE 2 END")
URGENCY = (f"{_GROUP}, CASE WHEN {OVERDUE} THEN {_FIRST} WHEN {_OPEN} AND {_LAST} >= :today "
           f"THEN substr({NEXT_DUE}, 1, 10) ELSE '' END, "
           f"CASE WHEN {_GROUP} < 2 THEN c.id ELSE -c.id END")


def summary_of(r: tuple) -> CaseSummary:
    parse = datetime.fromisoformat
    return CaseSummary(r[0], r[1], r[2], r[3], tuple(r[4].split(",")), r[5], parse(r[6]), r[7],
                       parse(r[8]), _unpack_dues(r[9]), r[10])


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

    def _rows(self, where: str, args: tuple) -> list[tuple]:
        # One pass over the tables: the status is the last status-changing event; the due dates
        # are those of the latest event that fixed any (a delivery date replaces the estimate).
        cursor = self._db.cursor()
        cursor.row_factory = None  # plain tuples: this is the hot path of "My requests"
        return cursor.execute(f"SELECT {ROW} FROM cases c JOIN case_state s ON s.case_id = c.id "
                              f"{where} ORDER BY c.id DESC", args).fetchall()

    def _summaries(self, where: str, args: tuple) -> list[CaseSummary]:
        return [summary_of(row) for row in self._rows(where, args)]

    @guarded
    def ids_by_urgency(self, today: date) -> list[int]:
        """Every case's id, the most urgent first, sorted by SQLite (URGENCY): My requests
        reads the rows it shows only when it shows them (summaries)."""
        return [r[0] for r in self._db.execute(
            f"SELECT c.id FROM cases c JOIN case_state s ON s.case_id = c.id ORDER BY {URGENCY}",
            {"today": today.isoformat()})]

    @guarded
    def summaries(self, ids: list[int]) -> dict[int, CaseSummary]:
        """The summaries of these cases, by id, in one query."""
        found: dict[int, CaseSummary] = {}
        for start in range(0, len(ids), 500):  # within SQLite's limit on parameters
            chunk = ids[start:start + 500]
            rows = self._rows(f"WHERE c.id IN ({','.join('?' * len(chunk))})", tuple(chunk))
            found.update((r[0], summary_of(r)) for r in rows)
        return found

    @guarded
    def list_rows(self, today: date, include_closed: bool = False) -> list[tuple]:
        """(id, reference, company, whose, kinds, status, next due as "day\x1fwhat\x1flabel",
        overdue) for `cases list`, in the same order: what a line needs, all from SQLite."""
        cursor = self._db.cursor()
        cursor.row_factory = None
        where = "" if include_closed else f"WHERE {_OPEN}"
        return cursor.execute(
            f"SELECT c.id, c.reference, c.company_name, c.person, c.kinds, s.status, {NEXT_DUE}, "
            f"{OVERDUE} FROM cases c JOIN case_state s ON s.case_id = c.id {where} "
            f"ORDER BY {URGENCY}", {"today": today.isoformat()}).fetchall()

    def by_urgency(self, today: date) -> list[CaseSummary]:
        """Open cases, the most urgent first: overdue (oldest due first), then by next due date,
        then those with no date yet; closed and answered cases last, newest first."""
        ids = self.ids_by_urgency(today)
        found = self.summaries(ids)
        return [found[i] for i in ids]

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
