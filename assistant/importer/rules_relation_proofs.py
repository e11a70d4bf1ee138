"""A relation's proof listed after a power of attorney: 「• 成人患者の親族 / • 委任状(当院所定様式3号) /
• 申請者の身分証明書の原本 / • 続柄を証明する書類(住民票、戸籍謄本等)」, 「- 委任状または同意書 / - 患者
との関係性を証明する書類(戸籍謄本、…) / - 住民票(代理人請求又は郵送の場合のみ)」. A hospital's list
for a relative who acts with the patient's 委任状: the relation's proof is that agent's. The request
rules leave a relation's proof for whom the line does not say to no one; here the list decides, where
a 委任状 heads the run of items it stands in and no legal representative is named over it. Only a
family register or a 住民票 (a 登記事項証明書 proves a guardian's office, never an agent's)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

# 「続柄を証明する書類」, 「患者との関係性を証明する書類」, 「関係がわかるもの」.
RELATION_LINE = re.compile(r"(関係|続柄)[^。]{0,8}(証明|示す|確認|わか|分か)")
# 「住民票(代理人請求又は郵送の場合のみ)」: needed where an agent asks.
AGENT_CASE = re.compile(r"(?<![定廷意])代理人(による|から(の)?)?(請求|申請)")
KINDS = ("family-register", "certificate-of-residence")
REACH = 6  # items after the 委任状 looked at


class RelationProofRules:
    """Relation proofs in an agent's run of items: mixed into the extractor."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def agent_relation_proofs(self) -> None:
        poa = next(p for p, kind in t.DOCUMENTS if kind == "power-of-attorney")
        for index, s in enumerate(self.region):
            if not (t.BULLET.match(s.text) and poa.search(s.text)) or t.LEGAL_REP.search(s.text) \
                    or t.LEGAL_REP.search(self.list_heading(index)):
                continue
            for item in self.region[index + 1:index + 1 + REACH]:
                if not t.BULLET.match(item.text) or any(
                        p.search(item.text) for p, who in t.REQUESTER_MENTIONS if who == "other"):
                    break  # the run of items has ended, or another requester's begins (「ウ ご家族の場合」)
                relation = RELATION_LINE.search(item.text) and not t.LEGAL_REP.search(item.text)
                agents_case = t.ONLY_IN_CASE.search(item.text) and AGENT_CASE.search(item.text)
                if relation or agents_case:
                    for pattern, kind in t.DOCUMENTS:
                        if kind in KINDS and (m := pattern.search(item.text)):
                            self.add("documents.agent", kind, item, m)
                elif any(p.search(item.text) for p, who in t.REQUESTER_MENTIONS if who != "self"):
                    break  # another requester's items begin
            return
