"""English pages that give one list of IDs to whoever asks, inside the sentence that names it:

    "…documentation to confirm the identity of the individual or a representative (a copy of a
    seal registration, driver's license, passport, or health insurance card)"
    "…applicants must show or submit some form of identification, … such as a driver's license,
    health insurance card …"

The IDs are the person's and each representative's own (as 「本人または代理人自身を確認…」 in
Japanese, rules_shared_ids.py), in the person's shape. "applicants" is whoever asks, so the
representatives are those the page provides for: a legal representative where it speaks of one,
an appointed agent where it speaks of one (a plain "representative" in the lead names both)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer.rules_own_above import person_ids

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

# "the identity of the individual or a representative", "identity of the person or their agent"
BOTH_EN = re.compile(r"identity of (the|an) (individual|person|principal|applicant|customer|member)s? "
                     r"(or|and) (a|an|the|his|her|their|his/her) (?P<rep>(legal |appointed )?"
                     r"(representative|agent|proxy))", re.I)
# "applicants must show or submit some form of identification": whoever asks
APPLICANTS_EN = re.compile(r"\b(applicants?|requesters?|requestors?) (must|shall|should|are required to|is required to) "
                           r"(show|submit|present|provide|enclose)[^.]{0,40}\b(identification|identity)", re.I)
LEGAL_EN = re.compile(r"legal representative|guardian|parental authority|minors?\b", re.I)
AGENT_EN = re.compile(r"\bagents?\b|\bproxy\b|appointed representative|representative appointed|"
                      r"power of attorney|written authori[sz]ation|letter of (attorney|proxy|authori[sz]ation)", re.I)
MAX_LEADS = 5  # lead sentences read in one text (a page has one)


class SharedIdEnglishRules:
    """Mixed into the extractor after SharedIdRules (which reads the Japanese leads)."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def shared_ids_inline_en(self) -> None:
        person = person_ids(self.proposal)
        if not person or not any(s.text.isascii() for s in self.region[:5]):
            return
        page = " ".join(s.text for s in self.region)
        provided = tuple(who for who, words in (("legal-representative", LEGAL_EN), ("agent", AGENT_EN))
                         if words.search(page))
        copied: set[tuple[str, str]] = set()
        leads = 0
        for s in self.region:
            m = BOTH_EN.search(s.text) or APPLICANTS_EN.search(s.text)
            if not m or leads >= MAX_LEADS:
                continue
            leads += 1
            end = s.start + len(s.text)  # the IDs the lead's own sentence names (a quote's window)
            listed = [f for f in person if s.start <= f.start and f.end <= end]
            self._give(listed, _whose(m, provided), s, m, copied)


def _whose(m: re.Match, provided: tuple[str, ...]) -> tuple[str, ...]:
    """The representatives a lead names: "a legal representative" that one, "an agent" or "an
    appointed representative" the agent, a plain "representative" or "applicants" those the page
    provides for."""
    rep = (m.groupdict().get("rep") or "").lower()
    if rep.startswith("legal"):
        return ("legal-representative",)
    if rep.startswith(("appointed", "agent", "proxy")):
        return ("agent",)
    return provided
