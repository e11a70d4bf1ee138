"""The kinds of a fee whose amount the text does not give, from the sentence that says how it is
paid: 「開示費用としての切手または定額小為替」 (a cell of a flattened table of what to send), 「開示手数料
は定額小為替でお支払いください」. The fee's own words name the kind; FeeKindRules reads them as it
does beside an amount (the sentence first, then its lead and headings)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.importer import terms as t

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence


class UnpricedFeeKindRules:
    """Mixed into the extractor after the fee rules (whose _fee_kinds it uses)."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def unpriced_fee_kinds(self) -> None:
        if self.proposal.first("fees.kinds") or any(v for v in self.proposal.values("fees.amount_yen")):
            return  # kinds already read, or an amount's own rules read them
        paid = [f for f in self.proposal.facts if f.field == "fees.payment" and f.sure]
        for index, s in enumerate(self.region):
            if any(s.start <= f.start < s.start + len(s.text) for f in paid) and t.FEE.search(s.text) \
                    and not t.NO_FEE.search(s.text):
                self._fee_kinds(s, index)
                return
