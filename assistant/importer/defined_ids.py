"""A representative's own identity document named by a term the page defines in a note:

    ア.親権者(または未成年被後見人)の場合 / ・代理人の住所・本籍を確認できる公的証明書のコピー
    ※「公的証明書」とは、運転免許証、各種健康保険証・年金手帳等、…、住民票の写し … などを言います。

The kinds the definition lists are that representative's own (whose: the case heading above the
line, 「…の場合」), in the same shape as the person's (one of them). Only lines that say the
document is the representative's own (「代理人の…」); the person's (「本人の…」) stays the person's.
Every pattern is bounded (linear time)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer.document_mentions import mentions as named_documents
from assistant.importer.representative_rows import requester_mentions
from assistant.importer.terms_documents import STANDING_PROOFS

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

DEFINITION = re.compile(r"「(?P<term>[^「」]{2,12})」とは、?(?P<list>[^。]{4,240}?)(?:など|等)?を(?:言|い)います")
OWN = re.compile(r"代理人(様)?(ご自身)?の")
CASE = re.compile(r"の場合\s*[:：]?\s*$|の場合[)）]?$")
REACH = 12  # lines above an item its case heading stands within
MAX_DEFINITIONS = 4  # a page defines a term or two


class DefinedIdRules:
    """Mixed into the extractor after the documents' own rules."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def defined_ids(self) -> None:
        definitions = [(m.group("term"), [k for k, _ in named_documents(m.group("list"), len(m.group("list")))])
                       for s in self.region if "とは" in s.text
                       for m in DEFINITION.finditer(s.text)][:MAX_DEFINITIONS]
        for term, kinds in definitions:
            kinds = [k for k in dict.fromkeys(kinds) if k not in STANDING_PROOFS]
            if len(kinds) < 2:
                continue
            for index, s in enumerate(self.region):
                at = s.text.find(term)
                if at < 0 or "とは" in s.text or not OWN.search(s.text, max(0, at - 24), at):
                    continue
                who = self._case_above(index)
                for kind in kinds if who else ():
                    if kind not in self.proposal.values(f"documents.{who}"):
                        self.add(f"documents.{who}", kind, s, None)

    def _case_above(self, index: int) -> str:
        """The representative the nearest case heading above names (「ウ.委任状による代理人の場合」)."""
        for s in reversed(self.region[max(0, index - REACH):index]):
            if CASE.search(s.text.strip()):
                whose = {who for _, who in requester_mentions(s.text)} - {"self", "other"}
                return next(iter(whose)) if len(whose) == 1 and "representatives" not in whose else ""
        return ""
