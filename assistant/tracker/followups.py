"""The follow-ups of a tracked case: its facts as they stand today, the letter made from them
(refused, with the day it becomes available, where it would not be true), and the record of one
sent — kept only once the person has the PDF, with a copy in the case's folder."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Callable

from assistant.case.store import CaseStore, StoreError
from assistant.followup.availability import KINDS
from assistant.followup.facts import FollowupFacts
from assistant.followup.wording import FollowupError, say

if TYPE_CHECKING:
    from assistant.case.request import RequestCase
    from assistant.facade import Assistant


class Followups:
    """The half of the Tracker that writes follow-up letters."""

    assistant: "Assistant"
    store: CaseStore

    case: "Callable[[int], RequestCase]"  # the Tracker's
    record: "Callable[..., int]"  # Making's

    def facts(self, case_id: int, today: date | None = None,
              problem: str | None = None) -> FollowupFacts:
        """What a follow-up letter may say today, from the stored case and its history."""
        from assistant.followup.from_case import case_facts

        case = self.case(case_id)
        company = self.assistant.company(case)
        if company is None or case.details is None:
            raise FollowupError("the stored case has no company or details")
        checklist = self.assistant.checklists(case)[0]
        return case_facts(case, company, checklist.envelope, self.store.summary(case_id),
                          self.store.events(case_id), self.assistant.law, today or date.today(),
                          problem)

    def followup_pdf(self, case_id: int, kind: str, *, languages: tuple[str, ...] = ("ja",),
                     grid: str = "26x20", copies: int = 3, problem: str | None = None,
                     today: date | None = None, deterministic: bool = False,
                     language: str = "en") -> bytes:
        """A follow-up letter for the case — reminder, demand (内容証明), reply to an answer,
        complaint, or the PPC call sheet — not yet recorded (record_followup does that once it
        is saved). FollowupError, in `language`, where it cannot be made today."""
        from assistant.followup.availability import check
        from assistant.render.followup_pdf import demand_pdf, followup_letter_pdf, ppc_sheet_pdf

        if kind not in KINDS:
            raise FollowupError(f"unknown follow-up '{kind}'; use one of: {', '.join(KINDS)}")
        facts = self.facts(case_id, today, problem)
        if kind == "demand":
            if tuple(languages) != ("ja",):
                raise FollowupError(say(language, "unavailable.demand_language"))
            check("demand", facts, language)
            return demand_pdf(facts, grid, copies, deterministic)
        check(kind, facts, language)
        if kind == "ppc-sheet":
            route = self.assistant.law.complaint_routes[0]
            return ppc_sheet_pdf(facts, languages, route.phone,
                                 {"en": route.hours, "ja": route.hours_ja or route.hours},
                                 deterministic)
        return followup_letter_pdf(kind, facts, languages, deterministic)

    def followup_advice(self, case_id: int, kind: str, today: date | None = None,
                        language: str = "en") -> str | None:
        """General practice to weigh before this follow-up is made today (labelled so), or None;
        never a refusal (availability.advice)."""
        from assistant.followup.availability import advice

        return advice(kind, self.facts(case_id, today), language)

    def record_followup(self, case_id: int, kind: str, data: bytes,
                        today: date | None = None) -> int:
        """Record that this follow-up was made (after its PDF was saved), with a copy of it in
        the case's folder for the evidence file."""
        if kind not in KINDS:
            raise StoreError(f"unknown follow-up '{kind}'")
        today = today or date.today()
        number = sum(1 for e in self.store.events(case_id) if e.kind == "followup-made") + 1
        name = f"followup-{number:02d}-{kind}.pdf"
        return self.record(case_id, "followup-made", today, today=today,
                           data={"kind": kind}, files={name: data})
