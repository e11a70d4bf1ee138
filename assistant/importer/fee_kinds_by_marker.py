"""A fee's kinds named by the markers of a list above: 「(2)申込できる種類は以下の①から④…
• ①「開示」 • ②「訂正・追加・削除」 … • ④「利用目的の通知」 (3)上記(2)の申し込みのうち、①、④について
は当社所定の手数料を頂きます」: ① and ④ stand for the items they mark."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.rules_fee_kinds import FEE_KINDS, ORDER, _named

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

# 「①」 as read (NFKC makes it 「(1)」)
CIRCLED = re.compile(r"[①-⑳]|[(（][0-9]{1,2}[)）]")
# 「①、④については」, 「①及び④の場合は」: the markers the fee's clause is about
MARKED = re.compile(r"((?:(?:[①-⑳]|[(（][0-9]{1,2}[)）])(?:、|,|及び|および|と|又は|または|・)?){1,6})"
                    r"(?:について|につき|の場合|に関して|は)")
ABOVE = 20  # sentences above the fee in which the marked items are looked for


class FeeKindsByMarkerRules:
    """The fee's kinds by the list's markers: mixed into the extractor."""

    all: "list[Sentence]"
    region: "list[Sentence]"
    proposal: "Proposal"

    def fee_kinds_by_marker(self) -> None:
        if self.proposal.first("fees.kinds") or not (
                self.proposal.first("fees.charged") or any(self.proposal.values("fees.amount_yen"))):
            return
        for s in self.region:
            if not t.FEE.search(s.text) or not (m := MARKED.search(s.text)):
                continue
            # the list may stand above where the procedure was found to begin
            index = next(i for i, x in enumerate(self.all) if x is s)
            kinds: dict = {}
            for marker in CIRCLED.findall(m.group(1)):
                item = next((x for x in reversed(self.all[max(0, index - ABOVE):index])
                             if t.BULLET.sub("", x.text, count=1).lstrip().startswith(marker)), None)
                named = _named(item.text) if item is not None else {}
                if len(named) != 1:
                    return  # an item not found, or naming several kinds: not sure which
                kinds.update(named)
            if kinds and set(kinds) <= FEE_KINDS:
                self.add("fees.kinds", tuple(k for k in ORDER if k in kinds), s, m)
            return
