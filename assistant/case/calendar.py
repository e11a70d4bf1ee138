"""Due dates as an iCalendar file (RFC 5545): one all-day event per due date, for any calendar.

By default an event names only the company and the request's reference number — no personal
data, because calendars are often synchronised to other services. `with_details=True` (the
person asks for it) adds the request kinds.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Iterable, Mapping

from icalendar import Calendar, Event

from assistant.case.store import CaseSummary
from assistant.law.checklist_words import ChecklistWords
from assistant.law.localized import FALLBACK

PRODUCT_ID = "-//Disclosure Request Assistant//Request tracker//EN"


def cases_calendar(cases: Iterable[CaseSummary], *, with_details: bool = False,
                   stamp: datetime | None = None, language: str = "en",
                   words: ChecklistWords | None = None,
                   kind_names: Mapping[str, str] | None = None) -> bytes:
    """The .ics bytes for the due dates of these cases (closed cases are left out), worded in
    this language (forms/checklist/<language>.yaml, calendar.*); kind_names: the request kinds
    as the language names them, for with_details."""
    if words is None:
        from assistant.law.reference import load_checklist_words

        words = load_checklist_words()
    say = lambda key, **values: words.format(language, f"calendar.{key}", **values)  # noqa: E731
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
            named = words.known(FALLBACK, f"calendar.{due.what}") is not None  # else its stored label
            event.add("summary", say(due.what, company=case.company_name, reference=case.reference)
                      if named else f"{due.label}: {case.company_name} ({case.reference})")
            description = say("description", reference=case.reference)
            if with_details:
                names = [(kind_names or {}).get(k, k) for k in case.kinds]
                description += say("kinds", kinds=words.template(language, "sep.parts").join(names))
            event.add("description", description)
            event.add("transp", "TRANSPARENT")
            calendar.add_component(event)
    return calendar.to_ical()

