"""After sending: requests kept as cases, their due dates, the follow-up letters they call for,
and the evidence file.

A layer over the facade (the same checklists, so the tracker's dates are the checklist's dates)
and the case store. Front ends — the CLI's `cases` and `followup`, the wizard's "My requests" —
talk to a Tracker: making.py (cases and their events), followups.py, evidence.py.
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Iterator

from assistant.case.store import CaseStore, CaseSummary, Due
from assistant.tracker.evidence import Evidence
from assistant.tracker.followups import Followups
from assistant.tracker.making import ANSWERS, Making, SameRequest

if TYPE_CHECKING:
    from assistant.case.request import RequestCase
    from assistant.facade import Assistant

__all__ = ["ANSWERS", "SameRequest", "Tracker"]


class Tracker(Making, Followups, Evidence):
    """Cases in a store, seen through the facade that made their letters."""

    def __init__(self, assistant: "Assistant", store: CaseStore):
        self.assistant = assistant
        self.store = store

    def case(self, case_id: int) -> "RequestCase":
        """The request as it was last made (a corrected letter's, else the first)."""
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

    def list(self, today: date | None = None) -> list[CaseSummary]:
        return self.store.by_urgency(today or date.today())

    def calendar(self, language: str = "ja", with_details: bool = False) -> Iterator[bytes]:
        """The due dates as an .ics file in pieces, streamed from the store, worded in this
        language (the CLI's and the wizard's)."""
        from assistant.case.calendar import calendar_chunks

        labels = self.assistant.labels.request_kinds
        return calendar_chunks(self.store.calendar_rows(), with_details=with_details,
                               language=language, words=self.assistant.checklist_words,
                               kind_names={k: label.text(language) for k, label in labels.items()})
