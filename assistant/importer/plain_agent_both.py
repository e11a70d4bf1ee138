"""Documents listed for a plain 代理人 are both representatives' where the page provides for a legal
representative: the convention rules_own_plain states, for a list (「代理人の場合 / 代理人の免許証、…」,
「代理人様ご自身を証明する書類の写し / ① 運転免許証 …」 under the cases 「代理人様が未成年者の法定代理人の
場合」, 「…委任する場合は…下記の書類 … 法定代理人のときは、委任状に代えて…」).

Legally a 代理人 who asks is either kind (Art. 37(3); Cabinet Order Art. 13), and a legal
representative proves who they are as an agent does; only a power of attorney (and the seal
certificate that goes with it) is an appointed agent's alone, and the adult guardianship
certificate a legal representative's. Where the page never speaks of a legal representative, its
plain 代理人 stays the agent (the corpus's truth files, and the checklist then says nothing untrue
of a parent). Words of appointment (委任, 任意代理人) or of legal representation on the line, in its
list's heading or its section's make the documents that one's: the rules before have placed them."""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.rules_own_above import LEGAL
from assistant.importer.terms_documents import DOCUMENTS, STANDING_PROOFS, kinds_named

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

APPOINTING = r"任意代理人|委任(?!状)|受任者|appoint"
NAMED_KIND = re.compile(APPOINTING + "|" + LEGAL.pattern, re.I)
# who a document is for, by the words before it: one kind named, or a plain 代理人
WHO = re.compile(rf"(?P<named>{NAMED_KIND.pattern})|(?P<plain>{t.GENERIC_AGENT.pattern})", re.I)
CLOSED = "を、"  # 「…の場合は委任状を、…」: the case's documents end here
ITEM = 40  # a line this short that names a document is an item of the list above it
REACH = 12  # lines a list runs at most


class PlainAgentBothRules:
    """Mixed into the extractor after the representatives' own documents are placed."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def plain_agent_both(self) -> None:
        if not any(LEGAL.search(s.text) for s in self.region):
            return
        starts = [s.start for s in self.region]
        have = set(self.proposal.values("documents.legal-representative"))
        for f in list(self.proposal.facts):
            if f.field != "documents.agent" or not f.sure or f.value in STANDING_PROOFS or f.value in have:
                continue
            index = bisect.bisect_right(starts, f.start) - 1
            if index < 0:
                continue
            s = self.region[index]
            if self._plain(index, s.text, f.value):
                have.add(f.value)  # the same quote: the same "one of" groups as the agent's
                self.proposal.facts.append(replace(f, field="documents.legal-representative"))

    def _plain(self, index: int, text: str, kind: str) -> bool:
        """Whether the representative a document is listed for is a plain 代理人: the last one its
        line names before it (「…任意代理人の場合は委任状…を、代理人ご自身の運転免許証」: the case
        closed at 「を、」; 「任意代理人の場合：委任状および代理人の運転免許証」: still that case's), else
        the list's lead line and heading above it, none naming either kind."""
        at = next((m.start() for pattern, k in DOCUMENTS if k == kind for m in [pattern.search(text)] if m),
                  len(text))
        last = None
        for last in WHO.finditer(text, 0, at):
            pass
        if last is not None:
            if last.lastgroup != "plain":
                return False
            case = None
            for case in NAMED_KIND.finditer(text, 0, last.start()):
                pass
            return case is None or CLOSED in text[case.end():last.start()]
        lead = self._lead(index)
        said = " ".join((self.heading_of(lead), self.region[lead].text, text))
        return bool(t.GENERIC_AGENT.search(said)) and not NAMED_KIND.search(said)

    def _lead(self, index: int) -> int:
        """The line the list an item stands in hangs from (「代理人様ご自身を証明する書類の写し」 over
        「① 運転免許証」, 「② パスポート」): the nearest line above that is no item naming a document."""
        for j in range(index - 1, max(-1, index - REACH), -1):
            text = self.region[j].text
            if not (len(text) <= ITEM and kinds_named(text)):
                return j
        return index
