"""A case's timeline as it stands, and the rules every new event must keep.

The rules are data (law.yaml `timeline`, law/timeline_rules.py): which event may follow which,
the steps whose dates never go backwards (letter ≤ posted ≤ delivered ≤ answered), no date in the
future or before the articles the letters cite. A broken rule is a TimelineError naming the two
dates; nothing is recorded. A wrong event is never changed: a `corrected` event names it and gives
its right date (or says it was recorded in error), and the timeline is read with it applied.
"""
from __future__ import annotations

from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Iterable, Sequence

from assistant.case.rows import EVENT_STATUS, Event, StoreError

if TYPE_CHECKING:
    from assistant.law.timeline_rules import CaseTimeline

CORRECTED = "corrected"


class TimelineError(StoreError):
    """An event the case's timeline cannot take; the message names what disagrees and why."""


def effective(events: Iterable[Event]) -> list[Event]:
    """The events with their corrections applied: a corrected day or tracking number replaces the
    recorded one, an event corrected as recorded in error drops out, and the corrections
    themselves are left out (they stay in the history)."""
    events = list(events)
    latest = {e.data.get("event"): e for e in events if e.kind == CORRECTED}
    found = []
    for event in events:
        if event.kind == CORRECTED:
            continue
        fix = latest.get(event.id)
        if fix is not None:
            if fix.data.get("void"):
                continue
            day = date.fromisoformat(fix.data["day"]) if fix.data.get("day") else event.day
            more = {k: v for k, v in fix.data.items() if k not in ("event", "day", "void")}
            event = event._replace(day=day, data={**event.data, **more})
        found.append(event)
    return found


def status(events: Sequence[Event]) -> str:
    """The case's status: that of the last event (corrections applied) that sets one."""
    for event in reversed(effective(events)):
        said = EVENT_STATUS.get(event.kind)
        if said:
            return said
    return EVENT_STATUS["created"] or ""


def last_of(events: Sequence[Event], *kinds: str) -> Event | None:
    """The latest event of these kinds, corrections applied."""
    return next((e for e in reversed(effective(events)) if e.kind in kinds), None)


def proposed(kind: str, day: date | None = None, data: dict | None = None) -> Event:
    """An event not yet recorded, to check before it is."""
    return Event(0, datetime.now(timezone.utc), kind, day, dict(data or {}))


def check_date(rules: "CaseTimeline", kind: str, day: date, today: date) -> None:
    """The date of an event of this kind, on its own: not in the future, not too early."""
    _check_day(rules, proposed(kind, day), today)


def check(rules: "CaseTimeline", events: Sequence[Event], new: Event, today: date) -> None:
    """Raise TimelineError if the case cannot take the new event (a correction included) under
    the rules; nothing is recorded then."""
    if new.kind == CORRECTED:
        _check_correction(events, new)
    proposed = effective([*events, new])
    # Only what the new event changes is held against the rules (events recorded before stand
    # as recorded); withdrawing one changes what every later event rests on.
    fresh = {new.id, new.data.get("event")} if new.kind == CORRECTED else {new.id}
    if new.data.get("void"):
        fresh |= {e.id for e in events}
    _validate(rules, proposed, today, fresh)


def _check_correction(events: Sequence[Event], fix: Event) -> None:
    target = next((e for e in events if e.id == fix.data.get("event")), None)
    if target is None or target.kind in ("created", CORRECTED):
        raise TimelineError(f"event {fix.data.get('event')} is not one this case can correct; "
                            "'cases show' lists the events and their numbers")
    if fix.data.get("day") and target.day is None:
        raise TimelineError(f"event {target.id} ({target.kind}) has no date to correct")
    if not fix.data.get("void") and not fix.data.get("day") and len(fix.data) <= 1:
        raise TimelineError("say what is wrong: the right date (--on), or that the event was "
                            "recorded in error (--void)")


def _validate(rules: "CaseTimeline", events: Sequence[Event], today: date, fresh: set) -> None:
    """Walk the events in order; only what involves a fresh event (the new one, or the one a
    correction changes) is held against the rules, so a history recorded by an older version
    stands as it is."""
    seen: dict[str, Event] = {}
    dated: list[tuple[int, str, Event]] = []  # (step index, step, event)
    order = list(rules.steps)
    ended: Event | None = None
    for event in events:
        rule = rules.events.get(event.kind)
        if rule is None:
            raise TimelineError(f"unknown event '{event.kind}'; use one of: "
                                + ", ".join(k for k in rules.events if k != "created"))
        if rule.aside:
            continue
        if event.id in fresh:
            _check_place(rules, rule, event, seen, ended, today)
        if event.day is not None and rule.step is not None:
            index = order.index(rule.step)
            # The nearest step it disagrees with is named (the posting, not the letter).
            for other_index, other_step, other in sorted(dated, key=lambda d: abs(d[0] - index)):
                if event.id not in fresh and other.id not in fresh:
                    continue
                if other_index < index and other.day > event.day:  # type: ignore[operator]
                    raise TimelineError(_against(rules, rule.step, event.day, "before",
                                                 other_step, other.day))
                if other_index > index and other.day < event.day:  # type: ignore[operator]
                    raise TimelineError(_against(rules, rule.step, event.day, "after",
                                                 other_step, other.day))
            dated.append((index, rule.step, event))
        seen[event.kind] = event
        if event.kind == rules.ends:
            ended = event


def _check_place(rules: "CaseTimeline", rule, event: Event, seen: dict[str, Event],
                 ended: Event | None, today: date) -> None:
    """Whether this event may come where it does: after what it needs, once, not after what
    excludes it, not after the case ended; its date not in the future."""
    if ended is not None:
        raise TimelineError(f"the case was closed{_on(ended.day)}; nothing more can be "
                            "recorded (correct the closing with --void to reopen it)")
    if rule.after and not any(k in seen for k in rule.after):
        raise TimelineError(f"'{event.kind}' needs '{' or '.join(rule.after)}' recorded first")
    if rule.once and event.kind in seen:
        before = seen[event.kind]
        raise TimelineError(f"'{event.kind}' is already recorded{_on(before.day)} (event "
                            f"{before.id}); to change it, correct that event")
    blocked = [k for k in rule.not_after if k in seen]
    if blocked:
        raise TimelineError(f"'{event.kind}' cannot come after '{blocked[0]}'"
                            f"{_on(seen[blocked[0]].day)}")
    if event.day is not None:
        _check_day(rules, event, today)


def _check_day(rules: "CaseTimeline", event: Event, today: date) -> None:
    step = rules.step_of(event.kind)
    name = rules.step_name(step) if step else f"the date of '{event.kind}'"
    if event.day > today:  # type: ignore[operator]
        raise TimelineError(f"{name} {event.day} is after today ({today}): a date in the future "
                            "cannot be recorded")
    if event.day < rules.earliest:  # type: ignore[operator]
        raise TimelineError(f"{name} {event.day} is before {rules.earliest}, when the articles "
                            "the letters cite took effect; check the year")


def _against(rules: "CaseTimeline", step: str, day: date | None, relation: str,
             other_step: str, other_day: date | None) -> str:
    return (f"{rules.step_name(step)} {day} is {relation} {rules.step_name(other_step)} "
            f"{other_day}; check both dates")


def _on(day: date | None) -> str:
    return f" on {day}" if day else ""
