"""A small company's page whose only procedure is to write to its desk by e-mail: 「…を請求することが
できます。下記窓口までメールでご連絡ください。」 — the e-mail is the request. Only where the page names
no other way to send, no first contact and no form (a page that does is read by the channels' own
rules), and no step follows the contact (「…ご連絡ください。手続きをご案内します」: a first step). A
plain 「以下の窓口までご連絡ください」 over a contact block names no way (the corpus's truth: hermes,
mixednuts): the block's e-mail address is where to ask, not how the request is made."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

# 「下記窓口までメールでご連絡ください」: the way named in the sentence itself
BY_EMAIL = re.compile(r"(電子メール|Eメール|E-?mail|メール)(で|にて|により|によって)[^。、]{0,6}"
                      r"(ご連絡|お申し?出|ご請求|ご申請)(ください|下さい|願います|をお願い)", re.I)
# what the page then does after the contact: a first step, not the request (「手続きをご案内します」)
GUIDES = re.compile(r"(ご案内|ご説明|お送り|送付|郵送)(いた|致)?し(ます|ております)|所定の|書式|様式|申請書|請求書")


class ChannelsByContactRules:
    """Mixed into the extractor after the channels', the first contact's and the form's rules."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def channels_by_contact(self) -> None:
        if self.proposal.values("channels.accepted") or self.proposal.first("contact_first") \
                or self.proposal.values("form.get_it") or self.proposal.values("form.name"):
            return
        for index, s in enumerate(self.region):
            before = self.region[index - 1].text if index else ""
            after = " ".join(x.text for x in self.region[index + 1:index + 3])
            if GUIDES.search(s.text) or GUIDES.search(after.split("。")[0] if "。" in after else ""):
                continue
            if (m := BY_EMAIL.search(s.text)) and t.REQUEST_WORD.search(before + s.text):
                self.add("channels.accepted", "email", s, m)
                return
