"""An English page's desk named where the request is sent, to the sentence's end: "…turn in or send
it by postal mail to the Personal Information Protection Counter, Document Management Section,
General Affairs Division, Department of General Affairs.", "…submit that request to the JAA
Secretariat." Each comma-separated part must name an office (Counter, Section, Secretariat …);
anything else ("to the address below", "to us") is no desk."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

# ("…and mail them to the "Personal Information Inquiry Desk."": the desk in quotes)
SENT_TO = re.compile(r"\b(send|submit|mail|post|forward|deliver)\b[^.;]{0,60}? to (the )?[\"“]?(?=[A-Z])")
OFFICE = (r"(Counter|Desk|Office|Department|Section|Division|Center|Centre|Secretariat|Bureau|"
          r"Committee|Team|Unit)")
PART = re.compile(r"(?:[A-Z][\w&-]{0,20} ){0,6}" + OFFICE + r"(?: of(?: [A-Z][\w&-]{0,20}){1,4})?")
MAX_PARTS, MAX_DESK = 5, 160


class EnglishDeskSentToRules:
    """Mixed into the extractor, after the desks' other rules."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def desk_sent_to_en(self) -> None:
        if self.proposal.first("send_to.department"):
            return
        for s in self.region:
            m = SENT_TO.search(s.text)
            if not m:
                continue
            rest = s.text[m.end():].rstrip().removesuffix(".").removesuffix('"').removesuffix("”")
            rest = rest.removesuffix(".")
            parts = rest.split(", ")
            if len(rest) <= MAX_DESK and len(parts) <= MAX_PARTS and all(PART.fullmatch(p) for p in parts):
                self.add("send_to.department", rest, s, m)
                return
