"""Documents a policy names only in a restricting note: "※Note: Only family registers, certificates
of registered matters, copies of residence certificates … issued within three months", 「※住民票は
発行後3か月以内のもののみ有効です」. Such a note qualifies documents listed elsewhere (their
freshness, originals); it is no list of what to send. Where every document of a requester comes
from such notes (the list itself is cut off, or never given), they are proposed as "check this",
never settled. A numbered footnote an item cites (「…書類(※1)」 → 「※1 運転免許証…」) is a list, and
is left to rules_footnotes.py."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal

# A note mark (not a footnote's number), then a restriction: only, のみ, だけ, に限り.
NOTE = re.compile(r"^\s*(?:[※*＊]\s?(?![0-9０-９])|(?:Note|注意?)\s?[:：])(?:\s?(?:Note|注意?)\s?[:：])?")
ONLY = re.compile(r"\bonly\b|のみ|だけ|に限り", re.I)
CHECK = "named only in a note that restricts documents listed elsewhere: check which documents the policy asks for"
WHO = ("documents.self", "documents.legal-representative", "documents.agent")


class NoteDocumentsRules:
    """Documents from notes only: mixed into the extractor."""

    proposal: "Proposal"

    def documents_in_notes(self) -> None:
        for field in WHO:
            found = [f for f in self.proposal.facts if f.field == field and f.sure]
            if found and all(NOTE.match(f.quote) and ONLY.search(f.quote) for f in found):
                self.proposal.facts = [replace(f, sure=False, note=CHECK) if f in found else f
                                       for f in self.proposal.facts]
