"""A page that opens its procedure by sending the person to the company: 「診療記録の開示をご希望される
場合、事務局までお問い合わせください。当クリニック所定の診療記録開示請求書によって、開示請求の手続きが
できます。」 — ask first, and the request is then made on the company's own form: the form comes by
asking (the record says to contact the company first to receive it). Only where the page names no
way to send and no other way to get the form; 「ご不明な点は…お問い合わせください」 (a question) is
no such step (the wish must be the request's)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

# 「開示をご希望される場合、」, 「開示等をご希望の方は、」, 「ご請求を希望される場合は」
WISH = re.compile(r"(開示|請求)(等|の請求|のご請求)?を\s?(ご)?希望(の|される|する|されます)?\s?(場合|方)(は|には|、|,)")
OWN_FORM = re.compile(r"(当社|弊社|当院|当クリニック|当行|当金庫|当組合)?所定の?[^。、]{0,20}(請求書|申請書|申込書|依頼書|様式|用紙)")


class AskFirstRules:
    """Mixed into the extractor after the form's and the channels' rules."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def ask_first_for_form(self) -> None:
        if self.proposal.values("channels.accepted") or self.proposal.values("form.get_it") \
                or self.proposal.first("contact_first"):
            return
        for index, s in enumerate(self.region[:-1]):
            wish = WISH.search(s.text)
            ask = t.CONTACT_ASK.search(s.text, wish.end()) if wish else None
            if not ask or t.INQUIRY.search(s.text, 0, wish.start()):
                continue
            after = self.region[index + 1]
            if after.line - s.line <= 1 and OWN_FORM.search(after.text):
                self.add("form.get_it", "inquiry", s, ask)
                return
