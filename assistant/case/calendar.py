"""Due dates as an iCalendar file (RFC 5545): one all-day event per due date, for any calendar.

By default an event names only the company and the request's reference number — no personal
data, because calendars are often synchronised to other services. `with_details=True` (the
person asks for it) adds the request kinds.

The file is made in pieces, one case at a time, straight from the store's rows: 100,000 cases
never sit in memory at once. Each line is written as RFC 5545 says (text escaped, lines folded at
75 octets without splitting a character); the tests read the result back with `icalendar`.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Iterable, Iterator, Mapping

from assistant.case.rows import CaseSummary, Due
from assistant.law.checklist_words import ChecklistWords
from assistant.law.localized import FALLBACK

PRODUCT_ID = "-//Disclosure Request Assistant//Request tracker//EN"
Row = tuple[str, str, tuple[str, ...], tuple[Due, ...]]  # reference, company, kinds, due dates


def _text(value: str) -> str:
    """A TEXT value escaped (RFC 5545 3.3.11)."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _folded(line: str) -> str:
    """One content line, folded into pieces of at most 75 octets (never inside a character)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line + "\r\n"
    pieces, start, limit = [], 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # a continuation byte: back off
            end -= 1
        pieces.append(data[start:end].decode("utf-8"))
        start, limit = end, 74  # folded lines start with a space
    return "\r\n ".join(pieces) + "\r\n"


def calendar_chunks(rows: Iterable[Row], *, with_details: bool = False,
                    stamp: datetime | None = None, language: str = "en",
                    words: ChecklistWords | None = None,
                    kind_names: Mapping[str, str] | None = None) -> Iterator[bytes]:
    """The .ics file in pieces, for these open cases' due dates, worded in this language
    (forms/checklist/<language>.yaml, calendar.*); kind_names: the request kinds as the language
    names them, for with_details."""
    if words is None:
        from assistant.law.reference import load_checklist_words

        words = load_checklist_words()
    say = lambda key, **values: words.format(language, f"calendar.{key}", **values)  # noqa: E731
    stamp = (stamp or datetime.now(timezone.utc)).astimezone(timezone.utc)
    stamped = f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}"
    yield "".join(_folded(line) for line in ("BEGIN:VCALENDAR", f"PRODID:{PRODUCT_ID}",
                                                "VERSION:2.0", "CALSCALE:GREGORIAN")).encode()
    named: dict[str, bool] = {}  # whether the wording names a kind of date, asked once per kind
    for reference, company, kinds, dues in rows:
        lines: list[str] = []
        for due in dues:
            if due.what not in named:
                named[due.what] = words.known(FALLBACK, f"calendar.{due.what}") is not None
            if named[due.what]:
                summary = say(due.what, company=company, reference=reference)
            else:  # a kind of date the wording does not name: its stored label
                summary = f"{due.label}: {company} ({reference})"
            description = say("description", reference=reference)
            if with_details:
                names = [(kind_names or {}).get(k, k) for k in kinds]
                description += say("kinds", kinds=words.template(language, "sep.parts").join(names))
            lines += [
                "BEGIN:VEVENT",
                # Stable across exports, so re-importing updates an event instead of doubling it.
                f"UID:{_text(reference)}-{due.what}@disclosure-request-assistant", stamped,
                f"DTSTART;VALUE=DATE:{due.day:%Y%m%d}",
                f"DTEND;VALUE=DATE:{due.day + timedelta(days=1):%Y%m%d}",
                f"SUMMARY:{_text(summary)}", f"DESCRIPTION:{_text(description)}",
                "TRANSP:TRANSPARENT", "END:VEVENT"]
        if lines:
            yield "".join(_folded(line) for line in lines).encode("utf-8")
    yield b"END:VCALENDAR\r\n"


def cases_calendar(cases: Iterable[CaseSummary], **options) -> bytes:
    """The whole .ics for these cases (closed and answered ones left out), as bytes."""
    rows = ((c.reference, c.company_name, c.kinds, c.dues) for c in cases if c.is_open())
    return b"".join(calendar_chunks(rows, **options))
