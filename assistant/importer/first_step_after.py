"""A first step written as a clause the rest of the sentence follows: 「電話によりご請求いただいた後に、
事務局から郵送する「請求書」に必要事項をすべてご記入のうえ、…簡易書留にてご返送ください」. The way
named before 「…いただいた後(に)」 is how the person asks first, not how the request is sent (the
sending way is the one after it). Where the company then sends something, the request starts by
contacting it, and what it sends — 「事務局から郵送する「請求書」」 — is its own form, mailed to the
person, under the name the page quotes.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

# 「ご請求いただいた後に」, 「ご連絡頂いた後、」, 「お問い合わせの上で」, 「ご連絡後、」: the person's act,
# then what follows it. Bounded alternatives only, no repetition: linear.
AFTER_ASKING = re.compile(r"(ご請求|ご連絡|お電話|お問い?合わ?せ|お問合せ|お申し?込み?|お申し?出|ご依頼)"
                          r"(を)?(いただいた|頂いた|いただきました|頂きました|の)?(後|のち|上で|うえで)(に|で)?[、,]")
# 「事務局から郵送する」, 「当社より送付いたします」: the company sends, after the person asked.
COMPANY_SENDS = re.compile(r"(から|より)[^。、]{0,6}(郵送|送付|お送り|発送)(する|します|いたします|致します|させて)")
# 「郵送する「請求書」」: what the company sends, as the page quotes its name.
SENT_FORM = re.compile(r"(郵送|送付|お送り|発送)(する|いたす|致す|した)「([^「」]{2,30})」")
FORM_WORD = re.compile(r"(書|用紙|様式|書式|フォーム)$")


def first_step_end(text: str) -> int:
    """Where a first-step clause ends in the sentence (0 where there is none): a way named before
    it is the first contact's."""
    m = AFTER_ASKING.search(text)
    return m.end() if m else 0


class FirstStepAfterRules:
    """Mixed into the extractor, after the channels' and the form's rules."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def first_step_then_form(self) -> None:
        for s in self.region:
            step = AFTER_ASKING.search(s.text)
            sends = COMPANY_SENDS.search(s.text, step.end()) if step else None
            if not sends:
                continue
            if not self.proposal.first("contact_first"):
                self.add("contact_first", True, s, step)
            if not self.proposal.values("form.get_it"):
                self.add("form.get_it", "mailed-by-company", s, sends)
            named = SENT_FORM.search(s.text, sends.start())
            if named and FORM_WORD.search(named.group(3)) and not self.proposal.values("form.name"):
                self.add("form.name", named.group(3), s, named)
            return
