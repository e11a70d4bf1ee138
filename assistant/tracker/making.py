"""Tracking a request: storing it with its letter and checklist copies (all companies of a
several-company request, or none), the same request tracked again (a corrected letter in its
place, or a new case), and what happens to it afterwards — every event checked against the
case timeline's rules first (case/timeline.py), nothing recorded when one is broken."""
from __future__ import annotations

import json
import secrets
from datetime import date
from typing import TYPE_CHECKING, Sequence

from assistant.case.store import CaseStore, CaseSummary, Due, DuplicateReference, StoreError
from assistant.case.timeline import (
    CORRECTED, TimelineError, check, check_date, effective, last_of, proposed, status,
)

if TYPE_CHECKING:
    from assistant.case.request import RequestCase
    from assistant.facade import Assistant

ANSWERS = ("answered", "partly-answered", "refused")
REFERENCE_TRIES = 8


class SameRequest(StoreError):
    """The person already tracks this request to this company; `case` is that case."""

    def __init__(self, message: str, case: CaseSummary, posted: bool):
        super().__init__(message)
        self.case = case
        self.posted = posted


class Making:
    """The half of the Tracker that makes cases and records their events."""

    assistant: "Assistant"
    store: CaseStore

    # -- making a case -----------------------------------------------------------------------
    def prepare(self, case: "RequestCase", today: date | None = None,
                letter_date: date | None = None, *, replace: int | None = None,
                new: bool = False, person: str = "") -> "RequestCase":
        """The case as it will be tracked: its letter date (a letter made before may carry an
        earlier one, never a later one) and its reference, both on the letter — final before the
        letter is made, so that every follow-up cites what the letter carries: a corrected letter
        (`replace`) carries its case's reference; a new case of the same request (`new`) one that
        is free."""
        today = today or date.today()
        if case.details is None:
            raise StoreError("the person's details are not complete; finish them first")
        if self.assistant.company(case) is None:
            raise StoreError("choose a company first")
        day = letter_date or case.options.letter_date or today
        check_date(self.assistant.law.timeline, "letter-made", day, today)
        options = case.options.model_copy(update={"letter_date": day})
        dated = case.model_copy(update={"options": options})
        reference = options.reference or dated.reference(day)
        if replace is not None:
            reference = self.store.summary(replace).reference
        elif new:
            taken = {c.reference for c in self.store.same_request(
                case.company_id or "", case.kinds, person or case.details.requester.full_name)}
            while reference in taken:
                reference = dated.reference(day, salt=secrets.token_hex(8))
        return dated.model_copy(update={"options": options.model_copy(update={"reference": reference})})

    def same(self, case: "RequestCase", person: str = "") -> SameRequest | None:
        """The tracked case this request repeats (ask: a corrected letter, or a new request?)."""
        try:
            self._same(case, person or case.details.requester.full_name)  # type: ignore[union-attr]
        except SameRequest as found:
            return found
        return None

    def _copies(self, case: "RequestCase", letter: bytes | None = None) -> tuple[bytes, bytes]:
        """The letter (as saved, where it was) and the checklist, for the case's folder."""
        return letter or self.assistant.letter_pdf(case), self.assistant.checklist_pdf(case)

    def _same(self, case: "RequestCase", person: str) -> None:
        company = self.assistant.company(case)
        for found in self.store.same_request(case.company_id or "", case.kinds, person):
            posted = last_of(self.store.events(found.id), "posted")
            how = (f"posted on {posted.day}; a corrected letter now is a new request: add --new"
                   if posted else f"not posted yet: add --replace {found.id} to put this "
                   "corrected letter in its place (the first stays in its history), or --new "
                   "to track it as a separate request")
            raise SameRequest(f"{person}'s request to {company.name_ja or company.name} is "  # type: ignore[union-attr]
                              f"already tracked as case {found.id} ({found.reference}), {how}",
                              found, posted is not None)

    def add(self, case: "RequestCase", today: date | None = None, *, person: str = "",
            replace: int | None = None, new: bool = False, letter: bytes | None = None) -> int:
        """Track a request: store it with copies of its letter and checklist PDFs (`letter`: the
        PDF the person saved, made from this prepared case). The same request tracked again
        needs `replace` (a corrected letter) or `new`."""
        return self.add_all([case], today, person=person, replace=replace, new=new, letter=letter)[0]

    def add_all(self, cases: Sequence["RequestCase"], today: date | None = None, *,
                person: str = "", replace: int | None = None, new: bool = False,
                letter: bytes | None = None) -> list[int]:
        """Track one request per company: all of them, or none (and the message says which
        company stopped it). `letter` goes with a single case only."""
        today = today or date.today()
        prepared = [self.prepare(case, today, replace=replace, new=new, person=person) for case in cases]
        letter = letter if len(prepared) == 1 else None
        printed = cases[0].reference(cases[0].options.letter_date or today) if cases else None
        if letter is not None and prepared[0].options.reference != printed:
            # The saved letter carries another reference than the case would: never keep both.
            raise StoreError(f"the saved letter carries the reference {printed}, "
                             f"the case would carry {prepared[0].options.reference}; make the "
                             "letter again from the tracked case")
        if replace is not None:
            if len(prepared) != 1:
                raise StoreError("--replace takes one company")
            return [self.replace_letter(replace, prepared[0], today, letter)]
        who = person or (prepared[0].details.requester.full_name if prepared else "")  # type: ignore[union-attr]
        if not new:
            for case in prepared:
                self._same(case, who)
        made: list[int] = []
        for case in prepared:
            try:
                made.append(self._store(case, who, letter))
            except StoreError as exc:
                for case_id in made:
                    self.store.delete_case(case_id)
                company = self.assistant.company(case)
                raise StoreError(f"{company.name_ja or company.name}: {exc}; nothing was kept"  # type: ignore[union-attr]
                                 + (" (the cases made before it were removed again)" if made else ""),
                                 ) from None
        return made

    def _store(self, case: "RequestCase", person: str, saved: bytes | None = None) -> int:
        company = self.assistant.company(case)
        day = case.options.letter_date
        for attempt in range(REFERENCE_TRIES):
            letter, checklist = self._copies(case, saved if attempt == 0 else None)
            try:
                return self.store.add_case(
                    reference=case.options.reference, company_id=company.id,  # type: ignore[union-attr,arg-type]
                    company_name=company.name_ja or company.name, kinds=case.kinds,  # type: ignore[union-attr]
                    requester=case.requester, request=json.loads(case.model_dump_json()),
                    person=person, files={"letter.pdf": letter, "checklist.pdf": checklist},
                    letter_day=day, letter_data={"reference": case.options.reference})
            except DuplicateReference:
                if saved is not None:  # the person's letter already carries this reference
                    raise StoreError(f"the reference {case.options.reference} on the saved letter "
                                     "is taken by another case; make the letter again") from None
                # Taken (two requests whose digests meet): another reference, from fresh
                # randomness; the letter copy carries it.
                reference = case.reference(day, salt=secrets.token_hex(8))  # type: ignore[arg-type]
                case = case.model_copy(update={"options": case.options.model_copy(
                    update={"reference": reference})})
        raise StoreError("no free reference number could be found; try again")

    def replace_letter(self, case_id: int, case: "RequestCase", today: date,
                       saved: bytes | None = None) -> int:
        """A corrected letter in place of the case's letter copy, until it is posted; the
        first copy stays in the history."""
        summary = self.store.summary(case_id)
        if summary.company_id != case.company_id:
            raise StoreError(f"case {case_id} is a request to {summary.company_name}, not to this "
                             "company; --replace takes the case of the same request")
        events = self.store.events(case_id)
        try:
            check(self.assistant.law.timeline, events, proposed("letter-made", case.options.letter_date), today)
        except TimelineError as exc:
            raise TimelineError(f"case {case_id}: {exc}; a letter corrected after posting is a "
                                "new request: track it with --new") from None
        kept = case.options.reference == summary.reference  # else the saved letter shows another
        if saved is not None and not kept:
            raise StoreError(f"the saved letter carries the reference {case.options.reference}, "
                             f"case {case_id} has {summary.reference}; make the corrected letter "
                             "again from that case")
        case = case.model_copy(update={"options": case.options.model_copy(
            update={"reference": summary.reference})})
        letter, checklist = self._copies(case, saved if kept else None)
        number = sum(1 for e in events if e.kind == "letter-made") + 1
        self.store.add_event(case_id, "letter-made", day=case.options.letter_date,
                             data={"reference": summary.reference, "replaces": True,
                                   "request": json.loads(case.model_dump_json())},
                             files={f"letter-{number}.pdf": letter,
                                    f"checklist-{number}.pdf": checklist})
        return case_id

    # -- what happens afterwards -----------------------------------------------------------------
    def record(self, case_id: int, kind: str, day: date | None = None, *, today: date | None = None,
               data: dict | None = None, files: dict[str, bytes] | None = None) -> int:
        """Record an event after checking it against the timeline's rules; due dates it changes
        (posting, delivery, a correction of either) are worked out again."""
        today = today or date.today()
        events = self.store.events(case_id)
        new = proposed(kind, day, data)
        try:
            check(self.assistant.law.timeline, events, new, today)
        except TimelineError as exc:
            raise TimelineError(f"case {case_id}: {exc} (nothing was recorded)") from None
        after = [*events, new]
        dues = self._dues_after(case_id, after) if kind in ("posted", "delivered", CORRECTED) else None
        return self.store.add_event(case_id, kind, day=day, data=data, dues=dues,
                                    status=status(after) if kind == CORRECTED else None,
                                    files=files)

    def _dues_after(self, case_id: int, events: list) -> list[Due]:
        timeline = effective(events)
        posted, delivered = last_of(timeline, "posted"), last_of(timeline, "delivered")
        if posted is None and delivered is None:
            return []
        return self.dues(self.case(case_id), sent_on=posted.day if posted else None,
                         arrived_on=delivered.day if delivered else None)

    def posted(self, case_id: int, day: date, tracking: str | None = None, *,
               today: date | None = None, receipt: tuple[str, bytes] | None = None) -> int:
        files = {f"posting-receipt{receipt[0]}": receipt[1]} if receipt else None
        return self.record(case_id, "posted", day, today=today,
                           data={"tracking": tracking} if tracking else {}, files=files)

    def delivered(self, case_id: int, day: date, *, today: date | None = None,
                  receipt: tuple[str, bytes] | None = None) -> int:
        """The delivery record's date replaces the estimate made at posting."""
        files = {f"delivery-record{receipt[0]}": receipt[1]} if receipt else None
        return self.record(case_id, "delivered", day, today=today, files=files)

    def answered(self, case_id: int, day: date, how: str = "answered", note: str | None = None,
                 *, today: date | None = None) -> int:
        if how not in ANSWERS:
            raise StoreError(f"unknown answer '{how}'; use one of: {', '.join(ANSWERS)}")
        return self.record(case_id, how, day, today=today, data={"note": note} if note else {})

    def close(self, case_id: int, day: date | None = None, *, today: date | None = None) -> int:
        today = today or date.today()
        return self.record(case_id, "closed", day or today, today=today)

    def correct(self, case_id: int, event_id: int, *, day: date | None = None, void: bool = False,
                tracking: str | None = None, today: date | None = None) -> int:
        """A new event that corrects an earlier one: its right date or tracking number, or that
        it was recorded in error. The earlier event stays in the history."""
        data: dict = {"event": event_id}
        if day is not None:
            data["day"] = day.isoformat()
        if void:
            data["void"] = True
        if tracking:
            data["tracking"] = tracking
        return self.record(case_id, CORRECTED, None, today=today, data=data)
