"""The desk named in the sentence that says where to send, its address block elsewhere (or cut
off): 「開示請求の求めは、下記のお客様相談室宛に、当社所定の申請書に…持参或いは郵送によりお願い
いたします。」 The desk is the request's own where the sentence sends or brings the request to it;
words any company uses (「下記の窓口宛」) name none, and an address block
just below names the desk in full (「下記の管理本部まで」 over 「… 管理本部 お客様相談センター」). Every pattern here is bounded (linear time)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

SENT_TO_DESK = re.compile(r"(下記|以下|上記)の?(?P<d>[^\s、。「」『』()（）：:・]{2,20}?"
                          r"(窓口|相談室|センター|事務局|デスク|係|課|室|部|グループ))[」』]?(宛て?に?|あてに?|まで|へ)")
SENDS_IT = re.compile(r"郵送|持参|ご送付|送付|お送り|ご提出|提出")
# 「個人情報取扱担当者：」: a person's role labelling a contact block, no desk the papers go to (the
# desk the sending sentence names is)
ROLE_LABEL = re.compile(r"担当者\s?[:：]\s*$")


class DeskNamedInSendingRules:
    """A desk named where the request is sent: mixed into the extractor."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def desk_named_in_sending(self) -> None:
        found = self.proposal.first("send_to.department")
        if found and not ROLE_LABEL.search(found.quote):
            return
        for index, s in enumerate(self.region):
            m = SENT_TO_DESK.search(s.text)
            # the block below it (a postal code) names the desk in full: the address rules read it
            block = any(t.POSTAL.search(x.text) for x in self.region[index + 1:index + 4])
            if m and SENDS_IT.search(s.text, m.end()) and not t.GENERIC_DESK.fullmatch(m.group("d")) \
                    and not t.REFUSES.search(s.text) and (not block or found):
                if found:
                    self.proposal.facts.remove(found)
                self.add("send_to.department", m.group("d"), s, m)
                return
