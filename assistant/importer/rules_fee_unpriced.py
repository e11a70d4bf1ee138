"""The kinds of a fee whose amount the text does not give, from the sentence that says how it is
paid: 「開示費用としての切手または定額小為替」 (a cell of a flattened table of what to send), 「開示手数料
は定額小為替でお支払いください」. Only where the fee's own name holds the kind (「開示費用」, 「利用目的の
通知の手数料」): 「開示方法は、…手数料分の郵便切手を郵送していただき」 speaks of the whole procedure, no
kind of the fee. FeeKindRules then reads the kinds as it does beside an amount."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence


# 「開示費用」, 「開示請求の手数料」, 「利用目的の通知の手数料」: a fee named by its kind
FEE_OF_KIND = re.compile(r"(開示|利用目的の?通知)(請求|のご?請求)?の?\s?(費用|手数料)")


class UnpricedFeeKindRules:
    """Mixed into the extractor after the fee rules (whose _fee_kinds it uses)."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def unpriced_fee_kinds(self) -> None:
        if self.proposal.first("fees.kinds") or any(v for v in self.proposal.values("fees.amount_yen")):
            return  # kinds already read, or an amount's own rules read them
        paid = [f for f in self.proposal.facts if f.field == "fees.payment" and f.sure]
        for index, s in enumerate(self.region):
            if any(s.start <= f.start < s.start + len(s.text) for f in paid) and FEE_OF_KIND.search(s.text) \
                    and not t.NO_FEE.search(s.text):
                self._fee_kinds(s, index)
                return
