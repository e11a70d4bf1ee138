"""The rows of the case store as plain values: events, due dates, a case's summary, profiles.

Kept apart from the SQLite code (case_store.py) so the tracker, the calendar export and the
wizard's "My requests" can use them without the database.
"""
from __future__ import annotations

from datetime import date, datetime, timezone
from typing import NamedTuple

from assistant.io.user_errors import UserError

# Event kinds and the status each leaves the case in (None: the status does not change).
EVENT_STATUS: dict[str, str | None] = {
    "created": "draft",
    "letter-made": "draft",
    "posted": "posted",
    "delivered": "delivered",
    "identity-check": "identity-check",
    "answered": "answered",
    "partly-answered": "partly-answered",
    "refused": "refused",
    "no-answer": "no-answer",
    "followup-made": None,
    "note": None,
    "corrected": None,  # a correction's effect on the status is worked out from the timeline
    "closed": "closed",
}
OPEN_STATUSES = ("draft", "posted", "delivered", "identity-check", "partly-answered", "refused",
                 "no-answer")

class StoreError(UserError):
    """The case store cannot do what was asked; the message says why and what to do."""


class Due(NamedTuple):
    """A date by which something should have happened: the company's limit, or Art. 39's."""

    what: str  # "company-limit" | "court-possible" | another key from the checklist
    label: str
    day: date


class Event(NamedTuple):
    """One thing that happened to a case (a tuple: the case store starts without dataclasses)."""

    id: int
    at: datetime
    kind: str
    day: date | None
    data: dict


class CaseSummary(NamedTuple):
    """One row of "My requests": what a list and a reminder need, without the personal data."""

    id: int
    reference: str
    company_id: str
    company_name: str
    kinds: tuple[str, ...]
    requester: str
    created_at: datetime
    status: str
    last_event_at: datetime
    dues: tuple[Due, ...] = ()
    person: str = ""  # whose request: the person's name, or the saved profile's

    def next_due(self, today: date) -> Due | None:
        """The earliest due date still ahead (or today), else the latest one passed."""
        if not self.dues:
            return None
        ahead = [d for d in self.dues if d.day >= today]
        return min(ahead, key=lambda d: d.day) if ahead else max(self.dues, key=lambda d: d.day)

    def overdue(self, today: date) -> tuple[Due, ...]:
        """Due dates passed while the case is still waiting for an answer (store_reads.py says
        the same in SQL for a whole list)."""
        if self.status not in OPEN_STATUSES or self.status in ("refused",):
            return ()
        return tuple(d for d in self.dues if d.day < today)

    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


class Profile(NamedTuple):
    id: int
    label: str
    details: dict
    created_at: datetime


def due_items(packed: str | None) -> list[tuple[str, str, str]]:
    """(ISO day, what, label) of each due date in a packed column."""
    return [tuple(item.split("\x1f", 2)) for item in packed.split("\x1e")] if packed else []  # type: ignore[misc]


def _pack_dues(dues: tuple[Due, ...]) -> str | None:
    """Due dates as one text column (None: this event fixes none, keep the earlier ones)."""
    if not dues:
        return None
    return "\x1e".join(f"{d.day.isoformat()}\x1f{d.what}\x1f{d.label}" for d in dues)


def _unpack_dues(packed: str | None) -> tuple[Due, ...]:
    return tuple(sorted((Due(what, label, date.fromisoformat(day)) for day, what, label
                         in due_items(packed)), key=lambda d: d.day))


def now() -> str:
    """When something is recorded: UTC, to the microsecond (events of one second stay in order)."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")
