"""Due dates as an iCalendar file (RFC 5545): one all-day event per due date, for any calendar.

By default an event names only the company and the request's reference number — no personal
data, because calendars are often synchronised to other services. `with_details=True` (the
person asks for it) adds the request kinds.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Iterable

from icalendar import Calendar, Event

from assistant.case.store import CaseSummary

PRODUCT_ID = "-//Disclosure Request Assistant//Request tracker//EN"


def cases_calendar(cases: Iterable[CaseSummary], *, with_details: bool = False,
                   stamp: datetime | None = None) -> bytes:
    """The .ics bytes for the due dates of these cases (closed cases are left out)."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    stamp = stamp or datetime.now(timezone.utc)
    for case in cases:
        if not case.is_open():
            continue
        for due in case.dues:
            event = Event()
            # Stable across exports, so re-importing updates an event instead of doubling it.
            event.add("uid", f"{case.reference}-{due.what}@disclosure-request-assistant")
            event.add("dtstamp", stamp)
            event.add("dtstart", due.day)
            event.add("dtend", due.day + timedelta(days=1))
            event.add("summary", f"{due.label}: {case.company_name} ({case.reference})")
            description = f"Reference {case.reference}."
            if with_details:
                description += " Request: " + ", ".join(case.kinds) + "."
            event.add("description", description)
            event.add("transp", "TRANSPARENT")
            calendar.add_component(event)
    return calendar.to_ical()

