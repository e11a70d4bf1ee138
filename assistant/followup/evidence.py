"""The evidence file's timeline as data: each recorded event (corrections included, as the history
they are), its date, and what the law (with its article) or general practice says of it — the
law data's notes (law.yaml timeline), the Art. 39 dates from Law.art39, the request kinds' own
articles. render/timeline_pdf.py draws it on one page per language."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Callable, Sequence

from assistant.case.timeline import CORRECTED, effective
from assistant.followup.wording import day_in, followup_wording, joined

if TYPE_CHECKING:
    from assistant.case.rows import Event
    from assistant.law.model import Law
    from assistant.law.timeline_rules import EventNote


@dataclass(frozen=True)
class TimelineRow:
    day: date
    what: str
    says: str  # the law's or general practice's word on it, labelled; "" where neither speaks
    superseded: bool = False  # corrected or withdrawn by a later event
    event_id: int = 0  # the recorded event the row shows


@dataclass(frozen=True)
class TimelineSheet:
    title: str
    heading: str
    requests: str
    columns: tuple[str, ...]
    rows: tuple[TimelineRow, ...]
    footer: str


def _articles(law: "Law", kinds: Sequence[str], which: str, language: str) -> str:
    found: dict[str, str] = {}
    for kind in kinds:
        duty = getattr(law.request_kinds[kind], which)  # type: ignore[index]
        found.setdefault(duty.article, duty.article_in(language))
    return joined(list(found.values()), language)


def _says(note: "EventNote | None", law: "Law", kinds: Sequence[str], arrived: date | None,
          language: str) -> str:
    if note is None:
        return ""
    t = followup_wording(language)["timeline"]
    values = {"articles": _articles(law, kinds, "answer_duty", language),
              "refusal_articles": _articles(law, kinds, "refusal_notice", language)}
    if arrived is not None:
        dates = law.art39(arrived)
        values.update(end=day_in(dates.two_weeks_end, language), suit=day_in(dates.suit_from, language))
    text = note.words().text(language).format(**values)
    if note.source == "law":
        return t["law"].format(article=(note.article_in(language) or "").format(**values), text=text)
    return t["practice"].format(text=text)


def event_words(event: "Event", events: Sequence["Event"], language: str,
                written: Callable[[date, str], str] = day_in) -> str:
    """What happened, as the timeline sheet names it in this language (also `cases show`, whose
    dates are `written` as a message writes them)."""
    w = followup_wording(language)
    t = w["timeline"]
    kind = "letter-replaced" if event.kind == "letter-made" and event.data.get("replaces") else event.kind
    if kind == "followup-made":
        followup = event.data.get("kind", "")
        name = w["unavailable"]["names"].get(followup, followup)
        text = t["events"][kind].format(followup=name)
        return text[:1].upper() + text[1:]
    if kind == CORRECTED:
        target = next((e for e in events if e.id == event.data.get("event")), None)
        change = t["voided"] if event.data.get("void") else \
            t["corrected_day"].format(day=written(date.fromisoformat(event.data["day"]), language)) \
            if event.data.get("day") else ""
        named = t["events"].get(target.kind, target.kind) if target else str(event.data.get("event"))
        return t["events"][CORRECTED].format(target=named) + (f"：{change}" if language == "ja" and change
                                                               else f": {change}" if change else "")
    text = t["events"].get(kind, kind)
    if event.data.get("tracking"):
        text += ("（" + t["tracking"].format(tracking=event.data["tracking"]) + "）" if language == "ja"
                 else " (" + t["tracking"].format(tracking=event.data["tracking"]) + ")")
    if event.data.get("note"):
        text += ("：" if language == "ja" else ": ") + str(event.data["note"])
    return text


def timeline_sheet(events: Sequence["Event"], kinds: Sequence[str], law: "Law", language: str, *,
                   reference: str, company: str, requests: str, today: date) -> TimelineSheet:
    """The one-page timeline of a case in this language."""
    t = followup_wording(language)["timeline"]
    current = {e.id: e for e in effective(events)}
    arrived = next((e.day for e in current.values() if e.kind == "delivered"), None)
    court = any(law.court_after(k) is not None for k in kinds)  # type: ignore[arg-type]
    rows = []
    for event in events:
        if event.kind == "created":  # the program's own bookkeeping, not a step of the request
            continue
        rule = law.timeline.events.get(event.kind)
        note = None
        if rule is not None:
            note = rule.notes.get(event.data.get("kind", "")) if rule.notes else \
                (rule.note if court or rule.note_no_court is None else rule.note_no_court)
        # Each event as recorded; one a later correction changed or withdrew is marked so.
        shown = current.get(event.id)
        changed = event.kind != CORRECTED and (shown is None or shown.day != event.day)
        rows.append(TimelineRow(event.day or event.at.date(), event_words(event, events, language),
                                _says(note, law, kinds, arrived, language), changed, event.id))
    return TimelineSheet(t["title"], t["heading"].format(reference=reference, company=company),
                         t["requests"].format(requests=requests), tuple(t["columns"]), tuple(rows),
                         t["generated"].format(day=day_in(today, language)))
