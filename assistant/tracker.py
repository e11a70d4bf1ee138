"""After sending: requests kept as cases, their due dates, and the follow-up letters they call for.

A thin layer over the facade (the same checklists, so the tracker's dates are the checklist's
dates) and the case store (case_store.py). Front ends — the CLI's `cases` and `followup`, the
wizard's "My requests" — talk to a Tracker.
"""
from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING

from assistant.case.store import CaseStore, CaseSummary, Due, StoreError
from assistant.followup.letters import FollowupError, FollowupFacts, Party

if TYPE_CHECKING:
    from assistant.case.request import RequestCase
    from assistant.facade import Assistant

ANSWERS = ("answered", "partly-answered", "refused")


class Tracker:
    """Cases in a store, seen through the facade that made their letters."""

    def __init__(self, assistant: "Assistant", store: CaseStore):
        self.assistant = assistant
        self.store = store

    # -- making and following a case ---------------------------------------------------------
    def add(self, case: "RequestCase", today: date | None = None) -> int:
        """Track a request: store it, with copies of its letter and checklist PDFs."""
        from assistant.io.safe_write import write_atomically

        today = today or date.today()
        if case.details is None:
            raise StoreError("the person's details are not complete; finish them first")
        company = self.assistant.company(case)
        if company is None:
            raise StoreError("choose a company first")
        case = case.model_copy(update={"options": case.options.model_copy(
            update={"letter_date": case.options.letter_date or today})})
        reference = case.reference(today)
        case_id = self.store.add_case(
            reference=reference, company_id=company.id, company_name=company.name_ja or company.name,
            kinds=case.kinds, requester=case.requester, request=json.loads(case.model_dump_json()))
        folder = self.store.case_folder(case_id)
        letter = write_atomically(folder / "letter.pdf", self.assistant.letter_pdf(case), overwrite=True)
        checklist = write_atomically(folder / "checklist.pdf", self.assistant.checklist_pdf(case),
                                     overwrite=True)
        self.store.add_event(case_id, "letter-made", day=today,
                             data={"reference": reference, "files": [letter.name, checklist.name]})
        return case_id

    def case(self, case_id: int) -> "RequestCase":
        """The request as it was made."""
        from assistant.case.request import RequestCase

        return RequestCase.model_validate(self.store.request(case_id))

    def dues(self, case: "RequestCase", sent_on: date | None = None,
             arrived_on: date | None = None) -> list[Due]:
        """The dates the checklist gives for these posting/arrival dates, one per kind of date."""
        from assistant.checklist.tree import DateItem

        timed = case.model_copy(update={"options": case.options.model_copy(
            update={"sent_on": sent_on, "arrived_on": arrived_on})})
        found: dict[str, Due] = {}
        for checklist in self.assistant.checklists(timed):
            for item in checklist.walk():
                if isinstance(item, DateItem):
                    what = "company-limit" if item.source == "policy" else "court-possible"
                    label = "Answer due" if what == "company-limit" else "Court possible from"
                    # Several kinds, one letter: the latest of each kind of date counts.
                    if what not in found or found[what].day < item.day:
                        found[what] = Due(what, label, item.day)
        return sorted(found.values(), key=lambda d: d.day)

    def posted(self, case_id: int, day: date, tracking: str | None = None) -> None:
        dues = self.dues(self.case(case_id), sent_on=day)
        self.store.add_event(case_id, "posted", day=day,
                             data={"tracking": tracking} if tracking else {}, dues=dues)

    def delivered(self, case_id: int, day: date) -> None:
        """The delivery record's date replaces the estimate made at posting."""
        dues = self.dues(self.case(case_id), arrived_on=day)
        self.store.add_event(case_id, "delivered", day=day, dues=dues)

    def answered(self, case_id: int, day: date, how: str = "answered", note: str | None = None) -> None:
        if how not in ANSWERS:
            raise StoreError(f"unknown answer '{how}'; use one of: {', '.join(ANSWERS)}")
        self.store.add_event(case_id, how, day=day, data={"note": note} if note else {})

    def list(self, today: date | None = None) -> list[CaseSummary]:
        return self.store.by_urgency(today or date.today())

    def calendar(self, language: str = "ja", with_details: bool = False) -> bytes:
        """The due dates as an .ics file, worded in this language (the CLI's and the wizard's)."""
        from assistant.case.calendar import cases_calendar

        labels = self.assistant.labels.request_kinds
        return cases_calendar(self.store.cases(), with_details=with_details, language=language,
                              words=self.assistant.checklist_words,
                              kind_names={k: label.text(language) for k, label in labels.items()})

    # -- follow-ups --------------------------------------------------------------------------
    def facts(self, case_id: int, today: date | None = None, problem: str | None = None) -> FollowupFacts:
        """What a follow-up letter says, from the stored case and its history."""
        case = self.case(case_id)
        summary = self.store.summary(case_id)
        events = self.store.events(case_id)
        law = self.assistant.law
        company = self.assistant.company(case)
        checklist = self.assistant.checklists(case)[0]
        details = case.details
        if company is None or details is None:
            raise FollowupError("the stored case has no company or details")
        env = checklist.envelope
        to = Party(company.name_ja or company.name,
                   (env.address_lines_ja or env.address_lines) if env else (),
                   env.postal_code if env else None,
                   (env.department_ja or env.department) if env else None)
        rep = details.representative
        who = rep or details.requester
        sender = Party(who.full_name, (who.address,), who.postal_code)
        posted = next((e.day for e in reversed(events) if e.kind == "posted"), None)
        delivered = next((e.day for e in reversed(events) if e.kind == "delivered"), None)
        answered = next((e.day for e in reversed(events) if e.kind in ANSWERS), None)
        arrived = delivered
        if arrived is None and posted is not None:
            from assistant.law.deadlines import estimated_arrival

            arrived = estimated_arrival(posted)
        dues = {d.what: d.day for d in summary.dues}
        organisation = next((Party(b.name, (b.address,) if b.address != "unknown" else (),
                                   b.postal_code if b.postal_code != "unknown" else None, b.department)
                             for b in company.complaints if b.role == "accredited-organisation"), None)
        status = {"refused": "refused", "partly-answered": "partly-answered"}.get(
            summary.status, "no-answer" if summary.status != "answered" else "waiting")
        return FollowupFacts(
            kinds=case.kinds,
            articles={k: {"ja": law.request_kinds[k].article_ja, "en": law.request_kinds[k].article}
                      for k in case.kinds},
            company=to, sender=sender, letter_date=case.options.letter_date or summary.created_at.date(),
            today=today or date.today(), person=details.requester.full_name if rep else None,
            capacity=rep.capacity if rep else None, arrived_on=arrived,
            arrival_estimated=delivered is None and arrived is not None,
            company_due=dues.get("company-limit"), court_day=dues.get("court-possible"),
            answered_on=answered, problem=problem, reference=summary.reference,
            court_kinds=frozenset(k for k in case.kinds if law.court_after(k) is not None),
            status=status, organisation=organisation)

    def followup_pdf(self, case_id: int, kind: str, *, languages: tuple[str, ...] = ("ja",),
                     grid: str = "26x20", copies: int = 3, problem: str | None = None,
                     today: date | None = None, deterministic: bool = False) -> bytes:
        """A follow-up letter for the case: reminder, demand (内容証明), incomplete, complaint, or
        the PPC call sheet; recorded as an event."""
        from assistant.render.followup_pdf import demand_pdf, followup_letter_pdf, ppc_sheet_pdf

        facts = self.facts(case_id, today, problem)
        if kind == "demand":
            if facts.arrival_estimated:
                raise FollowupError("the demand counts two weeks from the day the request arrived; "
                                    "record the date on the delivery record first (cases delivered)")
            data = demand_pdf(facts, grid, copies, deterministic)
        elif kind == "ppc-sheet":
            route = self.assistant.law.complaint_routes[0]
            data = ppc_sheet_pdf(facts, languages, route.phone,
                                 {"en": route.hours, "ja": route.hours_ja or route.hours},
                                 deterministic)
        else:
            data = followup_letter_pdf(kind, facts, languages, deterministic)
        self.store.add_event(case_id, "followup-made", day=facts.today, data={"kind": kind})
        return data
